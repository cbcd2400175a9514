//! LP reader and writer (being written).
use super::{Parsed, ReadError};
use crate::model::Problem;
/// Parses LP text.
pub fn parse(_text: &str, file: &str) -> Result<Parsed, ReadError> {
    Err(ReadError::syntax(file, 1, "LP reader not yet written"))
}
/// Writes LP.
pub fn write_string(_p: &Problem) -> Result<String, String> {
    Ok(String::new())
}
