//! Orbitopal fixing for packing and partitioning orbitopes (Kaibel,
//! Peinhardt & Pfetsch, "Orbitopal fixing").
//!
//! Take an orbitope restricted to its packing rows `P_0, P_1, ...` (each
//! `Σ_c x[P_i][c] <= 1`, or `= 1` for a partitioning row), `k` columns.
//! A 0/1 matrix of that shape has its columns sorted lexicographically
//! decreasing (1 before 0, row `P_0` first) exactly when, reading the rows
//! top-down, each row's 1 (if any) lies in a column that is already *open*
//! (holds a 1 in an earlier row) or in the first column that is not:
//! with `m` the number of open columns before row `i`, row `i`'s 1 is in a
//! column `c <= m` (`c < k`), and `c = m` opens column `m`. (Sorted columns
//! start in strictly increasing rows, empty columns last.) These are the
//! restricted-growth strings of set partitions, with "no 1" allowed in
//! packing rows.
//!
//! So the sorted matrices within a node's bounds are the paths of a layered
//! graph: layer `i` holds the states `m = 0..=k`, and row `i` leads from
//! `m` to `m` (a 1 in an allowed column `c < m`, or no 1 in a packing row)
//! and from `m` to `m + 1` (a 1 in column `m`, if allowed). A variable
//! `x[P_i][c]` can be 1 in some sorted matrix iff an edge using it lies on
//! a path from state 0 at the top to any state at the bottom; it can be 0
//! iff some other edge of layer `i` does. One forward and one backward
//! reachability pass (each O(1) per state and row, since every state has
//! at most two successors) decide both for every variable, in
//! O(rows × columns) per orbitope. This is *complete* in KPP's sense: after
//! the fixings, every remaining free packing-row variable takes both values
//! in sorted 0/1 matrices within the bounds, and no sorted matrix at all
//! means [`Infeasible`]. It also propagates the packing rows themselves (a
//! 1 in a row fixes the rest of the row to 0, a partitioning row with one
//! possible column fixes it to 1). Bounds of the orbitope's other rows and
//! the problem's other constraints are not used.
//!
//! A variable counts as fixed to 1 when its lower bound is `> 0.5` and as
//! fixed to 0 when its upper bound is `< 0.5`; anything else is free.
//!
//! # Buffers
//!
//! [`OrbitopalFixing::propagate`] takes `&mut self` and reuses buffers sized
//! at construction for the largest orbitope, so the per-node call does not
//! allocate (other than growing the caller's `out`).

use super::{Infeasible, handled_orbitopes};
use crate::model::Problem;
use crate::symmetry::Symmetry;

/// Marker for "no column" in the per-row buffers.
const NONE: usize = usize::MAX;

/// One orbitope restricted to its packing rows.
#[derive(Clone, Debug)]
struct Block {
    /// Index in `Symmetry::orbitopes`.
    orbitope: usize,
    /// Number of packing rows.
    rows: usize,
    /// Number of columns.
    cols: usize,
    /// Row-major `rows × cols` variable indices.
    vars: Vec<usize>,
    /// `partitioning[i]`: row i is `Σ = 1` (else `Σ <= 1`).
    partitioning: Vec<bool>,
}

impl Block {
    fn row(&self, i: usize) -> &[usize] {
        &self.vars[i * self.cols..(i + 1) * self.cols]
    }
}

/// Reused per-call buffers.
#[derive(Clone, Debug, Default)]
struct Scratch {
    /// `allowed[i * k + c]`: row i's 1 may be in column c.
    allowed: Vec<bool>,
    /// Smallest allowed column of each row (`cols` if none).
    first: Vec<usize>,
    /// Row may hold no 1.
    zero_ok: Vec<bool>,
    /// `forward[i * (k+1) + m]`: state m reachable after rows `0..i`.
    forward: Vec<bool>,
    /// `backward[i * (k+1) + m]`: rows `i..` completable from state m.
    backward: Vec<bool>,
}

/// Orbitopal fixing on every orbitope of a [`Symmetry`] that has packing
/// or partitioning rows (see the [parent module](super)).
#[derive(Clone, Debug)]
pub struct OrbitopalFixing {
    blocks: Vec<Block>,
    scratch: Scratch,
}

impl OrbitopalFixing {
    /// Prepares the orbitopes of `symmetry` that have packing or
    /// partitioning rows in `problem` (see
    /// [`handled_orbitopes`](super::handled_orbitopes)).
    pub fn new(problem: &Problem, symmetry: &Symmetry) -> Self {
        let mut blocks = Vec::new();
        for (index, rows) in handled_orbitopes(problem, symmetry) {
            let o = &symmetry.orbitopes[index];
            let cols = o.num_cols();
            let mut vars = Vec::with_capacity(rows.len() * cols);
            let mut partitioning = Vec::with_capacity(rows.len());
            for &r in &rows {
                let row_vars: Vec<usize> = (0..cols).map(|c| o.at(r, c).index()).collect();
                partitioning.push(is_partitioning(problem, &row_vars));
                vars.extend(row_vars);
            }
            blocks.push(Block {
                orbitope: index,
                rows: rows.len(),
                cols,
                vars,
                partitioning,
            });
        }
        Self::from_blocks(blocks)
    }

    fn from_blocks(blocks: Vec<Block>) -> Self {
        let max_rows = blocks.iter().map(|b| b.rows).max().unwrap_or(0);
        let max_cells = blocks.iter().map(|b| b.rows * b.cols).max().unwrap_or(0);
        let max_states = blocks.iter().map(|b| (b.rows + 1) * (b.cols + 1)).max();
        let states = max_states.unwrap_or(0);
        let scratch = Scratch {
            allowed: vec![false; max_cells],
            first: vec![0; max_rows],
            zero_ok: vec![false; max_rows],
            forward: vec![false; states],
            backward: vec![false; states],
        };
        OrbitopalFixing { blocks, scratch }
    }

    /// A fixing over one hand-made orbitope: `rows[i][c]` is the variable at
    /// packing row i, column c; `partitioning[i]` says whether row i is
    /// `Σ = 1`. For tests and for callers that know their orbitope.
    ///
    /// # Panics
    /// If the rows have different lengths or `partitioning` has another
    /// length than `rows`.
    pub fn from_rows(rows: &[Vec<usize>], partitioning: &[bool]) -> Self {
        assert_eq!(rows.len(), partitioning.len(), "one flag per row");
        let cols = rows.first().map_or(0, Vec::len);
        assert!(rows.iter().all(|r| r.len() == cols), "rows of equal length");
        let blocks = if rows.is_empty() || cols < 2 {
            Vec::new()
        } else {
            vec![Block {
                orbitope: 0,
                rows: rows.len(),
                cols,
                vars: rows.iter().flatten().copied().collect(),
                partitioning: partitioning.to_vec(),
            }]
        };
        Self::from_blocks(blocks)
    }

    /// True if no orbitope is handled (then `propagate` never fixes).
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Number of handled orbitopes.
    pub fn num_orbitopes(&self) -> usize {
        self.blocks.len()
    }

    /// Appends to `out` every fixing `(variable, value)` implied by the
    /// handled orbitopes and the node's local bounds `lower`, `upper`
    /// (indexed by variable). Only variables whose bounds change are
    /// reported: `(v, 0.0)` for a free variable that must be 0, `(v, 1.0)`
    /// for one that must be 1. The fixings of one call are all implied by
    /// the bounds passed in; calling again with them applied finds nothing
    /// new in the same orbitope (the fixing is complete).
    ///
    /// # Errors
    /// [`Infeasible`] when, in some orbitope, no sorted 0/1 matrix fits the
    /// bounds (the node can be pruned). `out` may then hold fixings of
    /// earlier orbitopes.
    pub fn propagate(
        &mut self,
        lower: &[f64],
        upper: &[f64],
        out: &mut Vec<(usize, f64)>,
    ) -> Result<(), Infeasible> {
        for block in &self.blocks {
            propagate_block(block, &mut self.scratch, lower, upper, out).map_err(|()| {
                Infeasible {
                    orbitope: block.orbitope,
                }
            })?;
        }
        Ok(())
    }
}

/// True if the packing row over `vars` is a partitioning row: some problem
/// row over exactly these variables with unit coefficients, upper side 1 and
/// lower side at least 0.5 (so the sum of binaries is at least 1).
fn is_partitioning(problem: &Problem, vars: &[usize]) -> bool {
    let mut sorted = vars.to_vec();
    sorted.sort_unstable();
    let first = crate::model::VarId(sorted[0] as u32);
    problem.column(first).any(|(row, _)| {
        problem.row_upper(row) == 1.0
            && problem.row_lower(row) >= 0.5
            && problem.row(row).len() == sorted.len()
            && problem
                .row(row)
                .map(|(v, _)| v.index())
                .eq(sorted.iter().copied())
            && problem.row(row).all(|(_, a)| a == 1.0)
    })
}

/// Orbitopal fixing on one block; `Err(())` when infeasible.
fn propagate_block(
    block: &Block,
    s: &mut Scratch,
    lower: &[f64],
    upper: &[f64],
    out: &mut Vec<(usize, f64)>,
) -> Result<(), ()> {
    summarize_rows(block, s, lower, upper)?;
    if !reach(block, s) {
        return Err(());
    }
    collect_fixings(block, s, lower, upper, out)
}

/// Per-row summary of the bounds: which cells may hold the row's 1, the
/// first of them, and whether the row may stay all 0; `Err(())` when a row
/// has two 1s.
fn summarize_rows(block: &Block, s: &mut Scratch, lower: &[f64], upper: &[f64]) -> Result<(), ()> {
    let k = block.cols;
    let allowed = &mut s.allowed[..block.rows * k];
    for i in 0..block.rows {
        let row = block.row(i);
        let mut one = NONE;
        for (c, &v) in row.iter().enumerate() {
            if lower[v] > 0.5 {
                if one != NONE {
                    return Err(());
                }
                one = c;
            }
        }
        let cells = &mut allowed[i * k..(i + 1) * k];
        let mut first = k;
        for (c, (cell, &v)) in cells.iter_mut().zip(row).enumerate().rev() {
            *cell = upper[v] > 0.5 && (one == NONE || one == c);
            if *cell {
                first = c;
            }
        }
        s.first[i] = first;
        s.zero_ok[i] = !block.partitioning[i] && one == NONE;
    }
    Ok(())
}

/// Row `i` from state `m` may stay at `m` (a 1 in an open column, or none).
fn stay(s: &Scratch, i: usize, m: usize) -> bool {
    s.zero_ok[i] || s.first[i] < m
}

/// Row `i` from state `m` may open column `m` (of `k`).
fn open(s: &Scratch, k: usize, i: usize, m: usize) -> bool {
    m < k && s.allowed[i * k + m]
}

/// The forward and backward reachability of the states (the number of
/// open columns) over the rows; false when no path completes the block.
fn reach(block: &Block, s: &mut Scratch) -> bool {
    let (p, k) = (block.rows, block.cols);
    let w = k + 1;
    let mut forward = std::mem::take(&mut s.forward);
    let mut backward = std::mem::take(&mut s.backward);
    let f = &mut forward[..(p + 1) * w];
    f.fill(false);
    f[0] = true;
    for i in 0..p {
        for m in 0..=k {
            let reach = (f[i * w + m] && stay(s, i, m))
                || (m > 0 && f[i * w + m - 1] && open(s, k, i, m - 1));
            f[(i + 1) * w + m] = reach;
        }
    }
    let b = &mut backward[..(p + 1) * w];
    b[p * w..].fill(true);
    for i in (0..p).rev() {
        for m in 0..=k {
            let done = (stay(s, i, m) && b[(i + 1) * w + m])
                || (open(s, k, i, m) && b[(i + 1) * w + m + 1]);
            b[i * w + m] = done;
        }
    }
    let complete = b[0];
    s.forward = forward;
    s.backward = backward;
    complete
}

/// The fixings the reachability implies: a cell on no path is fixed to 0,
/// the only possible cell of a row that must hold a 1 to 1; `Err(())` when
/// such a row has none.
fn collect_fixings(
    block: &Block,
    s: &Scratch,
    lower: &[f64],
    upper: &[f64],
    out: &mut Vec<(usize, f64)>,
) -> Result<(), ()> {
    let (p, k) = (block.rows, block.cols);
    let w = k + 1;
    let (forward, backward) = (&s.forward, &s.backward);
    for i in 0..p {
        let row = block.row(i);
        // Largest state on a path through layer i that stays put.
        let stay_max = (0..=k)
            .rev()
            .find(|&m| forward[i * w + m] && backward[(i + 1) * w + m] && stay(s, i, m));
        let can_be_one = |c: usize| {
            s.allowed[i * k + c]
                && ((forward[i * w + c] && backward[(i + 1) * w + c + 1])
                    || stay_max.is_some_and(|m| m > c))
        };
        let zero_possible = s.zero_ok[i] && stay_max.is_some();
        let mut candidates = 0;
        let mut last = NONE;
        for (c, &v) in row.iter().enumerate() {
            if can_be_one(c) {
                candidates += 1;
                last = c;
            } else if upper[v] > 0.5 {
                out.push((v, 0.0));
            }
        }
        if !zero_possible {
            match candidates {
                0 => return Err(()),
                1 if lower[row[last]] <= 0.5 => out.push((row[last], 1.0)),
                _ => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// `p × k` orbitope with variable `i * k + c` at row i, column c.
    fn grid(p: usize, k: usize, partitioning: bool) -> OrbitopalFixing {
        let rows: Vec<Vec<usize>> = (0..p)
            .map(|i| (0..k).map(|c| i * k + c).collect())
            .collect();
        OrbitopalFixing::from_rows(&rows, &vec![partitioning; p])
    }

    /// Bounds with the given variables fixed to 0 and to 1.
    fn bounds(n: usize, zeros: &[usize], ones: &[usize]) -> (Vec<f64>, Vec<f64>) {
        let mut lower = vec![0.0; n];
        let mut upper = vec![1.0; n];
        for &v in zeros {
            upper[v] = 0.0;
        }
        for &v in ones {
            lower[v] = 1.0;
        }
        (lower, upper)
    }

    fn run(
        f: &mut OrbitopalFixing,
        lower: &[f64],
        upper: &[f64],
    ) -> Result<Vec<(usize, f64)>, Infeasible> {
        let mut out = Vec::new();
        f.propagate(lower, upper, &mut out)?;
        out.sort_by_key(|a| a.0);
        Ok(out)
    }

    /// Brute force: over all sorted 0/1 matrices within the bounds, the
    /// variables that are always 0 (and free) or always 1 (and free), or
    /// `None` if there is no such matrix.
    fn brute_force(
        p: usize,
        k: usize,
        partitioning: &[bool],
        lower: &[f64],
        upper: &[f64],
    ) -> Option<Vec<(usize, f64)>> {
        let mut can = vec![[false; 2]; p * k];
        let mut any = false;
        let mut choice = vec![0usize; p]; // 0 = none, c + 1 = column c
        loop {
            let mut x = vec![0u8; p * k];
            for (i, &ch) in choice.iter().enumerate() {
                if ch > 0 {
                    x[i * k + ch - 1] = 1;
                }
            }
            let fits = (0..p * k)
                .all(|v| f64::from(x[v]) >= lower[v] && f64::from(x[v]) <= upper[v])
                && (0..p).all(|i| !partitioning[i] || choice[i] > 0);
            let col = |c: usize| -> Vec<u8> { (0..p).map(|i| x[i * k + c]).collect() };
            let sorted = (1..k).all(|c| col(c - 1) >= col(c));
            if fits && sorted {
                any = true;
                for v in 0..p * k {
                    can[v][x[v] as usize] = true;
                }
            }
            // next choice vector
            let mut i = 0;
            while i < p {
                choice[i] += 1;
                if choice[i] <= k {
                    break;
                }
                choice[i] = 0;
                i += 1;
            }
            if i == p {
                break;
            }
        }
        if !any {
            return None;
        }
        let mut out = Vec::new();
        for v in 0..p * k {
            if !can[v][1] && upper[v] > 0.5 {
                out.push((v, 0.0));
            }
            if !can[v][0] && lower[v] <= 0.5 {
                out.push((v, 1.0));
            }
        }
        Some(out)
    }

    #[test]
    fn free_partitioning_orbitope_gets_the_staircase_and_the_first_one() {
        // 4 × 3, all free: x[0][1], x[0][2], x[1][2] = 0 and x[0][0] = 1.
        let mut f = grid(4, 3, true);
        let (lower, upper) = bounds(12, &[], &[]);
        let out = run(&mut f, &lower, &upper).unwrap();
        assert_eq!(out, vec![(0, 1.0), (1, 0.0), (2, 0.0), (5, 0.0)]);
    }

    #[test]
    fn free_packing_orbitope_gets_only_the_staircase() {
        let mut f = grid(4, 3, false);
        let (lower, upper) = bounds(12, &[], &[]);
        let out = run(&mut f, &lower, &upper).unwrap();
        assert_eq!(out, vec![(1, 0.0), (2, 0.0), (5, 0.0)]);
    }

    #[test]
    fn a_row_kept_out_of_the_first_column_must_open_the_second() {
        // Partitioning 3 × 3, x[1][0] = 0: row 1 can only open column 1.
        let mut f = grid(3, 3, true);
        let (lower, upper) = bounds(9, &[3], &[]);
        let out = run(&mut f, &lower, &upper).unwrap();
        assert_eq!(out, vec![(0, 1.0), (1, 0.0), (2, 0.0), (4, 1.0), (5, 0.0)]);
    }

    #[test]
    fn a_late_column_start_forces_the_earlier_columns_open() {
        // Packing 3 × 3, x[2][2] = 1: column 2 opens at row 2, so rows 0
        // and 1 open columns 0 and 1.
        let mut f = grid(3, 3, false);
        let (lower, upper) = bounds(9, &[], &[8]);
        let out = run(&mut f, &lower, &upper).unwrap();
        assert_eq!(
            out,
            vec![
                (0, 1.0),
                (1, 0.0),
                (2, 0.0),
                (3, 0.0),
                (4, 1.0),
                (5, 0.0),
                (6, 0.0),
                (7, 0.0)
            ]
        );
    }

    #[test]
    fn unsortable_bounds_are_infeasible() {
        // Partitioning: row 0 cannot leave column 0.
        let mut f = grid(2, 3, true);
        let (lower, upper) = bounds(6, &[0], &[]);
        assert_eq!(run(&mut f, &lower, &upper), Err(Infeasible { orbitope: 0 }));
        // Packing: column 2 at row 2 needs column 1 opened at row 1.
        let mut f = grid(3, 3, false);
        let (lower, upper) = bounds(9, &[4], &[8]);
        assert!(run(&mut f, &lower, &upper).is_err());
        // Two ones in a packing row.
        let (lower, upper) = bounds(9, &[], &[3, 4]);
        assert!(run(&mut f, &lower, &upper).is_err());
    }

    #[test]
    fn a_second_call_with_the_fixings_applied_finds_nothing() {
        let mut f = grid(5, 4, false);
        let (mut lower, mut upper) = bounds(20, &[4, 9], &[14]);
        let out = run(&mut f, &lower, &upper).unwrap();
        assert!(!out.is_empty());
        for (v, x) in out {
            lower[v] = x;
            upper[v] = x;
        }
        assert_eq!(run(&mut f, &lower, &upper).unwrap(), vec![]);
    }

    proptest! {
        #[test]
        fn fixings_equal_brute_force_over_sorted_matrices(
            p in 1usize..6,
            k in 2usize..4,
            kinds in proptest::collection::vec(any::<bool>(), 5),
            states in proptest::collection::vec(0u8..6, 15),
        ) {
            let partitioning = &kinds[..p];
            let rows: Vec<Vec<usize>> =
                (0..p).map(|i| (0..k).map(|c| i * k + c).collect()).collect();
            let mut f = OrbitopalFixing::from_rows(&rows, partitioning);
            // Mostly free, some fixed to 0, a few to 1.
            let n = p * k;
            let mut lower = vec![0.0; n];
            let mut upper = vec![1.0; n];
            for v in 0..n {
                match states[v] {
                    4 => upper[v] = 0.0,
                    5 => lower[v] = 1.0,
                    _ => {}
                }
            }
            let expected = brute_force(p, k, partitioning, &lower, &upper);
            let mut got = Vec::new();
            let result = f.propagate(&lower, &upper, &mut got);
            got.sort_by_key(|a| a.0);
            match expected {
                None => prop_assert!(result.is_err()),
                Some(e) => {
                    prop_assert!(result.is_ok());
                    prop_assert_eq!(got, e);
                }
            }
        }
    }
}
