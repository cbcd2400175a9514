//! Cut rounds at the root: every separator component in priority order
//! against the LP point, all cuts through one pool (efficacy and
//! parallelism filters), the selected ones added to the LP; rounds stop
//! when the bound stalls. Cut rows that end up loose are dropped again.
//! Each cut that enters the LP is counted for the separator that produced
//! it.

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

/// The pool and which separator first produced each of its cuts.
struct Round {
    pool: CutPool,
    source: HashMap<CutId, usize>,
    params: SelectParams,
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
        let mut round = Round {
            pool: CutPool::new(),
            source: HashMap::new(),
            params: SelectParams::default(),
        };
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
            let added = self.separate_once(&mut round, budget_end);
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

    /// One round: every separator on the LP point, the pool's selection
    /// added to the LP; returns how many cuts were added (0 when the point
    /// is integral). The separators see `budget_end` (the cut rounds' time
    /// share) or the search's deadline, whichever comes first.
    fn separate_once(&mut self, round: &mut Round, budget_end: Option<Instant>) -> usize {
        let x = self.relax.lp().x().to_vec();
        let frac = fractional(self.p, &x);
        if frac.is_empty() {
            return 0;
        }
        let (globals, lp) = self.relax.globals_and_lp();
        let mut ctx = SeparationContext::new(self.p, globals, lp, &x, &frac)
            .with_deadline(self.budget.earliest(budget_end));
        for (k, r) in self.components.separators.iter_mut().enumerate() {
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
