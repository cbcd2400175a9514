//! Clique cuts from the conflict graph of binary literals.
//!
//! The nodes are the literals `x_j` and `1 - x_j` of the binary columns;
//! two literals conflict when they cannot both be 1 in a feasible point:
//!
//! - a column's two literals always conflict;
//! - two literals of one row side's knapsack relaxation (see the `knapsack`
//!   module) conflict when their weights sum to more than the capacity
//!   (plus [`SEPARATION_FEASIBILITY`](crate::tolerances::SEPARATION_FEASIBILITY)`·max(1, |capacity|)`). Set-packing
//!   rows `Σ x <= 1` are the case where every pair conflicts.
//!
//! **Storage.** Edges are never listed. Each knapsack with a conflict is
//! kept with its literals sorted by decreasing weight, trimmed to those in
//! at least one conflict; the conflicts of a literal of weight `w` in it are
//! exactly the prefix of literals heavier than `capacity - w`. Each literal
//! keeps the list of knapsacks it is in. Memory is `O(nonzeros)`, whatever
//! the number of edges (a set-packing row of `k` literals is `k` entries,
//! not `k²/2` edges), and [`ConflictGraph::new`] costs
//! `O(nonzeros·log)`. Whether two literals conflict is a merge of their two
//! knapsack lists.
//!
//! **Separation** at a point `x` (weights `x_j` and `1 - x_j`):
//!
//! 1. the support: literals in some knapsack with weight above `1e-6`, at
//!    most [`SUPPORT_LIMIT`] of them (heaviest first); their conflicts are
//!    written into a dense local bit matrix (`support²` bits);
//! 2. for each support literal with a fractional weight (heaviest first), a
//!    maximum-weight clique containing it is searched among its neighbours by
//!    a weighted Carraghan–Pardalos branch and bound (candidates by
//!    decreasing weight, pruned by `weight + Σ candidate weights`, only
//!    cliques heavier than `1 + MIN_VIOLATION` count), at most
//!    [`NODES_PER_SEED`] nodes per seed;
//! 3. a violated clique is extended to a maximal clique of the whole graph
//!    with literals of weight 0 (from the knapsacks of its first member, at
//!    most [`LIFT_CANDIDATES`] tried), which makes the cut stronger;
//! 4. `Σ_{x_j in K} x_j + Σ_{1-x_j in K} (1 - x_j) <= 1` is returned in the
//!    original columns (a clique holding both literals of a column gives
//!    `Σ others <= 0`). Cliques are deduplicated within a call.

use std::collections::HashSet;

use super::knapsack::{Literal, row_knapsacks};
use super::{Cut, CutFamily, MIN_VIOLATION};
use crate::model::{Problem, VarId};

/// The largest number of literals the separation looks at (by weight).
pub const SUPPORT_LIMIT: usize = 2000;

/// Branch-and-bound nodes allowed per seed literal.
pub const NODES_PER_SEED: usize = 2000;

/// Candidate literals tried when extending a violated clique to a maximal one.
pub const LIFT_CANDIDATES: usize = 2000;

/// A literal is in the support, or fractional, beyond this distance from 0 (and 1).
const SUPPORT_TOL: f64 = 1e-6;

/// One knapsack with conflicts: `items[start..end]` sorted by decreasing
/// weight; two of them conflict when their weights sum above `threshold`.
#[derive(Clone, Debug)]
struct ConflictRow {
    start: usize,
    end: usize,
    threshold: f64,
}

/// A literal's place in a conflict row.
#[derive(Clone, Copy, Debug)]
struct Membership {
    row: u32,
    weight: f64,
}

/// The conflict graph of the binary literals of a problem under given
/// bounds, stored by knapsack rows (see the [module documentation](self)).
#[derive(Clone, Debug)]
pub struct ConflictGraph {
    num_vars: usize,
    rows: Vec<ConflictRow>,
    items: Vec<(Literal, f64)>,
    /// Per literal code, its range in `members` (length `2·num_vars + 1`).
    member_start: Vec<usize>,
    members: Vec<Membership>,
}

impl ConflictGraph {
    /// The conflict graph of `problem`'s binary columns under the bounds
    /// `lower`/`upper` (columns they fix are substituted, not nodes).
    ///
    /// Pass global bounds: cliques found are then globally valid. Cost
    /// `O(nonzeros·log(row length))` time and `O(nonzeros)` memory.
    ///
    /// # Panics
    /// When `lower` or `upper` is shorter than `problem.num_vars()`.
    pub fn new(problem: &Problem, lower: &[f64], upper: &[f64]) -> Self {
        let n = problem.num_vars();
        assert!(lower.len() >= n && upper.len() >= n);
        let mut rows = Vec::new();
        let mut items: Vec<(Literal, f64)> = Vec::new();
        for r in problem.rows() {
            for mut knapsack in row_knapsacks(problem, lower, upper, r) {
                let tol = knapsack.slack_tolerance();
                if knapsack.capacity < -tol || knapsack.items.len() < 2 {
                    continue;
                }
                let threshold = knapsack.capacity + tol;
                knapsack
                    .items
                    .sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                let heaviest = knapsack.items[0].1;
                // Items after the first in some conflict: those with w > threshold - heaviest.
                let in_conflict = 1 + knapsack.items[1..]
                    .iter()
                    .take_while(|(_, w)| w + heaviest > threshold)
                    .count();
                if in_conflict < 2 {
                    continue;
                }
                let start = items.len();
                items.extend_from_slice(&knapsack.items[..in_conflict]);
                rows.push(ConflictRow {
                    start,
                    end: items.len(),
                    threshold,
                });
            }
        }
        let mut member_start = vec![0usize; 2 * n + 1];
        for &(l, _) in &items {
            member_start[l.code() + 1] += 1;
        }
        for i in 0..2 * n {
            member_start[i + 1] += member_start[i];
        }
        let mut fill = member_start.clone();
        let mut members = vec![
            Membership {
                row: 0,
                weight: 0.0
            };
            items.len()
        ];
        for (row_index, row) in rows.iter().enumerate() {
            for &(l, weight) in &items[row.start..row.end] {
                members[fill[l.code()]] = Membership {
                    row: u32::try_from(row_index).expect("row count fits u32"),
                    weight,
                };
                fill[l.code()] += 1;
            }
        }
        ConflictGraph {
            num_vars: n,
            rows,
            items,
            member_start,
            members,
        }
    }

    /// The number of knapsack rows kept for their conflicts.
    pub fn num_conflict_rows(&self) -> usize {
        self.rows.len()
    }

    /// The number of stored (literal, row) entries: the graph's memory in
    /// units of about 16 bytes.
    pub fn num_entries(&self) -> usize {
        self.items.len()
    }

    /// True when the column `a` (complemented when `a_complemented`) and the
    /// column `b` (likewise) cannot both be 1.
    pub fn in_conflict(
        &self,
        a: VarId,
        a_complemented: bool,
        b: VarId,
        b_complemented: bool,
    ) -> bool {
        self.adjacent(
            Literal::new(a, a_complemented),
            Literal::new(b, b_complemented),
        )
    }

    fn memberships(&self, l: Literal) -> &[Membership] {
        &self.members[self.member_start[l.code()]..self.member_start[l.code() + 1]]
    }

    /// True when the two literals conflict.
    pub(crate) fn adjacent(&self, a: Literal, b: Literal) -> bool {
        if a == b {
            return false;
        }
        if a == b.complement() {
            return true;
        }
        let (ma, mb) = (self.memberships(a), self.memberships(b));
        let (mut i, mut j) = (0, 0);
        while i < ma.len() && j < mb.len() {
            match ma[i].row.cmp(&mb[j].row) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let row = &self.rows[ma[i].row as usize];
                    if ma[i].weight + mb[j].weight > row.threshold {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }

    /// Calls `visit` on the neighbours of `l` (with repetitions when two
    /// rows give the same conflict), its complement first; stops when
    /// `visit` returns false.
    fn for_each_neighbour(&self, l: Literal, mut visit: impl FnMut(Literal) -> bool) {
        if !visit(l.complement()) {
            return;
        }
        for m in self.memberships(l) {
            let row = &self.rows[m.row as usize];
            for &(other, w) in &self.items[row.start..row.end] {
                if w + m.weight <= row.threshold {
                    break;
                }
                if other != l && !visit(other) {
                    return;
                }
            }
        }
    }

    /// Up to `max_cuts` violated clique cuts at `x`, most violated search
    /// seeds first (see the [module documentation](self)).
    ///
    /// # Panics
    /// When `x` is shorter than the problem's number of columns.
    pub fn separate(&self, x: &[f64], max_cuts: usize) -> Vec<Cut> {
        assert!(x.len() >= self.num_vars);
        let mut cuts = Vec::new();
        if max_cuts == 0 || self.rows.is_empty() {
            return cuts;
        }
        let support = LocalGraph::new(self, x);
        let mut seeds: Vec<usize> = (0..support.literals.len())
            .filter(|&i| support.weights[i] < 1.0 - SUPPORT_TOL)
            .collect();
        seeds.sort_by(|&a, &b| {
            support.weights[b]
                .total_cmp(&support.weights[a])
                .then(a.cmp(&b))
        });
        let mut seen: HashSet<Vec<Literal>> = HashSet::new();
        for seed in seeds {
            let Some(local) = support.heaviest_clique_with(seed) else {
                continue;
            };
            let mut clique: Vec<Literal> = local.iter().map(|&i| support.literals[i]).collect();
            self.extend_to_maximal(&mut clique);
            clique.sort();
            if !seen.insert(clique.clone()) {
                continue;
            }
            let cut = clique_cut(&clique);
            if cut.violation(x) > MIN_VIOLATION {
                cuts.push(cut);
                if cuts.len() >= max_cuts {
                    break;
                }
            }
        }
        cuts
    }

    /// Adds literals conflicting with every member of `clique`, taken from
    /// the neighbours of its first member.
    fn extend_to_maximal(&self, clique: &mut Vec<Literal>) {
        let Some(&first) = clique.first() else {
            return;
        };
        let mut candidates = Vec::new();
        let mut tried: HashSet<Literal> = clique.iter().copied().collect();
        self.for_each_neighbour(first, |l| {
            if tried.insert(l) {
                candidates.push(l);
            }
            candidates.len() < LIFT_CANDIDATES
        });
        for l in candidates {
            if clique.iter().all(|&m| self.adjacent(l, m)) {
                clique.push(l);
            }
        }
    }
}

/// `Σ_{x_j in K} x_j + Σ_{1-x_j in K} (1 - x_j) <= 1` in the original columns.
fn clique_cut(clique: &[Literal]) -> Cut {
    let mut rhs = 1.0;
    let terms = clique
        .iter()
        .map(|l| {
            if l.is_complemented() {
                rhs -= 1.0;
                (l.var(), -1.0)
            } else {
                (l.var(), 1.0)
            }
        })
        .collect();
    Cut::from_terms(terms, rhs, CutFamily::Clique)
}

/// The conflict graph restricted to the support of a point, as a dense bit
/// matrix over local indices.
struct LocalGraph {
    literals: Vec<Literal>,
    weights: Vec<f64>,
    words: usize,
    bits: Vec<u64>,
}

impl LocalGraph {
    fn new(graph: &ConflictGraph, x: &[f64]) -> Self {
        let mut support: Vec<(Literal, f64)> = Vec::new();
        for code in 0..2 * graph.num_vars {
            let l = Literal::from_code(code);
            if graph.member_start[code] == graph.member_start[code + 1] {
                continue;
            }
            let w = l.value(x).clamp(0.0, 1.0);
            if w > SUPPORT_TOL {
                support.push((l, w));
            }
        }
        if support.len() > SUPPORT_LIMIT {
            support.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            support.truncate(SUPPORT_LIMIT);
            support.sort_by_key(|&(l, _)| l);
        }
        let s = support.len();
        let words = s.div_ceil(64);
        let mut local = LocalGraph {
            literals: support.iter().map(|&(l, _)| l).collect(),
            weights: support.iter().map(|&(_, w)| w).collect(),
            words,
            bits: vec![0; s * words],
        };
        // Complements: support is sorted by literal code, so a column's two
        // literals are neighbours in it.
        for i in 1..s {
            if local.literals[i] == local.literals[i - 1].complement() {
                local.connect(i - 1, i);
            }
        }
        // Per row, the support members by decreasing weight.
        let mut by_row: Vec<(u32, f64, usize)> = Vec::new();
        for (i, &l) in local.literals.iter().enumerate() {
            for m in graph.memberships(l) {
                by_row.push((m.row, m.weight, i));
            }
        }
        by_row.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
        for group in by_row.chunk_by(|a, b| a.0 == b.0) {
            let threshold = graph.rows[group[0].0 as usize].threshold;
            for (k, &(_, wa, a)) in group.iter().enumerate() {
                for &(_, wb, b) in &group[k + 1..] {
                    if wa + wb <= threshold {
                        break;
                    }
                    local.connect(a, b);
                }
            }
        }
        local
    }

    fn connect(&mut self, a: usize, b: usize) {
        self.bits[a * self.words + b / 64] |= 1 << (b % 64);
        self.bits[b * self.words + a / 64] |= 1 << (a % 64);
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        self.bits[a * self.words + b / 64] >> (b % 64) & 1 == 1
    }

    /// The heaviest clique containing `seed` when it weighs more than
    /// `1 + MIN_VIOLATION` (within the node budget), as local indices.
    fn heaviest_clique_with(&self, seed: usize) -> Option<Vec<usize>> {
        let mut candidates: Vec<usize> = (0..self.literals.len())
            .filter(|&j| self.adjacent(seed, j))
            .collect();
        candidates.sort_by(|&a, &b| self.weights[b].total_cmp(&self.weights[a]).then(a.cmp(&b)));
        let mut search = CliqueSearch {
            graph: self,
            best_weight: 1.0 + MIN_VIOLATION,
            best: None,
            budget: NODES_PER_SEED,
        };
        let mut clique = vec![seed];
        search.expand(&mut clique, self.weights[seed], &candidates);
        search.best
    }
}

/// A weighted Carraghan–Pardalos branch and bound with a node budget.
struct CliqueSearch<'a> {
    graph: &'a LocalGraph,
    best_weight: f64,
    best: Option<Vec<usize>>,
    budget: usize,
}

impl CliqueSearch<'_> {
    /// Extends `clique` (of weight `weight`) by `candidates`, all adjacent to
    /// every member and sorted by decreasing weight.
    fn expand(&mut self, clique: &mut Vec<usize>, weight: f64, candidates: &[usize]) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        if weight > self.best_weight {
            self.best_weight = weight;
            self.best = Some(clique.clone());
        }
        let mut rest: f64 = candidates.iter().map(|&c| self.graph.weights[c]).sum();
        for (i, &c) in candidates.iter().enumerate() {
            if weight + rest <= self.best_weight || self.budget == 0 {
                return;
            }
            let next: Vec<usize> = candidates[i + 1..]
                .iter()
                .copied()
                .filter(|&d| self.graph.adjacent(c, d))
                .collect();
            clique.push(c);
            self.expand(clique, weight + self.graph.weights[c], &next);
            clique.pop();
            rest -= self.graph.weights[c];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bnb::cuts::test_support::{assert_valid_for, feasible_integer_points};
    use crate::model::{ProblemBuilder, VarKind};
    use proptest::prelude::*;

    fn binaries(b: &mut ProblemBuilder, n: usize) -> Vec<VarId> {
        (0..n)
            .map(|j| {
                b.add_var(format!("x{j}"), VarKind::Binary, 0.0, 1.0, 0.0)
                    .unwrap()
            })
            .collect()
    }

    fn graph_of(p: &Problem) -> ConflictGraph {
        ConflictGraph::new(p, p.var_lowers(), p.var_uppers())
    }

    #[test]
    fn a_triangle_of_pairs_gives_the_triangle_clique() {
        let mut b = ProblemBuilder::new("triangle");
        let x = binaries(&mut b, 3);
        for (i, j) in [(0, 1), (1, 2), (0, 2)] {
            b.add_row(
                format!("p{i}{j}"),
                f64::NEG_INFINITY,
                1.0,
                &[(x[i], 1.0), (x[j], 1.0)],
            )
            .unwrap();
        }
        let p = b.build().unwrap();
        let g = graph_of(&p);
        let point = [0.5, 0.5, 0.5];
        let cuts = g.separate(&point, 10);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].vars, x);
        assert_eq!(cuts[0].coefs, vec![1.0; 3]);
        assert_eq!(cuts[0].rhs, 1.0);
        assert!((cuts[0].violation(&point) - 0.5).abs() < 1e-12);
        assert_valid_for(&cuts[0], &feasible_integer_points(&p));
    }

    #[test]
    fn a_set_packing_row_is_extended_by_pairwise_conflicts() {
        // x0 + x1 + x2 <= 1 and x3 conflicting with each of them: the
        // clique {x0..x3} is violated at (0.3, 0.3, 0.3, 0.3).
        let mut b = ProblemBuilder::new("packing");
        let x = binaries(&mut b, 4);
        b.add_row(
            "pack",
            f64::NEG_INFINITY,
            1.0,
            &[(x[0], 1.0), (x[1], 1.0), (x[2], 1.0)],
        )
        .unwrap();
        for i in 0..3 {
            b.add_row(
                format!("c{i}"),
                f64::NEG_INFINITY,
                1.0,
                &[(x[i], 1.0), (x[3], 1.0)],
            )
            .unwrap();
        }
        let p = b.build().unwrap();
        let point = [0.3, 0.3, 0.3, 0.3];
        let cuts = graph_of(&p).separate(&point, 10);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].vars, x);
        assert_eq!(cuts[0].rhs, 1.0);
        assert_valid_for(&cuts[0], &feasible_integer_points(&p));
    }

    #[test]
    fn knapsack_conflicts_use_complemented_literals() {
        // 5a + 4b - 6c <= 2: with c = 1 - c', 5a + 4b + 6c' <= 8, every pair
        // conflicts: a + b + (1 - c) <= 1, i.e. a + b - c <= 0.
        let mut b = ProblemBuilder::new("knap");
        let x = binaries(&mut b, 3);
        b.add_row(
            "k",
            f64::NEG_INFINITY,
            2.0,
            &[(x[0], 5.0), (x[1], 4.0), (x[2], -6.0)],
        )
        .unwrap();
        let p = b.build().unwrap();
        let g = graph_of(&p);
        assert!(g.in_conflict(x[0], false, x[1], false));
        assert!(g.in_conflict(x[0], false, x[2], true));
        assert!(!g.in_conflict(x[0], false, x[2], false));
        let point = [0.5, 0.5, 0.5];
        let cuts = g.separate(&point, 10);
        assert_eq!(cuts.len(), 1);
        assert_eq!(cuts[0].coefs, vec![1.0, 1.0, -1.0]);
        assert_eq!(cuts[0].rhs, 0.0);
        assert_valid_for(&cuts[0], &feasible_integer_points(&p));
    }

    /// items × bins assignment x[i][b], bin usage y[b]: each item in exactly
    /// one bin, `Σ_i w_i x[i][b] <= cap·y[b]`.
    fn bin_packing(
        weights: &[f64],
        bins: usize,
        cap: f64,
    ) -> (Problem, Vec<Vec<VarId>>, Vec<VarId>) {
        let mut b = ProblemBuilder::new("bpp");
        let x: Vec<Vec<VarId>> = (0..weights.len())
            .map(|i| {
                (0..bins)
                    .map(|k| {
                        b.add_var(format!("x{i}_{k}"), VarKind::Binary, 0.0, 1.0, 0.0)
                            .unwrap()
                    })
                    .collect()
            })
            .collect();
        let y: Vec<VarId> = (0..bins)
            .map(|k| {
                b.add_var(format!("y{k}"), VarKind::Binary, 0.0, 1.0, 1.0)
                    .unwrap()
            })
            .collect();
        for (i, row) in x.iter().enumerate() {
            let terms: Vec<(VarId, f64)> = row.iter().map(|&v| (v, 1.0)).collect();
            b.add_row(format!("assign{i}"), 1.0, 1.0, &terms).unwrap();
        }
        for k in 0..bins {
            let mut terms: Vec<(VarId, f64)> =
                (0..weights.len()).map(|i| (x[i][k], weights[i])).collect();
            terms.push((y[k], -cap));
            b.add_row(format!("cap{k}"), f64::NEG_INFINITY, 0.0, &terms)
                .unwrap();
        }
        (b.build().unwrap(), x, y)
    }

    #[test]
    fn bin_packing_conflicts_are_the_expected_ones() {
        let (p, x, y) = bin_packing(&[6.0, 6.0, 3.0, 2.0], 3, 10.0);
        let g = graph_of(&p);
        for k in 0..3 {
            // two big items in one bin
            assert!(g.in_conflict(x[0][k], false, x[1][k], false));
            // an item in a bin forces the bin open: x <= y
            for item in &x {
                assert!(g.in_conflict(item[k], false, y[k], true));
            }
            // two small items fit together
            assert!(!g.in_conflict(x[2][k], false, x[3][k], false));
            assert!(!g.in_conflict(x[0][k], false, x[2][k], false));
        }
        for item in &x {
            // one bin per item
            assert!(g.in_conflict(item[0], false, item[2], false));
        }
        assert!(!g.in_conflict(x[0][0], false, x[1][1], false));
        // 4 assignment rows, 3 capacity rows; the >= side of assignments has no conflict.
        assert_eq!(g.num_conflict_rows(), 7);
    }

    #[test]
    fn bin_packing_separates_the_big_items_and_bin_clique() {
        let (p, x, y) = bin_packing(&[6.0, 6.0, 3.0, 2.0], 3, 10.0);
        let g = graph_of(&p);
        let mut point = vec![0.0; p.num_vars()];
        // Items 0 and 1 half in bin 0, half in bin 1; bins 0, 1 at 0.9.
        for i in 0..2 {
            point[x[i][0].index()] = 0.5;
            point[x[i][1].index()] = 0.5;
        }
        point[x[2][2].index()] = 1.0;
        point[x[3][2].index()] = 1.0;
        point[y[0].index()] = 0.9;
        point[y[1].index()] = 0.9;
        point[y[2].index()] = 0.5;
        let cuts = g.separate(&point, 10);
        // x0k + x1k + (1 - yk) <= 1 for k = 0, 1 (weight 1.1 each).
        let expected = |k: usize| {
            Cut::from_terms(
                vec![(x[0][k], 1.0), (x[1][k], 1.0), (y[k], -1.0)],
                0.0,
                CutFamily::Clique,
            )
        };
        assert!(cuts.contains(&expected(0)), "{cuts:?}");
        assert!(cuts.contains(&expected(1)), "{cuts:?}");
        for c in &cuts {
            assert!(c.violation(&point) > MIN_VIOLATION);
        }
    }

    #[test]
    fn a_large_bin_packing_graph_stays_linear_and_separates_fast() {
        // 120 items × 45 bins: 5,445 binaries.
        let weights: Vec<f64> = (0..120).map(|i| f64::from(20 + (i * 37) % 60)).collect();
        let (p, x, y) = bin_packing(&weights, 45, 100.0);
        let g = graph_of(&p);
        assert!(
            g.num_entries() <= 2 * p.num_nonzeros(),
            "{}",
            g.num_entries()
        );
        let mut point = vec![0.0; p.num_vars()];
        for (i, item) in x.iter().enumerate() {
            point[item[i % 45].index()] = 0.5;
            point[item[(i + 1) % 45].index()] = 0.5;
        }
        for &v in &y {
            point[v.index()] = 1.0;
        }
        let cuts = g.separate(&point, 50);
        assert!(!cuts.is_empty());
        for c in &cuts {
            assert!(c.is_well_formed());
            assert!(c.violation(&point) > MIN_VIOLATION);
        }
    }

    /// Random pairwise packing and knapsack rows over `n` binaries.
    fn random_conflict_problem(n: usize, rows: &[(Vec<i32>, i32)]) -> Problem {
        let mut b = ProblemBuilder::new("random");
        let x = binaries(&mut b, n);
        for (r, (coefs, rhs)) in rows.iter().enumerate() {
            let terms: Vec<(VarId, f64)> = coefs
                .iter()
                .enumerate()
                .filter(|(_, a)| **a != 0)
                .map(|(j, &a)| (x[j % n], f64::from(a)))
                .collect();
            // one coefficient per column
            let mut seen = HashSet::new();
            let terms: Vec<(VarId, f64)> =
                terms.into_iter().filter(|(v, _)| seen.insert(*v)).collect();
            b.add_row(format!("r{r}"), f64::NEG_INFINITY, f64::from(*rhs), &terms)
                .unwrap();
        }
        b.build().unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn cliques_cut_off_the_point_and_no_feasible_integer_point(
            n in 4usize..=8,
            rows in prop::collection::vec(
                (prop::collection::vec(-6i32..=9, 2..=5), 0i32..=8), 2..=6),
            point in prop::collection::vec(0.0f64..=1.0, 8),
        ) {
            let p = random_conflict_problem(n, &rows);
            let g = graph_of(&p);
            let x = &point[..n];
            let points = feasible_integer_points(&p);
            for cut in g.separate(x, 20) {
                prop_assert!(cut.is_well_formed());
                prop_assert!(cut.violation(x) > MIN_VIOLATION);
                assert_valid_for(&cut, &points);
            }
        }
    }

    #[test]
    fn random_conflict_structures_give_cuts_often() {
        // Guards the property test above against passing vacuously: random
        // triangles and packing rows at x = 0.45 everywhere.
        use rand::{RngExt, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        let mut with_cut = 0;
        for _ in 0..100 {
            let n = rng.random_range(5..=8);
            let rows: Vec<(Vec<i32>, i32)> = (0..6)
                .map(|_| {
                    let k = rng.random_range(2..=3);
                    (
                        (0..k).map(|_| rng.random_range(-1..=3)).collect(),
                        rng.random_range(1..=3),
                    )
                })
                .collect();
            let p = random_conflict_problem(n, &rows);
            let x = vec![0.45; n];
            let cuts = graph_of(&p).separate(&x, 20);
            let points = feasible_integer_points(&p);
            for c in &cuts {
                assert_valid_for(c, &points);
            }
            with_cut += usize::from(!cuts.is_empty());
        }
        assert!(
            with_cut >= 20,
            "only {with_cut} of 100 instances gave a clique cut"
        );
    }

    #[test]
    fn fixed_columns_are_not_nodes() {
        let mut b = ProblemBuilder::new("fixed");
        let x = binaries(&mut b, 3);
        b.add_row(
            "pack",
            f64::NEG_INFINITY,
            1.0,
            &[(x[0], 1.0), (x[1], 1.0), (x[2], 1.0)],
        )
        .unwrap();
        let p = b.build().unwrap();
        // x2 fixed at 0: x0 + x1 <= 1 remains.
        let g = ConflictGraph::new(&p, &[0.0; 3], &[1.0, 1.0, 0.0]);
        assert!(g.in_conflict(x[0], false, x[1], false));
        assert!(!g.in_conflict(x[0], false, x[2], false));
    }
}
