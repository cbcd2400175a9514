//! The byte scanner of the MPS fast path: blanks skipped and tokens found
//! eight bytes at a time, plain decimals valued as they are scanned, and
//! each token handed over with the words a name look-up hashes, so a
//! plain data line is read in one pass with no allocation.
//!
//! It splits exactly as [`FreeFields::split`](super::fields::FreeFields)
//! does: a token is a run of bytes that are not ASCII whitespace. Where it
//! meets anything else (an ASCII control byte that is not whitespace, a `$`
//! comment, a number that is not a plain decimal) it reports that to its
//! caller, which leaves the line to the general path.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `i` as a little-endian word; bytes past
/// the end read as `\n`, so the end of the text reads as the end of a line.
#[inline(always)]
pub(super) fn load(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => load_end(bytes, i),
    }
}

/// [`load`] within eight bytes of the end.
#[cold]
#[inline(never)]
fn load_end(bytes: &[u8], i: usize) -> u64 {
    let mut word = [b'\n'; 8];
    let rest = bytes.get(i..).unwrap_or(&[]);
    let n = rest.len().min(8);
    word[..n].copy_from_slice(&rest[..n]);
    u64::from_le_bytes(word)
}

/// A token found by [`Scan::token`]: `start..end` in the text, with the
/// eight bytes from its start (`first`) and the eight bytes ending at its
/// end (`last`, zero for a token shorter than eight bytes).
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) first: u64,
    pub(super) last: u64,
}

/// A position in the text.
pub(super) struct Scan<'a> {
    bytes: &'a [u8],
    /// The next byte to read.
    pub(super) pos: usize,
}

impl<'a> Scan<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Scan {
            bytes: text.as_bytes(),
            pos: 0,
        }
    }

    /// The byte at the position (`\n` at the end of the text).
    #[inline(always)]
    pub(super) fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(b'\n')
    }

    /// Skips blanks (space, tab, `\r`, form feed: the ASCII whitespace
    /// other than `\n`), spaces eight at a time; returns the byte reached
    /// (`\n` at the end of the text).
    #[inline(always)]
    pub(super) fn skip_blanks(&mut self) -> u8 {
        loop {
            let w = load(self.bytes, self.pos);
            let differs = w ^ (ONES * u64::from(b' '));
            if differs == 0 {
                self.pos += 8;
                continue;
            }
            let k = differs.trailing_zeros() / 8;
            self.pos += k as usize;
            let b = (w >> (8 * k)) as u8;
            match b {
                b'\t' | b'\r' | 0x0c => self.pos += 1,
                _ => return b,
            }
        }
    }

    /// The token at the position (which holds a byte above `b' '`): up to
    /// the first ASCII byte at or below `b' '` (non-ASCII bytes belong to
    /// tokens). The caller checks with [`skip_blanks`](Self::skip_blanks)
    /// that the byte ending it is whitespace.
    #[inline(always)]
    pub(super) fn token(&mut self) -> Token {
        let start = self.pos;
        let first = load(self.bytes, start);
        let mut w = first;
        let mut i = start;
        loop {
            // `(w | HIGHS) - 0x21` per byte keeps a byte's high bit exactly
            // when its low seven bits are `!` or more, with no borrow
            // between bytes; `& !w` drops the non-ASCII bytes.
            let low = !(w | HIGHS).wrapping_sub(ONES * 0x21) & !w & HIGHS;
            if low != 0 {
                i += (low.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
            w = load(self.bytes, i);
        }
        // The padding past the end is `\n`, so `i` is at most the length.
        self.pos = i;
        let last = if i - start >= 8 {
            load(self.bytes, i - 8)
        } else {
            0
        };
        Token {
            start,
            end: i,
            first,
            last,
        }
    }

    /// The value of the plain decimal at the position, exactly as
    /// `crate::io::parse_plain_f64` (test-only) gives it for the token there, if the
    /// token is one (`[+-]digits[.digits][(e|E)[+-]digits]`, see
    /// [`crate::io::decimal_from_parts`]) and ends at an ASCII byte at or
    /// below `b' '` or the end of the text. `None` otherwise, with the
    /// position anywhere in the token.
    #[inline(always)]
    pub(super) fn number(&mut self) -> Option<f64> {
        let bytes = self.bytes;
        let mut k = self.pos;
        let negative = sign(bytes, &mut k);
        let mut mantissa = 0u64;
        let mut digits = decimal_digits(bytes, &mut k, &mut mantissa);
        let mut fraction = 0;
        if bytes.get(k) == Some(&b'.') {
            k += 1;
            fraction = decimal_digits(bytes, &mut k, &mut mantissa);
            digits += fraction;
        }
        let mut exponent = 0i64;
        if matches!(bytes.get(k), Some(b'e' | b'E')) {
            k += 1;
            let exp_negative = sign(bytes, &mut k);
            let mut value = 0u64;
            let count = decimal_digits(bytes, &mut k, &mut value);
            // As `parse_plain_f64`: longer exponents are left to the full
            // parser.
            if count == 0 || count > 4 {
                return None;
            }
            exponent = value as i64;
            if exp_negative {
                exponent = -exponent;
            }
        }
        // The token must end here.
        if bytes.get(k).is_some_and(|&b| b > b' ') {
            return None;
        }
        let magnitude =
            crate::io::decimal_from_parts(mantissa, digits, exponent - fraction as i64)?;
        self.pos = k;
        Some(if negative { -magnitude } else { magnitude })
    }
}

/// Skips an optional sign at `*k`; true if it was `-`.
#[inline(always)]
fn sign(bytes: &[u8], k: &mut usize) -> bool {
    match bytes.get(*k) {
        Some(b'-') => {
            *k += 1;
            true
        }
        Some(b'+') => {
            *k += 1;
            false
        }
        _ => false,
    }
}

/// Reads the decimal digits at `*k` into `acc` (wrapping: callers bound the
/// count) and returns how many there were.
#[inline(always)]
fn decimal_digits(bytes: &[u8], k: &mut usize, acc: &mut u64) -> usize {
    let start = *k;
    while let Some(&b) = bytes.get(*k) {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        *acc = acc.wrapping_mul(10).wrapping_add(u64::from(d));
        *k += 1;
    }
    *k - start
}

#[cfg(test)]
mod tests {
    use super::Scan;

    #[test]
    fn numbers_are_valued_as_the_plain_decimal_parser_values_them() {
        let alphabet = b"0123456789.-+eE";
        let mut seed = 3u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let mut valued = 0;
        for _ in 0..100_000 {
            let len = 1 + next(24);
            let token: String = (0..len)
                .map(|_| char::from(alphabet[if next(3) == 0 { next(15) } else { next(10) }]))
                .collect();
            let expected = crate::io::parse_plain_f64(&token);
            for end in ["", " ", "\n", "\t1", "x", "\u{1}", "é"] {
                let text = format!("{token}{end}");
                let got = Scan::new(&text).number();
                let ends_token = end.is_empty() || end.as_bytes()[0] <= b' ';
                match (got, expected) {
                    (Some(a), Some(b)) if ends_token => {
                        assert_eq!(a.to_bits(), b.to_bits(), "{text:?}");
                        valued += 1;
                    }
                    (None, None) => {}
                    (None, Some(_)) if !ends_token => {}
                    other => panic!("{text:?}: {other:?}"),
                }
            }
        }
        assert!(valued > 10_000, "{valued}");
    }
}
