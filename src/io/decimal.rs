//! [`parse_f64`]: `str::parse::<f64>` with an exact fast path for the short
//! decimals that fill model files (`-3.456`, `12.25`, `1e-3`).
//!
//! The fast path is Clinger's: when the digits form an integer `m ≤ 2^53`
//! and the decimal exponent `e` has `|e| ≤ 22`, both `m` and `10^|e|` are
//! exact `f64` values, so the one multiplication or division `m · 10^e`,
//! rounded once by IEEE 754, *is* the correctly rounded value of the
//! decimal: bit for bit what `str::parse` returns. Every other token (more
//! digits, larger exponents, `inf`, `nan`, anything malformed) goes to
//! `str::parse`, so the accepted grammar and the errors are unchanged.

use std::num::ParseFloatError;

/// `10^k` for `k ≤ 22`: every one is exactly representable in `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The largest integer up to which every integer is an exact `f64`.
const EXACT_INTEGER_LIMIT: u64 = 1 << 53;

/// Exactly `token.parse::<f64>()`, faster for short plain decimals.
///
/// # Errors
/// Whatever `str::parse::<f64>` reports for `token`.
#[inline]
pub(crate) fn parse_f64(token: &str) -> Result<f64, ParseFloatError> {
    match fast_path(token.as_bytes()) {
        Some(value) => Ok(value),
        None => token.parse::<f64>(),
    }
}

/// The value of a plain decimal token (see [`fast_path`]), or `None` for
/// any other token, which [`parse_f64`] would read with `str::parse` (or
/// reject). A value returned here is finite, and zero only if every digit
/// is zero.
#[cfg(test)]
pub(crate) fn parse_plain_f64(token: &str) -> Option<f64> {
    fast_path(token.as_bytes())
}

/// Reads the ASCII digits of `body` from `k` on into `mantissa` (wrapping,
/// see [`fast_path`]); returns the mantissa and the index after the run.
#[inline(always)]
fn digit_run(body: &[u8], mut k: usize, mut mantissa: u64) -> (u64, usize) {
    while k < body.len() {
        let d = body[k].wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d));
        k += 1;
    }
    (mantissa, k)
}

/// `[+-]digits[.digits][(e|E)[+-]digits]` with at least one mantissa digit,
/// at most 19 mantissa digits, a mantissa `≤ 2^53` and a decimal exponent
/// within ±22; `None` for anything else.
///
/// Written for the common `-3.456`: indexes are compared with the length
/// before every read (no bounds checks left in the loops), and the mantissa
/// may wrap past 19 digits because such tokens are handed on anyway.
#[inline]
fn fast_path(bytes: &[u8]) -> Option<f64> {
    let (negative, body) = match bytes.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, bytes),
    };
    let (mut mantissa, mut k) = digit_run(body, 0, 0);
    let mut digits = k;
    let mut fraction_digits = 0;
    if k < body.len() && body[k] == b'.' {
        k += 1;
        let first = k;
        (mantissa, k) = digit_run(body, k, mantissa);
        fraction_digits = k - first;
        digits += fraction_digits;
    }
    let exponent = if k == body.len() {
        0
    } else {
        exponent_part(&body[k..])?
    };
    let magnitude = from_parts(mantissa, digits, exponent - fraction_digits as i64)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// The value `mantissa · 10^e` of a decimal whose `digits` digits (point
/// and sign left out) read as the integer `mantissa` (wrapping past 19
/// digits), when the fast path applies: at least one and at most 19
/// digits, `mantissa ≤ 2^53` and `|e| ≤ 22`. `None` otherwise: the caller
/// then reads the token with `str::parse`. Readers that scan a number's
/// digits themselves call this to get exactly [`parse_f64`]'s value.
#[inline]
pub(crate) fn from_parts(mantissa: u64, digits: usize, e: i64) -> Option<f64> {
    // Past 19 digits the mantissa may have wrapped: not read here.
    if digits == 0 || digits > 19 || mantissa > EXACT_INTEGER_LIMIT {
        return None;
    }
    let m = mantissa as f64;
    Some(if e >= 0 {
        m * *POWERS_OF_TEN.get(e as usize)?
    } else {
        m / *POWERS_OF_TEN.get(e.unsigned_abs() as usize)?
    })
}

/// The value of `(e|E)[+-]digits` filling all of `rest` (at most four
/// digits; more are left to the full parser), or `None`.
fn exponent_part(rest: &[u8]) -> Option<i64> {
    let (&marker, rest) = rest.split_first()?;
    if marker != b'e' && marker != b'E' {
        return None;
    }
    let (negative, digits) = match rest.split_first()? {
        (b'-', tail) => (true, tail),
        (b'+', tail) => (false, tail),
        _ => (false, rest),
    };
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let mut exponent: i64 = 0;
    for &b in digits {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        exponent = exponent * 10 + i64::from(d);
    }
    Some(if negative { -exponent } else { exponent })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(token: &str) {
        let ours = parse_f64(token);
        let std = token.parse::<f64>();
        match (ours, std) {
            (Ok(a), Ok(b)) => assert_eq!(a.to_bits(), b.to_bits(), "{token}"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("{token}: {a:?} vs {b:?}"),
        }
    }

    #[test]
    fn agrees_bit_for_bit_with_str_parse_on_edge_cases() {
        for token in [
            "0",
            "-0",
            "+0",
            "0.0",
            "-0.0",
            ".5",
            "5.",
            ".",
            "-.",
            "+",
            "-",
            "",
            "e5",
            "1e",
            "1e+",
            "1e-",
            "1e5",
            "1E5",
            "1e+05",
            "1e-22",
            "1e22",
            "1e23",
            "1e-23",
            "9007199254740992",
            "9007199254740993",
            "9007199254740992.5",
            "0.1",
            "0.2",
            "0.3",
            "-3.456",
            "12.25",
            "123456789012345678",
            "1234567890123456789",
            "12345678901234567890",
            "1.7976931348623157e308",
            "5e-324",
            "1e-999",
            "0e-999",
            "1e99999",
            "00000000000000000001",
            "1.0.0",
            "1..0",
            "1e5.0",
            "inf",
            "-Infinity",
            "nan",
            "NaN",
            " 1",
            "1 ",
            "1_0",
            "0x10",
            "1e0005",
            "2.5e-3",
            "4.35",
            "0.000001",
            "123.456e-5",
            "-0e5",
        ] {
            same(token);
        }
    }

    #[test]
    fn agrees_bit_for_bit_with_str_parse_on_random_decimals() {
        // A fixed-seed generator: digits, points, signs and exponents mixed.
        let mut state = 0x1234_5678_9abc_def0_u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        for _ in 0..200_000 {
            let mut token = String::new();
            match next(3) {
                0 => token.push('-'),
                1 => token.push('+'),
                _ => {}
            }
            let int_digits = next(12);
            for _ in 0..int_digits {
                token.push(char::from(b'0' + next(10) as u8));
            }
            if next(2) == 0 {
                token.push('.');
                for _ in 0..next(12) {
                    token.push(char::from(b'0' + next(10) as u8));
                }
            }
            if next(3) == 0 {
                token.push(if next(2) == 0 { 'e' } else { 'E' });
                match next(3) {
                    0 => token.push('-'),
                    1 => token.push('+'),
                    _ => {}
                }
                for _ in 0..next(4) {
                    token.push(char::from(b'0' + next(10) as u8));
                }
            }
            same(&token);
        }
    }
}
