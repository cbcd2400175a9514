//! The plain path: the [`complete`](super::complete()) stage alone on the
//! problem as given, optionally with the orbitope constraints first. What
//! `symbreak solve` runs without `--learned`, and `compare`'s `plain` and
//! `plain-sym`.

use std::time::{Duration, Instant};

use super::complete::{CompleteTask, complete};
use super::outcome::{Outcome, StageLog};
use super::prepare::detect_symmetry;
use crate::model::Problem;
use crate::solve::{Backend, SolveOutcome, SolveSettings};
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
    /// [budget rule](super::prepare::stage_budget)) and add the static
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
    let start = Instant::now();
    let mut stages = Vec::new();
    let symmetry = settings.symmetry_constraints.then(|| {
        let symmetry = detect_symmetry(problem, settings.time_limit.unwrap_or(Duration::MAX));
        stages.push(StageLog {
            name: "symmetry".into(),
            time_s: start.elapsed().as_secs_f64(),
            status: format!(
                "log10|G| = {:.2}, {} orbitopes",
                symmetry.log10_group_size,
                symmetry.orbitopes.len()
            ),
            objective: None,
        });
        symmetry
    });
    let completion = complete(
        problem,
        backend,
        &CompleteTask {
            symmetry: symmetry.as_ref(),
            symmetry_constraints: settings.symmetry_constraints,
            deadline: settings.time_limit.map(|t| start + t),
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
    from_final(completion.outcome, start, stages)
}

/// The outcome of a single backend solve that started at `start`: a
/// backend reports no intermediate solutions, so its solution counts as
/// found when it returned.
fn from_final(outcome: SolveOutcome, start: Instant, stages: Vec<StageLog>) -> Outcome {
    let time_s = start.elapsed().as_secs_f64();
    let found = outcome.solution.as_ref().map(|_| time_s);
    Outcome {
        status: outcome.status,
        max_violation: outcome.original_max_violation(),
        objective: outcome.objective.filter(|_| outcome.solution.is_some()),
        solution: outcome.solution,
        bound: outcome.bound.filter(|b| b.is_finite()),
        time_to_first_solution_s: found,
        time_to_best_s: found,
        time_s,
        found_by: (!stages.is_empty() && found.is_some()).then(|| "completion".to_string()),
        stages,
        backend: outcome.backend,
        message: outcome.message,
        notes: outcome.notes,
    }
}
