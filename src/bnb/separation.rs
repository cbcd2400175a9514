//! Cut rounds at the root: knapsack covers and cliques against the global
//! bounds, Gomory mixed-integer cuts from the LP's tableau rows, all
//! through one pool (efficacy and parallelism filters); rounds stop when
//! the bound stalls. Cut rows that end up loose are dropped again.

use std::time::Instant;

use super::cuts::{
    ConflictGraph, CutFamily, CutPool, GmiInput, GmiSettings, SelectParams, TableauEntry,
    TableauLp, VariableBounds, cmir_cuts, gomory_mixed_integer, knapsack_covers,
};
use super::search::Search;
use crate::lp::{Lp, LpStatus};
use crate::model::{Problem, VarId};

/// Gomory cuts tried per round at most (most fractional rows first).
const GOMORY_ROWS: usize = 50;
/// Clique cuts separated per round at most.
const CLIQUES: usize = 200;
/// Rounds in a row whose bound gain is below 0.01% end the loop.
const STALL_ROUNDS: usize = 3;

/// The LP seen as the Gomory derivation wants it (extended variables:
/// columns, then row slacks `s_i = (A x)_i`).
struct LpView<'a> {
    lp: &'a Lp,
    problem: &'a Problem,
    slack_integral: Vec<bool>,
}

impl<'a> LpView<'a> {
    fn new(lp: &'a Lp, problem: &'a Problem) -> Self {
        let integral_col = |j: usize| problem.var_kind(VarId(j as u32)).is_integral();
        let slack_integral = (0..lp.num_rows())
            .map(|i| {
                lp.row_entries(i)
                    .iter()
                    .all(|&(j, a)| integral_col(j) && a.fract() == 0.0)
            })
            .collect();
        LpView {
            lp,
            problem,
            slack_integral,
        }
    }
}

impl TableauLp for LpView<'_> {
    fn num_structural(&self) -> usize {
        self.lp.num_cols()
    }

    fn bounds(&self, k: usize) -> (f64, f64) {
        let n = self.lp.num_cols();
        if k < n {
            (self.lp.col_lower(k), self.lp.col_upper(k))
        } else {
            self.lp.row_bounds(k - n)
        }
    }

    fn is_integral(&self, k: usize) -> bool {
        let n = self.lp.num_cols();
        if k < n {
            self.problem.var_kind(VarId(k as u32)).is_integral()
        } else {
            self.slack_integral[k - n]
        }
    }

    fn for_each_in_row(&self, i: usize, f: &mut dyn FnMut(usize, f64)) {
        for &(j, a) in self.lp.row_entries(i) {
            f(j, a);
        }
    }
}

impl Search<'_> {
    /// Rounds of separation at the root; returns the LP value after them.
    pub(crate) fn cut_rounds(&mut self, mut z: f64) -> Result<f64, LpStatus> {
        if !self.p.vars().any(|v| self.p.var_kind(v).is_integral()) {
            return Ok(z);
        }
        let t = Instant::now();
        let graph = ConflictGraph::new(self.p, &self.global_lower, &self.global_upper);
        let vbounds = VariableBounds::new(self.p, &self.global_lower, &self.global_upper);
        self.stats.time_cuts_s += t.elapsed().as_secs_f64();
        let mut pool = CutPool::new();
        let params = SelectParams::default();
        let budget_end = self
            .budget
            .limit()
            .map(|l| self.budget.start() + l.mul_f64(0.2));
        let mut stalls = 0;
        for _ in 0..self.settings.root_cut_rounds {
            if budget_end.is_some_and(|e| Instant::now() >= e) {
                break;
            }
            let x = self.lp.x().to_vec();
            if self.fractional(&x).is_empty() {
                break;
            }
            let t = Instant::now();
            pool.add_all(knapsack_covers(
                self.p,
                &self.global_lower,
                &self.global_upper,
                &x,
            ));
            pool.add_all(graph.separate(&x, CLIQUES));
            pool.add_all(cmir_cuts(
                self.p,
                &self.global_lower,
                &self.global_upper,
                &vbounds,
                &x,
            ));
            let gomory = self.gomory_cuts(&x);
            pool.add_all(gomory);
            let selected = pool.select(&x, &params);
            let mut added = 0;
            for id in selected {
                let Some(cut) = pool.get(id) else { continue };
                let entries: Vec<(usize, f64)> = cut
                    .vars
                    .iter()
                    .zip(&cut.coefs)
                    .map(|(v, &a)| (v.index(), a))
                    .collect();
                if self
                    .lp
                    .add_row(&entries, f64::NEG_INFINITY, cut.rhs)
                    .is_ok()
                {
                    added += 1;
                    self.stats.cuts[match cut.family {
                        CutFamily::Cover => 0,
                        CutFamily::Clique => 1,
                        CutFamily::Gomory => 2,
                        CutFamily::Mir => 3,
                    }] += 1;
                }
            }
            self.stats.time_cuts_s += t.elapsed().as_secs_f64();
            if added == 0 {
                break;
            }
            let new_z = self.resolve()?;
            if new_z < z + 1e-4 * z.abs().max(1.0) {
                stalls += 1;
            } else {
                stalls = 0;
            }
            z = new_z;
            if self.round_bound(z) > self.threshold {
                return Err(LpStatus::Cutoff);
            }
            if stalls >= STALL_ROUNDS {
                break;
            }
        }
        self.drop_loose_cuts().map_or(Ok(z), |()| self.resolve())
    }

    /// Gomory mixed-integer cuts from the tableau rows of the basic integer
    /// columns with the most fractional values.
    fn gomory_cuts(&mut self, x: &[f64]) -> Vec<super::cuts::Cut> {
        let mut rows: Vec<(u32, f64)> = self
            .fractional(x)
            .into_iter()
            .filter(|&(j, _)| self.lp.is_basic(j as usize))
            .collect();
        let distance = |v: f64| ((v - v.floor()) - 0.5).abs();
        rows.sort_by(|a, b| distance(a.1).total_cmp(&distance(b.1)).then(a.0.cmp(&b.0)));
        rows.truncate(GOMORY_ROWS);
        let tableau: Vec<(usize, crate::lp::TableauRow)> = rows
            .iter()
            .filter_map(|&(j, _)| self.lp.tableau_row(j as usize).map(|r| (j as usize, r)))
            .collect();
        let view = LpView::new(&self.lp, self.p);
        let settings = GmiSettings::default();
        tableau
            .iter()
            .filter_map(|(j, row)| {
                let entries: Vec<TableauEntry> = row
                    .entries
                    .iter()
                    .map(|&(k, alpha)| TableauEntry {
                        column: k,
                        alpha,
                        at_upper: self.lp.nonbasic_at_upper(k),
                    })
                    .collect();
                gomory_mixed_integer(
                    &GmiInput {
                        lp: &view,
                        basic: *j,
                        entries: &entries,
                        beta: row.rhs,
                    },
                    &settings,
                )
            })
            .collect()
    }

    /// Removes the cut rows whose slack is basic and not at its bound (they
    /// do not bind at the optimum); `Some(())` when any was removed.
    fn drop_loose_cuts(&mut self) -> Option<()> {
        let n = self.lp.num_cols();
        let loose: Vec<usize> = (self.p.num_rows()..self.lp.num_rows())
            .filter(|&i| {
                let (_, upper) = self.lp.row_bounds(i);
                self.lp.is_basic(n + i)
                    && self.lp.row_activity(i) < upper - 1e-6 * upper.abs().max(1.0)
            })
            .collect();
        if loose.is_empty() {
            return None;
        }
        self.lp.remove_rows(&loose);
        Some(())
    }
}
