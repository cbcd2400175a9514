//! The colored graph of a problem: one vertex per variable, one per row,
//! an edge per nonzero colored by its coefficient.
//!
//! Vertices `0..n` are the variables, `n..n + m` the rows. The initial
//! colors are ranks of label-independent keys: variables by (kind, lower,
//! upper, objective), rows by (lower, upper), variables before rows. Edge
//! colors are the ranks of the distinct coefficient values, so several
//! coefficient values are handled exactly (no hashing, no layering).

use crate::model::{ConsId, Problem, VarId, VarKind};

/// The vertex-colored, edge-colored bipartite graph of a [`Problem`].
#[derive(Clone, Debug)]
pub struct ColoredGraph {
    /// Number of variable vertices (the first `n` vertices).
    pub num_vars: usize,
    /// Number of row vertices.
    pub num_rows: usize,
    /// Initial color of every vertex, `0..num_colors`, ranked by key.
    pub colors: Vec<u32>,
    /// Neighbors of vertex `v` in `adj_start[v]..adj_start[v + 1]`.
    pub adj_start: Vec<usize>,
    /// Neighbor vertex of each edge slot.
    pub adj: Vec<u32>,
    /// Edge color (rank of the coefficient value) of each edge slot.
    pub adj_color: Vec<u32>,
}

/// The kind part of a variable's color: a semi-continuous (semi-integer)
/// variable never shares a color with a plain one of the same bounds,
/// whose domain differs by the value 0.
fn kind_rank(k: VarKind, semi: bool) -> u8 {
    let base = match k {
        VarKind::Continuous => 0,
        VarKind::Integer => 1,
        VarKind::Binary => 2,
    };
    if semi { base + 3 } else { base }
}

/// Ranks keys with a total order: equal keys get equal ranks, ranks are
/// dense from 0 and follow the order of the keys (label-independent).
fn dense_ranks<K: Ord + Clone>(keys: &[K]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut ranks = vec![0u32; keys.len()];
    let mut rank = 0u32;
    for w in 0..order.len() {
        if w > 0 && keys[order[w]] != keys[order[w - 1]] {
            rank += 1;
        }
        ranks[order[w]] = rank;
    }
    ranks
}

/// A total order on finite-or-infinite floats that is value-based
/// (`-0.0 == 0.0`).
fn ord_key(x: f64) -> i64 {
    let x = if x == 0.0 { 0.0 } else { x };
    let bits = x.to_bits() as i64;
    if bits < 0 { i64::MIN - bits } else { bits }
}

impl ColoredGraph {
    /// Builds the graph of `problem` in O((n + m + nnz) log).
    pub fn of_problem(problem: &Problem) -> Self {
        let n = problem.num_vars();
        let m = problem.num_rows();
        // Variable keys first (tag 0), then row keys (tag 1): variables and
        // rows never share a color.
        let mut keys: Vec<(u8, u8, i64, i64, i64)> = Vec::with_capacity(n + m);
        for v in problem.vars() {
            keys.push((
                0,
                kind_rank(problem.var_kind(v), problem.is_semi(v)),
                ord_key(problem.var_lower(v)),
                ord_key(problem.var_upper(v)),
                ord_key(problem.objective_coefficient(v)),
            ));
        }
        for r in problem.rows() {
            keys.push((
                1,
                0,
                ord_key(problem.row_lower(r)),
                ord_key(problem.row_upper(r)),
                0,
            ));
        }
        let colors = dense_ranks(&keys);

        let by_cols = problem.matrix_by_cols();
        let by_rows = problem.matrix_by_rows();
        let nnz = problem.num_nonzeros();
        let mut coef_keys: Vec<i64> = Vec::with_capacity(nnz);
        for r in 0..m {
            coef_keys.extend(by_rows.lane(r).1.iter().map(|&a| ord_key(a)));
        }
        let mut distinct = coef_keys.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let color_of = |a: f64| distinct.binary_search(&ord_key(a)).unwrap_or(0) as u32;

        let mut adj_start = Vec::with_capacity(n + m + 1);
        let mut adj = Vec::with_capacity(2 * nnz);
        let mut adj_color = Vec::with_capacity(2 * nnz);
        adj_start.push(0);
        for j in 0..n {
            let (rows, vals) = by_cols.lane(j);
            for (&i, &a) in rows.iter().zip(vals) {
                adj.push(n as u32 + i);
                adj_color.push(color_of(a));
            }
            adj_start.push(adj.len());
        }
        for i in 0..m {
            let (vars, vals) = by_rows.lane(i);
            for (&j, &a) in vars.iter().zip(vals) {
                adj.push(j);
                adj_color.push(color_of(a));
            }
            adj_start.push(adj.len());
        }
        ColoredGraph {
            num_vars: n,
            num_rows: m,
            colors,
            adj_start,
            adj,
            adj_color,
        }
    }

    /// The number of vertices (variables and rows).
    #[inline]
    pub fn num_vertices(&self) -> usize {
        self.num_vars + self.num_rows
    }

    /// Neighbors and edge colors of `v`.
    #[inline]
    pub fn neighbors(&self, v: usize) -> (&[u32], &[u32]) {
        let (s, e) = (self.adj_start[v], self.adj_start[v + 1]);
        (&self.adj[s..e], &self.adj_color[s..e])
    }

    /// The variable of vertex `v`, if it is a variable vertex.
    pub fn var_of(&self, v: usize) -> Option<VarId> {
        (v < self.num_vars).then_some(VarId(v as u32))
    }

    /// The row of vertex `v`, if it is a row vertex.
    pub fn row_of(&self, v: usize) -> Option<ConsId> {
        (v >= self.num_vars && v < self.num_vertices()).then(|| ConsId((v - self.num_vars) as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_order_key_is_monotone_and_identifies_signed_zeros() {
        let xs = [
            f64::NEG_INFINITY,
            -3.5,
            -1e-300,
            0.0,
            1e-300,
            2.0,
            f64::INFINITY,
        ];
        for w in xs.windows(2) {
            assert!(ord_key(w[0]) < ord_key(w[1]), "{w:?}");
        }
        assert_eq!(ord_key(-0.0), ord_key(0.0));
    }

    #[test]
    fn dense_ranks_follow_key_order() {
        assert_eq!(dense_ranks(&[5, 1, 5, 3]), vec![2, 0, 2, 1]);
    }
}
