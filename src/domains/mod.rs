//! Variable domains under bound propagation: the one propagation engine of
//! symbreak, shared by the repair stage (`pipeline`: fix-and-propagate, the
//! dive) and the branch-and-cut (`bnb`: every node).
//!
//! Activity-based bound propagation over the rows, as in any MIP presolve:
//! for a row `lo <= Σ a_j x_j <= hi`, the smallest and largest activity of
//! the other entries bound `a_j x_j`, which tightens `x_j` (rounded inward
//! for integers). Rows whose variables changed are queued until nothing
//! changes or a work limit is reached. An optional **objective cutoff** is a
//! row of its own, `c·x <= cutoff` in minimization form: once an incumbent
//! is known, it fixes variables whose cost alone would exceed it.
//!
//! Every change is recorded on a trail, with its reason, so a search can
//! set a mark, try a fixing and return to the mark;
//! [`Domains::changed_since`] lists what moved (the branch-and-cut copies
//! those bounds into its node LP). From the reasons, conflict analysis
//! (`conflict.rs`) explains a conflict — a row propagation found empty, a
//! learned clause all of whose literals are false, or a row aggregated from
//! an infeasible or cut-off LP — by the given changes that led to it and
//! learns the clause that forbids them together. Learned clauses live in
//! their own store (`clauses.rs`) with two watched literals each: fixing a
//! binary visits only the clauses watching the literal it made false.

mod clauses;
mod conflict;

use std::collections::VecDeque;

use crate::model::{Problem, VarId};

pub use conflict::{Literal, ProofRow};

/// Why a domain changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reason {
    /// Set from outside ([`Domains::tighten`]: a branching, a fixing).
    Given,
    /// Propagated from a row: a problem row or the objective row
    /// (`num_rows`).
    Row(u32),
    /// Propagated from learned clause `k` of the clause store.
    Clause(u32),
}

/// What the last conflict propagation found is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Culprit {
    /// A side of a row (a problem row or the objective row).
    Row(u32, Side),
    /// A learned clause with every literal false.
    Clause(u32),
}

/// One entry of the trail.
#[derive(Clone, Copy, Debug)]
struct Change {
    var: VarId,
    old: (f64, f64),
    new: (f64, f64),
    reason: Reason,
    /// The variable's previous entry on the trail (`NONE` if none).
    prev: u32,
}

const NONE: u32 = u32::MAX;

/// The smallest relative move of a continuous bound that propagation
/// records (see `Domains::narrow`).
const CONTINUOUS_STEP: f64 = 0.05;

/// The side of a row a bound or a conflict comes from: `Upper` is
/// `Σ a_j x_j <= hi` (the others' smallest activity), `Lower` is
/// `Σ a_j x_j >= lo` (their largest).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Upper,
    Lower,
}

/// A row of the domains' own, beyond the problem's: the objective row
/// `c·x <= cutoff` (`lo = −∞`).
#[derive(Clone, Debug, Default)]
struct OwnRow {
    idx: Vec<u32>,
    val: Vec<f64>,
    lo: f64,
}

/// The extreme activities of one row, kept up to date with every change and
/// undo: a filter that lets propagation skip, in constant time, a row that
/// can neither conflict nor tighten a bound. A row that passes the filter is
/// propagated from activities recomputed exactly, which also refreshes this
/// cache, so rounding drift never accumulates past one propagation.
#[derive(Clone, Copy, Debug, Default)]
struct Activity {
    min_fin: f64,
    min_inf: u32,
    max_fin: f64,
    max_inf: u32,
}

impl Activity {
    /// Adds `sign` times the contribution `(lo, hi)` of one entry.
    fn add(&mut self, (lo, hi): (f64, f64), sign: f64) {
        let step = |inf: &mut u32| {
            if sign > 0.0 {
                *inf += 1;
            } else {
                *inf -= 1;
            }
        };
        if lo.is_finite() {
            self.min_fin += sign * lo;
        } else {
            step(&mut self.min_inf);
        }
        if hi.is_finite() {
            self.max_fin += sign * hi;
        } else {
            step(&mut self.max_inf);
        }
    }
}

/// Variable domains under bound propagation, with a trail to undo
/// fixings that fail.
#[derive(Clone)]
pub struct Domains<'a> {
    problem: &'a Problem,
    lower: Vec<f64>,
    upper: Vec<f64>,
    /// Every change, oldest first.
    trail: Vec<Change>,
    /// Each variable's latest trail entry (`NONE` if none).
    last: Vec<u32>,
    /// Row indices; `num_rows` is the objective row.
    queue: VecDeque<usize>,
    queued: Vec<bool>,
    max_visits: usize,
    /// Row `num_rows`: the objective in minimization form.
    own: Vec<OwnRow>,
    /// `c·x <= cutoff` (minimization form); infinite when not set.
    cutoff: f64,
    visits: u64,
    /// Row entries read by propagation so far (its work).
    entries: u64,
    /// The learned clauses (global: not undone) and their watches.
    clauses: clauses::ClauseStore,
    /// What the last conflict propagation found was.
    conflict: Option<Culprit>,
    /// Per row (problem rows, then the own rows), its extreme activities
    /// under the current domains.
    activity: Vec<Activity>,
    /// Per row, the widest range `|a_j|·(u_j − l_j)` of one entry under the
    /// problem's own bounds (domains only narrow from those): a row whose
    /// slack on a side is at least this cannot tighten anything there.
    reach: Vec<f64>,
    /// Per row, whether its activities are sums of integers (integral
    /// coefficients over integer columns): then the caches are exact and
    /// the filter compares without a margin, so a set-partitioning row
    /// whose slack equals its reach is skipped.
    integral: Vec<bool>,
    /// When propagation stops early (its changes so far are kept: they
    /// are sound, only not exhaustive).
    deadline: Option<std::time::Instant>,
    /// Tests only: propagate every queued row, without the cache's filter
    /// (the reference the filter is checked against).
    #[cfg(test)]
    exhaustive: bool,
}

/// Propagation found a row no assignment of the domains can satisfy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict;

use crate::tolerances::{DOMAIN_CROSSING, INTEGRALITY};

impl<'a> Domains<'a> {
    /// The problem's own bounds, not yet propagated (for a semi-continuous
    /// variable the hull `[min(0, l), max(0, u)]` of its domain, so the
    /// propagation stays sound; every point is verified anyway).
    /// `work_factor` bounds the row visits of one propagation to that
    /// multiple of the problem's nonzeros and rows (guards against slow
    /// convergence on continuous bounds).
    pub fn new(problem: &'a Problem, work_factor: usize) -> Self {
        let (lower, upper) = problem.vars().map(|v| problem.var_hull(v)).unzip();
        let sign = problem.sense().sign();
        let (idx, val) = problem
            .vars()
            .map(|v| (v.0, sign * problem.objective_coefficient(v)))
            .filter(|&(_, c)| c != 0.0)
            .unzip();
        let objective = OwnRow {
            idx,
            val,
            lo: f64::NEG_INFINITY,
        };
        let mut domains = Domains {
            problem,
            lower,
            upper,
            trail: Vec::new(),
            last: vec![NONE; problem.num_vars()],
            queue: VecDeque::new(),
            queued: vec![false; problem.num_rows() + 1],
            max_visits: work_factor.max(1) * (problem.num_nonzeros() + problem.num_rows()),
            own: vec![objective],
            cutoff: f64::INFINITY,
            visits: 0,
            entries: 0,
            clauses: clauses::ClauseStore::new(problem.num_vars()),
            conflict: None,
            activity: Vec::new(),
            reach: Vec::new(),
            integral: Vec::new(),
            deadline: None,
            #[cfg(test)]
            exhaustive: false,
        };
        for r in 0..problem.num_rows() {
            let (idx, val) = problem.matrix_by_rows().lane(r);
            domains.activity.push(domains.activity(idx, val));
            domains.reach.push(domains.reach_of(idx, val));
            domains.integral.push(domains.integral_sums(idx, val));
        }
        let objective = &domains.own[0];
        let (act, reach) = (
            domains.activity(&objective.idx, &objective.val),
            domains.reach_of(&objective.idx, &objective.val),
        );
        domains.activity.push(act);
        domains.reach.push(reach);
        let integral = domains.integral_sums(&objective.idx, &objective.val);
        domains.integral.push(integral);
        domains
    }

    /// Stops every later propagation at `deadline` (`None`: never). What
    /// was propagated until then is kept; it is sound, only not exhaustive.
    pub fn set_deadline(&mut self, deadline: Option<std::time::Instant>) {
        self.deadline = deadline;
    }

    /// The widest range of one entry of a row under the problem's own
    /// bounds, which every domain stays inside.
    fn reach_of(&self, idx: &[u32], val: &[f64]) -> f64 {
        idx.iter().zip(val).fold(0.0, |acc: f64, (&j, &a)| {
            let (l, u) = self.problem.var_hull(VarId(j));
            let (lo, hi) = contribution(a, l, u);
            acc.max(hi - lo)
        })
    }

    /// Whether every entry is an integral coefficient (below 2^40) on an
    /// integer column with integral or infinite bounds: activities are then
    /// exact sums in floating point.
    fn integral_sums(&self, idx: &[u32], val: &[f64]) -> bool {
        let whole = |x: f64| x.fract() == 0.0 && x.abs() < 1e12;
        idx.iter().zip(val).all(|(&j, &a)| {
            let v = VarId(j);
            let (l, u) = self.problem.var_hull(v);
            self.problem.var_kind(v).is_integral()
                && whole(a)
                && (whole(l) || l.is_infinite())
                && (whole(u) || u.is_infinite())
        })
    }

    /// Moves the activity caches of `v`'s rows from its domain `old` to
    /// `new`.
    fn shift_activities(&mut self, v: VarId, old: (f64, f64), new: (f64, f64)) {
        let update = |act: &mut Activity, a: f64| {
            act.add(contribution(a, old.0, old.1), -1.0);
            act.add(contribution(a, new.0, new.1), 1.0);
        };
        for (r, a) in self.problem.column(v) {
            update(&mut self.activity[r.index()], a);
        }
        let m = self.problem.num_rows();
        let c = self.problem.objective_coefficient(v);
        if c != 0.0 {
            let sign = self.problem.sense().sign();
            update(&mut self.activity[m], sign * c);
        }
    }

    /// Whether row `r` (sides `lo`, `hi`) may conflict or tighten a bound
    /// by its cached activities; `false` is certain, `true` is checked
    /// exactly.
    fn may_propagate(&self, r: usize, lo: f64, hi: f64) -> bool {
        #[cfg(test)]
        if self.exhaustive {
            return true;
        }
        let act = self.activity[r];
        let reach = self.reach[r];
        let exact = self.integral[r];
        let margin = |side: f64, fin: f64| {
            if exact {
                0.0
            } else {
                1e-6 * (1.0 + side.abs() + fin.abs())
            }
        };
        let upper = hi.is_finite()
            && (act.min_inf == 1
                || (act.min_inf == 0 && hi - act.min_fin < reach + margin(hi, act.min_fin)));
        let lower = lo.is_finite()
            && (act.max_inf == 1
                || (act.max_inf == 0 && act.max_fin - lo < reach + margin(lo, act.max_fin)));
        upper || lower
    }

    /// The problem the domains belong to.
    pub fn problem(&self) -> &'a Problem {
        self.problem
    }

    /// Lower bound of `v`.
    pub fn lower(&self, v: VarId) -> f64 {
        self.lower[v.index()]
    }

    /// Upper bound of `v`.
    pub fn upper(&self, v: VarId) -> f64 {
        self.upper[v.index()]
    }

    /// Every lower bound, by variable index.
    pub fn lowers(&self) -> &[f64] {
        &self.lower
    }

    /// Every upper bound, by variable index.
    pub fn uppers(&self) -> &[f64] {
        &self.upper
    }

    /// Whether `v`'s domain is a single value.
    pub fn is_fixed(&self, v: VarId) -> bool {
        self.lower[v.index()] == self.upper[v.index()]
    }

    /// Rows visited by propagation so far (a work measure).
    pub fn visits(&self) -> u64 {
        self.visits
    }

    /// Row entries read by propagation so far: its work, whatever the
    /// rows' lengths.
    pub fn work(&self) -> u64 {
        self.entries
    }

    /// A point to return to with [`undo`](Self::undo).
    pub fn mark(&self) -> usize {
        self.trail.len()
    }

    /// Restores every domain changed since `mark` (the cutoff stays).
    pub fn undo(&mut self, mark: usize) {
        while self.trail.len() > mark {
            let Some(c) = self.trail.pop() else {
                break;
            };
            self.lower[c.var.index()] = c.old.0;
            self.upper[c.var.index()] = c.old.1;
            self.last[c.var.index()] = c.prev;
            self.shift_activities(c.var, c.new, c.old);
        }
        self.clauses.rewind(mark);
        self.clear_queue();
    }

    /// The variables whose domain changed since `mark` (a variable may be
    /// listed more than once).
    pub fn changed_since(&self, mark: usize) -> impl Iterator<Item = VarId> + '_ {
        self.trail[mark.min(self.trail.len())..]
            .iter()
            .map(|c| c.var)
    }

    /// Propagates every row (the root), learned clauses included.
    pub fn propagate_all(&mut self) -> Result<(), Conflict> {
        self.conflict = None;
        if let Err(conflict) = self.settle_all_clauses() {
            self.clear_queue();
            return Err(conflict);
        }
        for r in 0..self.queued.len() {
            self.enqueue(r);
        }
        self.propagate()
    }

    /// Fixes `v` to `value` and propagates; on a conflict the domains are
    /// left as they were before the call.
    pub fn fix(&mut self, v: VarId, value: f64) -> Result<(), Conflict> {
        self.restrict(v, value, value)
    }

    /// Narrows `v` to `[lo, hi]` and propagates; on a conflict the domains
    /// are left as they were before the call.
    pub fn restrict(&mut self, v: VarId, lo: f64, hi: f64) -> Result<(), Conflict> {
        let mark = self.mark();
        let result = self.tighten(v, lo, hi).and_then(|()| self.propagate());
        if result.is_err() {
            self.undo(mark);
        }
        result
    }

    /// Sets the objective cutoff `c·x <= cutoff` (in minimization form: the
    /// negated objective when maximizing) and queues it. Only a tighter
    /// cutoff than the current one is taken; it is not undone by
    /// [`undo`](Self::undo).
    pub fn set_cutoff(&mut self, cutoff: f64) {
        if cutoff < self.cutoff {
            self.cutoff = cutoff;
            self.enqueue(self.problem.num_rows());
        }
    }

    /// Narrows `v` to `[lo, hi] ∩` its domain (rounded for integers) and
    /// queues its rows if it changed; call [`propagate`](Self::propagate)
    /// after a batch of these. A conflict leaves the domain unchanged.
    /// The change is a *given* one: conflict analysis explains conflicts
    /// down to such changes.
    pub fn tighten(&mut self, v: VarId, lo: f64, hi: f64) -> Result<(), Conflict> {
        let result = self.narrow(v, lo, hi, Reason::Given);
        if result.is_err() {
            self.conflict = None;
        }
        result
    }

    /// [`tighten`](Self::tighten) with its reason recorded.
    fn narrow(&mut self, v: VarId, lo: f64, hi: f64, reason: Reason) -> Result<(), Conflict> {
        let i = v.index();
        let integral = self.problem.var_kind(v).is_integral();
        let (mut lo, mut hi) = (lo, hi);
        if integral {
            lo = (lo - INTEGRALITY).ceil();
            hi = (hi + INTEGRALITY).floor();
        }
        let (old_lo, old_hi) = (self.lower[i], self.upper[i]);
        // A continuous bound moves only by a real step: 5% of the domain's
        // width or of the bound's magnitude, at least 0.05 (SCIP's
        // `boundstreps`); smaller steps cost many row visits and
        // converge slowly on rows of continuous columns (bell3a spent 70%
        // of its time here), and they change no integer domain.
        let significant = |new: f64, old: f64| {
            if integral {
                new != old
            } else if !old.is_finite() {
                true
            } else {
                let width = old_hi - old_lo;
                (new - old).abs() > CONTINUOUS_STEP * width.min(old.abs()).max(1.0)
            }
        };
        // Bounds that cross are a conflict even when the step is too small
        // to record.
        let (raw_lo, raw_hi) = (lo.max(old_lo), hi.min(old_hi));
        if raw_lo > raw_hi + DOMAIN_CROSSING * (1.0 + raw_lo.abs()) {
            return Err(Conflict);
        }
        let new_lo = if lo > old_lo && significant(lo, old_lo) {
            lo
        } else {
            old_lo
        };
        let new_hi = if hi < old_hi && significant(hi, old_hi) {
            hi
        } else {
            old_hi
        };
        // The raw bounds' check above covers these: `new_lo <= raw_lo` and
        // `new_hi >= raw_hi`.
        if new_lo != old_lo || new_hi != old_hi {
            // A continuous domain that crossed within tolerance collapses.
            let new_hi = new_hi.max(new_lo);
            self.trail.push(Change {
                var: v,
                old: (old_lo, old_hi),
                new: (new_lo, new_hi),
                reason,
                prev: self.last[i],
            });
            self.last[i] = (self.trail.len() - 1) as u32;
            self.lower[i] = new_lo;
            self.upper[i] = new_hi;
            self.shift_activities(v, (old_lo, old_hi), (new_lo, new_hi));
            for (r, _) in self.problem.column(v) {
                self.enqueue(r.index());
            }
            if self.cutoff < f64::INFINITY && self.problem.objective_coefficient(v) != 0.0 {
                self.enqueue(self.problem.num_rows());
            }
        }
        Ok(())
    }

    /// Propagates the learned clauses watching the literals fixed since
    /// the last call and the queued rows until nothing changes or the work
    /// limit is reached (the clauses first, as they are cheap). On a
    /// conflict the queue is emptied; the domains keep the changes made so
    /// far (undo to a mark to drop them).
    pub fn propagate(&mut self) -> Result<(), Conflict> {
        self.conflict = None;
        let mut visits = 0usize;
        loop {
            if let Err(conflict) = self.propagate_clauses() {
                self.visits += visits as u64;
                self.clear_queue();
                return Err(conflict);
            }
            let Some(r) = self.queue.pop_front() else {
                break;
            };
            self.queued[r] = false;
            visits += 1;
            if visits > self.max_visits {
                break;
            }
            if visits % 1024 == 0
                && self
                    .deadline
                    .is_some_and(|d| std::time::Instant::now() >= d)
            {
                break;
            }
            if let Err(conflict) = self.propagate_row(r) {
                self.visits += visits as u64;
                self.clear_queue();
                return Err(conflict);
            }
        }
        self.visits += visits as u64;
        self.clear_queue();
        Ok(())
    }

    /// Empties the row queue; the fixings not yet shown to the clauses
    /// are dropped too (propagation stopped: what it did is sound, only
    /// not exhaustive).
    fn clear_queue(&mut self) {
        for r in self.queue.drain(..) {
            self.queued[r] = false;
        }
        self.clauses.skip_to(self.trail.len());
    }

    fn enqueue(&mut self, r: usize) {
        if !self.queued[r] {
            self.queued[r] = true;
            self.queue.push_back(r);
        }
    }

    /// One row's activity bounds: the finite part and the number of
    /// infinite contributions, for the minimum and the maximum.
    fn activity(&self, idx: &[u32], val: &[f64]) -> Activity {
        let mut act = Activity::default();
        for (&j, &a) in idx.iter().zip(val) {
            act.add(
                contribution(a, self.lower[j as usize], self.upper[j as usize]),
                1.0,
            );
        }
        act
    }

    fn propagate_row(&mut self, r: usize) -> Result<(), Conflict> {
        let m = self.problem.num_rows();
        if r < m {
            let p = self.problem;
            let id = crate::model::ConsId(r as u32);
            let (lo, hi) = (p.row_lower(id), p.row_upper(id));
            if !self.may_propagate(r, lo, hi) {
                return Ok(());
            }
            let (idx, val) = p.matrix_by_rows().lane(r);
            return self.propagate_entries(r, idx, val, lo, hi);
        }
        let hi = self.own_upper(r);
        if r == m && !hi.is_finite() {
            return Ok(());
        }
        let lo = self.own[r - m].lo;
        if !self.may_propagate(r, lo, hi) {
            return Ok(());
        }
        // Out of `self` while it propagates (it borrows `self` mutably).
        let row = std::mem::take(&mut self.own[r - m]);
        let result = self.propagate_entries(r, &row.idx, &row.val, row.lo, hi);
        self.activity[r] = self.activity(&row.idx, &row.val);
        self.own[r - m] = row;
        result
    }

    /// The upper side of own row `r`: the cutoff for the objective row, none
    /// for a clause.
    fn own_upper(&self, r: usize) -> f64 {
        if r == self.problem.num_rows() {
            self.cutoff
        } else {
            f64::INFINITY
        }
    }

    /// The entries `(idx, val)` and sides of row `r` (any kind of row).
    fn row(&self, r: usize) -> (&[u32], &[f64], f64, f64) {
        let m = self.problem.num_rows();
        if r < m {
            let p = self.problem;
            let (idx, val) = p.matrix_by_rows().lane(r);
            let id = crate::model::ConsId(r as u32);
            (idx, val, p.row_lower(id), p.row_upper(id))
        } else {
            let own = &self.own[r - m];
            (&own.idx, &own.val, own.lo, self.own_upper(r))
        }
    }

    fn propagate_entries(
        &mut self,
        r: usize,
        idx: &[u32],
        val: &[f64],
        row_lo: f64,
        row_hi: f64,
    ) -> Result<(), Conflict> {
        self.entries += idx.len() as u64;
        let exact = self.activity(idx, val);
        self.activity[r] = exact;
        let Activity {
            min_fin,
            min_inf,
            max_fin,
            max_inf,
        } = exact;
        let tol = |x: f64| 1e-6 * (1.0 + x.abs());
        if min_inf == 0 && min_fin > row_hi + tol(row_hi) {
            self.conflict = Some(Culprit::Row(r as u32, Side::Upper));
            return Err(Conflict);
        }
        if max_inf == 0 && max_fin < row_lo - tol(row_lo) {
            self.conflict = Some(Culprit::Row(r as u32, Side::Lower));
            return Err(Conflict);
        }
        let upper_useful = row_hi.is_finite() && min_inf <= 1;
        let lower_useful = row_lo.is_finite() && max_inf <= 1;
        if !upper_useful && !lower_useful {
            return Ok(());
        }
        for (&j, &a) in idx.iter().zip(val) {
            if a == 0.0 {
                continue;
            }
            let v = VarId(j);
            let (c_lo, c_hi) = contribution(a, self.lower[v.index()], self.upper[v.index()]);
            // row_lo − (max of the others) <= a·x_j <= row_hi − (min of the others).
            let a_hi = upper_useful
                .then(|| others(min_fin, min_inf, c_lo))
                .flatten()
                .map_or(f64::INFINITY, |rest| row_hi - rest);
            let a_lo = lower_useful
                .then(|| others(max_fin, max_inf, c_hi))
                .flatten()
                .map_or(f64::NEG_INFINITY, |rest| row_lo - rest);
            // Each side's bound separately, so that a conflict and every
            // change name the side they come from.
            let reason = Reason::Row(r as u32);
            for (side, bound) in [(Side::Upper, a_hi), (Side::Lower, a_lo)] {
                if !bound.is_finite() {
                    continue;
                }
                let x = bound / a;
                // Upper side: a·x <= bound; lower side: a·x >= bound.
                let (lo, hi) = if (side == Side::Upper) == (a > 0.0) {
                    (f64::NEG_INFINITY, x)
                } else {
                    (x, f64::INFINITY)
                };
                if self.narrow(v, lo, hi, reason).is_err() {
                    self.conflict = Some(Culprit::Row(r as u32, side));
                    return Err(Conflict);
                }
            }
        }
        Ok(())
    }
}

/// The activity bound of a row without one entry: `fin` and `inf` are the
/// row's finite part and count of infinite contributions, `own` the
/// entry's contribution; `None` when the others include an infinite one.
fn others(fin: f64, inf: u32, own: f64) -> Option<f64> {
    if own.is_finite() {
        (inf == 0).then_some(fin - own)
    } else {
        (inf == 1).then_some(fin)
    }
}

/// `a·x` over `x ∈ [lo, hi]`: its smallest and largest value.
fn contribution(a: f64, lo: f64, hi: f64) -> (f64, f64) {
    if a >= 0.0 {
        (a * lo, a * hi)
    } else {
        (a * hi, a * lo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    /// x + y + z = 1 over binaries; w continuous in [0, 10] with w >= 3x.
    fn tiny() -> Problem {
        let mut b = ProblemBuilder::new("tiny");
        b.set_sense(crate::model::Sense::Minimize);
        let x = b.add_var("x", VarKind::Binary, 0.0, 1.0, 1.0).unwrap();
        let y = b.add_var("y", VarKind::Binary, 0.0, 1.0, 2.0).unwrap();
        let z = b.add_var("z", VarKind::Binary, 0.0, 1.0, 3.0).unwrap();
        let w = b.add_var("w", VarKind::Continuous, 0.0, 10.0, 0.0).unwrap();
        b.add_row("one", 1.0, 1.0, &[(x, 1.0), (y, 1.0), (z, 1.0)])
            .unwrap();
        b.add_row("link", 0.0, f64::INFINITY, &[(w, 1.0), (x, -3.0)])
            .unwrap();
        b.build().unwrap()
    }

    #[test]
    fn fixing_one_fixes_the_rest_of_an_assignment_row() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        d.fix(VarId(0), 1.0).unwrap();
        assert_eq!((d.lower(VarId(1)), d.upper(VarId(1))), (0.0, 0.0));
        assert_eq!((d.lower(VarId(2)), d.upper(VarId(2))), (0.0, 0.0));
        assert_eq!(d.lower(VarId(3)), 3.0);
    }

    #[test]
    fn zeros_force_the_last_one_and_conflicts_undo() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        d.fix(VarId(0), 0.0).unwrap();
        d.fix(VarId(1), 0.0).unwrap();
        assert_eq!(d.lower(VarId(2)), 1.0, "the last of the row is forced");
        let before: Vec<_> = p.vars().map(|v| (d.lower(v), d.upper(v))).collect();
        // Fixing x to 1 now breaks the row: refused, domains unchanged.
        assert_eq!(d.fix(VarId(0), 1.0), Err(Conflict));
        let after: Vec<_> = p.vars().map(|v| (d.lower(v), d.upper(v))).collect();
        assert_eq!(before, after);
    }

    /// u + v <= 10 over continuous u, v in [0, 10].
    fn two_continuous() -> Problem {
        let mut b = ProblemBuilder::new("flows");
        let u = b.add_var("u", VarKind::Continuous, 0.0, 10.0, 1.0).unwrap();
        let v = b.add_var("v", VarKind::Continuous, 0.0, 10.0, 1.0).unwrap();
        b.add_row("cap", f64::NEG_INFINITY, 10.0, &[(u, 1.0), (v, 1.0)])
            .unwrap();
        b.build().unwrap()
    }

    #[test]
    fn continuous_bounds_move_only_by_real_steps_but_crossings_still_conflict() {
        let p = two_continuous();
        let (u, v) = (VarId(0), VarId(1));
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        // v >= 0.1 would give u <= 9.9: a step of 1% of u's width, not kept.
        d.tighten(v, 0.1, 10.0).unwrap();
        d.propagate().unwrap();
        assert_eq!(d.upper(u), 10.0);
        // v >= 2 gives u <= 8: a real step, kept.
        d.tighten(v, 2.0, 10.0).unwrap();
        d.propagate().unwrap();
        assert_eq!(d.upper(u), 8.0);
        // With u in [7.99, 8], u >= 8.01 is a step too small to record, yet
        // it empties u's domain: a conflict, not a step lost.
        let mark = d.mark();
        d.tighten(u, 7.99, 10.0).unwrap();
        assert_eq!(d.tighten(u, 8.01, 10.0), Err(Conflict));
        d.undo(mark);
        assert_eq!(d.lower(u), 0.0);
    }

    #[test]
    fn undo_restores_the_mark() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        let m = d.mark();
        d.fix(VarId(1), 1.0).unwrap();
        assert!(d.is_fixed(VarId(0)));
        d.undo(m);
        assert!(!d.is_fixed(VarId(0)));
        assert_eq!(d.upper(VarId(3)), 10.0);
    }

    /// Random rows `lo <= a·x <= hi` over 5 binaries and one integer in
    /// [0, 3] (shared with the conflict analysis' tests).
    pub(crate) mod random_rows {
        use super::*;

        /// The problem of `rows`: `(coefficients, lo, width)`, the upper
        /// side `lo + width` (infinite when `width > 6`).
        pub(crate) fn build(rows: &[(Vec<i32>, i32, i32)]) -> Problem {
            let mut b = ProblemBuilder::new("random");
            let vars: Vec<VarId> = (0..6)
                .map(|j| {
                    let (kind, ub) = if j < 5 {
                        (VarKind::Binary, 1.0)
                    } else {
                        (VarKind::Integer, 3.0)
                    };
                    b.add_var(format!("x{j}"), kind, 0.0, ub, 0.0).unwrap()
                })
                .collect();
            for (i, (coefs, lo, width)) in rows.iter().enumerate() {
                let entries: Vec<(VarId, f64)> = coefs
                    .iter()
                    .enumerate()
                    .filter(|&(_, &a)| a != 0)
                    .map(|(j, &a)| (vars[j], f64::from(a)))
                    .collect();
                let hi = if *width > 6 {
                    f64::INFINITY
                } else {
                    f64::from(lo + width)
                };
                b.add_row(format!("r{i}"), f64::from(*lo), hi, &entries)
                    .unwrap();
            }
            b.build().unwrap()
        }

        /// Every integer point of the box.
        pub(crate) fn points() -> Vec<[f64; 6]> {
            let mut out = Vec::new();
            for mask in 0..32u32 {
                for last in 0..4 {
                    let mut x = [0.0; 6];
                    for (j, xj) in x.iter_mut().enumerate().take(5) {
                        *xj = f64::from((mask >> j) & 1);
                    }
                    x[5] = f64::from(last);
                    out.push(x);
                }
            }
            out
        }

        /// The points of the box that satisfy every row of `p`.
        pub(crate) fn feasible_points(p: &Problem) -> Vec<[f64; 6]> {
            points()
                .into_iter()
                .filter(|x| {
                    p.rows().all(|r| {
                        let act = p.row_activity(r, x);
                        act >= p.row_lower(r) - 1e-9 && act <= p.row_upper(r) + 1e-9
                    })
                })
                .collect()
        }
    }

    /// The activity caches: after any sequence of fixings, propagations
    /// and undos they equal the activities recomputed from the domains, and
    /// the rows they let propagation skip change nothing (over integers the
    /// propagated domains are the unique fixpoint, so a fresh propagation
    /// of the same fixings without the filter must agree).
    mod activity_cache {
        use super::random_rows::build;
        use super::*;
        use proptest::prelude::*;

        fn assert_caches_exact(d: &Domains<'_>) {
            let m = d.problem.num_rows();
            for r in 0..m + d.own.len() {
                let (idx, val, _, _) = d.row(r);
                let exact = d.activity(idx, val);
                let cached = d.activity[r];
                assert_eq!(
                    (cached.min_inf, cached.max_inf),
                    (exact.min_inf, exact.max_inf),
                    "row {r}"
                );
                assert!((cached.min_fin - exact.min_fin).abs() < 1e-9, "row {r}");
                assert!((cached.max_fin - exact.max_fin).abs() < 1e-9, "row {r}");
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn caches_stay_exact_and_skipped_rows_change_nothing(
                rows in proptest::collection::vec(
                    (proptest::collection::vec(-3i32..=3, 6), -4i32..=4, 0i32..=8), 1..6),
                steps in proptest::collection::vec((0usize..6, 0u8..=3, any::<bool>()), 1..8),
            ) {
                let p = build(&rows);
                let mut d = Domains::new(&p, 1000);
                if d.propagate_all().is_err() {
                    return Ok(());
                }
                let mut given: Vec<(usize, f64)> = Vec::new();
                let mut marks: Vec<(usize, usize)> = Vec::new();
                for (j, value, back) in steps {
                    let value = if j < 5 { f64::from(value.min(1)) } else { f64::from(value) };
                    if back && !marks.is_empty() {
                        let (mark, len) = marks.pop().unwrap();
                        d.undo(mark);
                        given.truncate(len);
                    } else {
                        marks.push((d.mark(), given.len()));
                        if d.fix(VarId(j as u32), value).is_ok() {
                            given.push((j, value));
                        } else {
                            marks.pop();
                        }
                    }
                    assert_caches_exact(&d);
                    let mut fresh = Domains::new(&p, 1000);
                    fresh.exhaustive = true;
                    for &(j, v) in &given {
                        fresh.tighten(VarId(j as u32), v, v).unwrap();
                    }
                    prop_assert!(fresh.propagate_all().is_ok());
                    prop_assert_eq!(fresh.lowers(), d.lowers());
                    prop_assert_eq!(fresh.uppers(), d.uppers());
                }
            }
        }
    }

    /// Propagation after a fixing never cuts off a feasible point, and it
    /// reports a conflict only when no feasible point has that value.
    mod soundness {
        use super::random_rows::{build, feasible_points};
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn never_cuts_a_feasible_point(
                rows in proptest::collection::vec(
                    (proptest::collection::vec(-3i32..=3, 6), -4i32..=4, 0i32..=8), 1..5),
                fixes in proptest::collection::vec((0usize..5, 0u8..=1), 1..4),
            ) {
                let p = build(&rows);
                let feasible = feasible_points(&p);
                let mut d = Domains::new(&p, 20);
                let root = d.propagate_all();
                if root.is_err() {
                    prop_assert!(feasible.is_empty(), "root conflict with feasible points");
                    return Ok(());
                }
                let mut alive: Vec<[f64; 6]> = feasible.clone();
                for (j, value) in fixes {
                    let value = f64::from(value);
                    let result = d.fix(VarId(j as u32), value);
                    let with: Vec<[f64; 6]> =
                        alive.iter().copied().filter(|x| x[j] == value).collect();
                    match result {
                        Err(Conflict) => prop_assert!(with.is_empty(), "false conflict"),
                        Ok(()) => alive = with,
                    }
                    for x in &alive {
                        for v in p.vars() {
                            prop_assert!(
                                d.lower(v) <= x[v.index()] && x[v.index()] <= d.upper(v),
                                "feasible point cut off"
                            );
                        }
                    }
                }
            }
        }
    }
    #[test]
    fn the_cutoff_fixes_what_would_cost_too_much() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        // x + 2y + 3z with exactly one of them: a cutoff of 2.5 leaves z out.
        d.set_cutoff(2.5);
        d.propagate().unwrap();
        assert_eq!(d.upper(VarId(2)), 0.0);
        assert_eq!(d.upper(VarId(1)), 1.0);
        // Below the cheapest, nothing is left.
        d.set_cutoff(0.5);
        assert_eq!(d.propagate(), Err(Conflict));
    }

    #[test]
    fn changed_since_lists_what_moved() {
        let p = tiny();
        let mut d = Domains::new(&p, 20);
        d.propagate_all().unwrap();
        let m = d.mark();
        d.fix(VarId(0), 1.0).unwrap();
        let mut moved: Vec<u32> = d.changed_since(m).map(|v| v.0).collect();
        moved.sort_unstable();
        moved.dedup();
        assert_eq!(moved, vec![0, 1, 2, 3]);
    }
}
