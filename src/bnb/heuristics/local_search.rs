//! `heur.local_search`: the weighted violation walk of the learned path
//! ([`Walk`](crate::pipeline::Walk), the moves of 0-1 rows: shifts along one-hot and at-most-one
//! rows, insertions and removals in covering rows, exchanges of two shifts
//! between bins, knapsacks or machines, and 1-opt) started from the
//! incumbent under a cutoff one objective step better, so that every point
//! it reaches is an improvement.
//!
//! **Why.** `heur.feasibility_jump` runs the same walk only while no
//! incumbent is known. Where a dive or fix-and-propagate finds the first
//! point, nothing moved items between bins afterwards: plain `solve` on
//! fresh 60-item bin packings kept 28 bins for the whole limit where the
//! learned path's walk (from its own first point) has the optimum 26 in a
//! tenth of a second. A tree improves such an incumbent only when a leaf
//! beats it; the walk needs a few thousand moves.
//!
//! It runs after each new incumbent (the root's first one included) and
//! every 200 nodes (each walk with its own seed: a walk that stalled in
//! one local optimum may leave it the next time; fresh 60×10 multiple
//! knapsacks and 60-job assignments gained a few units at 30 s), within a
//! tenth of the heuristics' time share, for at most 5 % of the time left
//! (1 s at most, as `heur.feasibility_jump`), and stops when it has not
//! improved for half its running time (at least 0.1 s). Its best point is
//! offered when it stops. Fruitless calls back off (1, 3, 7, ... occasions
//! skipped), like the sub-MIPs'.

use super::feasibility_jump::{Patience, TIME_CAP, TIME_SHARE, has_objective, walk};
use super::sub_mip::BackOff;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};

/// Seconds without a better point after which a walk stops at the earliest
/// (also when it has found none).
const STALL_S: f64 = 0.1;

/// The walk from the incumbent.
#[derive(Default)]
pub(crate) struct LocalSearch {
    /// Calls so far: each walk gets its own seed.
    calls: u64,
    back_off: BackOff,
}

impl PrimalHeuristic for LocalSearch {
    fn name(&self) -> &str {
        "heur.local_search"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            after_incumbent: true,
            every: 200,
            offset: 100,
            only_with_incumbent: true,
            time_share: 0.1,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let p = ctx.problem();
        let Some(start) = ctx.incumbent().map(<[f64]>::to_vec) else {
            return;
        };
        if !has_objective(p) {
            return;
        }
        self.calls += 1;
        let budget = ctx.budget().share(TIME_SHARE, TIME_CAP);
        let patience = Patience {
            first_point_s: STALL_S,
            stall_s: STALL_S,
        };
        let objective = Some(p.objective_value(&start));
        let seed = self.calls ^ 0x1c5;
        let best = walk(p, (&start, objective), (&budget, patience), seed, &|| false);
        let kept = best.is_some_and(|x| ctx.offer(x));
        self.back_off.record(kept);
    }
}
