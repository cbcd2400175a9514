//! Presolve of the branch-and-cut: exact up-lifting of the coefficients of
//! binary knapsack rows.
//!
//! A one-sided row over binary columns (and fixed ones), read as the
//! knapsack `Σ w_l y_l <= c` over literals with positive integral weights
//! (see [`row_knapsacks`]), is tightened literal by literal: with `y_i = 1`
//! the other literals can fill at most
//! `f_i = max { Σ_{l≠i} w_l y_l : Σ_{l≠i} w_l y_l <= c − w_i }`
//! (a subset sum, solved exactly by a bit-set dynamic program), so
//! `w_i` can be raised to `c − f_i` without removing any 0/1 point of the
//! row: with `y_i = 0` nothing changed, with `y_i = 1` the rest fills at most
//! `f_i`. Done sequentially (each step on the row as already lifted), every
//! step keeps every integer point of the row, so the lifted problem has
//! exactly the integer points of the original one and only its LP
//! relaxation is tighter. The capacity is rounded down first (all weights
//! integral).
//!
//! On bin packing (`Σ_i w_i x_ij <= C y_j`) this raises every item that no
//! other item fits beside to the full capacity `C`, and the LP bound becomes
//! a dual-feasible-function bound instead of the volume bound: on
//! `bpp_40_chen_9301` (optimum 19) the root LP goes from 17.73 to 18.13,
//! whose ceiling proves the optimum at the root. SCIP's knapsack presolve
//! makes the same kind of coefficient changes.
//!
//! The search verifies every point against the original problem, not the
//! lifted one; symmetry is detected on the original problem too (lifting
//! keeps the integer points, hence the solution symmetry the search uses).

use crate::bnb::cuts::knapsack::{Knapsack, row_knapsacks};
use crate::model::{ConsId, Problem, VarId};

/// Largest capacity the subset-sum program handles.
const MAX_CAPACITY: f64 = 1.0e6;

/// Bit-set words the subset-sum programs may touch in all (about a tenth of
/// a second).
const WORK_BUDGET: u64 = 200_000_000;

/// A tighter copy of a problem with the same columns, rows and integer
/// points.
pub(crate) struct Lifted {
    pub(crate) problem: Problem,
    /// Coefficients raised.
    pub(crate) coefficients: usize,
    /// Rows with at least one coefficient raised.
    pub(crate) rows: usize,
}

/// Lifts the coefficients of every binary knapsack row of `p` (see the
/// module docs); `None` when nothing changes.
pub(crate) fn lift_knapsack_rows(p: &Problem) -> Option<Lifted> {
    let (lower, upper) = (p.var_lowers(), p.var_uppers());
    let mut tight: Option<Problem> = None;
    let mut budget = WORK_BUDGET;
    let (mut coefficients, mut rows) = (0, 0);
    for r in p.rows() {
        let upper_side = p.row_upper(r).is_finite();
        if upper_side == p.row_lower(r).is_finite() {
            continue; // free, equality or ranged: one side only
        }
        let Some(knapsack) = pure_knapsack(p, lower, upper, r) else {
            continue;
        };
        let Some(lifted) = lift(&knapsack, &mut budget) else {
            continue;
        };
        // The row in `<=` form is `sign·row`; a literal's weight change `d`
        // adds `d` to `sign·a_j` (plain) or `−d` to `sign·a_j` and `−d` to
        // the `<=` side (complemented); the rounded capacity lowers the side.
        let sign = if upper_side { 1.0 } else { -1.0 };
        let mut side = sign
            * if upper_side {
                p.row_upper(r)
            } else {
                p.row_lower(r)
            };
        side -= knapsack.capacity - lifted.capacity;
        let mut entries: Vec<(VarId, f64)> = Vec::new();
        for (&(lit, w), &w2) in knapsack.items.iter().zip(&lifted.weights) {
            let d = w2 - w;
            if d == 0.0 {
                continue;
            }
            let v = lit.var();
            let old = p.row(r).find(|&(u, _)| u == v).map_or(0.0, |(_, a)| a);
            let new = if lit.is_complemented() {
                side -= d;
                old - sign * d
            } else {
                old + sign * d
            };
            entries.push((v, new));
        }
        let (lo, up) = if upper_side {
            (f64::NEG_INFINITY, side)
        } else {
            (-side, f64::INFINITY)
        };
        coefficients += entries.len();
        rows += 1;
        tight
            .get_or_insert_with(|| p.clone())
            .tighten_row(r, &entries, lo, up);
    }
    let problem = tight?;
    Some(Lifted {
        problem,
        coefficients,
        rows,
    })
}

/// The knapsack of row `r` when every column on it is binary or fixed, the
/// weights and the capacity are integral within `1e-9` and the row is not
/// redundant.
fn pure_knapsack(p: &Problem, lower: &[f64], upper: &[f64], r: ConsId) -> Option<Knapsack> {
    let binary_or_fixed = p.row(r).all(|(v, _)| {
        let j = v.index();
        p.var_kind(v).is_integral()
            && !p.is_semi(v)
            && (lower[j] == upper[j] || (lower[j] == 0.0 && upper[j] == 1.0))
    });
    if !binary_or_fixed {
        return None;
    }
    let mut ks = row_knapsacks(p, lower, upper, r);
    if ks.len() != 1 {
        return None;
    }
    let k = ks.pop()?;
    let integral = |x: f64| (x - x.round()).abs() <= 1e-9;
    let total: f64 = k.items.iter().map(|&(_, w)| w).sum();
    (k.items.len() >= 2
        && k.items.iter().all(|&(_, w)| integral(w))
        && k.capacity >= 0.0
        && k.capacity <= MAX_CAPACITY
        && total > k.capacity.floor())
    .then_some(k)
}

/// The lifted weights (in item order) and the rounded capacity of a
/// knapsack; `None` when neither changes or the budget is spent.
struct LiftedKnapsack {
    weights: Vec<f64>,
    capacity: f64,
}

fn lift(k: &Knapsack, budget: &mut u64) -> Option<LiftedKnapsack> {
    let capacity = (k.capacity + 1e-9).floor();
    let cap = capacity as usize;
    let mut weights: Vec<usize> = k.items.iter().map(|&(_, w)| w.round() as usize).collect();
    let n = weights.len();
    let words = cap / 64 + 1;
    let cost = (n as u64) * (n as u64) * (words as u64);
    if cost > *budget {
        return None;
    }
    *budget -= cost;
    let mut changed = capacity != k.capacity;
    for i in 0..n {
        let w = weights[i];
        if w >= cap {
            continue; // already the whole capacity (or infeasible alone)
        }
        let room = cap - w;
        let fill = max_subset_sum(
            weights
                .iter()
                .enumerate()
                .filter(|&(l, _)| l != i)
                .map(|(_, &x)| x),
            room,
        );
        let raised = cap - fill;
        if raised > w {
            weights[i] = raised;
            changed = true;
        }
    }
    changed.then(|| LiftedKnapsack {
        weights: weights.iter().map(|&w| w as f64).collect(),
        capacity,
    })
}

/// The largest sum of a subset of `items` that is at most `room`.
fn max_subset_sum(items: impl Iterator<Item = usize>, room: usize) -> usize {
    let words = room / 64 + 1;
    let mut reach = vec![0u64; words];
    reach[0] = 1;
    let top = (room / 64, room % 64);
    for w in items.filter(|&w| w > 0 && w <= room) {
        shift_or(&mut reach, w);
        if reach[top.0] >> top.1 & 1 == 1 {
            return room;
        }
    }
    // Bits above `room` (in the last word) only ever move further up.
    if top.1 != 63 {
        reach[top.0] &= (1u64 << (top.1 + 1)) - 1;
    }
    reach
        .iter()
        .enumerate()
        .rev()
        .find(|&(_, &word)| word != 0)
        .map_or(0, |(k, &word)| 64 * k + 63 - word.leading_zeros() as usize)
}

/// `reach |= reach << shift` over a bit set of `reach.len()` words.
fn shift_or(reach: &mut [u64], shift: usize) {
    let (word_shift, bit_shift) = (shift / 64, shift % 64);
    for k in (word_shift..reach.len()).rev() {
        let src = k - word_shift;
        let mut v = reach[src] << bit_shift;
        if bit_shift != 0 && src > 0 {
            v |= reach[src - 1] >> (64 - bit_shift);
        }
        reach[k] |= v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bnb::cuts::test_support::feasible_integer_points;
    use crate::model::{ProblemBuilder, VarId, VarKind};
    use proptest::prelude::*;

    fn subset_sums_brute(items: &[usize], room: usize) -> usize {
        let mut best = 0;
        for mask in 0u32..(1 << items.len()) {
            let s: usize = (0..items.len())
                .filter(|&i| mask >> i & 1 == 1)
                .map(|i| items[i])
                .sum();
            if s <= room {
                best = best.max(s);
            }
        }
        best
    }

    proptest! {
        #[test]
        fn subset_sum_matches_enumeration(
            items in proptest::collection::vec(1usize..150, 0..10),
            room in 0usize..300,
        ) {
            prop_assert_eq!(
                max_subset_sum(items.iter().copied(), room),
                subset_sums_brute(&items, room)
            );
        }

        /// Lifting keeps exactly the integer points of every row and never
        /// loosens the LP: each coefficient moves away from zero.
        #[test]
        fn lifting_keeps_the_integer_points(
            coefs in proptest::collection::vec(-40i32..60, 3..9),
            rhs in -20i32..80,
            upper_side in any::<bool>(),
            fixed in proptest::option::of(0usize..9),
        ) {
            let mut b = ProblemBuilder::new("k");
            let vars: Vec<VarId> = (0..coefs.len())
                .map(|j| {
                    let up = if fixed == Some(j) { 0.0 } else { 1.0 };
                    b.add_var(format!("x{j}"), VarKind::Binary, 0.0, up, 1.0).unwrap()
                })
                .collect();
            let entries: Vec<(VarId, f64)> = vars
                .iter()
                .zip(&coefs)
                .map(|(&v, &a)| (v, f64::from(a)))
                .collect();
            let (lo, up) = if upper_side {
                (f64::NEG_INFINITY, f64::from(rhs))
            } else {
                (f64::from(rhs) - 40.0, f64::INFINITY)
            };
            b.add_row("r", lo, up, &entries).unwrap();
            let p = b.build().unwrap();
            let Some(lifted) = lift_knapsack_rows(&p) else {
                return Ok(());
            };
            let q = &lifted.problem;
            prop_assert_eq!(feasible_integer_points(&p), feasible_integer_points(q));
            let r = ConsId(0);
            for (v, a) in p.row(r) {
                let a2 = q.row(r).find(|&(u, _)| u == v).map_or(0.0, |(_, c)| c);
                prop_assert!(a2 * a >= 0.0 && a2.abs() >= a.abs() - 1e-12);
            }
        }
    }

    #[test]
    fn bin_packing_items_with_no_partner_take_the_whole_capacity() {
        // 94 x0 + 87 x1 + 11 x2 + 13 x3 <= 100 y.
        let mut b = ProblemBuilder::new("bpp");
        let w = [94.0, 87.0, 11.0, 13.0];
        let x: Vec<VarId> = (0..4)
            .map(|i| {
                b.add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, 0.0)
                    .unwrap()
            })
            .collect();
        let y = b.add_var("y", VarKind::Binary, 0.0, 1.0, 1.0).unwrap();
        let mut row: Vec<(VarId, f64)> = x.iter().zip(w).map(|(&v, a)| (v, a)).collect();
        row.push((y, -100.0));
        b.add_row("cap", f64::NEG_INFINITY, 0.0, &row).unwrap();
        let p = b.build().unwrap();
        let lifted = lift_knapsack_rows(&p).expect("94 has no partner");
        let q = &lifted.problem;
        let coef = |v: VarId| q.row(ConsId(0)).find(|&(u, _)| u == v).unwrap().1;
        // 94: nothing fits in 6 → 100. 87: 13 fits → stays. 11 beside 87: at
        // most 87 + ... the rest fills 87 (≤ 89) → 100 − 87 = 13 > 11.
        assert_eq!(coef(x[0]), 100.0);
        assert_eq!(coef(x[1]), 87.0);
        assert_eq!(coef(x[2]), 13.0);
        assert_eq!(coef(y), -100.0);
        assert_eq!(q.row_upper(ConsId(0)), 0.0);
        assert_eq!(lifted.rows, 1);
    }

    #[test]
    fn rows_with_continuous_columns_or_both_sides_are_left_alone() {
        let mut b = ProblemBuilder::new("k");
        let x = b.add_var("x", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let z = b.add_var("z", VarKind::Binary, 0.0, 1.0, 0.0).unwrap();
        let c = b.add_var("c", VarKind::Continuous, 0.0, 1.0, 0.0).unwrap();
        b.add_row(
            "mixed",
            f64::NEG_INFINITY,
            10.0,
            &[(x, 9.0), (z, 3.0), (c, 1.0)],
        )
        .unwrap();
        b.add_row("ranged", 1.0, 10.0, &[(x, 9.0), (z, 3.0)])
            .unwrap();
        let p = b.build().unwrap();
        assert!(lift_knapsack_rows(&p).is_none());
    }
}
