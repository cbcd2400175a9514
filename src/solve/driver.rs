//! [`solve`]: sub-problem, warm start check, backend behind a panic guard,
//! verification, honest status.

use super::backend::{Backend, BackendOptions, RawOutcome};
use super::outcome::{WarmStartVerdict, incumbent_trajectory};
use super::semi;
use super::subproblem::{Subproblem, build_subproblem};
use super::{SolveError, SolveOutcome, SolveSettings, Status};
use crate::bnb::BnbStats;
use crate::budget::Budget;
use crate::model::{Problem, Sense, Solution};
use crate::status::relative_gap;
use crate::verify::{VerifyReport, verify};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Solves `problem` with `backend` under `settings`, and reports only what
/// has been verified.
///
/// The steps:
///
/// 1. **Settings** are checked: a NaN or negative gap or time limit, a fixing
///    of an unknown variable or to a non-finite value, a warm start of the
///    wrong length, or an extra row the model rejects is an `Err`.
/// 2. **Sub-problem**: fixings, extra rows and the LP relaxation are applied
///    to a copy built with [`Problem::to_builder`] (linear time; no copy when
///    the settings change nothing and integer bounds are integral). Integer
///    bounds are rounded inward. A fixing outside a variable's bounds, or an
///    integer variable without an integer value in its bounds, makes the
///    answer [`Status::Infeasible`] without calling the backend.
/// 3. **Warm start**: verified against the sub-problem. Infeasible → ignored
///    ([`WarmStartVerdict::Rejected`], with the worst violation in
///    `notes`). Feasible → handed to the backend and kept as the incumbent
///    to report if the backend finds nothing better.
/// 4. **Backend** runs under the solve's [`Budget`] (started at the call,
///    so it gets the time that is left), on the sub-problem with
///    its semi-continuous variables reformulated exactly (one binary
///    indicator each, see `semi.rs`; the warm start gets the indicators'
///    values, the backend's point loses them), inside
///    [`catch_unwind`]: a panic becomes [`Status::NumericalTrouble`] with
///    the panic message and the process goes on. (The default panic hook
///    still prints the message to stderr; the hook is process-wide and is
///    deliberately not replaced by a library.) A backend error is
///    `NumericalTrouble` too.
/// 5. **Verification**: every point the backend returns is verified against
///    the sub-problem that was solved. A point that fails is never reported:
///    the status is `NumericalTrouble`, the report and message name the
///    worst violation. A reported solution of a modified sub-problem is also
///    verified against the original problem (`original_report`); fixings
///    and extra rows only restrict, so this fails only for an LP relaxation.
/// 6. **Status**: `Optimal` only when the backend proves it within the gap;
///    `Feasible` when a limit stopped it with a verified incumbent (its own
///    or the warm start); `NoSolutionFound` when a limit stopped it with
///    none; `Infeasible`/`Unbounded` as the backend proves them. A backend
///    claim that a verified warm start contradicts (infeasible; optimal but
///    worse than the warm start) is not believed.
///
/// # Errors
/// Only bad settings (see step 1); every verdict about the problem is a
/// [`Status`].
///
/// # Time limit
/// The limit covers the whole call. Building the sub-problem and checking
/// the warm start come out of the backend's budget; what is not covered is
/// the final verification (linear in the nonzeros) and whatever the backend
/// overruns its own limit by.
pub fn solve(
    problem: &Problem,
    settings: &SolveSettings,
    backend: &dyn Backend,
) -> Result<SolveOutcome, SolveError> {
    let budget = Budget::new(settings.time_limit);
    check_settings(problem, settings)?;
    let mut draft = Draft::new(backend.name(), budget);
    let modified = match build_subproblem(problem, settings)? {
        Subproblem::Unchanged => None,
        Subproblem::Modified(p) => Some(p),
        Subproblem::Infeasible(why) => {
            return Ok(draft.finish_without_point(Status::Infeasible, Some(why)));
        }
    };
    let solved: &Problem = modified.as_deref().unwrap_or(problem);
    draft.original = modified.is_some().then_some(problem);
    let warm = check_warm_start(solved, settings, &mut draft);
    if solved.num_vars() == 0 {
        return Ok(draft.finish_empty(solved, settings));
    }
    // Semi variables: the backend solves the exact reformulation, whose
    // extra indicators come after the problem's own variables.
    let reformulated = semi::reformulate(solved)?;
    let handed: &Problem = reformulated.as_ref().unwrap_or(solved);
    let extended_warm = match (&reformulated, &warm) {
        (Some(_), Some((x, _))) => {
            Some(semi::extend_point(solved, x, settings.tolerances.absolute))
        }
        _ => None,
    };
    // A known symmetry stays valid for extra rows (the caller vouches for
    // them), not for fixings, a relaxation or other columns.
    let symmetric =
        settings.fixings.is_empty() && !settings.lp_relaxation && reformulated.is_none();
    let options = BackendOptions {
        budget,
        relative_gap: settings.relative_gap,
        warm_start: extended_warm
            .as_deref()
            .or(warm.as_ref().map(|(x, _)| x.as_slice())),
        threads: settings.threads,
        verbose: settings.verbose,
        // The feed's points have the given problem's columns.
        incumbent_feed: settings
            .incumbent_feed
            .as_ref()
            .filter(|_| reformulated.is_none()),
        known_symmetry: settings
            .known_symmetry
            .as_ref()
            .filter(|s| symmetric && s.var_cells.len() == handed.num_vars()),
        interrupt: settings.interrupt.as_ref(),
    };
    let called_at = budget.elapsed_s();
    let raw = match catch_unwind(AssertUnwindSafe(|| backend.solve(handed, &options))) {
        Err(payload) => {
            let why = format!("backend panicked: {}", panic_message(payload.as_ref()));
            return Ok(draft.finish_without_point(Status::NumericalTrouble, Some(why)));
        }
        Ok(Err(e)) => {
            let why = format!("backend error: {e}");
            return Ok(draft.finish_without_point(Status::NumericalTrouble, Some(why)));
        }
        Ok(Ok(mut raw)) => {
            for point in &mut raw.incumbents {
                point.0 += called_at;
            }
            if reformulated.is_some() {
                // Drop the indicators; a point of the wrong length stays
                // wrong and fails verification.
                if let Some(values) = raw.values.as_mut() {
                    if values.len() == handed.num_vars() {
                        values.truncate(solved.num_vars());
                    }
                }
            }
            raw
        }
    };
    Ok(interpret(raw, solved, settings, warm, draft))
}

/// Rejects settings that are malformed whatever the problem.
fn check_settings(problem: &Problem, settings: &SolveSettings) -> Result<(), SolveError> {
    let gap = settings.relative_gap;
    if !gap.is_finite() || gap < 0.0 {
        return Err(SolveError::InvalidSettings(format!(
            "relative gap must be finite and non-negative, got {gap}"
        )));
    }
    if let Some(w) = &settings.warm_start {
        if w.len() != problem.num_vars() {
            return Err(SolveError::InvalidSettings(format!(
                "warm start has {} values, the problem has {} variables",
                w.len(),
                problem.num_vars()
            )));
        }
    }
    if settings.threads == Some(0) {
        return Err(SolveError::InvalidSettings(
            "threads must be at least 1".to_string(),
        ));
    }
    Ok(())
}

/// Verifies the warm start; returns it with its report when feasible.
fn check_warm_start(
    solved: &Problem,
    settings: &SolveSettings,
    draft: &mut Draft,
) -> Option<(Vec<f64>, VerifyReport)> {
    let w = settings.warm_start.as_ref()?;
    let report = verify(solved, w.values(), &settings.tolerances);
    if report.feasible {
        draft.warm_start = WarmStartVerdict::Accepted;
        Some((w.values().to_vec(), report))
    } else {
        draft.warm_start = WarmStartVerdict::Rejected;
        draft.notes.push(format!(
            "warm start ignored: {}",
            describe_violation(&report)
        ));
        None
    }
}

/// "infeasible: 3 violations, worst: row_upper 'cap' by 1 (value 5, limit 4)".
fn describe_violation(report: &VerifyReport) -> String {
    match report.worst.first() {
        Some(w) => format!(
            "infeasible: {} violation(s), worst: {:?} of '{}' by {:e} (value {}, limit {})",
            report.violations, w.kind, w.name, w.amount, w.value, w.limit
        ),
        None => "infeasible: non-finite objective".to_string(),
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

/// Turns the backend's claim into a status the verifier stands behind.
fn interpret(
    raw: RawOutcome,
    solved: &Problem,
    settings: &SolveSettings,
    warm: Option<(Vec<f64>, VerifyReport)>,
    mut draft: Draft<'_>,
) -> SolveOutcome {
    let RawOutcome {
        status,
        values,
        bound,
        message,
        incumbents,
        stats,
    } = raw;
    draft.incumbents = incumbents;
    draft.stats = stats;
    let sense = solved.sense();
    match status {
        Status::Optimal | Status::Feasible => {
            let Some(values) = values else {
                if status == Status::Optimal {
                    return draft.finish_without_point(
                        Status::NumericalTrouble,
                        Some("backend claimed optimality without returning a point".to_string()),
                    );
                }
                return draft.limit_without_point(solved, settings, warm, bound);
            };
            let report = verify(solved, &values, &settings.tolerances);
            if !report.feasible {
                let why = format!(
                    "backend returned a point that fails verification: {}",
                    describe_violation(&report)
                );
                draft.report = Some(report);
                return draft.finish_without_point(Status::NumericalTrouble, Some(why));
            }
            let mut status = status;
            let mut point = (values, report, false);
            if let Some((wx, wreport)) = warm {
                if sense.is_better(wreport.objective, point.1.objective)
                    && relative_gap(wreport.objective, point.1.objective) > settings.relative_gap
                {
                    if status == Status::Optimal {
                        draft.notes.push(format!(
                            "backend claimed optimality at {} but the warm start has {}: not proven",
                            point.1.objective, wreport.objective
                        ));
                        status = Status::Feasible;
                    }
                    point = (wx, wreport, true);
                }
            }
            draft.message = message;
            draft.finish_with_point(status, point, bound, solved, settings)
        }
        Status::NoSolutionFound => {
            draft.message = message;
            draft.limit_without_point(solved, settings, warm, bound)
        }
        Status::Infeasible if warm.is_some() => draft.finish_without_point(
            Status::NumericalTrouble,
            Some(
                "backend claimed infeasibility, but the warm start is a verified feasible point"
                    .to_string(),
            ),
        ),
        Status::Infeasible | Status::Unbounded | Status::NumericalTrouble => {
            draft.finish_without_point(status, message)
        }
    }
}

/// The parts of an outcome gathered along the way.
struct Draft<'p> {
    backend: &'static str,
    /// The original problem when a modified sub-problem is solved.
    original: Option<&'p Problem>,
    budget: Budget,
    warm_start: WarmStartVerdict,
    report: Option<VerifyReport>,
    message: Option<String>,
    notes: Vec<String>,
    /// The backend's incumbents, seconds since the solve started.
    incumbents: Vec<(f64, f64)>,
    stats: Option<BnbStats>,
}

impl<'p> Draft<'p> {
    fn new(backend: &'static str, budget: Budget) -> Self {
        Draft {
            backend,
            original: None,
            budget,
            warm_start: WarmStartVerdict::NotGiven,
            report: None,
            message: None,
            notes: Vec::new(),
            incumbents: Vec::new(),
            stats: None,
        }
    }

    fn finish_without_point(self, status: Status, message: Option<String>) -> SolveOutcome {
        debug_assert!(!status.has_solution());
        SolveOutcome {
            status,
            solution: None,
            objective: None,
            bound: None,
            gap: None,
            time: self.budget.elapsed(),
            incumbents: Vec::new(),
            stats: self.stats,
            backend: self.backend,
            report: self.report,
            original_report: None,
            solution_from_warm_start: false,
            warm_start: self.warm_start,
            message: message.or(self.message),
            notes: self.notes,
        }
    }

    /// A limit was hit and the backend has no point: the warm start if it
    /// was verified, else nothing.
    fn limit_without_point(
        self,
        solved: &Problem,
        settings: &SolveSettings,
        warm: Option<(Vec<f64>, VerifyReport)>,
        bound: Option<f64>,
    ) -> SolveOutcome {
        match warm {
            Some((x, report)) => {
                self.finish_with_point(Status::Feasible, (x, report, true), bound, solved, settings)
            }
            None => {
                let mut out = self.finish_without_point(Status::NoSolutionFound, None);
                out.bound = bound.filter(|b| !b.is_nan());
                out
            }
        }
    }

    fn finish_with_point(
        mut self,
        status: Status,
        (x, report, from_warm_start): (Vec<f64>, VerifyReport, bool),
        bound: Option<f64>,
        solved: &Problem,
        settings: &SolveSettings,
    ) -> SolveOutcome {
        debug_assert!(status.has_solution() && report.feasible);
        let objective = report.objective;
        let mut bound = bound.filter(|b| !b.is_nan());
        if let Some(b) = bound {
            // A valid bound is never strictly better than a feasible point.
            let slack = 1e-6 * objective.abs().max(1.0);
            let violated = match solved.sense() {
                Sense::Minimize => b > objective + slack,
                Sense::Maximize => b < objective - slack,
            };
            if violated {
                self.notes.push(format!(
                    "backend bound {b} contradicts the verified objective {objective}: dropped"
                ));
                bound = None;
            }
        }
        if status == Status::Optimal && bound.is_none() {
            bound = Some(objective);
        }
        let original_report = self
            .original
            .map(|original| verify(original, &x, &settings.tolerances));
        let time = self.budget.elapsed();
        let incumbents = incumbent_trajectory(
            std::mem::take(&mut self.incumbents),
            solved.sense(),
            // The warm start was known when the solve began.
            Some((
                if from_warm_start {
                    0.0
                } else {
                    time.as_secs_f64()
                },
                objective,
            )),
        );
        SolveOutcome {
            status,
            solution: Some(Solution::from_values(x)),
            objective: Some(objective),
            bound,
            gap: bound.map(|b| relative_gap(objective, b)),
            time,
            incumbents,
            stats: self.stats,
            backend: self.backend,
            report: Some(report),
            original_report,
            solution_from_warm_start: from_warm_start,
            warm_start: self.warm_start,
            message: self.message,
            notes: self.notes,
        }
    }

    /// A problem without variables: the empty point is the only candidate.
    fn finish_empty(self, solved: &Problem, settings: &SolveSettings) -> SolveOutcome {
        let report = verify(solved, &[], &settings.tolerances);
        if report.feasible {
            self.finish_with_point(
                Status::Optimal,
                (Vec::new(), report, false),
                None,
                solved,
                settings,
            )
        } else {
            let why = format!("no variables and {}", describe_violation(&report));
            self.finish_without_point(Status::Infeasible, Some(why))
        }
    }
}
