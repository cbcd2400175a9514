//! The search: best-bound node selection with depth-first plunging, every
//! node propagated (rows, objective cutoff, the propagator components)
//! before its LP is solved warm from its parent's basis; then the
//! heuristics on their schedules and the branching rules.
//!
//! The state is split by concern: the LP relaxation
//! ([`LpRelaxation`]), the tree ([`Tree`]), the solution store
//! ([`SolutionStore`]) and the components ([`Components`]); this file
//! sequences them.

use std::time::Instant;

#[cfg(test)]
mod conflict_tests;
mod root_restart;
mod separation;

pub(crate) use root_restart::{Carry, Ended, Restart, map_literal};

use super::components::{
    BranchingContext, BranchingDecision, Components, HeuristicContext, PropagationContext,
    print_table,
};
use super::heuristics;
use super::lp_conflict::{AggregatedRow, cutoff_row, farkas_row};
use super::node::{BoundChange, Branching, Node};
use super::presolve::Postsolve;
use super::progress::{Line, Progress};
use super::propagators::{detect_symmetry, symmetry_propagators};
use super::relaxation::LpRelaxation;
use super::settings::{BnbResult, BnbSettings, BnbStats};
use super::store::SolutionStore;
use super::tree::Tree;
use crate::budget::{Budget, Interrupt};
use crate::domains::{Conflict, Domains, Literal, ProofRow};
use crate::model::{Problem, VarId};
use crate::simplex::{Lp, LpLimits, LpStatus};
use crate::status::Status;
use crate::tolerances::INTEGRALITY;

/// How far from 1/2 a prediction must be for the search to follow it when
/// it orders a binary's children.
const GUIDE_CONFIDENCE: f64 = 0.4;

/// The name that switches the prediction's child order off
/// (`BnbSettings::disabled`, `solve --disable`).
pub(crate) const GUIDED_CHILD_ORDER: &str = "branch.guide";

/// The name that switches off the cut rounds at nodes below the root.
pub(crate) const NODE_CUTS: &str = "cuts.nodes";

/// Why the tree search stopped before the tree was closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limit {
    /// The time or node limit.
    Stopped,
    /// The root LP relaxation is unbounded.
    Unbounded,
    /// The root fixed enough columns for a restart (see `root_restart.rs`).
    Restart,
}

/// Where a conflict came from, for the statistics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ConflictSource {
    Propagation,
    InfeasibleLp,
    Cutoff,
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
    /// The root fixed enough columns: the search restarts on the problem
    /// presolved again.
    Restart,
}

/// The problem the search works on and the way back to the one asked.
#[derive(Clone, Copy)]
pub(crate) struct Reduction<'a> {
    /// The problem as given: the store verifies every point on it.
    pub original: &'a Problem,
    /// The problem the search works on: `original` or its presolved copy
    /// (see [`super::presolve`]).
    pub work: &'a Problem,
    /// Maps points of `work` to points of `original` (`None`: the same
    /// columns).
    pub postsolve: Option<&'a Postsolve>,
    /// Whether `work` has the columns and the feasible points of
    /// `original`: then the original's symmetry (known, or detected on
    /// the original) is the search's; otherwise it is detected on `work`.
    pub same_columns: bool,
}

impl<'a> Reduction<'a> {
    /// No presolve: the search works on `problem` itself.
    #[cfg(test)]
    pub(crate) fn none(problem: &'a Problem) -> Self {
        Reduction {
            original: problem,
            work: problem,
            postsolve: None,
            same_columns: true,
        }
    }
}

/// A branch-and-cut run over one problem.
pub(crate) struct Search<'a> {
    /// The original problem and the presolved one.
    reduction: Reduction<'a>,
    /// The problem the search works on (`reduction.work`).
    p: &'a Problem,
    settings: &'a BnbSettings,
    budget: Budget,
    domains: Domains<'a>,
    /// The trail mark of the global (root) domains.
    root_mark: usize,
    relax: LpRelaxation,
    store: SolutionStore<'a>,
    tree: Tree,
    components: Components,
    stats: BnbStats,
    progress: Progress,
    /// Conflict analysis is on (the setting, and not disabled by name).
    conflicts: bool,
    /// Cut rounds at nodes below the root are on (cuts on, not disabled
    /// by name).
    node_cuts_on: bool,
    /// Nodes they skip after rounds that did not pay (as the sub-MIPs'
    /// occasions).
    node_cut_back_off: heuristics::BackOff,
    /// The feed's prediction may order the children (not disabled by
    /// name).
    guided_child_order: bool,
    /// Nodes counted before this search's root (by the searches before
    /// its restarts).
    first_node: u64,
    /// Root restarts still allowed.
    restarts_left: usize,
    /// What an earlier search handed over, until the root takes it.
    carried: Option<Carry>,
    /// The components' statistics of the searches before the restarts.
    earlier_components: Vec<crate::bnb::components::ComponentStats>,
    /// The objective offset of the first search's problem (before any
    /// restart): the statistics' LP values are in its terms.
    first_offset: f64,
    /// The bound of the root before a restart, in the terms of the first
    /// search's problem (`-inf` without a restart).
    earlier_root_bound: f64,
    /// Tests only: every clause learned, with the cutoff (minimization
    /// form) it was learned under.
    #[cfg(test)]
    learned_log: Vec<(Vec<Literal>, f64)>,
}

impl<'a> Search<'a> {
    pub fn new(reduction: Reduction<'a>, settings: &'a BnbSettings, budget: Budget) -> Self {
        let p = reduction.work;
        let mut domains = Domains::new(p, 20);
        domains.set_deadline(budget.deadline());
        Search {
            reduction,
            p,
            settings,
            budget,
            domains,
            root_mark: 0,
            relax: LpRelaxation::new(p),
            store: SolutionStore::new(reduction.original, p, reduction.postsolve, settings),
            tree: Tree::new(p.num_vars()),
            components: Components::new(settings),
            stats: BnbStats::default(),
            progress: Progress::new(settings.log, settings.log_interval),
            conflicts: settings.conflicts && !settings.disabled.iter().any(|d| d == "conflicts"),
            guided_child_order: !settings.disabled.iter().any(|d| d == GUIDED_CHILD_ORDER),
            node_cuts_on: settings.cuts && !settings.disabled.iter().any(|d| d == NODE_CUTS),
            node_cut_back_off: Default::default(),
            first_node: 0,
            restarts_left: root_restart::allowed(settings),
            carried: None,
            earlier_components: Vec::new(),
            first_offset: p.objective_offset(),
            earlier_root_bound: f64::NEG_INFINITY,
            #[cfg(test)]
            learned_log: Vec::new(),
        }
    }

    /// The statistics, to record what happened before the search.
    pub fn stats_mut(&mut self) -> &mut BnbStats {
        &mut self.stats
    }

    /// Runs the whole search, or its root until a restart is due.
    pub fn run(mut self) -> Ended {
        match self.run_search() {
            Some(Limit::Restart) => Ended::Restart(Box::new(self.hand_over())),
            limit => Ended::Done(self.finish(limit)),
        }
    }

    /// Tests only: runs the whole search and returns every clause learned
    /// with the cutoff it was learned under.
    #[cfg(test)]
    pub(crate) fn run_logged(mut self) -> (BnbResult, Vec<(Vec<Literal>, f64)>) {
        // The log follows one search: no restart.
        self.restarts_left = 0;
        let limit = self.run_search();
        let log = std::mem::take(&mut self.learned_log);
        (self.finish(limit), log)
    }

    /// The root and the tree search; `Some(limit)` when a limit stopped it.
    fn run_search(&mut self) -> Option<Limit> {
        // The root is open before it is processed: a point found before
        // (the warm start, the walk before a large root LP) is not proven.
        self.tree.set_current_bound(Some(f64::NEG_INFINITY));
        if self.carried.is_some() {
            self.adopt_incumbent();
        } else if let Some(x) = self.settings.warm_start.clone()
            && self.store.offer_original(x)
        {
            self.after_new_incumbent();
        }
        let root_ok = self.prepare_root();
        if root_ok {
            self.add_carried_cuts();
        }
        self.progress.header();
        let mut limit = None;
        if root_ok {
            self.walk_before_root();
            let root = Node {
                changes: Vec::new(),
                bound: self.carried_root_bound(),
                basis: None,
                depth: 0,
                id: 0,
                parent: None,
                branching: None,
            };
            limit = self.search(root);
        } else {
            self.tree.set_current_bound(None);
        }
        limit
    }

    /// The global domains: every row propagated, symmetry detected (or
    /// taken from the settings) and its propagators added, the node
    /// propagators run; then the LP takes them. False when the root is
    /// infeasible.
    fn prepare_root(&mut self) -> bool {
        self.learn_carried_clauses();
        let t = Instant::now();
        let mut ok = self.domains.propagate_all().is_ok();
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
        if ok && self.settings.symmetry && self.has_integers() {
            let t = Instant::now();
            let Reduction {
                original,
                same_columns,
                ..
            } = self.reduction;
            let (list, orbitopes) = match (&self.settings.known_symmetry, same_columns) {
                (Some(known), true) => symmetry_propagators(original, known),
                (_, true) => {
                    let symmetry = detect_symmetry(original, &self.budget.stage());
                    symmetry_propagators(original, &symmetry)
                }
                (_, false) => {
                    let symmetry = detect_symmetry(self.p, &self.budget.stage());
                    symmetry_propagators(self.p, &symmetry)
                }
            };
            self.stats.orbitopes = orbitopes;
            self.components
                .prepend_propagators(list, &self.settings.disabled);
            self.stats.time_symmetry_s += t.elapsed().as_secs_f64();
        }
        ok = ok && self.propagate(None).is_ok();
        self.root_mark = self.domains.mark();
        self.relax.set_global(&self.domains, &mut self.stats);
        ok
    }

    /// The tree search from `root`; `Some(limit)` when a limit stopped it.
    fn search(&mut self, root: Node) -> Option<Limit> {
        let mut current = Some(root);
        loop {
            // The node held for diving is open too.
            self.tree
                .set_current_bound(current.as_ref().map(|n| n.bound));
            self.poll_feed();
            if let Some(stop) = self.stop() {
                if let Some(node) = current.take() {
                    self.tree.push(node);
                }
                return stop;
            }
            let node = match current.take() {
                Some(node) => node,
                // An empty queue: the tree is closed.
                None => self.tree.pop()?,
            };
            if node.bound > self.store.threshold() {
                continue;
            }
            self.tree.set_current_bound(Some(node.bound));
            let line = self.line(node.depth);
            self.progress.tick(self.budget.start(), &line);
            self.stats.nodes += 1;
            self.stats.max_depth = self.stats.max_depth.max(node.depth);
            match self.process(node) {
                Processed::Pruned => {}
                Processed::Branched(first, second) => {
                    self.tree.push(second);
                    if self.tree.keep_plunging(&first, self.store.threshold()) {
                        current = Some(first);
                    } else {
                        self.tree.push(first);
                    }
                }
                Processed::Interrupted(node) => {
                    self.tree.push(node);
                    return Some(Limit::Stopped);
                }
                Processed::Again(node) => current = Some(node),
                Processed::Restart => return Some(Limit::Restart),
            }
            self.tree.set_current_bound(None);
        }
    }

    /// Takes a better point from the incumbent feed, at most every 50 ms.
    fn poll_feed(&mut self) {
        if let Some(x) = self.store.poll_feed()
            && self.store.offer_original(x)
        {
            self.after_new_incumbent();
            self.stats.fed_incumbents += 1;
        }
    }

    /// Whether the search ends before the next node: `Some(Some(limit))`
    /// for a limit (or an unbounded root), `Some(None)` when the gap is
    /// closed.
    fn stop(&self) -> Option<Option<Limit>> {
        if self.out_of_time()
            || self
                .settings
                .node_limit
                .is_some_and(|l| self.stats.nodes >= l)
        {
            Some(Some(Limit::Stopped))
        } else if self.stats.root_lp_unbounded {
            Some(Some(Limit::Unbounded))
        } else if self.gap_closed() {
            Some(None)
        } else {
            None
        }
    }

    /// Whether the deadline passed or the run was interrupted.
    pub(crate) fn out_of_time(&self) -> bool {
        self.budget.expired() || Interrupt::raised(self.settings.interrupt.as_ref())
    }

    /// Whether the incumbent meets the global bound within the gap.
    fn gap_closed(&self) -> bool {
        let Some(z) = self.store.incumbent_value() else {
            return false;
        };
        match self.global_bound() {
            None => true,
            Some(b) => z - b <= self.store.gap_tolerance(z),
        }
    }

    /// The smallest bound of an open or current node (minimization form),
    /// never above the incumbent; `None` when the tree is empty.
    fn global_bound(&self) -> Option<f64> {
        self.tree.global_bound(self.store.incumbent_value())
    }

    /// The numbers of a progress line.
    fn line(&self, depth: u32) -> Line {
        Line {
            nodes: self.stats.nodes,
            open: self.tree.len(),
            depth,
            lp_iterations: self.stats.lp_iterations,
            bound: self.global_bound().map(|z| self.store.to_problem(z)),
            incumbent: self.store.reported_incumbent(),
        }
    }

    /// Offers a point to the store; a new incumbent tightens the cutoff
    /// and prunes the queue. Returns whether it was kept.
    fn offer(&mut self, x: Vec<f64>) -> bool {
        let kept = self.store.offer(x);
        if kept {
            self.after_new_incumbent();
        }
        kept
    }

    /// The domains' cutoff and the open nodes follow a new incumbent.
    fn after_new_incumbent(&mut self) {
        let threshold = self.store.threshold();
        self.domains.set_cutoff(threshold);
        self.tree.prune(threshold + 1e-12);
        let line = self.line(0);
        self.progress.incumbent(self.budget.start(), &line);
    }

    /// Loads a node: the global domains, its bound changes, propagation
    /// and the node propagators; then the LP bounds.
    fn load(&mut self, node: &Node) -> Result<(), Conflict> {
        self.domains.undo(self.root_mark);
        self.domains
            .reduce_learned(self.settings.max_clauses.max(2));
        let result = self
            .apply_changes(&node.changes)
            .and_then(|()| self.propagate(None).map(|_| ()));
        if result.is_err() {
            self.learn_from_conflict();
            return result;
        }
        self.relax
            .sync(&self.domains, self.root_mark, &mut self.stats);
        Ok(())
    }

    /// Narrows the domains by the node's bound changes and propagates.
    fn apply_changes(&mut self, changes: &[BoundChange]) -> Result<(), Conflict> {
        let t = Instant::now();
        let mut result = Ok(());
        for c in changes {
            result = self.domains.tighten(VarId(c.var), c.lower, c.upper);
            if result.is_err() {
                break;
            }
        }
        let result = result.and_then(|()| self.domains.propagate());
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
        result
    }

    /// Runs the propagators' node hook (`lp_value = None`) or their
    /// after-LP hook (the node's LP value); returns the bounds they
    /// changed.
    fn propagate(&mut self, lp_value: Option<f64>) -> Result<u64, Conflict> {
        let mut total = 0;
        let cutoff = self.store.cutoff();
        for r in &mut self.components.propagators {
            let hooks = r.component.hooks();
            if (lp_value.is_none() && !hooks.at_node) || (lp_value.is_some() && !hooks.after_lp) {
                continue;
            }
            let t = Instant::now();
            let mut ctx = PropagationContext::new(
                self.p,
                &mut self.domains,
                self.relax.globals(),
                (self.relax.lp(), lp_value),
                cutoff,
            );
            let result = match lp_value {
                None => r.component.at_node(&mut ctx),
                Some(_) => r.component.after_lp(&mut ctx),
            };
            r.stats.record(t, *result.as_ref().unwrap_or(&0));
            total += result?;
        }
        Ok(total)
    }

    /// The longest clause learned: a tenth of the columns, 10 to 50
    /// literals.
    fn max_literals(&self) -> usize {
        (self.p.num_vars() / 10).clamp(10, 50)
    }

    /// Conflict analysis after propagation failed at the current node: the
    /// clause over the node's branchings and fixings that caused it is
    /// learned (see [`crate::domains`]).
    fn learn_from_conflict(&mut self) {
        if !self.conflicts {
            return;
        }
        let t = Instant::now();
        self.stats.conflict_analyses += 1;
        let clause = self
            .domains
            .explain_conflict(self.root_mark, self.max_literals());
        self.learn_clause(clause, ConflictSource::Propagation);
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
    }

    /// Conflict analysis after the node's LP ended with `status`: from an
    /// infeasible LP its Farkas proof, from a cut-off one (or an optimum
    /// above the threshold) its duals with the objective row, aggregated
    /// into one row ([`super::lp_conflict`]) and explained by the node's
    /// bound changes.
    fn learn_from_lp(&mut self, status: LpStatus) {
        if !self.conflicts || self.domains.mark() == self.root_mark {
            return;
        }
        let t = Instant::now();
        self.stats.conflict_analyses += 1;
        let globals = self.relax.globals();
        let (row, source) = match status {
            LpStatus::Infeasible => (
                farkas_row(self.relax.lp(), &self.domains, globals),
                ConflictSource::InfeasibleLp,
            ),
            LpStatus::Cutoff => (
                cutoff_row(self.relax.lp(), self.store.threshold(), globals),
                ConflictSource::Cutoff,
            ),
            _ => (None, ConflictSource::Cutoff),
        };
        if let Some(AggregatedRow { idx, val, upper }) = row {
            let proof = ProofRow {
                idx: &idx,
                val: &val,
                upper,
            };
            let max_literals = self.max_literals();
            let clause = self
                .domains
                .explain_infeasible_row(proof, self.root_mark, max_literals);
            self.learn_clause(clause, source);
        }
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
    }

    /// Learns the clause "not all of `conflict`" (when there is one),
    /// counts it, and tells the branching history.
    fn learn_clause(&mut self, conflict: Option<Vec<Literal>>, source: ConflictSource) {
        let Some(conflict) = conflict else {
            return;
        };
        if !self.domains.learn(&conflict) {
            return;
        }
        #[cfg(test)]
        self.learned_log
            .push((conflict.clone(), self.store.threshold()));
        self.stats.conflicts += 1;
        match source {
            ConflictSource::Propagation => self.stats.clauses_from_propagation += 1,
            ConflictSource::InfeasibleLp => self.stats.clauses_from_infeasible_lp += 1,
            ConflictSource::Cutoff => self.stats.clauses_from_cutoff += 1,
        }
        let pseudo = self.tree.pseudo();
        for l in &conflict {
            pseudo.record_conflict(l.var.index(), l.value);
        }
        pseudo.decay_conflicts();
    }

    /// Limits for an LP solve: the search's deadline, and the given pivot
    /// limit and cutoff.
    fn lp_limits(&self, max_iterations: Option<u64>, cutoff: Option<f64>) -> LpLimits {
        LpLimits {
            deadline: self.budget.deadline(),
            max_iterations,
            objective_cutoff: cutoff,
        }
    }

    /// One warm-started solve of the LP under the deadline and the cutoff,
    /// timed and counted.
    fn solve_lp(&mut self) -> LpStatus {
        let limits = self.lp_limits(None, self.store.cutoff());
        self.relax.solve(&limits, &mut self.stats)
    }

    /// Solves the node's LP, with the after-LP propagators (reduced-cost
    /// fixing) and a re-solve when they changed a bound. `Err` carries the
    /// LP status that ends the node.
    fn solve_node_lp(&mut self, node: &Node) -> Result<f64, LpStatus> {
        self.relax.warm_start(node);
        loop {
            let status = self.solve_lp();
            self.relax.set_holds(Some(node.id));
            if status != LpStatus::Optimal {
                self.learn_from_lp(status);
                return Err(status);
            }
            let z = self.relax.lp().bound();
            if self.store.round_bound(z).max(node.bound) > self.store.threshold() {
                self.learn_from_lp(LpStatus::Cutoff);
                return Err(LpStatus::Cutoff);
            }
            match self.propagate(Some(z)) {
                Err(Conflict) => {
                    self.learn_from_conflict();
                    return Err(LpStatus::Infeasible);
                }
                Ok(0) => return Ok(z),
                Ok(_) => self
                    .relax
                    .sync(&self.domains, self.root_mark, &mut self.stats),
            }
        }
    }

    /// Processes one node: load, LP, cuts at the root, incumbent,
    /// heuristics, branch.
    fn process(&mut self, mut node: Node) -> Processed {
        let origin = node.branching;
        if self.load(&node).is_err() {
            self.stats.pruned_by_propagation += 1;
            if let Some(b) = origin {
                self.tree
                    .pseudo()
                    .record_child(b.var as usize, b.up, 0, true);
            }
            return Processed::Pruned;
        }
        let inferences = (self.domains.mark() - self.root_mark).saturating_sub(node.changes.len());
        let mut lp = self.solve_node_lp(&node);
        if let Some(b) = origin {
            self.record_branching(b, inferences, &lp);
        }
        if let Ok(z) = lp {
            // Valid from now on: a node interrupted in its cut rounds goes
            // back to the tree with it, so the root LP's value is the
            // bound reported even when the cut rounds use up the time.
            node.bound = node.bound.max(self.store.round_bound(z));
        }
        if node.depth == 0
            && let Ok(z) = lp
        {
            let first = self.stats.root_lp.is_none();
            self.stats.root_lp.get_or_insert(z);
            lp = self.root_cuts_and_heuristics(z, first);
        } else if let Ok(z) = lp {
            lp = self.node_cut_round(z);
        }
        let z = match lp {
            Ok(z) => z,
            Err(status) => return self.end_without_lp_optimum(node, status),
        };
        let bound = self.store.round_bound(z).max(node.bound);
        self.tree.set_current_bound(Some(bound));
        let x = self.relax.lp().x().to_vec();
        let candidates = fractional(self.p, &x);
        if candidates.is_empty() {
            self.offer(x);
            return Processed::Pruned;
        }
        self.run_heuristics(false, &x);
        if bound > self.store.threshold() {
            return Processed::Pruned;
        }
        if node.depth == 0 {
            match self.restart_due() {
                Ok(true) => return Processed::Restart,
                Ok(false) => {}
                // The root's fixings leave no point that beats the
                // incumbent.
                Err(Conflict) => return Processed::Pruned,
            }
        }
        self.branch(node, bound, z, &candidates)
    }

    /// The branching history learns what the branching `b` led to.
    fn record_branching(&mut self, b: Branching, inferences: usize, lp: &Result<f64, LpStatus>) {
        let pruned = matches!(lp, Err(LpStatus::Infeasible | LpStatus::Cutoff));
        let pseudo = self.tree.pseudo();
        pseudo.record_child(b.var as usize, b.up, inferences, pruned);
        if let (Ok(z), Some(parent_z)) = (lp, b.parent_z) {
            pseudo.record(b.var as usize, b.up, b.distance, z - parent_z);
        }
    }

    /// A node whose LP did not reach an optimum below the cutoff.
    fn end_without_lp_optimum(&mut self, node: Node, status: LpStatus) -> Processed {
        match status {
            LpStatus::Unbounded if node.depth == 0 => {
                // The LP's point is feasible for the relaxation; when it is
                // integral it is a feasible point of an unbounded problem.
                self.stats.root_lp_unbounded = true;
                let x = self.relax.lp().x().to_vec();
                if fractional(self.p, &x).is_empty() {
                    self.store.keep_unbounded_point(x);
                }
                Processed::Pruned
            }
            LpStatus::Infeasible | LpStatus::Cutoff => {
                self.stats.pruned_by_lp += 1;
                Processed::Pruned
            }
            LpStatus::TimeLimit => Processed::Interrupted(node),
            _ => {
                self.stats.lp_failures += 1;
                self.branch_without_lp(node)
            }
        }
    }

    /// Cut rounds and the heuristics before them at the root; returns the
    /// root LP value after the cuts.
    fn root_cuts_and_heuristics(&mut self, z: f64, first: bool) -> Result<f64, LpStatus> {
        // A root processed again (strong branching tightened it) does not
        // run its start heuristics again: infeasible-mip0 walked twice.
        if first {
            let x = self.relax.lp().x().to_vec();
            self.run_heuristics(true, &x);
        }
        if self.store.round_bound(z) > self.store.threshold() {
            return Err(LpStatus::Cutoff);
        }
        let z = self.cut_rounds(z)?;
        self.stats.root_cut_lp = Some(z + self.offset_shift());
        let cutoff = self.store.cutoff();
        for r in &mut self.components.propagators {
            let ctx = PropagationContext::new(
                self.p,
                &mut self.domains,
                self.relax.globals(),
                (self.relax.lp(), Some(z)),
                cutoff,
            );
            r.component.root_lp_final(&ctx);
        }
        Ok(z)
    }

    /// The LP is solved again after cuts were added.
    pub(crate) fn resolve(&mut self) -> Result<f64, LpStatus> {
        match self.solve_lp() {
            LpStatus::Optimal => Ok(self.relax.lp().bound()),
            other => Err(other),
        }
    }

    /// Runs the heuristics due at this node (`before_cuts`: the root's
    /// first LP point) on the LP point `x`.
    fn run_heuristics(&mut self, before_cuts: bool, x: &[f64]) {
        for k in 0..self.components.heuristics.len() {
            let out_of_time = self.out_of_time();
            let r = &mut self.components.heuristics[k];
            let s = r.component.schedule();
            let due = if before_cuts {
                s.before_cuts
            } else {
                let periodic = s.every > 0 && self.stats.nodes % s.every == s.offset;
                let fresh = s.after_incumbent && self.store.improvements() > r.seen_incumbents;
                // The root's heuristics are not held back by the share.
                (periodic || fresh)
                    && (self.stats.nodes == self.first_node + 1
                        || self.stats.time_heuristics_s <= s.time_share * self.budget.elapsed_s())
            };
            let known = self.store.incumbent().is_some();
            // Past the deadline a heuristic would only copy the node's
            // domains and LP to stop at once.
            if !due
                || (s.only_without_incumbent && known)
                || (s.only_with_incumbent && !known)
                || out_of_time
                || !r.component.ready()
            {
                continue;
            }
            r.seen_incumbents = self.store.improvements();
            let t = Instant::now();
            let mut ctx = HeuristicContext::new(
                (self.p, &self.domains, self.relax.lp()),
                x,
                (&self.budget, self.settings),
                (&mut self.store, &mut self.stats, self.tree.pseudo()),
            );
            r.component.run(&mut ctx);
            let found = ctx.found();
            r.stats.record(t, found);
            self.stats.time_heuristics_s += t.elapsed().as_secs_f64();
            if found > 0 {
                self.after_new_incumbent();
            }
        }
    }

    /// Before a large root LP: the feasibility-jump walk from the point
    /// nearest zero (see [`heuristics::walk_before_root`]), counted as a
    /// call of `heur.feasibility_jump`, so that a point and a cutoff exist
    /// even when the root LP takes most of the limit.
    fn walk_before_root(&mut self) {
        let Some(k) = self
            .components
            .heuristics
            .iter()
            .position(|r| r.component.name() == "heur.feasibility_jump")
        else {
            return;
        };
        if self.store.incumbent().is_some() || !heuristics::is_large_lp(self.p) {
            return;
        }
        let t = Instant::now();
        let (lower, upper): (Vec<f64>, Vec<f64>) = self
            .p
            .vars()
            .map(|v| (self.domains.lower(v), self.domains.upper(v)))
            .unzip();
        let stop = || self.out_of_time();
        let point = heuristics::walk_before_root(self.p, (&lower, &upper), &self.budget, &stop);
        let kept = point.is_some_and(|x| self.offer(x));
        self.components.heuristics[k].stats.record(t, kept as u64);
        self.stats.time_heuristics_s += t.elapsed().as_secs_f64();
    }

    /// Asks the branching rules in order and carries out the decision.
    fn branch(&mut self, node: Node, bound: f64, z: f64, candidates: &[(u32, f64)]) -> Processed {
        let t = Instant::now();
        let decision = self.decide_branching(z, candidates);
        let decision = self.guided(decision);
        self.stats.time_branching_s += t.elapsed().as_secs_f64();
        match decision {
            BranchingDecision::Branch {
                var,
                value,
                up_first,
            } => self.children(node, bound, var, value, up_first, Some(z)),
            BranchingDecision::Prune => Processed::Pruned,
            BranchingDecision::OneSide { var, value, up } => {
                self.single_child(node, bound, var, value, up)
            }
        }
    }

    /// `decision` with the child order of the feed's prediction where it
    /// is confident about a binary column (at most 0.1 or at least 0.9):
    /// the search dives first towards the predicted value. The branching
    /// column stays the rules' choice: a prediction says little about
    /// which column matters for the bound.
    fn guided(&mut self, decision: BranchingDecision) -> BranchingDecision {
        let BranchingDecision::Branch { var, value, .. } = decision else {
            return decision;
        };
        let v = VarId(var);
        let binary = self.domains.lower(v) == 0.0 && self.domains.upper(v) == 1.0;
        let Some(&p) = self.store.guide().and_then(|g| g.get(var as usize)) else {
            return decision;
        };
        if !self.guided_child_order || !binary || (p - 0.5).abs() < GUIDE_CONFIDENCE {
            return decision;
        }
        self.stats.guided_branchings += 1;
        BranchingDecision::Branch {
            var,
            value,
            up_first: p > 0.5,
        }
    }

    /// The first decision of the branching rules; the first candidate when
    /// every rule declines (or none is on).
    fn decide_branching(&mut self, z: f64, candidates: &[(u32, f64)]) -> BranchingDecision {
        for r in &mut self.components.branching {
            let t = Instant::now();
            let mut ctx = BranchingContext::new(
                (self.p, &self.domains, self.relax.lp(), z),
                &self.store,
                self.tree.pseudo(),
                (self.settings, &self.budget),
                &mut self.stats,
            );
            let decision = r.component.select(&mut ctx, candidates);
            r.stats.record(t, decision.is_some() as u64);
            if let Some(d) = decision {
                return d;
            }
        }
        let (var, value) = candidates[0];
        BranchingDecision::Branch {
            var,
            value,
            up_first: false,
        }
    }

    /// The node restricted to one side of `j` (the other side was shown
    /// empty by strong branching), to be processed again at once.
    fn single_child(&mut self, mut node: Node, bound: f64, j: u32, xv: f64, up: bool) -> Processed {
        node.changes.push(branch_change(&self.domains, j, xv, up));
        node.bound = bound;
        // Its LP is not a child's: it teaches the pseudo-costs nothing.
        node.branching = None;
        // Not a branching decision: `branched` (orbital fixing) stays.
        Processed::Again(node)
    }

    /// The propagators' fixings for the 0-child of a branching on `var`.
    fn zero_child_fixings(&mut self, var: u32) -> Vec<BoundChange> {
        let mut out = Vec::new();
        for r in &mut self.components.propagators {
            if !r.component.hooks().zero_child {
                continue;
            }
            let t = Instant::now();
            let fixed = r.component.zero_child(&self.domains, var);
            r.stats.record(t, fixed.len() as u64);
            out.extend(fixed.into_iter().map(|w| BoundChange {
                var: w,
                lower: 0.0,
                upper: 0.0,
            }));
        }
        out
    }

    /// The two children of `node` on `var` at LP value `value`; the first
    /// is the one to dive into. A binary's 0-child also gets the
    /// propagators' fixings for it (orbital fixing, see
    /// [`super::symmetry`]).
    fn children(
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
        let basis = Some(self.relax.warm_basis());
        let mut down_changes = node.changes.clone();
        down_changes.push(branch_change(&self.domains, var, value, false));
        if binary {
            down_changes.extend(self.zero_child_fixings(var));
        }
        let mut up_changes = node.changes;
        up_changes.push(branch_change(&self.domains, var, value, true));
        let f = value - value.floor();
        let mut make = |changes: Vec<BoundChange>, up: bool| Node {
            changes,
            bound,
            basis: basis.clone(),
            depth: node.depth + 1,
            id: self.tree.next_id(),
            parent: Some(node.id),
            branching: Some(Branching {
                var,
                up,
                distance: if up { 1.0 - f } else { f },
                parent_z,
            }),
        };
        let down = make(down_changes, false);
        let up = make(up_changes, true);
        if up_first {
            Processed::Branched(up, down)
        } else {
            Processed::Branched(down, up)
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
        self.relax.set_holds(None);
        self.children(node, bound, v.0, mid, false, None)
    }

    /// Whether the problem has an integer column.
    fn has_integers(&self) -> bool {
        self.p.vars().any(|v| self.p.var_kind(v).is_integral())
    }

    /// The verdict of a run that stopped on `limit` (`None`: the tree is
    /// closed).
    fn status(&self, limit: Option<Limit>) -> Status {
        let has_point = self.store.incumbent().is_some();
        match (limit, has_point) {
            (Some(Limit::Unbounded), _) if has_point || !self.has_integers() => Status::Unbounded,
            // A fractional point of an unbounded relaxation decides
            // nothing: unbounded or infeasible.
            (Some(Limit::Unbounded), _) => Status::NumericalTrouble,
            (Some(Limit::Stopped | Limit::Restart), true) => Status::Feasible,
            (Some(Limit::Stopped | Limit::Restart), false) => Status::NoSolutionFound,
            (None, true) => Status::Optimal,
            (None, false) => Status::Infeasible,
        }
    }

    fn finish(mut self, limit: Option<Limit>) -> BnbResult {
        self.tree.set_current_bound(None);
        self.stats.open_nodes = self.tree.len();
        let bound = if limit.is_none() {
            self.store.incumbent_value()
        } else {
            self.global_bound()
        };
        let status = self.status(limit);
        let mut line = self.line(0);
        line.bound = bound.map(|z| self.store.to_problem(z));
        self.progress.finish(self.budget.start(), &line);
        self.count_components_and_clauses();
        if self.settings.log {
            print_table(&self.stats.components);
            self.print_conflicts();
            self.print_restarts();
        }
        let unbounded = self.stats.root_lp_unbounded;
        BnbResult {
            status,
            objective: self.store.reported_incumbent().filter(|_| !unbounded),
            bound: if status == Status::Infeasible || unbounded {
                None
            } else {
                bound.map(|z| self.store.to_problem(z))
            },
            solution: self.store.into_solution(),
            incumbents: self.progress.take_incumbents(),
            stats: self.stats,
        }
    }
}

impl Search<'_> {
    /// The conflict analysis line of the log's end.
    fn print_conflicts(&self) {
        let s = &self.stats;
        eprintln!(
            "  conflicts: {} analysed, {} clauses learned ({} propagation, {} infeasible LP, \
             {} cutoff), \
             {} kept, {} deleted, {} clause propagations",
            s.conflict_analyses,
            s.conflicts,
            s.clauses_from_propagation,
            s.clauses_from_infeasible_lp,
            s.clauses_from_cutoff,
            self.domains.num_learned(),
            s.clauses_deleted,
            s.clause_propagations
        );
    }
}

/// Integer columns of `p` with a fractional value at `x`: `(column,
/// value)`.
pub(crate) fn fractional(p: &Problem, x: &[f64]) -> Vec<(u32, f64)> {
    p.vars()
        .filter(|&v| p.var_kind(v).is_integral())
        .filter_map(|v| {
            let xv = x[v.index()];
            let f = xv - xv.floor();
            (f > INTEGRALITY && f < 1.0 - INTEGRALITY).then_some((v.0, xv))
        })
        .collect()
}

/// Branching `var` at `value` within its domain: up to
/// `[ceil(value), upper]` or down to `[lower, floor(value)]`.
pub(crate) fn branch_change(domains: &Domains<'_>, var: u32, value: f64, up: bool) -> BoundChange {
    let v = VarId(var);
    let (lower, upper) = (domains.lower(v), domains.upper(v));
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

/// Solves `lp` (the search's or a copy) within `limits`, its pivots counted.
pub(crate) fn counted_solve(lp: &mut Lp, limits: &LpLimits, stats: &mut BnbStats) -> LpStatus {
    let status = lp.solve(limits);
    stats.lp_iterations += lp.iterations();
    status
}

/// Sets LP column bounds taken from the domains or a branching (never NaN,
/// `lower <= upper`): the LP accepts every such pair, so a refusal would be
/// a bug; it is counted as an LP failure rather than a panic.
pub(crate) fn set_bounds(lp: &mut Lp, j: usize, lower: f64, upper: f64, stats: &mut BnbStats) {
    if lp.set_col_bounds(j, lower, upper).is_err() {
        stats.lp_failures += 1;
    }
}
