//! The `complete` stage: the full problem, for the rest of the time budget,
//! to improve the best solution so far and to prove optimality where
//! possible. The plain `solve` is this stage alone.
//!
//! Three things make this much stronger than the plain solver:
//! - the static symmetry-breaking constraints of the instance's orbitopes
//!   (see [`breaking`](crate::symmetry::breaking)), for backends that do
//!   not handle symmetry in their own search (`bnb` does, by orbitopal and
//!   orbital fixing, and gets none): they keep at least one
//!   optimal solution and cut every symmetric copy of the rest, which is
//!   what lets a simple branch-and-bound finish;
//! - the incumbent, mapped to the representative those constraints keep,
//!   as a warm start (and as the answer if nothing better is found);
//! - an objective cutoff row `c·x <= incumbent` (`>=` when maximizing), so
//!   branch-and-bound prunes every node that cannot improve.
//!
//! The answer is verified against the **original** problem, not only the
//! constrained one the backend saw, and every failure (a backend error, a
//! point the verifier rejects) is a status, never a dropped solve.

use std::sync::Arc;
use std::time::Instant;

use crate::bnb::IncumbentFeed;
use crate::budget::{Budget, Interrupt};
use crate::model::{Problem, Sense, Solution};
use crate::solve::{Backend, ExtraRow, SolveOutcome, SolveSettings, Status, solve};
use crate::symmetry::{Symmetry, breaking};
use crate::verify::{Tolerances, verify};

/// What the completion is given.
#[derive(Clone, Copy, Debug)]
pub struct CompleteTask<'a> {
    /// The instance's symmetry, detected once: its orbitopes give the
    /// symmetry-breaking constraints when `symmetry_constraints` is set,
    /// and a backend that handles symmetry in its search gets it instead
    /// of detecting it again.
    pub symmetry: Option<&'a Arc<Symmetry>>,
    /// Add the orbitope constraints.
    pub symmetry_constraints: bool,
    /// The best verified solution so far and its objective: the warm start
    /// and the cutoff.
    pub incumbent: Option<(&'a Solution, f64)>,
    /// The budget: stop by its deadline (none: run until the backend
    /// proves its answer); incumbent times are measured from its start.
    pub budget: Budget,
    /// Relative MIP gap at which the backend may stop.
    pub relative_gap: f64,
    /// Verification tolerances.
    pub tolerances: Tolerances,
    /// Let the backend print its progress log (stderr).
    pub log: bool,
    /// Better points found beside the completion (the local search), for a
    /// backend that takes them during its search.
    pub incumbent_feed: Option<&'a IncumbentFeed>,
    /// Ends the completion early when raised (the proposals beside it
    /// proved the optimum), for a backend that looks at it.
    pub interrupt: Option<&'a Interrupt>,
}

impl Default for CompleteTask<'_> {
    fn default() -> Self {
        CompleteTask {
            symmetry: None,
            symmetry_constraints: false,
            incumbent: None,
            budget: Budget::unlimited(),
            relative_gap: SolveSettings::default().relative_gap,
            tolerances: Tolerances::default(),
            log: false,
            incumbent_feed: None,
            interrupt: None,
        }
    }
}

/// The completion solve and what it was given.
#[derive(Clone, Debug)]
pub struct Completion {
    /// The outcome; a reported solution passed verification against the
    /// original problem. A backend error or a rejected point is
    /// [`Status::NumericalTrouble`] with a message.
    pub outcome: SolveOutcome,
    /// Whether the symmetry-breaking constraints were added.
    pub with_symmetry_constraints: bool,
    /// Whether an objective cutoff was added.
    pub with_cutoff: bool,
    /// When the completion's incumbent improved, `(seconds since the
    /// task's budget started, objective)`: the outcome's
    /// [`incumbents`](SolveOutcome::incumbents) on the budget's clock.
    pub incumbents: Vec<(f64, f64)>,
}

impl Completion {
    /// One line for the stage log: the status and what was added.
    pub fn summary(&self) -> String {
        format!(
            "{}{}{}",
            self.outcome.status.as_str(),
            if self.with_symmetry_constraints {
                ", symmetry constraints"
            } else {
                ""
            },
            if self.with_cutoff { ", cutoff" } else { "" },
        )
    }
}

/// Solves `problem` (plus the orbitope constraints when asked and there
/// are orbitopes) on `backend` within the task's budget, warm-started from
/// and cut off at the task's incumbent.
pub fn complete(problem: &Problem, backend: &dyn Backend, task: &CompleteTask<'_>) -> Completion {
    let start = Instant::now();
    let mut notes = Vec::new();
    let orbitopes = match task.symmetry {
        Some(s) if task.symmetry_constraints && !s.orbitopes.is_empty() => {
            if backend.handles_symmetry() {
                notes.push(format!(
                    "no static orbitope constraints: {} handles symmetry during its search",
                    backend.name()
                ));
                &[]
            } else {
                s.orbitopes.as_slice()
            }
        }
        _ => &[],
    };
    let constrained = if orbitopes.is_empty() {
        None
    } else {
        match breaking::with_breaking_constraints(problem, orbitopes) {
            Ok(p) => Some(p),
            Err(e) => {
                notes.push(format!("symmetry constraints not added: {e}"));
                None
            }
        }
    };
    let target = constrained.as_ref().unwrap_or(problem);
    let mut settings = SolveSettings {
        time_limit: task.budget.remaining(),
        relative_gap: task.relative_gap,
        tolerances: task.tolerances,
        verbose: task.log,
        incumbent_feed: task.incumbent_feed.cloned(),
        interrupt: task.interrupt.cloned(),
        // The symmetry of the problem itself (an objective cutoff maps onto
        // itself); not of one with orbitope constraints added.
        known_symmetry: task
            .symmetry
            .filter(|_| backend.handles_symmetry() && constrained.is_none())
            .cloned(),
        ..SolveSettings::default()
    };
    let mut with_cutoff = false;
    if let Some((sol, objective)) = task.incumbent {
        let start = if constrained.is_some() {
            breaking::to_representative(problem, orbitopes, sol.values())
        } else {
            sol.values().to_vec()
        };
        settings.warm_start = Some(Solution::from_values(start));
        if let Some(row) = cutoff_row(problem, objective) {
            settings.extra_rows.push(row);
            with_cutoff = true;
        }
    }
    let solve_start = task.budget.elapsed_s();
    let mut outcome = match solve(target, &settings, backend) {
        Ok(outcome) => outcome,
        Err(e) => SolveOutcome::numerical_trouble(backend.name(), e.to_string(), start.elapsed()),
    };
    outcome.notes.extend(notes);
    check_against_original(problem, &mut outcome, &task.tolerances);
    outcome.time = start.elapsed();
    let incumbents = outcome
        .incumbents
        .iter()
        .map(|&(t, z)| (solve_start + t, z))
        .collect();
    Completion {
        outcome,
        with_symmetry_constraints: constrained.is_some(),
        with_cutoff,
        incumbents,
    }
}

/// The row `c·x <= objective` (`>=` when maximizing), with a relative
/// slack of 1e-7 so the incumbent itself stays feasible; `None` for a
/// constant objective.
fn cutoff_row(problem: &Problem, objective: f64) -> Option<ExtraRow> {
    let entries: Vec<_> = problem
        .vars()
        .map(|v| (v, problem.objective_coefficient(v)))
        .filter(|&(_, c)| c != 0.0)
        .collect();
    if entries.is_empty() {
        return None;
    }
    let bound = objective - problem.objective_offset();
    let slack = 1e-7 * (1.0 + bound.abs());
    let (lower, upper) = match problem.sense() {
        Sense::Minimize => (f64::NEG_INFINITY, bound + slack),
        Sense::Maximize => (bound - slack, f64::INFINITY),
    };
    Some(ExtraRow {
        name: "symbreak_cutoff".into(),
        lower,
        upper,
        entries,
    })
}

/// The constraints only restrict, but the original problem decides: a
/// solution that fails it is not reported (`NumericalTrouble`).
fn check_against_original(problem: &Problem, outcome: &mut SolveOutcome, tol: &Tolerances) {
    let Some(sol) = &outcome.solution else {
        return;
    };
    let report = verify(problem, sol.values(), tol);
    if report.feasible {
        outcome.objective = Some(report.objective);
    } else {
        outcome.status = Status::NumericalTrouble;
        outcome.message = Some(format!(
            "the backend's solution fails the original problem by {}",
            report.max_violation
        ));
        outcome.solution = None;
        outcome.objective = None;
        outcome.bound = None;
        outcome.gap = None;
        outcome.incumbents.clear();
    }
    outcome.original_report = Some(report);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{BinPackingParams, Family};
    use crate::solve::{MicrolpBackend, WarmStartVerdict};

    fn packing() -> Problem {
        BinPackingParams {
            items: 6,
            ..BinPackingParams::default()
        }
        .generate(2)
        .unwrap()
    }

    #[test]
    fn a_point_that_fails_the_original_problem_is_not_reported() {
        let p = packing();
        let mut outcome =
            SolveOutcome::numerical_trouble("test", String::new(), Default::default());
        outcome.status = Status::Optimal;
        outcome.solution = Some(Solution::from_values(vec![1.0; p.num_vars()]));
        outcome.objective = Some(0.0);
        outcome.bound = Some(0.0);
        outcome.message = None;
        check_against_original(&p, &mut outcome, &Tolerances::default());
        assert_eq!(outcome.status, Status::NumericalTrouble);
        assert!(outcome.solution.is_none() && outcome.objective.is_none());
        assert!(outcome.bound.is_none());
        assert!(outcome.message.unwrap().contains("fails the original"));
        assert!(!outcome.original_report.unwrap().feasible);
        assert_eq!(outcome.warm_start, WarmStartVerdict::NotGiven);
    }

    #[test]
    fn the_constrained_completion_proves_the_optimum_of_the_original() {
        let p = packing();
        let plain = complete(&p, &MicrolpBackend, &CompleteTask::default());
        let symmetry = Arc::new(crate::pipeline::detect_symmetry(
            &p,
            &Budget::new(Some(std::time::Duration::from_secs(100))),
        ));
        assert!(!symmetry.orbitopes.is_empty());
        let constrained = complete(
            &p,
            &MicrolpBackend,
            &CompleteTask {
                symmetry: Some(&symmetry),
                symmetry_constraints: true,
                ..CompleteTask::default()
            },
        );
        assert!(constrained.with_symmetry_constraints && !constrained.with_cutoff);
        for c in [&plain, &constrained] {
            assert_eq!(c.outcome.status, Status::Optimal);
            let sol = c.outcome.solution.as_ref().unwrap();
            assert!(verify(&p, sol.values(), &Tolerances::default()).feasible);
        }
        assert_eq!(plain.outcome.objective, constrained.outcome.objective);
        // bnb handles the orbitopes in its search: no static rows, a note,
        // and the same optimum.
        let dynamic = complete(
            &p,
            &crate::solve::BnbBackend::default(),
            &CompleteTask {
                symmetry: Some(&symmetry),
                symmetry_constraints: true,
                ..CompleteTask::default()
            },
        );
        assert!(!dynamic.with_symmetry_constraints);
        assert!(
            dynamic
                .outcome
                .notes
                .iter()
                .any(|n| n.contains("handles symmetry")),
            "{:?}",
            dynamic.outcome.notes
        );
        assert_eq!(dynamic.outcome.status, Status::Optimal);
        assert_eq!(dynamic.outcome.objective, plain.outcome.objective);
    }

    #[test]
    fn an_incumbent_is_the_warm_start_and_the_cutoff() {
        let p = packing();
        let first = complete(&p, &MicrolpBackend, &CompleteTask::default()).outcome;
        let (sol, obj) = (first.solution.unwrap(), first.objective.unwrap());
        let again = complete(
            &p,
            &MicrolpBackend,
            &CompleteTask {
                incumbent: Some((&sol, obj)),
                ..CompleteTask::default()
            },
        );
        assert!(again.with_cutoff);
        assert_eq!(again.outcome.warm_start, WarmStartVerdict::Accepted);
        assert_eq!(again.outcome.objective, Some(obj));
    }
}
