//! symbreak's own branch-and-cut: the classical core that proves what the
//! learned path finds.
//!
//! The loop (`search.rs`) reads "pick node, propagate, solve LP, separate,
//! run heuristics, branch"; its state is split by concern and everything it
//! calls beyond that is a component ([`components`]):
//!
//! - **Presolve** (`presolve.rs`): exact lifting of the coefficients of
//!   binary knapsack rows, for a tighter LP with the same integer points.
//! - **The LP relaxation** (`relaxation.rs`, on [`crate::simplex`]): a bounded
//!   dual simplex, warm-started from the parent's basis; bound changes and
//!   cuts keep the basis dual feasible, so a child costs a few pivots.
//! - **The tree** (`tree.rs`): best-bound node selection with depth-first
//!   plunging, the branching history (pseudo-costs).
//! - **The solution store** (`store.rs`): the incumbent (every point
//!   verified by [`crate::verify()`] first), the cutoff, the incumbent feed.
//! - **Propagation at every node** ([`crate::domains`]): activity-based
//!   bound propagation over every row and the objective cutoff (an
//!   integral objective rounds the cutoff and the bound), conflict
//!   analysis; then the propagator components (`propagators/`):
//!   reduced-cost fixing against the root LP and the node LP, and symmetry
//!   ([`symmetry`]): orbitopal fixing on the packing and partitioning
//!   orbitopes, orbital fixing for a branching's 0-child.
//! - **Cutting planes at the root** (`separators/`, on [`cuts`]): lifted
//!   knapsack covers, clique cuts from the conflict graph, complemented MIR
//!   cuts, Gomory mixed-integer cuts, in rounds, through a pool with an
//!   efficacy and a parallelism filter.
//! - **Primal heuristics** (`heuristics/`): fix-and-propagate from the LP
//!   point, a weighted violation walk (feasibility jump) from the rounded
//!   LP point, fractional LP diving, one-opt around the incumbent, and the
//!   sub-MIPs RENS, RINS and local branching, solved by this same search;
//!   the warm start is the first cutoff.
//! - **Branching rules** (`branching/`): reliability branching
//!   (pseudo-costs initialized by strong branching), most-fractional as
//!   the fallback.
//!
//! Every component has a name, statistics, and can be switched off
//! ([`BnbSettings::disabled`]); new ones are registered through
//! [`BnbSettings::plugins`]. A progress line every few seconds, and the
//! component table at the end, with [`BnbSettings::log`].
//!
//! Every point the search keeps is checked by [`crate::verify()`] against
//! the problem first; the [`Backend`](crate::solve::Backend) wrapper
//! (`solve::BnbBackend`) hands it to the driver, which checks it again
//! against the original problem.

mod branching;
pub mod components;
#[doc(hidden)]
pub mod cuts;
mod heuristics;
mod node;
mod presolve;
mod progress;
mod propagators;
mod pseudocost;
mod relaxation;
mod search;
mod separators;
mod settings;
mod store;
#[doc(hidden)]
pub mod symmetry;
mod tree;

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
    let stats = search.stats_mut();
    if let Some(l) = &lifted {
        stats.lifted_coefficients = l.coefficients;
        stats.lifted_rows = l.rows;
    }
    stats.time_presolve_s = budget.elapsed_s();
    search.run()
}
