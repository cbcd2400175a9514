//! Local search around the incumbent: the step after repair that turns a
//! good first solution into the best-known one.
//!
//! The network and the repair give a feasible point within milliseconds,
//! but a tree search improves it only when a leaf beats it, which on large
//! symmetric instances is slow. This is a weighted
//! constraint-violation walk in the style of Feasibility Jump (Luteberget
//! and Sartor 2023) and of breakout local search, run under an objective
//! cutoff: the row `c·x ≤ z − δ` (`≥ z + δ` when maximizing) is added,
//! and the walk looks for a point that satisfies every row. Each time it
//! finds one, the point is verified and offered to the incumbent and the
//! cutoff moves down. So the search is a sequence of feasibility problems,
//! each one step better than the last.
//!
//! - **Moves.** A binary in a *one-hot row* (an equality `Σ x = 1` over
//!   binaries: an item's bin, a vertex's color, a job's machine) moves by
//!   *shifting* the one along its row, so these rows stay satisfied, as in
//!   the classical bin-packing, coloring (TabuCol) and scheduling searches
//!   that this generalizes. In an *at-most-one row* (`Σ x ≤ 1`: an item
//!   packed into at most one of several knapsacks) the one shifts too, or
//!   is removed, and when the row is empty a one is inserted: moving an
//!   item between knapsacks is one move, not a removal that loses its
//!   profit and an insertion. In a *covering row* (`Σ x ≥ 1` over
//!   binaries with coefficient 1: every element covered) a binary at 1 is
//!   *removed* only while each of its covering rows stays covered;
//!   otherwise it *swaps* with a member at 0 of a row it alone covers
//!   (one set replaced by another that covers the same element), and a
//!   binary at 0 is *inserted* (what an uncovered row asks for). Other
//!   binaries flip; integer and continuous
//!   variables *jump* to the value that makes one of their rows tight, or
//!   to a bound. At a local minimum a pair of shifts is tried (an
//!   exchange of two items between bins or knapsacks, or an ejection
//!   chain of two).
//! - **Choice.** A violated row is drawn at random and the best move among
//!   those that touch it is made, scored by the change in weighted, scaled
//!   violation (each row divided by its largest coefficient). Variables
//!   just moved are tabu for a few steps. When no move improves, the
//!   weights of the violated rows grow by one (the breakout), and the best
//!   move is made anyway.
//! - **The step δ.** When the objective only takes values in a lattice
//!   (integer costs on integer variables, or on continuous variables that
//!   are *implied integer*: coefficient ±1 in rows whose other entries are
//!   integer coefficients on integer variables, with integer sides and
//!   bounds, like a makespan), δ is 1; otherwise a relative 10⁻⁴.
//! - **Polishing.** Before a point is offered, every variable with a cost
//!   that is not binary moves to the cheapest value its rows allow (a
//!   makespan drops to the largest load), and every binary whose other
//!   value is cheaper takes it when every row still holds (1-opt: an item
//!   that still fits is packed).
//! - **Proof.** With an integral objective and an optimal LP relaxation,
//!   ⌈LP bound⌉ is a valid bound; a solution that reaches it is optimal and
//!   the path can stop.
//! - **Restarts.** After 50,000 steps without a better point, the walk
//!   starts again from the best solution with fresh weights; the interval
//!   doubles each time.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::repair::{Best, Incumbent};
use crate::budget::Budget;
use crate::model::objective::{integral_objective, lattice_bound, reaches_bound};
use crate::model::{ConsId, Problem, Sense, Solution, VarId, VarKind};
use crate::verify::Tolerances;

/// Settings of the local search.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalSearch {
    /// Largest share of the whole budget that the search runs alone, before
    /// the completion starts (it goes on beside the completion after that).
    /// The alone phase also ends when it stalls: no improvement for half
    /// its running time (at least 0.05 s). [default: 0.15]
    pub alone_share: f64,
    /// Steps a moved variable stays tabu (plus a random part of the same
    /// size). [default: 8]
    pub tenure: u64,
    /// Seed of the random choices. [default: 0]
    pub seed: u64,
}

impl Default for LocalSearch {
    fn default() -> Self {
        LocalSearch {
            alone_share: 0.15,
            tenure: 8,
            seed: 0,
        }
    }
}

/// What a run of the walk did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WalkStats {
    /// Moves made.
    pub steps: u64,
    /// Improving solutions kept by the incumbent.
    pub improvements: usize,
    /// Seconds from the walk's start to its last kept improvement.
    pub last_improvement_s: Option<f64>,
    /// Binaries moved to their cheaper value by the 1-opt of polishing.
    pub one_opt: u64,
}

const NONE: u32 = u32::MAX;

/// Steps without a better point before the first restart.
const FIRST_RESTART: u64 = 50_000;

/// First shifts tried in a pair at a local minimum.
const PAIR_FIRSTS: usize = 16;

/// Swap partners listed per covering row a binary alone covers at most
/// (a rotating window of the row, so that long rows are tried in turn).
const SWAP_PARTNERS: usize = 16;

/// A move: set one variable, shift a one-hot row's one from a variable
/// to another, or swap a binary at 1 for one at 0 that covers a row the
/// first alone covers.
#[derive(Clone, Copy, Debug)]
enum Move {
    Set(VarId, f64),
    Shift(VarId, VarId),
    Swap(VarId, VarId),
}

impl Move {
    /// The variables the move changes, with their new values.
    fn changes(self) -> impl Iterator<Item = (VarId, f64)> {
        let (a, b) = match self {
            Move::Set(v, value) => ((v, value), None),
            Move::Shift(from, to) | Move::Swap(from, to) => ((from, 0.0), Some((to, 1.0))),
        };
        std::iter::once(a).chain(b)
    }

    /// The variables the move changes.
    fn moved(self) -> impl Iterator<Item = VarId> {
        self.changes().map(|(v, _)| v)
    }
}

/// The walk's state. Rows `0..m` are the problem's; row `m` is the cutoff.
pub struct Walk<'a> {
    problem: &'a Problem,
    tolerances: Tolerances,
    m: usize,
    lo: Vec<f64>,
    up: Vec<f64>,
    scale: Vec<f64>,
    weight: Vec<f64>,
    act: Vec<f64>,
    x: Vec<f64>,
    /// Objective coefficients: the cutoff row's entries.
    cost: Vec<f64>,
    cost_vars: Vec<VarId>,
    /// One-hot row of each variable (index into `members`), or `NONE`.
    group: Vec<u32>,
    members: Vec<Vec<VarId>>,
    /// The member of each one-hot row at 1 (`None`: an at-most-one row
    /// at 0).
    one: Vec<Option<VarId>>,
    /// Whether each row of `members` is an at-most-one row (else `= 1`).
    at_most: Vec<bool>,
    /// Whether each problem row is a covering row (`Σ x ≥ 1` over
    /// binaries with coefficient 1): its activity counts its ones.
    cover: Vec<bool>,
    violated: Vec<usize>,
    pos: Vec<usize>,
    tabu: Vec<u64>,
    tenure: u64,
    step: u64,
    rng: ChaCha8Rng,
    /// Objective values lie on the lattice `offset + Z`.
    integral_objective: bool,
    /// A valid bound on the objective (from the LP relaxation), if known.
    bound: Option<f64>,
    /// The objective the cutoff is set against.
    target: Option<f64>,
    started: Instant,
    stats: WalkStats,
    candidates: Vec<Move>,
    shifts: Vec<(f64, Move)>,
    /// Link columns (see [`link_columns`]): never moved alone, always at
    /// the cheapest value their rows allow, re-set after every move.
    link: Vec<bool>,
    /// The link columns sharing a row with each variable (CSR offsets
    /// into `links`).
    links_start: Vec<usize>,
    links: Vec<VarId>,
    /// Changes made by a trial move, undone after scoring it.
    undo: Vec<(VarId, f64)>,
    /// Steps without a better point before a restart (doubles each time).
    restart_after: u64,
    /// The step of the last better point (or restart).
    last_gain: u64,
}

impl<'a> Walk<'a> {
    /// A walk from `start` (a feasible point of `problem`) with the cutoff
    /// set one step below `objective`. `lp_bound` is the LP relaxation's
    /// optimal objective, when solved to optimality.
    pub fn new(
        problem: &'a Problem,
        settings: &LocalSearch,
        start: &[f64],
        objective: f64,
        lp_bound: Option<f64>,
        tolerances: Tolerances,
    ) -> Self {
        let n = problem.num_vars();
        let m = problem.num_rows();
        let x = rounded_point(problem, start);
        let cost: Vec<f64> = problem
            .vars()
            .map(|v| problem.objective_coefficient(v))
            .collect();
        let cost_vars: Vec<VarId> = problem.vars().filter(|v| cost[v.index()] != 0.0).collect();
        let mut lo: Vec<f64> = problem.row_lowers().to_vec();
        let mut up: Vec<f64> = problem.row_uppers().to_vec();
        lo.push(f64::NEG_INFINITY);
        up.push(f64::INFINITY);
        let scale = row_scales(problem, &cost);
        let OneHotRows {
            group,
            members,
            one,
            at_most,
        } = one_hot_rows(problem, &x);
        let integral_objective = integral_objective(problem);
        let link = link_columns(problem, &cost, &group);
        let (links_start, links) = links_by_column(problem, &link);
        let mut walk = Walk {
            problem,
            tolerances,
            m,
            lo,
            up,
            scale,
            weight: vec![1.0; m + 1],
            act: vec![0.0; m + 1],
            x,
            cost,
            cost_vars,
            group,
            members,
            one,
            at_most,
            cover: covering_rows(problem),
            violated: Vec::new(),
            pos: vec![usize::MAX; m + 1],
            tabu: vec![0; n],
            tenure: settings.tenure.max(1),
            step: 0,
            rng: ChaCha8Rng::seed_from_u64(settings.seed ^ 0x10ca1),
            integral_objective,
            bound: lp_bound.map(|b| lattice_bound(problem, b, integral_objective)),
            target: None,
            started: Instant::now(),
            stats: WalkStats::default(),
            candidates: Vec::new(),
            shifts: Vec::new(),
            link,
            links_start,
            links,
            undo: Vec::new(),
            restart_after: FIRST_RESTART,
            last_gain: 0,
        };
        walk.recompute();
        walk.settle_links();
        walk.set_target(objective);
        walk
    }

    /// A walk from `best` (a verified point and its objective).
    pub fn from_best(
        problem: &'a Problem,
        settings: &LocalSearch,
        best: &Best,
        lp_bound: Option<f64>,
        tolerances: Tolerances,
    ) -> Self {
        Walk::new(
            problem,
            settings,
            best.solution.values(),
            best.objective,
            lp_bound,
            tolerances,
        )
    }

    /// Activities and the violated set from scratch.
    fn recompute(&mut self) {
        let p = self.problem;
        for r in p.rows() {
            self.act[r.index()] = p.row(r).map(|(v, a)| a * self.x[v.index()]).sum();
        }
        self.act[self.m] = self.cost.iter().zip(&self.x).map(|(c, x)| c * x).sum();
        for r in 0..=self.m {
            self.refresh(r);
        }
    }

    /// Starts over from `start` (the best solution so far) with fresh
    /// weights and no tabu: the walk's diversification when it has gone
    /// long without a better point. Returns false (and changes nothing)
    /// when `start` does not have exactly one 1 in every one-hot row and
    /// at most one in every at-most-one row.
    fn restart(&mut self, start: &[f64]) -> bool {
        let x = rounded_point(self.problem, start);
        let mut ones = Vec::with_capacity(self.members.len());
        for (members, &at_most) in self.members.iter().zip(&self.at_most) {
            let mut at_one = members.iter().filter(|v| x[v.index()] == 1.0);
            match (at_one.next(), at_one.next()) {
                (Some(&v), None) => ones.push(Some(v)),
                (None, _) if at_most => ones.push(None),
                _ => return false,
            }
        }
        self.x = x;
        self.one = ones;
        self.weight.fill(1.0);
        self.tabu.fill(0);
        self.recompute();
        self.settle_links();
        true
    }

    /// The bound from the LP relaxation (rounded to the objective's lattice),
    /// if known.
    pub fn bound(&self) -> Option<f64> {
        self.bound
    }

    /// True when `objective` reaches the known bound (it is optimal).
    pub fn reaches_bound(&self, objective: f64) -> bool {
        self.bound
            .is_some_and(|b| reaches_bound(self.problem.sense(), b, objective))
    }

    /// Whether the objective's values lie on a lattice (steps of 1).
    pub fn integral_objective(&self) -> bool {
        self.integral_objective
    }

    /// What the walk did so far.
    pub fn stats(&self) -> WalkStats {
        WalkStats {
            steps: self.step,
            ..self.stats.clone()
        }
    }

    /// Moves the cutoff one step past `objective`.
    fn set_target(&mut self, objective: f64) {
        let p = self.problem;
        let z = objective - p.objective_offset();
        let (step, z) = if self.integral_objective {
            (1.0 - 1e-6, z.round())
        } else {
            (1e-4 * z.abs().max(1e-2), z)
        };
        match p.sense() {
            Sense::Minimize => self.up[self.m] = z - step,
            Sense::Maximize => self.lo[self.m] = z + step,
        }
        self.target = Some(objective);
        self.refresh(self.m);
    }

    fn violation(&self, r: usize, a: f64) -> f64 {
        let v = (self.lo[r] - a).max(a - self.up[r]);
        if v > 1e-9 * (1.0 + a.abs()) {
            v * self.scale[r]
        } else {
            0.0
        }
    }

    fn refresh(&mut self, r: usize) {
        let bad = self.violation(r, self.act[r]) > 0.0;
        let there = self.pos[r] != usize::MAX;
        if bad && !there {
            self.pos[r] = self.violated.len();
            self.violated.push(r);
        } else if !bad && there {
            let i = self.pos[r];
            let last = *self.violated.last().expect("r is in the set");
            self.violated.swap_remove(i);
            if last != r {
                self.pos[last] = i;
            }
            self.pos[r] = usize::MAX;
        }
    }

    /// Changes `v` to `value` in `x` and the activities (not the violated
    /// set).
    fn shift_act(&mut self, v: VarId, value: f64) {
        let d = value - self.x[v.index()];
        if d == 0.0 {
            return;
        }
        for (r, a) in self.problem.column(v) {
            self.act[r.index()] += a * d;
        }
        self.act[self.m] += self.cost[v.index()] * d;
        self.x[v.index()] = value;
    }

    /// Changes `v` to `value`, keeping the violated set right.
    fn set(&mut self, v: VarId, value: f64) {
        self.shift_act(v, value);
        for (r, _) in self.problem.column(v) {
            self.refresh(r.index());
        }
        if self.cost[v.index()] != 0.0 {
            self.refresh(self.m);
        }
    }

    /// The change of weighted violation if `v` became `value`.
    fn delta_set(&self, v: VarId, value: f64) -> f64 {
        let d = value - self.x[v.index()];
        let mut delta = 0.0;
        for (r, a) in self.problem.column(v) {
            let r = r.index();
            delta += self.weight[r]
                * (self.violation(r, self.act[r] + a * d) - self.violation(r, self.act[r]));
        }
        let c = self.cost[v.index()];
        if c != 0.0 {
            let r = self.m;
            delta += self.weight[r]
                * (self.violation(r, self.act[r] + c * d) - self.violation(r, self.act[r]));
        }
        delta
    }

    /// The change of weighted violation if `mv` were made (with the link
    /// columns it touches re-set).
    fn delta(&mut self, mv: Move) -> f64 {
        let mut undo = std::mem::take(&mut self.undo);
        let d = self.trial(mv, &mut undo);
        self.revert(&mut undo);
        self.undo = undo;
        d
    }

    /// Makes `mv` in `x` and the activities only (not the violated set,
    /// the one-hot rows or the tabu list), with the link columns of the
    /// variables it moves re-set: the change of weighted violation. The
    /// old values go to `undo`, for [`Walk::revert`].
    fn trial(&mut self, mv: Move, undo: &mut Vec<(VarId, f64)>) -> f64 {
        let mut d = 0.0;
        for (v, value) in mv.changes() {
            d += self.delta_set(v, value);
            undo.push((v, self.x[v.index()]));
            self.shift_act(v, value);
        }
        for v in mv.moved() {
            for j in self.links_of(v) {
                let l = self.links[j];
                let t = self.link_value(l);
                if t != self.x[l.index()] {
                    d += self.delta_set(l, t);
                    undo.push((l, self.x[l.index()]));
                    self.shift_act(l, t);
                }
            }
        }
        d
    }

    /// Where the link columns sharing a row with `v` stand in `links`.
    fn links_of(&self, v: VarId) -> std::ops::Range<usize> {
        self.links_start[v.index()]..self.links_start[v.index() + 1]
    }

    /// Undoes the changes recorded in `undo`, last first.
    fn revert(&mut self, undo: &mut Vec<(VarId, f64)>) {
        while let Some((v, old)) = undo.pop() {
            self.shift_act(v, old);
        }
    }

    /// The value of link column `l` that costs less (its objective
    /// coefficient's cheaper bound).
    fn cheap_value(&self, l: VarId) -> f64 {
        let sense = self.problem.sense().sign();
        if sense * self.cost[l.index()] > 0.0 {
            0.0
        } else {
            1.0
        }
    }

    /// The value link column `l` takes given the rest of `x`: its cheap
    /// value when every row of it holds there, else the other one.
    fn link_value(&self, l: VarId) -> f64 {
        let cheap = self.cheap_value(l);
        let d = cheap - self.x[l.index()];
        let holds = self.problem.column(l).all(|(r, a)| {
            let r = r.index();
            self.violation(r, self.act[r] + a * d) == 0.0
        });
        if holds { cheap } else { 1.0 - cheap }
    }

    /// Every link column at its value (see [`Walk::link_value`]).
    fn settle_links(&mut self) {
        for i in 0..self.link.len() {
            if self.link[i] {
                let l = VarId(i as u32);
                let t = self.link_value(l);
                if t != self.x[i] {
                    self.set(l, t);
                }
            }
        }
    }

    /// The link columns touched by the variables `mv` moves, re-set.
    fn settle_links_of(&mut self, mv: Move) {
        for v in mv.moved() {
            for j in self.links_of(v) {
                let l = self.links[j];
                let t = self.link_value(l);
                if t != self.x[l.index()] {
                    self.set(l, t);
                }
            }
        }
    }

    /// The moves that could let link column `l` take its cheap value: the
    /// moves of the binaries in the rows that hold it at the other one.
    fn driver_moves(&self, l: VarId, out: &mut Vec<Move>) {
        if self.x[l.index()] == self.cheap_value(l) {
            return;
        }
        let p = self.problem;
        // Holding: the row would be violated with `l` at its other value.
        let d = 1.0 - 2.0 * self.x[l.index()];
        for (r, a) in p.column(l) {
            let r = r.index();
            if self.violation(r, self.act[r] + a * d) == 0.0 {
                continue;
            }
            for (w, _) in p.row(ConsId(r as u32)) {
                let g = self.group[w.index()];
                if w != l && g != NONE {
                    self.group_moves_of(w, g as usize, out);
                }
            }
        }
    }

    fn apply(&mut self, mv: Move) {
        let until = self.step + self.tenure + self.rng.random_range(0..self.tenure);
        match mv {
            Move::Set(v, value) => {
                self.set(v, value);
                self.tabu[v.index()] = until;
                let g = self.group[v.index()];
                if g != NONE {
                    // An insertion into, or a removal from, an
                    // at-most-one row.
                    self.one[g as usize] = (value == 1.0).then_some(v);
                }
            }
            Move::Shift(from, to) => {
                self.set(from, 0.0);
                self.set(to, 1.0);
                self.one[self.group[to.index()] as usize] = Some(to);
                self.tabu[from.index()] = until;
                self.tabu[to.index()] = until;
            }
            Move::Swap(from, to) => {
                self.set(from, 0.0);
                self.set(to, 1.0);
                self.tabu[from.index()] = until;
                self.tabu[to.index()] = until;
            }
        }
        self.settle_links_of(mv);
    }

    /// The moves of `v` worth scoring.
    fn moves_of(&self, v: VarId, out: &mut Vec<Move>) {
        let p = self.problem;
        let i = v.index();
        if self.link[i] {
            return;
        }
        match p.var_kind(v) {
            VarKind::Binary => {
                let g = self.group[i];
                if g == NONE {
                    self.free_binary_moves(v, out);
                } else {
                    self.group_moves_of(v, g as usize, out);
                }
            }
            kind => {
                let (lb, ub) = (p.var_lower(v), p.var_upper(v));
                let xi = self.x[i];
                let mut push = |t: f64| {
                    if t.is_finite() {
                        let t = t.clamp(lb, ub);
                        if t != xi {
                            out.push(Move::Set(v, t));
                        }
                    }
                };
                push(lb);
                push(ub);
                let tight = |r: usize, a: f64, push: &mut dyn FnMut(f64)| {
                    for side in [self.lo[r], self.up[r]] {
                        if side.is_finite() && a != 0.0 {
                            let t = xi + (side - self.act[r]) / a;
                            if kind.is_integral() {
                                push(t.floor());
                                push(t.ceil());
                            } else {
                                push(t);
                            }
                        }
                    }
                };
                for (r, a) in p.column(v).take(64) {
                    tight(r.index(), a, &mut push);
                }
                if self.cost[i] != 0.0 {
                    tight(self.m, self.cost[i], &mut push);
                }
            }
        }
    }

    /// The moves of binary `v` outside one-hot rows: a flip, except that a
    /// binary at 1 that alone covers a covering row is not removed but
    /// swapped with members at 0 of such rows (at most [`SWAP_PARTNERS`]
    /// per row, a window that rotates with the step count).
    fn free_binary_moves(&self, v: VarId, out: &mut Vec<Move>) {
        let i = v.index();
        if self.x[i] == 0.0 {
            // An insertion (into an uncovered row, or any flip up).
            out.push(Move::Set(v, 1.0));
            return;
        }
        let p = self.problem;
        let mut sole = p
            .column(v)
            .map(|(r, _)| r)
            .filter(|r| self.cover[r.index()] && self.act[r.index()] < 2.0 - 1e-9)
            .peekable();
        if sole.peek().is_none() {
            // Every covering row of `v` stays covered without it.
            out.push(Move::Set(v, 0.0));
            return;
        }
        for r in sole {
            let row: Vec<VarId> = p.row(r).map(|(w, _)| w).collect();
            let start = (self.step as usize).wrapping_add(i) % row.len();
            let partners = row
                .iter()
                .cycle()
                .skip(start)
                .take(row.len())
                .filter(|w| **w != v && self.x[w.index()] == 0.0)
                .take(SWAP_PARTNERS);
            out.extend(partners.map(|&w| Move::Swap(v, w)));
        }
    }

    /// The moves of binary `v` in the one-hot or at-most-one row `g`: the
    /// one shifts to another member; in an at-most-one row it may also be
    /// removed, and an empty row gets `v` inserted.
    fn group_moves_of(&self, v: VarId, g: usize, out: &mut Vec<Move>) {
        match self.one[g] {
            Some(cur) if cur == v => {
                for &w in &self.members[g] {
                    if w != v {
                        out.push(Move::Shift(v, w));
                    }
                }
                if self.at_most[g] {
                    out.push(Move::Set(v, 0.0));
                }
            }
            Some(cur) => out.push(Move::Shift(cur, v)),
            None => out.push(Move::Set(v, 1.0)),
        }
    }

    /// One step: a violated row at random, the best non-tabu move touching
    /// it. Returns false when there is no violated row.
    fn step_once(&mut self) -> bool {
        if self.violated.is_empty() {
            return false;
        }
        self.step += 1;
        let r = self.violated[self.rng.random_range(0..self.violated.len())];
        let mut cands = std::mem::take(&mut self.candidates);
        cands.clear();
        if r == self.m {
            for k in 0..self.cost_vars.len() {
                let v = self.cost_vars[k];
                if self.link[v.index()] {
                    self.driver_moves(v, &mut cands);
                } else {
                    self.moves_of(v, &mut cands);
                }
            }
        } else {
            let row: Vec<VarId> = self.problem.row(ConsId(r as u32)).map(|(v, _)| v).collect();
            for v in row {
                self.moves_of(v, &mut cands);
            }
        }
        let mut best: Option<(f64, Move)> = None;
        let mut ties = 0u32;
        let mut shifts = std::mem::take(&mut self.shifts);
        shifts.clear();
        for &mv in &cands {
            let tabu = match mv {
                Move::Set(v, _) => self.tabu[v.index()] > self.step,
                Move::Shift(a, b) | Move::Swap(a, b) => {
                    self.tabu[a.index()] > self.step || self.tabu[b.index()] > self.step
                }
            };
            if tabu {
                continue;
            }
            let d = self.delta(mv);
            if matches!(mv, Move::Shift(..)) {
                shifts.push((d, mv));
            }
            match best {
                Some((bd, _)) if d > bd + 1e-12 => {}
                Some((bd, _)) if d >= bd - 1e-12 => {
                    ties += 1;
                    if self.rng.random_range(0..=ties) == 0 {
                        best = Some((d, mv));
                    }
                }
                _ => {
                    ties = 0;
                    best = Some((d, mv));
                }
            }
        }
        self.candidates = cands;
        // At a local minimum, a pair of shifts (a swap, an ejection chain
        // of two) may still improve: the best few first shifts, each
        // followed by a shift out of a row it overfills.
        if best.is_some_and(|(d, _)| d >= -1e-12) && !shifts.is_empty() {
            let k = shifts.len().min(PAIR_FIRSTS);
            shifts.select_nth_unstable_by(k - 1, |a, b| a.0.total_cmp(&b.0));
            shifts.truncate(k);
            if let Some((d, first, second)) = self.best_pair(&shifts)
                && d < -1e-12
            {
                self.shifts = shifts;
                self.apply(first);
                self.apply(second);
                return true;
            }
        }
        self.shifts = shifts;
        match best {
            Some((d, mv)) => {
                if d >= -1e-12 {
                    self.breakout();
                }
                self.apply(mv);
            }
            None => self.breakout(),
        }
        true
    }

    /// The best pair: one of `firsts`, then a shift of another one-hot row
    /// whose one sits in a row the first shift left violated.
    fn best_pair(&mut self, firsts: &[(f64, Move)]) -> Option<(f64, Move, Move)> {
        let mut best: Option<(f64, Move, Move)> = None;
        let mut seconds = Vec::new();
        let mut undo = Vec::new();
        for &(_, first) in firsts {
            let Move::Shift(_, to) = first else {
                continue;
            };
            let d1 = self.trial(first, &mut undo);
            let own = self.group[to.index()];
            seconds.clear();
            for (r, _) in self.problem.column(to) {
                let r = r.index();
                if self.violation(r, self.act[r]) == 0.0 {
                    continue;
                }
                for (w, _) in self.problem.row(ConsId(r as u32)) {
                    let g = self.group[w.index()];
                    if w == to
                        || self.x[w.index()] != 1.0
                        || g == NONE
                        || g == own
                        || self.tabu[w.index()] > self.step
                    {
                        continue;
                    }
                    for &w2 in &self.members[g as usize] {
                        if w2 != w && self.tabu[w2.index()] <= self.step {
                            seconds.push(Move::Shift(w, w2));
                        }
                    }
                }
            }
            for &second in &seconds {
                let d = d1 + self.delta(second);
                if best.is_none_or(|(b, _, _)| d < b) {
                    best = Some((d, first, second));
                }
            }
            self.revert(&mut undo);
        }
        best
    }

    /// Local minimum: the violated rows weigh more.
    fn breakout(&mut self) {
        for k in 0..self.violated.len() {
            let r = self.violated[k];
            self.weight[r] += 1.0;
        }
    }

    /// Moves every non-binary variable with a cost to the cheapest value
    /// its rows allow, keeping them satisfied.
    fn polish(&mut self) {
        let p = self.problem;
        let sense = p.sense().sign();
        for k in 0..self.cost_vars.len() {
            let v = self.cost_vars[k];
            if p.var_kind(v) == VarKind::Binary {
                self.one_opt(v, sense);
                continue;
            }
            let xi = self.x[v.index()];
            let (mut lo, mut hi) = (p.var_lower(v), p.var_upper(v));
            for (r, a) in p.column(v) {
                let rest = self.act[r.index()] - a * xi;
                let (l, u) = (
                    (self.lo[r.index()] - rest) / a,
                    (self.up[r.index()] - rest) / a,
                );
                let (l, u) = if a > 0.0 { (l, u) } else { (u, l) };
                lo = lo.max(l);
                hi = hi.min(u);
            }
            if p.var_kind(v).is_integral() {
                lo = (lo - 1e-9).ceil();
                hi = (hi + 1e-9).floor();
            }
            let t = if sense * self.cost[v.index()] > 0.0 {
                lo
            } else {
                hi
            };
            if t.is_finite() && lo <= hi && t != xi {
                self.set(v, t);
            }
        }
    }

    /// 1-opt of binary `v`: its cheaper value (by `sense`, +1 when
    /// minimizing) when every row, and its one-hot or at-most-one row,
    /// still holds.
    fn one_opt(&mut self, v: VarId, sense: f64) {
        let i = v.index();
        let better = if sense * self.cost[i] < 0.0 { 1.0 } else { 0.0 };
        if self.x[i] == better {
            return;
        }
        let g = self.group[i];
        // In a one-hot row a binary only shifts; in an at-most-one row it
        // is removed, or inserted into an empty one.
        let free = g == NONE
            || (self.at_most[g as usize] && (better == 0.0 || self.one[g as usize].is_none()));
        if !free {
            return;
        }
        let d = better - self.x[i];
        let fits = self.problem.column(v).all(|(r, a)| {
            let r = r.index();
            self.violation(r, self.act[r] + a * d) == 0.0
        });
        if fits {
            self.set(v, better);
            if g != NONE {
                self.one[g as usize] = (better == 1.0).then_some(v);
            }
            self.stats.one_opt += 1;
        }
    }

    /// Walks until `stop()` says so (checked every 64 steps), offering
    /// every point that satisfies all rows and the cutoff to `incumbent`.
    /// Returns early when a solution reaches the bound.
    pub fn run(&mut self, incumbent: &Incumbent, stop: &dyn Fn(&Self) -> bool) {
        let p = self.problem;
        if self.cost_vars.is_empty() {
            return;
        }
        loop {
            if self.step % 64 == 0 {
                if stop(self) {
                    return;
                }
                // Another stage may have found better.
                if let Some(best) = incumbent.best_objective()
                    && self.target.is_some_and(|t| p.sense().is_better(best, t))
                {
                    self.set_target(best);
                }
                if self.target.is_some_and(|t| self.reaches_bound(t)) {
                    return;
                }
                if self.step - self.last_gain > self.restart_after {
                    if let Some(best) = incumbent.best() {
                        self.restart(best.solution.values());
                    }
                    self.last_gain = self.step;
                    self.restart_after *= 2;
                }
            }
            if self.step_once() {
                continue;
            }
            // Every row holds: a better point.
            self.polish();
            let sol = Solution::from_values(self.x.clone());
            let objective = p.objective_value(sol.values());
            self.last_gain = self.step;
            if incumbent.offer(p, &sol, "local search", &self.tolerances) {
                self.stats.improvements += 1;
                self.stats.last_improvement_s = Some(self.started.elapsed().as_secs_f64());
            }
            let next = match incumbent.best_objective() {
                Some(b) if p.sense().is_better(b, objective) => b,
                _ => objective,
            };
            self.set_target(next);
            if self.reaches_bound(next) {
                return;
            }
            if self.violated.is_empty() {
                // The cutoff cannot move (no objective change possible).
                return;
            }
        }
    }

    /// Steps made so far.
    #[cfg(test)]
    pub fn steps(&self) -> u64 {
        self.step
    }

    /// Whether the walk has not improved for half its running time and
    /// for at least `min_s` seconds (since its start when it never has).
    pub fn stalled(&self, min_s: f64) -> bool {
        let since = self.elapsed().as_secs_f64();
        let last = self.stats.last_improvement_s.unwrap_or(0.0);
        since - last > (0.5 * since).max(min_s)
    }

    /// Seconds since the walk was built.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

/// `start` inside the bounds, integer variables rounded.
fn rounded_point(problem: &Problem, start: &[f64]) -> Vec<f64> {
    problem
        .vars()
        .map(|v| {
            let t = start[v.index()].clamp(problem.var_lower(v), problem.var_upper(v));
            if problem.var_kind(v).is_integral() {
                t.round()
            } else {
                t
            }
        })
        .collect()
}

/// `1 / max |a|` of every row, then of the objective (the cutoff row's
/// scale): violations are compared in these units.
fn row_scales(problem: &Problem, cost: &[f64]) -> Vec<f64> {
    let inverse = |big: f64| if big > 0.0 { 1.0 / big } else { 1.0 };
    let mut scale: Vec<f64> = problem
        .rows()
        .map(|r| inverse(problem.row(r).map(|(_, a)| a.abs()).fold(0.0, f64::max)))
        .collect();
    scale.push(inverse(cost.iter().map(|c| c.abs()).fold(0.0, f64::max)));
    scale
}

/// The one-hot rows (`Σ x = 1` over binaries with coefficient 1, no
/// binary in two of them) on which `x` has exactly one 1, and the
/// at-most-one rows (`Σ x ≤ 1`, the same form) on which it has at most
/// one.
struct OneHotRows {
    /// The row group of every variable (`NONE` outside one).
    group: Vec<u32>,
    /// The variables of every group.
    members: Vec<Vec<VarId>>,
    /// The variable at 1 in every group (`None`: an at-most-one row at 0).
    one: Vec<Option<VarId>>,
    /// Whether each group is an at-most-one row.
    at_most: Vec<bool>,
}

fn one_hot_rows(problem: &Problem, x: &[f64]) -> OneHotRows {
    let mut rows = OneHotRows {
        group: vec![NONE; problem.num_vars()],
        members: Vec::new(),
        one: Vec::new(),
        at_most: Vec::new(),
    };
    for r in problem.rows() {
        let (l, u) = (problem.row_lower(r), problem.row_upper(r));
        let at_most = l <= 0.0;
        if (l != 1.0 && !at_most) || u != 1.0 || problem.row(r).len() < 2 {
            continue;
        }
        let vars: Vec<VarId> = problem.row(r).map(|(v, _)| v).collect();
        let fits = problem.row(r).all(|(v, a)| {
            a == 1.0 && problem.var_kind(v) == VarKind::Binary && rows.group[v.index()] == NONE
        });
        let ones: Vec<VarId> = vars
            .iter()
            .copied()
            .filter(|v| x[v.index()] == 1.0)
            .collect();
        if !fits || ones.len() > 1 || (ones.is_empty() && !at_most) {
            continue;
        }
        let g = rows.members.len() as u32;
        for v in &vars {
            rows.group[v.index()] = g;
        }
        rows.members.push(vars);
        rows.one.push(ones.first().copied());
        rows.at_most.push(at_most);
    }
    rows
}

/// Link columns: binaries with a cost, outside one-hot rows, that only
/// record a relation between two assignments, like a cut edge `z_u_v` in
/// `x_u_p − x_v_p − z_u_v ≤ 0` (graph partitioning) or a pair's
/// interaction cost. Moving such a column alone only trades a violated
/// row for the objective; its value follows from the assignments. So a
/// link column never moves alone: it takes the cheapest value its rows
/// allow after every move (a vertex move is one move with its cut edges),
/// and the cutoff row's candidate moves are the moves of the assignments
/// that hold it at its costly value.
///
/// A column is a link when its cheaper value never helps a row (in every
/// row it can only be pushed towards its costly value) and the other
/// entries of its rows are binaries of at most two one-hot or
/// at-most-one rows. Columns that record the use of a resource (a bin,
/// a color, a facility) have members of many such rows and stay ordinary
/// columns: closing one and evicting its members is their move.
fn link_columns(problem: &Problem, cost: &[f64], group: &[u32]) -> Vec<bool> {
    let sense = problem.sense().sign();
    problem
        .vars()
        .map(|l| {
            let i = l.index();
            if cost[i] == 0.0
                || group[i] != NONE
                || problem.var_kind(l) != VarKind::Binary
                || problem.column(l).len() == 0
            {
                return false;
            }
            // +1: the cheap value is 0 and a row may only push `l` up.
            let down = sense * cost[i] > 0.0;
            let mut groups = [NONE; 2];
            problem.column(l).all(|(r, a)| {
                let (lo, up) = (problem.row_lower(r), problem.row_upper(r));
                // Raising (lowering) `l` must never violate the row.
                let one_sided = if (a > 0.0) == down {
                    up == f64::INFINITY
                } else {
                    lo == f64::NEG_INFINITY
                };
                one_sided
                    && problem.row(r).all(|(w, _)| {
                        if w == l {
                            return true;
                        }
                        let g = group[w.index()];
                        if g == NONE {
                            return false;
                        }
                        if groups.contains(&g) {
                            return true;
                        }
                        match groups.iter_mut().find(|s| **s == NONE) {
                            Some(slot) => {
                                *slot = g;
                                true
                            }
                            None => false,
                        }
                    })
            })
        })
        .collect()
}

/// For every variable, the link columns sharing a row with it (CSR:
/// offsets, then the lists; each link once per variable).
fn links_by_column(problem: &Problem, link: &[bool]) -> (Vec<usize>, Vec<VarId>) {
    let mut start = Vec::with_capacity(problem.num_vars() + 1);
    let mut links = Vec::new();
    start.push(0);
    if link.iter().any(|&l| l) {
        let mut linked = vec![false; problem.num_rows()];
        for l in problem.vars().filter(|l| link[l.index()]) {
            for (r, _) in problem.column(l) {
                linked[r.index()] = true;
            }
        }
        for v in problem.vars() {
            let first = links.len();
            for (r, _) in problem.column(v).filter(|(r, _)| linked[r.index()]) {
                for (w, _) in problem.row(r) {
                    if w != v && link[w.index()] && !links[first..].contains(&w) {
                        links.push(w);
                    }
                }
            }
            start.push(links.len());
        }
    } else {
        start.resize(problem.num_vars() + 1, 0);
    }
    (start, links)
}

/// Which rows are covering rows: `Σ x ≥ 1` over at least two binaries,
/// every coefficient 1, the upper side no tighter than the row's length
/// (so that only the lower side can be violated by a covering move).
fn covering_rows(problem: &Problem) -> Vec<bool> {
    problem
        .rows()
        .map(|r| {
            let len = problem.row(r).len();
            problem.row_lower(r) == 1.0
                && problem.row_upper(r) >= len as f64
                && len >= 2
                && problem
                    .row(r)
                    .all(|(v, a)| a == 1.0 && problem.var_kind(v) == VarKind::Binary)
        })
        .collect()
}

/// Runs the walk alone from the incumbent until `budget` expires, or until
/// it stalls (no improvement for half its running time, at least 0.05 s),
/// or the bound is reached; `stop` ends it early too.
pub fn run_alone(walk: &mut Walk<'_>, incumbent: &Incumbent, budget: Budget, stop: &AtomicBool) {
    walk.run(incumbent, &|w| {
        if budget.expired() || stop.load(Ordering::Relaxed) {
            return true;
        }
        w.stalled(0.05)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{
        BinPackingData, BinPackingParams, ColoringData, Graph, GraphPartitionData, PcmaxData,
        PcmaxParams,
    };
    use crate::model::ProblemBuilder;
    use crate::verify::verify;

    /// A walk of a fixed number of steps (seeded, so the result does not
    /// depend on the machine's speed).
    fn walk_from(p: &Problem, start: &[f64], steps: u64) -> Incumbent {
        let inc = Incumbent::new(Instant::now());
        let tol = Tolerances::default();
        assert!(inc.offer(p, &Solution::from_values(start.to_vec()), "start", &tol));
        let objective = p.objective_value(start);
        let mut walk = Walk::new(p, &LocalSearch::default(), start, objective, None, tol);
        walk.run(&inc, &|w| w.steps() >= steps);
        inc
    }

    #[test]
    fn bin_packing_from_one_item_per_bin_reaches_first_fit() {
        let params = BinPackingParams {
            items: 30,
            ..Default::default()
        };
        let data = BinPackingData::draw(&params, 5).expect("draws");
        let p = data.to_problem("bpp").expect("builds");
        let start = data
            .solution(&data.one_item_per_bin().expect("as many bins as items"))
            .expect("an assignment");
        let first_fit = data
            .first_fit()
            .expect("fits")
            .iter()
            .max()
            .map_or(0, |&b| b + 1);
        let inc = walk_from(&p, start.values(), 100_000);
        let best = inc.best().expect("the start at least");
        assert!(verify(&p, best.solution.values(), &Tolerances::default()).feasible);
        assert!(
            best.objective <= f64::from(first_fit),
            "local search ends at {} bins, first fit needs {first_fit}",
            best.objective
        );
        assert_eq!(best.source, "local search");
    }

    #[test]
    fn scheduling_from_one_machine_beats_list_scheduling() {
        let params = PcmaxParams {
            jobs: 24,
            machines: 4,
            ..Default::default()
        };
        let data = PcmaxData::draw(&params, 9).expect("draws");
        let p = data.to_problem("pcmax").expect("builds");
        let start = data.solution(&[0; 24]).expect("an assignment");
        // Graham's list scheduling in job order.
        let mut load = [0u32; 4];
        for &t in &data.times {
            let j = (0..4).min_by_key(|&j| load[j]).expect("machines");
            load[j] += t;
        }
        let list = f64::from(*load.iter().max().expect("machines"));
        let inc = walk_from(&p, start.values(), 100_000);
        let best = inc.best().expect("the start at least");
        assert!(verify(&p, best.solution.values(), &Tolerances::default()).feasible);
        assert!(
            best.objective <= list,
            "local search ends at makespan {}, list scheduling gives {list}",
            best.objective
        );
    }

    /// Items in at most one of two knapsacks (`Σ_k x_ik <= 1`), the
    /// profit of item `i` in knapsack `k` is `profit[i][k]`; returns the
    /// problem and the columns `x[i][k]`.
    fn knapsacks(
        weights: &[f64],
        profit: &[[f64; 2]],
        caps: [f64; 2],
    ) -> (Problem, Vec<[VarId; 2]>) {
        let mut b = ProblemBuilder::new("at_most_one");
        b.set_sense(Sense::Maximize);
        let mut x = Vec::new();
        for (i, pr) in profit.iter().enumerate() {
            let slot = [0, 1].map(|k| {
                b.add_var(format!("x_{i}_{k}"), VarKind::Binary, 0.0, 1.0, pr[k])
                    .expect("fine")
            });
            let row = [(slot[0], 1.0), (slot[1], 1.0)];
            b.add_row(format!("item_{i}"), f64::NEG_INFINITY, 1.0, &row)
                .expect("fine");
            x.push(slot);
        }
        for (k, cap) in caps.into_iter().enumerate() {
            let row: Vec<_> = x.iter().zip(weights).map(|(s, &w)| (s[k], w)).collect();
            b.add_row(format!("cap_{k}"), f64::NEG_INFINITY, cap, &row)
                .expect("fine");
        }
        (b.build().expect("builds"), x)
    }

    /// The moves of every variable and their change of weighted violation.
    fn scored_moves(w: &mut Walk<'_>) -> Vec<(f64, Move)> {
        let mut moves = Vec::new();
        for v in w.problem.vars() {
            w.moves_of(v, &mut moves);
        }
        moves.into_iter().map(|m| (w.delta(m), m)).collect()
    }

    #[test]
    fn an_at_most_one_row_inserts_shifts_and_removes() {
        let (p, x) = knapsacks(&[1.0], &[[1.0, 1.0]], [5.0, 5.0]);
        let tol = Tolerances::default();
        let mut w = Walk::new(&p, &LocalSearch::default(), &[0.0, 0.0], 0.0, None, tol);
        let mut moves = Vec::new();
        w.moves_of(x[0][0], &mut moves);
        assert!(
            matches!(moves[..], [Move::Set(v, 1.0)] if v == x[0][0]),
            "{moves:?}"
        );
        w.apply(Move::Set(x[0][0], 1.0));
        moves.clear();
        w.moves_of(x[0][0], &mut moves);
        assert!(
            matches!(moves[..], [Move::Shift(a, b), Move::Set(c, 0.0)] if a == x[0][0] && b == x[0][1] && c == a),
            "{moves:?}"
        );
        moves.clear();
        w.moves_of(x[0][1], &mut moves);
        assert!(
            matches!(moves[..], [Move::Shift(a, b)] if a == x[0][0] && b == x[0][1]),
            "{moves:?}"
        );
    }

    #[test]
    fn moving_an_item_to_the_knapsack_where_it_earns_more_is_one_shift() {
        // One item in knapsack 0 earning 1; in knapsack 1 it earns 3. The
        // only improving move is the shift: removing it loses the profit
        // and it cannot be inserted twice.
        let (p, x) = knapsacks(&[2.0], &[[1.0, 3.0]], [5.0, 5.0]);
        let mut start = vec![0.0; p.num_vars()];
        start[x[0][0].index()] = 1.0;
        let tol = Tolerances::default();
        let mut w = Walk::new(&p, &LocalSearch::default(), &start, 1.0, None, tol);
        let improving: Vec<_> = scored_moves(&mut w)
            .into_iter()
            .filter(|&(d, _)| d < -1e-12)
            .collect();
        // (Each member of the row lists the shift between them.)
        assert!(!improving.is_empty());
        assert!(
            improving
                .iter()
                .all(|&(_, m)| matches!(m, Move::Shift(a, b) if a == x[0][0] && b == x[0][1])),
            "{improving:?}"
        );
        let inc = walk_from(&p, &start, 1_000);
        assert_eq!(inc.best().expect("the start").objective, 3.0);
    }

    #[test]
    fn polishing_packs_an_item_that_still_fits_and_leaves_one_that_does_not() {
        // Item 0 (weight 2) fits in knapsack 1's free room; item 1 (weight
        // 9) fits nowhere. 1-opt packs item 0 only.
        let (p, x) = knapsacks(
            &[2.0, 9.0, 4.0],
            &[[2.0, 2.0], [9.0, 9.0], [4.0, 4.0]],
            [5.0, 3.0],
        );
        let mut start = vec![0.0; p.num_vars()];
        start[x[2][0].index()] = 1.0;
        let tol = Tolerances::default();
        let mut w = Walk::new(&p, &LocalSearch::default(), &start, 4.0, None, tol);
        w.polish();
        assert_eq!(w.stats.one_opt, 1);
        assert_eq!(w.x[x[1][0].index()] + w.x[x[1][1].index()], 0.0);
        assert_eq!(w.x[x[0][0].index()] + w.x[x[0][1].index()], 1.0);
        let report = verify(&p, &w.x, &tol);
        assert!(report.feasible);
        assert_eq!(report.objective, 6.0);
    }

    #[test]
    fn maximizing_moves_the_cutoff_up_and_reaches_the_enumerated_optimum() {
        // Six items, each in knapsack A, knapsack B or left out (a one-hot
        // row); profit is earned in a knapsack; capacities 10 and 7.
        let weights = [4.0, 5.0, 3.0, 6.0, 2.0, 7.0];
        let profits = [5.0, 6.0, 3.0, 8.0, 2.0, 9.0];
        let mut b = ProblemBuilder::new("knapsacks");
        b.set_sense(Sense::Maximize);
        let mut x = Vec::new();
        for (i, &p_i) in profits.iter().enumerate() {
            let slot: Vec<VarId> = (0..3)
                .map(|k| {
                    let profit = if k < 2 { p_i } else { 0.0 };
                    b.add_var(format!("x_{i}_{k}"), VarKind::Binary, 0.0, 1.0, profit)
                        .expect("fine")
                })
                .collect();
            let row: Vec<_> = slot.iter().map(|&v| (v, 1.0)).collect();
            b.add_row(format!("one_{i}"), 1.0, 1.0, &row).expect("fine");
            x.push(slot);
        }
        for (k, cap) in [(0, 10.0), (1, 7.0)] {
            let row: Vec<_> = (0..6).map(|i| (x[i][k], weights[i])).collect();
            b.add_row(format!("cap_{k}"), f64::NEG_INFINITY, cap, &row)
                .expect("fine");
        }
        let p = b.build().expect("builds");
        let mut best = 0.0f64;
        for code in 0..729u32 {
            let (mut load, mut profit, mut c) = ([0.0; 2], 0.0, code);
            for i in 0..6 {
                let k = (c % 3) as usize;
                c /= 3;
                if k < 2 {
                    load[k] += weights[i];
                    profit += profits[i];
                }
            }
            if load[0] <= 10.0 && load[1] <= 7.0 {
                best = best.max(profit);
            }
        }
        let mut start = vec![0.0; p.num_vars()];
        for slot in &x {
            start[slot[2].index()] = 1.0;
        }
        let inc = walk_from(&p, &start, 20_000);
        let found = inc.best().expect("the start at least");
        assert!(verify(&p, found.solution.values(), &Tolerances::default()).feasible);
        assert_eq!(found.objective, best);
    }

    /// A set cover (minimize): column `k` costs `sets[k].0` and covers the
    /// elements `sets[k].1` (rows `Σ x ≥ 1`, one per element).
    fn set_cover(elements: usize, sets: &[(f64, &[usize])]) -> (Problem, Vec<VarId>) {
        let mut b = ProblemBuilder::new("cover");
        let x: Vec<VarId> = sets
            .iter()
            .enumerate()
            .map(|(k, &(cost, _))| {
                b.add_var(format!("s_{k}"), VarKind::Binary, 0.0, 1.0, cost)
                    .expect("fine")
            })
            .collect();
        for e in 0..elements {
            let row: Vec<_> = sets
                .iter()
                .zip(&x)
                .filter(|((_, covered), _)| covered.contains(&e))
                .map(|(_, &v)| (v, 1.0))
                .collect();
            b.add_row(format!("e_{e}"), 1.0, f64::INFINITY, &row)
                .expect("fine");
        }
        (b.build().expect("builds"), x)
    }

    /// `from`'s only move in `w` is its swap with `to`.
    fn assert_only_swap(w: &Walk<'_>, from: VarId, to: VarId) {
        let mut moves = Vec::new();
        w.moves_of(from, &mut moves);
        assert!(
            matches!(moves[..], [Move::Swap(a, b)] if a == from && b == to),
            "{moves:?}"
        );
    }

    /// The moves whose change of weighted violation is negative.
    fn improving(w: &mut Walk<'_>) -> Vec<(f64, Move)> {
        scored_moves(w)
            .into_iter()
            .filter(|&(d, _)| d < -1e-12)
            .collect()
    }

    #[test]
    fn a_covering_row_loses_a_member_only_while_it_stays_covered() {
        // Element 0 is covered by sets 0 and 1, element 1 by set 1 alone
        // (set 2 could cover it). Removing the costly set 0 is the only
        // improvement; set 1 is not removed (element 1 would be
        // uncovered) but may swap with set 2, which costs more.
        let (p, x) = set_cover(2, &[(5.0, &[0]), (1.0, &[0, 1]), (4.0, &[1])]);
        assert!(covering_rows(&p).iter().all(|&c| c));
        let tol = Tolerances::default();
        let start = [1.0, 1.0, 0.0];
        let mut w = Walk::new(&p, &LocalSearch::default(), &start, 6.0, None, tol);
        assert_only_swap(&w, x[1], x[2]);
        let better = improving(&mut w);
        assert!(
            matches!(better[..], [(_, Move::Set(v, 0.0))] if v == x[0]),
            "{better:?}"
        );
        let inc = walk_from(&p, &start, 1_000);
        assert_eq!(inc.best().expect("the start").objective, 1.0);
    }

    #[test]
    fn an_uncovered_row_gets_a_member_inserted() {
        // Element 0 (sets 0 and 3) is uncovered, element 1 (sets 1 and 2)
        // is covered by set 1; the cutoff is far. Only inserting a set
        // that covers element 0 improves: swapping set 1 for set 2 leaves
        // element 0 as it is.
        let sets: [(f64, &[usize]); 4] = [(2.0, &[0]), (1.0, &[1]), (3.0, &[1]), (4.0, &[0])];
        let (p, x) = set_cover(2, &sets);
        let tol = Tolerances::default();
        let start = [0.0, 1.0, 0.0, 0.0];
        let mut w = Walk::new(&p, &LocalSearch::default(), &start, 100.0, None, tol);
        assert_eq!(w.violated, vec![0]);
        // Set 1 alone covers element 1: it may only swap with set 2.
        assert_only_swap(&w, x[1], x[2]);
        let better = improving(&mut w);
        assert_eq!(better.len(), 2, "{better:?}");
        assert!(
            better
                .iter()
                .all(|&(_, m)| matches!(m, Move::Set(v, 1.0) if v == x[0] || v == x[3])),
            "{better:?}"
        );
        w.apply(better[0].1);
        assert!(w.violated.is_empty());
        assert!(verify(&p, &w.x, &tol).feasible);
    }

    #[test]
    fn a_vertex_move_takes_its_cut_edges_along() {
        // Four vertices, three parts of at most two; edge 0-1 weighs 5,
        // edge 2-3 weighs 1. From parts {0}, {1}, {2, 3} (cut 5) moving
        // vertex 1 next to vertex 0 uncuts the edge: one improving move,
        // since the cut-edge column follows the vertices.
        let graph = Graph::new(4, &[(0, 1), (2, 3)]).unwrap();
        let data = GraphPartitionData::new(graph, vec![5, 1], 3).unwrap();
        let p = data.to_problem("gpp").unwrap();
        let start = data.solution(&[0, 1, 2, 2]).unwrap();
        let objective = p.objective_value(start.values());
        assert_eq!(objective, 5.0);
        let tol = Tolerances::default();
        let mut w = Walk::new(
            &p,
            &LocalSearch::default(),
            start.values(),
            objective,
            None,
            tol,
        );
        let (x, z01) = (|v: u32, q: u32| VarId(v * 3 + q), VarId(12));
        assert!(
            w.link[z01.index()] && w.link[13],
            "the cut edges are link columns"
        );
        assert!((0..12).all(|i| !w.link[i]), "the assignments are not");
        let mut moves = Vec::new();
        w.moves_of(z01, &mut moves);
        assert!(moves.is_empty(), "a link never moves alone: {moves:?}");
        w.driver_moves(z01, &mut moves);
        assert!(
            moves
                .iter()
                .any(|m| matches!(m, Move::Shift(a, b) if *a == x(1, 1) && *b == x(1, 0)))
        );
        let gain = w.delta(Move::Shift(x(1, 1), x(1, 0)));
        assert!(gain < 0.0, "the move meets the cutoff: {gain}");
        w.apply(Move::Shift(x(1, 1), x(1, 0)));
        assert_eq!(w.x[z01.index()], 0.0);
        assert!(w.violated.is_empty(), "a better point: {:?}", w.violated);
        assert_eq!(p.objective_value(&w.x), 0.0);
        assert!(verify(&p, &w.x, &tol).feasible);
    }

    #[test]
    fn resource_columns_are_not_links() {
        // A color's use (`w_c` in every edge row of that color) and a bin's
        // (`y_b` in its capacity row) gather many vertices or items: closing
        // one and evicting them stays their move.
        let graph = Graph::new(4, &[(0, 1), (1, 2), (2, 3)]).unwrap();
        let coloring = ColoringData::new(graph, Some(3)).unwrap();
        let bins = BinPackingData::new(vec![4, 5, 6], 10, 3).unwrap();
        let cases = [
            (
                coloring.to_problem("c").unwrap(),
                coloring.solution(&[0, 1, 0, 1]).unwrap(),
            ),
            (
                bins.to_problem("b").unwrap(),
                bins.solution(&[0, 0, 1]).unwrap(),
            ),
        ];
        for (p, x) in &cases {
            let cost: Vec<f64> = p.vars().map(|v| p.objective_coefficient(v)).collect();
            let groups = one_hot_rows(p, x.values());
            assert!(
                groups.group.iter().any(|&g| g != NONE),
                "one-hot rows found"
            );
            assert!(!link_columns(p, &cost, &groups.group).contains(&true));
        }
    }

    #[test]
    fn replacing_a_costly_cover_by_a_cheap_one_is_one_swap() {
        // One element, covered by set 0 (cost 5) or set 1 (cost 1), set 0
        // chosen. Removing set 0 uncovers the element (not a move);
        // inserting set 1 breaks the cutoff (cost 6 > 4): the swap is the
        // only improvement.
        let (p, x) = set_cover(1, &[(5.0, &[0]), (1.0, &[0])]);
        let tol = Tolerances::default();
        let mut w = Walk::new(&p, &LocalSearch::default(), &[1.0, 0.0], 5.0, None, tol);
        assert_only_swap(&w, x[0], x[1]);
        let better = improving(&mut w);
        assert!(
            matches!(better[..], [(_, Move::Swap(a, b))] if a == x[0] && b == x[1]),
            "{better:?}"
        );
        let inc = walk_from(&p, &[1.0, 0.0], 1_000);
        assert_eq!(inc.best().expect("the start").objective, 1.0);
    }

    #[test]
    fn makespan_is_implied_integer_and_fractional_costs_are_not() {
        let data = PcmaxData::draw(&PcmaxParams::default(), 1).expect("draws");
        assert!(integral_objective(&data.to_problem("p").expect("builds")));
        let mut b = ProblemBuilder::new("frac");
        let x = b
            .add_var("x", VarKind::Integer, 0.0, 5.0, 0.5)
            .expect("fine");
        b.add_row("r", 1.0, f64::INFINITY, &[(x, 1.0)])
            .expect("fine");
        assert!(!integral_objective(&b.build().expect("builds")));
    }
}
