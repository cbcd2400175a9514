//! `heur.rens`: relaxation enforced neighbourhood search (Berthold 2014).
//! A sub-MIP ([`super::sub_mip`]) in which every integer column takes the
//! floor or the ceiling of its LP value, and is fixed where that value is
//! integral, within the node's domains: the best rounding of the LP point
//! that propagation, cuts and a small tree can find.
//!
//! It runs at the root after the cut rounds and every 1000 nodes, when at
//! least half of the integer columns are fixed (a smaller sub-MIP is nearly
//! the whole problem), within 1000 nodes and a tenth of the time left (3 s
//! at most); after a call that finds nothing it backs off
//! ([`BackOff`](super::sub_mip::BackOff)).

use std::time::Duration;

use super::sub_mip::{BackOff, Narrowed, SubMipLimits, solve_sub_mip};
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::tolerances::INTEGRALITY;

/// The share of the integer columns that must be fixed.
const MIN_FIXED_SHARE: f64 = 0.5;

const LIMITS: SubMipLimits = SubMipLimits {
    nodes: 1000,
    time_share: 0.1,
    time_cap: Duration::from_secs(3),
};

/// RENS around the node's LP point.
#[derive(Default)]
pub(crate) struct Rens {
    back_off: BackOff,
}

impl PrimalHeuristic for Rens {
    fn name(&self) -> &str {
        "heur.rens"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 1000,
            offset: 1,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let bounds = rounding_bounds(ctx);
        let found = bounds.fixed_share() >= MIN_FIXED_SHARE && solve_sub_mip(ctx, &bounds, &LIMITS);
        self.back_off.record(found);
    }
}

/// The node's domains, with every integer column narrowed to the floor
/// and ceiling of its LP value (fixed where the value is integral).
fn rounding_bounds(ctx: &HeuristicContext<'_, '_>) -> Narrowed {
    let p = ctx.problem();
    let d = ctx.domains();
    let x = ctx.point();
    let mut bounds = Narrowed::unbounded(p);
    for v in p.vars() {
        let (lo, hi) = (d.lower(v), d.upper(v));
        let xv = x[v.index()];
        if !p.var_kind(v).is_integral() {
            bounds.lower[v.index()] = lo;
            bounds.upper[v.index()] = hi;
        } else if (xv - xv.round()).abs() <= INTEGRALITY || lo == hi {
            bounds.fix(v, xv.round().clamp(lo, hi));
        } else {
            bounds.lower[v.index()] = xv.floor().clamp(lo, hi);
            bounds.upper[v.index()] = xv.ceil().clamp(lo, hi);
        }
    }
    bounds
}
