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
    let integer = |a: f64| a.fract() == 0.0;
    problem.vars().all(|v| {
        let c = problem.objective_coefficient(v);
        if c == 0.0 {
            return true;
        }
        if !integer(c) {
            return false;
        }
        if problem.var_kind(v).is_integral() {
            return true;
        }
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
}
