//! Dual fixing: a column dominated by its own bound.
//!
//! Lowering `x_j` can violate only the rows where it has a *down-lock* (a
//! positive coefficient and a finite lower side, or a negative one and a
//! finite upper side). A column with no down-lock and a cost that does not
//! reward raising it (`sign·c_j >= 0`) can be moved to its lower bound in
//! any feasible point without losing feasibility or objective: it is fixed
//! there. Symmetrically for up-locks and the upper bound. An empty column
//! is the case with no locks at all.
//!
//! This is the special case of dominated columns (Achterberg et al. 2020,
//! §5.2) where a column is compared with its own bound. Dominance between
//! two columns is not done: two identical columns are a symmetry, and the
//! search handles it by orbital and orbitopal fixing, which keeps the
//! choice of which one of them takes which value for the search rather than
//! fixing it here. Neither is parallel-column merging done, for the same
//! reason.
//!
//! A column whose preferred bound is infinite is left alone (the problem is
//! unbounded or infeasible there, which the search decides).

use super::workspace::Workspace;

/// Fixes every column dominated by a bound; returns how many.
pub(super) fn dual_fix(ws: &mut Workspace) -> usize {
    let mut fixed = 0;
    for j in ws.alive_cols() {
        if ws.stopped() {
            break;
        }
        let jj = j as usize;
        let (down, up) = locks(ws, j);
        let c = ws.sign * ws.cost[jj];
        let (lo, hi) = (ws.lower[jj], ws.upper[jj]);
        let value = if down == 0 && up == 0 && c == 0.0 {
            // Free to take any value: the one nearest zero.
            Some(0.0f64.clamp(lo, hi))
        } else if down == 0 && c >= 0.0 {
            lo.is_finite().then_some(lo)
        } else if up == 0 && c <= 0.0 {
            hi.is_finite().then_some(hi)
        } else {
            None
        };
        if let Some(v) = value.filter(|v| v.is_finite()) {
            ws.fix_column(j, v);
            fixed += 1;
        }
    }
    ws.stats.dual_fixed += fixed;
    fixed
}

/// The down- and up-locks of column `j`.
fn locks(ws: &Workspace, j: u32) -> (usize, usize) {
    let (mut down, mut up) = (0, 0);
    for &(r, a) in &ws.cols[j as usize] {
        let r = r as usize;
        let (lo, hi) = (ws.row_lower[r].is_finite(), ws.row_upper[r].is_finite());
        if a > 0.0 {
            down += usize::from(lo);
            up += usize::from(hi);
        } else if a < 0.0 {
            down += usize::from(hi);
            up += usize::from(lo);
        }
    }
    (down, up)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn a_column_only_helping_its_rows_goes_to_its_cheap_bound() {
        // min x + y − z, x + y >= 1, x − z <= 3 (integers in [0, 5]).
        // Raising z only relaxes `link` (no up-lock) and lowers the cost:
        // z = 5. x and y both have a down-lock on `cover` and a positive
        // cost; x also an up-lock on `link`: they stay.
        let (mut b, x) = builder(&[
            (VarKind::Integer, 0.0, 5.0, 1.0),
            (VarKind::Integer, 0.0, 5.0, 1.0),
            (VarKind::Integer, 0.0, 5.0, -1.0),
        ]);
        b.add_row("cover", 1.0, f64::INFINITY, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        b.add_row("link", f64::NEG_INFINITY, 3.0, &[(x[0], 1.0), (x[2], -1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(dual_fix(&mut ws), 1);
        assert!(!ws.col_alive[2]);
        assert_eq!(ws.upper[2], 5.0);
        assert!(ws.col_alive[0] && ws.col_alive[1]);
        assert_same_optimum(&p);
    }

    #[test]
    fn an_unbounded_direction_is_left_to_the_search() {
        let (b, _) = builder(&[(VarKind::Continuous, f64::NEG_INFINITY, 5.0, 1.0)]);
        let mut ws = Workspace::new(&b.build().unwrap(), Budget::unlimited());
        assert_eq!(dual_fix(&mut ws), 0);
    }
}
