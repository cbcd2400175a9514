//! The built-in [`Separator`](super::components::Separator)s, one file per
//! cut family, each a thin adapter from the search's
//! [`SeparationContext`](super::components::SeparationContext) to the pure
//! separation routines of [`super::cuts`].

mod aggregation;
mod cliques;
mod covers;
mod gomory;
mod mir;

pub(crate) use aggregation::Aggregation;
pub(crate) use cliques::Cliques;
pub(crate) use covers::Covers;
pub(crate) use gomory::Gomory;
pub(crate) use mir::Mir;
