//! The search: best-bound node selection with depth-first plunging, every
//! node propagated (rows, objective cutoff, reduced costs, symmetry) before
//! its LP is solved warm from its parent's basis.

use std::rc::Rc;
use std::time::Instant;

use super::node::{BoundChange, Branching, Node, NodeQueue};
use super::progress::{Line, Progress};
use super::pseudocost::PseudoCosts;
use super::settings::{BnbResult, BnbSettings, BnbStats};
use super::symmetry_handling::SymmetryHandling;
use crate::budget::Budget;
use crate::domains::{Conflict, Domains};
use crate::lp::{Lp, LpLimits, LpStatus};
use crate::model::objective::objective_step;
use crate::model::{Problem, Sense, VarId};
use crate::status::Status;
use crate::tolerances::INTEGRALITY;
use crate::verify::{Tolerances, verify};

/// How often the incumbent feed is polled at most.
const FEED_INTERVAL: std::time::Duration = std::time::Duration::from_millis(50);

/// Why the tree search stopped before the tree was closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limit {
    /// The time or node limit.
    Stopped,
    /// The root LP relaxation is unbounded.
    Unbounded,
}

/// What processing a node led to.
pub(crate) enum Processed {
    /// Infeasible, cut off, or solved (an integral LP point).
    Pruned,
    /// Two children; the first is the one to dive into.
    Branched(Node, Node),
    /// The time ran out while the node was being processed.
    Interrupted(Node),
    /// The node was tightened (strong branching emptied one side): process
    /// it again at once.
    Again(Node),
}

/// A branch-and-cut run over one problem.
pub(crate) struct Search<'a> {
    /// The problem as given: points are verified and symmetry is detected
    /// on it.
    pub original: &'a Problem,
    /// The problem the search works on: `original` or its presolved copy
    /// (same columns, rows and integer points; see [`super::presolve`]).
    pub p: &'a Problem,
    pub settings: &'a BnbSettings,
    /// The run's wall-clock budget (its deadline is the time limit).
    pub budget: Budget,
    /// +1 when minimizing, −1 when maximizing: the LP minimizes `sign·c·x`.
    pub sign: f64,
    /// The objective's lattice step (see [`objective_step`]): bounds are
    /// rounded up onto it and the cutoff is one step below the incumbent.
    pub step: Option<f64>,
    pub domains: Domains<'a>,
    /// The trail mark of the global (root) domains.
    pub root_mark: usize,
    pub global_lower: Vec<f64>,
    pub global_upper: Vec<f64>,
    pub lp: Lp,
    /// Variables whose LP bounds differ from the global domains.
    lp_touched: Vec<u32>,
    touched_flag: Vec<bool>,
    /// The node whose final basis the LP holds.
    lp_holds: Option<u64>,
    pub incumbent: Option<(Vec<f64>, f64)>,
    /// A node whose LP value (minimization form) exceeds this is pruned.
    pub threshold: f64,
    pub queue: NodeQueue,
    pub pseudo: PseudoCosts,
    pub symmetry: SymmetryHandling,
    /// Root LP value and reduced costs of nonbasic integer columns.
    pub root_reduced: Option<(f64, Vec<(u32, f64)>)>,
    pub stats: BnbStats,
    pub progress: Progress,
    next_id: u64,
    /// The bound of the node being processed (for the global bound).
    current_bound: Option<f64>,
    /// The root LP is unbounded: the search stops.
    unbounded: bool,
    /// When the incumbent feed was last polled.
    fed_at: Instant,
}

impl<'a> Search<'a> {
    pub fn new(
        original: &'a Problem,
        p: &'a Problem,
        settings: &'a BnbSettings,
        budget: Budget,
    ) -> Self {
        let sign = match p.sense() {
            Sense::Minimize => 1.0,
            Sense::Maximize => -1.0,
        };
        let n = p.num_vars();
        Search {
            original,
            p,
            settings,
            budget,
            sign,
            step: objective_step(p),
            domains: Domains::new(p, 20),
            root_mark: 0,
            global_lower: Vec::new(),
            global_upper: Vec::new(),
            lp: Lp::from_problem(p),
            lp_touched: Vec::new(),
            touched_flag: vec![false; n],
            lp_holds: None,
            incumbent: None,
            threshold: f64::INFINITY,
            queue: NodeQueue::default(),
            pseudo: PseudoCosts::new(n),
            symmetry: SymmetryHandling::disabled(),
            root_reduced: None,
            stats: BnbStats::default(),
            progress: Progress::new(settings.log, settings.log_interval),
            next_id: 1,
            current_bound: None,
            unbounded: false,
            fed_at: budget.start(),
        }
    }

    /// Runs the whole search.
    pub fn run(mut self) -> BnbResult {
        if let Some(x) = self.settings.warm_start.clone() {
            self.offer(x);
        }
        let t = Instant::now();
        let root_ok = self.domains.propagate_all().is_ok();
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
        if root_ok
            && self.settings.symmetry
            && self.p.vars().any(|v| self.p.var_kind(v).is_integral())
        {
            let t = Instant::now();
            self.symmetry = match &self.settings.known_symmetry {
                Some(known) => SymmetryHandling::from_symmetry(self.original, known),
                None => SymmetryHandling::detect(self.original, &self.budget.stage()),
            };
            self.stats.orbitopes = self.symmetry.orbitopes();
            self.stats.time_symmetry_s += t.elapsed().as_secs_f64();
        }
        let root_ok = root_ok && self.fix_by_symmetry().is_ok();
        self.root_mark = self.domains.mark();
        self.global_lower = self.domains.lowers().to_vec();
        self.global_upper = self.domains.uppers().to_vec();
        for v in 0..self.p.num_vars() {
            set_bounds(
                &mut self.lp,
                v,
                self.global_lower[v],
                self.global_upper[v],
                &mut self.stats,
            );
        }
        self.progress.header();
        let mut status = None;
        if root_ok {
            let root = Node {
                changes: Vec::new(),
                bound: f64::NEG_INFINITY,
                basis: None,
                depth: 0,
                id: 0,
                parent: None,
                branching: None,
            };
            status = self.search(root);
        }
        self.finish(status)
    }

    /// The tree search from `root`; `Some(limit)` when a limit stopped it.
    fn search(&mut self, root: Node) -> Option<Limit> {
        let mut current = Some(root);
        loop {
            // The node held for diving is open too.
            self.current_bound = current.as_ref().map(|n| n.bound);
            self.poll_feed();
            if let Some(stop) = self.stop() {
                if let Some(node) = current.take() {
                    self.queue.push(node);
                }
                return stop;
            }
            let node = match current.take() {
                Some(node) => node,
                // An empty queue: the tree is closed.
                None => self.queue.pop()?,
            };
            if node.bound > self.threshold {
                continue;
            }
            self.current_bound = Some(node.bound);
            let line = self.line(node.depth);
            self.progress.tick(self.budget.start(), &line);
            self.stats.nodes += 1;
            self.stats.max_depth = self.stats.max_depth.max(node.depth);
            match self.process(node) {
                Processed::Pruned => {}
                Processed::Branched(first, second) => {
                    self.queue.push(second);
                    if self.keep_plunging(&first) {
                        current = Some(first);
                    } else {
                        self.queue.push(first);
                    }
                }
                Processed::Interrupted(node) => {
                    self.queue.push(node);
                    return Some(Limit::Stopped);
                }
                Processed::Again(node) => current = Some(node),
            }
            self.current_bound = None;
        }
    }

    /// Takes a better point from the incumbent feed, at most every 50 ms.
    fn poll_feed(&mut self) {
        let Some(feed) = &self.settings.incumbent_feed else {
            return;
        };
        if self.fed_at.elapsed() < FEED_INTERVAL {
            return;
        }
        self.fed_at = Instant::now();
        if let Some(x) = feed.poll(self.reported_incumbent())
            && self.offer(x)
        {
            self.stats.fed_incumbents += 1;
        }
    }

    /// Whether the search ends before the next node: `Some(Some(limit))`
    /// for a limit (or an unbounded root), `Some(None)` when the gap is
    /// closed.
    fn stop(&self) -> Option<Option<Limit>> {
        if self.budget.expired()
            || self
                .settings
                .node_limit
                .is_some_and(|l| self.stats.nodes >= l)
        {
            Some(Some(Limit::Stopped))
        } else if self.unbounded {
            Some(Some(Limit::Unbounded))
        } else if self.gap_closed() {
            Some(None)
        } else {
            None
        }
    }

    /// Dive into the child while no incumbent is known, or while its bound
    /// stays in the better half between the best open bound and the cutoff.
    fn keep_plunging(&self, child: &Node) -> bool {
        let Some(best) = self.queue.best_bound() else {
            return true;
        };
        if !self.threshold.is_finite() {
            return true;
        }
        child.bound <= best + 0.5 * (self.threshold - best).max(0.0)
    }

    /// Whether the incumbent meets the global bound within the gap.
    fn gap_closed(&self) -> bool {
        let Some((_, z)) = &self.incumbent else {
            return false;
        };
        match self.global_bound() {
            None => true,
            Some(b) => *z - b <= self.gap_tolerance(*z),
        }
    }

    /// The absolute gap at which `z` counts as proven: the relative gap
    /// of the settings (at least 1e-9) times `max(|z|, 1)`, the
    /// denominator of [`crate::status::relative_gap`].
    fn gap_tolerance(&self, z: f64) -> f64 {
        (self.settings.relative_gap * z.abs().max(1.0)).max(1e-9 * z.abs().max(1.0))
    }

    /// The smallest bound of an open or current node (minimization form),
    /// never above the incumbent; `None` when the tree is empty.
    pub fn global_bound(&self) -> Option<f64> {
        let open = match (self.queue.best_bound(), self.current_bound) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (&self.incumbent, open) {
            (Some((_, z)), Some(b)) => Some(b.min(*z)),
            (Some((_, z)), None) => Some(*z),
            (None, b) => b,
        }
    }

    /// The numbers of a progress line.
    fn line(&self, depth: u32) -> Line {
        Line {
            nodes: self.stats.nodes,
            open: self.queue.len(),
            depth,
            lp_iterations: self.stats.lp_iterations,
            bound: self
                .global_bound()
                .map(|z| self.sign * z + self.p.objective_offset()),
            incumbent: self.reported_incumbent(),
        }
    }

    /// The incumbent's objective in the problem's sense, offset included.
    fn reported_incumbent(&self) -> Option<f64> {
        self.incumbent
            .as_ref()
            .map(|(_, z)| self.sign * z + self.p.objective_offset())
    }

    /// A lower bound moved onto the objective's lattice when it has one.
    pub fn round_bound(&self, z: f64) -> f64 {
        match self.step {
            Some(g) => ((z - 1e-6 * z.abs().max(1.0)) / g).ceil() * g,
            None => z,
        }
    }

    /// Offers a point: integers rounded, verified against the problem;
    /// kept when it improves the incumbent. Returns whether it was kept.
    pub fn offer(&mut self, mut x: Vec<f64>) -> bool {
        if x.len() != self.p.num_vars() {
            return false;
        }
        for v in self.p.vars() {
            if self.p.var_kind(v).is_integral() {
                x[v.index()] = x[v.index()].round();
            }
        }
        let report = verify(self.original, &x, &Tolerances::default());
        if !report.feasible {
            return false;
        }
        // Minimization form without the offset, from the verifier's
        // recomputed objective.
        let z = self.sign * (report.objective - self.p.objective_offset());
        if self
            .incumbent
            .as_ref()
            .is_some_and(|(_, best)| z >= *best - 1e-9 * best.abs().max(1.0))
        {
            return false;
        }
        self.threshold = match self.step {
            Some(g) => ((z / g).round() - 1.0 + 1e-6) * g,
            None => z - self.gap_tolerance(z),
        };
        self.domains.set_cutoff(self.threshold);
        self.incumbent = Some((x, z));
        self.queue.prune(self.threshold + 1e-12);
        let line = self.line(0);
        self.progress.incumbent(self.budget.start(), &line);
        true
    }

    /// Loads a node: the global domains, its bound changes, propagation,
    /// symmetry and reduced-cost fixing; then the LP bounds.
    fn load(&mut self, node: &Node) -> Result<(), Conflict> {
        self.domains.undo(self.root_mark);
        let result = self
            .tighten_and_propagate(node.changes.iter().map(|c| (c.var, c.lower, c.upper)))
            .map(|_| ())
            .and_then(|()| self.fix_by_symmetry())
            .and_then(|()| self.fix_by_root_reduced_costs());
        if result.is_err() {
            self.learn_from_conflict();
            return result;
        }
        self.sync_lp_bounds();
        Ok(())
    }

    /// Conflict analysis after propagation failed at the current node: the
    /// clause over the node's branchings and fixings that caused it is
    /// learned (see [`crate::domains`]), up to `MAX_LEARNED` clauses of
    /// at most a tenth of the columns (10 to 50 literals).
    fn learn_from_conflict(&mut self) {
        const MAX_LEARNED: usize = 20_000;
        if !self.settings.conflicts || self.domains.num_learned() >= MAX_LEARNED {
            return;
        }
        let t = Instant::now();
        let max_literals = (self.p.num_vars() / 10).clamp(10, 50);
        if let Some(clause) = self.domains.explain_conflict(self.root_mark, max_literals)
            && self.domains.learn(&clause)
        {
            self.stats.conflicts += 1;
            for l in &clause {
                self.pseudo.record_conflict(l.var.index(), l.value);
            }
            self.pseudo.decay_conflicts();
        }
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
    }

    /// Orbitopal fixing until nothing changes (each round propagated).
    pub fn fix_by_symmetry(&mut self) -> Result<(), Conflict> {
        if self.symmetry.is_empty() {
            return Ok(());
        }
        let t = Instant::now();
        let result = self.symmetry.fix(&mut self.domains, &mut self.stats);
        self.stats.time_symmetry_s += t.elapsed().as_secs_f64();
        result
    }

    /// Reduced-cost fixing against the root LP: a nonbasic integer column
    /// with reduced cost `d` cannot move more than `(threshold − z_root)/d`
    /// from its root bound without exceeding the cutoff.
    fn fix_by_root_reduced_costs(&mut self) -> Result<(), Conflict> {
        if !self.threshold.is_finite() {
            return Ok(());
        }
        let Some((z_root, reduced)) = &self.root_reduced else {
            return Ok(());
        };
        let slack = self.threshold - z_root;
        let changes: Vec<(u32, f64, f64)> = reduced
            .iter()
            .map(|&(j, d)| {
                let j_us = j as usize;
                reduced_cost_bound(
                    j,
                    d,
                    slack,
                    self.global_lower[j_us],
                    self.global_upper[j_us],
                )
            })
            .collect();
        let fixed = self.tighten_and_propagate(changes.into_iter())?;
        self.stats.reduced_cost_fixings += fixed as u64;
        Ok(())
    }

    /// Reduced-cost fixing at the current node's LP (local); `Ok(true)`
    /// when it tightened a domain.
    fn fix_by_node_reduced_costs(&mut self, z: f64) -> Result<bool, Conflict> {
        if !self.threshold.is_finite() {
            return Ok(false);
        }
        let slack = self.threshold - z;
        let d = self.lp.reduced_costs();
        let x = self.lp.x();
        let mut changes = Vec::new();
        for v in self.p.vars() {
            let j = v.index();
            if !self.p.var_kind(v).is_integral() || self.domains.is_fixed(v) || self.lp.is_basic(j)
            {
                continue;
            }
            let (lo, hi) = (self.domains.lower(v), self.domains.upper(v));
            let at_lower = d[j] > 1e-7 && (x[j] - lo).abs() < INTEGRALITY;
            let at_upper = d[j] < -1e-7 && (x[j] - hi).abs() < INTEGRALITY;
            if at_lower || at_upper {
                changes.push(reduced_cost_bound(v.0, d[j], slack, lo, hi));
            }
        }
        let fixed = self.tighten_and_propagate(changes.into_iter())?;
        self.stats.reduced_cost_fixings += fixed as u64;
        Ok(fixed > 0)
    }

    /// Narrows each `(column, lower, upper)` (a change that does not
    /// tighten is ignored) and propagates; returns how many domains the
    /// changes themselves tightened (propagation's own not counted).
    fn tighten_and_propagate(
        &mut self,
        changes: impl Iterator<Item = (u32, f64, f64)>,
    ) -> Result<usize, Conflict> {
        let t = Instant::now();
        let before = self.domains.mark();
        let mut result = Ok(());
        for (j, lo, hi) in changes {
            result = self.domains.tighten(VarId(j), lo, hi);
            if result.is_err() {
                break;
            }
        }
        let tightened = self.domains.mark() - before;
        let result = result.and_then(|()| self.domains.propagate());
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
        result.map(|()| tightened)
    }

    /// Copies the node's domains into the LP: columns changed since the
    /// root get their node bounds, columns changed for the previous node
    /// but not now get their global bounds back.
    fn sync_lp_bounds(&mut self) {
        let mut now: Vec<u32> = Vec::new();
        for v in self.domains.changed_since(self.root_mark) {
            if !self.touched_flag[v.index()] {
                self.touched_flag[v.index()] = true;
                now.push(v.0);
            }
        }
        for &j in &self.lp_touched {
            let j = j as usize;
            if !self.touched_flag[j] {
                set_bounds(
                    &mut self.lp,
                    j,
                    self.global_lower[j],
                    self.global_upper[j],
                    &mut self.stats,
                );
            }
        }
        for &j in &now {
            let v = VarId(j);
            let (lo, hi) = (self.domains.lower(v), self.domains.upper(v));
            set_bounds(&mut self.lp, j as usize, lo, hi, &mut self.stats);
            self.touched_flag[j as usize] = false;
        }
        self.lp_touched = now;
    }

    /// The LP's objective cutoff: the pruning threshold once there is an
    /// incumbent.
    pub(crate) fn cutoff(&self) -> Option<f64> {
        self.threshold.is_finite().then_some(self.threshold)
    }

    /// Limits for an LP solve: the search's deadline, and the given pivot
    /// limit and cutoff.
    pub(crate) fn lp_limits(&self, max_iterations: Option<u64>, cutoff: Option<f64>) -> LpLimits {
        LpLimits {
            deadline: self.budget.deadline(),
            max_iterations,
            objective_cutoff: cutoff,
        }
    }

    /// One warm-started solve of the LP under the deadline and the cutoff,
    /// timed and counted.
    pub(crate) fn solve_lp(&mut self) -> LpStatus {
        let t = Instant::now();
        let limits = self.lp_limits(None, self.cutoff());
        let status = counted_solve(&mut self.lp, &limits, &mut self.stats);
        self.stats.time_lp_s += t.elapsed().as_secs_f64();
        status
    }

    /// Solves the node's LP, with reduced-cost fixing and a re-solve when
    /// it fixed something. `Err` carries the LP status that ends the node.
    fn solve_node_lp(&mut self, node: &Node) -> Result<f64, LpStatus> {
        if let Some(basis) = &node.basis {
            if self.lp_holds != node.parent && self.lp_holds != Some(node.id) {
                self.lp.set_basis(basis);
            }
        }
        loop {
            let status = self.solve_lp();
            self.lp_holds = Some(node.id);
            if status != LpStatus::Optimal {
                return Err(status);
            }
            let z = self.lp.bound();
            if self.round_bound(z).max(node.bound) > self.threshold {
                return Err(LpStatus::Cutoff);
            }
            match self.fix_by_node_reduced_costs(z) {
                Err(Conflict) => {
                    self.learn_from_conflict();
                    return Err(LpStatus::Infeasible);
                }
                Ok(false) => return Ok(z),
                Ok(true) => self.sync_lp_bounds(),
            }
        }
    }

    /// Processes one node: load, LP, cuts at the root, incumbent or branch.
    fn process(&mut self, node: Node) -> Processed {
        let origin = node.branching;
        if self.load(&node).is_err() {
            self.stats.pruned_by_propagation += 1;
            if let Some(b) = origin {
                self.pseudo.record_child(b.var as usize, b.up, 0, true);
            }
            return Processed::Pruned;
        }
        let inferences = (self.domains.mark() - self.root_mark).saturating_sub(node.changes.len());
        let mut lp = self.solve_node_lp(&node);
        if let Some(b) = origin {
            let pruned = matches!(lp, Err(LpStatus::Infeasible | LpStatus::Cutoff));
            self.pseudo
                .record_child(b.var as usize, b.up, inferences, pruned);
            if let (Ok(z), Some(parent_z)) = (&lp, b.parent_z) {
                self.pseudo
                    .record(b.var as usize, b.up, b.distance, z - parent_z);
            }
        }
        if node.depth == 0
            && let Ok(z) = lp
        {
            self.stats.root_lp.get_or_insert(z);
            lp = self.root_cuts_and_heuristics(z);
        }
        let z = match lp {
            Ok(z) => z,
            Err(LpStatus::Unbounded) if node.depth == 0 => {
                // The LP's point is feasible for the relaxation; when it is
                // integral it is a feasible point of an unbounded problem.
                self.unbounded = true;
                let x = self.lp.x().to_vec();
                if self.fractional(&x).is_empty()
                    && verify(self.original, &x, &Tolerances::default()).feasible
                {
                    self.incumbent = Some((x, f64::NEG_INFINITY));
                }
                return Processed::Pruned;
            }
            Err(LpStatus::Infeasible | LpStatus::Cutoff) => {
                self.stats.pruned_by_lp += 1;
                return Processed::Pruned;
            }
            Err(LpStatus::TimeLimit) => return Processed::Interrupted(node),
            Err(_) => {
                self.stats.lp_failures += 1;
                return self.branch_without_lp(node);
            }
        };
        let bound = self.round_bound(z).max(node.bound);
        self.current_bound = Some(bound);
        let x = self.lp.x().to_vec();
        let candidates = self.fractional(&x);
        if candidates.is_empty() {
            self.offer(x);
            return Processed::Pruned;
        }
        if self.incumbent.is_none() && self.stats.nodes % 200 == 1 {
            self.dive_heuristic(&x);
        }
        if self.dive_due() {
            self.lp_dive();
        }
        if bound > self.threshold {
            return Processed::Pruned;
        }
        self.branch(node, bound, z, &candidates)
    }

    /// Whether to dive from this node: every `DIVE_FREQUENCY` nodes (from
    /// the first after the root), while the heuristics have taken at most
    /// a tenth of the time so far.
    fn dive_due(&self) -> bool {
        const DIVE_FREQUENCY: u64 = 100;
        self.stats.nodes % DIVE_FREQUENCY == 2
            && self.stats.time_heuristics_s <= 0.1 * self.budget.elapsed_s()
    }

    /// Whether the problem has an integer column.
    fn has_integers(&self) -> bool {
        self.p.vars().any(|v| self.p.var_kind(v).is_integral())
    }

    /// Integer columns with a fractional LP value: `(column, value)`.
    pub fn fractional(&self, x: &[f64]) -> Vec<(u32, f64)> {
        self.p
            .vars()
            .filter(|&v| self.p.var_kind(v).is_integral())
            .filter_map(|v| {
                let xv = x[v.index()];
                let f = xv - xv.floor();
                (f > INTEGRALITY && f < 1.0 - INTEGRALITY).then_some((v.0, xv))
            })
            .collect()
    }

    /// The two children of `node` on `var` at LP value `value`; the first
    /// is the one to dive into. A binary's 0-child also gets the orbital
    /// fixings of the branching (see [`super::symmetry`]).
    pub fn children(
        &mut self,
        node: Node,
        bound: f64,
        var: u32,
        value: f64,
        up_first: bool,
        parent_z: Option<f64>,
    ) -> Processed {
        let v = VarId(var);
        let (lo, hi) = (self.domains.lower(v), self.domains.upper(v));
        let binary = lo == 0.0 && hi == 1.0 && self.p.var_kind(v).is_integral();
        let basis = Some(Rc::new(self.lp.basis()));
        let mut down_changes = node.changes.clone();
        down_changes.push(self.branch_change(var, value, false));
        if binary {
            let t = Instant::now();
            let orbit = self.symmetry.zero_child_fixings(&self.domains, var);
            self.stats.orbital_fixings += orbit.len() as u64;
            down_changes.extend(orbit.into_iter().map(|w| BoundChange {
                var: w,
                lower: 0.0,
                upper: 0.0,
            }));
            self.stats.time_symmetry_s += t.elapsed().as_secs_f64();
        }
        let mut up_changes = node.changes;
        up_changes.push(self.branch_change(var, value, true));
        let f = value - value.floor();
        let mut make = |changes: Vec<BoundChange>, up: bool| {
            let id = self.next_id;
            self.next_id += 1;
            Node {
                changes,
                bound,
                basis: basis.clone(),
                depth: node.depth + 1,
                id,
                parent: Some(node.id),
                branching: Some(Branching {
                    var,
                    up,
                    distance: if up { 1.0 - f } else { f },
                    parent_z,
                }),
            }
        };
        let down = make(down_changes, false);
        let up = make(up_changes, true);
        if up_first {
            Processed::Branched(up, down)
        } else {
            Processed::Branched(down, up)
        }
    }

    /// Branching `var` at `value` within its node domain: up to
    /// `[ceil(value), upper]` or down to `[lower, floor(value)]`.
    pub(crate) fn branch_change(&self, var: u32, value: f64, up: bool) -> BoundChange {
        let v = VarId(var);
        let (lower, upper) = (self.domains.lower(v), self.domains.upper(v));
        if up {
            BoundChange {
                var,
                lower: value.ceil(),
                upper,
            }
        } else {
            BoundChange {
                var,
                lower,
                upper: value.floor(),
            }
        }
    }

    /// A node whose LP failed: split the first free integer column's
    /// domain in two (the search stays complete).
    fn branch_without_lp(&mut self, node: Node) -> Processed {
        let free = self
            .p
            .vars()
            .find(|&v| self.p.var_kind(v).is_integral() && !self.domains.is_fixed(v));
        let Some(v) = free else {
            // Every integer is fixed and the LP still fails: the node's
            // continuous part cannot be solved; it is dropped, counted.
            return Processed::Pruned;
        };
        let (lo, hi) = (self.domains.lower(v), self.domains.upper(v));
        let mid = if lo.is_finite() && hi.is_finite() {
            ((lo + hi) / 2.0).floor() + 0.5
        } else if lo.is_finite() {
            lo + 0.5
        } else if hi.is_finite() {
            hi - 0.5
        } else {
            0.5
        };
        let bound = node.bound;
        self.lp_holds = None;
        self.children(node, bound, v.0, mid, false, None)
    }

    fn finish(mut self, limit: Option<Limit>) -> BnbResult {
        self.current_bound = None;
        self.stats.open_nodes = self.queue.len();
        let bound = if limit.is_none() {
            self.incumbent.as_ref().map(|(_, z)| *z)
        } else {
            self.global_bound()
        };
        let has_point = self.incumbent.is_some();
        let status = match (limit, has_point) {
            (Some(Limit::Unbounded), _) if has_point || !self.has_integers() => Status::Unbounded,
            // A fractional point of an unbounded relaxation decides
            // nothing: unbounded or infeasible.
            (Some(Limit::Unbounded), _) => Status::NumericalTrouble,
            (Some(Limit::Stopped), true) => Status::Feasible,
            (Some(Limit::Stopped), false) => Status::NoSolutionFound,
            (None, true) => Status::Optimal,
            (None, false) => Status::Infeasible,
        };
        self.stats.root_lp_unbounded = limit == Some(Limit::Unbounded);
        let to_problem = |z: f64| self.sign * z + self.p.objective_offset();
        let mut line = self.line(0);
        line.bound = bound.map(to_problem);
        self.progress.finish(self.budget.start(), &line);
        let unbounded = self.stats.root_lp_unbounded;
        BnbResult {
            status,
            objective: self.reported_incumbent().filter(|_| !unbounded),
            bound: if status == Status::Infeasible || unbounded {
                None
            } else {
                bound.map(to_problem)
            },
            solution: self.incumbent.map(|(x, _)| x),
            stats: self.stats,
        }
    }
}

/// Sets LP column bounds taken from the domains or a branching (never NaN,
/// `lower <= upper`): the LP accepts every such pair, so a refusal would be
/// a bug; it is counted as an LP failure rather than a panic.
/// Solves `lp` (the search's or a copy) within `limits`, its pivots counted.
pub(crate) fn counted_solve(lp: &mut Lp, limits: &LpLimits, stats: &mut BnbStats) -> LpStatus {
    let status = lp.solve(limits);
    stats.lp_iterations += lp.iterations();
    status
}

pub(crate) fn set_bounds(lp: &mut Lp, j: usize, lower: f64, upper: f64, stats: &mut BnbStats) {
    if lp.set_col_bounds(j, lower, upper).is_err() {
        stats.lp_failures += 1;
    }
}

/// The bound reduced-cost fixing gives column `j` with reduced cost `d` at
/// `lower` (`d > 0`) or `upper` (`d < 0`): it cannot move more than
/// `slack / |d|` from there without the LP value exceeding the cutoff.
fn reduced_cost_bound(j: u32, d: f64, slack: f64, lower: f64, upper: f64) -> (u32, f64, f64) {
    let room = (slack / d.abs() + 1e-9).floor();
    if d > 0.0 {
        (j, f64::NEG_INFINITY, lower + room)
    } else {
        (j, upper - room, f64::INFINITY)
    }
}
