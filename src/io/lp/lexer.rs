//! The LP lexer: text to tokens with 1-based line numbers.
//!
//! It works on bytes and never allocates: names borrow from the text and
//! numbers are parsed in place. Signs are separate tokens (`-3` is `-`
//! then `3`), so `x-y` is `x`, `-`, `y`. A number directly followed by a
//! name (`2x`) is two tokens; the exponent of a number is taken greedily
//! but only when digits follow (`2e3x` is `2000`, `x`; `2ex` is `2`, `ex`).
//!
//! A `.` followed by a digit starts a number (`.5`); any other `.` starts
//! a name (`.x1`, `...`). A run of name characters that starts like a
//! number but is directly followed (blanks and tabs allowed) by `:` is a
//! name: a label such as `001:` or `.5:` (a number is never followed by
//! `:`, so the colon decides).

use super::keywords::{is_name_char, is_name_start};
use crate::io::error::ReadError;

/// A comparison operator. `<`, `<=` and `=<` all read as [`Cmp::Le`];
/// `>`, `>=` and `=>` as [`Cmp::Ge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cmp {
    /// Less than or equal.
    Le,
    /// Greater than or equal.
    Ge,
    /// Equal.
    Eq,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind<'a> {
    /// A name (variable, label or keyword: the parser decides).
    Name(&'a str),
    /// A finite, non-negative number.
    Number(f64),
    /// `+`.
    Plus,
    /// `-`.
    Minus,
    /// `:`.
    Colon,
    /// A comparison operator.
    Cmp(Cmp),
    /// The end of the text.
    Eof,
}

/// A token with where it was found.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'a> {
    /// What it is.
    pub kind: Kind<'a>,
    /// Its text in the file (empty at the end of file).
    pub text: &'a str,
    /// Its 1-based line (at the end of file: the line of the last token).
    pub line: usize,
    /// True if it is the first token on its line.
    pub line_start: bool,
}

impl Token<'_> {
    /// How the token reads in an error message: `'x'` or `end of file`.
    pub(super) fn describe(&self) -> String {
        match self.kind {
            Kind::Eof => "end of file".to_string(),
            _ => format!("'{}'", self.text),
        }
    }
}

/// The lexer's position. Copying it is how the parser looks ahead.
#[derive(Clone, Copy)]
pub(super) struct Lexer<'a> {
    text: &'a str,
    file: &'a str,
    pos: usize,
    line: usize,
    last_token_line: usize,
    line_has_token: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `text`; `file` labels errors.
    pub(super) fn new(text: &'a str, file: &'a str) -> Self {
        Lexer {
            text,
            file,
            pos: 0,
            line: 1,
            last_token_line: 1,
            line_has_token: false,
        }
    }

    fn error(&self, line: usize, message: impl Into<String>) -> ReadError {
        ReadError::syntax(self.file, line, message)
    }

    /// Skips blanks, line breaks and comments (`\` to the end of the line,
    /// `\* ... *\` across lines).
    fn skip_trivia(&mut self) -> Result<(), ReadError> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            match b {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_has_token = false;
                }
                b'\\' if bytes.get(self.pos + 1) == Some(&b'*') => {
                    let start_line = self.line;
                    self.pos += 2;
                    loop {
                        match bytes.get(self.pos) {
                            None => {
                                return Err(self.error(
                                    start_line,
                                    "unterminated block comment: expected '*\\' to close the \
                                     '\\*' opened here, found end of file",
                                ));
                            }
                            Some(b'*') if bytes.get(self.pos + 1) == Some(&b'\\') => {
                                self.pos += 2;
                                break;
                            }
                            Some(b'\n') => {
                                self.pos += 1;
                                self.line += 1;
                                self.line_has_token = false;
                            }
                            Some(_) => self.pos += 1,
                        }
                    }
                }
                b'\\' => match memchr_newline(&bytes[self.pos..]) {
                    Some(k) => self.pos += k,
                    None => self.pos = bytes.len(),
                },
                _ => break,
            }
        }
        Ok(())
    }

    /// The next token.
    ///
    /// # Errors
    /// A character that starts no token, a malformed or out-of-range
    /// number, an unterminated block comment.
    #[inline]
    pub(super) fn next_token(&mut self) -> Result<Token<'a>, ReadError> {
        let bytes = self.text.as_bytes();
        // Spaces between the tokens of a line, the common case, here;
        // line breaks, tabs and comments in `skip_trivia`.
        let mut pos = self.pos;
        while bytes.get(pos) == Some(&b' ') {
            pos += 1;
        }
        self.pos = pos;
        if matches!(bytes.get(pos), Some(b'\t' | b'\r' | b'\n' | b'\\')) {
            self.skip_trivia()?;
        }
        let start = self.pos;
        let Some(&b) = bytes.get(start) else {
            return Ok(Token {
                kind: Kind::Eof,
                text: "",
                line: self.last_token_line,
                line_start: !self.line_has_token,
            });
        };
        let line_start = !self.line_has_token;
        self.line_has_token = true;
        self.last_token_line = self.line;
        let kind = match b {
            b'0'..=b'9' => self.number()?,
            b'.' if bytes.get(start + 1).is_some_and(u8::is_ascii_digit) => self.number()?,
            _ if is_name_start(b) => {
                let rest = bytes.get(start + 1..).unwrap_or(&[]);
                let len = rest
                    .iter()
                    .position(|&c| !is_name_char(c))
                    .unwrap_or(rest.len());
                self.pos = start + 1 + len;
                Kind::Name(&self.text[start..self.pos])
            }
            b'+' => {
                self.pos += 1;
                Kind::Plus
            }
            b'-' => {
                self.pos += 1;
                Kind::Minus
            }
            b':' => {
                self.pos += 1;
                Kind::Colon
            }
            b'<' | b'>' | b'=' => {
                self.pos += 1;
                let next = bytes.get(self.pos).copied();
                let cmp = match (b, next) {
                    (b'<', Some(b'=')) | (b'=', Some(b'<')) => {
                        self.pos += 1;
                        Cmp::Le
                    }
                    (b'>', Some(b'=')) | (b'=', Some(b'>')) => {
                        self.pos += 1;
                        Cmp::Ge
                    }
                    (b'<', _) => Cmp::Le,
                    (b'>', _) => Cmp::Ge,
                    _ => Cmp::Eq,
                };
                Kind::Cmp(cmp)
            }
            b'[' | b']' | b'^' => {
                return Err(self.error(
                    self.line,
                    format!(
                        "quadratic terms are not supported: expected a linear term, found '{}'",
                        b as char
                    ),
                ));
            }
            _ => {
                let c = self.text[start..].chars().next().unwrap_or('\u{fffd}');
                return Err(self.error(
                    self.line,
                    format!("unexpected character {c:?}: expected a name, a number, a sign or a comparison"),
                ));
            }
        };
        Ok(Token {
            kind,
            text: &self.text[start..self.pos],
            line: self.line,
            line_start,
        })
    }

    /// Lexes `digits [. digits] [e [+|-] digits]` (at least one digit in
    /// the mantissa) at `self.pos`.
    /// A token that starts like a number but is a label (`001:`) is
    /// returned as a [`Kind::Name`].
    fn number(&mut self) -> Result<Kind<'a>, ReadError> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if let Some(end) = self.label_end(start) {
            self.pos = end;
            return Ok(Kind::Name(&self.text[start..end]));
        }
        // Digit runs are read into `value` (wrapping; see
        // `decimal::from_parts`), so a plain decimal is not read twice.
        let digits = |p: &mut usize, value: &mut u64| {
            let s = *p;
            while let Some(&c) = bytes.get(*p) {
                let d = c.wrapping_sub(b'0');
                if d > 9 {
                    break;
                }
                *value = value.wrapping_mul(10).wrapping_add(u64::from(d));
                *p += 1;
            }
            *p - s
        };
        let mut p = start;
        let mut value = 0u64;
        let mut mantissa = digits(&mut p, &mut value);
        let mut fraction = 0;
        if bytes.get(p) == Some(&b'.') {
            p += 1;
            fraction = digits(&mut p, &mut value);
            mantissa += fraction;
        }
        let plain_end = p;
        if mantissa == 0 {
            return Err(self.error(
                self.line,
                "unexpected character '.': expected a number (a digit before or after the point)",
            ));
        }
        if matches!(bytes.get(p), Some(b'e' | b'E')) {
            let mut q = p + 1;
            if matches!(bytes.get(q), Some(b'+' | b'-')) {
                q += 1;
            }
            if digits(&mut q, &mut 0) > 0 {
                p = q;
            }
        }
        if bytes
            .get(p)
            .is_some_and(|&c| c == b'.' || c.is_ascii_digit())
        {
            let mut end = p;
            while bytes
                .get(end)
                .is_some_and(|&c| c == b'.' || c.is_ascii_alphanumeric())
            {
                end += 1;
            }
            return Err(self.error(
                self.line,
                format!("malformed number '{}'", &self.text[start..end]),
            ));
        }
        self.pos = p;
        if p == plain_end {
            // No exponent: the value of the digits just read, exactly as
            // `parse_f64` computes it, when its fast path applies.
            if let Some(v) = crate::io::decimal_from_parts(value, mantissa, -(fraction as i64)) {
                return Ok(Kind::Number(v));
            }
        }
        let text = &self.text[start..p];
        match crate::io::parse_f64(text) {
            Ok(v) if v.is_finite() => Ok(Kind::Number(v)),
            _ => Err(self.error(
                self.line,
                format!("number '{text}' is out of range: expected a finite number"),
            )),
        }
    }
}

impl Lexer<'_> {
    /// The end of the run of name characters at `start` if blanks and a
    /// `:` follow it on the same line: the run is then a label.
    #[inline]
    fn label_end(&self, start: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let rest = bytes.get(start..).unwrap_or(&[]);
        let end = start
            + rest
                .iter()
                .position(|&c| !is_name_char(c))
                .unwrap_or(rest.len());
        let after = bytes.get(end..).unwrap_or(&[]);
        let colon = after
            .iter()
            .find(|&&c| c != b' ' && c != b'\t')
            .is_some_and(|&c| c == b':');
        colon.then_some(end)
    }
}

/// The offset of the first `\n` in `bytes`.
fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind<'_>> {
        let mut lex = Lexer::new(text, "t.lp");
        let mut out = Vec::new();
        loop {
            let t = lex.next_token().unwrap();
            if t.kind == Kind::Eof {
                return out;
            }
            out.push(t.kind);
        }
    }

    fn lex_error(text: &str) -> (usize, String) {
        let mut lex = Lexer::new(text, "t.lp");
        loop {
            match lex.next_token() {
                Ok(t) if t.kind == Kind::Eof => panic!("no error in {text:?}"),
                Ok(_) => {}
                Err(e) => return (e.line().unwrap_or(0), e.to_string()),
            }
        }
    }

    use Kind::{Colon, Minus, Name, Number, Plus};

    #[test]
    fn signs_split_names_and_numbers_split_from_names() {
        assert_eq!(
            kinds("x-y>=1"),
            vec![Name("x"), Minus, Name("y"), Kind::Cmp(Cmp::Ge), Number(1.0)]
        );
        assert_eq!(
            kinds("2x+3y<=4"),
            vec![
                Number(2.0),
                Name("x"),
                Plus,
                Number(3.0),
                Name("y"),
                Kind::Cmp(Cmp::Le),
                Number(4.0)
            ]
        );
    }

    #[test]
    fn exponents_are_greedy_only_when_digits_follow() {
        assert_eq!(kinds("2e3x"), vec![Number(2000.0), Name("x")]);
        assert_eq!(kinds("2ex"), vec![Number(2.0), Name("ex")]);
        assert_eq!(kinds("2e+x"), vec![Number(2.0), Name("e"), Plus, Name("x")]);
        assert_eq!(
            kinds("3.5e-2 x1e5 e1"),
            vec![Number(0.035), Name("x1e5"), Name("e1")]
        );
        assert_eq!(
            kinds("1. .5 1.e2"),
            vec![Number(1.0), Number(0.5), Number(100.0)]
        );
    }

    #[test]
    fn comparison_spellings() {
        let c = |t| kinds(t)[0];
        for t in ["<", "<=", "=<"] {
            assert_eq!(c(t), Kind::Cmp(Cmp::Le), "{t}");
        }
        for t in [">", ">=", "=>"] {
            assert_eq!(c(t), Kind::Cmp(Cmp::Ge), "{t}");
        }
        assert_eq!(c("="), Kind::Cmp(Cmp::Eq));
    }

    #[test]
    fn comments_and_line_starts() {
        let text = "a \\ comment : <=\n  b: \\* block\n over *\\ c\n\\*x*\\d";
        let mut lex = Lexer::new(text, "t.lp");
        let mut seen = Vec::new();
        loop {
            let t = lex.next_token().unwrap();
            if t.kind == Kind::Eof {
                assert_eq!(t.line, 4);
                break;
            }
            seen.push((t.text, t.line, t.line_start));
        }
        assert_eq!(
            seen,
            vec![
                ("a", 1, true),
                ("b", 2, true),
                (":", 2, false),
                ("c", 3, true),
                ("d", 4, true)
            ]
        );
        assert_eq!(kinds("x:"), vec![Name("x"), Colon]);
    }

    #[test]
    fn bad_input_is_an_error_with_its_line() {
        let (line, msg) = lex_error("x\n1e999");
        assert_eq!(line, 2);
        assert!(msg.contains("out of range"), "{msg}");
        let (line, msg) = lex_error("x\n\ny 1.0.0");
        assert_eq!(line, 3);
        assert!(msg.contains("malformed number '1.0.0'"), "{msg}");
        let (line, msg) = lex_error("\\* open\n\n");
        assert_eq!(line, 1);
        assert!(msg.contains("unterminated block comment"), "{msg}");
        let (_, msg) = lex_error("x * y");
        assert!(msg.contains("unexpected character '*'"), "{msg}");
        let (_, msg) = lex_error("[ x ^ 2 ]");
        assert!(msg.contains("quadratic"), "{msg}");
        let (_, msg) = lex_error("größe");
        assert!(msg.contains("'ö'"), "{msg}");
        let (_, msg) = lex_error(".5.5 x");
        assert!(msg.contains("malformed number '.5.5'"), "{msg}");
        let (_, msg) = lex_error("001 1.0.0 x");
        assert!(msg.contains("malformed number '1.0.0'"), "{msg}");
    }

    #[test]
    fn a_period_starts_a_name_unless_a_digit_follows() {
        assert_eq!(
            kinds(". .x1 ...: 2 .Z.. .5 2.x"),
            vec![
                Name("."),
                Name(".x1"),
                Name("..."),
                Colon,
                Number(2.0),
                Name(".Z.."),
                Number(0.5),
                Number(2.0),
                Name("x")
            ]
        );
    }

    #[test]
    fn a_number_directly_followed_by_a_colon_is_a_label() {
        assert_eq!(
            kinds("001: 2 x"),
            vec![Name("001"), Colon, Number(2.0), Name("x")]
        );
        assert_eq!(kinds("001 \t: x"), vec![Name("001"), Colon, Name("x")]);
        assert_eq!(
            kinds(".5: 1.0.0: 2x: 1e999:"),
            vec![
                Name(".5"),
                Colon,
                Name("1.0.0"),
                Colon,
                Name("2x"),
                Colon,
                Name("1e999"),
                Colon
            ]
        );
        // Not across a line break, and never without the colon.
        assert_eq!(kinds("001\n: x"), vec![Number(1.0), Colon, Name("x")]);
        assert_eq!(
            kinds("2 x >= 1"),
            vec![Number(2.0), Name("x"), Kind::Cmp(Cmp::Ge), Number(1.0)]
        );
    }
}
