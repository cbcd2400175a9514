//! Completion: the full problem, for the rest of the time budget, to
//! improve the repaired solution and to prove optimality where possible.
//!
//! Three things make this much stronger than the plain solver:
//! - the static symmetry-breaking constraints of the instance's orbitopes
//!   (see [`breaking`]): they keep at least one
//!   optimal solution and cut every symmetric copy of the rest, which is
//!   what lets a simple branch-and-bound finish;
//! - the incumbent, mapped to the representative those constraints keep,
//!   as a warm start (and as the answer if nothing better is found);
//! - an objective cutoff row `c·x <= incumbent` (`>=` when maximizing), so
//!   branch-and-bound prunes every node that cannot improve.
//!
//! Without an incumbent this *is* the plain solver (with the symmetry
//! constraints): the learned path never ends worse than the plain solver
//! with the leftover time.

use std::time::Instant;

use crate::model::{Problem, Sense, Solution};
use crate::solve::{BackendChoice, ExtraRow, SolveOutcome, SolveSettings, solve};
use crate::symmetry::{Symmetry, breaking};
use crate::verify::Tolerances;

/// The completion solve and what it was given.
pub struct Completion {
    /// The solver's outcome on the completed problem.
    pub outcome: Option<SolveOutcome>,
    /// Whether the symmetry-breaking constraints were added.
    pub with_symmetry_constraints: bool,
    /// Whether an objective cutoff was added.
    pub with_cutoff: bool,
}

/// Solves `problem` (plus symmetry constraints when `use_symmetry` and the
/// symmetry has orbitopes) until `deadline`, warm-started from `incumbent`.
pub fn complete(
    problem: &Problem,
    symmetry: Option<&Symmetry>,
    use_symmetry: bool,
    incumbent: Option<(&Solution, f64)>,
    backend: BackendChoice,
    deadline: Instant,
    tolerances: Tolerances,
) -> Completion {
    let orbitopes = match symmetry {
        Some(s) if use_symmetry && !s.orbitopes.is_empty() => s.orbitopes.as_slice(),
        _ => &[],
    };
    let constrained = if orbitopes.is_empty() {
        None
    } else {
        breaking::with_breaking_constraints(problem, orbitopes).ok()
    };
    let target = constrained.as_ref().unwrap_or(problem);
    let mut settings = SolveSettings {
        time_limit: Some(deadline.saturating_duration_since(Instant::now())),
        tolerances,
        ..SolveSettings::default()
    };
    let mut with_cutoff = false;
    if let Some((sol, objective)) = incumbent {
        let start = if constrained.is_some() {
            breaking::to_representative(problem, orbitopes, sol.values())
        } else {
            sol.values().to_vec()
        };
        settings.warm_start = Some(Solution::from_values(start));
        let entries: Vec<_> = problem
            .vars()
            .map(|v| (v, problem.objective_coefficient(v)))
            .filter(|&(_, c)| c != 0.0)
            .collect();
        if !entries.is_empty() {
            let bound = objective - problem.objective_offset();
            let slack = 1e-7 * (1.0 + bound.abs());
            let (lower, upper) = match problem.sense() {
                Sense::Minimize => (f64::NEG_INFINITY, bound + slack),
                Sense::Maximize => (bound - slack, f64::INFINITY),
            };
            settings.extra_rows.push(ExtraRow {
                name: "symbreak_cutoff".into(),
                lower,
                upper,
                entries,
            });
            with_cutoff = true;
        }
    }
    let outcome = backend
        .backend()
        .ok()
        .and_then(|b| solve(target, &settings, b.as_ref()).ok());
    Completion {
        outcome,
        with_symmetry_constraints: constrained.is_some(),
        with_cutoff,
    }
}
