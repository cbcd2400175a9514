//! The exact check every reported solution passes.
//!
//! [`verify`] takes a [`Problem`] and one value per variable and checks,
//! against the *original* problem (never a presolved or fixed copy):
//!
//! - every value is finite;
//! - bounds: `lower - tol <= x_j <= upper + tol`, or for a semi-continuous
//!   or semi-integer column (see [`Problem::is_semi`]) also `|x_j| <= tol`
//!   with `tol` the absolute tolerance (the value zero);
//! - integrality of integer and binary columns: `|x_j - round(x_j)| <= integrality`;
//! - every row: `lower - tol <= a·x <= upper + tol`, where the tolerance of a
//!   side `b` is `absolute + relative * |b|` (so a row with right-hand side
//!   10^6 is not held to 10^-6 absolute);
//!
//! and recomputes the objective `c·x + offset` from scratch. The report lists
//! the worst violations by name.

use serde::Serialize;

use crate::model::{ConsId, Problem, VarId};

/// Tolerances of [`verify`]. Defaults: `absolute = 1e-6`, `relative = 1e-9`,
/// `integrality = 1e-6` (those of SCIP and HiGHS, to within a factor).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Tolerances {
    /// Absolute feasibility tolerance for bounds and rows. [default: 1e-6]
    pub absolute: f64,
    /// Relative tolerance, scaled by the absolute value of the side or bound.
    /// [default: 1e-9]
    pub relative: f64,
    /// Distance to the nearest integer allowed for integer columns.
    /// [default: 1e-6]
    pub integrality: f64,
}

impl Default for Tolerances {
    fn default() -> Self {
        Tolerances {
            absolute: 1e-6,
            relative: 1e-9,
            integrality: 1e-6,
        }
    }
}

impl Tolerances {
    fn slack(&self, side: f64) -> f64 {
        self.absolute + self.relative * side.abs()
    }
}

/// What a violation is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationKind {
    /// A value below the variable's lower bound.
    LowerBound,
    /// A value above the variable's upper bound.
    UpperBound,
    /// A fractional value of an integer column.
    Integrality,
    /// A NaN or infinite value.
    NotFinite,
    /// A row activity below the row's lower side.
    RowLower,
    /// A row activity above the row's upper side.
    RowUpper,
}

/// One violated bound, integrality condition or row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Violation {
    /// What is violated.
    pub kind: ViolationKind,
    /// The variable's or row's name.
    pub name: String,
    /// By how much (beyond the side, not beyond the tolerance).
    pub amount: f64,
    /// The variable's value or the row's activity.
    pub value: f64,
    /// The bound or side that is violated (for integrality: the nearest integer).
    pub limit: f64,
}

/// The verdict of [`verify`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerifyReport {
    /// True when nothing is violated beyond the tolerances.
    pub feasible: bool,
    /// `c·x + offset`, recomputed.
    pub objective: f64,
    /// The largest violation amount of any kind (0 when none).
    pub max_violation: f64,
    /// Number of violated bounds, integralities and rows.
    pub violations: usize,
    /// The worst violations, largest first (at most [`VerifyReport::WORST`]).
    pub worst: Vec<Violation>,
    /// The tolerances used.
    pub tolerances: Tolerances,
}

impl VerifyReport {
    /// How many violations the report keeps in `worst`.
    pub const WORST: usize = 10;
}

/// Checks `x` (one value per variable, in id order) against `problem`.
///
/// A wrong number of values is reported as infeasible (a violation named
/// `<values>`), never a panic.
pub fn verify(problem: &Problem, x: &[f64], tol: &Tolerances) -> VerifyReport {
    let mut all: Vec<Violation> = Vec::new();
    if x.len() != problem.num_vars() {
        return VerifyReport {
            feasible: false,
            objective: f64::NAN,
            max_violation: f64::INFINITY,
            violations: 1,
            worst: vec![Violation {
                kind: ViolationKind::NotFinite,
                name: format!(
                    "<values: {} given, {} variables>",
                    x.len(),
                    problem.num_vars()
                ),
                amount: f64::INFINITY,
                value: x.len() as f64,
                limit: problem.num_vars() as f64,
            }],
            tolerances: *tol,
        };
    }
    for v in problem.vars() {
        check_var(problem, v, x[v.index()], tol, &mut all);
    }
    for r in problem.rows() {
        check_row(problem, r, problem.row_activity(r, x), tol, &mut all);
    }
    let objective = problem.objective_value(x);
    let violations = all.len();
    all.sort_by(|a, b| b.amount.total_cmp(&a.amount));
    let max_violation = all.first().map_or(0.0, |v| v.amount);
    all.truncate(VerifyReport::WORST);
    VerifyReport {
        feasible: violations == 0 && objective.is_finite(),
        objective,
        max_violation,
        violations,
        worst: all,
        tolerances: *tol,
    }
}

fn check_var(p: &Problem, v: VarId, value: f64, tol: &Tolerances, out: &mut Vec<Violation>) {
    let name = || p.var_name(v).to_string();
    if !value.is_finite() {
        out.push(Violation {
            kind: ViolationKind::NotFinite,
            name: name(),
            amount: f64::INFINITY,
            value,
            limit: f64::NAN,
        });
        return;
    }
    let (lo, up) = (p.var_lower(v), p.var_upper(v));
    if p.is_semi(v) && value.abs() <= tol.absolute {
        // The zero of a semi-continuous domain `{0} ∪ [lo, up]`; integral.
        return;
    }
    if value < lo - tol.slack(lo) {
        out.push(Violation {
            kind: ViolationKind::LowerBound,
            name: name(),
            amount: lo - value,
            value,
            limit: lo,
        });
    }
    if value > up + tol.slack(up) {
        out.push(Violation {
            kind: ViolationKind::UpperBound,
            name: name(),
            amount: value - up,
            value,
            limit: up,
        });
    }
    if p.var_kind(v).is_integral() {
        let nearest = value.round();
        if (value - nearest).abs() > tol.integrality {
            out.push(Violation {
                kind: ViolationKind::Integrality,
                name: name(),
                amount: (value - nearest).abs(),
                value,
                limit: nearest,
            });
        }
    }
}

fn check_row(p: &Problem, r: ConsId, activity: f64, tol: &Tolerances, out: &mut Vec<Violation>) {
    let (lo, up) = (p.row_lower(r), p.row_upper(r));
    if activity < lo - tol.slack(lo) {
        out.push(Violation {
            kind: ViolationKind::RowLower,
            name: p.row_name(r).to_string(),
            amount: lo - activity,
            value: activity,
            limit: lo,
        });
    }
    if activity > up + tol.slack(up) {
        out.push(Violation {
            kind: ViolationKind::RowUpper,
            name: p.row_name(r).to_string(),
            amount: activity - up,
            value: activity,
            limit: up,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    fn knapsack() -> Problem {
        let mut b = ProblemBuilder::new("k");
        let x = b.add_var("x", VarKind::Binary, 0.0, 1.0, -3.0).unwrap();
        let y = b.add_var("y", VarKind::Integer, 0.0, 5.0, -2.0).unwrap();
        let z = b.add_var("z", VarKind::Continuous, 0.0, 10.0, 1.0).unwrap();
        b.add_row("cap", f64::NEG_INFINITY, 6.0, &[(x, 4.0), (y, 1.0)])
            .unwrap();
        b.add_row("link", 1.0, 1.0e6, &[(y, 1.0), (z, 1.0)])
            .unwrap();
        b.set_objective_offset(0.5).unwrap();
        b.build().unwrap()
    }

    #[test]
    fn feasible_point_passes_and_objective_is_recomputed() {
        let p = knapsack();
        let r = verify(&p, &[1.0, 2.0, 0.0], &Tolerances::default());
        assert!(r.feasible, "{r:?}");
        assert_eq!(r.objective, 0.5 - 3.0 - 4.0);
        assert_eq!(r.max_violation, 0.0);
    }

    #[test]
    fn violated_row_is_named_with_its_amount() {
        let p = knapsack();
        let r = verify(&p, &[1.0, 3.0, 0.0], &Tolerances::default());
        assert!(!r.feasible);
        assert_eq!(r.violations, 1);
        assert_eq!(r.worst[0].name, "cap");
        assert_eq!(r.worst[0].kind, ViolationKind::RowUpper);
        assert!((r.worst[0].amount - 1.0).abs() < 1e-12);
    }

    #[test]
    fn fractional_integer_and_bound_violations_are_reported_worst_first() {
        let p = knapsack();
        let r = verify(&p, &[0.5, 0.0, 12.0], &Tolerances::default());
        assert!(!r.feasible);
        let kinds: Vec<_> = r.worst.iter().map(|v| (v.kind, v.name.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (ViolationKind::UpperBound, "z"),
                (ViolationKind::Integrality, "x")
            ]
        );
        assert_eq!(r.max_violation, 2.0);
    }

    #[test]
    fn tolerances_are_relative_to_large_sides() {
        let mut b = ProblemBuilder::new("big");
        let x = b
            .add_var("x", VarKind::Continuous, 0.0, f64::INFINITY, 0.0)
            .unwrap();
        b.add_row("big", f64::NEG_INFINITY, 1.0e6, &[(x, 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        // slack at side 1e6 is 1e-6 + 1e-9 * 1e6 = 1.000001e-3
        assert!(verify(&p, &[1.0e6 + 5e-4], &Tolerances::default()).feasible);
        assert!(!verify(&p, &[1.0e6 + 2e-3], &Tolerances::default()).feasible);
        let absolute_only = Tolerances {
            relative: 0.0,
            ..Tolerances::default()
        };
        assert!(!verify(&p, &[1.0e6 + 5e-4], &absolute_only).feasible);
    }

    #[test]
    fn nan_and_wrong_length_are_infeasible_not_panics() {
        let p = knapsack();
        assert!(!verify(&p, &[f64::NAN, 0.0, 1.0], &Tolerances::default()).feasible);
        assert!(!verify(&p, &[0.0], &Tolerances::default()).feasible);
    }
}
