//! symbreak's own branch-and-cut: the classical core that proves what the
//! learned path finds.
//!
//! - **Presolve** (`presolve.rs`): exact lifting of the coefficients of
//!   binary knapsack rows, for a tighter LP with the same integer points.
//! - **Node LPs** ([`crate::lp`]): a bounded dual simplex, warm-started
//!   from the parent's basis; bound changes and cuts keep the basis dual
//!   feasible, so a child costs a few pivots.
//! - **Propagation at every node** ([`crate::domains`]): activity-based
//!   bound propagation over every row and the objective cutoff (an
//!   integral objective rounds the cutoff and the bound), reduced-cost
//!   fixing against the root LP and the node LP.
//! - **Symmetry during the search** ([`symmetry`]): orbitopal fixing on
//!   the packing and partitioning orbitopes the symmetry module detects,
//!   orbital fixing for the remaining generators.
//! - **Cutting planes at the root** ([`cuts`]): lifted knapsack covers,
//!   clique cuts from the conflict graph, Gomory mixed-integer cuts, in
//!   rounds, through a pool with an efficacy and a parallelism filter.
//! - **Search**: best-bound node selection with depth-first plunging,
//!   reliability branching (pseudo-costs initialized by strong branching),
//!   the warm start as the first cutoff, a progress line every few
//!   seconds.
//!
//! Every point the search keeps is checked by [`crate::verify`] against
//! the problem first; the [`Backend`](crate::solve::Backend) wrapper
//! (`solve::BnbBackend`) hands it to the driver, which checks it again
//! against the original problem.

mod branching;
pub mod cuts;
mod node;
mod presolve;
mod progress;
mod pseudocost;
mod root;
mod search;
mod separation;
mod settings;
pub mod symmetry;
mod symmetry_handling;

pub use settings::{BnbResult, BnbSettings, BnbStats, IncumbentFeed};

use crate::budget::Budget;
use crate::model::Problem;

/// Solves `problem` by branch-and-cut within `settings` (the time limit
/// counts from this call).
///
/// The problem must not hold semi-continuous columns (the solve driver
/// reformulates them first).
pub fn branch_and_cut(problem: &Problem, settings: &BnbSettings) -> BnbResult {
    branch_and_cut_within(problem, settings, Budget::new(settings.time_limit))
}

/// Solves `problem` by branch-and-cut within `budget` (its deadline is the
/// run's; `settings.time_limit` is not read again).
pub fn branch_and_cut_within(
    problem: &Problem,
    settings: &BnbSettings,
    budget: Budget,
) -> BnbResult {
    let lifted = if settings.presolve {
        presolve::lift_knapsack_rows(problem)
    } else {
        None
    };
    let work = lifted.as_ref().map_or(problem, |l| &l.problem);
    let mut search = search::Search::new(problem, work, settings, budget);
    if let Some(l) = &lifted {
        search.stats.lifted_coefficients = l.coefficients;
        search.stats.lifted_rows = l.rows;
    }
    search.stats.time_presolve_s = budget.elapsed_s();
    search.run()
}
