//! The error type of the readers and writers (warnings are in
//! [`parsed`](super::parsed)).

use thiserror::Error;

/// Why a file could not be read (or written).
#[derive(Debug, Error)]
pub enum ReadError {
    /// The operating system could not read or write the file.
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line does not say what the format requires there.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// The file (or label) being read.
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What was expected and what was found.
        message: String,
    },
    /// The extension names no known format.
    #[error("{file}: unknown file format (expected .mps, .lp, .sol or .json, optionally .gz)")]
    UnknownFormat {
        /// The file.
        file: String,
    },
    /// The problem cannot be written in this format.
    #[error("{file}: cannot write: {message}")]
    Write {
        /// The file.
        file: String,
        /// Why.
        message: String,
    },
}

impl ReadError {
    /// A syntax error at `line` of `file`.
    pub fn syntax(file: &str, line: usize, message: impl Into<String>) -> Self {
        ReadError::Syntax {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    /// The 1-based line of a syntax error, if it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            ReadError::Syntax { line, .. } => Some(*line),
            _ => None,
        }
    }
}
