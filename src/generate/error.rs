//! [`GenerateError`]: parameters a family cannot generate from.

use thiserror::Error;

use crate::io::ReadError;
use crate::model::ModelError;

/// Why an instance could not be generated. Every variant names the family
/// and, where there is one, the parameter.
#[derive(Debug, Error)]
pub enum GenerateError {
    /// A count that must be at least 1 is 0 (items, bins, colors, ...).
    #[error("{family}: {parameter} must be at least 1")]
    Zero {
        /// The family (`bpp`, `coloring`, ...).
        family: &'static str,
        /// The parameter.
        parameter: &'static str,
    },
    /// A value outside its documented range.
    #[error("{family}: {parameter} must be {expected}, found {value}")]
    OutOfRange {
        /// The family.
        family: &'static str,
        /// The parameter.
        parameter: &'static str,
        /// The value given, as text.
        value: String,
        /// The accepted range, in words.
        expected: &'static str,
    },
    /// Parameters that are fine one by one but not together (an item larger
    /// than the capacity, a density too low to give every column two rows).
    #[error("{family}: {message}")]
    Inconsistent {
        /// The family.
        family: &'static str,
        /// What does not fit together.
        message: String,
    },
    /// A graph file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The model builder rejected the data (a bug in a generator, or
    /// numbers too large for the model).
    #[error(transparent)]
    Model(#[from] ModelError),
}

impl GenerateError {
    /// The parameter concerned, if the error is about one.
    pub fn parameter(&self) -> Option<&'static str> {
        match self {
            GenerateError::Zero { parameter, .. } | GenerateError::OutOfRange { parameter, .. } => {
                Some(parameter)
            }
            _ => None,
        }
    }
}
