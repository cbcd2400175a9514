//! [`SolveError`]: bad settings, never a solver verdict.

use thiserror::Error;

use crate::model::ModelError;

/// Why a solve could not even start. Infeasibility, limits and backend
/// failures are [`Status`](super::Status)es, not errors.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SolveError {
    /// A setting is out of range (a negative or NaN gap or time limit, a
    /// fixing of an unknown variable or to a non-finite value, a warm start
    /// of the wrong length).
    #[error("invalid solve settings: {0}")]
    InvalidSettings(String),
    /// The sub-problem could not be built: an extra row the model rejects
    /// (unknown variable, duplicate name or entry, inconsistent sides, ...).
    #[error("invalid extra row: {0}")]
    Subproblem(#[from] ModelError),
    /// The requested backend is not part of this build.
    #[error("the {backend} backend is not compiled in: rebuild with --features {feature}")]
    BackendNotCompiled {
        /// The backend's name.
        backend: &'static str,
        /// The cargo feature that enables it.
        feature: &'static str,
    },
}
