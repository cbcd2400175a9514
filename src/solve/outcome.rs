//! [`SolveOutcome`]: the status, the verified solution and the statistics of
//! one solve.

use std::time::Duration;

use serde::Serialize;

use super::Status;
use crate::bnb::BnbStats;
use crate::model::{Sense, Solution};
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
    /// [`relative_gap`](crate::status::relative_gap)`(objective, bound)`,
    /// when both are known.
    pub gap: Option<f64>,
    /// Wall-clock time of the whole solve: sub-problem building, warm start
    /// check, backend, verification.
    pub time: Duration,
    /// When the incumbent improved, `(seconds since the solve started,
    /// objective)`, in time order, each better than the one before, the
    /// last one the reported objective: the backend's own incumbents when
    /// it reports them (`bnb`), else the moment the backend returned.
    /// Empty without a solution. See [`incumbent_trajectory`].
    pub incumbents: Vec<(f64, f64)>,
    /// The branch-and-cut's statistics, when the backend is `bnb`.
    pub stats: Option<BnbStats>,
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
            incumbents: Vec::new(),
            stats: None,
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

/// Two objectives this close (relative to `max(|objective|, 1)`) are the
/// same incumbent value in a trajectory.
const SAME_OBJECTIVE: f64 = 1e-9;

/// The improvements of an incumbent over time: `points` (seconds,
/// objective) in any order, sorted by time and kept only where the
/// objective is strictly better than every earlier one (in `sense`).
///
/// With `last = Some((at, z))`, the trajectory ends at the reported
/// objective `z`: a point better than `z` (a claim the final verification
/// did not confirm) is dropped, a point equal to `z` within 1e-9 takes its
/// exact value, and when no point reaches `z` it is added at `at`.
pub fn incumbent_trajectory(
    points: impl IntoIterator<Item = (f64, f64)>,
    sense: Sense,
    last: Option<(f64, f64)>,
) -> Vec<(f64, f64)> {
    let same = |a: f64, b: f64| (a - b).abs() <= SAME_OBJECTIVE * a.abs().max(1.0);
    let mut points: Vec<(f64, f64)> = points
        .into_iter()
        .filter(|&(t, z)| t.is_finite() && z.is_finite())
        .filter_map(|(t, z)| match last {
            Some((_, end)) if same(end, z) => Some((t, end)),
            Some((_, end)) if sense.is_better(z, end) => None,
            _ => Some((t, z)),
        })
        .collect();
    if let Some((at, end)) = last
        && !points.iter().any(|&(_, z)| z == end)
    {
        points.push((at, end));
    }
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (t, z) in points {
        if out.last().is_none_or(|&(_, prev)| sense.is_better(z, prev)) {
            out.push((t, z));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trajectory_keeps_improvements_in_time_order() {
        let pts = vec![(3.0, 5.0), (1.0, 7.0), (2.0, 7.0), (4.0, 5.0)];
        assert_eq!(
            incumbent_trajectory(pts, Sense::Minimize, None),
            vec![(1.0, 7.0), (3.0, 5.0)]
        );
        let max = vec![(1.0, 2.0), (2.0, 4.0), (3.0, 4.0), (0.5, 3.0)];
        assert_eq!(
            incumbent_trajectory(max, Sense::Maximize, None),
            vec![(0.5, 3.0), (2.0, 4.0)]
        );
    }

    #[test]
    fn a_trajectory_ends_at_the_reported_objective() {
        // A claim better than the verified objective is dropped; the
        // verified value replaces a point within 1e-9 of it.
        let pts = vec![(0.1, 9.0), (0.4, 5.0 + 1e-12), (0.7, 4.0)];
        assert_eq!(
            incumbent_trajectory(pts, Sense::Minimize, Some((2.0, 5.0))),
            vec![(0.1, 9.0), (0.4, 5.0)]
        );
        // Without a point that reaches it, the objective counts at `at`.
        assert_eq!(
            incumbent_trajectory(vec![(0.1, 9.0)], Sense::Minimize, Some((2.0, 5.0))),
            vec![(0.1, 9.0), (2.0, 5.0)]
        );
        assert_eq!(
            incumbent_trajectory(Vec::new(), Sense::Maximize, Some((1.5, 3.0))),
            vec![(1.5, 3.0)]
        );
    }
}
