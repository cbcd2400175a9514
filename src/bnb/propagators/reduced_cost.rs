//! Reduced-cost fixing: a nonbasic integer column with reduced cost `d` at
//! an LP optimum of value `z` cannot move more than `(cutoff − z)/|d|` from
//! its bound without the LP value exceeding the cutoff.
//!
//! - `prop.redcost_root`: against the root LP after the cut rounds, at
//!   every node (global bounds);
//! - `prop.redcost_node`: against the node's own LP, after it is solved
//!   (the node's bounds; the LP is solved again when it fixed something).

use crate::bnb::components::{Hooks, PropagationContext, Propagator};
use crate::domains::Conflict;
use crate::tolerances::INTEGRALITY;

/// Reduced costs below this in absolute value are ignored.
const MIN_REDUCED_COST: f64 = 1e-7;

/// Fixing against the root LP.
#[derive(Default)]
pub(crate) struct ReducedCostsAtRoot {
    /// Root LP value and the reduced costs of the integer columns nonbasic
    /// at a global bound.
    root: Option<(f64, Vec<(u32, f64)>)>,
}

impl Propagator for ReducedCostsAtRoot {
    fn name(&self) -> &str {
        "prop.redcost_root"
    }

    fn hooks(&self) -> Hooks {
        Hooks {
            at_node: true,
            ..Hooks::default()
        }
    }

    fn root_lp_final(&mut self, ctx: &PropagationContext<'_, '_>) {
        let (Some(z), lp) = (ctx.lp_value(), ctx.lp()) else {
            return;
        };
        let (d, x) = (lp.reduced_costs(), lp.x());
        let (lower, upper) = (ctx.global_lower(), ctx.global_upper());
        let p = ctx.problem();
        let kept = p
            .vars()
            .map(|v| v.index())
            .filter(|&j| p.var_kind(crate::model::VarId(j as u32)).is_integral())
            .filter(|&j| !lp.is_basic(j))
            .filter(|&j| {
                let at_lower = (x[j] - lower[j]).abs() < INTEGRALITY;
                let at_upper = (x[j] - upper[j]).abs() < INTEGRALITY;
                (d[j] > MIN_REDUCED_COST && at_lower) || (d[j] < -MIN_REDUCED_COST && at_upper)
            })
            .map(|j| (j as u32, d[j]))
            .collect();
        self.root = Some((z, kept));
    }

    fn at_node(&mut self, ctx: &mut PropagationContext<'_, '_>) -> Result<u64, Conflict> {
        let (Some(cutoff), Some((z_root, reduced))) = (ctx.cutoff(), &self.root) else {
            return Ok(0);
        };
        let slack = cutoff - z_root;
        let (lower, upper) = (ctx.global_lower(), ctx.global_upper());
        let changes: Vec<(u32, f64, f64)> = reduced
            .iter()
            .map(|&(j, d)| bound(j, d, slack, lower[j as usize], upper[j as usize]))
            .collect();
        Ok(ctx.tighten_and_propagate(changes.into_iter())? as u64)
    }
}

/// Fixing against the node's LP.
pub(crate) struct ReducedCostsAtNode;

impl Propagator for ReducedCostsAtNode {
    fn name(&self) -> &str {
        "prop.redcost_node"
    }

    fn hooks(&self) -> Hooks {
        Hooks {
            after_lp: true,
            ..Hooks::default()
        }
    }

    fn after_lp(&mut self, ctx: &mut PropagationContext<'_, '_>) -> Result<u64, Conflict> {
        let (Some(cutoff), Some(z)) = (ctx.cutoff(), ctx.lp_value()) else {
            return Ok(0);
        };
        let slack = cutoff - z;
        let lp = ctx.lp();
        let (d, x) = (lp.reduced_costs(), lp.x());
        let p = ctx.problem();
        let domains = ctx.domains();
        let mut changes = Vec::new();
        for v in p.vars() {
            let j = v.index();
            if !p.var_kind(v).is_integral() || domains.is_fixed(v) || lp.is_basic(j) {
                continue;
            }
            let (lo, hi) = (domains.lower(v), domains.upper(v));
            let at_lower = d[j] > MIN_REDUCED_COST && (x[j] - lo).abs() < INTEGRALITY;
            let at_upper = d[j] < -MIN_REDUCED_COST && (x[j] - hi).abs() < INTEGRALITY;
            if at_lower || at_upper {
                changes.push(bound(v.0, d[j], slack, lo, hi));
            }
        }
        Ok(ctx.tighten_and_propagate(changes.into_iter())? as u64)
    }
}

/// The bound reduced-cost fixing gives column `j` with reduced cost `d` at
/// `lower` (`d > 0`) or `upper` (`d < 0`): it cannot move more than
/// `slack / |d|` from there without the LP value exceeding the cutoff.
fn bound(j: u32, d: f64, slack: f64, lower: f64, upper: f64) -> (u32, f64, f64) {
    let room = (slack / d.abs() + 1e-9).floor();
    if d > 0.0 {
        (j, f64::NEG_INFINITY, lower + room)
    } else {
        (j, upper - room, f64::INFINITY)
    }
}
