//! Errors raised when a problem is built from inconsistent data.

use thiserror::Error;

/// What is wrong with data handed to [`ProblemBuilder`](super::ProblemBuilder).
///
/// The readers turn these into errors that also name the file and line.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ModelError {
    /// A variable name is used twice.
    #[error("duplicate variable name '{0}'")]
    DuplicateVariable(String),
    /// A row name is used twice.
    #[error("duplicate row name '{0}'")]
    DuplicateRow(String),
    /// The same (row, variable) entry is given twice.
    #[error("duplicate entry for variable '{var}' in row '{row}'")]
    DuplicateEntry {
        /// The row's name.
        row: String,
        /// The variable's name.
        var: String,
    },
    /// A coefficient (matrix entry or objective) is NaN or infinite.
    #[error("{what} must be a finite number, found {value}")]
    NotFinite {
        /// Which number, e.g. "coefficient of 'x' in row 'c1'".
        what: String,
        /// The offending value.
        value: f64,
    },
    /// A bound is NaN, or a lower bound is +inf, or an upper bound is -inf.
    #[error("invalid {what} {value} for '{name}'")]
    InvalidBound {
        /// "lower bound", "upper bound", "row lower side", ...
        what: &'static str,
        /// The variable or row.
        name: String,
        /// The offending value.
        value: f64,
    },
    /// `lower > upper` for a variable or a row.
    #[error("inconsistent bounds for '{name}': lower {lower} > upper {upper}")]
    InconsistentBounds {
        /// The variable or row.
        name: String,
        /// Its lower bound or side.
        lower: f64,
        /// Its upper bound or side.
        upper: f64,
    },
    /// A semi-continuous variable whose domain `{0} ∪ [lower, upper]` is
    /// not `[lower, upper]` and has an infinite bound (HiGHS rejects an
    /// infinite semi-continuous upper bound too; the exact reformulation
    /// with a binary indicator needs both bounds finite).
    #[error("semi-continuous variable '{name}' needs finite bounds (lower {lower}, upper {upper})")]
    InvalidSemi {
        /// The variable.
        name: String,
        /// Its lower bound.
        lower: f64,
        /// Its upper bound.
        upper: f64,
    },
    /// An id that does not belong to this problem.
    #[error("unknown {what} id {id}")]
    UnknownId {
        /// "variable" or "row".
        what: &'static str,
        /// The raw id.
        id: u32,
    },
    /// A name that does not belong to this problem.
    #[error("unknown {what} '{name}'")]
    UnknownName {
        /// "variable" or "row".
        what: &'static str,
        /// The name.
        name: String,
    },
    /// More variables, rows or nonzeros than a `u32` id can address.
    #[error("too many {0} (at most 2^32 - 1)")]
    TooLarge(&'static str),
    /// An empty name.
    #[error("empty {0} name")]
    EmptyName(&'static str),
}
