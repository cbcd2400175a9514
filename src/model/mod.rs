//! The sparse MILP model every other module works on.
//!
//! A [`Problem`] is
//!
//! ```text
//!   min/max  c·x + offset
//!   s.t.     row_lower ≤ A x ≤ row_upper      (ranges, equalities and free rows in one form)
//!            var_lower ≤ x ≤ var_upper      (or x_j = 0 for a semi column)
//!            x_j integer for integer and binary columns
//! ```
//!
//! A semi-continuous column (semi-integer when integral) is flagged by
//! [`Problem::is_semi`]: its domain is `{0} ∪ [var_lower, var_upper]`.
//!
//! with `A` stored sparse twice, by rows and by columns, so both directions
//! are O(nonzeros) to walk. Variables and rows are addressed by the typed ids
//! [`VarId`] and [`ConsId`]; names map back to ids in O(1).
//!
//! A `Problem` is immutable once built; library users and the readers create
//! one through [`ProblemBuilder`], which rejects inconsistent input (NaN,
//! `lower > upper`, duplicate names or entries) with a [`ModelError`].

pub(crate) mod builder;
mod error;
mod ids;
mod name_list;
pub(crate) mod names;
pub mod objective;
mod problem;
mod solution;
mod sparse;
mod stats;

pub use builder::ProblemBuilder;
pub use error::ModelError;
pub use ids::{ConsId, VarId};
pub use name_list::{Names, NamesIter};
pub use problem::{Problem, Sense, VarKind};
pub use solution::Solution;
pub use sparse::SparseMatrix;
pub use stats::ProblemStats;
