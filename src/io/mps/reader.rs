//! The MPS reader: one pass over the lines, one state per section, the
//! problem assembled in a [`ProblemBuilder`] and finished once `ENDATA` is
//! seen. The conventions are listed in the [module documentation](super).
//!
//! This file holds the entry point, the reader's state and the dispatch of
//! each line to its section; the sections themselves are read in
//! [`sections`](super::sections) (headers, NAME, OBJSENSE),
//! [`rows`](super::rows), [`columns`](super::columns),
//! [`vectors`](super::vectors) (RHS, RANGES) and [`bounds`](super::bounds),
//! plain data lines first by the [`fast`](super::fast) path, and the
//! problem is built in [`finish`](super::finish).

use super::bounds::ColumnBounds;
use super::fields::{FreeFields, quoted};
use super::lines::{Lines, section_data_lines};
use super::rows::DeclaredRow;
use super::scan::Scan;
use super::sections::Section;
use super::vectors::{Vector, VectorSet};
use crate::io::error::ReadError;
use crate::io::parsed::{Parsed, Warning};
use crate::model::names::{NameKey, NameMap};
use crate::model::{ProblemBuilder, Sense, VarId};

/// Parses MPS text (free or fixed format); `file` names the source in
/// errors. See the [module documentation](super) for what is accepted.
///
/// # Errors
/// A [`ReadError::Syntax`] naming `file`, the 1-based line and what was
/// expected and found, for anything malformed or inconsistent.
pub fn parse(text: &str, file: &str) -> Result<Parsed, ReadError> {
    parse_with(text, file, true)
}

/// [`parse`], with the fast path for plain data lines on or (in tests,
/// which compare the two) off.
pub(super) fn parse_with(text: &str, file: &str, fast: bool) -> Result<Parsed, ReadError> {
    let mut reader = Reader::new(text, file);
    let mut last = 0;
    let mut lines = Lines::new(text);
    let mut scan = Scan::new(text);
    loop {
        if fast
            && matches!(
                reader.section,
                Section::Rows | Section::Columns | Section::Rhs
            )
        {
            // The plain data lines of these sections, read in one pass
            // each; the first other line (a header, a comment, a marker,
            // an unknown row, `1e99`, ...) is left to the general path
            // below, which reads it from its start.
            reader
                .fast_lines(&mut scan, &mut lines, &mut last)
                .map_err(|message| ReadError::syntax(file, last + 1, message))?;
        }
        let Some(raw) = lines.next() else {
            break;
        };
        last += 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let section = reader.section;
        reader
            .line(line, last)
            .map_err(|message| ReadError::syntax(file, last, message))?;
        if reader.section != section {
            if reader.section == Section::End {
                reader.ignore_after_endata(lines, last);
                break;
            }
            reader.reserve_for_section(lines.rest());
        }
    }
    reader.finish(last)
}

/// The state of one read: what the sections read so far declared. Its
/// methods are spread over the sibling files, one per section.
pub(super) struct Reader<'a> {
    pub(super) file: &'a str,
    /// The whole text.
    pub(super) text: &'a str,
    pub(super) builder: ProblemBuilder,
    pub(super) warnings: Vec<Warning>,
    pub(super) section: Section,
    pub(super) seen: u16,
    pub(super) problem_name: Option<&'a str>,
    pub(super) sense: Sense,
    pub(super) awaiting_sense: bool,
    pub(super) rows: Vec<DeclaredRow<'a>>,
    pub(super) row_index: NameMap<'a, u32>,
    pub(super) objective: Option<u32>,
    pub(super) columns: Vec<ColumnBounds>,
    pub(super) column_index: NameMap<'a, VarId>,
    /// The column of the last COLUMNS entry line.
    pub(super) current: Option<(NameKey<'a>, VarId)>,
    pub(super) integer_block: Option<usize>,
    pub(super) rhs_set: Option<VectorSet<'a>>,
    pub(super) ranges_set: Option<VectorSet<'a>>,
    pub(super) bounds_set: Option<VectorSet<'a>>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, file: &'a str) -> Self {
        Reader {
            file,
            text,
            builder: ProblemBuilder::new(""),
            warnings: Vec::new(),
            section: Section::Start,
            seen: 0,
            problem_name: None,
            sense: Sense::Minimize,
            awaiting_sense: false,
            rows: Vec::new(),
            row_index: NameMap::default(),
            objective: None,
            columns: Vec::new(),
            column_index: NameMap::default(),
            current: None,
            integer_block: None,
            rhs_set: None,
            ranges_set: None,
            bounds_set: None,
        }
    }

    fn line(&mut self, line: &'a str, number: usize) -> Result<(), String> {
        let Some(&first) = line.as_bytes().first() else {
            return Ok(());
        };
        if first == b'*' {
            return Ok(());
        }
        let fields = FreeFields::split(line);
        if fields.len() == 0 {
            return Ok(());
        }
        if first.is_ascii_whitespace() {
            self.data_line(line, &fields, number)
        } else {
            self.header_line(line, &fields, number)
        }
    }

    /// Reading stops at ENDATA, as in SCIP and HiGHS: the first line after
    /// it that is not blank or a comment (an old `IMPORTANCES` block, a
    /// second model, ...) gets a warning, and it and everything after it
    /// are ignored. `lines` starts after the ENDATA line, number `last`.
    fn ignore_after_endata(&mut self, lines: Lines<'a>, last: usize) {
        for (number, raw) in (last + 1..).zip(lines) {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.starts_with('*') {
                continue;
            }
            let fields = FreeFields::split(line);
            if let Some(first) = fields.kept().first() {
                self.warnings.push(Warning {
                    line: number,
                    message: format!(
                        "text after ENDATA is ignored, from {} to the end of the file",
                        quoted(first)
                    ),
                });
                return;
            }
        }
    }

    /// Capacity for the section just entered, sized from its data lines
    /// in `rest` (see [`section_data_lines`]): a ROWS line declares at most
    /// one row; a COLUMNS line holds at most two entries, and columns are
    /// guessed at a quarter of the lines (vectors grow past a guess).
    fn reserve_for_section(&mut self, rest: &str) {
        match self.section {
            Section::Rows => {
                let rows = section_data_lines(rest);
                self.rows.reserve(rows);
                self.row_index.reserve(rows);
                self.builder.reserve(0, rows, 0);
            }
            Section::Columns => {
                let lines = section_data_lines(rest);
                let columns = lines / 4;
                self.columns.reserve(columns);
                self.column_index.reserve(columns);
                self.builder.reserve(columns, 0, 2 * lines);
            }
            _ => {}
        }
    }

    fn data_line(
        &mut self,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
        match self.section {
            Section::Start | Section::Name => Err(format!(
                "data before ROWS: expected a section header starting in column 1, found {}",
                quoted(fields.kept()[0])
            )),
            Section::ObjSense => self.sense_line(fields),
            Section::Rows => self.row_line(line, fields, number),
            Section::Columns => self.columns_line(line, fields, number),
            Section::Rhs => self.vector_line(Vector::Rhs, line, fields, number),
            Section::Ranges => self.vector_line(Vector::Ranges, line, fields, number),
            Section::Bounds => self.bound_line(line, fields, number),
            // Not reached: reading stops at ENDATA (`ignore_after_endata`).
            Section::End => Ok(()),
        }
    }
}
