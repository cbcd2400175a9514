//! The plain reductions: empty rows, singleton rows turned into bounds,
//! fixed columns removed.
//!
//! - An empty row `lo <= 0 <= up` is dropped (infeasible when `0` lies
//!   outside its sides).
//! - A singleton row `lo <= a·x_j <= up` becomes the bounds
//!   `lo/a <= x_j <= up/a` (swapped for `a < 0`, rounded inward for an
//!   integer column) and is dropped: the same points.
//! - A column with equal bounds is removed; its value moves into the sides
//!   of its rows and the objective offset, and postsolve restores it.

use super::workspace::Workspace;

/// Drops empty rows and turns singleton rows into bounds; returns the rows
/// removed.
pub(super) fn empty_and_singleton_rows(ws: &mut Workspace) -> usize {
    let mut removed = 0;
    for r in ws.alive_rows() {
        if ws.stopped() {
            break;
        }
        match ws.rows[r].len() {
            0 => {
                if Workspace::violates(0.0, ws.row_lower[r], ws.row_upper[r]) {
                    ws.infeasible = true;
                    break;
                }
                ws.remove_row(r);
                ws.stats.empty_rows += 1;
                removed += 1;
            }
            1 => {
                let (j, a) = ws.rows[r][0];
                let (lo, up) = (ws.row_lower[r] / a, ws.row_upper[r] / a);
                let (lo, up) = if a > 0.0 { (lo, up) } else { (up, lo) };
                ws.tighten_bounds(j, lo, up);
                ws.remove_row(r);
                ws.stats.singleton_rows += 1;
                removed += 1;
            }
            _ => {}
        }
    }
    removed
}

/// Removes every column whose bounds are equal; returns how many.
pub(super) fn fixed_columns(ws: &mut Workspace) -> usize {
    let mut removed = 0;
    for j in ws.alive_cols() {
        if ws.stopped() {
            break;
        }
        let jj = j as usize;
        if ws.lower[jj] == ws.upper[jj] {
            ws.fix_column(j, ws.lower[jj]);
            ws.stats.fixed_columns += 1;
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn singleton_rows_become_rounded_bounds_and_disappear() {
        let (mut b, x) = builder(&[(VarKind::Integer, 0.0, 10.0, 1.0)]);
        // −3x <= −7.5  ⇒  x >= 2.5  ⇒  x >= 3 (integer).
        b.add_row("s", f64::NEG_INFINITY, -7.5, &[(x[0], -3.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(empty_and_singleton_rows(&mut ws), 1);
        assert_eq!((ws.lower[0], ws.upper[0]), (3.0, 10.0));
        assert!(!ws.row_alive[0]);
        assert_same_optimum(&p);
    }

    #[test]
    fn an_empty_row_outside_its_sides_is_infeasible() {
        let (mut b, _) = builder(&[(VarKind::Integer, 0.0, 10.0, 1.0)]);
        b.add_row("e", 1.0, 2.0, &[]).unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        empty_and_singleton_rows(&mut ws);
        assert!(ws.infeasible);
    }

    #[test]
    fn fixed_columns_move_into_the_sides_and_the_offset() {
        let (mut b, x) = builder(&[
            (VarKind::Integer, 2.0, 2.0, 5.0),
            (VarKind::Integer, 0.0, 9.0, 1.0),
        ]);
        b.add_row("r", 7.0, f64::INFINITY, &[(x[0], 2.0), (x[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(fixed_columns(&mut ws), 1);
        assert_eq!(ws.row_lower[0], 3.0);
        assert_eq!(ws.offset, 10.0);
        assert_eq!(ws.postsolve.len(), 1);
        assert_same_optimum(&p);
    }
}
