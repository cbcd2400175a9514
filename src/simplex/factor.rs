//! The basis inverse, kept as the explicit inverse of a small kernel.
//!
//! The extended constraint matrix is `[A | −I]` (columns, then one slack
//! per row with `s = A x`), so a basis `B` mixes structural columns and
//! negated unit vectors: `B = [A_S | −I_T]` with `S` the basic structural
//! columns and `T` the rows whose slack is basic. Let `R` be the other rows
//! (slack nonbasic); `|R| = |S| =: k`. Up to a permutation
//!
//! ```text
//!   B = [ K        0  ]      K = A[R, S]   (the kernel, k × k)
//!       [ A[T, S]  −I ]
//! ```
//!
//! so everything the simplex needs follows from `G = K⁻¹`:
//!
//! - FTRAN `B x = b`: `x_S = G b_R`, then `s_T = A[T, S] x_S − b_T`;
//! - BTRAN `Bᵀ y = c`: `y_T = −c_T`, then `y_R = Gᵀ (c_S + A[T, S]ᵀ c_T)`;
//! - the row `ρ_p = e_pᵀ B⁻¹` of a basic column is row `l` of `G` (on `R`,
//!   zero on `T`); that of the basic slack of row `i` is `−1` at `i` and
//!   `A[i, S] G` on `R`.
//!
//! `k ≤ min(m, n)`, and on the LPs branch-and-cut produces (many rows,
//! most slacks basic) `k` is far below `m`: the storage is `O(k²)` and one
//! FTRAN or BTRAN costs `O(k² + nnz(A_S))` instead of `O(m²)`.
//!
//! # Why an explicit `K⁻¹` and not LU with an eta file
//!
//! `G` is kept explicitly (dense, row-major, one row per basic column, one
//! column per row of `R`) and updated in place by the four basis changes:
//!
//! | leaving \ entering | structural `j`               | slack of row `i ∈ R`          |
//! |--------------------|------------------------------|-------------------------------|
//! | structural         | column of `K` replaced (eta) | `K` loses a row and a column  |
//! | slack of `i' ∈ T`  | `K` gains a row and a column | row `i` of `K` replaced by `i'` |
//!
//! Each is a rank-one correction of `G` plus a border added or removed
//! (bordered inverse / Schur complement, Sherman–Morrison), `O(k²)`. An LU
//! factorization with an eta file would make updates cheaper for large
//! sparse kernels, but the kernels here have a few hundred columns at most,
//! the rows-grow/shrink updates would need a Schur-complement extension of
//! the LU (Bisschop–Meeraus style) anyway, and `G`'s rows are exactly the
//! BTRAN rows the pivot row and the cut generators ask for, so a dense
//! `G` keeps every operation a single pass over contiguous memory. The
//! inverse is rebuilt from scratch (Gauss–Jordan on `K` with partial
//! pivoting) after a numerical failure, and for a small kernel every
//! [`REFACTOR_INTERVAL`] updates, which bounds the error the explicit
//! updates accumulate. A rebuild costs `O(k³)`, as much as `k` updates, so
//! a kernel of order `LARGE_KERNEL` (200) or more is rebuilt only when a
//! check of `G K z = z` every [`REFACTOR_INTERVAL`] updates finds an error
//! above `RESIDUAL_TOL` (1e-9), or after `MAX_UPDATES` (1,000) updates:
//! on the coloring LPs (`k` up to 1,500, tens of thousands of rows) the
//! rebuilds every 100 pivots were half of the solve time.
//!
//! Where `k` reaches the thousands, the dense `G` is the limit: every
//! update is an `O(k²)` pass (a 1,500 × 1,500 `G` is 18 MB). A sparse LU
//! of the whole basis with Forrest–Tomlin updates (HiGHS's `HFactor`)
//! would make FTRAN, BTRAN and updates proportional to the fill instead;
//! it is not done (issue #25, item 6 measures where the time goes).
//!
//! # Dual steepest-edge weights
//!
//! The weights `w_p = ‖ρ_p‖²` are exact after a rebuild (`‖G_l‖²` for a basic
//! column, `1 + ‖A[i, S] G‖²` for a basic slack: `O(nnz(A[T, S]) · k)`, and
//! just `1` for the slack basis). Between rebuilds they follow the
//! Forrest–Goldfarb update with `τ = B⁻¹ ρ_r` (its kernel part `G ρ_R`
//! read off the rows of the old `G` while the update passes them, see
//! `TauPass`) and the pivot column `α`:
//! `w_p ← w_p − 2 (α_p/α_r) τ_p + (α_p/α_r)² w_r`, `w_r ← w_r / α_r²`, with
//! `w_r = ‖ρ_r‖²` taken exactly from the pivot row. An updated weight is
//! clamped below by `1/‖B_p‖²` (`ρ_p · B_p = 1`): `1` for a slack,
//! `1/‖A_j‖²` for a column.

use std::cell::RefCell;

use super::matrix::{Matrix, renumbering, retain_indexed};

/// Updates allowed before the inverse is rebuilt from scratch (small
/// kernels), or between two checks of its accuracy (large ones).
pub(crate) const REFACTOR_INTERVAL: usize = 100;

/// Kernels of at least this order are rebuilt only when a check of the
/// inverse's accuracy fails (see [`Factor::needs_rebuild`]).
const LARGE_KERNEL: usize = 200;

/// Updates a large kernel's inverse may take, checks passed or not.
const MAX_UPDATES: usize = 1000;

/// Largest error `‖G K z − z‖∞ / ‖z‖∞` a large kernel's inverse may show.
const RESIDUAL_TOL: f64 = 1e-9;

/// A pivot candidate below this (relative to its column's largest entry)
/// counts as zero when the basis is factored.
const SINGULAR_TOL: f64 = 1e-11;

/// "No index" in the position, column and row maps.
const NONE: usize = usize::MAX;

/// The inverse of the current basis matrix, through its kernel.
#[derive(Clone, Debug)]
pub(crate) struct Factor {
    m: usize,
    n: usize,
    /// The basic variable at each position (the LP's `head`).
    head: Vec<usize>,
    /// Position → kernel column `l` for a basic column, [`NONE`] for a slack.
    local: Vec<usize>,
    /// Kernel column `l` → structural column `j`.
    cols: Vec<usize>,
    /// Kernel column `l` → basis position.
    col_pos: Vec<usize>,
    /// Structural column `j` → kernel column `l` (or [`NONE`]).
    col_local: Vec<usize>,
    /// Kernel row `t` → row `i` (the rows whose slack is nonbasic).
    rows: Vec<usize>,
    /// Row `i` → kernel row `t` (or [`NONE`]: its slack is basic).
    row_local: Vec<usize>,
    /// `G = K⁻¹`: entry `(l, t)` at `l · cap + t`.
    g: Vec<f64>,
    /// The row stride of `g` (at least `k`).
    cap: usize,
    /// `‖A_j‖²` of kernel column `l`'s column (the weight floor).
    col_norm2: Vec<f64>,
    /// Dual steepest-edge weights, one per position.
    weights: Vec<f64>,
    /// Work vectors, kept so that a solve allocates nothing.
    scratch: RefCell<Scratch>,
    /// Pivots applied since the last rebuild.
    pub(crate) updates: usize,
    /// The value of `updates` at which the next accuracy check is due.
    next_check: usize,
}

/// Work vectors of the solves.
#[derive(Clone, Debug, Default)]
struct Scratch {
    /// A dense right-hand side by rows.
    b: Vec<f64>,
    /// `x_S`, by kernel columns.
    x: Vec<f64>,
    /// `b_R`, by kernel rows.
    dense: Vec<f64>,
    /// `A[T, S] x_S`, by rows.
    acc: Vec<f64>,
    /// The kernel rows where `b_R` is nonzero.
    nz: Vec<usize>,
    /// A kernel-sized work row.
    v: Vec<f64>,
    /// The work vectors of `τ` in [`Factor::update`].
    pass: TauPass,
}

/// `τ = B⁻¹ ρ_r` of the steepest-edge update, computed during the update
/// of `G`: its kernel part `x_S = G ρ_R` is one product with the old `G`,
/// and the update reads every row of the old `G` anyway, so a dense `ρ_R`
/// is dotted with each row as the update passes it ([`TauPass::read`])
/// instead of in a pass of its own. On kernels of order 1,000 and more
/// (coloring) `G` lives in the last-level cache and every pass over it
/// counts; a sparse `ρ_R` takes the sparse product up front.
#[derive(Clone, Debug, Default)]
struct TauPass {
    /// `ρ_R`, by kernel rows.
    rho_r: Vec<f64>,
    /// `x_S = G ρ_R`, by the old kernel columns.
    xs: Vec<f64>,
    /// `x_S` is filled by [`TauPass::read`] (else it was computed up front).
    dense: bool,
    /// `A[T, S] x_S`, by rows.
    acc: Vec<f64>,
    /// `τ`, by positions.
    tau: Vec<f64>,
}

impl TauPass {
    /// Row `l` of the old `G` (before the update changes it).
    fn read(&mut self, l: usize, row: &[f64]) {
        if self.dense {
            self.xs[l] = dot(row, &self.rho_r);
        }
    }

    /// `τ` by positions, from `x_S` and the old basis: its kernel columns
    /// (structural column and position of each) and `old_slack(p)`, the row
    /// whose slack was basic at position `p` (`τ_p = (A[T, S] x_S)_i − ρ_i`).
    fn finish(
        &mut self,
        (cols, col_pos): (&[usize], &[usize]),
        old_slack: impl Fn(usize) -> Option<usize>,
        rho: &[f64],
        a: &Matrix,
    ) -> Vec<f64> {
        let m = rho.len();
        let mut tau = std::mem::take(&mut self.tau);
        tau.clear();
        tau.resize(m, 0.0);
        self.acc.clear();
        self.acc.resize(m, 0.0);
        for ((&j, &p), &x) in cols.iter().zip(col_pos).zip(&self.xs) {
            tau[p] = x;
            if x != 0.0 {
                for &(i, v) in a.col(j) {
                    self.acc[i] += v * x;
                }
            }
        }
        for (p, t) in tau.iter_mut().enumerate() {
            if let Some(i) = old_slack(p) {
                *t = self.acc[i] - rho[i];
            }
        }
        tau
    }
}

/// A basis that could not be factored: each `(position, row)` pair says the
/// structural column at `position` is dependent and the slack of `row`
/// should replace it.
pub(crate) type Replacements = Vec<(usize, usize)>;

impl Factor {
    /// Factors the basis whose position `p` holds extended variable
    /// `head[p]` (a column `j < n`, or the slack `n + i` of row `i`).
    ///
    /// # Errors
    /// A singular basis: the replacements that make it regular.
    ///
    /// A kernel kept whole (about 140 lines): the Gauss–Jordan elimination
    /// chooses pivots, swaps in slacks for dependent columns and switches
    /// to dense row updates once the pivot row fills in, all on one set of
    /// work arrays whose state the next step depends on.
    pub(crate) fn build(head: &[usize], n: usize, a: &Matrix) -> Result<Factor, Replacements> {
        let m = head.len();
        let mut slack_pos = vec![NONE; m];
        let mut structural: Vec<(usize, usize)> = Vec::new();
        for (p, &v) in head.iter().enumerate() {
            if v >= n {
                slack_pos[v - n] = p;
            } else {
                structural.push((p, v));
            }
        }
        let open_rows: Vec<usize> = (0..m).filter(|&i| slack_pos[i] == NONE).collect();
        let k = structural.len();
        if open_rows.len() != k {
            // Duplicate entries in `head`: replace every structural column.
            return Err(structural
                .iter()
                .zip(open_rows.iter().chain(std::iter::repeat(&NONE)))
                .filter(|(_, r)| **r != NONE)
                .map(|(&(p, _), &r)| (p, r))
                .collect());
        }
        let mut row_local = vec![NONE; m];
        for (t, &i) in open_rows.iter().enumerate() {
            row_local[i] = t;
        }
        // K = A[open_rows, structural], and its column scales.
        let mut w = vec![0.0; k * k];
        let mut col_scale = vec![0.0f64; k];
        for (l, &(_, j)) in structural.iter().enumerate() {
            for &(i, v) in a.col(j) {
                let t = row_local[i];
                if t != NONE {
                    w[t * k + l] = v;
                    col_scale[l] = col_scale[l].max(v.abs());
                }
            }
        }
        // Gauss–Jordan with partial pivoting down each column, on `w` and
        // the identity `e` side by side; `w` only keeps its columns right of
        // the current one alive.
        let mut e = vec![0.0; k * k];
        for t in 0..k {
            e[t * k + t] = 1.0;
        }
        let mut pivot_row = vec![NONE; k];
        let mut row_used = vec![false; k];
        let mut singular = Vec::new();
        let mut pivot_w = vec![0.0; k];
        let mut pivot_e = vec![0.0; k];
        let mut e_nz: Vec<usize> = Vec::with_capacity(k);
        for l in 0..k {
            let mut best = (NONE, SINGULAR_TOL * col_scale[l].max(1e-300));
            for t in 0..k {
                if !row_used[t] && w[t * k + l].abs() > best.1 {
                    best = (t, w[t * k + l].abs());
                }
            }
            let t = best.0;
            if t == NONE || col_scale[l] == 0.0 {
                singular.push(l);
                continue;
            }
            row_used[t] = true;
            pivot_row[l] = t;
            let inv_piv = 1.0 / w[t * k + l];
            for v in &mut w[t * k + l..(t + 1) * k] {
                *v *= inv_piv;
            }
            for v in &mut e[t * k..(t + 1) * k] {
                *v *= inv_piv;
            }
            pivot_w[l..].copy_from_slice(&w[t * k + l..(t + 1) * k]);
            pivot_e.copy_from_slice(&e[t * k..(t + 1) * k]);
            e_nz.clear();
            e_nz.extend((0..k).filter(|&c| pivot_e[c] != 0.0));
            for t2 in 0..k {
                if t2 == t {
                    continue;
                }
                let f = w[t2 * k + l];
                if f == 0.0 {
                    continue;
                }
                for (v, pv) in w[t2 * k + l..(t2 + 1) * k].iter_mut().zip(&pivot_w[l..]) {
                    *v -= f * pv;
                }
                let row = &mut e[t2 * k..(t2 + 1) * k];
                if 2 * e_nz.len() > k {
                    axpy(row, -f, &pivot_e);
                } else {
                    for &c in &e_nz {
                        row[c] -= f * pivot_e[c];
                    }
                }
            }
        }
        if !singular.is_empty() {
            let free_rows = (0..k).filter(|&t| !row_used[t]);
            return Err(singular
                .iter()
                .zip(free_rows)
                .map(|(&l, t)| (structural[l].0, open_rows[t]))
                .collect());
        }
        let cap = k.max(8);
        let mut g = vec![0.0; cap * cap];
        for l in 0..k {
            let t = pivot_row[l];
            g[l * cap..l * cap + k].copy_from_slice(&e[t * k..(t + 1) * k]);
        }
        let mut local = vec![NONE; m];
        let mut col_local = vec![NONE; n];
        for (l, &(p, j)) in structural.iter().enumerate() {
            local[p] = l;
            col_local[j] = l;
        }
        let mut f = Factor {
            m,
            n,
            head: head.to_vec(),
            local,
            cols: structural.iter().map(|&(_, j)| j).collect(),
            col_pos: structural.iter().map(|&(p, _)| p).collect(),
            col_norm2: structural.iter().map(|&(_, j)| col_norm2(a, j)).collect(),
            col_local,
            rows: open_rows,
            row_local,
            g,
            cap,
            weights: vec![1.0; m],
            scratch: RefCell::default(),
            updates: 0,
            next_check: REFACTOR_INTERVAL,
        };
        f.exact_weights(a);
        Ok(f)
    }

    /// True when the inverse should be rebuilt before the next pivot:
    /// every [`REFACTOR_INTERVAL`] updates for a small kernel, where a
    /// rebuild costs about as much as that many updates; for a kernel of
    /// order `k ≥ LARGE_KERNEL` a rebuild (`O(k³)`) costs `k` updates, so
    /// it happens only when the inverse has lost accuracy (`‖G K z − z‖`
    /// for a fixed `z`, checked every [`REFACTOR_INTERVAL`] updates, one
    /// product with `G`) or after [`MAX_UPDATES`]. On the coloring LPs
    /// (`k` up to 1,500) the rebuilds were half of the solve time.
    pub(crate) fn needs_rebuild(&mut self, a: &Matrix) -> bool {
        if self.updates < self.next_check {
            return false;
        }
        if self.kernel_size() < LARGE_KERNEL
            || self.updates >= MAX_UPDATES
            || self.residual(a) > RESIDUAL_TOL
        {
            return true;
        }
        self.next_check = self.updates + REFACTOR_INTERVAL;
        false
    }

    /// `‖G K z − z‖∞ / ‖z‖∞` for a fixed `z` with entries in `[0.5, 1.5]`
    /// of alternating sign.
    fn residual(&self, a: &Matrix) -> f64 {
        let k = self.kernel_size();
        let z = |l: usize| {
            let h = (l as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40;
            let mag = 0.5 + h as f64 / (1u64 << 24) as f64;
            if l % 2 == 0 { mag } else { -mag }
        };
        let mut b = vec![0.0; k];
        for (l, &j) in self.cols.iter().enumerate() {
            let zl = z(l);
            for &(i, v) in a.col(j) {
                let t = self.row_local[i];
                if t != NONE {
                    b[t] += v * zl;
                }
            }
        }
        (0..k)
            .map(|l| (dot(self.g_row(l), &b) - z(l)).abs())
            .fold(0.0, f64::max)
            / 1.5
    }

    /// The number of basic columns (the kernel's order).
    pub(crate) fn kernel_size(&self) -> usize {
        self.cols.len()
    }

    /// Row `l` of `G`.
    fn g_row(&self, l: usize) -> &[f64] {
        let k = self.kernel_size();
        &self.g[l * self.cap..l * self.cap + k]
    }

    /// `A[i, S] G` (the kernel part of the row of the basic slack of `i`)
    /// into `out` (length `k`).
    fn slack_row(&self, i: usize, a: &Matrix, out: &mut [f64]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        for &(j, v) in a.row(i) {
            let l = self.col_local[j];
            if l != NONE {
                for (o, &gv) in out.iter_mut().zip(self.g_row(l)) {
                    *o += v * gv;
                }
            }
        }
    }

    /// The [`TauPass`] of an update with row `ρ_r` (by rows): `ρ_R` laid
    /// out by kernel rows, and `x_S = G ρ_R` already computed when `ρ_R` is
    /// sparse (a quarter of the kernel rows or fewer).
    fn tau_pass(&mut self, rho: &[f64]) -> TauPass {
        let k = self.kernel_size();
        let mut pass = std::mem::take(&mut self.scratch.get_mut().pass);
        pass.rho_r.clear();
        pass.rho_r.extend(self.rows.iter().map(|&i| rho[i]));
        pass.xs.clear();
        pass.xs.resize(k, 0.0);
        let nz = pass.rho_r.iter().filter(|&&x| x != 0.0).count();
        pass.dense = 4 * nz >= k;
        if !pass.dense {
            let nz: Vec<usize> = (0..k).filter(|&t| pass.rho_r[t] != 0.0).collect();
            for (l, x) in pass.xs.iter_mut().enumerate() {
                let row = self.g_row(l);
                *x = nz.iter().map(|&t| row[t] * pass.rho_r[t]).sum();
            }
        }
        pass
    }

    /// Recomputes every weight exactly.
    fn exact_weights(&mut self, a: &Matrix) {
        let k = self.kernel_size();
        let mut v = vec![0.0; k];
        for p in 0..self.m {
            let l = self.local[p];
            self.weights[p] = if l != NONE {
                norm2(self.g_row(l))
            } else {
                let i = self.head[p] - self.n;
                if a.row(i).iter().any(|&(j, _)| self.col_local[j] != NONE) {
                    self.slack_row(i, a, &mut v);
                    1.0 + norm2(&v)
                } else {
                    1.0
                }
            };
        }
    }

    /// Row `p` of `B⁻¹` (`ρ_p = e_pᵀ B⁻¹`, indexed by rows) into `out`.
    pub(crate) fn row(&self, p: usize, a: &Matrix, out: &mut [f64]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        let l = self.local[p];
        if l != NONE {
            for (&i, &v) in self.rows.iter().zip(self.g_row(l)) {
                out[i] = v;
            }
        } else {
            let i = self.head[p] - self.n;
            let mut s = self.scratch.borrow_mut();
            s.v.resize(self.kernel_size(), 0.0);
            self.slack_row(i, a, &mut s.v);
            for (&r, &x) in self.rows.iter().zip(&s.v) {
                out[r] = x;
            }
            out[i] = -1.0;
        }
    }

    /// The dual steepest-edge weight (`‖ρ_p‖²`, updated) of position `p`.
    pub(crate) fn weight(&self, p: usize) -> f64 {
        self.weights[p]
    }

    /// `B⁻¹ a` for a sparse column `a` given as `(row, value)` entries.
    pub(crate) fn ftran_sparse(&self, col: &[(usize, f64)], a: &Matrix, out: &mut [f64]) {
        let mut s = self.scratch.borrow_mut();
        let mut b = std::mem::take(&mut s.b);
        b.resize(self.m, 0.0);
        for &(i, v) in col {
            b[i] = v;
        }
        self.solve_with(&b, a, out, &mut s);
        for &(i, _) in col {
            b[i] = 0.0;
        }
        s.b = b;
    }

    /// `B⁻¹ (−e_i)`: the column of the slack of row `i`.
    pub(crate) fn ftran_slack(&self, i: usize, a: &Matrix, out: &mut [f64]) {
        let mut s = self.scratch.borrow_mut();
        let mut b = std::mem::take(&mut s.b);
        b.resize(self.m, 0.0);
        b[i] = -1.0;
        self.solve_with(&b, a, out, &mut s);
        b[i] = 0.0;
        s.b = b;
    }

    /// `B⁻¹ b` for a dense `b` (indexed by rows; the result by positions).
    pub(crate) fn solve(&self, b: &[f64], a: &Matrix, out: &mut [f64]) {
        let mut s = self.scratch.borrow_mut();
        self.solve_with(b, a, out, &mut s);
    }

    /// [`Factor::solve`] with the work vectors `s` (`s.b` is not used).
    fn solve_with(&self, b: &[f64], a: &Matrix, out: &mut [f64], s: &mut Scratch) {
        let k = self.kernel_size();
        s.nz.clear();
        s.nz.extend((0..k).filter(|&t| b[self.rows[t]] != 0.0));
        s.x.clear();
        s.x.resize(k, 0.0);
        if 4 * s.nz.len() < k {
            // Row by row, so that the reads of `G` move forward through
            // memory (column by column they jump a whole row each time).
            s.dense.clear();
            s.dense.extend(s.nz.iter().map(|&t| b[self.rows[t]]));
            for (l, xl) in s.x.iter_mut().enumerate() {
                let row = self.g_row(l);
                *xl = s.nz.iter().zip(&s.dense).map(|(&t, &v)| row[t] * v).sum();
            }
        } else if !s.nz.is_empty() {
            s.dense.clear();
            s.dense.extend(self.rows.iter().map(|&i| b[i]));
            for (l, xl) in s.x.iter_mut().enumerate() {
                *xl = dot(self.g_row(l), &s.dense);
            }
        }
        // s_T = A[T, S] x_S − b_T, accumulated by columns.
        s.acc.clear();
        s.acc.resize(self.m, 0.0);
        for (l, &xl) in s.x.iter().enumerate() {
            out[self.col_pos[l]] = xl;
            if xl != 0.0 {
                for &(i, v) in a.col(self.cols[l]) {
                    s.acc[i] += v * xl;
                }
            }
        }
        for (p, o) in out.iter_mut().enumerate() {
            if self.local[p] == NONE {
                let i = self.head[p] - self.n;
                *o = s.acc[i] - b[i];
            }
        }
    }

    /// `B⁻ᵀ c` (`c` by positions, the result by rows).
    pub(crate) fn solve_transposed(&self, c: &[f64], a: &Matrix, out: &mut [f64]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        for (p, &cp) in c.iter().enumerate() {
            if self.local[p] == NONE {
                out[self.head[p] - self.n] = -cp;
            }
        }
        let k = self.kernel_size();
        let mut y_r = vec![0.0; k];
        for l in 0..k {
            let mut rhs = c[self.col_pos[l]];
            for &(i, v) in a.col(self.cols[l]) {
                if self.row_local[i] == NONE {
                    rhs -= v * out[i];
                }
            }
            if rhs != 0.0 {
                for (y, &gv) in y_r.iter_mut().zip(self.g_row(l)) {
                    *y += rhs * gv;
                }
            }
        }
        for (&i, &y) in self.rows.iter().zip(&y_r) {
            out[i] = y;
        }
    }

    /// Replaces the variable at position `r` by `entering`, whose FTRAN'd
    /// column is `alpha` (`alpha[r]` is the pivot, nonzero); `rho` is row
    /// `r` of the old inverse (`ρ_r`, by rows).
    ///
    /// A pivot kernel kept whole (about 150 lines): by which of the leaving
    /// and entering variables are structural, the kernel inverse gains or
    /// loses a row and a column or has one replaced (four cases, each a
    /// few lines of in-place algebra), then the dual steepest-edge weights
    /// follow on the new basis from τ, which all four share; the cases read
    /// best side by side, as the formulas they implement.
    pub(crate) fn update(
        &mut self,
        r: usize,
        entering: usize,
        alpha: &[f64],
        rho: &[f64],
        a: &Matrix,
    ) {
        let n = self.n;
        let leaving = self.head[r];
        let pivot = alpha[r];
        // Dual steepest edge: τ = B⁻¹ ρ_r on the old basis, its kernel
        // part `G ρ_R` read off the rows of `G` as the update passes them.
        let w_r = norm2(rho);
        let mut pass = self.tau_pass(rho);
        let (old_cols, old_pos) = (self.cols.clone(), self.col_pos.clone());
        let mut v = std::mem::take(&mut self.scratch.get_mut().v);
        let k = self.kernel_size();
        match (leaving < n, entering < n) {
            (true, true) => {
                // A column of K replaced: G ← E G with the eta of
                // d = G A[R, j] (the kernel part of α).
                let l = self.local[r];
                let d = |l2: usize| alpha[self.col_pos[l2]];
                let inv = 1.0 / d(l);
                let cap = self.cap;
                let (before, rest) = self.g.split_at_mut(l * cap);
                let (row_l, after) = rest.split_at_mut(cap);
                let row_l = &mut row_l[..k];
                pass.read(l, row_l);
                row_l.iter_mut().for_each(|v| *v *= inv);
                for (l2, row) in before.chunks_mut(cap).enumerate() {
                    pass.read(l2, &row[..k]);
                    axpy(&mut row[..k], -d(l2), row_l);
                }
                for (idx, row) in after.chunks_mut(cap).take(k - l - 1).enumerate() {
                    pass.read(l + 1 + idx, &row[..k]);
                    axpy(&mut row[..k], -d(l + 1 + idx), row_l);
                }
                self.cols[l] = entering;
                self.col_norm2[l] = col_norm2(a, entering);
                self.col_local[leaving] = NONE;
                self.col_local[entering] = l;
            }
            (false, true) => {
                // K gains row i and column j: bordered inverse with the
                // Schur complement σ = a_ij − A[i, S] G A[R, j] = −α_r.
                let i = leaving - n;
                v.resize(k, 0.0);
                self.slack_row(i, a, &mut v);
                let inv_sigma = -1.0 / pivot;
                self.reserve(k + 1);
                let cap = self.cap;
                for l in 0..k {
                    let ul = alpha[self.col_pos[l]];
                    let row = &mut self.g[l * cap..l * cap + k + 1];
                    pass.read(l, &row[..k]);
                    if ul != 0.0 {
                        axpy(&mut row[..k], ul * inv_sigma, &v);
                    }
                    row[k] = -ul * inv_sigma;
                }
                let last = &mut self.g[k * cap..k * cap + k + 1];
                for (x, &vt) in last.iter_mut().zip(&v) {
                    *x = -vt * inv_sigma;
                }
                last[k] = inv_sigma;
                self.cols.push(entering);
                self.col_pos.push(r);
                self.col_norm2.push(col_norm2(a, entering));
                self.col_local[entering] = k;
                self.local[r] = k;
                self.rows.push(i);
                self.row_local[i] = k;
            }
            (true, false) => {
                // K loses row t (of the entering slack) and column l:
                // G ← G_{−l,−t} − G_{−l,t} G_{l,−t} / G_{l,t}.
                let l = self.local[r];
                let i = entering - n;
                let t = self.row_local[i];
                let cap = self.cap;
                let row_l: Vec<f64> = self.g_row(l).to_vec();
                pass.read(l, &row_l);
                let inv = 1.0 / row_l[t];
                for l2 in (0..k).filter(|&l2| l2 != l) {
                    let row = &mut self.g[l2 * cap..l2 * cap + k];
                    pass.read(l2, row);
                    let f = row[t] * inv;
                    if f != 0.0 {
                        axpy(row, -f, &row_l);
                    }
                }
                // Drop row l and column t by moving the last ones in.
                let last = k - 1;
                if l != last {
                    self.g.copy_within(last * cap..last * cap + k, l * cap);
                    self.cols[l] = self.cols[last];
                    self.col_pos[l] = self.col_pos[last];
                    self.col_norm2[l] = self.col_norm2[last];
                    self.col_local[self.cols[l]] = l;
                    self.local[self.col_pos[l]] = l;
                }
                if t != last {
                    for l2 in 0..last {
                        self.g[l2 * cap + t] = self.g[l2 * cap + last];
                    }
                    self.rows[t] = self.rows[last];
                    self.row_local[self.rows[t]] = t;
                }
                self.cols.pop();
                self.col_pos.pop();
                self.col_norm2.pop();
                self.rows.pop();
                self.col_local[leaving] = NONE;
                self.row_local[i] = NONE;
                self.local[r] = NONE;
            }
            (false, false) => {
                // Row t of K (row i) replaced by row i':
                // G ← G − G[:, t] (v − e_t)ᵀ / v_t with v = A[i', S] G.
                let i_out = leaving - n;
                let i_in = entering - n;
                let t = self.row_local[i_in];
                v.resize(k, 0.0);
                self.slack_row(i_out, a, &mut v);
                let inv = 1.0 / v[t];
                v[t] -= 1.0;
                let cap = self.cap;
                for l in 0..k {
                    let row = &mut self.g[l * cap..l * cap + k];
                    pass.read(l, row);
                    let f = row[t] * inv;
                    if f != 0.0 {
                        axpy(row, -f, &v);
                    }
                }
                self.rows[t] = i_out;
                self.row_local[i_out] = t;
                self.row_local[i_in] = NONE;
            }
        }
        let old_slack = |p: usize| {
            if p == r {
                (leaving >= n).then_some(leaving - n)
            } else {
                (self.local[p] == NONE).then(|| self.head[p] - n)
            }
        };
        let tau = pass.finish((&old_cols, &old_pos), old_slack, rho, a);
        self.head[r] = entering;
        // The weights, on the new basis.
        for (p, (&ap, &tp)) in alpha.iter().zip(&tau).enumerate() {
            if p == r || ap == 0.0 {
                continue;
            }
            let ratio = ap / pivot;
            let w = self.weights[p] + ratio * (ratio * w_r - 2.0 * tp);
            self.weights[p] = w.max(self.weight_floor(p));
        }
        self.weights[r] = (w_r / (pivot * pivot)).max(self.weight_floor(r));
        pass.tau = tau;
        let scratch = self.scratch.get_mut();
        scratch.v = v;
        scratch.pass = pass;
        self.updates += 1;
    }

    /// `1/‖B_p‖²`, a lower bound on `‖ρ_p‖²` since `ρ_p · B_p = 1`.
    fn weight_floor(&self, p: usize) -> f64 {
        match self.local[p] {
            NONE => 1.0,
            l if self.col_norm2[l] > 0.0 => 1.0 / self.col_norm2[l],
            _ => 1.0,
        }
    }

    /// Makes room for a kernel of order `k`.
    fn reserve(&mut self, k: usize) {
        if k <= self.cap {
            return;
        }
        let cap = (2 * self.cap).max(k);
        let old = self.kernel_size();
        let mut g = vec![0.0; cap * cap];
        for l in 0..old {
            g[l * cap..l * cap + old].copy_from_slice(self.g_row(l));
        }
        self.g = g;
        self.cap = cap;
    }

    /// Grows the basis by row `m` (already in `a`), whose slack is basic at
    /// the new last position.
    pub(crate) fn append_row(&mut self, a: &Matrix) {
        let i = self.m;
        self.m += 1;
        self.head.push(self.n + i);
        self.local.push(NONE);
        self.row_local.push(NONE);
        let mut v = vec![0.0; self.kernel_size()];
        self.slack_row(i, a, &mut v);
        self.weights.push(1.0 + norm2(&v));
        for &(j, x) in a.row(i) {
            let l = self.col_local[j];
            if l != NONE {
                self.col_norm2[l] += x * x;
            }
        }
    }

    /// Removes the positions flagged in `positions` (their variables must be
    /// the slacks of the rows flagged in `rows`, so that the kernel stays
    /// the same); `a` is the matrix with the rows already removed.
    pub(crate) fn remove(&mut self, positions: &[bool], rows: &[bool], a: &Matrix) {
        let n = self.n;
        let (new_row, next) = renumbering(rows);
        let (new_pos, _) = renumbering(positions);
        retain_indexed(&mut self.head, |p| !positions[p]);
        for v in &mut self.head {
            if *v >= n {
                *v = n + new_row[*v - n];
            }
        }
        retain_indexed(&mut self.local, |p| !positions[p]);
        retain_indexed(&mut self.weights, |p| !positions[p]);
        for pos in &mut self.col_pos {
            *pos = new_pos[*pos];
        }
        for i in &mut self.rows {
            *i = new_row[*i];
        }
        retain_indexed(&mut self.row_local, |i| !rows[i]);
        self.m = next;
        for (norm, &j) in self.col_norm2.iter_mut().zip(&self.cols) {
            *norm = col_norm2(a, j);
        }
    }
}

/// `‖A_j‖²`.
fn col_norm2(a: &Matrix, j: usize) -> f64 {
    a.col(j).iter().map(|&(_, x)| x * x).sum()
}

/// `y += f · x`.
fn axpy(y: &mut [f64], f: f64, x: &[f64]) {
    if f == 0.0 {
        return;
    }
    for (a, &b) in y.iter_mut().zip(x) {
        *a += f * b;
    }
}

/// `x · y`, with four partial sums (which the compiler may vectorize).
fn dot(x: &[f64], y: &[f64]) -> f64 {
    let len = x.len().min(y.len());
    let (x, y) = (&x[..len], &y[..len]);
    let mut acc = [0.0; 4];
    let (xc, yc) = (x.chunks_exact(4), y.chunks_exact(4));
    let tail: f64 = xc
        .remainder()
        .iter()
        .zip(yc.remainder())
        .map(|(a, b)| a * b)
        .sum();
    for (a, b) in xc.zip(yc) {
        for ((s, p), q) in acc.iter_mut().zip(a).zip(b) {
            *s += p * q;
        }
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// The squared Euclidean norm.
fn norm2(v: &[f64]) -> f64 {
    dot(v, v)
}

#[cfg(test)]
mod tests {
    use rand::{RngExt, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;

    /// A random row over `n` columns, about a third of them nonzero.
    fn random_row(rng: &mut ChaCha8Rng, n: usize) -> Vec<(usize, f64)> {
        let mut row = Vec::new();
        for j in 0..n {
            if rng.random_range(0.0..1.0) < 0.35 {
                let sign = if rng.random_range(0..2) == 0 {
                    -1.0
                } else {
                    1.0
                };
                row.push((j, sign * f64::from(rng.random_range(1..6i32))));
            }
        }
        row
    }

    /// `B x` for the basis `head` (`x` by positions, the result by rows).
    fn times_basis(head: &[usize], n: usize, a: &Matrix, x: &[f64]) -> Vec<f64> {
        let mut out = vec![0.0; head.len()];
        for (p, &v) in head.iter().enumerate() {
            if v < n {
                for &(i, c) in a.col(v) {
                    out[i] += c * x[p];
                }
            } else {
                out[v - n] -= x[p];
            }
        }
        out
    }

    fn assert_close(got: &[f64], want: &[f64], what: &str) {
        for (idx, (g, w)) in got.iter().zip(want).enumerate() {
            assert!(
                (g - w).abs() <= 1e-7 * w.abs().max(1.0),
                "{what}[{idx}]: {g} vs {w}"
            );
        }
    }

    /// Compares the updated factor with a fresh one: FTRAN, BTRAN, every
    /// row of the inverse and every weight.
    fn check_against_fresh(f: &Factor, head: &[usize], n: usize, a: &Matrix, rng: &mut ChaCha8Rng) {
        let m = head.len();
        assert_eq!(f.head, head);
        let k = head.iter().filter(|&&v| v < n).count();
        assert_eq!(f.kernel_size(), k);
        let fresh = Factor::build(head, n, a).expect("regular basis");
        let b: Vec<f64> = (0..m).map(|_| rng.random_range(-3.0..3.0)).collect();
        let mut x = vec![0.0; m];
        f.solve(&b, a, &mut x);
        assert_close(&times_basis(head, n, a, &x), &b, "B B⁻¹ b");
        let mut y = vec![0.0; m];
        f.solve_transposed(&b, a, &mut y);
        let mut y_fresh = vec![0.0; m];
        fresh.solve_transposed(&b, a, &mut y_fresh);
        assert_close(&y, &y_fresh, "B⁻ᵀ c");
        let (mut row, mut row_fresh) = (vec![0.0; m], vec![0.0; m]);
        for p in 0..m {
            f.row(p, a, &mut row);
            fresh.row(p, a, &mut row_fresh);
            assert_close(&row, &row_fresh, "ρ_p");
            let exact = norm2(&row_fresh);
            assert!(
                (f.weight(p) - exact).abs() <= 1e-6 * exact.max(1.0),
                "weight {p}: {} vs exact {exact}",
                f.weight(p)
            );
        }
    }

    /// Random pivots from the slack basis through all four kinds of basis
    /// change, with rows appended and removed on the way; after every step
    /// the updated kernel inverse and the updated steepest-edge weights
    /// match a fresh factorization.
    #[test]
    fn kernel_grows_and_shrinks_through_all_four_pivot_kinds() {
        for (seed, n, m) in [(1u64, 6usize, 14usize), (2, 12, 8), (3, 9, 9)] {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut a = Matrix::with_cols(n);
            for _ in 0..m {
                let row = random_row(&mut rng, n);
                a.push_row(row);
            }
            let mut m = m;
            let mut head: Vec<usize> = (n..n + m).collect();
            let mut f = Factor::build(&head, n, &a).expect("slack basis");
            let mut kinds = [0usize; 4];
            let (mut grew, mut shrank) = (false, false);
            for step in 0..400 {
                if step % 97 == 50 {
                    // A cut row with a basic slack...
                    let row = random_row(&mut rng, n);
                    a.push_row(row);
                    head.push(n + m);
                    m += 1;
                    f.append_row(&a);
                    check_against_fresh(&f, &head, n, &a, &mut rng);
                } else if step % 97 == 80 {
                    // ...and rows with basic slacks removed again.
                    let mut rows = vec![false; m];
                    for &v in &head {
                        if v >= n && rows.iter().filter(|&&r| r).count() < 2 {
                            rows[v - n] = true;
                        }
                    }
                    let positions: Vec<bool> =
                        head.iter().map(|&v| v >= n && rows[v - n]).collect();
                    a.remove_rows(&rows);
                    f.remove(&positions, &rows, &a);
                    let mut new_row = Vec::new();
                    let mut next = 0;
                    for &r in &rows {
                        new_row.push(next);
                        next += usize::from(!r);
                    }
                    let mut p = 0;
                    head.retain(|_| {
                        p += 1;
                        !positions[p - 1]
                    });
                    for v in &mut head {
                        if *v >= n {
                            *v = n + new_row[*v - n];
                        }
                    }
                    m = next;
                    check_against_fresh(&f, &head, n, &a, &mut rng);
                }
                // Columns and slacks enter about equally often.
                let want_column = rng.random_range(0..2) == 0;
                let mut nonbasic: Vec<usize> = (0..n + m)
                    .filter(|v| !head.contains(v) && (*v < n) == want_column)
                    .collect();
                if nonbasic.is_empty() {
                    nonbasic = (0..n + m).filter(|v| !head.contains(v)).collect();
                }
                let q = nonbasic[rng.random_range(0..nonbasic.len())];
                let mut alpha = vec![0.0; m];
                if q < n {
                    f.ftran_sparse(a.col(q), &a, &mut alpha);
                } else {
                    f.ftran_slack(q - n, &a, &mut alpha);
                }
                let biggest = alpha.iter().fold(0.0f64, |s, x| s.max(x.abs()));
                if biggest < 1e-6 {
                    continue;
                }
                let good: Vec<usize> = (0..m)
                    .filter(|&p| alpha[p].abs() >= 0.2 * biggest)
                    .collect();
                let r = good[rng.random_range(0..good.len())];
                let mut rho = vec![0.0; m];
                f.row(r, &a, &mut rho);
                let before = f.kernel_size();
                let kind = usize::from(head[r] >= n) * 2 + usize::from(q >= n);
                kinds[kind] += 1;
                f.update(r, q, &alpha, &rho, &a);
                head[r] = q;
                grew |= f.kernel_size() > before;
                shrank |= f.kernel_size() < before;
                if f.updates >= 40 {
                    f = Factor::build(&head, n, &a).expect("regular basis");
                }
                check_against_fresh(&f, &head, n, &a, &mut rng);
            }
            assert!(
                kinds.iter().all(|&c| c >= 10),
                "seed {seed}: kinds {kinds:?}"
            );
            assert!(grew && shrank, "seed {seed}");
        }
    }

    /// A kernel of order at least `LARGE_KERNEL` keeps its updated inverse
    /// past `REFACTOR_INTERVAL` updates while the accuracy check passes
    /// (and matches a fresh factorization all along, weights included),
    /// and asks for a rebuild at the next check once its inverse is off.
    #[test]
    fn a_large_kernel_is_rebuilt_only_when_its_accuracy_check_fails() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let (n, m, basic) = (260usize, 240usize, 230usize);
        let mut a = Matrix::with_cols(n);
        for _ in 0..m {
            let row = random_row(&mut rng, n);
            a.push_row(row);
        }
        // Columns 0..230 and the slacks of rows 230..240.
        let mut head: Vec<usize> = (0..basic).chain(n + basic..n + m).collect();
        let mut f = loop {
            match Factor::build(&head, n, &a) {
                Ok(f) => break f,
                Err(replacements) => {
                    for (p, row) in replacements {
                        head[p] = n + row;
                    }
                }
            }
        };
        assert!(f.kernel_size() >= LARGE_KERNEL);
        let mut checks = 0;
        while f.updates < 2 * REFACTOR_INTERVAL + 10 {
            // A nonbasic column enters (the kernel keeps its order, or
            // grows when a slack leaves).
            let nonbasic: Vec<usize> = (0..n).filter(|v| !head.contains(v)).collect();
            let q = nonbasic[rng.random_range(0..nonbasic.len())];
            let mut alpha = vec![0.0; m];
            f.ftran_sparse(a.col(q), &a, &mut alpha);
            let biggest = alpha.iter().fold(0.0f64, |s, x| s.max(x.abs()));
            let good: Vec<usize> = (0..m)
                .filter(|&p| alpha[p].abs() >= 0.5 * biggest)
                .collect();
            let r = good[rng.random_range(0..good.len())];
            let mut rho = vec![0.0; m];
            f.row(r, &a, &mut rho);
            f.update(r, q, &alpha, &rho, &a);
            head[r] = q;
            if f.updates % 25 == 0 {
                check_against_fresh(&f, &head, n, &a, &mut rng);
            }
            if f.updates >= f.next_check {
                assert!(!f.needs_rebuild(&a), "accurate after {} updates", f.updates);
                checks += 1;
            }
        }
        assert_eq!(checks, 2);
        assert!(f.residual(&a) <= RESIDUAL_TOL);
        f.g[f.cap + 3] += 1e-6;
        assert!(f.residual(&a) > RESIDUAL_TOL);
        assert!(!f.needs_rebuild(&a), "no check before it is due");
        f.next_check = f.updates;
        assert!(f.needs_rebuild(&a));
    }
}
