//! Reading and writing problems and solutions.
//!
//! - [`mps`]: MPS, free and fixed format (read), free format (write);
//! - [`lp`]: the CPLEX LP format (read and write);
//! - [`solution`]: solution files (`=obj=` then `name value` lines) and JSON;
//! - [`files`]: the problem files of a folder, the solution beside one;
//! - [`dimacs`]: DIMACS `.col` graphs (read), for the coloring family.
//!
//! The readers are strict: every malformed line is a [`ReadError`] naming
//! the file, the line and what was expected; nothing is silently dropped or
//! guessed, nothing panics, and no allocation is sized from the file's own
//! claims. What is accepted but worth knowing (a second objective row
//! dropped, a negative upper bound lowering the default lower bound, text
//! after ENDATA, an integer block never closed) comes back as a [`Warning`]
//! beside the problem; [`Parsed::into_strict`] turns the first into an
//! error for those who want nothing tolerated.
//!
//! [`read_problem`] picks the format by the file's extension and unpacks
//! `.gz` files.

mod decimal;
pub mod dimacs;
mod error;
pub mod files;
pub mod lp;
pub mod mps;
mod parsed;
pub mod solution;
mod source;

use std::path::Path;

#[cfg(test)]
pub(crate) use decimal::parse_plain_f64;
pub(crate) use decimal::{from_parts as decimal_from_parts, parse_f64};
pub use error::ReadError;
pub use parsed::{Parsed, Warning};
pub(crate) use source::write_text;
pub use source::{decode_utf8, read_text};

use crate::model::Problem;

/// A problem file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// MPS (read: free or fixed; write: free).
    Mps,
    /// CPLEX LP.
    Lp,
}

impl Format {
    /// The format of a path by its extension: `.mps`, `.lp`, either with a
    /// trailing `.gz` (case-insensitive). Also reports whether it is gzipped.
    pub fn of_path(path: &Path) -> Option<(Format, bool)> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (stem, gz) = match name.strip_suffix(".gz") {
            Some(s) => (s.to_string(), true),
            None => (name, false),
        };
        if stem.ends_with(".mps") || stem.ends_with(".freemps") {
            Some((Format::Mps, gz))
        } else if stem.ends_with(".lp") {
            Some((Format::Lp, gz))
        } else {
            None
        }
    }
}

/// Reads a problem file, picking the format by extension (`.mps`, `.lp`,
/// optionally `.gz`).
///
/// # Errors
/// An unknown extension, an unreadable or non-UTF-8 file, or any syntax or
/// model error, with the file name and line.
pub fn read_problem(path: impl AsRef<Path>) -> Result<Parsed, ReadError> {
    let path = path.as_ref();
    let label = path.display().to_string();
    let (format, _) = Format::of_path(path).ok_or_else(|| ReadError::UnknownFormat {
        file: label.clone(),
    })?;
    let text = read_text(path)?;
    parse_str(format, &text, &label)
}

/// Parses text in the given format; `file` is the label used in errors.
///
/// # Errors
/// Any syntax or model error, with the line.
pub fn parse_str(format: Format, text: &str, file: &str) -> Result<Parsed, ReadError> {
    match format {
        Format::Mps => mps::parse(text, file),
        Format::Lp => lp::parse(text, file),
    }
}

/// Writes a problem to a file, picking the format by extension (`.mps`,
/// `.lp`, optionally `.gz`).
///
/// # Errors
/// An unknown extension, an I/O failure, or a problem the format cannot
/// represent (e.g. a name that is not a valid LP identifier).
pub fn write_problem(problem: &Problem, path: impl AsRef<Path>) -> Result<(), ReadError> {
    let path = path.as_ref();
    let label = path.display().to_string();
    let (format, gz) = Format::of_path(path).ok_or_else(|| ReadError::UnknownFormat {
        file: label.clone(),
    })?;
    let text = match format {
        Format::Mps => mps::write_string(problem),
        Format::Lp => lp::write_string(problem),
    }
    .map_err(|message| ReadError::Write {
        file: label.clone(),
        message,
    })?;
    write_text(path, &text, gz)
}
