//! MPS reader and writer (being written).
use super::{Parsed, ReadError};
use crate::model::Problem;
/// Parses MPS text.
pub fn parse(_text: &str, file: &str) -> Result<Parsed, ReadError> {
    Err(ReadError::syntax(file, 1, "MPS reader not yet written"))
}
/// Writes free MPS.
pub fn write_string(_p: &Problem) -> String {
    String::new()
}
