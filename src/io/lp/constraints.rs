//! The `Subject To` section of the LP reader: labelled or unlabelled
//! constraints `[name:] [l op] expression op r`, and the sides each one's
//! comparisons give.

use super::expression::Target;
use super::lexer::{Cmp, Kind, Token};
use super::reader::Reader;
use crate::io::error::ReadError;

/// A constraint as read, before the problem is built.
pub(super) struct Row<'a> {
    pub(super) label: Option<&'a str>,
    pub(super) lower: f64,
    pub(super) upper: f64,
    pub(super) line: usize,
    /// Its entries are `entries[start..next row's start]`.
    pub(super) start: usize,
}

impl<'a> Reader<'a> {
    /// Constraints up to the next section header or the end of the file.
    pub(super) fn constraints_section(&mut self) -> Result<(), ReadError> {
        while !self.at_section_end()? {
            self.constraint()?;
        }
        Ok(())
    }

    /// `[name:] [l op] expression op r`.
    fn constraint(&mut self) -> Result<(), ReadError> {
        let line = self.tok.line;
        let first = self.tok;
        let mut label = None;
        if self.at_label()? {
            if let Kind::Name(name) = self.tok.kind {
                if let Err(first_line) = self.row_labels.insert_new(name, line) {
                    return Err(self.error(
                        line,
                        format!("row name '{name}' is used twice (first at line {first_line})"),
                    ));
                }
                label = Some(name);
            }
            self.bump()?;
            self.bump()?;
        }
        let left = if self.at_leading_constant()? {
            let negative = self.tok.kind == Kind::Minus;
            if negative || self.tok.kind == Kind::Plus {
                self.bump()?;
            }
            let v = match self.bump()?.kind {
                Kind::Number(v) => v,
                _ => f64::INFINITY,
            };
            let Kind::Cmp(op) = self.tok.kind else {
                return Err(self.expected("a comparison operator"));
            };
            let op_tok = self.bump()?;
            Some((if negative { -v } else { v }, op, op_tok))
        } else {
            None
        };
        self.rows.push(Row {
            label,
            lower: f64::NEG_INFINITY,
            upper: f64::INFINITY,
            line,
            start: self.entries.len(),
        });
        let terms = self.expression(Target::Constraint, Some(line))?;
        if terms == 0 {
            return Err(self.expected("a variable or a coefficient to start the constraint"));
        }
        let Kind::Cmp(op) = self.tok.kind else {
            if left.is_some() {
                // `l <= expression` alone is complete.
                return self.close_constraint(line, left, None);
            }
            let single_word = label.is_none()
                && first.line_start
                && terms == 1
                && matches!(first.kind, Kind::Name(_))
                && self.tok.line != first.line;
            let what = if single_word {
                format!(
                    "a comparison operator ('<=', '>=' or '='); or is '{}' meant as a section \
                     header? it is not one this reader knows",
                    first.text
                )
            } else {
                "a comparison operator ('<=', '>=' or '=') in the constraint".to_string()
            };
            return Err(self.expected(&what));
        };
        let op_tok = self.bump()?;
        let (right, _) = self.value(op_tok.text)?;
        self.close_constraint(line, left, Some((op, right, op_tok)))
    }

    /// Sets the sides of the row just read from its comparisons and checks
    /// what follows it.
    fn close_constraint(
        &mut self,
        line: usize,
        left: Option<(f64, Cmp, Token<'a>)>,
        right: Option<(Cmp, f64, Token<'a>)>,
    ) -> Result<(), ReadError> {
        let (lower, upper) = match (left, right) {
            (Some((l, lop, lt)), Some((rop, r, rt))) => match (lop, rop) {
                (Cmp::Le, Cmp::Le) => (l, r),
                (Cmp::Ge, Cmp::Ge) => (r, l),
                _ => {
                    return Err(self.error(
                        rt.line,
                        format!(
                            "'{}' then '{}' around an expression: a ranged constraint is \
                             'l <= expression <= u' or 'u >= expression >= l'",
                            lt.text, rt.text
                        ),
                    ));
                }
            },
            (Some((l, op, _)), None) => match op {
                Cmp::Le => (l, f64::INFINITY),
                Cmp::Ge => (f64::NEG_INFINITY, l),
                Cmp::Eq => (l, l),
            },
            (None, Some((op, r, _))) => match op {
                Cmp::Le => (f64::NEG_INFINITY, r),
                Cmp::Ge => (r, f64::INFINITY),
                Cmp::Eq => (r, r),
            },
            (None, None) => (f64::NEG_INFINITY, f64::INFINITY),
        };
        if let Some(row) = self.rows.last_mut() {
            row.lower = lower;
            row.upper = upper;
        }
        if let Kind::Cmp(_) = self.tok.kind {
            return Err(self.error(
                self.tok.line,
                format!(
                    "a second comparison '{}' after the right-hand side: a ranged constraint is \
                     'l <= expression <= u'",
                    self.tok.text
                ),
            ));
        }
        let same_line = self.tok.kind != Kind::Eof && !self.tok.line_start;
        if same_line && !self.at_label()? {
            return Err(self.expected(&format!(
                "the end of the constraint that starts at line {line} (a constraint's right-hand \
                 side is one number; another constraint on the same line needs a label)"
            )));
        }
        Ok(())
    }
}
