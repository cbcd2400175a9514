//! Linear expressions in the LP reader: the objective section, the terms
//! `[sign] [number] name` of the objective and of every constraint (a
//! variable repeated in one expression is summed with a warning), and the
//! signed values on the sides of constraints and bounds.

use super::constraints::Row;
use super::keywords::{Section, is_infinity_word, is_reserved_value_word};
use super::lexer::{Kind, Token};
use super::reader::Reader;
use crate::io::error::ReadError;
use crate::io::parsed::Warning;

/// Where the terms of an expression go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Objective,
    Constraint,
}

impl<'a> Reader<'a> {
    /// `[name:] expression` up to the `Subject To` header.
    pub(super) fn objective_section(&mut self) -> Result<(), ReadError> {
        if self.at_section_end()? {
            return Ok(());
        }
        if self.at_label()? {
            if let Kind::Name(name) = self.tok.kind {
                self.objective_name = Some(name);
            }
            self.bump()?;
            self.bump()?;
        }
        self.expression(Target::Objective, None)?;
        if !self.at_section_end()? {
            return Err(self.expected("'+', '-' or 'Subject To' after the objective"));
        }
        Ok(())
    }

    /// Reads terms `[sign] [number] name` and, in the objective, constants
    /// `[sign] number`, joined by `+` and `-`. Returns how many terms and
    /// constants it read. In a constraint, each variable's coefficient is
    /// appended to `entries` (summed with a warning if it repeats).
    pub(super) fn expression(
        &mut self,
        target: Target,
        row_line: Option<usize>,
    ) -> Result<usize, ReadError> {
        self.expr_stamp = self.expr_stamp.wrapping_add(1);
        if self.expr_stamp == 0 {
            self.expr_mark.fill(0);
            self.expr_stamp = 1;
        }
        let mut count = 0usize;
        loop {
            let sign_tok = match self.tok.kind {
                Kind::Plus | Kind::Minus => Some(self.bump()?),
                _ => None,
            };
            if sign_tok.is_none() {
                let starts_term = count == 0
                    && matches!(self.tok.kind, Kind::Name(_) | Kind::Number(_))
                    && self.header()?.is_none();
                if !starts_term {
                    return Ok(count);
                }
            }
            let negative = sign_tok.is_some_and(|t| t.kind == Kind::Minus);
            let after = || match sign_tok {
                Some(t) => format!("a number or a variable after '{}'", t.text),
                None => "a number or a variable".to_string(),
            };
            let term_line = self.tok.line;
            let (coef, var) = match self.tok.kind {
                Kind::Number(v) => {
                    let number = self.bump()?;
                    let juxtaposed = match self.tok.kind {
                        Kind::Name(_) => self.header()?.is_none(),
                        _ => false,
                    };
                    if juxtaposed {
                        let var = self.term_variable(&number)?;
                        (v, Some(var))
                    } else {
                        if target == Target::Constraint {
                            return Err(self.error(
                                number.line,
                                format!(
                                    "expected a variable after the coefficient '{}', found {} \
                                     (a constraint's constant goes on the right-hand side)",
                                    number.text,
                                    self.describe_current()
                                ),
                            ));
                        }
                        (v, None)
                    }
                }
                Kind::Name(name) if is_reserved_value_word(name) => {
                    return Err(self.error(
                        self.tok.line,
                        format!(
                            "expected {}, found '{name}' (infinite or NaN coefficients are \
                             not allowed, and this word cannot name a variable)",
                            after()
                        ),
                    ));
                }
                Kind::Name(_) if self.header()?.is_none() => {
                    let line = self.tok.line;
                    let Kind::Name(name) = self.bump()?.kind else {
                        return Err(self.expected(&after()));
                    };
                    (1.0, Some(self.var(name, line)))
                }
                _ => return Err(self.expected(&after())),
            };
            let value = if negative { -coef } else { coef };
            match var {
                Some(v) => self.add_term(target, v, value, term_line, row_line)?,
                None => {
                    let sum = match self.offset {
                        Some(o) => o + value,
                        None => value,
                    };
                    if !sum.is_finite() {
                        return Err(self.error(
                            self.tok.line,
                            "the objective's constant terms sum to a number out of range",
                        ));
                    }
                    self.offset = Some(sum);
                }
            }
            count += 1;
        }
    }

    /// The current token for a message, naming a section header as one.
    fn describe_current(&self) -> String {
        match self.header_quiet() {
            Some((s, _)) if s != Section::Unsupported => format!("section header '{}'", s.title()),
            _ => self.tok.describe(),
        }
    }

    /// The variable of a term whose coefficient `number` was just read.
    fn term_variable(&mut self, number: &Token<'a>) -> Result<u32, ReadError> {
        let text = number.text;
        self.variable(|| format!("a variable after the coefficient '{text}'"))
    }

    /// Adds `value * v` to the objective or to the row being read.
    fn add_term(
        &mut self,
        target: Target,
        v: u32,
        value: f64,
        line: usize,
        row_line: Option<usize>,
    ) -> Result<(), ReadError> {
        let vi = v as usize;
        let repeated = self.expr_mark[vi] == self.expr_stamp;
        self.expr_mark[vi] = self.expr_stamp;
        let sum = match (target, repeated) {
            (Target::Objective, false) => {
                self.objective[vi] = value;
                return Ok(());
            }
            (Target::Constraint, false) => {
                self.expr_slot[vi] = self.entries.len();
                self.entries.push((v, value));
                return Ok(());
            }
            (Target::Objective, true) => {
                self.objective[vi] += value;
                self.objective[vi]
            }
            (Target::Constraint, true) => {
                let slot = self.expr_slot[vi];
                self.entries[slot].1 += value;
                self.entries[slot].1
            }
        };
        let name = self.var_names[vi];
        let place = match (target, row_line) {
            (Target::Objective, _) => "the objective".to_string(),
            (Target::Constraint, Some(line)) => match self.rows.last() {
                Some(Row {
                    label: Some(label), ..
                }) => format!("row '{label}'"),
                _ => format!("the constraint at line {line}"),
            },
            (Target::Constraint, None) => "a constraint".to_string(),
        };
        if !sum.is_finite() {
            return Err(self.error(
                line,
                format!("the coefficients of '{name}' in {place} sum to a number out of range"),
            ));
        }
        self.warnings.push(Warning {
            line,
            message: format!(
                "'{name}' appears more than once in {place}; its coefficients are summed to {sum}"
            ),
        });
        Ok(())
    }

    /// `[sign] (number | inf | infinity)` after `after` (an operator
    /// text). Returns the value and the token of its number.
    pub(super) fn value(&mut self, after: &str) -> Result<(f64, Token<'a>), ReadError> {
        let sign = match self.tok.kind {
            Kind::Plus | Kind::Minus => Some(self.bump()?),
            _ => None,
        };
        let v = match self.tok.kind {
            Kind::Number(v) => v,
            Kind::Name(w) if is_infinity_word(w) => f64::INFINITY,
            _ => {
                let after = sign.map_or(after, |t| t.text);
                return Err(self.expected(&format!("a number after '{after}'")));
            }
        };
        let number = self.bump()?;
        let negative = sign.is_some_and(|t| t.kind == Kind::Minus);
        Ok((if negative { -v } else { v }, number))
    }

    /// True if the current tokens are `[sign] (number | inf) comparison`:
    /// the left side of `l <= expression [<= u]`.
    pub(super) fn at_leading_constant(&self) -> Result<bool, ReadError> {
        let is_value = |k: Kind<'_>| match k {
            Kind::Number(_) => true,
            Kind::Name(w) => is_infinity_word(w),
            _ => false,
        };
        let is_cmp = |k: Kind<'_>| matches!(k, Kind::Cmp(_));
        match self.tok.kind {
            Kind::Plus | Kind::Minus => {
                let (a, b) = self.peek2()?;
                Ok(is_value(a.kind) && is_cmp(b.kind))
            }
            k if is_value(k) => Ok(is_cmp(self.peek()?.kind)),
            _ => Ok(false),
        }
    }
}
