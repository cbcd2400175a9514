//! The `highs` backend (cargo feature `highs`): the HiGHS C++ solver through
//! the `highs` crate that good_lp's own HiGHS support wraps.
//!
//! The model is passed column-wise straight from the problem's column
//! storage (ranged rows stay single rows, infinite sides stay infinite), so
//! the translation is linear in the nonzeros. The `highs` crate is used
//! directly rather than through good_lp's `highs()` wrapper because the
//! wrapper reports HiGHS' "unbounded or infeasible" as infeasible, hides the
//! best bound, and does not separate "limit hit without a solution" from
//! other failures; all three are needed for honest statuses.
//!
//! - Options: `time_limit` (what the budget has left), `mip_rel_gap`,
//!   `threads`, `output_flag` (and `log_to_console`) for verbosity; a warm
//!   start goes through `Highs_setSolution`.
//! - Statuses: HiGHS `Optimal` → `Optimal`; a limit (time, iterations,
//!   solutions, interrupt, memory) → `Feasible` with HiGHS' point or
//!   `NoSolutionFound`; `Infeasible`, `Unbounded` as given; "unbounded or
//!   infeasible" is settled by a second solve with a zero objective
//!   (infeasible there → `Infeasible`, feasible → `Unbounded`); any other
//!   status or error is a [`BackendError`].
//! - The bound is HiGHS' `mip_dual_bound` for a MIP and the optimal value
//!   for an LP.

use highs::{
    ColProblem, HighsModelStatus, HighsOptionValue, HighsSolutionStatus, Model, Row,
    Sense as HighsSense,
};

use super::Status;
use super::backend::{Backend, BackendError, BackendOptions, RawOutcome};
use crate::model::{Problem, Sense};

/// The HiGHS solver (parallel C++; compiled from source by `highs-sys`).
#[derive(Clone, Copy, Debug, Default)]
pub struct HighsBackend;

impl Backend for HighsBackend {
    fn name(&self) -> &'static str {
        "highs"
    }

    fn solve(
        &self,
        problem: &Problem,
        options: &BackendOptions<'_>,
    ) -> Result<RawOutcome, BackendError> {
        BackendError::refuse_semi(problem)?;
        let time_left = || options.budget.remaining().map(|t| t.as_secs_f64());
        let model = build_model(problem, true, options, time_left())?;
        let solved = model
            .try_solve()
            .map_err(|e| BackendError(format!("HiGHS run failed: {e:?}")))?;
        let is_mip = problem.var_kinds().iter().any(|k| k.is_integral());
        let offset = problem.objective_offset();
        let has_point = solved.primal_solution_status() == HighsSolutionStatus::Feasible;
        let values = || Some(solved.get_solution().columns().to_vec());
        let bound = || {
            if is_mip {
                solved
                    .double_info_value(c"mip_dual_bound")
                    .ok()
                    .filter(|b| b.is_finite())
                    .map(|b| b + offset)
            } else {
                None
            }
        };
        let status = solved.status();
        let raw = match status {
            HighsModelStatus::Optimal if has_point => RawOutcome {
                values: values(),
                bound: if is_mip {
                    bound()
                } else {
                    Some(solved.objective_value() + offset)
                },
                ..RawOutcome::bare(Status::Optimal)
            },
            HighsModelStatus::Infeasible => RawOutcome::bare(Status::Infeasible),
            HighsModelStatus::Unbounded => RawOutcome::bare(Status::Unbounded),
            HighsModelStatus::UnboundedOrInfeasible => {
                settle_unbounded_or_infeasible(problem, options, time_left())?
            }
            HighsModelStatus::ReachedTimeLimit
            | HighsModelStatus::ReachedIterationLimit
            | HighsModelStatus::ReachedSolutionLimit
            | HighsModelStatus::ReachedInterrupt
            | HighsModelStatus::ReachedMemoryLimit
            | HighsModelStatus::ObjectiveBound
            | HighsModelStatus::ObjectiveTarget => RawOutcome {
                values: if has_point { values() } else { None },
                bound: bound(),
                message: Some(format!("HiGHS stopped: {status:?}")),
                ..RawOutcome::bare(if has_point {
                    Status::Feasible
                } else {
                    Status::NoSolutionFound
                })
            },
            other => {
                return Err(BackendError(format!(
                    "HiGHS model status {other:?} (primal solution {:?})",
                    solved.primal_solution_status()
                )));
            }
        };
        Ok(raw)
    }
}

/// HiGHS could not tell unbounded from infeasible: solve again with a zero
/// objective. Infeasible there means infeasible; a feasible point there
/// means the original objective is unbounded.
fn settle_unbounded_or_infeasible(
    problem: &Problem,
    options: &BackendOptions<'_>,
    time_left: Option<f64>,
) -> Result<RawOutcome, BackendError> {
    let model = build_model(problem, false, options, time_left)?;
    let solved = model
        .try_solve()
        .map_err(|e| BackendError(format!("HiGHS feasibility run failed: {e:?}")))?;
    match solved.status() {
        HighsModelStatus::Infeasible | HighsModelStatus::UnboundedOrInfeasible => {
            Ok(RawOutcome::bare(Status::Infeasible))
        }
        HighsModelStatus::Optimal => Ok(RawOutcome::bare(Status::Unbounded)),
        HighsModelStatus::ReachedTimeLimit => {
            let mut raw = RawOutcome::bare(Status::NoSolutionFound);
            raw.message = Some(
                "HiGHS: unbounded or infeasible; the time limit stopped the check".to_string(),
            );
            Ok(raw)
        }
        other => Err(BackendError(format!(
            "HiGHS: unbounded or infeasible, and the feasibility check ended with {other:?}"
        ))),
    }
}

/// The HiGHS model of `problem` (objective offset excluded; zero objective
/// when `with_objective` is false) with the options applied.
fn build_model(
    problem: &Problem,
    with_objective: bool,
    options: &BackendOptions<'_>,
    time_limit_s: Option<f64>,
) -> Result<Model, BackendError> {
    let mut pb = ColProblem::new();
    let rows: Vec<Row> = problem
        .rows()
        .map(|r| pb.add_row(problem.row_lower(r)..=problem.row_upper(r)))
        .collect();
    for v in problem.vars() {
        let cost = if with_objective {
            problem.objective_coefficient(v)
        } else {
            0.0
        };
        pb.add_column_with_integrality(
            cost,
            problem.var_lower(v)..=problem.var_upper(v),
            problem.column(v).map(|(r, a)| (rows[r.index()], a)),
            problem.var_kind(v).is_integral(),
        );
    }
    let sense = match problem.sense() {
        Sense::Minimize => HighsSense::Minimise,
        Sense::Maximize => HighsSense::Maximise,
    };
    let mut model = pb
        .try_optimise(sense)
        .map_err(|e| BackendError(format!("HiGHS rejected the model: {e:?}")))?;
    if let Some(t) = time_limit_s {
        set_option(&mut model, "time_limit", t)?;
    }
    set_option(&mut model, "mip_rel_gap", options.relative_gap)?;
    if let Some(threads) = options.threads {
        set_option(
            &mut model,
            "threads",
            i32::try_from(threads).unwrap_or(i32::MAX),
        )?;
    }
    if options.verbose {
        set_option(&mut model, "output_flag", true)?;
        set_option(&mut model, "log_to_console", true)?;
    }
    if let (Some(w), true) = (options.warm_start, with_objective) {
        model
            .try_set_solution(Some(w), None, None, None)
            .map_err(|e| BackendError(format!("HiGHS rejected the warm start: {e:?}")))?;
    }
    Ok(model)
}

fn set_option<V: HighsOptionValue>(
    model: &mut Model,
    name: &str,
    value: V,
) -> Result<(), BackendError> {
    model
        .try_set_option(name, value)
        .map_err(|_| BackendError(format!("HiGHS rejected the option {name}")))
}
