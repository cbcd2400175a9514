//! The fast path of the MPS reader: the plain data lines of ROWS, COLUMNS
//! and RHS (free format, known rows, plain decimal numbers) read straight
//! from the text by the byte [`Scan`]ner, with no field splitting and no
//! allocation. Any other line is left to the general path, which reads
//! it exactly as if the fast path did not exist.

use super::lines::Lines;
use super::reader::Reader;
use super::rows::{Pairs, RowToken, RowType};
use super::scan::{Scan, Token};
use super::sections::Section;
use super::vectors::{Vector, VectorLine};
use crate::model::names::NameKey;

/// The name key of a token found by [`Scan::token`] in `text`.
#[inline(always)]
fn key_of(text: &str, token: Token) -> NameKey<'_> {
    // A token starts after whitespace or at a line start and ends at an
    // ASCII byte or the end of the text: both are char boundaries.
    NameKey::from_words(&text[token.start..token.end], token.first, token.last)
}

impl<'a> Reader<'a> {
    /// Reads the plain data lines of ROWS, COLUMNS or RHS from
    /// `lines.start` on, each exactly as the general path reads it, up to
    /// the first line it does not take, which is left in `lines` for the
    /// general path. `last` is the number of the last line read (on an
    /// error, the line before the one in error).
    ///
    /// A line is taken only when reading it in free format succeeds (a
    /// data line with the right number of fields, known row names, plain
    /// decimal values: see [`Scan::number`]) and then reads as the general
    /// path reads it, since that path tries free format first and keeps
    /// its reading when it succeeds.
    pub(super) fn fast_lines(
        &mut self,
        scan: &mut Scan<'a>,
        lines: &mut Lines<'a>,
        last: &mut usize,
    ) -> Result<(), String> {
        match self.section {
            Section::Rows => self.fast_loop(scan, lines, last, Self::fast_row),
            Section::Columns => self.fast_loop(scan, lines, last, Self::fast_columns),
            Section::Rhs => self.fast_loop(scan, lines, last, Self::fast_rhs),
            _ => Ok(()),
        }
    }

    /// [`fast_lines`](Self::fast_lines) with one line reader `read`, which
    /// returns `Ok(false)` for a line it leaves to the general path.
    #[inline(always)]
    fn fast_loop(
        &mut self,
        scan: &mut Scan<'a>,
        lines: &mut Lines<'a>,
        last: &mut usize,
        mut read: impl FnMut(&mut Self, &mut Scan<'a>, usize) -> Result<bool, String>,
    ) -> Result<(), String> {
        let text = lines.text;
        while let Some(start) = lines.start {
            scan.pos = start;
            // A data line starts with a blank (the general path takes the
            // other whitespace bytes, headers, comments and blank lines).
            if !matches!(scan.peek(), b' ' | b'\t') {
                return Ok(());
            }
            if !read(self, scan, *last + 1)? {
                return Ok(());
            }
            *last += 1;
            // The line reader stopped at its `\n` or at the end.
            lines.start = (scan.pos < text.len()).then_some(scan.pos + 1);
        }
        Ok(())
    }

    /// Reads a ROWS line `type name` in free format.
    #[inline(always)]
    fn fast_row(&mut self, scan: &mut Scan<'a>, number: usize) -> Result<bool, String> {
        let text = self.text;
        let c = scan.skip_blanks();
        if c <= b' ' || c == b'$' {
            return Ok(false);
        }
        let kind = scan.token();
        let token = match (kind.end - kind.start, kind.first as u8) {
            (1, b'N') => RowToken::Free,
            (1, b'L') => RowToken::Constraint(RowType::Less),
            (1, b'G') => RowToken::Constraint(RowType::Greater),
            (1, b'E') => RowToken::Constraint(RowType::Equal),
            _ => return Ok(false),
        };
        let c = scan.skip_blanks();
        if c <= b' ' || c == b'$' {
            return Ok(false);
        }
        let name = scan.token();
        if scan.skip_blanks() != b'\n' {
            return Ok(false);
        }
        self.declare_row(token, key_of(text, name), number)?;
        Ok(true)
    }

    /// Reads a data line `first row value [row value]` in free format with
    /// known rows and plain decimal values: the key of `first` and the
    /// pairs, or `None`. A line whose second field is `'MARKER'` is not
    /// taken.
    #[inline(always)]
    fn fast_pairs(&self, scan: &mut Scan<'a>) -> Option<(NameKey<'a>, Pairs)> {
        let text = self.text;
        let c = scan.skip_blanks();
        if c <= b' ' || c == b'$' {
            return None;
        }
        let first = key_of(text, scan.token());
        let mut pairs = Pairs::new();
        loop {
            let c = scan.skip_blanks();
            if c == b'\n' && pairs.len > 0 {
                return Some((first, pairs));
            }
            if c <= b' ' || c == b'$' || pairs.len == 2 {
                return None;
            }
            let row = key_of(text, scan.token());
            if pairs.len == 0 && row.name() == "'MARKER'" {
                return None;
            }
            let c = scan.skip_blanks();
            if c <= b' ' || c == b'$' {
                return None;
            }
            let value = scan.number()?;
            let &declared = self.row_index.get_key(&row)?;
            pairs.push(declared, value);
        }
    }

    /// Reads a plain COLUMNS entry line.
    #[inline(always)]
    fn fast_columns(&mut self, scan: &mut Scan<'a>, number: usize) -> Result<bool, String> {
        let Some((column, pairs)) = self.fast_pairs(scan) else {
            return Ok(false);
        };
        self.add_entries(column, &pairs, number)?;
        Ok(true)
    }

    /// Reads a plain RHS line.
    #[inline(always)]
    fn fast_rhs(&mut self, scan: &mut Scan<'a>, number: usize) -> Result<bool, String> {
        let Some((set, pairs)) = self.fast_pairs(scan) else {
            return Ok(false);
        };
        self.apply_vector(Vector::Rhs, VectorLine { set, pairs }, number)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::super::reader::parse_with;
    use crate::model::Problem;

    /// Every part of a problem as text (`Debug` shows every number's sign
    /// and digits). Not the problem's own `Debug`, which also shows its
    /// lazily built name indexes, with a hash seed drawn per index.
    fn describe(p: &Problem) -> String {
        let rows: Vec<Vec<_>> = p.rows().map(|r| p.row(r).collect()).collect();
        let columns: Vec<Vec<_>> = p.vars().map(|v| p.column(v).collect()).collect();
        format!(
            "{:?} {:?} {:?} {:?}\nvars {:?} {:?} {:?} {:?} {:?}\nrows {:?} {:?} {:?}\n{rows:?}\n{columns:?}",
            p.name(),
            p.objective_name(),
            p.sense(),
            p.objective_offset(),
            p.var_names(),
            p.var_kinds(),
            p.var_lowers(),
            p.var_uppers(),
            p.objective_coefficients(),
            p.row_names(),
            p.row_lowers(),
            p.row_uppers(),
        )
    }

    /// The outcome of a parse as text: the problem and warnings, or the
    /// error.
    fn outcome(text: &str, fast: bool) -> String {
        match parse_with(text, "t.mps", fast) {
            Ok(parsed) => format!("{}\n{:?}", describe(&parsed.problem), parsed.warnings),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn the_fast_path_reads_every_line_as_the_general_path_does() {
        // The shared separators, plus no gap at all and a bare `\r`.
        let gaps: Vec<&str> = super::super::fields::tests::TEST_GAPS
            .into_iter()
            .chain(["", "    ", "\r"])
            .collect();
        let pieces = [
            "C1",
            "x",
            "R0000001",
            "r1",
            "obj",
            "é€",
            "ROW 1",
            "unknown",
            "rhs",
            "1",
            "-1.5e3",
            "2.",
            ".5",
            "-0",
            "0",
            "1e99",
            "1e-5",
            "1e+0005",
            "inf",
            "1.0.0",
            "12345678901234567890",
            "9007199254740993",
            "'MARKER'",
            "'INTORG'",
            "'INTEND'",
            "$c",
            "\u{1}x",
            "\u{b}",
            "N",
            "L",
            "G",
            "E",
            "abcdefghijklmnopq",
            "abcdefghijklmnopr",
        ];
        let valid_rows = [" N  obj", " L  r1", " G  R0000001", " E  é€", " L ROW 1"];
        let valid = [
            "    C1  r1  1  R0000001  -2.5",
            "    x  obj  3",
            "\tabcdefghijklmnopq\tr1\t1e-3",
            "    abcdefghijklmnopr  é€  .25  r1  -0",
            "    C1  r1  1",
            " rhs  r1  4  R0000001  5",
            // Integer blocks, possibly left open at RHS or ENDATA.
            "    m  'MARKER'  'INTORG'",
            "    m  'MARKER'  'INTEND'",
        ];
        let mut seed = 11u64;
        let mut step = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let line = |step: &mut dyn FnMut() -> usize, templates: &[&str]| {
            if step() % 3 != 0 {
                return templates[step() % templates.len()].to_string();
            }
            let mut text = String::new();
            for k in 0..step() % 7 {
                if k > 0 || step() % 5 != 0 {
                    text.push_str(gaps[step() % gaps.len()]);
                }
                text.push_str(pieces[step() % pieces.len()]);
            }
            text.push_str(gaps[step() % gaps.len()]);
            text
        };
        let ends = ["\n", "\r\n"];
        let mut differ = Vec::new();
        let (mut read, mut open_blocks, mut after_endata) = (0, 0, 0);
        for round in 0..20_000 {
            let mut text = String::from("NAME t\nROWS\n");
            if step() % 4 != 0 {
                text.push_str(" N  obj\n L  r1\n G  R0000001\n E  é€\n");
            }
            for _ in 0..step() % 3 {
                text.push_str(&line(&mut step, &valid_rows));
                text.push_str(ends[step() % 2]);
            }
            text.push_str("COLUMNS\n");
            for _ in 0..step() % 6 {
                text.push_str(&line(&mut step, &valid));
                text.push_str(ends[step() % 2]);
            }
            text.push_str("RHS\n");
            for _ in 0..step() % 4 {
                text.push_str(&line(&mut step, &valid[5..6]));
                text.push_str(ends[step() % 2]);
            }
            if round % 2 == 0 {
                text.push_str("ENDATA\n");
                if round % 4 == 0 {
                    text.push_str(&line(&mut step, &valid));
                }
            }
            let (fast, general) = (outcome(&text, true), outcome(&text, false));
            if !fast.starts_with("error") {
                read += 1;
            }
            open_blocks += usize::from(fast.contains("not closed by an 'INTEND'"));
            after_endata += usize::from(fast.contains("after ENDATA is ignored"));
            if fast != general {
                differ.push(format!("{text:?}\nfast:    {fast}\ngeneral: {general}"));
            }
        }
        assert!(
            differ.is_empty(),
            "{}",
            differ[..differ.len().min(3)].join("\n\n")
        );
        assert!(read > 400, "only {read} files read without error");
        assert!(
            open_blocks > 20,
            "only {open_blocks} files with an open block"
        );
        assert!(
            after_endata > 20,
            "only {after_endata} files with text after ENDATA"
        );
    }
}
