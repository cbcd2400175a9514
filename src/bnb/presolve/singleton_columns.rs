//! Implied-free continuous column singletons (Achterberg et al. 2020, §4.2).
//!
//! A continuous column `x_j` met by one row only, an equality
//! `a_j x_j + Σ a_k x_k = b`, whose bounds the row already implies (with
//! the other columns anywhere within their bounds, `x_j = (b − Σ a_k x_k)/a_j`
//! stays within `[l_j, u_j]`), is free in effect: the row only defines it.
//! Both are removed; its cost moves onto the others
//! (`c_k ← c_k − c_j a_k / a_j`, offset `+ c_j b / a_j`), so every reduced
//! point keeps its objective, and postsolve computes `x_j` from the row.

use super::postsolve::Step;
use super::workspace::Workspace;

/// Room by which the implied bounds may exceed the column's own (the
/// verifier's tolerance is a thousand times larger).
const IMPLIED_TOL: f64 = 1e-9;

/// Removes every implied-free continuous singleton column of an equality
/// row with its row; returns how many.
pub(super) fn implied_free_singletons(ws: &mut Workspace) -> usize {
    let mut removed = 0;
    for j in ws.alive_cols() {
        if ws.stopped() {
            break;
        }
        let jj = j as usize;
        if ws.kind[jj].is_integral() || ws.cols[jj].len() != 1 || !ws.col_alive[jj] {
            continue;
        }
        let (r, a) = ws.cols[jj][0];
        let r = r as usize;
        if ws.row_lower[r] != ws.row_upper[r] || !ws.row_lower[r].is_finite() {
            continue;
        }
        if a.abs() < 1e-7 || !implied_free(ws, r, j, a) {
            continue;
        }
        substitute_out(ws, r, j, a);
        removed += 1;
    }
    ws.stats.singleton_columns += removed;
    removed
}

/// Whether the equality `r` keeps `x_j` within its bounds for every value
/// of the other columns within theirs.
fn implied_free(ws: &Workspace, r: usize, j: u32, a: f64) -> bool {
    let jj = j as usize;
    let (l, u) = (ws.lower[jj], ws.upper[jj]);
    let act = ws.activity(r);
    let min_rest = act.min_without(a, l, u);
    let max_rest = act.max_without(a, l, u);
    let b = ws.row_lower[r];
    // a·x_j = b − rest, rest in [min_rest, max_rest].
    let (lo, hi) = if a > 0.0 {
        ((b - max_rest) / a, (b - min_rest) / a)
    } else {
        ((b - min_rest) / a, (b - max_rest) / a)
    };
    let tol = |v: f64| IMPLIED_TOL * v.abs().max(1.0);
    let lower_ok = l == f64::NEG_INFINITY || (lo.is_finite() && lo >= l - tol(l));
    let upper_ok = u == f64::INFINITY || (hi.is_finite() && hi <= u + tol(u));
    lower_ok && upper_ok
}

/// Removes row `r` and column `j` (coefficient `a` in it), the column's
/// cost moved onto the row's other columns.
fn substitute_out(ws: &mut Workspace, r: usize, j: u32, a: f64) {
    let b = ws.row_lower[r];
    let c = ws.cost[j as usize];
    let others: Vec<(u32, f64)> = ws.rows[r]
        .iter()
        .copied()
        .filter(|&(k, _)| k != j)
        .collect();
    if c != 0.0 {
        for &(k, ak) in &others {
            ws.cost[k as usize] -= c * ak / a;
        }
        ws.offset += c * b / a;
        ws.cost[j as usize] = 0.0;
    }
    ws.remove_row(r);
    ws.eliminate_column(
        j,
        Step::Substituted {
            col: j,
            coef: a,
            rhs: b,
            others,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn a_slack_with_room_is_substituted_out_with_its_cost() {
        // s = 10 − 2x − 3y with x, y in [0, 2] integer: s in [0, 10]
        // already; bounds [−1, 20] are implied. Cost of s moves onto x, y.
        let (mut b, x) = builder(&[
            (VarKind::Integer, 0.0, 2.0, 1.0),
            (VarKind::Integer, 0.0, 2.0, -1.0),
            (VarKind::Continuous, -1.0, 20.0, 0.5),
        ]);
        b.add_row("def", 10.0, 10.0, &[(x[0], 2.0), (x[1], 3.0), (x[2], 1.0)])
            .unwrap();
        b.add_row("other", 1.0, f64::INFINITY, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(implied_free_singletons(&mut ws), 1);
        assert!(!ws.col_alive[2] && !ws.row_alive[0]);
        assert_eq!((ws.cost[0], ws.cost[1], ws.offset), (0.0, -2.5, 5.0));
        assert_same_optimum(&p);
    }

    #[test]
    fn a_singleton_whose_bound_can_bind_stays() {
        // s = 10 − 2x − 3y, x, y in [0, 2]: s can be 0, so s >= 1 binds.
        let (mut b, x) = builder(&[
            (VarKind::Integer, 0.0, 2.0, 1.0),
            (VarKind::Integer, 0.0, 2.0, -1.0),
            (VarKind::Continuous, 1.0, 20.0, 0.5),
        ]);
        b.add_row("def", 10.0, 10.0, &[(x[0], 2.0), (x[1], 3.0), (x[2], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(implied_free_singletons(&mut ws), 0);
        assert_same_optimum(&p);
    }
}
