//! The seams of the branch-and-cut: one trait per kind of plugin, as SCIP's
//! plugin types and HiGHS's `HighsSeparator` list are.
//!
//! - [`Separator`] ([`separator`]): cutting planes for an LP point;
//! - [`PrimalHeuristic`] ([`heuristic`]): feasible points, run on a
//!   [`Schedule`] (at the root, every k nodes, after a new incumbent) within
//!   a time share;
//! - [`Propagator`] ([`propagator`]): domain reductions at a node (symmetry,
//!   reduced costs), after its LP, and for a branching's 0-child;
//! - [`BranchingRule`] ([`branching`]): the variable to branch on.
//!
//! The search holds one list per kind, built in one place
//! ([`registry`]): the built-in components with their priorities, then
//! the ones registered through [`Plugins`] in
//! [`BnbSettings`](super::BnbSettings), minus the ones switched off by name
//! ([`BnbSettings::disabled`](super::BnbSettings::disabled)). Every
//! component has a name (`cuts.cover`, `heur.lp_dive`, ...) and its own
//! statistics ([`ComponentStats`]: calls, time, what it found), reported
//! in [`BnbStats::components`](super::BnbStats::components) and printed as a
//! table at the end of a logged run.

pub mod branching;
pub mod heuristic;
pub mod propagator;
pub mod registry;
pub mod separator;
mod stats;

pub use branching::{BranchingContext, BranchingDecision, BranchingRule, Probe};
pub use heuristic::{HeuristicContext, PrimalHeuristic, Schedule};
pub use propagator::{Hooks, PropagationContext, Propagator};
pub use registry::{Plugins, UnknownComponent, builtin_names};
pub use separator::{SeparationContext, Separator};
pub(crate) use stats::print_table;
pub use stats::{ComponentKind, ComponentStats};

pub(crate) use registry::Components;
