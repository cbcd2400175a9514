//! Bytes in and out of files: `.gz` handling and strict UTF-8 decoding.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use flate2::Compression;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

use super::ReadError;

/// Reads a whole file as UTF-8 text, unpacking it if its name ends in `.gz`.
///
/// # Errors
/// I/O failure, a corrupt gzip stream, or bytes that are not UTF-8 (the
/// error names the line of the first bad byte).
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let label = path.display().to_string();
    let io_err = |source| ReadError::Io {
        file: label.clone(),
        source,
    };
    let mut bytes = Vec::new();
    let file = File::open(path).map_err(io_err)?;
    let gz = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    if gz {
        MultiGzDecoder::new(file)
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
    } else {
        let mut file = file;
        file.read_to_end(&mut bytes).map_err(io_err)?;
    }
    decode_utf8(bytes, &label)
}

/// Turns bytes into a `String`, or an error naming the line of the first
/// byte that is not UTF-8.
///
/// # Errors
/// Invalid UTF-8.
pub fn decode_utf8(bytes: Vec<u8>, file: &str) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        ReadError::syntax(
            file,
            line,
            format!("expected UTF-8 text, found byte 0x{:02x}", bytes[at]),
        )
    })
}

/// Writes text to a file, gzipped if `gz`.
pub(crate) fn write_text(path: &Path, text: &str, gz: bool) -> Result<(), ReadError> {
    let label = path.display().to_string();
    let io_err = |source| ReadError::Io {
        file: label.clone(),
        source,
    };
    let file = File::create(path).map_err(io_err)?;
    if gz {
        let mut enc = GzEncoder::new(file, Compression::default());
        enc.write_all(text.as_bytes()).map_err(io_err)?;
        enc.finish().map_err(io_err)?;
    } else {
        let mut file = std::io::BufWriter::new(file);
        file.write_all(text.as_bytes()).map_err(io_err)?;
        file.flush().map_err(io_err)?;
    }
    Ok(())
}
