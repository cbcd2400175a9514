//! [`SolveOutcome`]: the status, the verified solution and the statistics of
//! one solve.

use std::time::Duration;

use serde::Serialize;

use super::Status;
use crate::model::Solution;
use crate::verify::VerifyReport;

/// What became of the warm start given in the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarmStartVerdict {
    /// No warm start was given.
    NotGiven,
    /// It passed verification against the solved problem: it was handed to
    /// the backend (if the backend takes one) and kept as a fallback
    /// incumbent.
    Accepted,
    /// It failed verification and was ignored; see
    /// [`SolveOutcome::notes`] for the worst violation.
    Rejected,
}

/// The result of [`solve`](super::solve).
///
/// Invariants: `solution` is `Some` exactly when `status` is `Optimal` or
/// `Feasible`, and then it passed [`verify`](crate::verify::verify) against
/// the problem that was solved (`report.feasible`), and `objective` is the
/// recomputed objective of that solution.
#[derive(Clone, Debug)]
pub struct SolveOutcome {
    /// The verdict.
    pub status: Status,
    /// The verified solution (for `Optimal` and `Feasible` only).
    pub solution: Option<Solution>,
    /// `c·x + offset` of the solution, recomputed by the verifier.
    pub objective: Option<f64>,
    /// The best proven bound on the objective, when the backend gives one
    /// (for an optimal solution, its objective if the backend gave none).
    pub bound: Option<f64>,
    /// `|objective − bound| / max(|objective|, 1)`, when both are known.
    pub gap: Option<f64>,
    /// Wall-clock time of the whole solve: sub-problem building, warm start
    /// check, backend, verification.
    pub time: Duration,
    /// The backend's name (`"microlp"`, `"highs"`, ...).
    pub backend: &'static str,
    /// The verification of the point the backend returned (or of the warm
    /// start reported in its place) against the problem that was solved:
    /// with fixings, extra rows and relaxation applied. Present whenever a
    /// point was checked, including a point that failed (`NumericalTrouble`).
    pub report: Option<VerifyReport>,
    /// When the solved problem differs from the original (fixings, extra
    /// rows, LP relaxation) and a solution is reported: its verification
    /// against the original problem. Fixings and extra rows only restrict,
    /// so this fails only in LP-relaxation mode (integrality) or at the
    /// tolerance boundary.
    pub original_report: Option<VerifyReport>,
    /// True when the reported solution is the caller's warm start (the
    /// backend found nothing better).
    pub solution_from_warm_start: bool,
    /// What became of the warm start.
    pub warm_start: WarmStartVerdict,
    /// Why the status is what it is, when that needs words: the backend's
    /// error or panic message, the violated row, the contradicting fixing.
    pub message: Option<String>,
    /// Things worth knowing that did not change the status (e.g. a rejected
    /// warm start and its worst violation).
    pub notes: Vec<String>,
}

impl SolveOutcome {
    /// True when a verified solution is reported.
    pub fn verified(&self) -> bool {
        self.solution.is_some()
    }

    /// The largest violation of the checked point, when one was checked.
    pub fn max_violation(&self) -> Option<f64> {
        self.report.as_ref().map(|r| r.max_violation)
    }

    /// A solve that failed before or inside the backend: no point, status
    /// [`Status::NumericalTrouble`], `message` says why.
    pub fn numerical_trouble(backend: &'static str, message: String, time: Duration) -> Self {
        SolveOutcome {
            status: Status::NumericalTrouble,
            solution: None,
            objective: None,
            bound: None,
            gap: None,
            time,
            backend,
            report: None,
            original_report: None,
            solution_from_warm_start: false,
            warm_start: WarmStartVerdict::NotGiven,
            message: Some(message),
            notes: Vec::new(),
        }
    }

    /// The largest violation of the reported point against the original
    /// problem when that was checked, else against the solved one.
    pub fn original_max_violation(&self) -> Option<f64> {
        self.original_report
            .as_ref()
            .or(self.report.as_ref())
            .map(|r| r.max_violation)
    }
}

/// The relative gap `|objective − bound| / max(|objective|, 1)`.
///
/// The `max(.., 1)` keeps the gap meaningful for objectives near zero.
pub fn relative_gap(objective: f64, bound: f64) -> f64 {
    (objective - bound).abs() / objective.abs().max(1.0)
}
