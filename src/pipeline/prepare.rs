//! Before the network runs: symmetry detection and the LP relaxation.
//!
//! The LP relaxation solution from a simplex code is one vertex picked by
//! the variable order, so it is not a symmetric function of the instance:
//! fed raw to the network it would break symmetry in a label-dependent way
//! and spoil relaxed equivariance. It is therefore averaged over every
//! variable orbit. The orbit average of an LP-optimal point is the group
//! average of its symmetric images (each orbit member is hit equally often),
//! hence still LP-optimal and feasible, and invariant under the symmetry.

use std::time::Duration;

use crate::model::Problem;
use crate::solve::{BackendChoice, SolveSettings, Status, solve};
use crate::symmetry::Symmetry;

/// The LP relaxation solution averaged over variable orbits, or `None` when
/// the LP could not be solved in `time_limit`.
pub fn symmetric_lp_solution(
    problem: &Problem,
    symmetry: Option<&Symmetry>,
    backend: BackendChoice,
    time_limit: Duration,
) -> Option<Vec<f64>> {
    lp_relaxation(problem, symmetry, backend, time_limit).map(|lp| lp.x)
}

/// The LP relaxation: its orbit-averaged solution and, when it was solved
/// to optimality, its objective (a bound on the MILP's).
#[derive(Clone, Debug)]
pub struct LpRelaxation {
    /// The solution, averaged over variable orbits.
    pub x: Vec<f64>,
    /// The optimal LP objective (offset included), when proven optimal.
    pub bound: Option<f64>,
}

/// The LP relaxation, or `None` when it could not be solved in
/// `time_limit`.
pub fn lp_relaxation(
    problem: &Problem,
    symmetry: Option<&Symmetry>,
    backend: BackendChoice,
    time_limit: Duration,
) -> Option<LpRelaxation> {
    let settings = SolveSettings {
        time_limit: Some(time_limit),
        lp_relaxation: true,
        ..SolveSettings::default()
    };
    let b = backend.backend().ok()?;
    let outcome = solve(problem, &settings, b.as_ref()).ok()?;
    let bound = if outcome.status == Status::Optimal {
        outcome.objective
    } else {
        None
    };
    let mut x = outcome.solution?.into_values();
    if let Some(s) = symmetry {
        for orbit in s.var_orbits.iter().filter(|o| o.len() > 1) {
            let mean = orbit.iter().map(|v| x[v.index()]).sum::<f64>() / orbit.len() as f64;
            for v in orbit {
                x[v.index()] = mean;
            }
        }
    }
    Some(LpRelaxation { x, bound })
}
