//! The plain path: the [`complete`](super::complete()) stage alone on the
//! problem as given, optionally with the orbitope constraints first. What
//! `symbreak solve` runs without `--learned`, and `compare`'s `plain` and
//! `plain-sym`.

use std::sync::Arc;
use std::time::Duration;

use super::complete::{CompleteTask, Completion, complete};
use super::outcome::{Outcome, StageLog};
use super::prepare::detect_symmetry;
use crate::budget::Budget;
use crate::model::Problem;
use crate::solve::{Backend, SolveSettings};
use crate::verify::Tolerances;

/// Settings of the plain path.
#[derive(Clone, Debug, PartialEq)]
pub struct PlainSettings {
    /// Wall-clock limit of the whole solve (symmetry detection included);
    /// `None` runs until the backend proves its answer. [default: none]
    pub time_limit: Option<Duration>,
    /// Relative MIP gap at which the backend may stop. [default: 1e-6]
    pub relative_gap: f64,
    /// Detect the formulation symmetry (within the
    /// [stage share](crate::budget::Budget::stage)) and add the static
    /// orbitope constraints. [default: false]
    pub symmetry_constraints: bool,
    /// Verification tolerances.
    pub tolerances: Tolerances,
    /// Let the backend print its progress log (stderr). [default: false]
    pub log: bool,
}

impl Default for PlainSettings {
    fn default() -> Self {
        PlainSettings {
            time_limit: None,
            relative_gap: SolveSettings::default().relative_gap,
            symmetry_constraints: false,
            tolerances: Tolerances::default(),
            log: false,
        }
    }
}

/// Solves `problem` on `backend`: the completion without an incumbent.
/// With symmetry constraints the stages `symmetry` and `completion` are
/// logged; without, the stage list is empty.
pub fn solve_plain(problem: &Problem, backend: &dyn Backend, settings: &PlainSettings) -> Outcome {
    let budget = Budget::new(settings.time_limit);
    let mut stages = Vec::new();
    let symmetry = settings.symmetry_constraints.then(|| {
        let symmetry = detect_symmetry(problem, &budget);
        stages.push(StageLog {
            name: "symmetry".into(),
            time_s: budget.elapsed_s(),
            status: format!(
                "log10|G| = {:.2}, {} orbitopes",
                symmetry.log10_group_size,
                symmetry.orbitopes.len()
            ),
            objective: None,
        });
        Arc::new(symmetry)
    });
    let completion = complete(
        problem,
        backend,
        &CompleteTask {
            symmetry: symmetry.as_ref(),
            symmetry_constraints: settings.symmetry_constraints,
            budget,
            relative_gap: settings.relative_gap,
            tolerances: settings.tolerances,
            log: settings.log,
            ..CompleteTask::default()
        },
    );
    if settings.symmetry_constraints {
        stages.push(StageLog {
            name: "completion".into(),
            time_s: completion.outcome.time.as_secs_f64(),
            status: completion.summary(),
            objective: completion.outcome.objective,
        });
    }
    from_completion(completion, &budget, stages)
}

/// The outcome of the completion alone, its incumbents on the budget's
/// clock.
fn from_completion(completion: Completion, budget: &Budget, stages: Vec<StageLog>) -> Outcome {
    let Completion {
        outcome,
        incumbents,
        ..
    } = completion;
    let found = outcome.solution.is_some();
    let incumbents = if found { incumbents } else { Vec::new() };
    Outcome {
        status: outcome.status,
        max_violation: outcome.original_max_violation(),
        objective: outcome.objective.filter(|_| found),
        solution: outcome.solution,
        bound: outcome.bound.filter(|b| b.is_finite()),
        time_to_first_solution_s: incumbents.first().map(|&(t, _)| t),
        time_to_best_s: incumbents.last().map(|&(t, _)| t),
        incumbents,
        stats: outcome.stats,
        time_s: budget.elapsed_s(),
        found_by: (!stages.is_empty() && found).then(|| "completion".to_string()),
        stages,
        backend: outcome.backend,
        message: outcome.message,
        notes: outcome.notes,
    }
}
