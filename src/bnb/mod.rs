//! symbreak's own branch-and-cut: the classical core that proves what the
//! learned path finds.
//!
//! The loop (`search.rs`) reads "pick node, propagate, solve LP, separate,
//! run heuristics, branch"; its state is split by concern and everything it
//! calls beyond that is a component ([`components`]):
//!
//! - **Presolve** (`presolve/`): empty, singleton and fixed rows and
//!   columns, activity-based bound tightening and redundant rows, parallel
//!   rows, dual fixing, implied-free column singletons, doubleton
//!   aggregation, coefficient tightening, implied integers, then exact
//!   lifting of binary knapsack rows; to a fixpoint within a tenth of the
//!   budget (at most 10 s). The search works on the reduced problem; a
//!   postsolve stack maps its points back to the original columns, where
//!   they are verified. Symmetry known for the original (from the learned
//!   path) is used only when presolve removed no column; otherwise it is
//!   detected again on the reduced problem.
//! - **Root restarts** (`restart.rs`, `search/root_restart.rs`): when the
//!   root node fixed a fifth of the free integer columns, the problem with
//!   the root's domains is presolved again and solved from a new root,
//!   keeping the incumbent, the cut rows and the learned clauses; the
//!   postsolve stacks compose.
//! - **The LP relaxation** (`relaxation.rs`, on [`crate::simplex`]): a bounded
//!   dual simplex, warm-started from the parent's basis; bound changes and
//!   cuts keep the basis dual feasible, so a child costs a few pivots.
//! - **The tree** (`tree.rs`): best-bound node selection with depth-first
//!   plunging, the branching history (pseudo-costs).
//! - **The solution store** (`store.rs`): the incumbent (every point
//!   verified by [`crate::verify()`] first), the cutoff, the incumbent feed.
//! - **Propagation at every node** ([`crate::domains`]): activity-based
//!   bound propagation over every row and the objective cutoff (an
//!   integral objective rounds the cutoff and the bound), learned clauses
//!   with watched literals, conflict analysis of nodes that propagation
//!   or the LP (its dual ray, or its duals against the cutoff:
//!   `lp_conflict.rs`) shows infeasible; then the propagator components (`propagators/`):
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
//! Every point the search keeps is mapped back by postsolve and checked by
//! [`crate::verify()`] against the original problem first; the [`Backend`](crate::solve::Backend) wrapper
//! (`solve::BnbBackend`) hands it to the driver, which checks it again
//! against the original problem.

mod branching;
pub mod components;
#[doc(hidden)]
pub mod cuts;
mod heuristics;
mod lp_conflict;
mod node;
mod presolve;
mod progress;
mod propagators;
mod pseudocost;
mod relaxation;
mod restart;
mod search;
mod separators;
mod settings;
mod store;
#[doc(hidden)]
pub mod symmetry;
mod tree;

pub use presolve::PresolveStats;
pub use settings::{BnbResult, BnbSettings, BnbStats, Guide, IncumbentFeed, RestartStats};

use crate::budget::Budget;
use crate::model::Problem;
use crate::status::Status;
use search::Reduction;

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
///
/// With `settings.presolve` the search works on the presolved problem;
/// every point it keeps is mapped back by postsolve and verified against
/// `problem`, so the result's point is one of `problem`'s columns.
pub fn branch_and_cut_within(
    problem: &Problem,
    settings: &BnbSettings,
    budget: Budget,
) -> BnbResult {
    if !settings.presolve {
        let reduction = Reduction {
            original: problem,
            work: problem,
            postsolve: None,
            same_columns: true,
        };
        return restart::run(reduction, settings, budget, |s| s);
    }
    let (presolved, presolve_stats) = match presolve::presolve(
        problem,
        budget.stage(),
        presolve::PresolveOptions::without(&settings.disabled),
    ) {
        presolve::PresolveOutcome::Reduced(p) => {
            let stats = p.stats.clone();
            (Some(p), stats)
        }
        presolve::PresolveOutcome::Unchanged(stats) => (None, stats),
        presolve::PresolveOutcome::Infeasible(stats) => {
            return infeasible_by_presolve(stats, settings, budget);
        }
    };
    if settings.log {
        eprintln!("{presolve_stats}");
    }
    let reduced = presolved.as_ref().map_or(problem, |p| &p.problem);
    let lifted = presolve::lift_knapsack_rows(reduced);
    let reduction = Reduction {
        original: problem,
        work: lifted.as_ref().map_or(reduced, |l| &l.problem),
        postsolve: presolved.as_ref().map(|p| &p.postsolve),
        same_columns: presolved.as_ref().is_none_or(|p| p.keeps_columns()),
    };
    restart::run(reduction, settings, budget, |mut search| {
        let stats = search.stats_mut();
        if let Some(l) = &lifted {
            stats.lifted_coefficients = l.coefficients;
            stats.lifted_rows = l.rows;
        }
        stats.presolve = presolve_stats;
        stats.time_presolve_s = budget.elapsed_s();
        search
    })
}

/// The result of a run whose presolve proved the problem infeasible.
fn infeasible_by_presolve(
    presolve: PresolveStats,
    settings: &BnbSettings,
    budget: Budget,
) -> BnbResult {
    if settings.log {
        eprintln!("{presolve}\npresolve: the problem is infeasible");
    }
    BnbResult {
        status: Status::Infeasible,
        solution: None,
        objective: None,
        bound: None,
        incumbents: Vec::new(),
        stats: BnbStats {
            presolve,
            time_presolve_s: budget.elapsed_s(),
            ..BnbStats::default()
        },
    }
}
