//! symbreak's own LP solver for branch-and-cut node LPs: a bounded revised
//! dual simplex whose basis inverse is the explicit inverse of its kernel.
//!
//! ```text
//!   min  c·x   s.t.  row_lo ≤ A x ≤ row_hi,   col_lo ≤ x ≤ col_hi   (bounds may be ±inf)
//! ```
//!
//! It exists because branch-and-cut needs what a closed LP API does not
//! give: duals, reduced costs, a basis that survives bound changes and new
//! rows, and tableau rows for Gomory cuts. The sizes it is built for are
//! moderate (up to thousands of rows and columns) with few basic columns
//! (at most a few hundred): only the kernel `A[R, S]` of the basis (basic
//! columns `S`, rows `R` whose slack is nonbasic) is inverted, densely and
//! explicitly, so the work per pivot grows with the square of the number
//! of basic columns, not of rows ([`factor`](self) module docs).
//!
//! # The extended form
//!
//! Every row `i` gets a slack `s_i := (A x)_i` with bounds
//! `[row_lo_i, row_hi_i]`, so the constraints read `[A | −I] (x, s) = 0`.
//! An *extended index* `k < n` is column `k`, `k = n + i` is the slack of
//! row `i`; [`Lp::is_basic`], [`Lp::nonbasic_at_upper`] and the entries of a
//! [`TableauRow`] use it. Reduced costs follow `d_j = c_j − Σ_i a_ij y_i`; the
//! slack of row `i` has reduced cost `y_i`.
//!
//! # The algorithm
//!
//! - **Dual simplex, phase 2** ([`dual`](self) module docs): dual
//!   steepest-edge pricing (weights exact after each rebuild of the
//!   inverse, updated by Forrest–Goldfarb between rebuilds), Harris'
//!   two-pass ratio test with bound flipping
//!   of boxed columns, the objective at every iterate a valid lower bound
//!   (hence [`LpStatus::Cutoff`]), infeasibility from a dual ray whose Farkas
//!   row is re-checked against the bounds before it is reported.
//! - **Cold start and dual phase 1**: the slack basis is dual feasible once
//!   every boxed nonbasic column sits on the bound its reduced cost wants.
//!   When a column's cost points to an infinite bound, a dual phase 1 solves
//!   the auxiliary problem with the bounds replaced by `[0,0]` (boxed),
//!   `[0,1]`, `[−1,0]` or `[−1,1]` (one-sided or free) by the same dual
//!   simplex — Koberstein's "subproblem" approach, no artificial big bounds.
//!   Its optimal basis is dual feasible for the real problem, or the real
//!   problem has no dual feasible basis: then a zero-cost solve decides
//!   between [`LpStatus::Infeasible`] and [`LpStatus::Unbounded`].
//! - **Numerics**: tolerances 1e-7 primal (plus 1e-9 relative to the
//!   bound), 1e-7 dual, 1e-9 pivot; the inverse is rebuilt every 100 pivots
//!   (kernels of order 200 and more: when an accuracy check every 100
//!   pivots fails, at the latest after 1,000);
//!   a pivot whose row and column computations disagree, or a dual ray whose
//!   Farkas proof does not hold, triggers a rebuild and a retry; a few failed
//!   retries give [`LpStatus::NumericalTrouble`].
//!
//! # Warm starts
//!
//! [`Lp::set_col_bounds`] moves a nonbasic column with its bound and leaves
//! the inverse alone (a basic column simply becomes primal infeasible);
//! [`Lp::add_row`] appends a row whose slack is basic, which leaves the
//! kernel unchanged; [`Lp::remove_rows`] drops rows whose slacks are basic,
//! again without touching the kernel (a removed row with a
//! nonbasic slack costs one pivot first). All three keep a dual feasible
//! basis dual feasible, so the next [`Lp::solve`] continues with the dual
//! simplex. [`Lp::set_basis`] rebuilds the inverse once.
//!
//! # Differences from the first sketch of this API
//!
//! - [`Lp::new`], [`Lp::add_row`] and [`Lp::set_col_bounds`] return a
//!   `Result`: a NaN or infinite coefficient or cost, a NaN bound, a lower
//!   bound of `+inf` or an upper bound of `−inf`, a column index out of
//!   range or mismatched lengths are an [`LpError`] (bad input is an error,
//!   not a status, and a cut generator can drop a broken cut). `lower >
//!   upper` is accepted and solves to [`LpStatus::Infeasible`], which is what
//!   branching produces.
//! - [`Lp::is_basic`] takes an extended index (a column or a row slack).
//! - [`Lp::iterations`] counts the last solve; [`Lp::total_iterations`]
//!   all of them.
//! - [`TableauRow::rhs`] is always `0` in the extended form (the slacks
//!   carry the row activities), kept so a caller does not depend on it.

mod dual;
mod factor;
mod matrix;
#[cfg(test)]
mod tests;

use std::time::Instant;

use dual::PivotRow;
use factor::Factor;
use matrix::{Matrix, renumbering, retain_indexed};

use crate::model::Problem;

/// The result of [`Lp::solve`].
///
/// Not a [`Status`](crate::status::Status): this is the verdict on one LP
/// relaxation inside the search (a cutoff, an iteration limit, a basis
/// that needs branching without its LP), which the branch-and-cut acts
/// on; `Status` is what a whole solve established about the problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LpStatus {
    /// Primal and dual feasible basis: [`Lp::x`], [`Lp::duals`] and
    /// [`Lp::reduced_costs`] form an optimal pair.
    Optimal,
    /// No point satisfies the rows and bounds (proven by a dual ray).
    Infeasible,
    /// Feasible, and the objective decreases without bound.
    Unbounded,
    /// The dual objective provably exceeds [`LpLimits::objective_cutoff`];
    /// [`Lp::objective`] is that bound (the point is not primal feasible).
    Cutoff,
    /// [`LpLimits::max_iterations`] reached.
    IterationLimit,
    /// [`LpLimits::deadline`] passed.
    TimeLimit,
    /// Rebuilding the basis inverse did not resolve a numerical failure.
    NumericalTrouble,
}

/// Limits of one [`Lp::solve`]; the default has none.
#[derive(Clone, Copy, Debug, Default)]
pub struct LpLimits {
    /// Stop with [`LpStatus::TimeLimit`] once this instant has passed.
    pub deadline: Option<Instant>,
    /// Stop with [`LpStatus::IterationLimit`] after this many pivots.
    pub max_iterations: Option<u64>,
    /// Stop with [`LpStatus::Cutoff`] once the objective (minimization)
    /// provably exceeds this value.
    pub objective_cutoff: Option<f64>,
}

/// Bad input to the LP: the LP is left unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LpError {
    /// Vectors that must have one entry per column differ in length.
    #[error("{what} has {got} entries, expected {expected}")]
    Length {
        /// Which vector.
        what: &'static str,
        /// Its length.
        got: usize,
        /// The number of columns.
        expected: usize,
    },
    /// A NaN or infinite objective or matrix coefficient.
    #[error("{what} {index}: coefficient {value} is not finite")]
    Coefficient {
        /// `"objective of column"` or `"row entry for column"`.
        what: &'static str,
        /// The column.
        index: usize,
        /// The value.
        value: f64,
    },
    /// A NaN bound, a lower bound of `+inf` or an upper bound of `−inf`.
    #[error("bounds [{lower}, {upper}] of {what} {index} are invalid")]
    Bound {
        /// `"column"` or `"row"`.
        what: &'static str,
        /// The column, or the index the row would have.
        index: usize,
        /// The lower bound.
        lower: f64,
        /// The upper bound.
        upper: f64,
    },
    /// A column index `>= num_cols`.
    #[error("column {index} out of range (the LP has {num_cols} columns)")]
    Column {
        /// The index.
        index: usize,
        /// The number of columns.
        num_cols: usize,
    },
}

/// Where an extended variable is in the basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarStatus {
    /// In the basis.
    Basic,
    /// Nonbasic at its lower bound.
    AtLower,
    /// Nonbasic at its upper bound.
    AtUpper,
    /// Nonbasic free variable, at zero.
    Free,
}

/// A basis: the status of every column and row slack. Take it with
/// [`Lp::basis`], give it back with [`Lp::set_basis`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Basis {
    num_cols: usize,
    status: Vec<VarStatus>,
}

impl Basis {
    /// The number of rows the basis was taken with.
    pub fn num_rows(&self) -> usize {
        self.status.len() - self.num_cols
    }

    /// The basis of the LP after [`Lp::remove_rows`] took out the rows
    /// flagged in `removed` (one flag per row the LP had then; rows added
    /// after this basis was taken count as basic slacks, as in
    /// [`Lp::set_basis`]). `None` when that leaves a number of basic
    /// variables other than the rows' (a removed row's slack was
    /// nonbasic here) or the basis has more rows than `removed`.
    pub fn without_rows(&self, removed: &[bool]) -> Option<Basis> {
        let n = self.num_cols;
        if self.num_rows() > removed.len() {
            return None;
        }
        let mut status = self.status.clone();
        status.resize(n + removed.len(), VarStatus::Basic);
        retain_indexed(&mut status, |k| k < n || !removed[k - n]);
        let basics = status.iter().filter(|&&s| s == VarStatus::Basic).count();
        (basics == status.len() - n).then_some(Basis {
            num_cols: n,
            status,
        })
    }
}

/// One row of the simplex tableau for a basic column `j`:
/// `x_j + Σ entries_k · z_k = rhs` over the nonbasic extended variables.
#[derive(Clone, Debug, PartialEq)]
pub struct TableauRow {
    /// `(extended index, coefficient)` of nonbasic variables; coefficients
    /// below 1e-12 in magnitude are left out.
    pub entries: Vec<(usize, f64)>,
    /// The right-hand side (0 in the extended form, see the module docs).
    pub rhs: f64,
}

/// A linear program with a warm-startable dual simplex; see the module docs.
#[derive(Clone, Debug)]
pub struct Lp {
    n: usize,
    m: usize,
    cost: Vec<f64>,
    /// Bounds of the extended variables (columns, then row slacks).
    lower: Vec<f64>,
    upper: Vec<f64>,
    matrix: Matrix,
    status: Vec<VarStatus>,
    /// The basic extended variable at each basis position.
    head: Vec<usize>,
    /// Values of the extended variables.
    value: Vec<f64>,
    /// Row duals `y`.
    dual: Vec<f64>,
    /// Reduced costs of the extended variables.
    reduced: Vec<f64>,
    /// The inverse of the basis in `head`, when built.
    factor: Option<Factor>,
    iterations: u64,
    total_iterations: u64,
    /// The last solve shifted working costs to absorb small dual
    /// infeasibilities: [`Lp::bound`] is then the Lagrangian bound of the
    /// real costs, not the objective.
    shifted: bool,
    /// An earlier solve of this LP stalled: later solves perturb their
    /// costs from the start (branch-and-bound re-solves the same
    /// degenerate LP with other bounds).
    degenerate: bool,
    /// The row multipliers of the dual ray that proved the last solve
    /// infeasible ([`Lp::farkas_multipliers`]).
    farkas: Option<Vec<f64>>,
    /// The work vectors of the pivot row, kept between iterations.
    row_work: PivotRow,
}

/// Checks one pair of bounds.
fn check_bounds(what: &'static str, index: usize, lower: f64, upper: f64) -> Result<(), LpError> {
    if lower.is_nan() || upper.is_nan() || lower == f64::INFINITY || upper == f64::NEG_INFINITY {
        return Err(LpError::Bound {
            what,
            index,
            lower,
            upper,
        });
    }
    Ok(())
}

impl Lp {
    /// An LP with the given columns and no rows.
    ///
    /// # Errors
    /// Mismatched lengths, a non-finite cost, or invalid bounds (see
    /// [`LpError`]).
    pub fn new(
        objective: Vec<f64>,
        col_lower: Vec<f64>,
        col_upper: Vec<f64>,
    ) -> Result<Lp, LpError> {
        let n = objective.len();
        for (what, v) in [("col_lower", &col_lower), ("col_upper", &col_upper)] {
            if v.len() != n {
                return Err(LpError::Length {
                    what,
                    got: v.len(),
                    expected: n,
                });
            }
        }
        for (j, &c) in objective.iter().enumerate() {
            if !c.is_finite() {
                return Err(LpError::Coefficient {
                    what: "objective of column",
                    index: j,
                    value: c,
                });
            }
        }
        for j in 0..n {
            check_bounds("column", j, col_lower[j], col_upper[j])?;
        }
        Ok(Lp::with_columns(objective, col_lower, col_upper))
    }

    /// An LP with checked columns and no rows.
    fn with_columns(objective: Vec<f64>, col_lower: Vec<f64>, col_upper: Vec<f64>) -> Lp {
        let n = objective.len();
        let mut lp = Lp {
            n,
            m: 0,
            cost: objective,
            lower: col_lower,
            upper: col_upper,
            matrix: Matrix::with_cols(n),
            status: Vec::with_capacity(n),
            head: Vec::new(),
            value: vec![0.0; n],
            dual: Vec::new(),
            reduced: vec![0.0; n],
            factor: None,
            iterations: 0,
            total_iterations: 0,
            shifted: false,
            degenerate: false,
            farkas: None,
            row_work: PivotRow::default(),
        };
        for j in 0..n {
            let s = lp.default_nonbasic(j);
            lp.status.push(s);
        }
        lp.reduced.copy_from_slice(&lp.cost);
        lp.place_values();
        lp
    }

    /// The LP relaxation of `p` in minimization form: the objective negated
    /// for a maximization, the offset left out, a semi-continuous column
    /// relaxed to its hull ([`Problem::var_hull`]), one LP row per problem
    /// row.
    pub fn from_problem(p: &Problem) -> Lp {
        let sign = p.sense().sign();
        let n = p.num_vars();
        let mut objective = Vec::with_capacity(n);
        let mut lower = Vec::with_capacity(n);
        let mut upper = Vec::with_capacity(n);
        for v in p.vars() {
            // `0.0 - c` rather than `-c`: no negative zeros.
            objective.push(if sign > 0.0 {
                p.objective_coefficient(v)
            } else {
                0.0 - p.objective_coefficient(v)
            });
            let (lo, up) = p.var_hull(v);
            lower.push(lo);
            upper.push(up);
        }
        // A built Problem has finite costs and coefficients and valid
        // bounds, so the checks of `new` and `add_row` are skipped.
        let mut lp = Lp::with_columns(objective, lower, upper);
        let mut entries = Vec::new();
        for r in p.rows() {
            entries.clear();
            entries.extend(p.row(r).map(|(v, a)| (v.index(), a)));
            let clean = merge_entries(&mut entries);
            lp.push_row(clean, p.row_lower(r), p.row_upper(r));
        }
        lp
    }

    /// Appends the row `lower ≤ Σ a_j x_j ≤ upper` and returns its index.
    /// Duplicate columns are summed, zeros dropped. The new slack is basic,
    /// so an optimal basis stays dual feasible and the next solve continues
    /// from it.
    ///
    /// # Errors
    /// A column out of range, a non-finite coefficient or invalid bounds;
    /// the LP is then unchanged.
    pub fn add_row(
        &mut self,
        entries: &[(usize, f64)],
        lower: f64,
        upper: f64,
    ) -> Result<usize, LpError> {
        check_bounds("row", self.m, lower, upper)?;
        let mut row: Vec<(usize, f64)> = Vec::with_capacity(entries.len());
        for &(j, a) in entries {
            if j >= self.n {
                return Err(LpError::Column {
                    index: j,
                    num_cols: self.n,
                });
            }
            if !a.is_finite() {
                return Err(LpError::Coefficient {
                    what: "row entry for column",
                    index: j,
                    value: a,
                });
            }
            row.push((j, a));
        }
        let merged = merge_entries(&mut row);
        Ok(self.push_row(merged, lower, upper))
    }

    /// Appends a checked row with merged entries; its slack is basic.
    fn push_row(&mut self, merged: Vec<(usize, f64)>, lower: f64, upper: f64) -> usize {
        let activity: f64 = merged.iter().map(|&(j, a)| a * self.value[j]).sum();
        let i = self.matrix.push_row(merged);
        if let Some(factor) = &mut self.factor {
            factor.append_row(&self.matrix);
        }
        self.m += 1;
        self.lower.push(lower);
        self.upper.push(upper);
        self.status.push(VarStatus::Basic);
        self.head.push(self.n + i);
        self.value.push(activity);
        self.dual.push(0.0);
        self.reduced.push(0.0);
        i
    }

    /// Removes rows (indices out of range and repeats are ignored); the
    /// others keep their order. Rows whose slack is basic leave without
    /// disturbing the basis; for a row with a nonbasic slack the slack is
    /// first pivoted into the basis.
    pub fn remove_rows(&mut self, rows: &[usize]) {
        let mut remove = vec![false; self.m];
        for &i in rows {
            if i < self.m {
                remove[i] = true;
            }
        }
        if !remove.iter().any(|&r| r) {
            return;
        }
        let n = self.n;
        for i in 0..self.m {
            if remove[i] && self.status[n + i] != VarStatus::Basic {
                self.pivot_in_slack(i, &remove);
            }
        }
        let mut positions = vec![false; self.m];
        for (p, &v) in self.head.iter().enumerate() {
            if v >= n && remove[v - n] {
                positions[p] = true;
            }
        }

        let (new_index, next) = renumbering(&remove);
        retain_indexed(&mut self.head, |p| !positions[p]);
        for v in &mut self.head {
            if *v >= n {
                *v = n + new_index[*v - n];
            }
        }
        let keep_ext = |k: usize| k < n || !remove[k - n];
        retain_indexed(&mut self.lower, keep_ext);
        retain_indexed(&mut self.upper, keep_ext);
        retain_indexed(&mut self.status, keep_ext);
        retain_indexed(&mut self.value, keep_ext);
        retain_indexed(&mut self.reduced, keep_ext);
        retain_indexed(&mut self.dual, |i| !remove[i]);
        self.matrix.remove_rows(&remove);
        if let Some(f) = &mut self.factor {
            f.remove(&positions, &remove, &self.matrix);
        }
        self.m = next;
    }

    /// Makes the nonbasic slack of row `i` basic: with an inverse, by one
    /// pivot on the largest entry of its column; without, by dropping a
    /// basic variable (the next factorization repairs a singular choice).
    /// The variable leaving is never the slack of a row in `removing`.
    fn pivot_in_slack(&mut self, i: usize, removing: &[bool]) {
        let n = self.n;
        let leaves_ok = |v: usize| v < n || !removing[v - n];
        let mut alpha = vec![0.0; self.m];
        let mut r = usize::MAX;
        if let Some(f) = &self.factor {
            f.ftran_slack(i, &self.matrix, &mut alpha);
            let mut best = 1e-9;
            for (p, a) in alpha.iter().enumerate() {
                if a.abs() > best && leaves_ok(self.head[p]) {
                    best = a.abs();
                    r = p;
                }
            }
        }
        if r == usize::MAX {
            self.factor = None;
            // Some basic variable is not a removed slack: the removed rows
            // outnumber their basic slacks by at least this one.
            r = self.head.iter().position(|&v| leaves_ok(v)).unwrap_or(0);
        } else if let Some(f) = &mut self.factor {
            let mut rho = vec![0.0; self.m];
            f.row(r, &self.matrix, &mut rho);
            f.update(r, n + i, &alpha, &rho, &self.matrix);
        }
        let leaving = self.head[r];
        self.status[leaving] = self.nearest_bound_status(leaving);
        self.head[r] = n + i;
        self.status[n + i] = VarStatus::Basic;
    }

    /// The number of rows.
    pub fn num_rows(&self) -> usize {
        self.m
    }

    /// The number of columns.
    pub fn num_cols(&self) -> usize {
        self.n
    }

    /// Sets the bounds of column `j`. A nonbasic column moves with its
    /// bound; the basis and its inverse are kept. `lower > upper` is
    /// accepted (the next solve reports [`LpStatus::Infeasible`]).
    ///
    /// # Errors
    /// `j` out of range or invalid bounds; the LP is then unchanged.
    pub fn set_col_bounds(&mut self, j: usize, lower: f64, upper: f64) -> Result<(), LpError> {
        if j >= self.n {
            return Err(LpError::Column {
                index: j,
                num_cols: self.n,
            });
        }
        check_bounds("column", j, lower, upper)?;
        self.lower[j] = lower;
        self.upper[j] = upper;
        Ok(())
    }

    /// The lower bound of column `j`.
    ///
    /// # Panics
    /// `j >= num_cols()`.
    pub fn col_lower(&self, j: usize) -> f64 {
        self.lower[j]
    }

    /// The upper bound of column `j`.
    ///
    /// # Panics
    /// `j >= num_cols()`.
    pub fn col_upper(&self, j: usize) -> f64 {
        self.upper[j]
    }

    /// The bounds of row `i`.
    ///
    /// # Panics
    /// `i >= num_rows()`.
    pub fn row_bounds(&self, i: usize) -> (f64, f64) {
        (self.lower[self.n + i], self.upper[self.n + i])
    }

    /// The objective coefficients (minimization form).
    pub fn costs(&self) -> &[f64] {
        &self.cost
    }

    /// Replaces the objective (a feasibility pump's distance objective).
    /// The basis is kept: the next solve recomputes the reduced costs,
    /// moves each boxed nonbasic column to the bound its new reduced cost
    /// wants, and goes through dual phase 1 only when that does not make
    /// the basis dual feasible.
    ///
    /// # Errors
    /// A length other than the number of columns or a non-finite cost; the
    /// LP is then unchanged.
    pub fn set_costs(&mut self, cost: &[f64]) -> Result<(), LpError> {
        if cost.len() != self.n {
            return Err(LpError::Length {
                what: "objective",
                got: cost.len(),
                expected: self.n,
            });
        }
        if let Some((j, &c)) = cost.iter().enumerate().find(|(_, c)| !c.is_finite()) {
            return Err(LpError::Coefficient {
                what: "objective of column",
                index: j,
                value: c,
            });
        }
        self.cost.copy_from_slice(cost);
        // The cost perturbation against dual degeneracy starts afresh.
        self.degenerate = false;
        Ok(())
    }

    /// Row `i` as `(column, coefficient)` entries.
    ///
    /// # Panics
    /// `i >= num_rows()`.
    pub fn row_entries(&self, i: usize) -> &[(usize, f64)] {
        self.matrix.row(i)
    }

    /// A valid lower bound on the LP's optimum from the last solve: the
    /// objective when the final basis is dual feasible for the real costs;
    /// after a solve that shifted costs (see the dual simplex's docs), the
    /// Lagrangian bound `Σ_k min(d_k·lower_k, d_k·upper_k)` of the real
    /// reduced costs, a row's infinite side replaced by the activity bound
    /// its columns' bounds imply (`−∞` when none is finite). Never above
    /// [`Lp::objective`] of a primal feasible point.
    pub fn bound(&self) -> f64 {
        if !self.shifted {
            return self.objective();
        }
        let mut total = 0.0;
        for k in 0..self.n + self.m {
            let d = self.reduced[k];
            if d == 0.0 || self.status[k] == VarStatus::Basic {
                continue;
            }
            let (mut lo, mut up) = (self.lower[k], self.upper[k]);
            if k >= self.n && ((d > 0.0 && !lo.is_finite()) || (d < 0.0 && !up.is_finite())) {
                let (alo, aup) = self.implied_activity(k - self.n);
                lo = lo.max(alo);
                up = up.min(aup);
            }
            let needed = if d > 0.0 { lo } else { up };
            if !needed.is_finite() {
                if d.abs() <= 1e-9 {
                    continue;
                }
                return f64::NEG_INFINITY;
            }
            total += d * needed;
        }
        total
    }

    /// The range of row `i`'s activity over the column bounds.
    fn implied_activity(&self, i: usize) -> (f64, f64) {
        let (mut lo, mut up) = (0.0, 0.0);
        for &(j, a) in self.matrix.row(i) {
            let (l, u) = (self.lower[j], self.upper[j]);
            if a > 0.0 {
                lo += a * l;
                up += a * u;
            } else {
                lo += a * u;
                up += a * l;
            }
        }
        (lo, up)
    }

    /// `c·x` at the current point (minimization form, no offset).
    pub fn objective(&self) -> f64 {
        self.cost.iter().zip(&self.value).map(|(c, x)| c * x).sum()
    }

    /// The column values of the current point.
    pub fn x(&self) -> &[f64] {
        &self.value[..self.n]
    }

    /// `(A x)_i` at the current point, recomputed from `x`.
    ///
    /// # Panics
    /// `i >= num_rows()`.
    pub fn row_activity(&self, i: usize) -> f64 {
        self.matrix.row_dot(i, &self.value)
    }

    /// The row duals `y` (with `d_j = c_j − Σ_i a_ij y_i`). After a solve
    /// that stopped at [`LpStatus::Cutoff`] they are recomputed for the
    /// real costs at the final basis, so that `c·x >= y·(A x) + d·x`
    /// proves the cutoff (conflict analysis aggregates them with the
    /// objective row).
    pub fn duals(&self) -> &[f64] {
        &self.dual
    }

    /// The row multipliers `y` of the dual ray that proved the last
    /// [`Lp::solve`] [`LpStatus::Infeasible`] (`None` after any other
    /// outcome, or when crossed column bounds proved it without a ray).
    ///
    /// The proof they give: `Σ_i y_i (A x)_i` is one linear function of
    /// the columns, `r·x` with `r = Aᵀy`, whose range over the column
    /// bounds misses the range `Σ_i y_i [row_lo_i, row_hi_i]` the row
    /// bounds allow (one side of the latter may be infinite). A caller
    /// must check this again before relying on it: the ray is computed in
    /// floating point. Branch-and-cut aggregates it into one valid row to
    /// explain an infeasible node (conflict analysis).
    pub fn farkas_multipliers(&self) -> Option<&[f64]> {
        self.farkas.as_deref()
    }

    /// The reduced costs `d_j` of the columns.
    pub fn reduced_costs(&self) -> &[f64] {
        &self.reduced[..self.n]
    }

    /// The current basis.
    pub fn basis(&self) -> Basis {
        Basis {
            num_cols: self.n,
            status: self.status.clone(),
        }
    }

    /// Installs a basis. One taken with fewer rows (rows appended since)
    /// gets basic slacks for the new rows; one of another shape, or without
    /// exactly one basic variable per row, is replaced by the slack basis.
    /// The inverse is rebuilt at the next solve.
    pub fn set_basis(&mut self, b: &Basis) {
        let n = self.n;
        let mut status = b.status.clone();
        let shape_ok = b.num_cols == n && status.len() <= n + self.m;
        if shape_ok {
            status.resize(n + self.m, VarStatus::Basic);
        }
        let basics = status.iter().filter(|&&s| s == VarStatus::Basic).count();
        if shape_ok && basics == self.m {
            self.status = status;
        } else {
            for j in 0..n {
                self.status[j] = self.default_nonbasic(j);
            }
            for i in 0..self.m {
                self.status[n + i] = VarStatus::Basic;
            }
        }
        self.head = (0..n + self.m)
            .filter(|&k| self.status[k] == VarStatus::Basic)
            .collect();
        self.factor = None;
    }

    /// True when extended variable `k` (column `k < n`, or the slack of row
    /// `k − n`) is basic; false out of range.
    pub fn is_basic(&self, k: usize) -> bool {
        self.status.get(k) == Some(&VarStatus::Basic)
    }

    /// True when extended variable `k` is nonbasic at its upper bound.
    pub fn nonbasic_at_upper(&self, k: usize) -> bool {
        self.status.get(k) == Some(&VarStatus::AtUpper)
    }

    /// The tableau row of basic column `j` (see [`TableauRow`]); `None` when
    /// `j` is not a basic column or the basis cannot be factored.
    pub fn tableau_row(&mut self, j: usize) -> Option<TableauRow> {
        if j >= self.n || self.status[j] != VarStatus::Basic {
            return None;
        }
        if self.factor.is_none() {
            self.refactor().ok()?;
            if self.status[j] != VarStatus::Basic {
                return None;
            }
        }
        let r = self.head.iter().position(|&v| v == j)?;
        let factor = self.factor.as_ref()?;
        let mut rho = vec![0.0; self.m];
        factor.row(r, &self.matrix, &mut rho);
        let alpha = self.pivot_row(&rho);
        let entries = (0..self.n + self.m)
            .filter(|&k| self.status[k] != VarStatus::Basic && alpha[k].abs() > 1e-12)
            .map(|k| (k, alpha[k]))
            .collect();
        Some(TableauRow { entries, rhs: 0.0 })
    }

    /// Pivots of the last solve.
    pub fn iterations(&self) -> u64 {
        self.iterations
    }

    /// Pivots of all solves so far.
    pub fn total_iterations(&self) -> u64 {
        self.total_iterations
    }

    /// Where column `j` starts: its finite lower bound, else its finite
    /// upper bound, else free at zero.
    fn default_nonbasic(&self, j: usize) -> VarStatus {
        if self.lower[j].is_finite() {
            VarStatus::AtLower
        } else if self.upper[j].is_finite() {
            VarStatus::AtUpper
        } else {
            VarStatus::Free
        }
    }

    /// The nonbasic status closest to the current value of `k`.
    fn nearest_bound_status(&self, k: usize) -> VarStatus {
        let (lo, up, x) = (self.lower[k], self.upper[k], self.value[k]);
        match (lo.is_finite(), up.is_finite()) {
            (true, true) if (x - lo).abs() <= (up - x).abs() => VarStatus::AtLower,
            (true, true) => VarStatus::AtUpper,
            (true, false) => VarStatus::AtLower,
            (false, true) => VarStatus::AtUpper,
            (false, false) => VarStatus::Free,
        }
    }
}

/// Keeps the entries of `v` whose index passes `keep`.
/// Sorts `(column, value)` entries, sums duplicates and drops zeros and
/// sums that overflowed.
fn merge_entries(entries: &mut [(usize, f64)]) -> Vec<(usize, f64)> {
    entries.sort_by_key(|e| e.0);
    let mut merged: Vec<(usize, f64)> = Vec::with_capacity(entries.len());
    for &(j, a) in entries.iter() {
        match merged.last_mut() {
            Some(last) if last.0 == j => last.1 += a,
            _ => merged.push((j, a)),
        }
    }
    merged.retain(|e| e.1 != 0.0 && e.1.is_finite());
    merged
}
