//! The LP reader: tokens to a [`Problem`](crate::model::Problem), section
//! by section.
//!
//! The rules it follows are documented on the [module](super). This file
//! holds the entry point, the reader's state, the token look-ahead and the
//! order of the sections; the sections themselves are read in
//! [`expression`](super::expression) (the objective and the linear
//! expressions of every row), [`constraints`](super::constraints) and
//! [`bounds`](super::bounds) (Bounds, General, Binary), and the problem is
//! built in [`finish`](super::finish).

use std::cell::Cell;

use super::bounds::VarState;
use super::constraints::Row;
use super::keywords::{HeaderWord, Section, header_word, is_reserved_value_word};
use super::lexer::{Kind, Lexer, Token};
use crate::io::error::ReadError;
use crate::io::parsed::{Parsed, Warning};
use crate::model::Sense;
use crate::model::names::NameMap;

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

/// The state of one read: the token position and what the sections read
/// so far declared. Its methods are spread over the sibling files, one per
/// concern.
pub(super) struct Reader<'a> {
    pub(super) file: &'a str,
    lex: Lexer<'a>,
    /// The current token, not yet consumed.
    pub(super) tok: Token<'a>,
    /// The token after `tok` and the lexer just past it, once looked at:
    /// so a token is lexed once however often the parser peeks at it.
    /// Only successful look-aheads are kept (an error is lexed again and
    /// reported where it is met, as without the cache).
    peeked: Cell<Option<(Token<'a>, Lexer<'a>)>>,
    pub(super) sense: Sense,
    pub(super) objective_name: Option<&'a str>,
    pub(super) offset: Option<f64>,
    var_index: NameMap<'a, u32>,
    pub(super) var_names: Vec<&'a str>,
    pub(super) var_lines: Vec<usize>,
    pub(super) objective: Vec<f64>,
    pub(super) var_state: Vec<VarState>,
    /// `expr_mark[v] == expr_stamp` when `v` already occurs in the
    /// expression being read; `expr_slot[v]` is then its entry.
    pub(super) expr_mark: Vec<u32>,
    pub(super) expr_slot: Vec<usize>,
    pub(super) expr_stamp: u32,
    pub(super) rows: Vec<Row<'a>>,
    pub(super) entries: Vec<(u32, f64)>,
    pub(super) row_labels: NameMap<'a, usize>,
    pub(super) section_lines: [usize; 2],
    pub(super) warnings: Vec<Warning>,
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

    pub(super) fn error(&self, line: usize, message: impl Into<String>) -> ReadError {
        ReadError::syntax(self.file, line, message)
    }

    /// An error at the current token: `expected ..., found <token>`.
    pub(super) fn expected(&self, what: &str) -> ReadError {
        let found = match self.header_quiet() {
            Some((s, _)) if s != Section::Unsupported => {
                format!("section header '{}'", s.title())
            }
            _ => self.tok.describe(),
        };
        self.error(self.tok.line, format!("expected {what}, found {found}"))
    }

    /// Consumes the current token and returns it.
    pub(super) fn bump(&mut self) -> Result<Token<'a>, ReadError> {
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
    pub(super) fn peek(&self) -> Result<Token<'a>, ReadError> {
        if let Some((token, _)) = self.peeked.get() {
            return Ok(token);
        }
        let mut lex = self.lex;
        let token = lex.next_token()?;
        self.peeked.set(Some((token, lex)));
        Ok(token)
    }

    /// The two tokens after the current one.
    pub(super) fn peek2(&self) -> Result<(Token<'a>, Token<'a>), ReadError> {
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
    pub(super) fn header(&self) -> Result<Option<(Section, usize)>, ReadError> {
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
    pub(super) fn header_quiet(&self) -> Option<(Section, usize)> {
        self.header().ok().flatten()
    }

    /// True if the current token ends a section: a header or end of file.
    pub(super) fn at_section_end(&self) -> Result<bool, ReadError> {
        Ok(self.tok.kind == Kind::Eof || self.header()?.is_some())
    }

    /// True if the current token is a name followed by `:`.
    pub(super) fn at_label(&self) -> Result<bool, ReadError> {
        Ok(matches!(self.tok.kind, Kind::Name(_)) && self.peek()?.kind == Kind::Colon)
    }

    /// The id of variable `name`, created at `line` if new.
    pub(super) fn var(&mut self, name: &'a str, line: usize) -> u32 {
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
    pub(super) fn variable(&mut self, what: impl FnOnce() -> String) -> Result<u32, ReadError> {
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
                Section::SemiContinuous => self.semi_continuous_section(line)?,
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
                        format!("unsupported section '{word}' (SOS sections are not read)"),
                    ));
                }
            }
        }
    }
}

impl Reader<'_> {
    /// The rest of a semi-continuous section header (`semi` already
    /// consumed at `line`): `-continuous` in `semi-continuous`, then
    /// the names of the semi-continuous variables (semi-integer when also
    /// in `General`). An empty section (HiGHS writes one into every LP
    /// file) is fine.
    fn semi_continuous_section(&mut self, line: usize) -> Result<(), ReadError> {
        if self.tok.kind == Kind::Minus && self.tok.line == line {
            let next = self.peek()?;
            if matches!(next.kind, Kind::Name(w) if w.eq_ignore_ascii_case("continuous"))
                && next.line == line
            {
                self.bump()?;
                self.bump()?;
            }
        }
        self.names_section(Section::SemiContinuous)
    }
}
