//! [`Outcome`]: what a symbreak solve reports, on the plain and the learned
//! path alike, and its JSON shape [`OutcomeSummary`].
//!
//! The plain path is the [`complete`](super::complete()) stage alone (its
//! stage list is empty, or holds the symmetry detection and the completion
//! when the orbitope constraints were asked for); the learned path logs
//! every stage. Either way the reported solution passed
//! [`verify`](crate::verify::verify) against the *original* problem.

use serde::Serialize;

use crate::bnb::BnbStats;
use crate::budget::Budget;
use crate::model::Solution;
use crate::status::{Status, relative_gap};

/// One stage of a solve, as logged.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageLog {
    /// `symmetry`, `lp`, `inference`, `propagate`, `dive`, `trust`,
    /// `local search` or `completion`.
    pub name: String,
    /// Seconds spent.
    pub time_s: f64,
    /// What came of it, in words.
    pub status: String,
    /// The best verified objective after this stage, if any.
    pub objective: Option<f64>,
}

/// The result of a solve of the original problem.
///
/// The stages read [`SolveOutcome`](crate::solve::SolveOutcome)s, one
/// verified backend run each on a (sub-)problem with its verification
/// reports and warm-start verdict; an `Outcome` is the answer about the
/// original problem over every stage. The plain path's is its
/// completion's `SolveOutcome` moved field by field (same status, same
/// typed statistics, the same incumbents on the same clock).
///
/// Invariants: `solution` is `Some` exactly when `status` is `Optimal` or
/// `Feasible`; it then passed verification against the original problem,
/// `objective` is its recomputed objective and `max_violation` its largest
/// violation. `Optimal` is reported only when a valid bound meets it.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The verdict.
    pub status: Status,
    /// The best solution, verified against the original problem.
    pub solution: Option<Solution>,
    /// Its objective (offset included), recomputed by the verifier.
    pub objective: Option<f64>,
    /// The best proven bound on the objective, when one is known.
    pub bound: Option<f64>,
    /// Seconds from the start until the first solution was found: the
    /// first point of `incumbents`.
    pub time_to_first_solution_s: Option<f64>,
    /// Seconds from the start until the reported objective was first
    /// reached: the last point of `incumbents`.
    pub time_to_best_s: Option<f64>,
    /// When the incumbent improved, `(seconds since the start, objective)`,
    /// in time order, each better than the one before, the last one the
    /// reported objective; empty without a solution. A point counts when
    /// it was found, not when its stage ended: the branch-and-cut reports
    /// its incumbents with their times (the `*` lines of its log); a
    /// backend that does not (microlp, HiGHS) has its final point dated to
    /// the moment it returned.
    pub incumbents: Vec<(f64, f64)>,
    /// The branch-and-cut's statistics of the last backend run of the
    /// plain solve or of the learned path's completion (`bnb` only).
    pub stats: Option<BnbStats>,
    /// Total wall-clock seconds.
    pub time_s: f64,
    /// The largest violation of the checked point, when one was checked.
    pub max_violation: Option<f64>,
    /// Every stage in order (empty for the plain solve).
    pub stages: Vec<StageLog>,
    /// The stage that found the reported solution (`propagate`, `dive`,
    /// `local search`, `completion`, ...), when stages were logged.
    pub found_by: Option<String>,
    /// The classical backend's name.
    pub backend: &'static str,
    /// Why the status is what it is, when that needs words (a backend
    /// error, a point that failed verification).
    pub message: Option<String>,
    /// Remarks that did not change the status.
    pub notes: Vec<String>,
}

impl Outcome {
    /// An outcome without a solution: `status` with `message`, at the end
    /// of `budget`'s time so far.
    pub fn without_solution(
        status: Status,
        backend: &'static str,
        message: Option<String>,
        budget: &Budget,
    ) -> Outcome {
        debug_assert!(!status.has_solution());
        Outcome {
            status,
            solution: None,
            objective: None,
            bound: None,
            time_to_first_solution_s: None,
            time_to_best_s: None,
            incumbents: Vec::new(),
            stats: None,
            time_s: budget.elapsed_s(),
            max_violation: None,
            stages: Vec::new(),
            found_by: None,
            backend,
            message,
            notes: Vec::new(),
        }
    }

    /// True when a verified solution is reported.
    pub fn verified(&self) -> bool {
        self.solution.is_some()
    }

    /// [`relative_gap`]`(objective, bound)`, when both are known.
    pub fn gap(&self) -> Option<f64> {
        match (self.objective, self.bound) {
            (Some(o), Some(b)) => Some(relative_gap(o, b)),
            _ => None,
        }
    }

    /// The serializable summary: every number, without the solution
    /// vector.
    pub fn summary(&self) -> OutcomeSummary {
        OutcomeSummary {
            status: self.status,
            objective: self.objective,
            bound: self.bound.filter(|b| b.is_finite()),
            gap: self.gap().filter(|g| g.is_finite()),
            time_s: self.time_s,
            backend: self.backend,
            verified: self.verified(),
            max_violation: self.max_violation.filter(|v| v.is_finite()),
            time_to_first_solution_s: self.time_to_first_solution_s,
            time_to_best_s: self.time_to_best_s,
            incumbents: self.incumbents.clone(),
            stats: self.stats.clone(),
            stages: self.stages.clone(),
            found_by: self.found_by.clone(),
            message: self.message.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// The numbers of an [`Outcome`] without the solution vector, as printed
/// by `symbreak solve --json` (plain and learned alike). Unknown values
/// are `null`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeSummary {
    /// The verdict.
    pub status: Status,
    /// The verified objective, `null` without a solution.
    pub objective: Option<f64>,
    /// The best bound, `null` when unknown.
    pub bound: Option<f64>,
    /// The relative gap, `null` when unknown.
    pub gap: Option<f64>,
    /// Wall-clock seconds of the whole solve.
    pub time_s: f64,
    /// The classical backend's name.
    pub backend: &'static str,
    /// True when a solution was checked and is reported.
    pub verified: bool,
    /// The largest violation of the checked point (`0` for a clean
    /// solution), `null` when no point was checked.
    pub max_violation: Option<f64>,
    /// Seconds until the first solution was found, `null` without one.
    pub time_to_first_solution_s: Option<f64>,
    /// Seconds until the reported objective was first reached, `null`
    /// without a solution.
    pub time_to_best_s: Option<f64>,
    /// `[seconds, objective]` each time the incumbent improved (see
    /// [`Outcome::incumbents`]).
    pub incumbents: Vec<(f64, f64)>,
    /// The branch-and-cut's statistics, `null` for other backends.
    pub stats: Option<BnbStats>,
    /// Every stage in order (empty for the plain solve).
    pub stages: Vec<StageLog>,
    /// The stage that found the reported solution, `null` when unknown.
    pub found_by: Option<String>,
    /// Why the status is what it is, when that needs words.
    pub message: Option<String>,
    /// Remarks that did not change the status.
    pub notes: Vec<String>,
}
