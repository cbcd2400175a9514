//! Orbitopes: matrices of variables whose columns are permuted by a full
//! symmetric group (bins in bin packing, colors in coloring, machines in
//! scheduling).
//!
//! Detection works on the generators whose variable part is a *column
//! transposition*: an involution swapping two disjoint, equally long lists
//! of variables entry by entry and moving nothing else. Starting from one
//! such generator (two columns, rows aligned by the swap), every other
//! column transposition that swaps a known column with a known or a fresh
//! one is absorbed, until nothing changes. Transpositions whose graph on the
//! columns is connected generate the full symmetric group on the columns,
//! so each detected orbitope carries S_k. Orbitopes that share variables
//! are resolved greedily, largest first, so the reported ones are disjoint
//! and their column permutations act independently.

use std::collections::HashMap;

use serde::Serialize;

use super::generators::Generator;
use crate::model::VarId;

/// A matrix of variables (rows × columns) whose columns are permuted by
/// the full symmetric group of the instance's symmetry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Orbitope {
    /// `columns[c][r]`: the variable in row r of column c. Columns are
    /// ordered by their smallest variable id, rows by the first column.
    pub columns: Vec<Vec<VarId>>,
    /// For each row, the variable orbit it lies in (an index into
    /// [`Symmetry::var_orbits`](super::Symmetry::var_orbits)).
    pub row_orbits: Vec<usize>,
}

impl Orbitope {
    /// Number of rows.
    pub fn num_rows(&self) -> usize {
        self.columns.first().map_or(0, Vec::len)
    }

    /// Number of columns.
    pub fn num_cols(&self) -> usize {
        self.columns.len()
    }

    /// The variable at row `r`, column `c`.
    pub fn at(&self, r: usize, c: usize) -> VarId {
        self.columns[c][r]
    }
}

/// The column pairs swapped by `g` if it is an involution on variables:
/// `(a_i, g(a_i))` with `a_i < g(a_i)`, sorted by `a_i`.
fn involution_pairs(g: &Generator) -> Option<Vec<(VarId, VarId)>> {
    let mut pairs = Vec::with_capacity(g.vars.len() / 2);
    for &(v, w) in &g.vars {
        if g.var_image(w) != v {
            return None;
        }
        if v < w {
            pairs.push((v, w));
        }
    }
    (!pairs.is_empty()).then_some(pairs)
}

/// Detects disjoint orbitopes from `generators`; `var_orbit[v]` is the
/// orbit index of each variable.
pub fn detect_orbitopes(
    num_vars: usize,
    generators: &[Generator],
    var_orbit: &[usize],
) -> Vec<Orbitope> {
    let candidates: Vec<Vec<(VarId, VarId)>> =
        generators.iter().filter_map(involution_pairs).collect();
    let mut used = vec![false; candidates.len()];
    let mut found: Vec<Orbitope> = Vec::new();
    for seed in 0..candidates.len() {
        if used[seed] {
            continue;
        }
        used[seed] = true;
        let a: Vec<VarId> = candidates[seed].iter().map(|p| p.0).collect();
        let b: Vec<VarId> = candidates[seed].iter().map(|p| p.1).collect();
        // The two lists must be disjoint to be columns.
        let mut place: HashMap<VarId, (usize, usize)> = HashMap::new();
        let mut columns = vec![a, b];
        let mut disjoint = true;
        for (c, col) in columns.iter().enumerate() {
            for (r, &v) in col.iter().enumerate() {
                disjoint &= place.insert(v, (c, r)).is_none();
            }
        }
        if !disjoint {
            continue;
        }
        loop {
            let mut changed = false;
            for (gi, pairs) in candidates.iter().enumerate() {
                if used[gi] || pairs.len() != columns[0].len() {
                    continue;
                }
                // Which known column does it move?
                let Some(&(c, _)) = pairs
                    .iter()
                    .find_map(|p| place.get(&p.0).or_else(|| place.get(&p.1)))
                else {
                    continue;
                };
                let swap: HashMap<VarId, VarId> =
                    pairs.iter().flat_map(|&(x, y)| [(x, y), (y, x)]).collect();
                let image = |v: VarId| swap.get(&v).copied();
                let mapped: Option<Vec<VarId>> = columns[c].iter().map(|&v| image(v)).collect();
                let Some(mapped) = mapped else { continue };
                let d = place.get(&mapped[0]).map(|p| p.0);
                let ok = match d {
                    Some(d) => {
                        d != c
                            && mapped
                                .iter()
                                .enumerate()
                                .all(|(r, v)| place.get(v) == Some(&(d, r)))
                    }
                    None => mapped.iter().all(|v| !place.contains_key(v)),
                };
                if !ok {
                    continue;
                }
                if d.is_none() {
                    let nc = columns.len();
                    for (r, &v) in mapped.iter().enumerate() {
                        place.insert(v, (nc, r));
                    }
                    columns.push(mapped);
                }
                used[gi] = true;
                changed = true;
            }
            if !changed {
                break;
            }
        }
        columns.sort_by_key(|col| col.iter().min().copied());
        let row_orbits = columns[0].iter().map(|v| var_orbit[v.index()]).collect();
        found.push(Orbitope {
            columns,
            row_orbits,
        });
    }
    // Keep disjoint ones, largest first.
    found.sort_by_key(|o| std::cmp::Reverse(o.num_rows() * o.num_cols()));
    let mut taken = vec![false; num_vars];
    let mut kept = Vec::new();
    for o in found {
        if o.columns.iter().flatten().any(|v| taken[v.index()]) {
            continue;
        }
        for v in o.columns.iter().flatten() {
            taken[v.index()] = true;
        }
        kept.push(o);
    }
    kept
}
