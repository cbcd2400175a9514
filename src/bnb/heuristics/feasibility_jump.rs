//! `heur.feasibility_jump`: a first feasible point without the LP's help,
//! by the weighted violation walk of the learned path
//! ([`Walk`](crate::pipeline::Walk), Feasibility Jump in the style of
//! Luteberget and Sartor 2023, with one-hot shifts and a breakout) started
//! from the rounded LP point; once it has a point it goes on under an
//! objective cutoff until it stalls.
//!
//! **Why this and not shift-and-propagate or a feasibility pump.** On the
//! cutting-stock family (`generate cutstock`) the plain search found no
//! point in 10 s although every peer finds one in under a second. The
//! instance has as many rolls as a first-fit packing needs and the LP
//! bound is within a few percent of that: the capacity is nearly all
//! used. An LP vertex has at most one nonzero per row (45 of 525 columns
//! on cutstock20), so fix-and-propagate, fixing the most integral columns
//! first, fixes nearly every pattern column to 0 and leaves too few to
//! pack the items; the dive's LPs follow the same support, and without a
//! way back both fail once a demand row cannot be met. A feasibility pump
//! rounds the same vertex and projects it back onto the same nearly-full
//! LP polytope: its rounding targets are the ones that failed, and on
//! general integers (the counts here) its distance function needs
//! auxiliary columns our LP does not support cheaply. Shift-and-propagate
//! starts from a trivial point, chooses each column's value by the rows it
//! violates and never undoes a fixing: with a roll's open/close binary in
//! every capacity row, opening the roll and placing an item are separate
//! decisions that each look useless alone. A walk that may undo moves and
//! weighs the rows it keeps violating does pack the rolls (the learned
//! path's tests show it reaching first fit on bin packing), needs no LP,
//! and costs a few milliseconds when the rounding is nearly right (multiple
//! knapsack, assignment), where it repairs the rounded LP point.
//!
//! It runs at the root on the first LP point and every 500 nodes from node
//! 250 while no incumbent is known (a second walk at node 3, as before
//! session 12, cost infeasible-mip0 another 0.25 s of its 0.55 s; within
//! a tenth of the time for all heuristics,
//! backing off after fruitless calls as the sub-MIPs do: enigma, a
//! feasibility puzzle, has no point for it to find), each time for at most
//! 5 % of the time left (1 s at most); without a point it gives up after
//! as long as the search has run (at least 0.25 s), and with one it stops
//! once it has not improved it for half its running time. A problem
//! without an objective is left to the other heuristics (the walk needs a
//! cost to move its cutoff).

use std::time::{Duration, Instant};

use super::sub_mip::BackOff;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::budget::Budget;
use crate::model::{Problem, Sense, Solution};
use crate::pipeline::{Incumbent, LocalSearch, Walk};
use crate::verify::Tolerances;

/// The share of the time left one call may take, and its cap.
pub(super) const TIME_SHARE: f64 = 0.05;
pub(super) const TIME_CAP: Duration = Duration::from_secs(1);
/// Seconds a walk looks for its first point at least (longer when the
/// search has run longer). A floor in moves per nonzero instead (40:
/// enigma, with no point to find, makes 54 per nonzero in 0.25 s) was
/// tried in session 12 and dropped: the default cutting stock 9502 needs
/// more than 40 at the root.
const FIRST_POINT_TIME: f64 = 0.25;

/// The weighted violation walk from the rounded LP point.
#[derive(Default)]
pub(crate) struct FeasibilityJump {
    /// Calls so far: each walk gets its own seed.
    calls: u64,
    back_off: BackOff,
}

impl PrimalHeuristic for FeasibilityJump {
    fn name(&self) -> &str {
        "heur.feasibility_jump"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            before_cuts: true,
            every: 500,
            offset: 250,
            only_without_incumbent: true,
            time_share: 0.1,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let p = ctx.problem();
        if !has_objective(p) {
            return;
        }
        self.calls += 1;
        let budget = ctx.budget().share(TIME_SHARE, TIME_CAP);
        let patience = Patience {
            first_point_s: ctx.budget().elapsed_s().max(FIRST_POINT_TIME),
            stall_s: STALL_S,
        };
        let best = walk(
            p,
            (ctx.point(), None),
            (&budget, patience),
            self.calls,
            &|| false,
        );
        let kept = best.is_some_and(|x| ctx.offer(x));
        self.back_off.record(kept);
    }
}

/// How long a walk goes on (besides its budget).
pub(super) struct Patience {
    /// Without a better point, it gives up after this many seconds.
    pub first_point_s: f64,
    /// With one, it stops when it has not improved for half its running
    /// time and at least this many seconds.
    pub stall_s: f64,
}

/// Seconds without a better point after which a walk that has found one
/// stops at the earliest.
const STALL_S: f64 = 0.05;

/// One walk on `p` from `start` (rounded into the bounds; with
/// `objective`, a feasible point of that objective, and the walk's cutoff
/// one step better) within `budget`, until `patience` runs out or `stop`
/// says so: its best point, if it found one.
pub(super) fn walk(
    p: &Problem,
    (start, objective): (&[f64], Option<f64>),
    (budget, patience): (&Budget, Patience),
    seed: u64,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<f64>> {
    let found = Incumbent::new(Instant::now());
    // No cutoff until the walk has a point: the worst objective.
    let cutoff = objective.unwrap_or(match p.sense() {
        Sense::Minimize => f64::INFINITY,
        Sense::Maximize => f64::NEG_INFINITY,
    });
    let settings = LocalSearch {
        seed,
        ..LocalSearch::default()
    };
    let mut walk = Walk::new(p, &settings, start, cutoff, None, Tolerances::default());
    walk.run(&found, &|w| {
        let since = w.elapsed().as_secs_f64();
        if budget.expired() || stop() {
            return true;
        }
        // Stalled: a point, and no better one for half the time.
        match w.stats().last_improvement_s {
            Some(_) => w.stalled(patience.stall_s),
            None => since > patience.first_point_s,
        }
    });
    found
        .best()
        .map(|best| Solution::into_values(best.solution))
}

/// Rows plus columns from which the root LP is large enough to take a
/// good share of a short limit with our dense-kernel simplex (bin packing
/// with 150 items: 22,650 columns; a 15-coloring of G(100, 0.3): 23,320
/// rows): a walk runs before it, so that a point and a cutoff exist even
/// when the LP takes most of the limit.
const LARGE_LP: usize = 20_000;

/// Whether `p`'s root LP gets the walk before it: large (see [`LARGE_LP`])
/// and with an objective (the walk needs one to move its cutoff).
pub(crate) fn is_large_lp(p: &Problem) -> bool {
    p.num_rows() + p.num_vars() >= LARGE_LP && has_objective(p)
}

/// Whether `p` has a cost on some column: the walk moves its cutoff by it.
pub(super) fn has_objective(p: &Problem) -> bool {
    p.vars().any(|v| p.objective_coefficient(v) != 0.0)
}

/// The walk before a large root LP (see [`LARGE_LP`]), from the point of
/// `lower`/`upper` nearest zero, within 5 % of the time left (1 s at most);
/// without a point it may take all of that (the LP after it is slow
/// anyway). Call it only when [`is_large_lp`].
pub(crate) fn walk_before_root(
    p: &Problem,
    (lower, upper): (&[f64], &[f64]),
    budget: &Budget,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<f64>> {
    let start: Vec<f64> = lower
        .iter()
        .zip(upper)
        .map(|(&l, &u)| 0.0_f64.clamp(l, u.max(l)))
        .collect();
    let share = budget.share(TIME_SHARE, TIME_CAP);
    let patience = Patience {
        first_point_s: TIME_CAP.as_secs_f64(),
        stall_s: STALL_S,
    };
    walk(p, (&start, None), (&share, patience), 0, stop)
}
