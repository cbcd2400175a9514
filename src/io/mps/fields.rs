//! The pieces of an MPS line: fields in free and fixed format and numbers,
//! and a line read as free format first and by fixed columns second.

/// The most fields an MPS data line can have (a bound type and a set name,
/// or a name followed by two name/value pairs).
pub(super) const MAX_FIELDS: usize = 6;

/// The whitespace-separated fields of a free-format data line, up to the
/// first field that starts with `$` (a comment).
///
/// Only the first [`MAX_FIELDS`] fields are kept; [`len`](Self::len) still
/// counts all of them so that a line with too many fields is reported as such.
pub(super) struct FreeFields<'a> {
    items: [&'a str; MAX_FIELDS],
    count: usize,
}

impl<'a> FreeFields<'a> {
    /// Splits `line` at ASCII whitespace.
    pub(super) fn split(line: &'a str) -> Self {
        let bytes = line.as_bytes();
        let mut items = [""; MAX_FIELDS];
        let mut count = 0;
        let mut i = 0;
        loop {
            i = skip_whitespace(bytes, i);
            if i == bytes.len() || bytes[i] == b'$' {
                break;
            }
            let start = i;
            i = token_end(bytes, i);
            if count < MAX_FIELDS {
                // `start` and `i` sit next to ASCII bytes (or the ends), so
                // they are char boundaries.
                items[count] = &line[start..i];
            }
            count += 1;
        }
        FreeFields { items, count }
    }

    /// The number of fields on the line (possibly more than are kept).
    pub(super) fn len(&self) -> usize {
        self.count
    }

    /// The kept fields.
    pub(super) fn kept(&self) -> &[&'a str] {
        &self.items[..self.count.min(MAX_FIELDS)]
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes of `bytes` from `i` as a little-endian word (the caller
/// checks `i + 8 <= bytes.len()`).
#[inline]
fn word_at(bytes: &[u8], i: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(word)
}

/// The first index from `i` that is not ASCII whitespace (or the end).
/// MPS files pad fields with long runs of spaces: those are skipped eight
/// bytes at a time.
#[inline]
fn skip_whitespace(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while i + 8 <= bytes.len() {
            let differs = word_at(bytes, i) ^ (ONES * u64::from(b' '));
            if differs != 0 {
                // The lowest nonzero byte is the first that is not a space.
                i += (differs.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        } else {
            return i;
        }
    }
}

/// The first index from `i` that is ASCII whitespace (or the end): eight
/// bytes at a time up to the first byte below `!` (every ASCII whitespace
/// byte is), then byte by byte.
#[inline]
fn token_end(bytes: &[u8], mut i: usize) -> usize {
    loop {
        while i + 8 <= bytes.len() {
            let x = word_at(bytes, i);
            // High bit set in each byte below 0x21; the lowest such mark is
            // exact (borrows only add marks above a true one).
            let below = x.wrapping_sub(ONES * 0x21) & !x & HIGHS;
            if below != 0 {
                i += (below.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        if i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        } else {
            return i;
        }
    }
}

/// The six fields of a fixed-format line: columns 2-3, 5-12, 15-22, 25-36,
/// 40-47 and 50-61, each trimmed of spaces (empty when blank).
pub(super) type FixedFields<'a> = [&'a str; MAX_FIELDS];

/// Where the six fixed-format fields start and end (0-based, end exclusive).
const FIXED_SPANS: [(usize, usize); MAX_FIELDS] =
    [(1, 3), (4, 12), (14, 22), (24, 36), (39, 47), (49, 61)];

/// Reads `line` by the fixed-format columns, or `None` if it does not fit
/// that layout: it must be ASCII without tabs, with spaces in every column
/// outside the six fields (1, 4, 13-14, 23-24, 37-39, 48-49 and past 61).
/// A `$` at the start of field 3 or field 5 begins a comment.
pub(super) fn split_fixed(line: &str) -> Option<FixedFields<'_>> {
    if !line.is_ascii() || line.contains('\t') {
        return None;
    }
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    for start in [FIXED_SPANS[2].0, FIXED_SPANS[4].0] {
        if bytes.get(start) == Some(&b'$') {
            end = end.min(start);
        }
    }
    let line = &line[..end];
    let bytes = line.as_bytes();
    let mut gap_start = 0;
    for &(start, stop) in &FIXED_SPANS {
        let gap = &bytes[gap_start.min(bytes.len())..start.min(bytes.len())];
        if gap.iter().any(|&b| b != b' ') {
            return None;
        }
        gap_start = stop;
    }
    if bytes.len() > gap_start && bytes[gap_start..].iter().any(|&b| b != b' ') {
        return None;
    }
    let mut fields = [""; MAX_FIELDS];
    for (field, &(start, stop)) in fields.iter_mut().zip(&FIXED_SPANS) {
        if start < line.len() {
            // ASCII line: every byte index is a char boundary.
            *field = line[start..stop.min(line.len())].trim_matches(' ');
        }
    }
    Some(fields)
}

/// A token as shown in an error message: quoted, and cut after 40
/// characters so that a megabyte-long token does not make a megabyte-long
/// message.
pub(super) fn quoted(token: &str) -> String {
    const LIMIT: usize = 40;
    match token.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("'{}...'", &token[..cut]),
        None => format!("'{token}'"),
    }
}

/// Whether a number may be infinite where it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Infinity {
    /// Only finite values (coefficients, ranges, the objective constant).
    Forbidden,
    /// The words `inf`, `infinity` (any case, with a sign) are accepted
    /// (bounds, right-hand sides); overflow like `1e999` is still an error.
    Allowed,
}

/// Reads a number with Rust's `f64` grammar (`1`, `-.5`, `2.`, `1e-3`,
/// `+4E2`), rejecting what the grammar lets through but a model must not
/// contain: NaN, infinity where `infinity` is [`Infinity::Forbidden`], a
/// finite literal that overflows to infinity (`1e999`) or a nonzero literal
/// that underflows to zero (`1e-999`).
pub(super) fn parse_number(token: &str, infinity: Infinity) -> Result<f64, String> {
    let Ok(value) = crate::io::parse_f64(token) else {
        return Err(format!("expected a number, found {}", quoted(token)));
    };
    if value.is_nan() {
        return Err(format!(
            "expected a number, found {} (NaN is not allowed)",
            quoted(token)
        ));
    }
    if value.is_infinite() {
        let word = token
            .trim_start_matches(['+', '-'])
            .starts_with(|c: char| c.is_ascii_alphabetic());
        if !word {
            return Err(format!(
                "number out of range: {} overflows to infinity",
                quoted(token)
            ));
        }
        if infinity == Infinity::Forbidden {
            return Err(format!("expected a finite number, found {}", quoted(token)));
        }
    }
    if value == 0.0 {
        let mantissa = token.split(['e', 'E']).next().unwrap_or(token);
        if mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            return Err(format!(
                "number out of range: {} underflows to zero",
                quoted(token)
            ));
        }
    }
    Ok(value)
}

/// Reads a line first as free format, and only if that fails and the line
/// fits the fixed-format layout, by fixed columns (see the [MPS module
/// documentation](super)).
pub(super) fn with_fallback<'a, R>(
    line: &'a str,
    fields: &FreeFields<'a>,
    free: impl FnOnce(&FreeFields<'a>) -> Result<R, String>,
    fixed: impl FnOnce(&FixedFields<'a>) -> Result<R, String>,
) -> Result<R, String> {
    let free_error = match free(fields) {
        Ok(record) => return Ok(record),
        Err(e) => e,
    };
    let Some(fixed_fields) = split_fixed(line) else {
        return Err(free_error);
    };
    fixed(&fixed_fields).map_err(|fixed_error| {
        if fixed_fields.iter().any(|f| f.contains(' ')) {
            format!("{free_error}; read in fixed-format columns instead: {fixed_error}")
        } else {
            free_error
        }
    })
}

pub(super) fn field_count_error(expected: &str, found: usize) -> String {
    format!(
        "expected {expected}, found {found} field{}",
        if found == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs of field separators that random-line tests put between fields:
    /// spaces, tabs, a lone `\r`, a form feed.
    pub(crate) const TEST_GAPS: [&str; 7] = [
        " ",
        "  ",
        "\t",
        "         ",
        " \r ",
        "\u{c}",
        "        \t  ",
    ];

    #[test]
    fn free_fields_stop_at_a_dollar_comment_and_count_extra_fields() {
        let f = FreeFields::split("   x  c1  1.5  $ c2 2");
        assert_eq!(f.kept(), &["x", "c1", "1.5"]);
        let f = FreeFields::split(" a b c d e f g h");
        assert_eq!(f.len(), 8);
        assert_eq!(f.kept().len(), MAX_FIELDS);
        assert_eq!(FreeFields::split(" \t ").len(), 0);
        // `$` inside a name is part of the name
        assert_eq!(FreeFields::split(" a$b 1").kept(), &["a$b", "1"]);
    }

    #[test]
    fn free_fields_match_a_plain_split_on_mixed_whitespace_and_control_bytes() {
        let pieces = [
            "a",
            "bb",
            "ccccccccc",
            "\u{1}x",
            "é€",
            "$c",
            "R0000001",
            "x\u{7f}y",
            "-1.5e3",
        ];
        let gaps = TEST_GAPS;
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut line = String::new();
            let n = (seed % 9) as usize;
            for k in 0..n {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                line.push_str(gaps[(seed >> 40) as usize % gaps.len()]);
                if k == 0 && seed & 1 == 0 {
                    continue;
                }
                line.push_str(pieces[(seed >> 50) as usize % pieces.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(3);
            let expected: Vec<&str> = line
                .split(|c: char| c.is_ascii_whitespace())
                .filter(|t| !t.is_empty())
                .take_while(|t| !t.starts_with('$'))
                .collect();
            let f = FreeFields::split(&line);
            assert_eq!(f.len(), expected.len(), "{line:?}");
            assert_eq!(
                f.kept(),
                &expected[..expected.len().min(MAX_FIELDS)],
                "{line:?}"
            );
        }
    }

    #[test]
    fn fixed_fields_follow_the_column_layout_and_reject_misaligned_lines() {
        let line = "    MY COL    ROW 1              2.5   ROW 2             -1.";
        let f = split_fixed(line).unwrap();
        assert_eq!(f, ["", "MY COL", "ROW 1", "2.5", "ROW 2", "-1."]);
        assert_eq!(
            split_fixed(" L  ROW 1").unwrap(),
            ["L", "ROW 1", "", "", "", ""]
        );
        assert!(split_fixed("    long_column_name  c1  1").is_none());
        // short free-format lines may fit the layout: they are read the same
        assert_eq!(split_fixed("    x1 c1 1").unwrap()[1], "x1 c1 1");
        assert!(split_fixed("\tx c 1").is_none());
        let with_comment = "    X         R1                 1.0   $ a comment";
        assert_eq!(
            split_fixed(with_comment).unwrap(),
            ["", "X", "R1", "1.0", "", ""]
        );
    }

    #[test]
    fn numbers_reject_nan_overflow_underflow_and_forbidden_infinity() {
        assert_eq!(parse_number("-.5", Infinity::Forbidden), Ok(-0.5));
        assert_eq!(parse_number("2.", Infinity::Forbidden), Ok(2.0));
        assert_eq!(parse_number("5e-324", Infinity::Forbidden), Ok(5e-324));
        assert_eq!(parse_number("0e-999", Infinity::Forbidden), Ok(0.0));
        assert!(
            parse_number("1.0.0", Infinity::Allowed)
                .unwrap_err()
                .contains("expected a number")
        );
        assert!(
            parse_number("NaN", Infinity::Allowed)
                .unwrap_err()
                .contains("NaN")
        );
        assert!(
            parse_number("inf", Infinity::Forbidden)
                .unwrap_err()
                .contains("finite")
        );
        assert_eq!(
            parse_number("-Infinity", Infinity::Allowed),
            Ok(f64::NEG_INFINITY)
        );
        assert!(
            parse_number("1e999", Infinity::Allowed)
                .unwrap_err()
                .contains("overflows")
        );
        assert!(
            parse_number("1e-999", Infinity::Allowed)
                .unwrap_err()
                .contains("underflows")
        );
    }

    #[test]
    fn long_tokens_are_cut_in_messages() {
        let long = "x".repeat(1000);
        assert!(quoted(&long).len() < 50);
        assert_eq!(quoted("ab"), "'ab'");
    }
}
