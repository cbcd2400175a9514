//! [`CompareError`]: what can stop a comparison (bad options, a backend
//! that is not compiled in, a plot that cannot be written). A run that hits
//! its time limit or finds the instance infeasible is a status, not an
//! error.

use thiserror::Error;

use crate::solve::SolveError;

/// A comparison that cannot be carried out as asked.
#[derive(Debug, Error)]
pub enum CompareError {
    /// A method name that is not one of `plain`, `plain-sym`, `learned`,
    /// `highs`.
    #[error("unknown method '{0}' (expected plain, plain-sym, learned or highs)")]
    UnknownMethod(String),
    /// A method whose backend this build does not contain.
    #[error(
        "method '{method}' needs the cargo feature '{feature}': rebuild with --features {feature}"
    )]
    NotCompiled {
        /// The method asked for.
        method: &'static str,
        /// The cargo feature that provides it.
        feature: &'static str,
    },
    /// Options that do not fit together (no method, a method twice, a
    /// non-positive time limit).
    #[error("{0}")]
    Options(String),
    /// The solver rejected its settings (a defect, never a hit limit).
    #[error(transparent)]
    Solve(#[from] SolveError),
    /// Shard files that cannot be written or merged.
    #[error(transparent)]
    Shard(#[from] crate::shard::ShardError),
    /// The plot could not be drawn.
    #[error("cannot draw the plot: {0}")]
    Plot(String),
    /// The plot could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The SVG file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}
