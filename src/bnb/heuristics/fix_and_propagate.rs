//! `heur.fix_and_propagate`: fix-and-propagate guided by the LP point.
//! Integers are fixed to their rounded LP value (most nearly integral
//! first; the other side when propagation refuses), then the LP over what
//! is left is solved; its point is offered. The budget is checked between
//! fixings.

use super::fix_near;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::model::VarId;
use crate::simplex::LpStatus;

/// Fix-and-propagate from the LP point.
pub(crate) struct FixAndPropagate;

impl PrimalHeuristic for FixAndPropagate {
    fn name(&self) -> &str {
        "heur.fix_and_propagate"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            before_cuts: true,
            every: 200,
            offset: 1,
            only_without_incumbent: true,
            ..Schedule::default()
        }
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let x = ctx.point();
        fix_and_solve(ctx, x);
    }
}

/// Fixes the integers to their values at `x` rounded (most nearly
/// integral first; the other side when propagation refuses), solves the LP
/// over the rest with the problem's objective and offers its point; true
/// when it became the incumbent. The feasibility pump ends with this on
/// its closest rounding.
pub(super) fn fix_and_solve(ctx: &mut HeuristicContext<'_, '_>, x: &[f64]) -> bool {
    let p = ctx.problem();
    let budget = *ctx.budget();
    let mut domains = ctx.domains().clone();
    let mut order: Vec<VarId> = p.vars().filter(|&v| p.var_kind(v).is_integral()).collect();
    let frac = |v: VarId| (x[v.index()] - x[v.index()].round()).abs();
    order.sort_by(|&a, &b| frac(a).total_cmp(&frac(b)).then(a.cmp(&b)));
    for v in order {
        if !domains.is_fixed(v) && !fix_near(&mut domains, v, x[v.index()], &budget) {
            return false;
        }
    }
    let mut lp = ctx.lp().clone();
    for v in p.vars() {
        let (lo, hi) = (domains.lower(v), domains.upper(v));
        ctx.set_bounds(&mut lp, v.index(), lo, hi);
    }
    ctx.solve(&mut lp, None, None) == LpStatus::Optimal && ctx.offer(lp.x().to_vec())
}
