//! Translation of a [`Problem`] into a good_lp model, linear in the number
//! of nonzeros.
//!
//! Each row's [`Expression`] is built from the row's sparse entries into a
//! map pre-sized to the row's length (one hash insert per nonzero); the
//! objective likewise from its nonzero coefficients. Rows map as:
//!
//! | row | constraints |
//! |---|---|
//! | `l = u` | `a·x == u` |
//! | `-inf < l < u < inf` (ranged) | `a·x <= u` and `a·x >= l` |
//! | only `u` finite | `a·x <= u` |
//! | only `l` finite | `a·x >= l` |
//! | free (both infinite) | none |
//!
//! Infinite variable bounds stay infinite (good_lp's own convention).
//! Integer bounds are expected integral (the driver rounds them inward).
//! The objective offset is left out; callers add it back.

use good_lp::{
    Constraint, Expression, ProblemVariables, Variable, variable, variable::UnsolvedProblem,
};

use crate::model::{Problem, Sense};

/// A problem as good_lp variables, objective and constraints.
pub(crate) struct GoodLpModel {
    /// One good_lp variable per problem variable, in id order.
    pub vars: Vec<Variable>,
    /// Variables and objective, ready for `.using(solver)`.
    pub unsolved: UnsolvedProblem,
    /// The rows (a ranged row gives two constraints).
    pub constraints: Vec<Constraint>,
}

/// Builds the good_lp model of `problem` (objective offset excluded).
pub(crate) fn to_good_lp(problem: &Problem) -> GoodLpModel {
    let mut pv = ProblemVariables::new();
    let vars: Vec<Variable> = problem
        .vars()
        .map(|v| {
            let def = variable()
                .min(problem.var_lower(v))
                .max(problem.var_upper(v));
            pv.add(if problem.var_kind(v).is_integral() {
                def.integer()
            } else {
                def
            })
        })
        .collect();
    let costs = problem.objective_coefficients();
    let mut objective = Expression::with_capacity(costs.iter().filter(|c| **c != 0.0).count());
    for (j, &c) in costs.iter().enumerate() {
        if c != 0.0 {
            objective.add_mul(c, vars[j]);
        }
    }
    let mut constraints = Vec::with_capacity(problem.num_rows());
    for r in problem.rows() {
        let (lo, up) = (problem.row_lower(r), problem.row_upper(r));
        if lo == f64::NEG_INFINITY && up == f64::INFINITY {
            continue;
        }
        let entries = problem.row(r);
        let mut expr = Expression::with_capacity(entries.len());
        for (v, a) in entries {
            expr.add_mul(a, vars[v.index()]);
        }
        if lo == up {
            constraints.push(expr.eq(up));
        } else {
            if lo.is_finite() && up.is_finite() {
                constraints.push(expr.clone().leq(up));
            } else if up.is_finite() {
                constraints.push(expr.leq(up));
                continue;
            }
            constraints.push(expr.geq(lo));
        }
    }
    let unsolved = match problem.sense() {
        Sense::Minimize => pv.minimise(objective),
        Sense::Maximize => pv.maximise(objective),
    };
    GoodLpModel {
        vars,
        unsolved,
        constraints,
    }
}
