//! What the large-neighbourhood heuristics (`heur.rens`, `heur.rins`,
//! `heur.local_branching`) share: a sub-MIP over the search's problem with narrowed column bounds,
//! solved by our own [`branch_and_cut_within`] under a node limit and a
//! share of the time left, and the back-off after fruitless calls.
//!
//! A sub-MIP's time is the least of its share of the time left, its cap,
//! and what is left of the sub-MIPs' common allowance: all of them
//! together take at most a fifth of the time the search has taken so far
//! (a call gets at least 0.1 s, and none starts with less than half of
//! that left), so that they stay small beside the search on instances
//! solved in a second. Session 11 let each call take half the search's
//! time; on vpm2 four RINS calls then took 0.5 s of a 3.6 s solve.
//!
//! The sub-MIP has the same rows and columns, so its point is the search's
//! as it is; it is offered (verified) like any other. Inside it the
//! sub-MIP heuristics are switched off (no recursion), and so is symmetry
//! handling (the fixings break most of it, and detection would cost a
//! share of a small budget); its cut rounds are fewer. A known point that
//! lies in the narrowed bounds (the incumbent) is its warm start, so it
//! searches only for better points.

use std::time::Duration;

use crate::bnb::components::{HeuristicContext, Plugins};
use crate::bnb::{BnbSettings, branch_and_cut_within};
use crate::model::{Problem, VarId};

/// The heuristics that run sub-MIPs: switched off inside a sub-MIP.
const SUB_MIP_HEURISTICS: [&str; 3] = ["heur.rens", "heur.rins", "heur.local_branching"];

/// All sub-MIPs together take at most this share of the time the search
/// has taken so far; one call gets at least [`MIN_TIME`] when it starts.
const EFFORT_SHARE: f64 = 0.2;
const MIN_TIME: Duration = Duration::from_millis(100);

/// The time a sub-MIP may take now by the common allowance: `None` when
/// less than half of [`MIN_TIME`] is left of it (the call is declined).
fn allowance(elapsed_s: f64, spent_s: f64) -> Option<Duration> {
    let left = EFFORT_SHARE * elapsed_s - spent_s;
    let floor = MIN_TIME.as_secs_f64();
    if elapsed_s * EFFORT_SHARE >= floor && left < 0.5 * floor {
        return None;
    }
    Some(Duration::from_secs_f64(left.max(floor)))
}

/// Cut rounds at a sub-MIP's root at most.
const SUB_MIP_CUT_ROUNDS: usize = 5;

/// How much one sub-MIP may do.
pub(super) struct SubMipLimits {
    /// Nodes of the sub-MIP's search.
    pub nodes: u64,
    /// The share of the search's time left it may take...
    pub time_share: f64,
    /// ... and at most this.
    pub time_cap: Duration,
}

/// Bounds for a sub-MIP: one `[lower, upper]` per column, intersected with
/// the problem's own when the sub-MIP is built.
pub(super) struct Narrowed {
    pub lower: Vec<f64>,
    pub upper: Vec<f64>,
    /// Integer columns fixed to one value, and integer columns.
    pub fixed: usize,
    pub integers: usize,
}

impl Narrowed {
    /// No column narrowed.
    pub fn unbounded(p: &Problem) -> Self {
        let n = p.num_vars();
        let integers = p.vars().filter(|&v| p.var_kind(v).is_integral()).count();
        Narrowed {
            lower: vec![f64::NEG_INFINITY; n],
            upper: vec![f64::INFINITY; n],
            fixed: 0,
            integers,
        }
    }

    /// Fixes integer column `v` to `value`.
    pub fn fix(&mut self, v: VarId, value: f64) {
        self.lower[v.index()] = value;
        self.upper[v.index()] = value;
        self.fixed += 1;
    }

    /// The share of the integer columns fixed (0 without integers).
    pub fn fixed_share(&self) -> f64 {
        if self.integers == 0 {
            0.0
        } else {
            self.fixed as f64 / self.integers as f64
        }
    }

    /// Whether `x` lies within the narrowed bounds.
    fn contains(&self, x: &[f64]) -> bool {
        x.iter()
            .enumerate()
            .all(|(j, &xj)| self.lower[j] <= xj && xj <= self.upper[j])
    }
}

/// Solves the sub-MIP over `bounds` and offers its best point; true when
/// that point became the incumbent. The sub-MIP's pivots are counted in
/// the run's statistics.
pub(super) fn solve_sub_mip(
    ctx: &mut HeuristicContext<'_, '_>,
    bounds: &Narrowed,
    limits: &SubMipLimits,
) -> bool {
    let sub = ctx
        .problem()
        .with_narrowed_bounds(&bounds.lower, &bounds.upper);
    let warm = ctx
        .incumbent()
        .filter(|x| bounds.contains(x))
        .map(<[f64]>::to_vec);
    solve_restricted(ctx, &sub, warm, limits)
}

/// Solves `sub` (the search's problem restricted: the same columns, maybe
/// a row more) from the warm start `warm` (a point of `sub`) and offers
/// its best point; true when that point became the incumbent.
pub(super) fn solve_restricted(
    ctx: &mut HeuristicContext<'_, '_>,
    sub: &Problem,
    warm: Option<Vec<f64>>,
    limits: &SubMipLimits,
) -> bool {
    let Some(effort) = allowance(ctx.budget().elapsed_s(), ctx.sub_search_time_s()) else {
        return false;
    };
    let settings = sub_mip_settings(ctx.settings(), limits.nodes, warm);
    let budget = ctx
        .budget()
        .share(limits.time_share, limits.time_cap.min(effort));
    let result = branch_and_cut_within(sub, &settings, budget);
    // The share's budget started with the call: its elapsed time is it.
    ctx.count_sub_search(&result.stats, budget.elapsed_s());
    match result.solution {
        Some(x) => ctx.offer(x),
        None => false,
    }
}

/// A sub-MIP's settings: the run's, within `nodes` nodes, without the
/// sub-MIP heuristics, symmetry handling, restarts, log, feed or plugins, with at
/// most [`SUB_MIP_CUT_ROUNDS`] cut rounds.
fn sub_mip_settings(parent: &BnbSettings, nodes: u64, warm: Option<Vec<f64>>) -> BnbSettings {
    let mut disabled = parent.disabled.clone();
    disabled.extend(SUB_MIP_HEURISTICS.iter().map(|s| s.to_string()));
    BnbSettings {
        time_limit: None,
        node_limit: Some(nodes),
        warm_start: warm,
        incumbent_feed: None,
        // The guide is in the columns of the problem the parent was given.
        guide: None,
        log: false,
        root_cut_rounds: parent.root_cut_rounds.min(SUB_MIP_CUT_ROUNDS),
        symmetry: false,
        // A sub-MIP is small and short: a restart would repeat its root.
        restarts: 0,
        known_symmetry: None,
        disabled,
        plugins: Plugins::default(),
        ..parent.clone()
    }
}

/// Back-off after fruitless calls, as SCIP and HiGHS do for their
/// sub-MIPs: after the k-th failure in a row the next `2^k − 1` due
/// occasions (at most 63) are declined; a success resets it.
#[derive(Default)]
pub(crate) struct BackOff {
    failures: u32,
    skip: u64,
}

impl BackOff {
    /// Whether this due occasion is taken.
    pub fn ready(&mut self) -> bool {
        if self.skip > 0 {
            self.skip -= 1;
            false
        } else {
            true
        }
    }

    /// Records a call's outcome.
    pub fn record(&mut self, success: bool) {
        if success {
            self.failures = 0;
            self.skip = 0;
        } else {
            self.failures += 1;
            self.skip = (1u64 << self.failures.min(6)) - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{BackOff, MIN_TIME, allowance};

    #[test]
    fn sub_mips_share_one_allowance_of_a_fifth_of_the_search_time() {
        let floor = MIN_TIME.as_secs_f64();
        let secs = |d: Option<std::time::Duration>| d.map(|d| d.as_secs_f64());
        let is_floor = |d| secs(d).is_some_and(|s| (s - floor).abs() < 1e-9);
        // Early on every call gets the floor, whatever was spent.
        assert!(is_floor(allowance(0.1, 0.3)));
        // After 10 s of search, 2 s in all: 1.5 s spent leaves 0.5 s.
        let left = allowance(10.0, 1.5).unwrap().as_secs_f64();
        assert!((left - 0.5).abs() < 1e-9, "{left}");
        // Less than half the floor left: declined.
        assert_eq!(allowance(10.0, 2.0 - 0.4 * floor), None);
        // Some left but under the floor: the floor.
        assert!(is_floor(allowance(10.0, 2.0 - 0.6 * floor)));
    }

    #[test]
    fn back_off_declines_twice_as_many_occasions_after_each_failure_and_resets_on_success() {
        let mut b = BackOff::default();
        let taken =
            |b: &mut BackOff, occasions: usize| (0..occasions).filter(|_| b.ready()).count();
        assert_eq!(taken(&mut b, 3), 3);
        b.record(false);
        // One declined, then taken.
        assert!(!b.ready());
        assert!(b.ready());
        b.record(false);
        assert_eq!(taken(&mut b, 3), 0);
        assert!(b.ready());
        b.record(true);
        assert!(b.ready());
        for _ in 0..20 {
            b.record(false);
        }
        assert_eq!(taken(&mut b, 63), 0);
        assert!(b.ready());
    }
}
