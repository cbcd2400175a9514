//! Parallel rows (Achterberg et al. 2020, §5.1): when row `s = λ·row r`
//! over the same columns, `s`'s sides divided by `λ` (swapped for `λ < 0`)
//! are intersected into `r`'s and `s` is removed: the same points.
//!
//! Two one-sided rows that would become a ranged one are kept apart: the
//! knapsack lifting and the coefficient tightening work on one side only.
//!
//! Rows are bucketed by their columns and their coefficients scaled by the
//! first one (rounded to twelve digits); a candidate pair is then checked
//! entry by entry.

use std::collections::HashMap;

use super::workspace::{FEAS_TOL, Workspace};

/// Relative difference under which two scaled coefficients are equal.
const PARALLEL_TOL: f64 = 1e-12;

/// Merges every row parallel to an earlier one; returns the rows removed.
pub(super) fn merge_parallel_rows(ws: &mut Workspace) -> usize {
    let mut first_of: HashMap<Vec<(u32, i64)>, usize> = HashMap::new();
    let mut removed = 0;
    for r in ws.alive_rows() {
        if ws.stopped() {
            break;
        }
        if ws.rows[r].len() < 2 {
            continue;
        }
        let mut entries = ws.rows[r].clone();
        entries.sort_unstable_by_key(|&(j, _)| j);
        let Some(key) = bucket_key(&entries) else {
            continue;
        };
        match first_of.get(&key) {
            Some(&keep) if ws.row_alive[keep] => {
                if let Some(lambda) = ratio(ws, keep, &entries)
                    && merge(ws, keep, r, lambda)
                {
                    removed += 1;
                }
            }
            _ => {
                first_of.insert(key, r);
            }
        }
    }
    ws.stats.parallel_rows += removed;
    removed
}

/// The columns and the coefficients divided by the first, to twelve
/// digits (`None` for coefficients too far apart to bucket).
fn bucket_key(entries: &[(u32, f64)]) -> Option<Vec<(u32, i64)>> {
    let a0 = entries[0].1;
    entries
        .iter()
        .map(|&(j, a)| {
            let v = a / a0;
            (v.abs() < 1e6).then(|| (j, (v * 1e12).round() as i64))
        })
        .collect()
}

/// `λ` with `entries = λ·row keep`, if the rows are parallel.
fn ratio(ws: &Workspace, keep: usize, entries: &[(u32, f64)]) -> Option<f64> {
    if ws.rows[keep].len() != entries.len() {
        return None;
    }
    let mut base = ws.rows[keep].clone();
    base.sort_unstable_by_key(|&(j, _)| j);
    let lambda = entries[0].1 / base[0].1;
    entries
        .iter()
        .zip(&base)
        .all(|(&(j, a), &(k, b))| j == k && (a - lambda * b).abs() <= PARALLEL_TOL * a.abs())
        .then_some(lambda)
}

/// Intersects the sides of `drop = λ·keep` into `keep` and removes `drop`;
/// false (nothing done) when that would turn two one-sided rows into a
/// ranged one, which the knapsack lifting and coefficient tightening (one
/// side only) would then leave alone.
fn merge(ws: &mut Workspace, keep: usize, drop: usize, lambda: f64) -> bool {
    let (lo, up) = (ws.row_lower[drop] / lambda, ws.row_upper[drop] / lambda);
    let (lo, up) = if lambda > 0.0 { (lo, up) } else { (up, lo) };
    let new_lo = ws.row_lower[keep].max(lo);
    let new_up = ws.row_upper[keep].min(up);
    let was_ranged = ws.row_lower[keep].is_finite() && ws.row_upper[keep].is_finite();
    if new_lo.is_finite() && new_up.is_finite() && new_lo < new_up && !was_ranged {
        return false;
    }
    if new_lo > new_up {
        if new_lo - new_up > FEAS_TOL * new_lo.abs().max(1.0) {
            ws.infeasible = true;
            return true;
        }
        ws.row_lower[keep] = new_lo;
        ws.row_upper[keep] = new_lo;
    } else {
        ws.row_lower[keep] = new_lo;
        ws.row_upper[keep] = new_up;
    }
    ws.remove_row(drop);
    true
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn a_scaled_copy_merges_its_sides_into_the_first_row() {
        // x + 2y <= 8 and −2x − 4y >= −12 (x + 2y <= 6): one row <= 6.
        // A third row x + 2y >= 2 would make it ranged: kept apart.
        let (mut b, v) = builder(&[
            (VarKind::Integer, 0.0, 9.0, 1.0),
            (VarKind::Integer, 0.0, 9.0, -1.0),
        ]);
        b.add_row("a", f64::NEG_INFINITY, 8.0, &[(v[0], 1.0), (v[1], 2.0)])
            .unwrap();
        b.add_row("b", -12.0, f64::INFINITY, &[(v[0], -2.0), (v[1], -4.0)])
            .unwrap();
        b.add_row("low", 2.0, f64::INFINITY, &[(v[0], 1.0), (v[1], 2.0)])
            .unwrap();
        b.add_row("c", f64::NEG_INFINITY, 5.0, &[(v[0], 1.0), (v[1], 3.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(merge_parallel_rows(&mut ws), 1);
        assert_eq!((ws.row_lower[0], ws.row_upper[0]), (f64::NEG_INFINITY, 6.0));
        assert!(!ws.row_alive[1] && ws.row_alive[2] && ws.row_alive[3]);
        assert_same_optimum(&p);
    }

    #[test]
    fn parallel_rows_with_disjoint_sides_are_infeasible() {
        let (mut b, v) = builder(&[
            (VarKind::Integer, 0.0, 9.0, 1.0),
            (VarKind::Integer, 0.0, 9.0, 1.0),
        ]);
        b.add_row("a", f64::NEG_INFINITY, 3.0, &[(v[0], 1.0), (v[1], 1.0)])
            .unwrap();
        b.add_row("b", 8.0, f64::INFINITY, &[(v[0], 2.0), (v[1], 2.0)])
            .unwrap();
        let mut ws = Workspace::new(&b.build().unwrap(), Budget::unlimited());
        merge_parallel_rows(&mut ws);
        assert!(ws.infeasible);
    }
}
