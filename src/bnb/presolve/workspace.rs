//! The mutable copy of a problem that the reductions edit: bounds, kinds,
//! costs and sides per original column and row, the matrix by rows and by
//! columns (kept in step), alive flags, the objective offset collected from
//! removed columns, and the postsolve stack every removal pushes on.

use super::PresolveStats;
use super::postsolve::{Postsolve, Step};
use crate::budget::Budget;
use crate::model::{ConsId, Problem, ProblemBuilder, VarId, VarKind};

/// Absolute room below which a bound or side counts as violated by
/// presolve: it declares infeasibility only beyond `FEAS_TOL·max(1, |side|)`.
pub(super) const FEAS_TOL: f64 = 1e-6;

/// The problem being presolved, indexed by original column and row.
pub(crate) struct Workspace {
    pub(super) lower: Vec<f64>,
    pub(super) upper: Vec<f64>,
    pub(super) kind: Vec<VarKind>,
    /// Costs in the problem's own sense.
    pub(super) cost: Vec<f64>,
    /// +1 when minimizing, −1 when maximizing (`sign·cost` is minimized).
    pub(super) sign: f64,
    pub(super) offset: f64,
    pub(super) col_alive: Vec<bool>,
    pub(super) row_lower: Vec<f64>,
    pub(super) row_upper: Vec<f64>,
    pub(super) row_alive: Vec<bool>,
    /// Entries of each row, alive columns only, unsorted.
    pub(super) rows: Vec<Vec<(u32, f64)>>,
    /// Entries of each column `(row, coefficient)`, alive rows only,
    /// unsorted.
    pub(super) cols: Vec<Vec<(u32, f64)>>,
    pub(super) postsolve: Postsolve,
    pub(super) stats: PresolveStats,
    /// Set by a reduction that proved the problem infeasible.
    pub(super) infeasible: bool,
    /// Presolve's share of the run's time.
    pub(super) budget: Budget,
}

/// The bounds of a row's activity over the column bounds: finite parts and
/// the number of infinite contributions on each side.
#[derive(Clone, Copy, Debug)]
pub(super) struct Activity {
    pub(super) min: f64,
    pub(super) max: f64,
    pub(super) min_inf: usize,
    pub(super) max_inf: usize,
}

impl Activity {
    /// The least activity (`-inf` with an infinite contribution).
    pub(super) fn min_value(&self) -> f64 {
        if self.min_inf > 0 {
            f64::NEG_INFINITY
        } else {
            self.min
        }
    }

    /// The largest activity (`+inf` with an infinite contribution).
    pub(super) fn max_value(&self) -> f64 {
        if self.max_inf > 0 {
            f64::INFINITY
        } else {
            self.max
        }
    }

    /// The least activity of the row without the term `a·x` of a column
    /// with bounds `[lo, up]`.
    pub(super) fn min_without(&self, a: f64, lo: f64, up: f64) -> f64 {
        let own = if a > 0.0 { a * lo } else { a * up };
        match (self.min_inf, own.is_finite()) {
            (0, _) => self.min - own,
            (1, false) => self.min,
            _ => f64::NEG_INFINITY,
        }
    }

    /// The largest activity of the row without the term `a·x`.
    pub(super) fn max_without(&self, a: f64, lo: f64, up: f64) -> f64 {
        let own = if a > 0.0 { a * up } else { a * lo };
        match (self.max_inf, own.is_finite()) {
            (0, _) => self.max - own,
            (1, false) => self.max,
            _ => f64::INFINITY,
        }
    }
}

impl Workspace {
    /// A workspace holding a copy of `p`, to be presolved within `budget`.
    pub(crate) fn new(p: &Problem, budget: Budget) -> Self {
        let rows: Vec<Vec<(u32, f64)>> = p
            .rows()
            .map(|r| p.row(r).map(|(v, a)| (v.0, a)).collect())
            .collect();
        let cols: Vec<Vec<(u32, f64)>> = p
            .vars()
            .map(|v| p.column(v).map(|(r, a)| (r.0, a)).collect())
            .collect();
        Workspace {
            lower: p.var_lowers().to_vec(),
            upper: p.var_uppers().to_vec(),
            kind: p.var_kinds().to_vec(),
            cost: p.objective_coefficients().to_vec(),
            sign: p.sense().sign(),
            offset: p.objective_offset(),
            col_alive: vec![true; p.num_vars()],
            row_lower: p.row_lowers().to_vec(),
            row_upper: p.row_uppers().to_vec(),
            row_alive: vec![true; p.num_rows()],
            rows,
            cols,
            postsolve: Postsolve::new(p.num_vars()),
            stats: PresolveStats::default(),
            infeasible: false,
            budget,
        }
    }

    /// Whether a reduction pass should stop: the problem is infeasible or
    /// the time share is spent.
    pub(super) fn stopped(&self) -> bool {
        self.infeasible || self.budget.expired()
    }

    /// The coefficient of column `j` in row `r` (0 when absent).
    pub(super) fn coef(&self, r: usize, j: u32) -> f64 {
        self.rows[r]
            .iter()
            .find(|&&(k, _)| k == j)
            .map_or(0.0, |&(_, a)| a)
    }

    /// The activity bounds of row `r`.
    pub(super) fn activity(&self, r: usize) -> Activity {
        let mut act = Activity {
            min: 0.0,
            max: 0.0,
            min_inf: 0,
            max_inf: 0,
        };
        for &(j, a) in &self.rows[r] {
            let (lo, up) = (self.lower[j as usize], self.upper[j as usize]);
            let (small, large) = if a > 0.0 {
                (a * lo, a * up)
            } else {
                (a * up, a * lo)
            };
            if small.is_finite() {
                act.min += small;
            } else {
                act.min_inf += 1;
            }
            if large.is_finite() {
                act.max += large;
            } else {
                act.max_inf += 1;
            }
        }
        act
    }

    /// Sets the coefficient of column `j` in row `r` to `a`; a zero removes
    /// the entry, an absent entry is added.
    pub(super) fn set_coef(&mut self, r: usize, j: u32, a: f64) {
        let row = &mut self.rows[r];
        match row.iter().position(|&(k, _)| k == j) {
            Some(pos) if a == 0.0 => {
                row.swap_remove(pos);
                let col = &mut self.cols[j as usize];
                if let Some(q) = col.iter().position(|&(s, _)| s as usize == r) {
                    col.swap_remove(q);
                }
            }
            Some(pos) => {
                row[pos].1 = a;
                let col = &mut self.cols[j as usize];
                if let Some(q) = col.iter().position(|&(s, _)| s as usize == r) {
                    col[q].1 = a;
                }
            }
            None if a == 0.0 => {}
            None => {
                row.push((j, a));
                self.cols[j as usize].push((r as u32, a));
            }
        }
    }

    /// Removes row `r` (its entries leave their columns).
    pub(super) fn remove_row(&mut self, r: usize) {
        for (j, _) in std::mem::take(&mut self.rows[r]) {
            let col = &mut self.cols[j as usize];
            if let Some(q) = col.iter().position(|&(s, _)| s as usize == r) {
                col.swap_remove(q);
            }
        }
        self.row_alive[r] = false;
        self.stats.removed_rows += 1;
    }

    /// Removes column `j` from every row (its sides absorb nothing: the
    /// caller accounts for its value).
    fn detach_column(&mut self, j: u32) {
        for (r, _) in std::mem::take(&mut self.cols[j as usize]) {
            let row = &mut self.rows[r as usize];
            if let Some(pos) = row.iter().position(|&(k, _)| k == j) {
                row.swap_remove(pos);
            }
        }
        self.col_alive[j as usize] = false;
        self.stats.removed_columns += 1;
    }

    /// Fixes column `j` at `value`: the rows' sides and the objective
    /// offset absorb it, postsolve restores it.
    pub(super) fn fix_column(&mut self, j: u32, value: f64) {
        for &(r, a) in &self.cols[j as usize] {
            self.row_lower[r as usize] -= a * value;
            self.row_upper[r as usize] -= a * value;
        }
        self.offset += self.cost[j as usize] * value;
        self.lower[j as usize] = value;
        self.upper[j as usize] = value;
        self.detach_column(j);
        self.postsolve.push(Step::Fixed { col: j, value });
    }

    /// Removes column `j` whose value postsolve computes by `step` (its
    /// cost has already been moved onto the columns it depends on).
    pub(super) fn eliminate_column(&mut self, j: u32, step: Step) {
        self.detach_column(j);
        self.postsolve.push(step);
    }

    /// Narrows the bounds of column `j` to `[lo, up]` intersected with the
    /// current ones (an integer column's bounds are rounded inward, with a
    /// `1e-6` margin); marks the problem infeasible when they cross.
    /// Returns whether a bound moved.
    pub(super) fn tighten_bounds(&mut self, j: u32, lo: f64, up: f64) -> bool {
        let jj = j as usize;
        let (mut lo, mut up) = (lo, up);
        if self.kind[jj].is_integral() {
            lo = (lo - FEAS_TOL).ceil();
            up = (up + FEAS_TOL).floor();
        }
        let new_lo = self.lower[jj].max(lo);
        let new_up = self.upper[jj].min(up);
        if new_lo > new_up {
            if new_lo - new_up > FEAS_TOL * new_lo.abs().max(1.0) || self.kind[jj].is_integral() {
                self.infeasible = true;
                return false;
            }
            // Crossed within the tolerance: the column is fixed.
            let mid = self.lower[jj].max(new_up).min(self.upper[jj]);
            self.lower[jj] = mid;
            self.upper[jj] = mid;
            return true;
        }
        let moved = new_lo > self.lower[jj] || new_up < self.upper[jj];
        self.lower[jj] = new_lo;
        self.upper[jj] = new_up;
        moved
    }

    /// Whether `value` lies outside `[lo, up]` by more than the presolve
    /// tolerance.
    pub(super) fn violates(value: f64, lo: f64, up: f64) -> bool {
        value < lo - FEAS_TOL * lo.abs().max(1.0) || value > up + FEAS_TOL * up.abs().max(1.0)
    }

    /// Alive rows.
    pub(super) fn alive_rows(&self) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&r| self.row_alive[r])
            .collect()
    }

    /// Alive columns.
    pub(super) fn alive_cols(&self) -> Vec<u32> {
        (0..self.cols.len() as u32)
            .filter(|&j| self.col_alive[j as usize])
            .collect()
    }

    /// The reduced problem (alive columns and rows, in original order and
    /// with their original names) and the reduced-to-original column map.
    ///
    /// # Errors
    /// A message when the builder refuses the reduced problem (a bound or
    /// side presolve left invalid: a bug, reported rather than a panic).
    pub(super) fn build(&self, original: &Problem) -> Result<(Problem, Vec<u32>), String> {
        let mut b = ProblemBuilder::new(original.name());
        b.set_sense(original.sense());
        b.set_objective_name(original.objective_name())
            .map_err(|e| e.to_string())?;
        b.set_objective_offset(self.offset)
            .map_err(|e| e.to_string())?;
        let kept = self.alive_cols();
        let mut new_id = vec![u32::MAX; self.cols.len()];
        for (i, &j) in kept.iter().enumerate() {
            let jj = j as usize;
            new_id[jj] = i as u32;
            b.add_var(
                original.var_name(VarId(j)),
                self.kind[jj],
                self.lower[jj],
                self.upper[jj],
                self.cost[jj],
            )
            .map_err(|e| e.to_string())?;
        }
        for r in self.alive_rows() {
            let mut entries: Vec<(VarId, f64)> = self.rows[r]
                .iter()
                .map(|&(j, a)| (VarId(new_id[j as usize]), a))
                .collect();
            entries.sort_unstable_by_key(|&(v, _)| v);
            let (lo, up) = (self.row_lower[r], self.row_upper[r]);
            b.add_row(original.row_name(ConsId(r as u32)), lo, up, &entries)
                .map_err(|e| e.to_string())?;
        }
        Ok((b.build().map_err(|e| e.to_string())?, kept))
    }
}
