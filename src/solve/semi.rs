//! The exact reformulation of semi-continuous and semi-integer variables
//! for the backends, which see only plain MILPs.
//!
//! A semi variable `x` with domain `{0} ∪ [l, u]` (finite `l <= u`, `0`
//! outside, see [`Problem::is_semi`]) becomes a plain variable with
//! bounds `[min(0, l), max(0, u)]` (its kind kept, so a semi-integer one
//! stays integer), plus a binary indicator `z` (appended after all the
//! problem's variables) and two rows
//!
//! ```text
//! x - u z <= 0        x - l z >= 0
//! ```
//!
//! `z = 0` forces `x = 0`; `z = 1` forces `l <= x <= u`. Every feasible
//! point of one problem gives one of the other with the same objective, so
//! optimality and bounds carry over. The first `num_vars` values of the
//! reformulation's solution are the original variables; the indicators are
//! dropped and the point is verified against the problem with its semi
//! semantics by the driver.

use crate::model::{ModelError, Problem, VarKind};

/// The reformulated problem, or `None` when `problem` has no semi
/// variable (then it is handed to the backend as it is).
///
/// # Errors
/// None in practice: the new names are chosen free, the bounds finite.
pub(crate) fn reformulate(problem: &Problem) -> Result<Option<Problem>, ModelError> {
    if !problem.has_semi() {
        return Ok(None);
    }
    let mut b = problem.to_builder();
    for v in problem.vars().filter(|&v| problem.is_semi(v)) {
        let (l, u) = (problem.var_lower(v), problem.var_upper(v));
        b.set_semi(v, false)?;
        b.set_var_bounds(v, l.min(0.0), u.max(0.0))?;
        let base = problem.var_name(v);
        let z_name = free_name(format!("{base}_semi_on"), |n| {
            b.var_id(n).is_some() || b.row_id(n).is_some()
        });
        let z = b.add_var(&z_name, VarKind::Binary, 0.0, 1.0, 0.0)?;
        let up_name = free_name(format!("{base}_semi_up"), |n| b.row_id(n).is_some());
        b.add_row(up_name, f64::NEG_INFINITY, 0.0, &[(v, 1.0), (z, -u)])?;
        let lo_name = free_name(format!("{base}_semi_lo"), |n| b.row_id(n).is_some());
        b.add_row(lo_name, 0.0, f64::INFINITY, &[(v, 1.0), (z, -l)])?;
    }
    b.build().map(Some)
}

/// `base`, or `base_1`, `base_2`, ... : the first name `taken` rejects not.
fn free_name(base: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&base) {
        return base;
    }
    (1..)
        .map(|k| format!("{base}_{k}"))
        .find(|n| !taken(n))
        .expect("some suffix is free")
}

/// A point of `problem` (verified feasible) extended with the indicator
/// values of its reformulation: `z = 1` exactly when `x` is not within
/// `zero_tol` of 0, in which case `x` is written as exactly 0.
pub(crate) fn extend_point(problem: &Problem, x: &[f64], zero_tol: f64) -> Vec<f64> {
    let mut out = x.to_vec();
    for v in problem.vars().filter(|&v| problem.is_semi(v)) {
        let on = x[v.index()].abs() > zero_tol;
        if !on {
            out[v.index()] = 0.0;
        }
        out.push(if on { 1.0 } else { 0.0 });
    }
    out
}

/// The number of semi variables of `problem` (indicators added).
#[cfg(test)]
fn count(problem: &Problem) -> usize {
    problem.semi_flags().iter().filter(|&&s| s).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarId};
    use crate::verify::{Tolerances, verify};

    fn semi_problem() -> (Problem, VarId) {
        let mut b = ProblemBuilder::new("s");
        let x = b.add_var("x", VarKind::Continuous, 2.0, 4.0, 1.0).unwrap();
        // A name the indicator would take: the next free one is used.
        b.add_var("x_semi_on", VarKind::Continuous, 0.0, 1.0, 0.0)
            .unwrap();
        b.set_semi(x, true).unwrap();
        (b.build().unwrap(), x)
    }

    #[test]
    fn the_reformulation_adds_one_indicator_and_two_rows_per_semi_variable() {
        let (p, x) = semi_problem();
        assert_eq!(count(&p), 1);
        let q = reformulate(&p).unwrap().unwrap();
        assert_eq!(q.num_vars(), 3);
        assert_eq!(q.num_rows(), 2);
        assert!(!q.has_semi());
        assert_eq!((q.var_lower(x), q.var_upper(x)), (0.0, 4.0));
        assert_eq!(q.var_name(VarId(2)), "x_semi_on_1");
        assert_eq!(q.var_kind(VarId(2)), VarKind::Binary);
        // Points of both problems correspond.
        let tol = Tolerances::default();
        for (xv, feasible) in [
            (0.0, true),
            (1.0, false),
            (2.0, true),
            (4.0, true),
            (4.5, false),
        ] {
            assert_eq!(verify(&p, &[xv, 0.0], &tol).feasible, feasible, "x = {xv}");
            let ext = extend_point(&p, &[xv, 0.0], tol.absolute);
            let some_z = [0.0, 1.0]
                .iter()
                .any(|&z| verify(&q, &[xv, 0.0, z], &tol).feasible);
            assert_eq!(some_z, feasible, "x = {xv}");
            if feasible {
                assert!(verify(&q, &ext, &tol).feasible, "x = {xv}");
            }
        }
        assert!(reformulate(&q).unwrap().is_none());
    }
}
