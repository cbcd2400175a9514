//! What the single-column dives (`heur.pscost_dive`, `heur.guided_dive`)
//! share, after SCIP's diving heuristics: at each step a rule picks one
//! fractional integer column of the LP point and a direction; the column's
//! bound moves past its LP value (`x ≥ ⌈x*⌉` up, `x ≤ ⌊x*⌋` down), the
//! domains propagate, and a copy of the node LP is re-solved warm-started
//! under the incumbent's cutoff. When propagation or the LP refuses the
//! step, the other direction is tried once (a one-level backtrack); when
//! both fail, the dive ends. An integral LP point is offered.
//!
//! A dive is capped in depth, in pivots (at most [`PIVOT_SHARE`] of the
//! pivots the run has made so far, at least [`MIN_PIVOTS`], so that on a
//! long run diving stays a small part of the LP work, as SCIP's
//! `maxlpiterquot` keeps it) and in time ([`TIME_SHARE`] of the time
//! left, at most [`TIME_CAP`]: on nw04's 87,000 columns a pivot costs
//! milliseconds, and an uncapped dive took 2.6 s of a 10 s run).

use std::time::Duration;

use crate::bnb::components::HeuristicContext;
use crate::budget::Budget;
use crate::domains::Domains;
use crate::model::VarId;
use crate::simplex::{Lp, LpStatus};

/// Steps (bound changes kept) per dive at most.
const MAX_DEPTH: usize = 200;
/// A dive's pivots: at most this share of the run's so far...
const PIVOT_SHARE: f64 = 0.05;
/// ... but always at least this many.
const MIN_PIVOTS: u64 = 1_000;
/// A dive's share of the time left, and its cap.
const TIME_SHARE: f64 = 0.02;
const TIME_CAP: Duration = Duration::from_millis(300);

/// The choice of a dive step: among the LP point's fractional integer
/// columns `(column, value)`, the column to bound and whether up; `None`
/// ends the dive.
pub(super) type Rule<'r> =
    dyn Fn(&HeuristicContext<'_, '_>, &[(u32, f64)]) -> Option<(u32, bool)> + 'r;

/// Dives from the node's LP point by `rule`; true when an offered point
/// became the incumbent.
pub(super) fn dive(ctx: &mut HeuristicContext<'_, '_>, rule: &Rule<'_>) -> bool {
    let budget = ctx.budget().share(TIME_SHARE, TIME_CAP);
    let mut domains = ctx.domains().clone();
    let mut lp = ctx.lp().clone();
    let mut x = ctx.point().to_vec();
    let pivots_at_start = lp.total_iterations();
    let cap = MIN_PIVOTS.max((PIVOT_SHARE * ctx.lp_iterations() as f64) as u64);
    for _ in 0..MAX_DEPTH {
        let candidates = ctx.fractional(&x);
        if candidates.is_empty() {
            return ctx.offer(x);
        }
        let left = cap.saturating_sub(lp.total_iterations() - pivots_at_start);
        if budget.expired() || left == 0 {
            return false;
        }
        let Some((j, up)) = rule(ctx, &candidates) else {
            return false;
        };
        let xv = x[j as usize];
        let stepped = [up, !up].into_iter().any(|dir| {
            step(
                ctx,
                (&mut domains, &mut lp),
                (VarId(j), xv, dir),
                (left, &budget),
            )
        });
        if !stepped {
            return false;
        }
        x = lp.x().to_vec();
    }
    false
}

/// One step: column `v` at LP value `xv` bounded up or down, propagated,
/// the LP re-solved within `pivots` and the dive's time; true when the LP
/// is optimal. On a failure the domains and the LP's bounds are as before.
fn step(
    ctx: &mut HeuristicContext<'_, '_>,
    (domains, lp): (&mut Domains<'_>, &mut Lp),
    (v, xv, up): (VarId, f64, bool),
    (pivots, budget): (u64, &Budget),
) -> bool {
    let mark = domains.mark();
    let (lo, hi) = if up {
        (xv.ceil(), domains.upper(v))
    } else {
        (domains.lower(v), xv.floor())
    };
    if lo > hi || domains.restrict(v, lo, hi).is_err() {
        return false;
    }
    let changed: Vec<VarId> = domains.changed_since(mark).collect();
    sync_bounds(ctx, domains, lp, &changed);
    let cutoff = ctx.cutoff();
    if ctx.solve_by(lp, (Some(pivots), cutoff), budget.deadline()) == LpStatus::Optimal {
        return true;
    }
    domains.undo(mark);
    sync_bounds(ctx, domains, lp, &changed);
    false
}

/// Copies the domains of `vars` into the LP's column bounds.
fn sync_bounds(
    ctx: &mut HeuristicContext<'_, '_>,
    domains: &Domains<'_>,
    lp: &mut Lp,
    vars: &[VarId],
) {
    for &v in vars {
        ctx.set_bounds(lp, v.index(), domains.lower(v), domains.upper(v));
    }
}

/// Whether column `j` is a binary (SCIP's dives prefer them: a binary's
/// bound change fixes it, and on a binary program it is the decision).
pub(super) fn is_binary(ctx: &HeuristicContext<'_, '_>, j: u32) -> bool {
    let p = ctx.problem();
    let v = VarId(j);
    p.var_kind(v).is_integral() && p.var_lower(v) >= 0.0 && p.var_upper(v) <= 1.0
}
