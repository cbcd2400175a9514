//! The `bnb` backend: symbreak's own branch-and-cut ([`crate::bnb`]).
//!
//! - Time limit, relative gap and warm start are passed through; `verbose`
//!   turns on its progress log (stderr).
//! - Statuses: a closed tree with an incumbent is `Optimal`, without one
//!   `Infeasible`; a limit with an incumbent is `Feasible`, without one
//!   `NoSolutionFound`. The bound is the search's global dual bound.
//! - An unbounded root LP is `Unbounded` when the problem has no integer
//!   column or the LP's point is integral (then feasible); otherwise it is a
//!   [`BackendError`] (the driver reports it as `numerical_trouble`), as is a
//!   panic inside the search.

use super::Status;
use super::backend::{Backend, BackendError, BackendOptions, RawOutcome};
use crate::bnb::{BnbSettings, branch_and_cut};
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

    fn solve(
        &self,
        problem: &Problem,
        options: &BackendOptions<'_>,
    ) -> Result<RawOutcome, BackendError> {
        BackendError::refuse_semi(problem)?;
        let settings = BnbSettings {
            time_limit: options.time_limit,
            relative_gap: options.relative_gap.max(1e-9),
            warm_start: options.warm_start.map(<[f64]>::to_vec),
            incumbent_feed: options.incumbent_feed.cloned(),
            log: options.verbose || self.settings.log,
            ..self.settings.clone()
        };
        let result = branch_and_cut(problem, &settings);
        if result.stats.root_lp_unbounded && result.status == Status::NumericalTrouble {
            return Err(BackendError(
                "the root LP relaxation is unbounded and its point is fractional: the problem is unbounded or infeasible, which bnb does not decide".to_string(),
            ));
        }
        if result.status == Status::Unbounded {
            return Ok(RawOutcome::bare(Status::Unbounded));
        }
        let status = result.status;
        let s = &result.stats;
        let components: Vec<String> = s
            .components
            .iter()
            .filter(|c| c.calls > 0)
            .map(|c| format!("{} {}/{} in {:.2} s", c.name, c.found, c.calls, c.time_s))
            .collect();
        let message = format!(
            "{} nodes ({} pruned by propagation, {} by their LP), {} open, {} LP iterations; root LP {} → {} after cuts; conflict clauses {}; time: LP {:.2} s, propagation {:.2} s, cuts {:.2} s, symmetry {:.2} s, branching {:.2} s, heuristics {:.2} s; components (found/calls): {}",
            s.nodes,
            s.pruned_by_propagation,
            s.pruned_by_lp,
            s.open_nodes,
            s.lp_iterations,
            s.root_lp.map_or("-".into(), |z| format!("{z:.6}")),
            s.root_cut_lp.map_or("-".into(), |z| format!("{z:.6}")),
            s.conflicts,
            s.time_lp_s,
            s.time_propagation_s,
            s.time_cuts_s,
            s.time_symmetry_s,
            s.time_branching_s,
            s.time_heuristics_s,
            components.join(", "),
        );
        Ok(RawOutcome {
            status,
            values: result.solution,
            bound: result.bound,
            message: Some(message),
        })
    }
}
