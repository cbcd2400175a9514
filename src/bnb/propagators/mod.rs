//! The built-in [`Propagator`]s: symmetry fixing (orbitopal at every node,
//! orbital for a branching's 0-child) and reduced-cost fixing (against the
//! root LP at every node, against the node's own LP after it is solved).
//! The rows' activity propagation and the objective cutoff are
//! [`crate::domains`]' own, run at every bound change.

mod orbital;
mod orbitopal;
mod reduced_cost;

pub(crate) use orbital::Orbital;
pub(crate) use orbitopal::Orbitopal;
pub(crate) use reduced_cost::{ReducedCostsAtNode, ReducedCostsAtRoot};

use super::components::Propagator;
use super::symmetry::{OrbitalFixing, OrbitopalFixing};
use crate::budget::Budget;
use crate::model::Problem;
use crate::symmetry::{SearchLimits, Symmetry, SymmetryOptions, detect};

/// The names of the symmetry propagators (built once the symmetry is
/// known, so they are not in the registry's list).
pub(crate) const SYMMETRY_NAMES: [&str; 2] = [orbitopal::NAME, orbital::NAME];

/// Detects the problem's symmetry within `budget`.
pub(crate) fn detect_symmetry(problem: &Problem, budget: &Budget) -> Symmetry {
    let options = SymmetryOptions {
        limits: SearchLimits {
            time: budget.remaining(),
            ..SearchLimits::default()
        },
        canonical_ranks: false,
        ..SymmetryOptions::default()
    };
    detect(problem, &options)
}

/// Orbitopal and orbital fixing from `symmetry` (each left out when it has
/// nothing to work on), and the number of orbitopes handled.
pub(crate) fn symmetry_propagators(
    problem: &Problem,
    symmetry: &Symmetry,
) -> (Vec<Box<dyn Propagator>>, usize) {
    let mut list: Vec<Box<dyn Propagator>> = Vec::new();
    if symmetry.generators.is_empty() {
        return (list, 0);
    }
    let orbitopal = OrbitopalFixing::new(problem, symmetry);
    let orbitopes = orbitopal.num_orbitopes();
    if !orbitopal.is_empty() {
        list.push(Box::new(Orbitopal::new(orbitopal)));
    }
    let orbital = OrbitalFixing::new(problem, symmetry);
    if !orbital.is_empty() {
        list.push(Box::new(Orbital::new(orbital)));
    }
    (list, orbitopes)
}
