//! Cutting-plane separators for the branch-and-cut: pure functions from a
//! problem and a fractional point to valid inequalities, plus a pool that
//! filters and ages them.
//!
//! - [`Cut`] ([`cut`]): `Σ coefs·x <= rhs` over structural columns;
//! - [`knapsack_covers`] ([`cover`]): lifted minimal covers of the knapsack
//!   relaxation of each row side;
//! - [`ConflictGraph`] ([`clique`]): the conflict graph of binary literals,
//!   built once, separated many times for violated cliques;
//! - [`gomory_mixed_integer`] ([`gmi`]): the Gomory mixed-integer cut of one
//!   simplex tableau row;
//! - [`cmir_cuts`] ([`mir`]): complemented mixed-integer rounding of each
//!   row side, with variable upper bounds substituted;
//! - [`aggregated_cmir_cuts`] ([`aggregation`]): c-MIR of rows combined
//!   so that continuous columns inside their bounds cancel (path
//!   aggregation, flow-cover-like cuts of networks);
//! - [`CutPool`] ([`pool`]): deduplication, efficacy and parallelism
//!   filters, aging.
//!
//! Every separator is stateless apart from [`ConflictGraph`] and knows
//! nothing of the LP solver: the branch-and-cut core passes bounds, points
//! and (for Gomory cuts) tableau rows in the documented conventions. Cover
//! and clique cuts are valid wherever the bounds passed in hold: pass global
//! bounds for globally valid cuts.
//!
//! Tolerances shared by the separators: a knapsack or pairwise conflict is
//! only used when it is violated by more than
//! [`SEPARATION_FEASIBILITY`](crate::tolerances::SEPARATION_FEASIBILITY) relative to
//! `max(1, |capacity|)`, so an integer point that a feasibility check with
//! tolerance 1e-6 accepts is never cut off; a cut is returned only when its
//! violation at the point exceeds [`MIN_VIOLATION`].

pub mod aggregation;
pub mod clique;
pub mod cover;
pub mod cut;
pub mod gmi;
pub(crate) mod knapsack;
pub mod mir;
pub mod pool;

pub use aggregation::{AggregationLimits, aggregated_cmir_cuts};
pub use clique::ConflictGraph;
pub use cover::knapsack_covers;
pub use cut::{Cut, CutFamily};
pub use gmi::{
    GmiInput, GmiSettings, ProblemTableau, TableauEntry, TableauLp, gomory_mixed_integer,
};
pub use mir::{BaseRow, RowSlack, VariableBounds, cmir_cuts, cmir_of_base_row};
pub use pool::{CutId, CutPool, SelectParams};

/// A separated cover or clique cut is returned only when its violation
/// `activity - rhs` at the point exceeds this.
pub const MIN_VIOLATION: f64 = 1e-6;

#[cfg(test)]
pub(crate) mod test_support;
