//! The `microlp` backend: good_lp's pure-Rust solver, always built.
//!
//! - Time limit and relative gap are passed to microlp; a feasible warm
//!   start seeds its incumbent.
//! - Statuses: microlp's proven optimum (or a stop at the gap) is
//!   `Optimal`; a time limit with an incumbent is `Feasible`; a time limit
//!   before any incumbent (good_lp's `ResolutionError::Other`) is
//!   `NoSolutionFound`; `Infeasible`/`Unbounded` as microlp proves them; any
//!   other error is a [`BackendError`].
//! - The best bound comes from microlp's statistics.
//! - microlp keeps integer variables in `i32`: an infinite integer bound
//!   becomes `i32::MIN`/`i32::MAX` (good_lp's convention), a finite one
//!   beyond that range is an error. A claimed optimum with an integer
//!   variable sitting on such an artificial `i32` bound is not a proof and
//!   is reported as `Feasible`.

use good_lp::solvers::SolutionStatus;
use good_lp::{
    ResolutionError, Solution as _, SolverModel, WithInitialSolution, WithMipGap, WithTimeLimit,
};

use super::Status;
use super::backend::{Backend, BackendError, BackendOptions, RawOutcome};
use super::good_lp_model::{GoodLpModel, to_good_lp};
use crate::model::Problem;

/// good_lp's microlp solver (pure Rust, single-threaded).
#[derive(Clone, Copy, Debug, Default)]
pub struct MicrolpBackend;

impl Backend for MicrolpBackend {
    fn name(&self) -> &'static str {
        "microlp"
    }

    fn solve(
        &self,
        problem: &Problem,
        options: &BackendOptions<'_>,
    ) -> Result<RawOutcome, BackendError> {
        BackendError::refuse_semi(problem)?;
        let GoodLpModel {
            vars,
            unsolved,
            constraints,
        } = to_good_lp(problem);
        let mut model = unsolved.using(good_lp::microlp);
        for c in constraints {
            model.add_constraint(c);
        }
        if let Some(limit) = options.budget.remaining() {
            model = model.with_time_limit(limit.as_secs_f64());
        }
        model = model
            .with_mip_gap(options.relative_gap as f32)
            .map_err(|e| BackendError(format!("relative gap {}: {e}", options.relative_gap)))?;
        if let Some(w) = options.warm_start {
            model = model.with_initial_solution(vars.iter().copied().zip(w.iter().copied()));
        }
        let solution = match model.solve() {
            Ok(s) => s,
            Err(ResolutionError::Infeasible) => return Ok(RawOutcome::bare(Status::Infeasible)),
            Err(ResolutionError::Unbounded) => return Ok(RawOutcome::bare(Status::Unbounded)),
            // good_lp's microlp wrapper returns `Other` only when microlp
            // was interrupted by the time limit before it had a solution.
            Err(ResolutionError::Other(why)) if options.budget.deadline().is_some() => {
                let mut raw = RawOutcome::bare(Status::NoSolutionFound);
                raw.message = Some(why.to_string());
                return Ok(raw);
            }
            Err(e) => return Err(BackendError(format!("microlp: {e}"))),
        };
        let mut status = match solution.status() {
            SolutionStatus::Optimal | SolutionStatus::GapLimit => Status::Optimal,
            SolutionStatus::TimeLimit => Status::Feasible,
        };
        let values: Vec<f64> = vars.iter().map(|&v| solution.value(v)).collect();
        let mut message = None;
        if status == Status::Optimal {
            if let Some(v) = on_artificial_integer_bound(problem, &values) {
                status = Status::Feasible;
                message = Some(format!(
                    "integer variable '{}' sits on microlp's i32 limit: optimality not proven",
                    problem.var_name(v)
                ));
            }
        }
        let bound = solution
            .into_inner()
            .stats()
            .best_bound
            .map(|b| b + problem.objective_offset());
        Ok(RawOutcome {
            values: Some(values),
            bound,
            message,
            ..RawOutcome::bare(status)
        })
    }
}

/// An integer variable at `i32::MIN`/`i32::MAX` where its own bound is wider:
/// microlp's cap, not the problem's, is active.
fn on_artificial_integer_bound(problem: &Problem, values: &[f64]) -> Option<crate::model::VarId> {
    let (min, max) = (i32::MIN as f64, i32::MAX as f64);
    problem.vars().find(|&v| {
        let x = values[v.index()];
        problem.var_kind(v).is_integral()
            && ((x <= min && problem.var_lower(v) < min)
                || (x >= max && problem.var_upper(v) > max))
    })
}
