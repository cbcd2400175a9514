//! Coefficient tightening on one-sided rows with binary columns
//! (Achterberg et al. 2020, §3.3), beside the knapsack lifting.
//!
//! Read the row as `Σ a_k x_k <= b` (a `>=` row negated) with `M` its
//! largest activity over the bounds. For a binary `x_j`:
//!
//! - `a_j > 0` and `M − a_j < b`: with `x_j = 0` the row cannot bind. With
//!   `d = b − (M − a_j)`, `a_j ← a_j − d` and `b ← b − d` keep the points
//!   with `x_j = 1` (both sides move by `d`) and those with `x_j = 0` (the
//!   rest is at most `M − a_j = b − d`); `M` drops by `d`.
//! - `a_j < 0` and `M + a_j < b`: with `x_j = 1` the row cannot bind;
//!   `a_j ← a_j + d` with `d = b − (M + a_j)` keeps every point likewise
//!   (`M` is reached at `x_j = 0` and does not move).
//!
//! Integer points are unchanged; the LP relaxation is tighter. Rows of
//! binaries with integral coefficients are left to the knapsack lifting
//! (`knapsack_lifting.rs`), which is exact.

use super::workspace::Workspace;

/// Smallest change worth making.
const MIN_CHANGE: f64 = 1e-7;

/// Tightens the binary coefficients of every one-sided row; returns the
/// coefficients changed.
pub(super) fn tighten_coefficients(ws: &mut Workspace) -> usize {
    let mut changed = 0;
    for r in ws.alive_rows() {
        if ws.stopped() {
            break;
        }
        let (lo, up) = (ws.row_lower[r], ws.row_upper[r]);
        let sign = match (lo.is_finite(), up.is_finite()) {
            (false, true) => 1.0,
            (true, false) => -1.0,
            _ => continue,
        };
        changed += tighten_row(ws, r, sign);
    }
    ws.stats.tightened_coefficients += changed;
    changed
}

/// Whether row `r` is left to the knapsack lifting (binary columns with
/// integral coefficients only), which raises coefficients exactly where this
/// would lower the side.
fn lifting_row(ws: &Workspace, r: usize) -> bool {
    ws.rows[r].iter().all(|&(j, a)| {
        let jj = j as usize;
        ws.kind[jj].is_integral() && ws.lower[jj] == 0.0 && ws.upper[jj] == 1.0 && a == a.round()
    })
}

/// Tightens row `r` read as `sign·row <= sign·side`.
fn tighten_row(ws: &mut Workspace, r: usize, sign: f64) -> usize {
    let act = ws.activity(r);
    let mut max = if sign > 0.0 {
        act.max_value()
    } else {
        -act.min_value()
    };
    let mut b = if sign > 0.0 {
        ws.row_upper[r]
    } else {
        -ws.row_lower[r]
    };
    if !max.is_finite() || max.abs() > 1e9 || max <= b || lifting_row(ws, r) {
        return 0;
    }
    let mut changes: Vec<(u32, f64)> = Vec::new();
    for &(j, a) in &ws.rows[r] {
        let jj = j as usize;
        let binary = ws.kind[jj].is_integral() && ws.lower[jj] == 0.0 && ws.upper[jj] == 1.0;
        if !binary {
            continue;
        }
        let a = sign * a;
        if a > 0.0 && max - a < b - MIN_CHANGE {
            let d = b - (max - a);
            changes.push((j, sign * (a - d)));
            b -= d;
            max -= d;
        } else if a < 0.0 && max + a < b - MIN_CHANGE {
            let d = b - (max + a);
            changes.push((j, sign * (a + d)));
        }
    }
    if changes.is_empty() {
        return 0;
    }
    for &(j, a) in &changes {
        ws.set_coef(r, j, a);
    }
    if sign > 0.0 {
        ws.row_upper[r] = b;
    } else {
        ws.row_lower[r] = -b;
    }
    changes.len()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn a_big_m_row_gets_the_smallest_valid_m() {
        // x <= 5 + 100 (1 − y)  ⇔  x + 100 y <= 105, x in [0, 8]: with
        // y = 0 the row cannot bind (8 < 105); the tight M is 3:
        // x + 3 y <= 8.
        let (mut b, x) = builder(&[
            (VarKind::Continuous, 0.0, 8.0, -1.0),
            (VarKind::Binary, 0.0, 1.0, 2.0),
        ]);
        b.add_row(
            "bigm",
            f64::NEG_INFINITY,
            105.0,
            &[(x[0], 1.0), (x[1], 100.0)],
        )
        .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(tighten_coefficients(&mut ws), 1);
        assert_eq!(ws.coef(0, 1), 3.0);
        assert_eq!(ws.row_upper[0], 8.0);
        assert_same_optimum(&p);
    }

    #[test]
    fn a_negative_coefficient_on_a_greater_equal_row_moves_toward_zero() {
        // −x + 50 y >= −5, x in [0, 8]: read as x − 50 y <= 5 (M = 8);
        // with y = 1 the row cannot bind, and x − 3 y <= 5 keeps both
        // cases: −x + 3 y >= −5.
        let (mut b, x) = builder(&[
            (VarKind::Continuous, 0.0, 8.0, -1.0),
            (VarKind::Binary, 0.0, 1.0, 2.0),
        ]);
        b.add_row("r", -5.0, f64::INFINITY, &[(x[0], -1.0), (x[1], 50.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(tighten_coefficients(&mut ws), 1);
        assert_eq!(ws.coef(0, 1), 3.0);
        assert_eq!(ws.row_lower[0], -5.0);
        assert_same_optimum(&p);
    }

    #[test]
    fn rows_of_binaries_are_left_to_the_knapsack_lifting() {
        // 3a + 9b <= 10: b alone could become 10 − 3 = 7 here, but
        // lifting raises it instead.
        let (mut b, x) = builder(&[
            (VarKind::Binary, 0.0, 1.0, -1.0),
            (VarKind::Binary, 0.0, 1.0, -1.0),
        ]);
        b.add_row("k", f64::NEG_INFINITY, 10.0, &[(x[0], 3.0), (x[1], 9.0)])
            .unwrap();
        let mut ws = Workspace::new(&b.build().unwrap(), Budget::unlimited());
        assert_eq!(tighten_coefficients(&mut ws), 0);
    }
}
