//! Activity-based reductions: with `[L, U]` the range of a row's activity
//! over the column bounds,
//!
//! - `L > up` or `U < lo` (beyond the tolerance): the problem is
//!   infeasible;
//! - `L >= lo`: the lower side can never bind and is dropped, likewise the
//!   upper side; a row with neither side left is removed (redundant);
//! - every integer column gets the bounds the row implies with the other
//!   columns at their bounds (`a_j x_j <= up − L_{−j}`,
//!   `a_j x_j >= lo − U_{−j}`), rounded inward. Continuous columns keep
//!   theirs: tightening them changes no integer point and only makes the
//!   LP degenerate.
//!
//! Every feasible point satisfies the new bounds, so nothing is lost.

use super::workspace::{Activity, FEAS_TOL, Workspace};

/// Room under which a side counts as never binding (relative to the side).
const REDUNDANT_TOL: f64 = 1e-9;

/// Largest finite activity that bounds are derived from (beyond it the
/// subtraction that removes one term loses too many digits).
const MAX_ACTIVITY: f64 = 1e9;

/// One pass over the rows; returns the number of changes (sides dropped,
/// rows removed, bounds tightened).
pub(super) fn tighten_by_activity(ws: &mut Workspace) -> usize {
    let mut changes = 0;
    for r in ws.alive_rows() {
        if ws.stopped() {
            break;
        }
        let act = ws.activity(r);
        if infeasible_row(ws, r, &act) {
            ws.infeasible = true;
            break;
        }
        changes += drop_redundant_sides(ws, r, &act);
        if !ws.row_alive[r] {
            continue;
        }
        changes += tighten_row_bounds(ws, r, &act);
    }
    changes
}

fn infeasible_row(ws: &Workspace, r: usize, act: &Activity) -> bool {
    let (lo, up) = (ws.row_lower[r], ws.row_upper[r]);
    act.min_value() > up + FEAS_TOL * up.abs().max(1.0)
        || act.max_value() < lo - FEAS_TOL * lo.abs().max(1.0)
}

/// Drops the sides of row `r` that cannot bind; removes the row when none
/// is left. Returns the number of changes.
fn drop_redundant_sides(ws: &mut Workspace, r: usize, act: &Activity) -> usize {
    let mut changes = 0;
    let (lo, up) = (ws.row_lower[r], ws.row_upper[r]);
    if lo.is_finite() && act.min_value() >= lo - REDUNDANT_TOL * lo.abs().max(1.0) {
        ws.row_lower[r] = f64::NEG_INFINITY;
        changes += 1;
    }
    if up.is_finite() && act.max_value() <= up + REDUNDANT_TOL * up.abs().max(1.0) {
        ws.row_upper[r] = f64::INFINITY;
        changes += 1;
    }
    if ws.row_lower[r] == f64::NEG_INFINITY && ws.row_upper[r] == f64::INFINITY {
        ws.remove_row(r);
        ws.stats.redundant_rows += 1;
        return 1;
    }
    ws.stats.redundant_sides += changes;
    changes
}

/// Tightens the bounds of the integer columns of row `r` from the activity
/// `act` (computed before any of them moves). Returns the bounds moved.
fn tighten_row_bounds(ws: &mut Workspace, r: usize, act: &Activity) -> usize {
    let (lo, up) = (ws.row_lower[r], ws.row_upper[r]);
    let mut new_bounds: Vec<(u32, f64, f64)> = Vec::new();
    for &(j, a) in &ws.rows[r] {
        let jj = j as usize;
        if !ws.kind[jj].is_integral() || a.abs() < 1e-9 {
            continue;
        }
        let (l, u) = (ws.lower[jj], ws.upper[jj]);
        let min_rest = act.min_without(a, l, u);
        let max_rest = act.max_without(a, l, u);
        // a·x <= up − min_rest and a·x >= lo − max_rest.
        let top = if min_rest.abs() <= MAX_ACTIVITY {
            up - min_rest
        } else {
            f64::INFINITY
        };
        let bottom = if max_rest.abs() <= MAX_ACTIVITY {
            lo - max_rest
        } else {
            f64::NEG_INFINITY
        };
        let (nl, nu) = if a > 0.0 {
            (bottom / a, top / a)
        } else {
            (top / a, bottom / a)
        };
        if nl > l + 1e-6 || nu < u - 1e-6 {
            new_bounds.push((j, nl, nu));
        }
    }
    let mut moved = 0;
    for (j, nl, nu) in new_bounds {
        if ws.tighten_bounds(j, nl, nu) {
            moved += 1;
        }
        if ws.stopped() {
            break;
        }
    }
    ws.stats.tightened_bounds += moved;
    moved
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn integer_bounds_follow_from_the_other_columns() {
        // 2x + 3y <= 12, x, y in [0, 10] integer: x <= 6, y <= 4.
        let (mut b, x) = builder(&[
            (VarKind::Integer, 0.0, 10.0, -1.0),
            (VarKind::Integer, 0.0, 10.0, -1.0),
        ]);
        b.add_row("r", f64::NEG_INFINITY, 12.0, &[(x[0], 2.0), (x[1], 3.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(tighten_by_activity(&mut ws), 2);
        assert_eq!((ws.upper[0], ws.upper[1]), (6.0, 4.0));
        assert_same_optimum(&p);
    }

    #[test]
    fn a_row_that_never_binds_is_removed_and_an_impossible_one_is_infeasible() {
        let (mut b, x) = builder(&[
            (VarKind::Binary, 0.0, 1.0, 1.0),
            (VarKind::Binary, 0.0, 1.0, 1.0),
        ]);
        b.add_row("loose", f64::NEG_INFINITY, 2.0, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        tighten_by_activity(&mut ws);
        assert!(!ws.row_alive[0]);
        assert_eq!(ws.stats.redundant_rows, 1);

        let (mut b, x) = builder(&[(VarKind::Binary, 0.0, 1.0, 1.0)]);
        b.add_row("never", 3.0, f64::INFINITY, &[(x[0], 2.0)])
            .unwrap();
        let mut ws = Workspace::new(&b.build().unwrap(), Budget::unlimited());
        tighten_by_activity(&mut ws);
        assert!(ws.infeasible);
    }

    #[test]
    fn continuous_columns_keep_their_bounds() {
        let (mut b, x) = builder(&[
            (VarKind::Continuous, 0.0, 10.0, 1.0),
            (VarKind::Integer, 0.0, 10.0, 1.0),
        ]);
        b.add_row("r", f64::NEG_INFINITY, 4.0, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        tighten_by_activity(&mut ws);
        assert_eq!((ws.upper[0], ws.upper[1]), (10.0, 4.0));
    }
}
