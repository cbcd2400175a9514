//! The LP reader: tokens to a [`Problem`](crate::model::Problem), section
//! by section.
//!
//! The rules it follows are documented on the [module](super).

use std::cell::Cell;

use super::keywords::{HeaderWord, Section, header_word, is_infinity_word, is_reserved_value_word};
use super::lexer::{Cmp, Kind, Lexer, Token};
use crate::io::{Parsed, ReadError, Warning};
use crate::model::names::NameMap;
use crate::model::{ProblemBuilder, Sense, VarKind};

/// Where the terms of an expression go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Objective,
    Constraint,
}

/// A constraint as read, before the problem is built.
struct Row<'a> {
    label: Option<&'a str>,
    lower: f64,
    upper: f64,
    line: usize,
    /// Its entries are `entries[start..next row's start]`.
    start: usize,
}

/// What the Bounds, General and Binary sections said about a variable.
#[derive(Clone, Copy)]
struct VarState {
    lower: f64,
    upper: f64,
    /// Line of the last statement that set the lower bound (0: never).
    lower_line: usize,
    /// Line of the last statement that set the upper bound (0: never).
    upper_line: usize,
    /// Line where it was declared integer (0: never).
    general_line: usize,
    /// Line where it was declared binary (0: never).
    binary_line: usize,
}

impl Default for VarState {
    fn default() -> Self {
        VarState {
            lower: 0.0,
            upper: f64::INFINITY,
            lower_line: 0,
            upper_line: 0,
            general_line: 0,
            binary_line: 0,
        }
    }
}

/// Parses LP text; see [`super::parse`].
pub(super) fn parse(text: &str, file: &str) -> Result<Parsed, ReadError> {
    let mut reader = Reader::new(text, file)?;
    reader.read_sections()?;
    reader.finish(problem_name(text, file))
}

/// The name in a first line `\Problem name: NAME` (as CPLEX and our writer
/// put it), else the file's stem.
fn problem_name(text: &str, file: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if let Some(rest) = first.strip_prefix('\\') {
        let rest = rest.trim_start();
        let key = "problem name:";
        if rest.len() >= key.len()
            && rest.is_char_boundary(key.len())
            && rest[..key.len()].eq_ignore_ascii_case(key)
        {
            let name = rest[key.len()..].trim();
            if !name.is_empty() {
                return name.to_string();
            }
        }
    }
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let lower = base.to_ascii_lowercase();
    let mut end = base.len();
    if lower.ends_with(".gz") {
        end -= 3;
    }
    if lower[..end].ends_with(".lp") {
        end -= 3;
    }
    match &base[..end] {
        "" => "problem".to_string(),
        stem => stem.to_string(),
    }
}

struct Reader<'a> {
    file: &'a str,
    lex: Lexer<'a>,
    /// The current token, not yet consumed.
    tok: Token<'a>,
    /// The token after `tok` and the lexer just past it, once looked at:
    /// so a token is lexed once however often the parser peeks at it.
    /// Only successful look-aheads are kept (an error is lexed again and
    /// reported where it is met, as without the cache).
    peeked: Cell<Option<(Token<'a>, Lexer<'a>)>>,
    sense: Sense,
    objective_name: Option<&'a str>,
    offset: Option<f64>,
    var_index: NameMap<'a, u32>,
    var_names: Vec<&'a str>,
    var_lines: Vec<usize>,
    objective: Vec<f64>,
    var_state: Vec<VarState>,
    /// `expr_mark[v] == expr_stamp` when `v` already occurs in the
    /// expression being read; `expr_slot[v]` is then its entry.
    expr_mark: Vec<u32>,
    expr_slot: Vec<usize>,
    expr_stamp: u32,
    rows: Vec<Row<'a>>,
    entries: Vec<(u32, f64)>,
    row_labels: NameMap<'a, usize>,
    section_lines: [usize; 2],
    warnings: Vec<Warning>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, file: &'a str) -> Result<Self, ReadError> {
        let mut lex = Lexer::new(text, file);
        let tok = lex.next_token()?;
        Ok(Reader {
            file,
            lex,
            tok,
            peeked: Cell::new(None),
            sense: Sense::Minimize,
            objective_name: None,
            offset: None,
            var_index: NameMap::default(),
            var_names: Vec::new(),
            var_lines: Vec::new(),
            objective: Vec::new(),
            var_state: Vec::new(),
            expr_mark: Vec::new(),
            expr_slot: Vec::new(),
            expr_stamp: 0,
            rows: Vec::new(),
            entries: Vec::new(),
            row_labels: NameMap::default(),
            section_lines: [0; 2],
            warnings: Vec::new(),
        })
    }

    fn error(&self, line: usize, message: impl Into<String>) -> ReadError {
        ReadError::syntax(self.file, line, message)
    }

    /// An error at the current token: "expected ..., found <token>".
    fn expected(&self, what: &str) -> ReadError {
        let found = match self.header_quiet() {
            Some((s, _)) if s != Section::Unsupported => {
                format!("section header '{}'", s.title())
            }
            _ => self.tok.describe(),
        };
        self.error(self.tok.line, format!("expected {what}, found {found}"))
    }

    /// Consumes the current token and returns it.
    fn bump(&mut self) -> Result<Token<'a>, ReadError> {
        let next = match self.peeked.take() {
            Some((token, lex)) => {
                self.lex = lex;
                token
            }
            None => self.lex.next_token()?,
        };
        Ok(std::mem::replace(&mut self.tok, next))
    }

    /// The token after the current one, without consuming anything.
    #[inline]
    fn peek(&self) -> Result<Token<'a>, ReadError> {
        if let Some((token, _)) = self.peeked.get() {
            return Ok(token);
        }
        let mut lex = self.lex;
        let token = lex.next_token()?;
        self.peeked.set(Some((token, lex)));
        Ok(token)
    }

    /// The two tokens after the current one.
    fn peek2(&self) -> Result<(Token<'a>, Token<'a>), ReadError> {
        let a = self.peek()?;
        let mut lex = match self.peeked.get() {
            Some((_, lex)) => lex,
            None => self.lex,
        };
        let b = lex.next_token()?;
        Ok((a, b))
    }

    /// If the current token opens a section: which one and how many tokens
    /// its header has. A header is a keyword that is the first token of its
    /// line and is not followed by `:` (which would make it a label).
    fn header(&self) -> Result<Option<(Section, usize)>, ReadError> {
        let Kind::Name(word) = self.tok.kind else {
            return Ok(None);
        };
        if !self.tok.line_start {
            return Ok(None);
        }
        let Some(hw) = header_word(word) else {
            return Ok(None);
        };
        let next = self.peek()?;
        if next.kind == Kind::Colon {
            return Ok(None);
        }
        Ok(match hw {
            HeaderWord::Alone(s) => Some((s, 1)),
            HeaderWord::Then(second, s) => match next.kind {
                Kind::Name(w) if w.eq_ignore_ascii_case(second) && next.line == self.tok.line => {
                    Some((s, 2))
                }
                _ => None,
            },
        })
    }

    /// [`Self::header`] for error messages, where a lexer error in the
    /// look-ahead is not the error to report.
    fn header_quiet(&self) -> Option<(Section, usize)> {
        self.header().ok().flatten()
    }

    /// True if the current token ends a section: a header or end of file.
    fn at_section_end(&self) -> Result<bool, ReadError> {
        Ok(self.tok.kind == Kind::Eof || self.header()?.is_some())
    }

    /// True if the current token is a name followed by `:`.
    fn at_label(&self) -> Result<bool, ReadError> {
        Ok(matches!(self.tok.kind, Kind::Name(_)) && self.peek()?.kind == Kind::Colon)
    }

    /// The id of variable `name`, created at `line` if new.
    fn var(&mut self, name: &'a str, line: usize) -> u32 {
        let id = self.var_names.len() as u32;
        match self.var_index.insert_new(name, id) {
            Err(known) => known,
            Ok(()) => {
                self.var_names.push(name);
                self.var_lines.push(line);
                self.objective.push(0.0);
                self.var_state.push(VarState::default());
                self.expr_mark.push(0);
                self.expr_slot.push(0);
                id
            }
        }
    }

    /// Consumes a variable name (the current token) and returns its id;
    /// `what` describes the expectation for an error message.
    fn variable(&mut self, what: impl FnOnce() -> String) -> Result<u32, ReadError> {
        match self.tok.kind {
            Kind::Name(name) if !is_reserved_value_word(name) && self.header()?.is_none() => {
                let line = self.tok.line;
                self.bump()?;
                Ok(self.var(name, line))
            }
            Kind::Name(name) if is_reserved_value_word(name) => Err(self.error(
                self.tok.line,
                format!(
                    "expected {}, found '{name}' (a value word, not a variable name)",
                    what()
                ),
            )),
            _ => Err(self.expected(&what())),
        }
    }

    /// Reads every section after the first token.
    fn read_sections(&mut self) -> Result<(), ReadError> {
        match self.header()? {
            Some((s @ (Section::Minimize | Section::Maximize), n)) => {
                self.sense = if s == Section::Minimize {
                    Sense::Minimize
                } else {
                    Sense::Maximize
                };
                self.section_lines[0] = self.tok.line;
                for _ in 0..n {
                    self.bump()?;
                }
            }
            _ => return Err(self.expected("'Minimize' or 'Maximize' to start the file")),
        }
        self.objective_section()?;
        match self.header()? {
            Some((Section::SubjectTo, n)) => {
                self.section_lines[1] = self.tok.line;
                for _ in 0..n {
                    self.bump()?;
                }
            }
            _ => return Err(self.expected("'Subject To' after the objective")),
        }
        self.constraints_section()?;
        loop {
            if self.tok.kind == Kind::Eof {
                return Ok(());
            }
            let Some((section, n)) = self.header()? else {
                // Every section reader stops only at a header or the end.
                return Err(self.expected("a section header"));
            };
            let line = self.tok.line;
            let word = self.tok.text;
            for _ in 0..n {
                self.bump()?;
            }
            match section {
                Section::Bounds => self.bounds_section()?,
                Section::General | Section::Binary => self.names_section(section)?,
                Section::End => {
                    if self.tok.kind != Kind::Eof {
                        return Err(self.expected("nothing after 'End'"));
                    }
                    return Ok(());
                }
                Section::Minimize | Section::Maximize => {
                    return Err(self.error(
                        line,
                        format!(
                            "a second objective section '{word}': the objective was opened at line {}",
                            self.section_lines[0]
                        ),
                    ));
                }
                Section::SubjectTo => {
                    return Err(self.error(
                        line,
                        format!(
                            "a second 'Subject To' section: the constraints were opened at line {}",
                            self.section_lines[1]
                        ),
                    ));
                }
                Section::Unsupported => {
                    return Err(self.error(
                        line,
                        format!("unsupported section '{word}' (semi-continuous and SOS sections are not read)"),
                    ));
                }
            }
        }
    }

    /// `[name:] expression` up to the `Subject To` header.
    fn objective_section(&mut self) -> Result<(), ReadError> {
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
    fn expression(&mut self, target: Target, row_line: Option<usize>) -> Result<usize, ReadError> {
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
    fn value(&mut self, after: &str) -> Result<(f64, Token<'a>), ReadError> {
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
    fn at_leading_constant(&self) -> Result<bool, ReadError> {
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

    /// Constraints up to the next section header or the end of the file.
    fn constraints_section(&mut self) -> Result<(), ReadError> {
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

    /// Bound statements up to the next section header or the end.
    fn bounds_section(&mut self) -> Result<(), ReadError> {
        while !self.at_section_end()? {
            self.bound()?;
        }
        Ok(())
    }

    /// `x op v`, `x free`, `v op x`, `v op x op w`.
    fn bound(&mut self) -> Result<(), ReadError> {
        let line = self.tok.line;
        let first = self.tok;
        match self.tok.kind {
            Kind::Name(name) if !is_reserved_value_word(name) => {
                let v = self.variable(|| "a variable".to_string())?;
                match self.tok.kind {
                    Kind::Name(w) if w.eq_ignore_ascii_case("free") => {
                        self.bump()?;
                        self.set_bound(v, Cmp::Ge, f64::NEG_INFINITY, line)?;
                        self.set_bound(v, Cmp::Le, f64::INFINITY, line)?;
                    }
                    Kind::Cmp(op) => {
                        let op_tok = self.bump()?;
                        let (value, _) = self.value(op_tok.text)?;
                        self.set_bound(v, op, value, line)?;
                        if let Kind::Cmp(_) = self.tok.kind {
                            return Err(self.error(
                                self.tok.line,
                                format!(
                                    "a second comparison '{}' in a bound: a two-sided bound is \
                                     'l <= {name} <= u'",
                                    self.tok.text
                                ),
                            ));
                        }
                    }
                    _ => {
                        let what = if first.line_start && self.tok.line != first.line {
                            format!(
                                "a comparison or 'free' after '{name}'; or is '{name}' meant as \
                                 a section header? it is not one this reader knows"
                            )
                        } else {
                            format!("a comparison or 'free' after '{name}'")
                        };
                        return Err(self.expected(&what));
                    }
                }
            }
            Kind::Number(_) | Kind::Plus | Kind::Minus | Kind::Name(_) => {
                let is_value = matches!(self.tok.kind, Kind::Number(_))
                    || matches!(self.tok.kind, Kind::Name(w) if is_infinity_word(w))
                    || matches!(self.tok.kind, Kind::Plus | Kind::Minus);
                if !is_value {
                    return Err(self.expected("a bound"));
                }
                let (value, number) = self.value("the start of the bound")?;
                let Kind::Cmp(op) = self.tok.kind else {
                    return Err(self.expected(&format!(
                        "a comparison operator after '{}' in a bound (a bound is on a \
                         variable alone)",
                        number.text
                    )));
                };
                let op_tok = self.bump()?;
                let op_text = op_tok.text;
                let v = self.variable(|| format!("a variable after '{op_text}'"))?;
                // `value op x` is `x op' value` with op' the mirror of op.
                self.set_bound(v, mirror(op), value, line)?;
                if let Kind::Cmp(op2) = self.tok.kind {
                    let op2_tok = self.bump()?;
                    if op == Cmp::Eq || op2 != op {
                        return Err(self.error(
                            op2_tok.line,
                            format!(
                                "'{}' then '{}' in a bound: a two-sided bound is 'l <= x <= u' \
                                 or 'u >= x >= l'",
                                op_tok.text, op2_tok.text
                            ),
                        ));
                    }
                    let (value2, _) = self.value(op2_tok.text)?;
                    self.set_bound(v, op2, value2, line)?;
                }
            }
            _ => {
                return Err(self.expected("a bound ('x <= 4', '0 <= x <= 1', 'x free', ...)"));
            }
        }
        Ok(())
    }

    /// Applies `x op value` from a bound statement at `line`.
    fn set_bound(&mut self, v: u32, op: Cmp, value: f64, line: usize) -> Result<(), ReadError> {
        let name = self.var_names[v as usize];
        if (op != Cmp::Le && value == f64::INFINITY)
            || (op != Cmp::Ge && value == f64::NEG_INFINITY)
        {
            return Err(self.error(
                line,
                format!("invalid bound {value} for '{name}': a lower bound cannot be +inf and an upper bound cannot be -inf"),
            ));
        }
        let mut overridden = Vec::new();
        let st = &mut self.var_state[v as usize];
        if op != Cmp::Le {
            if st.lower_line != 0 && st.lower_line != line {
                overridden.push(("lower", st.lower_line));
            }
            st.lower = value;
            st.lower_line = line;
        }
        if op != Cmp::Ge {
            if st.upper_line != 0 && st.upper_line != line {
                overridden.push(("upper", st.upper_line));
            }
            st.upper = value;
            st.upper_line = line;
        }
        for (side, before) in overridden {
            self.warnings.push(Warning {
                line,
                message: format!(
                    "the {side} bound of '{name}' set at line {before} is replaced by this one"
                ),
            });
        }
        Ok(())
    }

    /// Names up to the next section header: declared integer (`General`) or
    /// binary (`Binary`).
    fn names_section(&mut self, section: Section) -> Result<(), ReadError> {
        while !self.at_section_end()? {
            let line = self.tok.line;
            let v =
                self.variable(|| format!("a variable name in the {} section", section.title()))?;
            let st = &mut self.var_state[v as usize];
            if section == Section::Binary {
                st.binary_line = line;
            } else {
                st.general_line = line;
            }
        }
        Ok(())
    }

    /// Applies the bound rules and builds the problem.
    fn finish(mut self, name: String) -> Result<Parsed, ReadError> {
        let file = self.file;
        let model_err =
            |line: usize, e: crate::model::ModelError| ReadError::syntax(file, line, e.to_string());
        let mut b = ProblemBuilder::new(name);
        // Everything has been read: the sizes are exact.
        b.reserve(self.var_names.len(), self.rows.len(), self.entries.len());
        b.set_sense(self.sense);
        if let Some(obj) = self.objective_name {
            b.set_objective_name(obj)
                .map_err(|e| model_err(self.section_lines[0], e))?;
        }
        if let Some(offset) = self.offset {
            b.set_objective_offset(offset)
                .map_err(|e| model_err(self.section_lines[0], e))?;
        }
        for (j, st) in self.var_state.iter_mut().enumerate() {
            let name = self.var_names[j];
            let kind = if st.binary_line != 0 {
                let explicit = st.lower_line != 0 || st.upper_line != 0;
                if explicit && (st.lower != 0.0 || st.upper != 1.0) {
                    self.warnings.push(Warning {
                        line: st.binary_line,
                        message: format!(
                            "'{name}' is declared binary: its bounds [{}, {}] are replaced by [0, 1]",
                            st.lower, st.upper
                        ),
                    });
                }
                st.lower = 0.0;
                st.upper = 1.0;
                VarKind::Binary
            } else {
                if st.upper < 0.0 && st.lower_line == 0 {
                    st.lower = f64::NEG_INFINITY;
                    self.warnings.push(Warning {
                        line: st.upper_line,
                        message: format!(
                            "'{name}' has the negative upper bound {} and no lower bound: its \
                             lower bound becomes -inf (not the default 0)",
                            st.upper
                        ),
                    });
                }
                if st.lower > st.upper {
                    let line = st.lower_line.max(st.upper_line);
                    return Err(ReadError::syntax(
                        file,
                        line,
                        format!(
                            "inconsistent bounds for '{name}': lower bound {} > upper bound {}",
                            st.lower, st.upper
                        ),
                    ));
                }
                if st.general_line != 0 {
                    VarKind::Integer
                } else {
                    VarKind::Continuous
                }
            };
            let line = st.lower_line.max(st.upper_line).max(self.var_lines[j]);
            b.add_var_with_new_name(name, kind, st.lower, st.upper, self.objective[j])
                .map_err(|e| model_err(line, e))?;
        }
        let row_count = self.rows.len();
        for i in 0..row_count {
            let row = &self.rows[i];
            let end = self.rows.get(i + 1).map_or(self.entries.len(), |r| r.start);
            let name = match row.label {
                Some(label) => label.to_string(),
                None => {
                    let mut candidate = format!("c{}", i + 1);
                    while self.row_labels.contains_key(&candidate) {
                        candidate.push('_');
                    }
                    candidate
                }
            };
            let r = b
                .add_empty_row_with_new_name(name, row.lower, row.upper)
                .map_err(|e| model_err(row.line, e))?;
            for &(v, a) in &self.entries[row.start..end] {
                b.set_coefficient(r, crate::model::VarId(v), a)
                    .map_err(|e| model_err(row.line, e))?;
            }
        }
        let problem = b.build().map_err(|e| model_err(1, e))?;
        Ok(Parsed {
            problem,
            warnings: self.warnings,
        })
    }
}

/// The operator that keeps `a op b` true when its sides are swapped.
fn mirror(op: Cmp) -> Cmp {
    match op {
        Cmp::Le => Cmp::Ge,
        Cmp::Ge => Cmp::Le,
        Cmp::Eq => Cmp::Eq,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse, write_string};
    use crate::model::{Problem, Sense, VarKind};

    fn read(text: &str) -> crate::io::Parsed {
        match parse(text, "t.lp") {
            Ok(p) => p,
            Err(e) => panic!("{e}\n--- text:\n{text}"),
        }
    }

    fn problem(text: &str) -> Problem {
        read(text).problem
    }

    fn fail(text: &str) -> (usize, String) {
        match parse(text, "t.lp") {
            Ok(_) => panic!("accepted:\n{text}"),
            Err(e) => (e.line().unwrap_or(0), e.to_string()),
        }
    }

    fn row(p: &Problem, name: &str) -> Vec<(String, f64)> {
        let r = p
            .row_by_name(name)
            .unwrap_or_else(|| panic!("no row {name}"));
        p.row(r)
            .map(|(v, a)| (p.var_name(v).to_string(), a))
            .collect()
    }

    fn sides(p: &Problem, name: &str) -> (f64, f64) {
        let r = p
            .row_by_name(name)
            .unwrap_or_else(|| panic!("no row {name}"));
        (p.row_lower(r), p.row_upper(r))
    }

    fn bounds(p: &Problem, name: &str) -> (f64, f64) {
        let v = p
            .var_by_name(name)
            .unwrap_or_else(|| panic!("no var {name}"));
        (p.var_lower(v), p.var_upper(v))
    }

    const INF: f64 = f64::INFINITY;

    #[test]
    fn sense_keywords_and_abbreviations() {
        for (w, s) in [
            ("Minimize", Sense::Minimize),
            ("MINIMUM", Sense::Minimize),
            ("min", Sense::Minimize),
            ("Maximize", Sense::Maximize),
            ("maximum", Sense::Maximize),
            ("MAX", Sense::Maximize),
        ] {
            for st in ["Subject To", "such that", "st", "S.T.", "subject   to"] {
                let p = problem(&format!("{w}\n obj: x\n{st}\n c: x <= 1\nEnd\n"));
                assert_eq!(p.sense(), s, "{w} {st}");
                assert_eq!(p.num_rows(), 1);
            }
        }
    }

    #[test]
    fn signs_without_blanks_make_separate_variables() {
        let p = problem("min\nst\n c1: x-y>=1\n c2: 2x+3y<=4\n");
        assert_eq!(row(&p, "c1"), [("x".into(), 1.0), ("y".into(), -1.0)]);
        assert_eq!(row(&p, "c2"), [("x".into(), 2.0), ("y".into(), 3.0)]);
        assert_eq!(sides(&p, "c1"), (1.0, INF));
        assert_eq!(sides(&p, "c2"), (-INF, 4.0));
    }

    #[test]
    fn exponent_names_and_numbers() {
        let p = problem("min\n obj: 3.5e-2 e1 + 2e3x + x1e5 - 2 e\nst\n c: e1 + e >= 0\n");
        assert_eq!(p.var_names(), ["e1", "x", "x1e5", "e"]);
        assert_eq!(p.objective_coefficients(), [0.035, 2000.0, 1.0, -2.0]);
    }

    #[test]
    fn objective_constant_and_label() {
        let p = problem("max\n profit: 3 x + 2 - y - 0.5\nst\n c: x + y <= 1\n");
        assert_eq!(p.objective_name(), "profit");
        assert_eq!(p.objective_offset(), 1.5);
        assert_eq!(p.objective_coefficients(), [3.0, -1.0]);
        let p = problem("min\n obj: 7\nst\n");
        assert_eq!(p.objective_offset(), 7.0);
        assert_eq!(p.num_vars(), 0);
        let p = problem("min\nst\n c: x >= 1");
        assert_eq!(p.objective_name(), "obj");
        assert_eq!(p.objective_offset().to_bits(), 0f64.to_bits());
    }

    #[test]
    fn ranged_and_reversed_constraints() {
        let p = problem(
            "min\nst\n r1: -2 <= x + y <= 5\n r2: 5 >= x >= -1\n r3: 3 <= y\n r4: 3 >= y\n r5: 3 = y\n r6: x >= -inf\n r7: -infinity <= x <= +INF\n",
        );
        assert_eq!(sides(&p, "r1"), (-2.0, 5.0));
        assert_eq!(sides(&p, "r2"), (-1.0, 5.0));
        assert_eq!(sides(&p, "r3"), (3.0, INF));
        assert_eq!(sides(&p, "r4"), (-INF, 3.0));
        assert_eq!(sides(&p, "r5"), (3.0, 3.0));
        assert_eq!(sides(&p, "r6"), (-INF, INF));
        assert_eq!(sides(&p, "r7"), (-INF, INF));
    }

    #[test]
    fn comparison_spellings_in_constraints() {
        let p = problem("min\nst\n a: x =< 1\n b: x => 2\n c: x < 3\n d: x > 4\n e: x = 5\n");
        assert_eq!(sides(&p, "a"), (-INF, 1.0));
        assert_eq!(sides(&p, "b"), (2.0, INF));
        assert_eq!(sides(&p, "c"), (-INF, 3.0));
        assert_eq!(sides(&p, "d"), (4.0, INF));
        assert_eq!(sides(&p, "e"), (5.0, 5.0));
    }

    #[test]
    fn terms_span_lines_and_signs_may_stand_apart() {
        let p = problem("min\n obj:\n  x\n  + 2\n  y\nst\n c: -\n 2 x\n -   y\n >=\n -3\n");
        assert_eq!(p.objective_coefficients(), [1.0, 2.0]);
        assert_eq!(row(&p, "c"), [("x".into(), -2.0), ("y".into(), -1.0)]);
        assert_eq!(sides(&p, "c"), (-3.0, INF));
    }

    #[test]
    fn keywords_are_names_where_they_do_not_start_a_line() {
        let p = problem(
            "min\n obj: free + bounds + st\nst\nend: free + bounds >= 1\n bin: st - end <= 2\nbounds\n free <= 4\n -inf <= bounds <= +inf\nend",
        );
        assert_eq!(p.var_names(), ["free", "bounds", "st", "end"]);
        assert_eq!(row(&p, "end").len(), 2);
        assert_eq!(row(&p, "bin"), [("st".into(), 1.0), ("end".into(), -1.0)]);
        assert_eq!(bounds(&p, "free"), (0.0, 4.0));
        assert_eq!(bounds(&p, "bounds"), (-INF, INF));
    }

    #[test]
    fn end_is_optional_and_a_trailing_newline_too() {
        for text in [
            "min\n obj: x\nst\n c: x >= 1",
            "min\n obj: x\nst\n c: x >= 1\n",
            "min\n obj: x\nst\n c: x >= 1\nend",
            "min\n obj: x\nst\n c: x >= 1\nEND\n\\ trailing comment\n",
            "min\r\n obj: x\r\nst\r\n c: x >= 1\r\nend\r\n",
        ] {
            let p = problem(text);
            assert_eq!(sides(&p, "c"), (1.0, INF), "{text:?}");
        }
    }

    #[test]
    fn comments_line_and_block() {
        let p = problem(
            "\\ leading\nmin \\ the sense\n obj: x \\* a block\n spanning + y *\\ + z\nst \\* *\\\n c: x + z >= 1 \\ note: <= 3\n",
        );
        assert_eq!(p.var_names(), ["x", "z"]);
        assert_eq!(sides(&p, "c"), (1.0, INF));
    }

    #[test]
    fn bound_forms() {
        let p = problem(
            "min\nst\n c: a + b + c + d + e + f + g + h >= 0\nbounds\n a >= -1\n b <= 4\n -2 <= c <= 3\n d free\n e = 2.5\n -inf <= f\n 7 >= g\n g >= -INF\n 8 >= h >= 2\n",
        );
        assert_eq!(bounds(&p, "a"), (-1.0, INF));
        assert_eq!(bounds(&p, "b"), (0.0, 4.0));
        assert_eq!(bounds(&p, "c"), (-2.0, 3.0));
        assert_eq!(bounds(&p, "d"), (-INF, INF));
        assert_eq!(bounds(&p, "e"), (2.5, 2.5));
        assert_eq!(bounds(&p, "f"), (-INF, INF));
        assert_eq!(bounds(&p, "g"), (-INF, 7.0));
        assert_eq!(bounds(&p, "h"), (2.0, 8.0));
    }

    #[test]
    fn negative_upper_bound_alone_lowers_the_lower_bound_with_a_warning() {
        let parsed = read("min\nst\n c: x + y >= -10\nbounds\n x <= -5\n");
        assert_eq!(bounds(&parsed.problem, "x"), (-INF, -5.0));
        assert!(
            parsed
                .warnings
                .iter()
                .any(|w| w.line == 5 && w.message.contains("negative upper bound")),
            "{:?}",
            parsed.warnings
        );
        // y's lower bound was set explicitly: the bounds cross.
        let err = parse(
            "min\nst\n c: x + y >= -10\nbounds\n y >= 0\n y <= -1\n",
            "t.lp",
        )
        .unwrap_err();
        assert_eq!(err.line(), Some(6));
        assert!(
            err.to_string().contains("inconsistent bounds for 'y'"),
            "{err}"
        );
    }

    #[test]
    fn general_and_binary_sections() {
        let parsed = read(
            "min\nst\n c: x + y + z + w >= 1\nbounds\n -3 <= x <= 3\n 0 <= z <= 1\n w <= 7\ngeneral\n x z\nbinaries\n y w\n",
        );
        let p = &parsed.problem;
        let kind = |n: &str| p.var_kind(p.var_by_name(n).unwrap());
        assert_eq!(kind("x"), VarKind::Integer);
        assert_eq!(bounds(p, "x"), (-3.0, 3.0));
        assert_eq!(kind("y"), VarKind::Binary);
        assert_eq!(bounds(p, "y"), (0.0, 1.0));
        assert_eq!(kind("z"), VarKind::Binary); // integer on [0, 1]
        assert_eq!(kind("w"), VarKind::Binary);
        assert_eq!(bounds(p, "w"), (0.0, 1.0));
        assert!(
            parsed
                .warnings
                .iter()
                .any(|w| w.message.contains("'w' is declared binary")),
            "{:?}",
            parsed.warnings
        );
        let p = problem("min\nst\ngen\n n\n");
        assert_eq!(bounds(&p, "n"), (0.0, INF));
        assert_eq!(p.var_kind(p.var_by_name("n").unwrap()), VarKind::Integer);
    }

    #[test]
    fn variables_are_numbered_by_first_appearance() {
        let p = problem(
            "min\n obj: b + a\nst\n c: d + a + c >= 1\nbounds\n e <= 1\ngeneral\n f\nbinary\n g\n",
        );
        assert_eq!(p.var_names(), ["b", "a", "d", "c", "e", "f", "g"]);
    }

    #[test]
    fn repeated_variable_is_summed_with_a_warning() {
        let parsed = read("min\n obj: x + 2 x\nst\n c: x + y\n + x >= 1\n");
        let p = &parsed.problem;
        assert_eq!(p.objective_coefficients(), [3.0, 0.0]);
        assert_eq!(row(p, "c"), [("x".into(), 2.0), ("y".into(), 1.0)]);
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [2, 5]);
        assert!(parsed.warnings[1].message.contains("row 'c'"));
        // Terms that cancel leave no entry but keep the variable.
        let p = problem("min\nst\n c: x - x + y >= 1\n");
        assert_eq!(row(&p, "c"), [("y".into(), 1.0)]);
        assert_eq!(p.num_vars(), 2);
    }

    #[test]
    fn unlabeled_rows_get_names_that_avoid_labels() {
        let p = problem("min\nst\n x >= 1\n c1: x <= 3\n x + y <= 5\n c3_: y >= 0\n 2 <= y\n");
        assert_eq!(p.row_names(), ["c1_", "c1", "c3", "c3_", "c5"]);
    }

    #[test]
    fn several_constraints_on_one_line_need_labels() {
        let p = problem("min\nst\n a: x >= 1 b: y >= 2 c: 0 <= x + y <= 3\n");
        assert_eq!(p.row_names(), ["a", "b", "c"]);
    }

    #[test]
    fn problem_name_from_header_comment_or_file_stem() {
        let p = problem("\\Problem name: knap sack \nmin\nst\n");
        assert_eq!(p.name(), "knap sack");
        let p = parse("min\nst\n", "dir/sub/model.LP.gz").unwrap().problem;
        assert_eq!(p.name(), "model");
    }

    #[test]
    fn errors_name_line_and_what_was_expected() {
        let cases: &[(&str, usize, &str)] = &[
            (
                "min\nst\n c: x <= y\n",
                3,
                "expected a number after '<=', found 'y'",
            ),
            ("min\nst\n c: x + y\nbounds\n", 4, "comparison operator"),
            (
                "min\nst\n c: x >= 1\n c: y >= 1\n",
                4,
                "row name 'c' is used twice (first at line 3)",
            ),
            (
                "min\n obj: x\nbounds\n x <= 1\n",
                3,
                "expected 'Subject To' after the objective, found section header 'Bounds'",
            ),
            ("st\n c: x >= 1\n", 1, "expected 'Minimize' or 'Maximize'"),
            ("", 1, "found end of file"),
            ("min\nst\n c: x +\n", 3, "after '+', found end of file"),
            ("min\nst\n c: x + + y >= 1\n", 3, "after '+', found '+'"),
            ("min\nst\n c: x + -y >= 1\n", 3, "after '+', found '-'"),
            (
                "min\nst\n c: 2 x + 3 >= 1\n",
                3,
                "constant goes on the right-hand side",
            ),
            ("min\nst\n c: 1 <= x >= 0\n", 3, "ranged constraint"),
            ("min\nst\n c: x >= 1 <= 2\n", 3, "second comparison"),
            ("min\nst\n c: 1 = x = 1\n", 3, "ranged constraint"),
            ("min\n obj: inf x\nst\n", 2, "found 'inf'"),
            ("min\n obj: 3 nan\nst\n", 2, "found 'nan'"),
            ("min\n obj: 1e999 x\nst\n", 2, "out of range"),
            (
                "min\nst\n c: x >= 1\nbounds\n 3 <= 4\n",
                5,
                "expected a variable after '<=', found '4'",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n 2 x >= 1\n",
                5,
                "comparison operator after '2'",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n x >= 2\n x <= 1\n",
                6,
                "inconsistent bounds",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n x >= inf\n",
                5,
                "invalid bound",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n x <= 1 <= 2\n",
                5,
                "second comparison",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n 1 <= x >= 0\n",
                5,
                "two-sided bound",
            ),
            (
                "min\nst\n c: x >= 1\nbounds\n x\n",
                5,
                "comparison or 'free' after 'x'",
            ),
            (
                "min\nst\n c: x >= 1\nsemi-continuous\n x\n",
                4,
                "unsupported section 'semi'",
            ),
            ("min\nst\n c: x >= 1\nsos\n", 4, "unsupported section"),
            (
                "min\nst\n c: x >= 1\nfoo\nbounds\n",
                5,
                "is 'foo' meant as a section header",
            ),
            (
                "min\nst\n c: x >= 1\nend\nx\n",
                5,
                "expected nothing after 'End', found 'x'",
            ),
            ("min\nst\n c: x >= 1\nst\n", 4, "second 'Subject To'"),
            ("min\nst\n c: x >= 1\nmax\n", 4, "second objective section"),
            ("min\nst\n c: x >= 1 y\n", 3, "end of the constraint"),
            ("min\nst\n c: >= 1\n", 3, "start the constraint"),
            (
                "min\nst\n c: x >= 1\ngeneral\n 3\n",
                5,
                "variable name in the General section, found '3'",
            ),
            ("min\nst\n c: x * y >= 1\n", 3, "unexpected character '*'"),
            ("min\n obj: [ x ^ 2 ]\nst\n", 2, "quadratic"),
            (
                "min\nst\n c: x >= 1\n\\* never closed\n",
                4,
                "unterminated block comment",
            ),
            (
                "min\n obj: x y\nst\n",
                2,
                "'+', '-' or 'Subject To' after the objective, found 'y'",
            ),
            (
                "min\nst\n c: x >= 2\n d: 5 <= x <= 1\n",
                4,
                "inconsistent bounds for 'd'",
            ),
            ("min\nst\n c: 1e308 x + 1e308 x >= 1\n", 3, "out of range"),
        ];
        for &(text, line, fragment) in cases {
            let (l, msg) = fail(text);
            assert!(msg.contains(fragment), "{text:?}: {msg}");
            assert!(
                msg.starts_with(&format!("t.lp:{line}: ")),
                "{text:?}: {msg}"
            );
            assert_eq!(l, line, "{text:?}: {msg}");
        }
    }

    #[test]
    fn writer_output_reads_back_identically() {
        let text = "\\Problem name: demo\nmax\n profit: 3 x - 0.1 y + 1e-300 z + 2.5\nst\n c1: x + y + z <= 4\n c2: 1 <= x - y <= 3\n c3: -x + 1e300 z = -0.25\n c4: y >= -inf\nbounds\n -inf <= z <= 5\n y free\n -3 <= w <= 3\ngeneral\n x w\nbinary\n b\n";
        let p = problem(text);
        let written = write_string(&p).unwrap();
        let q = problem(&written);
        assert_eq!(p, q, "{written}");
        assert_eq!(q.name(), "demo");
        assert_eq!(write_string(&q).unwrap(), written);
    }
}
