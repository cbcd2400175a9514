//! `heur.rins`: relaxation induced neighbourhood search (Danna, Rothberg
//! and Le Pape 2005). A sub-MIP ([`super::sub_mip`]) in which every
//! integer column where the incumbent and the node's LP point agree is
//! fixed to that value; the others keep the problem's bounds, so the
//! incumbent lies inside and is the sub-MIP's warm start (it looks for
//! better points only).
//!
//! It runs once an incumbent is known: at the first node after a new one
//! (the root's cut rounds included) and every 200 nodes, within a fifth of
//! the heuristics' time share, when at least 30 % of the integer columns
//! are fixed; each call within 500 nodes and a tenth of the time left (3 s
//! at most), backing off after fruitless calls
//! ([`BackOff`](super::sub_mip::BackOff)).

use std::time::Duration;

use super::sub_mip::{BackOff, Narrowed, SubMipLimits, solve_sub_mip};
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};
use crate::tolerances::INTEGRALITY;

/// The share of the integer columns that must be fixed.
const MIN_FIXED_SHARE: f64 = 0.3;

const LIMITS: SubMipLimits = SubMipLimits {
    nodes: 500,
    time_share: 0.1,
    time_cap: Duration::from_secs(3),
};

/// RINS between the incumbent and the node's LP point.
#[derive(Default)]
pub(crate) struct Rins {
    back_off: BackOff,
}

impl PrimalHeuristic for Rins {
    fn name(&self) -> &str {
        "heur.rins"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 200,
            offset: 7,
            after_incumbent: true,
            only_with_incumbent: true,
            time_share: 0.2,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let Some(bounds) = agreement_bounds(ctx) else {
            return;
        };
        let found = bounds.fixed_share() >= MIN_FIXED_SHARE && solve_sub_mip(ctx, &bounds, &LIMITS);
        self.back_off.record(found);
    }
}

/// Every integer column where the incumbent and the LP point agree fixed
/// to that value; `None` without an incumbent.
fn agreement_bounds(ctx: &HeuristicContext<'_, '_>) -> Option<Narrowed> {
    let p = ctx.problem();
    let incumbent = ctx.incumbent()?;
    let x = ctx.point();
    let mut bounds = Narrowed::unbounded(p);
    for v in p.vars().filter(|&v| p.var_kind(v).is_integral()) {
        let (xv, iv) = (x[v.index()], incumbent[v.index()]);
        if (xv - iv).abs() <= INTEGRALITY {
            bounds.fix(v, iv);
        }
    }
    Some(bounds)
}
