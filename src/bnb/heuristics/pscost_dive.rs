//! `heur.pscost_dive`: pseudo-cost diving (SCIP's `pscostdiving`). Each
//! step bounds one fractional integer column of the LP point in the
//! direction the branching history favours, then propagates and re-solves
//! ([`super::dive`]).
//!
//! With `f` the fractional part and `d`, `u` the expected objective gains
//! of rounding down (`unit gain down × f`) and up (`unit gain up × (1 −
//! f)`): a column goes down when `f < 0.3`, up when `f > 0.7`, else in the
//! cheaper direction. Its score is `√(1 − distance) · (1 + other) / (1 +
//! this)`, the distance and the gains taken in the chosen direction: a
//! column close to integral in a direction that is cheap compared with the
//! other is bounded first; binaries before general integers (× 1000). The
//! pseudo-costs are the search's own (averages before a column has been
//! branched on), so early dives round mostly by fractionality.
//!
//! It runs every 20 nodes (offset 4) while the heuristics stay within 5 %
//! of the time, backing off after fruitless calls
//! ([`BackOff`](super::sub_mip::BackOff)).

use super::dive::{Rule, dive, is_binary};
use super::sub_mip::BackOff;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};

/// Pseudo-cost diving.
#[derive(Default)]
pub(crate) struct PscostDive {
    back_off: BackOff,
}

impl PrimalHeuristic for PscostDive {
    fn name(&self) -> &str {
        "heur.pscost_dive"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 20,
            offset: 4,
            time_share: 0.05,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let rule: &Rule<'_> = &pscost_choice;
        let found = dive(ctx, rule);
        self.back_off.record(found);
    }
}

/// The candidate with the best pseudo-cost quotient and its direction.
fn pscost_choice(ctx: &HeuristicContext<'_, '_>, candidates: &[(u32, f64)]) -> Option<(u32, bool)> {
    let mut best: Option<(f64, u32, bool)> = None;
    for &(j, xv) in candidates {
        let f = xv - xv.floor();
        let down = ctx.pseudo_cost(j as usize, false) * f;
        let up = ctx.pseudo_cost(j as usize, true) * (1.0 - f);
        let round_up = if f < 0.3 {
            false
        } else if f > 0.7 {
            true
        } else {
            up <= down
        };
        let mut score = if round_up {
            f.sqrt() * (1.0 + down) / (1.0 + up)
        } else {
            (1.0 - f).sqrt() * (1.0 + up) / (1.0 + down)
        };
        if is_binary(ctx, j) {
            score *= 1000.0;
        }
        if best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, j, round_up));
        }
    }
    best.map(|(_, j, up)| (j, up))
}
