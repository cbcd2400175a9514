//! The `bnb` backend: symbreak's own branch-and-cut ([`crate::bnb`]).
//!
//! - The budget's remaining time, the relative gap, the warm start and a
//!   symmetry already detected are passed through; `verbose` turns on its
//!   progress log (stderr).
//! - The search's statistics travel typed ([`BnbStats`](crate::bnb::BnbStats)
//!   in [`RawOutcome::stats`]), its incumbents with the times it found
//!   them.
//! - Statuses: a closed tree with an incumbent is `Optimal`, without one
//!   `Infeasible`; a limit with an incumbent is `Feasible`, without one
//!   `NoSolutionFound`. The bound is the search's global dual bound.
//! - An unbounded root LP is `Unbounded` when the problem has no integer
//!   column or the LP's point is integral (then feasible); otherwise it is a
//!   [`BackendError`] (the driver reports it as `numerical_trouble`), as is a
//!   panic inside the search.

use super::Status;
use super::backend::{Backend, BackendError, BackendOptions, RawOutcome};
use crate::bnb::{BnbSettings, branch_and_cut_within};
use crate::model::Problem;

/// symbreak's branch-and-cut (pure Rust, single-threaded).
#[derive(Clone, Debug, Default)]
pub struct BnbBackend {
    /// Settings beyond what [`BackendOptions`] carries (cuts, symmetry,
    /// branching); time limit, gap, warm start and log come from the
    /// options.
    pub settings: BnbSettings,
}

impl Backend for BnbBackend {
    fn name(&self) -> &'static str {
        "bnb"
    }

    fn handles_symmetry(&self) -> bool {
        self.settings.symmetry
    }

    fn exchanges_incumbents(&self) -> bool {
        true
    }

    fn solve(
        &self,
        problem: &Problem,
        options: &BackendOptions<'_>,
    ) -> Result<RawOutcome, BackendError> {
        BackendError::refuse_semi(problem)?;
        let settings = BnbSettings {
            time_limit: options.budget.remaining(),
            relative_gap: options.relative_gap.max(1e-9),
            warm_start: options.warm_start.map(<[f64]>::to_vec),
            incumbent_feed: options.incumbent_feed.cloned(),
            interrupt: options
                .interrupt
                .cloned()
                .or_else(|| self.settings.interrupt.clone()),
            log: options.verbose || self.settings.log,
            known_symmetry: options
                .known_symmetry
                .cloned()
                .or_else(|| self.settings.known_symmetry.clone()),
            ..self.settings.clone()
        };
        // The driver's deadline, on a clock that starts now: the incumbents'
        // times count from this call, as `RawOutcome` asks.
        let result = branch_and_cut_within(problem, &settings, options.budget.from_now());
        if result.stats.root_lp_unbounded && result.status == Status::NumericalTrouble {
            return Err(BackendError(
                "the root LP relaxation is unbounded and its point is fractional: the problem is unbounded or infeasible, which bnb does not decide".to_string(),
            ));
        }
        if result.status == Status::Unbounded {
            return Ok(RawOutcome::bare(Status::Unbounded));
        }
        let status = result.status;
        Ok(RawOutcome {
            status,
            values: result.solution,
            bound: result.bound,
            message: None,
            incumbents: result.incumbents,
            stats: Some(result.stats),
        })
    }
}
