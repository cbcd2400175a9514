//! Presolve of the branch-and-cut: reductions of the problem, run to a
//! fixpoint within a share of the budget, with a postsolve stack that maps
//! every point of the reduced problem back to the original one.
//!
//! The reductions, one family per file, each on the [`Workspace`] (a
//! mutable copy of the problem indexed by original column and row):
//!
//! - `simple.rs`: empty rows, singleton rows into bounds, fixed columns;
//! - `activity.rs`: bound tightening of integer columns from row
//!   activities, redundant sides and rows, infeasible rows;
//! - `duplicate_rows.rs`: parallel rows merged;
//! - `dual_fixing.rs`: columns dominated by their own bound (no lock
//!   against the cheap direction) fixed; why identical and parallel
//!   columns are left to the symmetry handling is explained there;
//! - `parallel_columns.rs`: of identical binary columns that exclude each
//!   other, all but the cheapest fixed to 0;
//! - `singleton_columns.rs`: implied-free continuous column singletons of
//!   equalities substituted out with their row;
//! - `doubleton.rs`: doubleton equations aggregated (`x = α y + β` where
//!   integrality permits);
//! - `coefficients.rs`: coefficient tightening of binaries on one-sided
//!   rows;
//! - `implied_integers.rs`: continuous columns an equality forces
//!   integral become integer;
//! - `probing.rs`: probing on binaries (fixings, bounds implied by both
//!   sides), after the other reductions reach their fixpoint;
//! - `knapsack_lifting.rs`: exact lifting of binary knapsack rows, on the
//!   reduced problem at the end.
//!
//! Each pass keeps the invariant the search relies on: **the reduced
//! problem has an optimum iff the original has, of the same value, and
//! every reduced point maps by [`Postsolve::expand`] to an original point
//! with the same objective that is feasible when the reduced point is**.
//! Costs of removed columns move into the objective offset (fixed columns)
//! or onto the columns they are expressed in (substitutions), so values,
//! bounds and cutoffs of the reduced problem are those of the original.
//! Most reductions keep every feasible point; dual fixing keeps at least
//! one optimal one. The search still verifies every postsolved point
//! against the original problem before it keeps it.

mod activity;
mod coefficients;
mod doubleton;
mod dual_fixing;
mod duplicate_rows;
mod implied_integers;
mod knapsack_lifting;
mod parallel_columns;
mod postsolve;
mod probing;
mod simple;
mod singleton_columns;
mod stats;
#[cfg(test)]
mod tests;
mod workspace;

pub(crate) use knapsack_lifting::lift_knapsack_rows;
pub(crate) use postsolve::{Fate, Postsolve};
pub use stats::PresolveStats;
use workspace::Workspace;

use crate::budget::Budget;
use crate::model::Problem;

/// Fixpoint rounds at most (each is one pass of every reduction).
const MAX_ROUNDS: usize = 25;

/// Probing passes at most (each followed by the rounds to a fixpoint).
const MAX_PROBING_PASSES: usize = 2;

/// The name that switches probing off (`--disable presolve.probing`).
pub(crate) const PROBING: &str = "presolve.probing";

/// Which optional reductions run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PresolveOptions {
    /// Probing on binaries (`probing.rs`).
    pub(crate) probing: bool,
}

impl PresolveOptions {
    /// Every reduction but those in `disabled` (component names).
    pub(crate) fn without(disabled: &[String]) -> Self {
        PresolveOptions {
            probing: !disabled.iter().any(|d| d == PROBING),
        }
    }
}

/// What presolve made of a problem.
pub(crate) enum PresolveOutcome {
    /// The reduced problem, with its postsolve.
    Reduced(Box<Presolved>),
    /// No reduction applied: the search works on the original problem.
    Unchanged(PresolveStats),
    /// Presolve proved the problem infeasible.
    Infeasible(PresolveStats),
}

/// A reduced problem and the way back.
pub(crate) struct Presolved {
    /// The reduced problem (the original's names for what is left).
    pub(crate) problem: Problem,
    /// Reduced points to original ones.
    pub(crate) postsolve: Postsolve,
    /// What each reduction did.
    pub(crate) stats: PresolveStats,
}

impl Presolved {
    /// Whether the reduced problem has the original's columns (none
    /// removed): then a symmetry of the original is one of the reduced
    /// problem (no column-keeping reduction changes the feasible set).
    pub(crate) fn keeps_columns(&self) -> bool {
        self.stats.removed_columns == 0
    }
}

/// Presolves `p` within `budget` (see the module docs). A problem with
/// semi-continuous columns is returned unchanged.
pub(crate) fn presolve(p: &Problem, budget: Budget, options: PresolveOptions) -> PresolveOutcome {
    if p.has_semi() {
        return PresolveOutcome::Unchanged(PresolveStats::default());
    }
    let mut ws = Workspace::new(p, budget);
    // Integer columns take integral bounds (a fixing then fixes at an
    // integer).
    for j in ws.alive_cols() {
        let jj = j as usize;
        if ws.kind[jj].is_integral() {
            ws.tighten_bounds(j, ws.lower[jj], ws.upper[jj]);
        }
    }
    if ws.infeasible {
        return PresolveOutcome::Infeasible(ws.stats);
    }
    rounds(&mut ws);
    for _ in 0..MAX_PROBING_PASSES {
        if !options.probing || ws.stopped() || probing::probe_binaries(&mut ws, p) == 0 {
            break;
        }
        rounds(&mut ws);
    }
    if ws.infeasible {
        return PresolveOutcome::Infeasible(ws.stats);
    }
    if !ws.stopped() {
        implied_integers::detect_implied_integers(&mut ws);
    }
    if ws.infeasible {
        return PresolveOutcome::Infeasible(ws.stats);
    }
    if !ws.stats.changed_anything() {
        return PresolveOutcome::Unchanged(ws.stats);
    }
    finish(p, ws)
}

/// Rounds of every reduction until nothing changes, the time share ends or
/// the problem is found infeasible (at most [`MAX_ROUNDS`] in all).
fn rounds(ws: &mut Workspace) {
    while ws.stats.rounds < MAX_ROUNDS && !ws.infeasible {
        ws.stats.rounds += 1;
        let changes = one_round(ws);
        if changes == 0 || ws.stopped() {
            break;
        }
    }
}

/// One pass of every reduction; returns the number of changes.
fn one_round(ws: &mut Workspace) -> usize {
    let passes: [fn(&mut Workspace) -> usize; 9] = [
        simple::empty_and_singleton_rows,
        simple::fixed_columns,
        activity::tighten_by_activity,
        simple::fixed_columns,
        duplicate_rows::merge_parallel_rows,
        dual_fixing::dual_fix,
        parallel_columns::drop_identical_binaries,
        singleton_columns::implied_free_singletons,
        doubleton::aggregate_doubletons,
    ];
    let mut changes = 0;
    for pass in passes {
        changes += pass(ws);
        if ws.stopped() {
            return changes;
        }
    }
    changes + coefficients::tighten_coefficients(ws)
}

/// Builds the reduced problem from the workspace.
fn finish(p: &Problem, ws: Workspace) -> PresolveOutcome {
    let (problem, kept) = match ws.build(p) {
        Ok(built) => built,
        // A reduced problem the builder refuses is a presolve bug: solve
        // the original rather than fail.
        Err(_) => return PresolveOutcome::Unchanged(PresolveStats::default()),
    };
    let Workspace {
        mut postsolve,
        mut stats,
        ..
    } = ws;
    postsolve.set_kept(kept);
    stats.removed_nonzeros = p.num_nonzeros().saturating_sub(problem.num_nonzeros());
    PresolveOutcome::Reduced(Box::new(Presolved {
        problem,
        postsolve,
        stats,
    }))
}
