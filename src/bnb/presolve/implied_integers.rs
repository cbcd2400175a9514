//! Implied integers (Achterberg et al. 2020, §6.2): a continuous column
//! `x_j` on an equality `a_j x_j + Σ a_k x_k = b` whose other columns are
//! all integer, with every `a_k / a_j` and `b / a_j` integral, is integral
//! at every feasible point (`x_j = b/a_j − Σ (a_k/a_j) x_k`). It becomes an
//! integer column with its bounds rounded inward: the same points, and the
//! search and the cuts may use its integrality.

use super::workspace::Workspace;

/// Marks every implied-integer continuous column integer; returns how many.
pub(super) fn detect_implied_integers(ws: &mut Workspace) -> usize {
    let mut found = 0;
    for j in ws.alive_cols() {
        let jj = j as usize;
        if ws.kind[jj].is_integral() {
            continue;
        }
        let implied = ws.cols[jj]
            .iter()
            .any(|&(r, a)| integral_equation(ws, r as usize, j, a));
        if implied {
            ws.kind[jj] = crate::model::VarKind::Integer;
            ws.tighten_bounds(j, ws.lower[jj], ws.upper[jj]);
            found += 1;
        }
        if ws.stopped() {
            break;
        }
    }
    ws.stats.implied_integers += found;
    found
}

/// Whether row `r` is an equality that makes `x_j` (coefficient `a`)
/// integral.
fn integral_equation(ws: &Workspace, r: usize, j: u32, a: f64) -> bool {
    let integral = |v: f64| (v - v.round()).abs() <= 1e-9 * v.abs().max(1.0);
    let b = ws.row_lower[r];
    b == ws.row_upper[r]
        && b.is_finite()
        && integral(b / a)
        && ws.rows[r]
            .iter()
            .all(|&(k, ak)| k == j || (ws.kind[k as usize].is_integral() && integral(ak / a)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_same_optimum, builder};
    use super::*;
    use crate::budget::Budget;
    use crate::model::VarKind;

    #[test]
    fn a_continuous_difference_of_integers_is_integer() {
        // −2c + 4x − 6y = 8 with x, y integer: c = 2x − 3y − 4.
        let (mut b, v) = builder(&[
            (VarKind::Continuous, -0.5, 30.5, 1.0),
            (VarKind::Integer, 0.0, 5.0, -1.0),
            (VarKind::Integer, 0.0, 5.0, 1.0),
        ]);
        b.add_row("def", 8.0, 8.0, &[(v[0], -2.0), (v[1], 4.0), (v[2], -6.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(detect_implied_integers(&mut ws), 1);
        assert!(ws.kind[0].is_integral());
        assert_eq!((ws.lower[0], ws.upper[0]), (0.0, 30.0));
        assert_same_optimum(&p);
    }

    #[test]
    fn an_odd_ratio_is_not_integral() {
        // 2c = 3x: c may be 1.5.
        let (mut b, v) = builder(&[
            (VarKind::Continuous, 0.0, 10.0, 1.0),
            (VarKind::Integer, 0.0, 5.0, -1.0),
        ]);
        b.add_row("def", 0.0, 0.0, &[(v[0], 2.0), (v[1], -3.0)])
            .unwrap();
        let mut ws = Workspace::new(&b.build().unwrap(), Budget::unlimited());
        assert_eq!(detect_implied_integers(&mut ws), 0);
    }
}
