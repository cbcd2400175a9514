//! The built-in [`PrimalHeuristic`](super::components::PrimalHeuristic)s,
//! one file each:
//!
//! - `heur.fix_and_propagate` ([`FixAndPropagate`]): integers fixed to
//!   their rounded LP values with propagation, then the LP over the rest;
//!   at the root before the cuts and every 200 nodes while no incumbent is
//!   known;
//! - `heur.feasibility_jump` ([`FeasibilityJump`]): the learned path's
//!   weighted violation walk from the rounded LP point, at the root before
//!   the cuts and every 500 nodes while no incumbent is known (the start
//!   heuristic where rounding fails: cutting stock);
//! - `heur.feasibility_pump` ([`FeasibilityPump`]): the objective
//!   feasibility pump at the root before the cuts while no incumbent is
//!   known, its closest rounding given to fix-and-propagate;
//! - `heur.lp_dive` ([`LpDive`]): fractional diving on a copy of the node
//!   LP, every 100 nodes within a tenth of the time;
//! - `heur.pscost_dive` ([`PscostDive`]) and `heur.guided_dive`
//!   ([`GuidedDive`]): single-column dives (`dive.rs`) by pseudo-costs and
//!   towards a guide (the settings' reference point, else the incumbent),
//!   with a one-level backtrack, every 20 nodes within 5 % of the time,
//!   backing off after fruitless calls;
//! - `heur.one_opt` ([`OneOpt`]): the incumbent's integer columns shifted
//!   one at a time in their improving direction while every row holds,
//!   after each new incumbent;
//! - `heur.local_search` ([`LocalSearch`]): the same walk as
//!   `heur.feasibility_jump` started from the incumbent under a cutoff one
//!   step better (items moved and exchanged between bins, knapsacks,
//!   machines), after each new incumbent, backing off after fruitless calls;
//! - `heur.rens` ([`Rens`]) and `heur.rins` ([`Rins`]): sub-MIPs
//!   (`sub_mip.rs`) over the LP point's roundings and over the columns
//!   where the incumbent and the LP point agree, solved by
//!   [`branch_and_cut_within`](crate::bnb::branch_and_cut_within) under a
//!   node limit and a share of the time, backing off after failures;
//! - `heur.local_branching` ([`LocalBranching`]): a sub-MIP over the
//!   points within 10 binary flips of the incumbent, every 500 nodes.

mod dive;
mod feasibility_jump;
mod feasibility_pump;
mod fix_and_propagate;
mod guided_dive;
mod local_branching;
mod local_search;
mod lp_dive;
mod one_opt;
mod pscost_dive;
mod rens;
mod rins;
mod sub_mip;

pub(crate) use feasibility_jump::{FeasibilityJump, is_large_lp, walk_before_root};
pub(crate) use feasibility_pump::FeasibilityPump;
pub(crate) use fix_and_propagate::FixAndPropagate;
pub(crate) use guided_dive::GuidedDive;
pub(crate) use local_branching::LocalBranching;
pub(crate) use local_search::LocalSearch;
pub(crate) use lp_dive::LpDive;
pub(crate) use one_opt::OneOpt;
pub(crate) use pscost_dive::PscostDive;
pub(crate) use rens::Rens;
pub(crate) use rins::Rins;
pub(crate) use sub_mip::BackOff;

use crate::budget::Budget;
use crate::domains::Domains;
use crate::model::VarId;

/// Fixes integer column `v` to its LP value `xv` rounded (within its
/// domain), or to the value one step to the other side when propagation
/// refuses; false when both fail (the domains are then unchanged) or when
/// the budget has run out (a dive stops there).
fn fix_near(domains: &mut Domains<'_>, v: VarId, xv: f64, budget: &Budget) -> bool {
    if budget.expired() {
        return false;
    }
    let (lo, hi) = (domains.lower(v), domains.upper(v));
    let near = xv.round().clamp(lo, hi);
    let other = if xv >= near { near + 1.0 } else { near - 1.0 };
    domains.fix(v, near).is_ok()
        || (other >= lo && other <= hi && !budget.expired() && domains.fix(v, other).is_ok())
}
