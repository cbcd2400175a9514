//! Helpers for the separators' tests: brute-force enumeration of the
//! integer points of tiny problems and validity checks of cuts on them.

use super::Cut;
use crate::model::Problem;

/// Every point of a pure-integer problem with finite, small bounds that
/// satisfies all rows (tolerance 1e-9), by enumeration.
///
/// # Panics
/// When a column is continuous or has an infinite bound.
pub(crate) fn feasible_integer_points(problem: &Problem) -> Vec<Vec<f64>> {
    let n = problem.num_vars();
    let lo: Vec<i64> = problem
        .vars()
        .map(|v| problem.var_lower(v) as i64)
        .collect();
    let up: Vec<i64> = problem
        .vars()
        .map(|v| problem.var_upper(v) as i64)
        .collect();
    for v in problem.vars() {
        assert!(
            problem.var_kind(v).is_integral(),
            "pure integer problems only"
        );
        assert!(problem.var_lower(v).is_finite() && problem.var_upper(v).is_finite());
    }
    let mut out = Vec::new();
    let mut cur: Vec<i64> = lo.clone();
    loop {
        let x: Vec<f64> = cur.iter().map(|&c| c as f64).collect();
        if satisfies_rows(problem, &x) {
            out.push(x);
        }
        let mut i = 0;
        loop {
            if i == n {
                return out;
            }
            if cur[i] < up[i] {
                cur[i] += 1;
                break;
            }
            cur[i] = lo[i];
            i += 1;
        }
    }
}

/// True when `x` satisfies every row of `problem` within 1e-9.
pub(crate) fn satisfies_rows(problem: &Problem, x: &[f64]) -> bool {
    problem.rows().all(|r| {
        let act = problem.row_activity(r, x);
        act >= problem.row_lower(r) - 1e-9 && act <= problem.row_upper(r) + 1e-9
    })
}

/// Panics when `cut` is violated (by more than 1e-9) at some point.
pub(crate) fn assert_valid_for(cut: &Cut, points: &[Vec<f64>]) {
    for p in points {
        assert!(
            cut.violation(p) <= 1e-9,
            "cut {cut:?} cuts off the feasible integer point {p:?} (violation {})",
            cut.violation(p)
        );
    }
}
