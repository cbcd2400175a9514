//! What a reader returns: the problem it read ([`Parsed`]) and the
//! accepted oddities worth telling the user about ([`Warning`]).
//!
//! A leaf module, so the readers need not import their parent; both types
//! are re-exported from [`io`](super).

use std::fmt;

use super::error::ReadError;
use crate::model::Problem;

/// A problem read from a file, with what the reader noticed on the way.
#[derive(Clone, Debug)]
pub struct Parsed {
    /// The problem.
    pub problem: Problem,
    /// Accepted oddities worth telling the user about.
    pub warnings: Vec<Warning>,
}

impl Parsed {
    /// The problem only if the reader had nothing to warn about: strict
    /// reading (`--strict` on the command line), for those who want no
    /// input tolerated. `file` labels the error.
    ///
    /// # Errors
    /// The first warning (by line), as a [`ReadError::Syntax`] at its line.
    pub fn into_strict(self, file: &str) -> Result<Parsed, ReadError> {
        match self.warnings.iter().min_by_key(|w| w.line) {
            None => Ok(self),
            Some(w) => Err(ReadError::syntax(
                file,
                w.line,
                format!("{} (a warning, an error when reading strictly)", w.message),
            )),
        }
    }
}

/// Something a reader accepted but the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The 1-based line it concerns.
    pub line: usize,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}
