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
//! It runs at the root on the first LP point and every 500 nodes while no
//! incumbent is known (within a tenth of the time for all heuristics,
//! backing off after fruitless calls as the sub-MIPs do: enigma, a
//! feasibility puzzle, has no point for it to find), each time for at most
//! 5 % of the time left (1 s at most); without a point it gives up after
//! as long as the search has run (at least 0.25 s or 40 moves per nonzero,
//! whichever comes first), and with one it stops
//! once it has not improved it for half its running time. A problem
//! without an objective is left to the other heuristics (the walk needs a
//! cost to move its cutoff).

use std::time::{Duration, Instant};

use super::sub_mip::BackOff;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::model::{Sense, Solution};
use crate::pipeline::{Incumbent, LocalSearch, Walk};
use crate::verify::Tolerances;

/// The share of the time left one call may take, and its cap.
const TIME_SHARE: f64 = 0.05;
const TIME_CAP: Duration = Duration::from_secs(1);
/// Seconds a walk looks for its first point at most while the search is
/// young (longer when the search has run longer)...
const FIRST_POINT_TIME: f64 = 0.25;
/// ... unless it has made this many moves per nonzero of the problem
/// first. Walks that find a point find it within about 30 moves per
/// nonzero (cutting stock 20 types: 2 to 21); enigma, with no point to
/// find, spent its whole 0.25 s (15,600 moves, 54 per nonzero) in session
/// 11, most of its solve.
const FIRST_POINT_STEPS_PER_NONZERO: u64 = 40;

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
            offset: 3,
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
        if p.vars().all(|v| p.objective_coefficient(v) == 0.0) {
            return;
        }
        self.calls += 1;
        let budget = ctx.budget().share(TIME_SHARE, TIME_CAP);
        let found = Incumbent::new(Instant::now());
        // No cutoff until the walk has a point: the worst objective.
        let loose = match p.sense() {
            Sense::Minimize => f64::INFINITY,
            Sense::Maximize => f64::NEG_INFINITY,
        };
        let settings = LocalSearch {
            seed: self.calls,
            ..LocalSearch::default()
        };
        let tolerances = Tolerances::default();
        let mut walk = Walk::new(p, &settings, ctx.point(), loose, None, tolerances);
        // Without a point, no longer than the search has run, and no
        // longer than FIRST_POINT_TIME or a number of moves before that.
        let searched = ctx.budget().elapsed_s();
        let first_steps = FIRST_POINT_STEPS_PER_NONZERO * p.num_nonzeros().max(1) as u64;
        walk.run(&found, &|w| {
            let since = w.elapsed().as_secs_f64();
            if budget.expired() {
                return true;
            }
            // Stalled: a point, and no better one for half the time.
            match w.stats().last_improvement_s {
                Some(last) => since - last > (0.5 * since).max(0.05),
                None => {
                    since > searched && (since > FIRST_POINT_TIME || w.stats().steps >= first_steps)
                }
            }
        });
        let kept = found
            .best()
            .is_some_and(|best| ctx.offer(Solution::into_values(best.solution)));
        self.back_off.record(kept);
    }
}
