//! The objective's lattice: when every feasible objective value lies in
//! `offset + Z` (integer costs on integer variables, or on continuous ones
//! that are implied integer), a valid bound can be rounded onto the lattice
//! and an incumbent is optimal as soon as the rounded bound reaches it. The
//! local search, the learned path and the branch-and-cut share these rules.

use super::{Problem, Sense};

/// True when `objective` reaches `bound` (up to rounding): it is optimal.
pub fn reaches_bound(sense: Sense, bound: f64, objective: f64) -> bool {
    let tol = 1e-9 * (1.0 + bound.abs());
    match sense {
        Sense::Minimize => objective <= bound + tol,
        Sense::Maximize => objective >= bound - tol,
    }
}

/// A valid bound on `problem`'s objective moved onto the objective's
/// lattice when it has one (see [`integral_objective`]).
pub fn rounded_bound(problem: &Problem, bound: f64) -> f64 {
    lattice_bound(problem, bound, integral_objective(problem))
}

/// The LP bound moved onto the objective's lattice when it has one (a
/// margin of 10⁻⁴ relative guards against an LP value a hair too high).
pub fn lattice_bound(problem: &Problem, lp: f64, integral: bool) -> f64 {
    if !integral {
        return lp;
    }
    let off = problem.objective_offset();
    let z = lp - off;
    let margin = 1e-4 * z.abs().max(1.0);
    off + match problem.sense() {
        Sense::Minimize => (z - margin).ceil(),
        Sense::Maximize => (z + margin).floor(),
    }
}

/// True when every feasible objective value, after moving the continuous
/// variables with a cost to their cheapest allowed value, lies in
/// `offset + Z`: integer costs, on integer variables or on implied-integer
/// continuous ones.
pub fn integral_objective(problem: &Problem) -> bool {
    objective_step(problem).is_some_and(|g| g.fract() == 0.0)
}

/// Scales tried to make the costs integral (decimal and binary fractions).
const COST_SCALES: [f64; 16] = [
    1.0, 2.0, 4.0, 5.0, 8.0, 10.0, 16.0, 20.0, 25.0, 50.0, 64.0, 100.0, 125.0, 250.0, 500.0, 1000.0,
];

/// The objective's lattice step `g`: every feasible objective value (after
/// moving the continuous variables with a cost to their cheapest allowed
/// value) lies in `offset + g·Z`. The costs times one of a few scales `s`
/// must be integers, on integer variables or on implied-integer continuous
/// ones; `g` is the gcd of the scaled costs over `s` (1 without costs).
/// `None` without such a lattice. MIPLIB `vpm2` (costs 0.25, 0.5, 1, 1.25) has
/// `g = 0.25`.
pub fn objective_step(problem: &Problem) -> Option<f64> {
    let costs: Vec<f64> = problem
        .objective_coefficients()
        .iter()
        .copied()
        .filter(|&c| c != 0.0)
        .collect();
    if costs.is_empty() {
        return Some(1.0);
    }
    // Integral within 1e-9 relative (decimal costs are inexact in binary)
    // and small enough to be exact as an integer.
    let integral = |x: f64| x.abs() < 1e15 && (x - x.round()).abs() <= 1e-9 * x.abs().max(1.0);
    let scale = COST_SCALES
        .into_iter()
        .find(|&s| costs.iter().all(|&c| integral(s * c)))?;
    let structure_ok = problem.vars().all(|v| {
        problem.objective_coefficient(v) == 0.0
            || problem.var_kind(v).is_integral()
            || implied_integer(problem, v)
    });
    if !structure_ok {
        return None;
    }
    let g = costs
        .iter()
        .map(|&c| (scale * c).round().abs() as u64)
        .fold(0u64, gcd);
    (g > 0).then(|| g as f64 / scale)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// A continuous column that takes integer values at an optimum: integer
/// bounds, and every row it is on has integer sides, coefficient ±1 on it
/// and integer coefficients on integer columns only otherwise.
fn implied_integer(problem: &Problem, v: super::VarId) -> bool {
    let integer = |a: f64| a.fract() == 0.0;
    let bounds_ok = [problem.var_lower(v), problem.var_upper(v)]
        .iter()
        .all(|b| !b.is_finite() || integer(*b));
    bounds_ok
        && problem.column(v).all(|(r, a)| {
            a.abs() == 1.0
                && [problem.row_lower(r), problem.row_upper(r)]
                    .iter()
                    .all(|b| !b.is_finite() || integer(*b))
                && problem
                    .row(r)
                    .all(|(w, b)| w == v || (problem.var_kind(w).is_integral() && integer(b)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    fn two_integers(offset: f64) -> Problem {
        let mut b = ProblemBuilder::new("lattice");
        b.set_sense(Sense::Minimize);
        b.set_objective_offset(offset).unwrap();
        let x = b.add_var("x", VarKind::Integer, 0.0, 9.0, 2.0).unwrap();
        let y = b.add_var("y", VarKind::Integer, 0.0, 9.0, 3.0).unwrap();
        b.add_row("r", 1.0, f64::INFINITY, &[(x, 1.0), (y, 1.0)])
            .unwrap();
        b.build().unwrap()
    }

    #[test]
    fn lattice_bound_rounds_toward_the_feasible_side() {
        let p = two_integers(0.5);
        assert!(integral_objective(&p));
        // The lattice is 0.5 + Z.
        assert_eq!(lattice_bound(&p, 16.2, true), 16.5);
        assert_eq!(lattice_bound(&p, 16.6, true), 17.5);
        assert_eq!(lattice_bound(&p, 16.500_000_1, true), 16.5);
        assert_eq!(lattice_bound(&p, 16.2, false), 16.2);
        assert_eq!(rounded_bound(&p, 16.6), 17.5);
        assert!(reaches_bound(Sense::Minimize, 17.5, 17.5));
        assert!(!reaches_bound(Sense::Minimize, 17.5, 18.5));
    }

    fn costs(cs: &[f64], continuous_cost: bool) -> Problem {
        let mut b = ProblemBuilder::new("step");
        for (i, &c) in cs.iter().enumerate() {
            b.add_var(format!("x{i}"), VarKind::Integer, 0.0, 9.0, c)
                .unwrap();
        }
        if continuous_cost {
            // A continuous column on a row with a fractional coefficient:
            // not implied integer.
            let y = b.add_var("y", VarKind::Continuous, 0.0, 9.0, 1.0).unwrap();
            let x = crate::model::VarId(0);
            b.add_row("r", f64::NEG_INFINITY, 4.0, &[(y, 1.0), (x, 0.5)])
                .unwrap();
        }
        b.build().unwrap()
    }

    #[test]
    fn objective_step_is_the_gcd_of_the_scaled_costs() {
        // vpm2's costs.
        assert_eq!(
            objective_step(&costs(&[0.25, 0.5, 1.0, 1.25], false)),
            Some(0.25)
        );
        assert!(!integral_objective(&costs(&[0.25, 0.5], false)));
        assert_eq!(objective_step(&costs(&[2.0, 4.0, -6.0], false)), Some(2.0));
        assert!(integral_objective(&costs(&[2.0, 4.0], false)));
        assert_eq!(objective_step(&costs(&[0.3, 0.6], false)), Some(0.3));
        assert_eq!(objective_step(&costs(&[], false)), Some(1.0));
        assert_eq!(objective_step(&costs(&[std::f64::consts::PI], false)), None);
        assert_eq!(objective_step(&costs(&[1.0], true)), None);
        assert!(!integral_objective(&costs(&[1.0], true)));
    }
}
