//! Cut rounds at the root: every separator component in priority order
//! against the LP point, all cuts through one pool (efficacy and
//! parallelism filters), the selected ones added to the LP; rounds stop
//! when the bound stalls. Cut rows that end up loose are dropped again.
//! Each cut that enters the LP is counted for the separator that produced
//! it.
//!
//! **At nodes below the root** (`cuts.nodes`), one round of the
//! separators whose cuts depend on nothing of the node
//! ([`Separator::at_nodes`](crate::bnb::components::Separator::at_nodes):
//! covers, cliques and c-MIR over the problem's rows and the global
//! bounds) runs on the node's LP point, as HiGHS separates at
//! every node it takes from its queue. The cuts are globally valid, so
//! they stay in the LP (stored bases of other nodes are extended by basic
//! slacks) until they have been loose at 100 node LPs in a row
//! ([`LpRelaxation::age_cuts`](crate::bnb::relaxation::LpRelaxation::age_cuts)).
//! A node round runs while node rounds have taken at most a tenth of the
//! search's time and their rows in the LP stay below the problem's row
//! count (at least 1000); a round that neither prunes the node nor closes
//! 1% of its gap to the cutoff (any gain without an incumbent) counts as a
//! failure, and the k-th failure in a row skips the next 2^k − 1 nodes (at
//! most 63). Once 2000 node cuts were added and more than nine in ten of
//! them aged out unused, node rounds stop. Aggregated c-MIR stays at the root: on fixnet6 its node cuts
//! (thousands) cut the node rate tenfold and lost the proof.

use std::collections::HashMap;
use std::time::Instant;

use super::{Search, fractional};
use crate::bnb::components::SeparationContext;
use crate::bnb::cuts::{CutId, CutPool, SelectParams};
use crate::simplex::{Basis, LpLimits, LpStatus};

/// Rounds in a row whose bound gain is below 0.01% end the loop.
const STALL_ROUNDS: usize = 3;

/// Share of the time limit the cut rounds may use (from the start).
const CUT_TIME_SHARE: f64 = 0.2;

/// Pivots one round's re-solve may take at least (more when the root LP
/// took more: three times the pivots of its solves so far).
const ROUND_ITERATIONS: u64 = 1000;

/// Share of the search's time the node rounds may take (separation and
/// re-solves).
const NODE_CUT_TIME_SHARE: f64 = 0.1;

/// The share of a node's gap to the cutoff a node round must close to
/// count as a success (pruning the node always does).
const NODE_ROUND_GAIN: f64 = 0.01;

/// Node rounds stop for good once they have added this many cuts and more
/// than nine in ten of them aged out unused (mas76 and pk1: 99%, with a
/// node rate halved and their proofs lost; the multiple knapsacks: 60%).
const CHURN_MIN: u64 = 2000;

/// Pivots a node round's re-solve may take at least (more: ten times the
/// average pivots per node).
const NODE_ROUND_ITERATIONS: u64 = 500;

/// Cut rows of the node rounds the LP may hold: the problem's row count,
/// at least this many.
const NODE_CUT_ROWS_MIN: usize = 1000;

/// The pool and which separator first produced each of its cuts.
struct Round {
    pool: CutPool,
    source: HashMap<CutId, usize>,
    params: SelectParams,
}

impl Round {
    fn new() -> Self {
        Round {
            pool: CutPool::new(),
            source: HashMap::new(),
            params: SelectParams::default(),
        }
    }
}

impl Search<'_> {
    /// Rounds of separation at the root; returns the LP value after them.
    ///
    /// Each round's re-solve is limited (see [`Search::round_limits`]): on
    /// LPs with tens of thousands of columns one degenerate re-solve could
    /// take the whole time limit (bin packing with 150 items), leaving the
    /// search with no LP point and the root bound of the round before. A
    /// re-solve that hits its limit takes the round's cuts out again and
    /// goes back to the basis before them ([`Search::undo_round`]), so the
    /// search continues from the last bound the rounds proved.
    pub(crate) fn cut_rounds(&mut self, mut z: f64) -> Result<f64, LpStatus> {
        if self.components.separators.is_empty()
            || !self.p.vars().any(|v| self.p.var_kind(v).is_integral())
        {
            return Ok(z);
        }
        let mut round = Round::new();
        let budget_end = self
            .budget
            .limit()
            .map(|l| self.budget.start() + l.mul_f64(CUT_TIME_SHARE));
        let max_iterations = ROUND_ITERATIONS.max(3 * self.relax.lp().total_iterations());
        let mut stalls = 0;
        for _ in 0..self.settings.root_cut_rounds {
            if budget_end.is_some_and(|e| Instant::now() >= e) || self.out_of_time() {
                break;
            }
            let (rows, basis) = (self.relax.lp().num_rows(), self.relax.lp().basis());
            let t = Instant::now();
            let added = self.separate_once(&mut round, budget_end, false);
            self.stats.time_cuts_s += t.elapsed().as_secs_f64();
            if added == 0 {
                break;
            }
            let limits = self.round_limits(budget_end, max_iterations);
            let new_z = match self.relax.solve(&limits, &mut self.stats) {
                LpStatus::Optimal => self.relax.lp().bound(),
                // A round whose re-solve fails (limits, or numerical
                // trouble with the new rows: dsbmip) is taken back; the
                // root keeps the bound and point before it, and its
                // heuristics run.
                LpStatus::IterationLimit
                | LpStatus::TimeLimit
                | LpStatus::NumericalTrouble
                | LpStatus::Unbounded => {
                    self.undo_round(rows, &basis, max_iterations)?;
                    break;
                }
                other => return Err(other),
            };
            if new_z < z + 1e-4 * z.abs().max(1.0) {
                stalls += 1;
            } else {
                stalls = 0;
            }
            z = new_z;
            if self.store.round_bound(z) > self.store.threshold() {
                return Err(LpStatus::Cutoff);
            }
            if stalls >= STALL_ROUNDS {
                break;
            }
        }
        if self.relax.drop_loose_cuts(self.p.num_rows()) {
            self.resolve()
        } else {
            Ok(z)
        }
    }

    /// One cut round at a node below the root (see the module's text) on
    /// the node's LP optimum `z`; returns the LP value after it, or the
    /// status that ends the node (infeasible, cut off).
    pub(crate) fn node_cut_round(&mut self, z: f64) -> Result<f64, LpStatus> {
        let result = if self.node_cut_round_due() {
            self.node_cut_round_counted(z)
        } else {
            Ok(z)
        };
        if result.is_ok() {
            self.stats.node_cuts_removed += self.relax.age_cuts() as u64;
        }
        result
    }

    /// [`node_cut_round_timed`](Self::node_cut_round_timed), its time and
    /// its success counted.
    fn node_cut_round_counted(&mut self, z: f64) -> Result<f64, LpStatus> {
        let t = Instant::now();
        let result = self.node_cut_round_timed(z);
        self.stats.time_node_cuts_s += t.elapsed().as_secs_f64();
        // A round pays when it prunes the node or closes a real part of
        // the node's gap to the cutoff (any gain while there is none).
        let success = match (result, self.store.cutoff()) {
            (Err(_), _) => true,
            (Ok(new_z), Some(cutoff)) => new_z - z >= NODE_ROUND_GAIN * (cutoff - z).max(1e-9),
            (Ok(new_z), None) => new_z > z + 1e-6 * z.abs().max(1.0),
        };
        self.node_cut_back_off.record(success);
        result
    }

    /// Whether a node round is due at this node (the switch, the time
    /// share, the rows' cap, the back-off).
    fn node_cut_round_due(&mut self) -> bool {
        let (added, removed) = (self.stats.node_cuts, self.stats.node_cuts_removed);
        if !self.node_cuts_on
            || (added >= CHURN_MIN && removed * 10 > added * 9)
            || self.relax.aging_rows() >= self.p.num_rows().max(NODE_CUT_ROWS_MIN)
            || self.stats.time_node_cuts_s > NODE_CUT_TIME_SHARE * self.budget.elapsed_s()
        {
            return false;
        }
        self.node_cut_back_off.ready()
    }

    fn node_cut_round_timed(&mut self, z: f64) -> Result<f64, LpStatus> {
        let mut round = Round::new();
        let (rows, basis) = (self.relax.lp().num_rows(), self.relax.lp().basis());
        let added = self.separate_once(&mut round, None, true);
        if added == 0 {
            return Ok(z);
        }
        self.relax.age_rows_from(rows);
        self.stats.node_cut_rounds += 1;
        self.stats.node_cuts += added as u64;
        // A node's LP takes few pivots; the round's re-solve gets a
        // multiple of the average.
        let per_node = self.stats.lp_iterations / self.stats.nodes.max(1);
        let max_iterations = NODE_ROUND_ITERATIONS.max(10 * per_node);
        let limits = LpLimits {
            deadline: self.budget.deadline(),
            max_iterations: Some(max_iterations),
            objective_cutoff: self.store.cutoff(),
        };
        match self.relax.solve(&limits, &mut self.stats) {
            LpStatus::Optimal => {
                let z = self.relax.lp().bound();
                if self.store.round_bound(z) > self.store.threshold() {
                    Err(LpStatus::Cutoff)
                } else {
                    Ok(z)
                }
            }
            LpStatus::Infeasible => Err(LpStatus::Infeasible),
            LpStatus::Cutoff => Err(LpStatus::Cutoff),
            _ => {
                // Limits or numerical trouble: the round is taken back.
                self.undo_round(rows, &basis, max_iterations)?;
                Ok(self.relax.lp().bound())
            }
        }
    }

    /// The limits of one round's re-solve: the cutoff, at most
    /// `max_iterations` pivots, and half of what is left of the cut rounds'
    /// time share (all of it is left for the search when there is no time
    /// limit), never past the search's deadline.
    fn round_limits(&self, budget_end: Option<Instant>, max_iterations: u64) -> LpLimits {
        let now = Instant::now();
        let share_end = budget_end.map(|e| now + e.saturating_duration_since(now) / 2);
        LpLimits {
            deadline: self.budget.earliest(share_end),
            max_iterations: Some(max_iterations),
            objective_cutoff: self.store.cutoff(),
        }
    }

    /// Takes the cut rows from `rows` on out of the LP again and solves it
    /// from `basis`, the optimal basis before them (few pivots: only the
    /// cost perturbation of a degenerate LP can move it).
    fn undo_round(
        &mut self,
        rows: usize,
        basis: &Basis,
        max_iterations: u64,
    ) -> Result<(), LpStatus> {
        let lp = self.relax.lp_mut();
        let added: Vec<usize> = (rows..lp.num_rows()).collect();
        lp.remove_rows(&added);
        lp.set_basis(basis);
        let limits = LpLimits {
            deadline: None,
            max_iterations: Some(max_iterations),
            objective_cutoff: self.store.cutoff(),
        };
        match self.relax.solve(&limits, &mut self.stats) {
            LpStatus::Optimal => Ok(()),
            other => Err(other),
        }
    }

    /// One round: every separator (at a node below the root, `at_node`,
    /// those that run there) on the LP point, the pool's selection added
    /// to the LP; returns how many cuts were added (0 when the point is
    /// integral). The separators see `budget_end` (the cut rounds' time
    /// share) or the search's deadline, whichever comes first.
    fn separate_once(
        &mut self,
        round: &mut Round,
        budget_end: Option<Instant>,
        at_node: bool,
    ) -> usize {
        let x = self.relax.lp().x().to_vec();
        let frac = fractional(self.p, &x);
        if frac.is_empty() {
            return 0;
        }
        let (globals, lp) = self.relax.globals_and_lp();
        let mut ctx = SeparationContext::new(self.p, globals, lp, &x, &frac)
            .with_deadline(self.budget.earliest(budget_end));
        for (k, r) in self.components.separators.iter_mut().enumerate() {
            if at_node && !r.component.at_nodes() {
                continue;
            }
            let t = Instant::now();
            let cuts = r.component.separate(&mut ctx);
            r.stats.record(t, 0);
            for cut in cuts {
                if let Some(id) = round.pool.add(cut) {
                    round.source.entry(id).or_insert(k);
                }
            }
        }
        let selected = round.pool.select(&x, &round.params);
        let mut added = 0;
        for id in selected {
            let Some(cut) = round.pool.get(id) else {
                continue;
            };
            let entries: Vec<(usize, f64)> = cut
                .vars
                .iter()
                .zip(&cut.coefs)
                .map(|(v, &a)| (v.index(), a))
                .collect();
            if self
                .relax
                .lp_mut()
                .add_row(&entries, f64::NEG_INFINITY, cut.rhs)
                .is_ok()
            {
                added += 1;
                if let Some(&k) = round.source.get(&id) {
                    self.components.separators[k].stats.found += 1;
                }
            }
        }
        added
    }
}
