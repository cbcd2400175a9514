//! The MPS reader: one pass over the lines, one state per section, the
//! problem assembled in a [`ProblemBuilder`] and finished once `ENDATA` is
//! seen. The conventions are listed in the [module documentation](super).

use super::fields::{FixedFields, FreeFields, Infinity, parse_number, quoted, split_fixed};
use super::scan::{Scan, Token};
use crate::io::{Parsed, ReadError, Warning};
use crate::model::names::{NameKey, NameMap};
use crate::model::{ConsId, ProblemBuilder, Sense, VarId, VarKind};

/// Where the reader is in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Start,
    Name,
    ObjSense,
    Rows,
    Columns,
    Rhs,
    Ranges,
    Bounds,
    End,
}

impl Section {
    fn keyword(self) -> &'static str {
        match self {
            Section::Start => "the start of the file",
            Section::Name => "NAME",
            Section::ObjSense => "OBJSENSE",
            Section::Rows => "ROWS",
            Section::Columns => "COLUMNS",
            Section::Rhs => "RHS",
            Section::Ranges => "RANGES",
            Section::Bounds => "BOUNDS",
            Section::End => "ENDATA",
        }
    }

    /// Sections must come in non-decreasing rank; equal ranks in any order.
    fn rank(self) -> u8 {
        match self {
            Section::Start => 0,
            Section::Name | Section::ObjSense => 1,
            Section::Rows => 2,
            Section::Columns => 3,
            Section::Rhs | Section::Ranges | Section::Bounds => 4,
            Section::End => 5,
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    fn from_keyword(keyword: &str) -> Result<Section, String> {
        Ok(match keyword {
            "NAME" => Section::Name,
            "OBJSENSE" => Section::ObjSense,
            "ROWS" => Section::Rows,
            "COLUMNS" => Section::Columns,
            "RHS" => Section::Rhs,
            "RANGES" => Section::Ranges,
            "BOUNDS" => Section::Bounds,
            "ENDATA" => Section::End,
            "OBJSENSE:" | "OBJNAME" | "SOS" | "QUADOBJ" | "QMATRIX" | "QSECTION" | "QCMATRIX"
            | "CSECTION" | "INDICATORS" | "GENCONS" | "PWLOBJ" | "PWLNAM" | "BRANCH" => {
                return Err(format!(
                    "unsupported section {} (symbreak reads linear MILPs: NAME, OBJSENSE, ROWS, \
                     COLUMNS, RHS, RANGES, BOUNDS, ENDATA)",
                    quoted(keyword)
                ));
            }
            _ => {
                return Err(format!(
                    "unknown section {} (section headers start in column 1; data lines start \
                     with a space)",
                    quoted(keyword)
                ));
            }
        })
    }
}

/// The type of a constraint row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowType {
    Less,
    Greater,
    Equal,
}

/// A row type as written in ROWS, the objective kind included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowToken {
    Free,
    Constraint(RowType),
}

fn row_token(token: &str) -> Result<RowToken, String> {
    match token {
        "N" => Ok(RowToken::Free),
        "L" => Ok(RowToken::Constraint(RowType::Less)),
        "G" => Ok(RowToken::Constraint(RowType::Greater)),
        "E" => Ok(RowToken::Constraint(RowType::Equal)),
        _ => Err(format!(
            "unknown row type {} (expected N, L, G or E)",
            quoted(token)
        )),
    }
}

/// What a row declared in ROWS became.
#[derive(Clone, Copy, Debug)]
enum RowRole {
    /// The first N row.
    Objective,
    /// An L, G or E row.
    Constraint(ConsId, RowType),
    /// A later N row: dropped with its entries.
    Dropped,
}

/// A row of the ROWS section and what later sections said about it.
struct DeclaredRow<'a> {
    name: &'a str,
    role: RowRole,
    line: usize,
    /// `VarId + 1` of the last column with an entry in this row (0: none),
    /// to find a row given twice in one column in O(1).
    last_column: u32,
    rhs: f64,
    rhs_line: usize,
    range: f64,
    range_line: usize,
}

/// What BOUNDS said about a column (sides stay `None` until given).
#[derive(Clone, Copy, Debug, Default)]
struct ColumnBounds {
    first_line: usize,
    integer: bool,
    /// Some bound line named this column.
    bounded: bool,
    lower: Option<f64>,
    lower_line: usize,
    upper: Option<f64>,
    upper_line: usize,
    /// The line of the current upper bound when it came from `UP`/`UI`
    /// with a negative value (0 otherwise).
    negative_upper_line: usize,
}

/// A bound type of the BOUNDS section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BoundType {
    Up,
    Lo,
    Fx,
    Fr,
    Mi,
    Pl,
    Bv,
    Li,
    Ui,
}

impl BoundType {
    fn parse(token: &str) -> Result<BoundType, String> {
        Ok(match token {
            "UP" => BoundType::Up,
            "LO" => BoundType::Lo,
            "FX" => BoundType::Fx,
            "FR" => BoundType::Fr,
            "MI" => BoundType::Mi,
            "PL" => BoundType::Pl,
            "BV" => BoundType::Bv,
            "LI" => BoundType::Li,
            "UI" => BoundType::Ui,
            "SC" | "SI" => {
                return Err(format!(
                    "unsupported bound type {} (semi-continuous and semi-integer variables are \
                     not supported)",
                    quoted(token)
                ));
            }
            _ => {
                return Err(format!(
                    "unknown bound type {} (expected UP, LO, FX, FR, MI, PL, BV, LI or UI)",
                    quoted(token)
                ));
            }
        })
    }

    fn takes_value(self) -> bool {
        matches!(
            self,
            BoundType::Up | BoundType::Lo | BoundType::Fx | BoundType::Li | BoundType::Ui
        )
    }

    fn keyword(self) -> &'static str {
        match self {
            BoundType::Up => "UP",
            BoundType::Lo => "LO",
            BoundType::Fx => "FX",
            BoundType::Fr => "FR",
            BoundType::Mi => "MI",
            BoundType::Pl => "PL",
            BoundType::Bv => "BV",
            BoundType::Li => "LI",
            BoundType::Ui => "UI",
        }
    }
}

/// One or two `(declared row, value)` pairs of a line.
#[derive(Clone, Copy, Debug)]
struct Pairs {
    items: [(u32, f64); 2],
    len: usize,
}

impl Pairs {
    fn new() -> Self {
        Pairs {
            items: [(0, 0.0); 2],
            len: 0,
        }
    }

    fn push(&mut self, row: u32, value: f64) {
        if self.len < 2 {
            self.items[self.len] = (row, value);
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[(u32, f64)] {
        &self.items[..self.len]
    }
}

/// An integer marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    IntOrg,
    IntEnd,
}

/// A COLUMNS data line.
enum ColumnsLine<'a> {
    Marker(Marker),
    Entries { column: &'a str, pairs: Pairs },
}

/// An RHS or RANGES data line.
struct VectorLine<'a> {
    set: NameKey<'a>,
    pairs: Pairs,
}

/// A BOUNDS data line.
struct BoundLine<'a> {
    kind: BoundType,
    set: &'a str,
    column: VarId,
    value: f64,
}

/// The name of the RHS, RANGES or BOUNDS vector and where it began.
#[derive(Clone, Copy, Debug)]
struct VectorSet<'a> {
    name: NameKey<'a>,
    line: usize,
}

/// RHS or RANGES.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vector {
    Rhs,
    Ranges,
}

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
fn parse_with(text: &str, file: &str, fast: bool) -> Result<Parsed, ReadError> {
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
            reader.reserve_for_section(lines.rest());
        }
    }
    reader.finish(last)
}

/// The number of lines at the start of `rest` (the text after a section
/// header) before the next header, counting only those long enough to be
/// a data line (a blank, a type and a name: 4 bytes or more) and not
/// comments. It counts lines that are there, so capacities sized from it
/// are bounded by the text's own length, whatever the file claims.
fn section_data_lines(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut count = 0;
    while i < bytes.len() {
        let first = bytes[i];
        if first == b'*' {
            // A comment line.
        } else if first.is_ascii_whitespace() {
            // Counted below if long enough.
        } else {
            break;
        }
        let end = find_newline(&bytes[i..]).map_or(bytes.len(), |k| i + k);
        if first != b'*' && end - i >= 4 {
            count += 1;
        }
        i = end + 1;
    }
    count
}

/// The pieces of `text` between `\n` bytes, like `text.split('\n')`
/// (a final empty piece after a trailing `\n` included), found eight bytes
/// at a time.
struct Lines<'a> {
    text: &'a str,
    /// Where the next line starts; `None` once the last piece was returned.
    start: Option<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            start: Some(0),
        }
    }

    /// The text not yet returned.
    fn rest(&self) -> &'a str {
        self.start.map_or("", |start| &self.text[start..])
    }
}

/// The index of the first `\n` in `bytes`, if any.
#[inline]
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let newlines = ONES * u64::from(b'\n');
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ newlines;
        // The lowest set high bit marks the first zero byte of `x` exactly
        // (borrows only create false marks above a true one).
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        if zero != 0 {
            return Some(offset + (zero.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'\n')
        .map(|k| offset + k)
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let start = self.start?;
        let rest = &self.text.as_bytes()[start..];
        match find_newline(rest) {
            Some(k) => {
                self.start = Some(start + k + 1);
                // `\n` is ASCII, so both ends are char boundaries.
                Some(&self.text[start..start + k])
            }
            None => {
                self.start = None;
                Some(&self.text[start..])
            }
        }
    }
}

/// The name key of a token found by [`Scan::token`] in `text`.
#[inline(always)]
fn key_of(text: &str, token: Token) -> NameKey<'_> {
    // A token starts after whitespace or at a line start and ends at an
    // ASCII byte or the end of the text: both are char boundaries.
    NameKey::from_words(&text[token.start..token.end], token.first, token.last)
}

struct Reader<'a> {
    file: &'a str,
    /// The whole text.
    text: &'a str,
    builder: ProblemBuilder,
    warnings: Vec<Warning>,
    section: Section,
    seen: u16,
    problem_name: Option<&'a str>,
    sense: Sense,
    awaiting_sense: bool,
    rows: Vec<DeclaredRow<'a>>,
    row_index: NameMap<'a, u32>,
    objective: Option<u32>,
    columns: Vec<ColumnBounds>,
    column_index: NameMap<'a, VarId>,
    /// The column of the last COLUMNS entry line.
    current: Option<(NameKey<'a>, VarId)>,
    integer_block: Option<usize>,
    rhs_set: Option<VectorSet<'a>>,
    ranges_set: Option<VectorSet<'a>>,
    bounds_set: Option<VectorSet<'a>>,
}

/// Reads a line first as free format, and only if that fails and the line
/// fits the fixed-format layout, by fixed columns (see the module docs).
fn with_fallback<'a, R>(
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

fn field_count_error(expected: &str, found: usize) -> String {
    format!(
        "expected {expected}, found {found} field{}",
        if found == 1 { "" } else { "s" }
    )
}

fn parse_sense(token: &str) -> Result<Sense, String> {
    if token.eq_ignore_ascii_case("MIN") || token.eq_ignore_ascii_case("MINIMIZE") {
        Ok(Sense::Minimize)
    } else if token.eq_ignore_ascii_case("MAX") || token.eq_ignore_ascii_case("MAXIMIZE") {
        Ok(Sense::Maximize)
    } else {
        Err(format!(
            "expected MIN, MAX, MINIMIZE or MAXIMIZE, found {}",
            quoted(token)
        ))
    }
}

fn parse_marker(token: &str) -> Result<Marker, String> {
    match token {
        "'INTORG'" => Ok(Marker::IntOrg),
        "'INTEND'" => Ok(Marker::IntEnd),
        _ => Err(format!(
            "malformed MARKER line: expected 'INTORG' or 'INTEND' after 'MARKER', found {}",
            quoted(token)
        )),
    }
}

fn is_marker_word(token: &str) -> bool {
    matches!(token, "'MARKER'" | "'INTORG'" | "'INTEND'")
}

/// The problem name when the file has no NAME line: the file name without
/// its folder and `.mps`/`.gz` extensions.
fn file_stem(file: &str) -> &str {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let base = base.strip_suffix(".gz").unwrap_or(base);
    base.strip_suffix(".mps")
        .or_else(|| base.strip_suffix(".freemps"))
        .unwrap_or(base)
}

/// The sides of a constraint row from its type, RHS and optional range.
fn row_sides(ty: RowType, rhs: f64, range: Option<f64>) -> Result<(f64, f64), String> {
    let Some(r) = range else {
        return Ok(match ty {
            RowType::Less => (f64::NEG_INFINITY, rhs),
            RowType::Greater => (rhs, f64::INFINITY),
            RowType::Equal => (rhs, rhs),
        });
    };
    if !rhs.is_finite() {
        return Err(format!(
            "RANGES entry on a row whose RHS is {rhs}: a range needs a finite RHS"
        ));
    }
    let (lower, upper) = match ty {
        RowType::Less => (rhs - r.abs(), rhs),
        RowType::Greater => (rhs, rhs + r.abs()),
        RowType::Equal if r > 0.0 => (rhs, rhs + r),
        RowType::Equal if r < 0.0 => (rhs + r, rhs),
        RowType::Equal => (rhs, rhs),
    };
    if !lower.is_finite() || !upper.is_finite() {
        return Err(format!(
            "number out of range: range {r} on RHS {rhs} gives a side beyond the largest \
             finite number"
        ));
    }
    Ok((lower, upper))
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
            self.header_line(line, &fields)
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

    fn header_line(&mut self, line: &'a str, fields: &FreeFields<'a>) -> Result<(), String> {
        let keyword = fields.kept()[0];
        if self.section == Section::End {
            return Err(format!(
                "expected nothing after ENDATA, found {}",
                quoted(keyword)
            ));
        }
        let section = Section::from_keyword(keyword)?;
        self.enter(section)?;
        match section {
            Section::Name => {
                // The name is the rest of the line: it may contain spaces.
                let rest = &line[keyword.len()..];
                self.problem_name = Some(rest.trim_matches(|c: char| c.is_ascii_whitespace()));
            }
            Section::ObjSense => match fields.kept() {
                [_] => self.awaiting_sense = true,
                [_, value] => self.sense = parse_sense(value)?,
                _ => {
                    return Err(field_count_error(
                        "OBJSENSE and at most one of MIN, MAX, MINIMIZE, MAXIMIZE",
                        fields.len(),
                    ));
                }
            },
            _ => {
                if let Some(extra) = fields.kept().get(1) {
                    return Err(format!(
                        "expected nothing after {}, found {}",
                        section.keyword(),
                        quoted(extra)
                    ));
                }
            }
        }
        Ok(())
    }

    /// Checks the order of sections and closes the current one.
    fn enter(&mut self, section: Section) -> Result<(), String> {
        let keyword = section.keyword();
        if self.seen & section.bit() != 0 {
            return Err(format!(
                "second {keyword} section (each section may appear once)"
            ));
        }
        if section.rank() < self.section.rank() {
            return Err(format!(
                "{keyword} section after {} (expected the order NAME, OBJSENSE, ROWS, COLUMNS, \
                 RHS, RANGES, BOUNDS, ENDATA)",
                self.section.keyword()
            ));
        }
        if section.rank() > Section::Rows.rank() && self.seen & Section::Rows.bit() == 0 {
            return Err(format!(
                "{keyword} before ROWS (expected a ROWS section first)"
            ));
        }
        if self.awaiting_sense {
            return Err(format!(
                "expected MIN or MAX on the line after OBJSENSE, found section {keyword}"
            ));
        }
        if let Some(open) = self.integer_block {
            return Err(format!(
                "expected an 'INTEND' marker for the 'INTORG' at line {open} before {keyword}"
            ));
        }
        self.current = None;
        self.section = section;
        self.seen |= section.bit();
        Ok(())
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
            Section::ObjSense => {
                if !self.awaiting_sense {
                    return Err(format!(
                        "expected a section header after OBJSENSE, found {}",
                        quoted(fields.kept()[0])
                    ));
                }
                match fields.kept() {
                    [value] => {
                        self.sense = parse_sense(value)?;
                        self.awaiting_sense = false;
                        Ok(())
                    }
                    _ => Err(field_count_error(
                        "one of MIN, MAX, MINIMIZE, MAXIMIZE",
                        fields.len(),
                    )),
                }
            }
            Section::Rows => {
                let (token, name) = with_fallback(line, fields, free_row, fixed_row)?;
                self.declare_row(token, NameKey::new(name), number)
            }
            Section::Columns => {
                let record = {
                    let this = &*self;
                    with_fallback(
                        line,
                        fields,
                        |f| this.free_columns(f),
                        |f| this.fixed_columns(f),
                    )?
                };
                self.apply_columns(record, number)
            }
            Section::Rhs => self.vector_line(Vector::Rhs, line, fields, number),
            Section::Ranges => self.vector_line(Vector::Ranges, line, fields, number),
            Section::Bounds => {
                BoundType::parse(fields.kept()[0])?;
                let record = {
                    let this = &*self;
                    with_fallback(
                        line,
                        fields,
                        |f| this.free_bounds(f),
                        |f| this.fixed_bounds(f),
                    )?
                };
                self.apply_bounds(record, number)
            }
            Section::End => Err(format!(
                "expected nothing after ENDATA, found {}",
                quoted(fields.kept()[0])
            )),
        }
    }

    // ----- ROWS -----

    fn declare_row(
        &mut self,
        token: RowToken,
        key: NameKey<'a>,
        number: usize,
    ) -> Result<(), String> {
        let name = key.name();
        let declared = u32::try_from(self.rows.len())
            .ok()
            .filter(|&d| d != u32::MAX)
            .ok_or("too many rows")?;
        // One look-up both checks the name and records it (on an error
        // the whole read stops, so an early record does no harm).
        if let Err(first) = self.row_index.insert_key(key, declared) {
            return Err(format!(
                "duplicate row name {} (first declared at line {})",
                quoted(name),
                self.rows[first as usize].line
            ));
        }
        let role = match token {
            RowToken::Free => match self.objective {
                None => {
                    self.objective = Some(declared);
                    self.builder
                        .set_objective_name(name)
                        .map_err(|e| e.to_string())?;
                    RowRole::Objective
                }
                Some(objective) => {
                    self.warnings.push(Warning {
                        line: number,
                        message: format!(
                            "free row {} is dropped with all its entries: only the first N row \
                             ({}) is the objective",
                            quoted(name),
                            quoted(self.rows[objective as usize].name)
                        ),
                    });
                    RowRole::Dropped
                }
            },
            RowToken::Constraint(ty) => {
                let id = self
                    .builder
                    .add_empty_row_with_new_name(name, f64::NEG_INFINITY, f64::INFINITY)
                    .map_err(|e| e.to_string())?;
                RowRole::Constraint(id, ty)
            }
        };
        self.rows.push(DeclaredRow {
            name,
            role,
            line: number,
            last_column: 0,
            rhs: 0.0,
            rhs_line: 0,
            range: 0.0,
            range_line: 0,
        });
        Ok(())
    }

    // ----- the fast path -----

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
    fn fast_lines(
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

    fn lookup_row(&self, name: &str) -> Result<u32, String> {
        self.row_index
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown row {} (not declared in ROWS)", quoted(name)))
    }

    fn lookup_column(&self, name: &str) -> Result<VarId, String> {
        self.column_index
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown column {} (not declared in COLUMNS)", quoted(name)))
    }

    /// Reads `(row, value)` pairs from a flat list of names and values.
    fn read_pairs(&self, items: &[&str], infinity: Infinity) -> Result<Pairs, String> {
        let mut pairs = Pairs::new();
        for pair in items.chunks(2) {
            let [row, value] = pair else {
                return Err("expected a value after the row name".to_string());
            };
            let row = self.lookup_row(row)?;
            pairs.push(row, parse_number(value, infinity)?);
        }
        Ok(pairs)
    }

    /// Reads the fixed-format pairs in fields 3-4 and 5-6.
    fn read_fixed_pairs(&self, f: &FixedFields<'_>, infinity: Infinity) -> Result<Pairs, String> {
        if f[2].is_empty() {
            return Err("expected a row name in columns 15-22".to_string());
        }
        if f[3].is_empty() {
            return Err("expected a number in columns 25-36".to_string());
        }
        match (f[4].is_empty(), f[5].is_empty()) {
            (true, true) => self.read_pairs(&f[2..4], infinity),
            (false, false) => self.read_pairs(&f[2..6], infinity),
            (false, true) => Err("expected a number in columns 50-61".to_string()),
            (true, false) => Err("expected a row name in columns 40-47".to_string()),
        }
    }

    // ----- COLUMNS -----

    fn free_columns(&self, fields: &FreeFields<'a>) -> Result<ColumnsLine<'a>, String> {
        let k = fields.kept();
        if k.len() >= 2 && k[1] == "'MARKER'" {
            if fields.len() != 3 {
                return Err(field_count_error(
                    "a marker name, 'MARKER' and 'INTORG' or 'INTEND' on a MARKER line",
                    fields.len(),
                ));
            }
            return parse_marker(k[2]).map(ColumnsLine::Marker);
        }
        let entries = || {
            if !matches!(fields.len(), 3 | 5) {
                return Err(field_count_error(
                    "a column name and one or two row name/value pairs",
                    fields.len(),
                ));
            }
            let pairs = self.read_pairs(&k[1..], Infinity::Forbidden)?;
            Ok(ColumnsLine::Entries {
                column: k[0],
                pairs,
            })
        };
        entries().map_err(|e: String| {
            if k.iter().any(|t| is_marker_word(t)) {
                format!(
                    "malformed MARKER line: expected a marker name, 'MARKER' and 'INTORG' or \
                     'INTEND' ({e})"
                )
            } else {
                e
            }
        })
    }

    fn fixed_columns(&self, f: &FixedFields<'a>) -> Result<ColumnsLine<'a>, String> {
        if !f[0].is_empty() {
            return Err(format!(
                "expected columns 2-3 to be blank in COLUMNS, found {}",
                quoted(f[0])
            ));
        }
        if f[2] == "'MARKER'" {
            if !f[3].is_empty() || !f[5].is_empty() {
                return Err(
                    "malformed MARKER line: expected only 'INTORG' or 'INTEND' after 'MARKER'"
                        .to_string(),
                );
            }
            return parse_marker(f[4]).map(ColumnsLine::Marker);
        }
        if f[1].is_empty() {
            return Err("expected a column name in columns 5-12".to_string());
        }
        let pairs = self.read_fixed_pairs(f, Infinity::Forbidden)?;
        Ok(ColumnsLine::Entries {
            column: f[1],
            pairs,
        })
    }

    fn apply_columns(&mut self, record: ColumnsLine<'a>, number: usize) -> Result<(), String> {
        let (column, pairs) = match record {
            ColumnsLine::Marker(Marker::IntOrg) => {
                if let Some(open) = self.integer_block {
                    return Err(format!(
                        "malformed MARKER line: 'INTORG' inside the integer block opened at \
                         line {open} (expected 'INTEND')"
                    ));
                }
                self.integer_block = Some(number);
                self.current = None;
                return Ok(());
            }
            ColumnsLine::Marker(Marker::IntEnd) => {
                if self.integer_block.is_none() {
                    return Err(
                        "malformed MARKER line: 'INTEND' without a preceding 'INTORG'".to_string(),
                    );
                }
                self.integer_block = None;
                self.current = None;
                return Ok(());
            }
            ColumnsLine::Entries { column, pairs } => (column, pairs),
        };
        self.add_entries(NameKey::new(column), &pairs, number)
    }

    /// Adds the entries of a COLUMNS line of column `column`.
    #[inline]
    fn add_entries(
        &mut self,
        column: NameKey<'a>,
        pairs: &Pairs,
        number: usize,
    ) -> Result<(), String> {
        let var = match self.current {
            Some((name, id)) if name == column => id,
            _ => self.new_column(column, number)?,
        };
        // The builder never hands out `u32::MAX`, so `+ 1` cannot overflow.
        let stamp = var.0 + 1;
        for &(declared, value) in pairs.as_slice() {
            let row = &mut self.rows[declared as usize];
            if row.last_column == stamp {
                return Err(format!(
                    "duplicate entry for column {} in row {}",
                    quoted(column.name()),
                    quoted(row.name)
                ));
            }
            row.last_column = stamp;
            // Values were read as finite numbers (`Infinity::Forbidden`)
            // and the ids come from the builder.
            match row.role {
                RowRole::Objective => self.builder.set_objective_coefficient_trusted(var, value),
                RowRole::Constraint(r, _) => self.builder.add_coefficient_trusted(r, var, value),
                RowRole::Dropped => {}
            }
        }
        Ok(())
    }

    fn new_column(&mut self, key: NameKey<'a>, number: usize) -> Result<VarId, String> {
        let name = key.name();
        // The builder numbers columns from 0 in this order.
        let next = VarId(self.columns.len() as u32);
        if let Err(first) = self.column_index.insert_key(key, next) {
            return Err(format!(
                "column {} reopened: its entries began at line {} and another column came in \
                 between (a column's entries must be contiguous)",
                quoted(name),
                self.columns[first.index()].first_line
            ));
        }
        let integer = self.integer_block.is_some();
        let kind = if integer {
            VarKind::Integer
        } else {
            VarKind::Continuous
        };
        let id = self
            .builder
            .add_var_with_new_name(name, kind, 0.0, f64::INFINITY, 0.0)
            .map_err(|e| e.to_string())?;
        debug_assert_eq!(id, next);
        self.columns.push(ColumnBounds {
            first_line: number,
            integer,
            ..ColumnBounds::default()
        });
        self.current = Some((key, id));
        Ok(id)
    }

    // ----- RHS and RANGES -----

    fn vector_line(
        &mut self,
        vector: Vector,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
        let infinity = match vector {
            Vector::Rhs => Infinity::Allowed,
            Vector::Ranges => Infinity::Forbidden,
        };
        let record = {
            let this = &*self;
            with_fallback(
                line,
                fields,
                |f| {
                    if !matches!(f.len(), 3 | 5) {
                        return Err(field_count_error(
                            "a set name and one or two row name/value pairs",
                            f.len(),
                        ));
                    }
                    let k = f.kept();
                    Ok(VectorLine {
                        set: NameKey::new(k[0]),
                        pairs: this.read_pairs(&k[1..], infinity)?,
                    })
                },
                |f| {
                    if !f[0].is_empty() {
                        return Err(format!(
                            "expected columns 2-3 to be blank, found {}",
                            quoted(f[0])
                        ));
                    }
                    Ok(VectorLine {
                        set: NameKey::new(f[1]),
                        pairs: this.read_fixed_pairs(f, infinity)?,
                    })
                },
            )?
        };
        self.apply_vector(vector, record, number)
    }

    /// Records the values of an RHS or RANGES line.
    fn apply_vector(
        &mut self,
        vector: Vector,
        record: VectorLine<'a>,
        number: usize,
    ) -> Result<(), String> {
        let (slot, keyword) = match vector {
            Vector::Rhs => (&mut self.rhs_set, "RHS"),
            Vector::Ranges => (&mut self.ranges_set, "RANGES"),
        };
        check_set(slot, keyword, record.set, number)?;
        for &(declared, value) in record.pairs.as_slice() {
            let row = &mut self.rows[declared as usize];
            match vector {
                Vector::Rhs => {
                    if row.rhs_line != 0 {
                        return Err(format!(
                            "duplicate RHS entry for row {} (first at line {})",
                            quoted(row.name),
                            row.rhs_line
                        ));
                    }
                    row.rhs_line = number;
                    match row.role {
                        RowRole::Objective => {
                            if !value.is_finite() {
                                return Err(format!(
                                    "expected a finite number as the RHS of the objective row \
                                     (the negated objective constant), found {value}"
                                ));
                            }
                            self.builder
                                .set_objective_offset(-value)
                                .map_err(|e| e.to_string())?;
                        }
                        RowRole::Constraint(_, ty) => {
                            let ok = match ty {
                                RowType::Equal => value.is_finite(),
                                RowType::Less => value != f64::NEG_INFINITY,
                                RowType::Greater => value != f64::INFINITY,
                            };
                            if !ok {
                                return Err(format!(
                                    "RHS {value} on row {} leaves no feasible side (only an L row \
                                     may have RHS inf, only a G row -inf)",
                                    quoted(row.name)
                                ));
                            }
                            row.rhs = value;
                        }
                        RowRole::Dropped => {}
                    }
                }
                Vector::Ranges => {
                    if row.range_line != 0 {
                        return Err(format!(
                            "duplicate RANGES entry for row {} (first at line {})",
                            quoted(row.name),
                            row.range_line
                        ));
                    }
                    row.range_line = number;
                    match row.role {
                        RowRole::Objective => {
                            return Err(format!(
                                "RANGES entry on N row {} (the objective): ranges apply to L, G \
                                 and E rows",
                                quoted(row.name)
                            ));
                        }
                        RowRole::Constraint(..) => row.range = value,
                        RowRole::Dropped => {}
                    }
                }
            }
        }
        Ok(())
    }

    // ----- BOUNDS -----

    fn free_bounds(&self, fields: &FreeFields<'a>) -> Result<BoundLine<'a>, String> {
        let k = fields.kept();
        let kind = BoundType::parse(k[0])?;
        let expected = if kind.takes_value() { 4 } else { 3 };
        if fields.len() != expected {
            let what = if kind.takes_value() {
                format!(
                    "{}, a bound set name, a column name and a value",
                    kind.keyword()
                )
            } else {
                format!(
                    "{}, a bound set name and a column name (no value)",
                    kind.keyword()
                )
            };
            return Err(field_count_error(&what, fields.len()));
        }
        let column = self.lookup_column(k[2])?;
        let value = if kind.takes_value() {
            parse_number(k[3], Infinity::Allowed)?
        } else {
            0.0
        };
        Ok(BoundLine {
            kind,
            set: k[1],
            column,
            value,
        })
    }

    fn fixed_bounds(&self, f: &FixedFields<'a>) -> Result<BoundLine<'a>, String> {
        let kind = BoundType::parse(f[0])?;
        if f[2].is_empty() {
            return Err("expected a column name in columns 15-22".to_string());
        }
        if !f[4].is_empty() || !f[5].is_empty() {
            return Err("expected nothing after column 36 on a BOUNDS line".to_string());
        }
        let column = self.lookup_column(f[2])?;
        let value = match (kind.takes_value(), f[3].is_empty()) {
            (true, true) => return Err("expected a number in columns 25-36".to_string()),
            (true, false) => parse_number(f[3], Infinity::Allowed)?,
            (false, true) => 0.0,
            (false, false) => {
                return Err(format!(
                    "bound type {} takes no value, found {}",
                    kind.keyword(),
                    quoted(f[3])
                ));
            }
        };
        Ok(BoundLine {
            kind,
            set: f[1],
            column,
            value,
        })
    }

    fn apply_bounds(&mut self, record: BoundLine<'a>, number: usize) -> Result<(), String> {
        check_set(
            &mut self.bounds_set,
            "BOUNDS",
            NameKey::new(record.set),
            number,
        )?;
        let BoundLine {
            kind,
            column,
            value,
            ..
        } = record;
        let name = self.builder.var_name(column);
        match kind {
            BoundType::Up | BoundType::Ui if value == f64::NEG_INFINITY => {
                return Err(format!(
                    "upper bound -inf on column {} leaves no feasible value",
                    quoted(name)
                ));
            }
            BoundType::Lo | BoundType::Li if value == f64::INFINITY => {
                return Err(format!(
                    "lower bound +inf on column {} leaves no feasible value",
                    quoted(name)
                ));
            }
            BoundType::Fx if !value.is_finite() => {
                return Err(format!(
                    "expected a finite number for the FX bound of column {}, found {value}",
                    quoted(name)
                ));
            }
            _ => {}
        }
        let mut sides = SideSetter {
            bounds: &mut self.columns[column.index()],
            warnings: &mut self.warnings,
            name,
            line: number,
        };
        match kind {
            BoundType::Up | BoundType::Ui => {
                sides.upper(value);
                if value < 0.0 {
                    sides.bounds.negative_upper_line = number;
                }
            }
            BoundType::Lo | BoundType::Li => sides.lower(value),
            BoundType::Fx => {
                sides.lower(value);
                sides.upper(value);
            }
            BoundType::Fr => {
                sides.lower(f64::NEG_INFINITY);
                sides.upper(f64::INFINITY);
            }
            BoundType::Mi => sides.lower(f64::NEG_INFINITY),
            BoundType::Pl => sides.upper(f64::INFINITY),
            BoundType::Bv => {
                sides.lower(0.0);
                sides.upper(1.0);
            }
        }
        sides.bounds.bounded = true;
        if matches!(kind, BoundType::Bv | BoundType::Li | BoundType::Ui) {
            sides.bounds.integer = true;
            self.builder
                .set_var_kind(column, VarKind::Integer)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    // ----- the end -----

    fn finish(mut self, last: usize) -> Result<Parsed, ReadError> {
        let file = self.file;
        match self.section {
            Section::End => {}
            Section::Start => {
                return Err(ReadError::syntax(
                    file,
                    last,
                    "empty file: expected an MPS model (NAME, ROWS, COLUMNS, RHS, RANGES, \
                     BOUNDS, ENDATA)",
                ));
            }
            _ => {
                return Err(ReadError::syntax(
                    file,
                    last,
                    "truncated file: expected ENDATA, found the end of the file",
                ));
            }
        }
        for row in &self.rows {
            let RowRole::Constraint(id, ty) = row.role else {
                continue;
            };
            let range = (row.range_line != 0).then_some(row.range);
            let (lower, upper) = row_sides(ty, row.rhs, range)
                .map_err(|m| ReadError::syntax(file, row.range_line, m))?;
            self.builder.set_row_bounds(id, lower, upper).map_err(|e| {
                let line = row.line.max(row.rhs_line).max(row.range_line);
                ReadError::syntax(file, line, e.to_string())
            })?;
        }
        for (index, bounds) in self.columns.iter().enumerate() {
            // Columns were numbered by the builder from 0 in this order.
            let var = VarId(index as u32);
            let (default_lower, default_upper) = if bounds.integer && !bounds.bounded {
                (0.0, 1.0)
            } else {
                (0.0, f64::INFINITY)
            };
            let mut lower = bounds.lower.unwrap_or(default_lower);
            let upper = bounds.upper.unwrap_or(default_upper);
            let builder = &self.builder;
            let name = || builder.var_name(var);
            if bounds.lower.is_none() && bounds.negative_upper_line != 0 {
                lower = f64::NEG_INFINITY;
                self.warnings.push(Warning {
                    line: bounds.negative_upper_line,
                    message: format!(
                        "negative upper bound {upper} on column {} with no lower bound: the \
                         lower bound becomes -inf instead of 0 (the usual MPS convention)",
                        quoted(name())
                    ),
                });
            }
            if lower > upper {
                return Err(ReadError::syntax(
                    file,
                    bounds.lower_line.max(bounds.upper_line),
                    format!(
                        "inconsistent bounds for column {}: lower bound {lower} > upper bound \
                         {upper}",
                        quoted(name())
                    ),
                ));
            }
            if lower.to_bits() != 0f64.to_bits() || upper != f64::INFINITY {
                self.builder
                    .set_var_bounds(var, lower, upper)
                    .map_err(|e| {
                        let line = bounds.lower_line.max(bounds.upper_line);
                        ReadError::syntax(file, line.max(bounds.first_line), e.to_string())
                    })?;
            }
        }
        if self.objective.is_none() {
            let mut name = "obj".to_string();
            let mut k = 0;
            while self.row_index.contains_key(&name) {
                k += 1;
                name = format!("obj_{k}");
            }
            self.builder
                .set_objective_name(name)
                .map_err(|e| ReadError::syntax(file, last, e.to_string()))?;
        }
        self.builder
            .set_name(self.problem_name.unwrap_or_else(|| file_stem(file)));
        self.builder.set_sense(self.sense);
        let problem = self
            .builder
            .build()
            .map_err(|e| ReadError::syntax(file, last, e.to_string()))?;
        let mut warnings = self.warnings;
        warnings.sort_by_key(|w| w.line);
        Ok(Parsed { problem, warnings })
    }
}

/// Sets one side of a column's bounds, warning when it replaces an earlier
/// value.
struct SideSetter<'s> {
    bounds: &'s mut ColumnBounds,
    warnings: &'s mut Vec<Warning>,
    name: &'s str,
    line: usize,
}

impl SideSetter<'_> {
    fn lower(&mut self, value: f64) {
        if self.bounds.lower.is_some() {
            self.warnings.push(Warning {
                line: self.line,
                message: format!(
                    "this bound replaces the lower bound of column {} set at line {}",
                    quoted(self.name),
                    self.bounds.lower_line
                ),
            });
        }
        self.bounds.lower = Some(value);
        self.bounds.lower_line = self.line;
    }

    fn upper(&mut self, value: f64) {
        if self.bounds.upper.is_some() {
            self.warnings.push(Warning {
                line: self.line,
                message: format!(
                    "this bound replaces the upper bound of column {} set at line {}",
                    quoted(self.name),
                    self.bounds.upper_line
                ),
            });
        }
        self.bounds.upper = Some(value);
        self.bounds.upper_line = self.line;
        self.bounds.negative_upper_line = 0;
    }
}

/// Accepts the first set name of a vector and rejects a different one; a
/// blank name (possible in fixed format) matches any.
fn check_set<'a>(
    slot: &mut Option<VectorSet<'a>>,
    keyword: &str,
    name: NameKey<'a>,
    line: usize,
) -> Result<(), String> {
    if name.name().is_empty() {
        // A blank set name (fixed format) belongs to the one vector.
        return Ok(());
    }
    match slot {
        None => {
            *slot = Some(VectorSet { name, line });
            Ok(())
        }
        Some(first) if first.name == name => Ok(()),
        Some(first) => Err(format!(
            "a second {keyword} vector {} (the first, {}, began at line {}): only one {keyword} \
             vector per file is supported",
            quoted(name.name()),
            quoted(first.name.name()),
            first.line
        )),
    }
}

fn free_row<'a>(fields: &FreeFields<'a>) -> Result<(RowToken, &'a str), String> {
    match fields.kept() {
        [token, name] if fields.len() == 2 => Ok((row_token(token)?, name)),
        _ => Err(field_count_error(
            "a row type (N, L, G or E) and a row name",
            fields.len(),
        )),
    }
}

fn fixed_row<'a>(f: &FixedFields<'a>) -> Result<(RowToken, &'a str), String> {
    let token = row_token(f[0])?;
    if f[1].is_empty() {
        return Err("expected a row name in columns 5-12".to_string());
    }
    if f[2..].iter().any(|x| !x.is_empty()) {
        return Err("expected nothing after the row name in columns 5-12".to_string());
    }
    Ok((token, f[1]))
}

#[cfg(test)]
mod tests {
    use super::{Lines, parse_with};

    /// The outcome of a parse as text: the problem (`Debug` shows every
    /// number's sign and digits) and warnings, or the error.
    fn outcome(text: &str, fast: bool) -> String {
        match parse_with(text, "t.mps", fast) {
            Ok(parsed) => format!("{:?}\n{:?}", parsed.problem, parsed.warnings),
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
        let mut read = 0;
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
                text.push_str(&line(&mut step, &valid[5..]));
                text.push_str(ends[step() % 2]);
            }
            if round % 2 == 0 {
                text.push_str("ENDATA\n");
            }
            let (fast, general) = (outcome(&text, true), outcome(&text, false));
            if !fast.starts_with("error") {
                read += 1;
            }
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
    }

    #[test]
    fn lines_split_like_str_split_at_every_length_and_position() {
        let mut texts = vec![String::new(), "\n".into(), "\n\n".into(), "ab\r\n".into()];
        for len in 0..40 {
            for at in 0..len {
                let mut t: Vec<u8> = (0..len).map(|k| b'a' + (k % 26) as u8).collect();
                t[at] = b'\n';
                if at + 9 < len {
                    t[at + 9] = b'\n';
                }
                texts.push(String::from_utf8(t).unwrap());
            }
        }
        texts.push("é\nü\n€ x\n".into());
        for text in &texts {
            let ours: Vec<&str> = Lines::new(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
