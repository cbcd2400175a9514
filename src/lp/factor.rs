//! The basis inverse, kept explicitly as a dense `m × m` matrix.
//!
//! The extended constraint matrix is `[A | −I]` (columns, then one slack
//! per row with `s = A x`), so a basis `B` mixes structural columns and
//! negated unit vectors. [`Factor::build`] exploits that: with `S` the
//! basic structural columns and `R` the rows whose slack is *not* basic,
//! only the `|S| × |S|` block `M = A[R, S]` is inverted (Gauss–Jordan with
//! partial pivoting); the rows of `B⁻¹` for basic slacks follow from
//! `s_i = A[i, S] x_S − b_i`. A slack-heavy basis (the usual case at the top
//! of a branch-and-cut tree) therefore factors in almost no time.
//!
//! Between rebuilds `B⁻¹` is updated in product form applied explicitly
//! (one elimination step per pivot, `O(m · nnz(α_q))`); the squared row norms
//! `‖e_rᵀB⁻¹‖²` are recomputed for every touched row during the same sweep,
//! which gives exact dual steepest-edge weights at no extra asymptotic
//! cost. The caller rebuilds after [`REFACTOR_INTERVAL`] updates.

use super::matrix::Matrix;

/// Updates allowed before the inverse is rebuilt from scratch.
pub(crate) const REFACTOR_INTERVAL: usize = 100;

/// A pivot candidate below this (relative to its column's largest entry)
/// counts as zero when the basis is factored.
const SINGULAR_TOL: f64 = 1e-11;

/// The explicit inverse of the current basis matrix.
#[derive(Clone, Debug)]
pub(crate) struct Factor {
    m: usize,
    /// `B⁻¹`, row-major: row `p` belongs to basis position `p`.
    inv: Vec<f64>,
    /// `‖row p‖²` (dual steepest-edge weights).
    weights: Vec<f64>,
    /// Pivots applied since the last rebuild.
    pub(crate) updates: usize,
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
    pub(crate) fn build(head: &[usize], n: usize, a: &Matrix) -> Result<Factor, Replacements> {
        let m = head.len();
        let mut slack_pos = vec![usize::MAX; m];
        let mut structural: Vec<(usize, usize)> = Vec::new();
        for (p, &v) in head.iter().enumerate() {
            if v >= n {
                slack_pos[v - n] = p;
            } else {
                structural.push((p, v));
            }
        }
        let open_rows: Vec<usize> = (0..m).filter(|&i| slack_pos[i] == usize::MAX).collect();
        let k = structural.len();
        if open_rows.len() != k {
            // Duplicate entries in `head`: replace every structural column.
            return Err(structural
                .iter()
                .zip(open_rows.iter().chain(std::iter::repeat(&usize::MAX)))
                .filter(|(_, r)| **r != usize::MAX)
                .map(|(&(p, _), &r)| (p, r))
                .collect());
        }
        let mut open_index = vec![usize::MAX; m];
        for (t, &i) in open_rows.iter().enumerate() {
            open_index[i] = t;
        }
        // M = A[open_rows, structural], and its column scales.
        let mut w = vec![0.0; k * k];
        let mut col_scale = vec![0.0f64; k];
        for (l, &(_, j)) in structural.iter().enumerate() {
            for &(i, v) in a.col(j) {
                let t = open_index[i];
                if t != usize::MAX {
                    w[t * k + l] = v;
                    col_scale[l] = col_scale[l].max(v.abs());
                }
            }
        }
        let mut e = vec![0.0; k * k];
        for t in 0..k {
            e[t * k + t] = 1.0;
        }
        let mut pivot_row = vec![usize::MAX; k];
        let mut row_used = vec![false; k];
        let mut singular = Vec::new();
        for l in 0..k {
            let mut best = (usize::MAX, SINGULAR_TOL * col_scale[l].max(1e-300));
            for t in 0..k {
                if !row_used[t] && w[t * k + l].abs() > best.1 {
                    best = (t, w[t * k + l].abs());
                }
            }
            let t = best.0;
            if t == usize::MAX || col_scale[l] == 0.0 {
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
            let pivot_w: Vec<f64> = w[t * k + l..(t + 1) * k].to_vec();
            let pivot_e: Vec<f64> = e[t * k..(t + 1) * k].to_vec();
            for t2 in 0..k {
                if t2 == t {
                    continue;
                }
                let f = w[t2 * k + l];
                if f == 0.0 {
                    continue;
                }
                for (v, pv) in w[t2 * k + l..(t2 + 1) * k].iter_mut().zip(&pivot_w) {
                    *v -= f * pv;
                }
                for (v, pv) in e[t2 * k..(t2 + 1) * k].iter_mut().zip(&pivot_e) {
                    *v -= f * pv;
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
        let mut inv = vec![0.0; m * m];
        let mut struct_index = vec![usize::MAX; n];
        for (l, &(p, j)) in structural.iter().enumerate() {
            struct_index[j] = l;
            let src = &e[pivot_row[l] * k..(pivot_row[l] + 1) * k];
            let row = &mut inv[p * m..(p + 1) * m];
            for (t, &v) in src.iter().enumerate() {
                row[open_rows[t]] = v;
            }
        }
        let mut acc = vec![0.0; m];
        for i in 0..m {
            let p = slack_pos[i];
            if p == usize::MAX {
                continue;
            }
            acc.iter_mut().for_each(|v| *v = 0.0);
            for &(j, v) in a.row(i) {
                let l = struct_index[j];
                if l != usize::MAX {
                    let q = structural[l].0;
                    for (x, &b) in acc.iter_mut().zip(&inv[q * m..(q + 1) * m]) {
                        *x += v * b;
                    }
                }
            }
            acc[i] -= 1.0;
            inv[p * m..(p + 1) * m].copy_from_slice(&acc);
        }
        let weights = (0..m).map(|p| norm2(&inv[p * m..(p + 1) * m])).collect();
        Ok(Factor {
            m,
            inv,
            weights,
            updates: 0,
        })
    }

    /// Row `p` of `B⁻¹` (`ρ_p = e_pᵀ B⁻¹`).
    pub(crate) fn row(&self, p: usize) -> &[f64] {
        &self.inv[p * self.m..(p + 1) * self.m]
    }

    /// The dual steepest-edge weight `‖ρ_p‖²` of position `p`.
    pub(crate) fn weight(&self, p: usize) -> f64 {
        self.weights[p]
    }

    /// `B⁻¹ a` for a sparse column `a` given as `(row, value)` entries.
    pub(crate) fn ftran_sparse(&self, col: &[(usize, f64)], out: &mut [f64]) {
        for (p, o) in out.iter_mut().enumerate() {
            let row = &self.inv[p * self.m..(p + 1) * self.m];
            *o = col.iter().map(|&(i, v)| v * row[i]).sum();
        }
    }

    /// `B⁻¹ (−e_i)`: the column of the slack of row `i`.
    pub(crate) fn ftran_slack(&self, i: usize, out: &mut [f64]) {
        for (p, o) in out.iter_mut().enumerate() {
            *o = -self.inv[p * self.m + i];
        }
    }

    /// `B⁻¹ b` for a dense `b`.
    pub(crate) fn solve(&self, b: &[f64], out: &mut [f64]) {
        for (p, o) in out.iter_mut().enumerate() {
            let row = &self.inv[p * self.m..(p + 1) * self.m];
            *o = row.iter().zip(b).map(|(x, y)| x * y).sum();
        }
    }

    /// `B⁻ᵀ c`: `Σ_p c_p ρ_p`.
    pub(crate) fn solve_transposed(&self, c: &[f64], out: &mut [f64]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        for (p, &cp) in c.iter().enumerate() {
            if cp != 0.0 {
                for (o, &b) in out.iter_mut().zip(self.row(p)) {
                    *o += cp * b;
                }
            }
        }
    }

    /// Replaces the variable at position `r` by the one whose FTRAN'd column
    /// is `alpha` (`alpha[r]` is the pivot, nonzero).
    pub(crate) fn update(&mut self, r: usize, alpha: &[f64]) {
        let m = self.m;
        let inv_piv = 1.0 / alpha[r];
        let (before, rest) = self.inv.split_at_mut(r * m);
        let (row_r, after) = rest.split_at_mut(m);
        for v in row_r.iter_mut() {
            *v *= inv_piv;
        }
        let row_r: &[f64] = row_r;
        let chunks = before.chunks_mut(m).chain(after.chunks_mut(m));
        for ((p, row), &f) in chunks
            .enumerate()
            .map(|(idx, row)| (if idx < r { idx } else { idx + 1 }, row))
            .zip(alpha.iter().take(r).chain(alpha.iter().skip(r + 1)))
        {
            if f == 0.0 {
                continue;
            }
            let mut s = 0.0;
            for (x, &b) in row.iter_mut().zip(row_r) {
                *x -= f * b;
                s += *x * *x;
            }
            self.weights[p] = s;
        }
        self.weights[r] = norm2(row_r);
        self.updates += 1;
    }

    /// Grows the basis by a row whose slack is basic at the new last
    /// position; `coef[p]` is the new row's coefficient on the variable at
    /// position `p` (zero for slacks).
    pub(crate) fn append_row(&mut self, coef: &[f64]) {
        let m = self.m;
        let m1 = m + 1;
        let mut inv = vec![0.0; m1 * m1];
        for p in 0..m {
            inv[p * m1..p * m1 + m].copy_from_slice(&self.inv[p * m..(p + 1) * m]);
        }
        {
            let (head, last) = inv.split_at_mut(m * m1);
            for (p, &c) in coef.iter().enumerate() {
                if c != 0.0 {
                    for (x, &b) in last.iter_mut().zip(&head[p * m1..p * m1 + m]) {
                        *x += c * b;
                    }
                }
            }
            last[m] = -1.0;
        }
        self.weights.push(norm2(&inv[m * m1..]));
        self.inv = inv;
        self.m = m1;
    }

    /// Removes the positions flagged in `positions` (their variables must be
    /// the slacks of the rows flagged in `rows`, so that the remaining block
    /// is the inverse of the remaining basis).
    pub(crate) fn remove(&mut self, positions: &[bool], rows: &[bool]) {
        let m = self.m;
        let keep_cols: Vec<usize> = (0..m).filter(|&i| !rows[i]).collect();
        let m2 = keep_cols.len();
        let mut inv = Vec::with_capacity(m2 * m2);
        let mut weights = Vec::with_capacity(m2);
        for p in (0..m).filter(|&p| !positions[p]) {
            let row = &self.inv[p * m..(p + 1) * m];
            inv.extend(keep_cols.iter().map(|&i| row[i]));
            weights.push(self.weights[p]);
        }
        self.inv = inv;
        self.weights = weights;
        self.m = m2;
    }
}

/// The squared Euclidean norm.
fn norm2(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum()
}
