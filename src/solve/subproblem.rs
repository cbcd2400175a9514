//! The problem a solve actually works on: the original with the settings'
//! fixings, extra rows and relaxation applied and integer bounds rounded
//! inward, built in time linear in the problem's size through
//! [`Problem::to_builder`] (and not built at all when nothing changes).

use super::{SolveError, SolveSettings};
use crate::model::{Problem, ProblemBuilder, VarId, VarKind};

/// The sub-problem of a solve, or the reason it is trivially infeasible.
pub(crate) enum Subproblem {
    /// The original problem is solved as it is (the settings change nothing
    /// and integer bounds are integral).
    Unchanged,
    /// The problem to hand to the backend instead of the original. Integer
    /// variables have integral bounds.
    Modified(Box<Problem>),
    /// A fixing contradicts a bound or another fixing, or an integer
    /// variable has no integer value within its bounds: an answer, not an
    /// error.
    Infeasible(String),
}

/// Checks the fixings and builds the sub-problem.
///
/// - A fixing of variable `v` to `value` sets both bounds of `v` to `value`;
///   it is infeasible when `value` lies outside `v`'s bounds (beyond the
///   verification tolerance) or is fractional for an integer variable. Two
///   fixings of one variable must agree.
/// - Extra rows are appended after the problem's rows.
/// - A semi-continuous variable (domain `{0} ∪ [l, u]`) may also be fixed
///   to 0; a fixing makes it plain.
/// - The LP relaxation makes every variable continuous, and a semi one
///   plain with bounds `[min(0, l), max(0, u)]`.
/// - Integer bounds are rounded inward, `[ceil(l - ε), floor(u + ε)]` with
///   `ε` the integrality tolerance; an empty result is infeasible (for a
///   semi-integer variable: fixed to 0).
///
/// # Errors
/// A fixing of an unknown variable or to a non-finite value; an extra row
/// that the model rejects (unknown variable, duplicate name or entry,
/// inconsistent or NaN sides, non-finite coefficient).
pub(crate) fn build_subproblem(
    problem: &Problem,
    settings: &SolveSettings,
) -> Result<Subproblem, SolveError> {
    for &(v, value) in &settings.fixings {
        if v.index() >= problem.num_vars() {
            return Err(SolveError::InvalidSettings(format!(
                "fixing of unknown variable id {} (the problem has {} variables)",
                v.0,
                problem.num_vars()
            )));
        }
        if !value.is_finite() {
            return Err(SolveError::InvalidSettings(format!(
                "fixing of '{}' to the non-finite value {value}",
                problem.var_name(v)
            )));
        }
    }
    let itol = settings.tolerances.integrality;
    let fractional_integer_bound = problem.vars().any(|v| {
        problem.var_kind(v).is_integral() && {
            let (lo, up) = (problem.var_lower(v), problem.var_upper(v));
            (lo.is_finite() && lo.fract() != 0.0) || (up.is_finite() && up.fract() != 0.0)
        }
    });
    if !settings.modifies_problem() && !fractional_integer_bound {
        return Ok(Subproblem::Unchanged);
    }
    let tol = &settings.tolerances;
    let mut b = problem.to_builder();
    for &(v, value) in &settings.fixings {
        let (kind, lo, up) = b.var_kind_and_bounds(v);
        if b.is_semi(v) && value.abs() <= tol.absolute {
            // The zero of a semi-continuous domain `{0} ∪ [lo, up]`.
            b.set_semi(v, false)?;
            b.set_var_bounds(v, 0.0, 0.0)?;
            continue;
        }
        let name = b.var_name(v);
        let slack = |side: f64| tol.absolute + tol.relative * side.abs();
        if value < lo - slack(lo) || value > up + slack(up) {
            let why = if lo == up {
                format!("an earlier fixing to {lo}")
            } else {
                format!("its bounds [{lo}, {up}]")
            };
            return Ok(Subproblem::Infeasible(format!(
                "fixing '{name}' = {value} contradicts {why}"
            )));
        }
        let mut fixed = value.clamp(lo, up);
        if kind.is_integral() {
            let nearest = fixed.round();
            if (fixed - nearest).abs() > itol {
                return Ok(Subproblem::Infeasible(format!(
                    "fixing integer variable '{name}' to the fractional value {value}"
                )));
            }
            fixed = nearest;
        }
        b.set_semi(v, false)?;
        b.set_var_bounds(v, fixed, fixed)?;
    }
    for row in &settings.extra_rows {
        b.add_row(row.name.clone(), row.lower, row.upper, &row.entries)?;
    }
    if settings.lp_relaxation {
        for j in 0..b.num_vars() {
            let v = VarId(j as u32);
            b.set_var_kind(v, VarKind::Continuous)?;
            if b.is_semi(v) {
                // The convex hull of `{0} ∪ [lo, up]`.
                let (_, lo, up) = b.var_kind_and_bounds(v);
                b.set_semi(v, false)?;
                b.set_var_bounds(v, lo.min(0.0), up.max(0.0))?;
            }
        }
    }
    if let Some(why) = round_integer_bounds(&mut b, itol)? {
        return Ok(Subproblem::Infeasible(why));
    }
    Ok(Subproblem::Modified(Box::new(b.build()?)))
}

/// Rounds every integer variable's bounds inward; returns the reason when a
/// variable is left without an integer value.
fn round_integer_bounds(b: &mut ProblemBuilder, itol: f64) -> Result<Option<String>, SolveError> {
    for j in 0..b.num_vars() {
        let v = VarId(j as u32);
        let (kind, lo, up) = b.var_kind_and_bounds(v);
        if !kind.is_integral() {
            continue;
        }
        let (rlo, rup) = ((lo - itol).ceil(), (up + itol).floor());
        if rlo > rup && b.is_semi(v) {
            // A semi-integer variable with no integer in `[lo, up]`: 0.
            b.set_semi(v, false)?;
            b.set_var_bounds(v, 0.0, 0.0)?;
            continue;
        }
        if rlo > rup {
            return Ok(Some(format!(
                "integer variable '{}' has no integer value within its bounds [{lo}, {up}]",
                b.var_name(v)
            )));
        }
        if (rlo, rup) != (lo, up) {
            b.set_var_bounds(v, rlo, rup)?;
        }
    }
    Ok(None)
}
