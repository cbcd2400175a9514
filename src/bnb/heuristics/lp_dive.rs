//! `heur.lp_dive`: fractional diving from the node's LP point. Each round
//! fixes the integer columns closest to integrality (a tenth of the
//! fractional ones, at least one; the other side when propagation
//! refuses), propagates, and re-solves a copy of the LP warm-started and
//! cut off at the incumbent, until the LP point is integral (it is
//! offered), the dive fails or the budget runs out. At most
//! `MAX_DIVE_ROUNDS` rounds and `DIVE_ITERATIONS` pivots per round.

use super::fix_near;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::model::VarId;
use crate::simplex::LpStatus;

const MAX_DIVE_ROUNDS: usize = 60;
const DIVE_ITERATIONS: u64 = 2_000;

/// Fractional diving.
pub(crate) struct LpDive;

impl PrimalHeuristic for LpDive {
    fn name(&self) -> &str {
        "heur.lp_dive"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 100,
            offset: 2,
            time_share: 0.1,
            ..Schedule::default()
        }
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let budget = *ctx.budget();
        let mut domains = ctx.domains().clone();
        let mut lp = ctx.lp().clone();
        let mut x = lp.x().to_vec();
        for _ in 0..MAX_DIVE_ROUNDS {
            let mut candidates = ctx.fractional(&x);
            if candidates.is_empty() {
                ctx.offer(x);
                return;
            }
            let frac = |xv: f64| (xv - xv.round()).abs();
            candidates.sort_by(|a, b| frac(a.1).total_cmp(&frac(b.1)).then(a.0.cmp(&b.0)));
            let take = (candidates.len() / 10).max(1);
            let mark = domains.mark();
            for &(j, xv) in candidates.iter().take(take) {
                let v = VarId(j);
                if !domains.is_fixed(v) && !fix_near(&mut domains, v, xv, &budget) {
                    return;
                }
            }
            let changed: Vec<VarId> = domains.changed_since(mark).collect();
            for v in changed {
                let (lo, hi) = (domains.lower(v), domains.upper(v));
                ctx.set_bounds(&mut lp, v.index(), lo, hi);
            }
            let cutoff = ctx.cutoff();
            if ctx.solve(&mut lp, Some(DIVE_ITERATIONS), cutoff) != LpStatus::Optimal {
                return;
            }
            x = lp.x().to_vec();
        }
    }
}
