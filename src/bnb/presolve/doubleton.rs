//! Doubleton equations (Achterberg et al. 2020, §4.3): `a x + b y = c`
//! makes `x = α y + β` with `α = −b/a`, `β = c/a`; `x` is substituted out of
//! every other row and the objective, its bounds become bounds on `y`, and
//! the equation is removed. Postsolve sets `x = α y + β`.
//!
//! Integrality decides which column goes: a continuous `x` may always be
//! expressed in `y`; an integer `x` only in an integer `y` with `α` and `β`
//! integral (so `x` is integral whenever `y` is); an integer `x` and a
//! continuous `y` swap roles. Among the allowed choices the column with
//! fewer entries goes (less fill-in). `|α|` is kept within `[10⁻³, 10³]` so
//! the rounding of `y`'s new bounds and the substituted coefficients stay
//! well within the verifier's tolerance.

use super::postsolve::Step;
use super::workspace::Workspace;

/// Largest `|α|` (and smallest `1/|α|`) aggregated.
const MAX_SCALE: f64 = 1e3;

/// Rounding room for the bounds of an integer `y` (times `|α|` this stays
/// under the verifier's tolerance).
const ROUND_TOL: f64 = 1e-9;

/// Aggregates every doubleton equation it may; returns how many.
pub(super) fn aggregate_doubletons(ws: &mut Workspace) -> usize {
    let mut done = 0;
    for r in ws.alive_rows() {
        if ws.stopped() {
            break;
        }
        if !ws.row_alive[r] || ws.rows[r].len() != 2 || ws.row_lower[r] != ws.row_upper[r] {
            continue;
        }
        let c = ws.row_lower[r];
        if !c.is_finite() {
            continue;
        }
        let Some((x, y, alpha, beta)) = choose(ws, r, c) else {
            continue;
        };
        aggregate(ws, r, x, y, alpha, beta);
        done += 1;
    }
    ws.stats.doubleton_equations += done;
    done
}

/// The column to remove, the one it is expressed in, `α` and `β`.
fn choose(ws: &Workspace, r: usize, c: f64) -> Option<(u32, u32, f64, f64)> {
    let [(j, aj), (k, ak)] = [ws.rows[r][0], ws.rows[r][1]];
    let allowed = |x: u32, ax: f64, y: u32, ay: f64| {
        let (alpha, beta) = (-ay / ax, c / ax);
        let scale_ok = alpha.abs() <= MAX_SCALE && alpha.abs() >= 1.0 / MAX_SCALE;
        let integral = |v: f64| (v - v.round()).abs() <= 1e-12 * v.abs().max(1.0);
        let kinds_ok = match (
            ws.kind[x as usize].is_integral(),
            ws.kind[y as usize].is_integral(),
        ) {
            (false, _) => true,
            (true, true) => integral(alpha) && integral(beta),
            (true, false) => false,
        };
        (scale_ok && kinds_ok).then(|| {
            let round = |v: f64| if integral(v) { v.round() } else { v };
            (x, y, round(alpha), round(beta))
        })
    };
    let first = allowed(j, aj, k, ak);
    let second = allowed(k, ak, j, aj);
    match (first, second) {
        (Some(a), Some(b)) => {
            let fewer_first = ws.cols[j as usize].len() <= ws.cols[k as usize].len();
            Some(if fewer_first { a } else { b })
        }
        (a, b) => a.or(b),
    }
}

/// Substitutes `x = α y + β` everywhere and removes row `r` and `x`.
fn aggregate(ws: &mut Workspace, r: usize, x: u32, y: u32, alpha: f64, beta: f64) {
    let (xx, yy) = (x as usize, y as usize);
    // x's bounds on y.
    let (lo, hi) = ((ws.lower[xx] - beta) / alpha, (ws.upper[xx] - beta) / alpha);
    let (lo, hi) = if alpha > 0.0 { (lo, hi) } else { (hi, lo) };
    let (lo, hi) = if ws.kind[yy].is_integral() {
        ((lo - ROUND_TOL).ceil(), (hi + ROUND_TOL).floor())
    } else {
        (lo, hi)
    };
    ws.remove_row(r);
    ws.tighten_bounds(y, lo, hi);
    let entries: Vec<(u32, f64)> = ws.cols[xx].clone();
    for (s, a_sx) in entries {
        let s = s as usize;
        ws.set_coef(s, x, 0.0);
        let old = ws.coef(s, y);
        let mut new = old + a_sx * alpha;
        if new.abs() <= 1e-12 * old.abs().max((a_sx * alpha).abs()) {
            new = 0.0;
        }
        ws.set_coef(s, y, new);
        ws.row_lower[s] -= a_sx * beta;
        ws.row_upper[s] -= a_sx * beta;
    }
    let cx = ws.cost[xx];
    ws.cost[yy] += cx * alpha;
    ws.offset += cx * beta;
    ws.cost[xx] = 0.0;
    ws.eliminate_column(
        x,
        Step::Aggregated {
            col: x,
            from: y,
            scale: alpha,
            shift: beta,
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
    fn an_integer_pair_with_integral_ratio_is_aggregated() {
        // x − 2y = 1, x in [0, 9], y in [0, 9] integer ⇒ x = 2y + 1,
        // y in [0, 4]; x + y <= 7 becomes 3y <= 6.
        let (mut b, v) = builder(&[
            (VarKind::Integer, 0.0, 9.0, -1.0),
            (VarKind::Integer, 0.0, 9.0, -1.0),
        ]);
        b.add_row("d", 1.0, 1.0, &[(v[0], 1.0), (v[1], -2.0)])
            .unwrap();
        b.add_row("c", f64::NEG_INFINITY, 7.0, &[(v[0], 1.0), (v[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(aggregate_doubletons(&mut ws), 1);
        let (gone, kept) = if ws.col_alive[0] { (1, 0) } else { (0, 1) };
        assert!(!ws.col_alive[gone] && ws.col_alive[kept]);
        assert_eq!(ws.rows[1].len(), 1);
        assert_same_optimum(&p);
    }

    #[test]
    fn an_integer_column_is_not_expressed_by_a_fractional_ratio() {
        // 2x − 3y = 1 with both integer: neither ratio is integral.
        let (mut b, v) = builder(&[
            (VarKind::Integer, 0.0, 9.0, 1.0),
            (VarKind::Integer, 0.0, 9.0, 1.0),
        ]);
        b.add_row("d", 1.0, 1.0, &[(v[0], 2.0), (v[1], -3.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(aggregate_doubletons(&mut ws), 0);
        assert_same_optimum(&p);
    }

    #[test]
    fn a_continuous_column_is_expressed_in_an_integer_one() {
        // 2c − 3y = 1, c continuous in [0, 5], y integer in [0, 9]:
        // c = 1.5 y + 0.5, so y <= 3.
        let (mut b, v) = builder(&[
            (VarKind::Continuous, 0.0, 5.0, 1.0),
            (VarKind::Integer, 0.0, 9.0, -2.0),
        ]);
        b.add_row("d", 1.0, 1.0, &[(v[0], 2.0), (v[1], -3.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut ws = Workspace::new(&p, Budget::unlimited());
        assert_eq!(aggregate_doubletons(&mut ws), 1);
        assert!(!ws.col_alive[0]);
        assert_eq!(ws.upper[1], 3.0);
        assert_same_optimum(&p);
    }
}
