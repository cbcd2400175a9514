//! The MPS reader: one pass over the lines, one state per section, the
//! problem assembled in a [`ProblemBuilder`] and finished once `ENDATA` is
//! seen. The conventions are listed in the [module documentation](super).

use super::fields::{FixedFields, FreeFields, Infinity, parse_number, quoted, split_fixed};
use crate::io::{Parsed, ReadError, Warning};
use crate::model::names::NameMap;
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
    set: &'a str,
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
    name: &'a str,
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
    let mut reader = Reader::new(file);
    let mut last = 0;
    let mut lines = Lines::new(text);
    loop {
        let plain = match (reader.section, lines.start) {
            (Section::Columns | Section::Rhs, Some(start)) => plain_data_line(text, start),
            _ => None,
        };
        if let Some((fields, next)) = plain {
            // The commonest line, read in one pass; anything else about
            // it (a marker, an unknown row, `1e99`) leaves it to the
            // general path below, which reads it from the start.
            let number = last + 1;
            let read = reader
                .plain_line(&fields, number)
                .map_err(|message| ReadError::syntax(file, number, message))?;
            if read {
                last = number;
                lines.start = next;
                continue;
            }
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

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `i` as a little-endian word, with `\n`
/// in place of the bytes past the end (so the end of the text reads as the
/// end of a line).
#[inline(always)]
fn word_or_newlines(bytes: &[u8], i: usize) -> u64 {
    let mut word = [b'\n'; 8];
    match bytes.get(i..i + 8) {
        Some(chunk) => word.copy_from_slice(chunk),
        None => {
            let rest = bytes.get(i..).unwrap_or(&[]);
            word[..rest.len()].copy_from_slice(rest);
        }
    }
    u64::from_le_bytes(word)
}

/// The fields of a data line with three or five fields and no `$`
/// comment, split exactly as [`FreeFields::split`] splits the line, read
/// from `start` (the start of a line) in one pass, eight bytes at a time;
/// with where the next line starts (`None` when this line is the last
/// piece of the text). `None` for any other line (and for a line with an
/// ASCII control byte other than a blank), which the general path reads.
#[inline]
fn plain_data_line(text: &str, start: usize) -> Option<([&str; 5], Option<usize>)> {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(start), Some(b' ' | b'\t')) {
        return None;
    }
    let mut fields = [""; 5];
    let mut count = 0;
    let mut i = start + 1;
    loop {
        // Skip spaces eight at a time; then look at the byte found.
        let differs = word_or_newlines(bytes, i) ^ (ONES * u64::from(b' '));
        if differs == 0 {
            i += 8;
            continue;
        }
        i += (differs.trailing_zeros() / 8) as usize;
        let b = bytes.get(i).copied().unwrap_or(b'\n');
        if b <= b' ' {
            match b {
                b'\n' => break,
                b'\t' | b'\r' | 0x0c => {
                    i += 1;
                    continue;
                }
                _ => return None,
            }
        }
        if b == b'$' || count == fields.len() {
            return None;
        }
        let field_start = i;
        // The field runs to the first ASCII byte below `!` (non-ASCII
        // bytes belong to fields). `(w | HIGHS) - 0x21` per byte keeps a
        // byte's high bit exactly when its low seven bits are `!` or more,
        // with no borrow between bytes.
        loop {
            let w = word_or_newlines(bytes, i);
            let low = !(w | HIGHS).wrapping_sub(ONES * 0x21) & !w & HIGHS;
            if low != 0 {
                i += (low.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        // `field_start` follows an ASCII byte (or is the line start) and `i`
        // is at an ASCII byte or the end: both are char boundaries.
        fields[count] = &text[field_start..i.min(bytes.len())];
        count += 1;
    }
    if count != 3 && count != 5 {
        return None;
    }
    let next = (i < bytes.len()).then_some(i + 1);
    Some((fields, next))
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

struct Reader<'a> {
    file: &'a str,
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
    current: Option<(&'a str, VarId)>,
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
    fn new(file: &'a str) -> Self {
        Reader {
            file,
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
                self.declare_row(token, name, number)
            }
            Section::Columns => {
                if let Some(pairs) = self.plain_entries(fields) {
                    let column = fields.kept()[0];
                    return self.apply_columns(ColumnsLine::Entries { column, pairs }, number);
                }
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
            Section::Rhs => match self.plain_entries(fields) {
                Some(pairs) => {
                    let record = VectorLine {
                        set: fields.kept()[0],
                        pairs,
                    };
                    self.apply_vector(Vector::Rhs, record, number)
                }
                None => self.vector_line(Vector::Rhs, line, fields, number),
            },
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

    fn declare_row(&mut self, token: RowToken, name: &'a str, number: usize) -> Result<(), String> {
        let declared = u32::try_from(self.rows.len())
            .ok()
            .filter(|&d| d != u32::MAX)
            .ok_or("too many rows")?;
        // One look-up both checks the name and records it (on an error
        // the whole read stops, so an early record does no harm).
        if let Err(first) = self.row_index.insert_new(name, declared) {
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

    /// The pairs of the commonest data line, `name row value [row value]`
    /// in free format with known rows and plain decimal values, or `None`
    /// for anything else (a marker line, an unknown row, `1e99`, `inf`, a
    /// wrong field count), which then takes the general path with its
    /// fixed-format fallback and its error messages. A line read here is
    /// read exactly as the general path would read it: the general path
    /// tries free format first, and a plain decimal (at most 19 digits,
    /// an exponent within ±22, see [`crate::io::parse_plain_f64`]) is
    /// finite and is zero only when written as zero.
    #[inline]
    fn plain_entries(&self, fields: &FreeFields<'a>) -> Option<Pairs> {
        let k = fields.kept();
        if !matches!(fields.len(), 3 | 5) || k[1] == "'MARKER'" {
            return None;
        }
        let mut pairs = Pairs::new();
        for pair in k[1..].chunks_exact(2) {
            let row = *self.row_index.get(pair[0])?;
            pairs.push(row, crate::io::parse_plain_f64(pair[1])?);
        }
        Some(pairs)
    }

    /// Reads a COLUMNS or RHS line split by [`plain_data_line`] if it is
    /// the plain kind [`plain_entries`](Self::plain_entries) takes:
    /// `Ok(true)` once read (exactly as the general path reads it),
    /// `Ok(false)` if the general path must read it.
    #[inline]
    fn plain_line(&mut self, fields: &[&'a str; 5], number: usize) -> Result<bool, String> {
        let kept = if fields[3].is_empty() {
            &fields[..3]
        } else {
            &fields[..]
        };
        if kept[1] == "'MARKER'" {
            return Ok(false);
        }
        let mut pairs = Pairs::new();
        for pair in kept[1..].chunks_exact(2) {
            let Some(&row) = self.row_index.get(pair[0]) else {
                return Ok(false);
            };
            let Some(value) = crate::io::parse_plain_f64(pair[1]) else {
                return Ok(false);
            };
            pairs.push(row, value);
        }
        match self.section {
            Section::Columns => {
                let column = kept[0];
                self.apply_columns(ColumnsLine::Entries { column, pairs }, number)?;
            }
            _ => {
                let record = VectorLine {
                    set: kept[0],
                    pairs,
                };
                self.apply_vector(Vector::Rhs, record, number)?;
            }
        }
        Ok(true)
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
                    quoted(column),
                    quoted(row.name)
                ));
            }
            row.last_column = stamp;
            match row.role {
                RowRole::Objective => self.builder.set_objective_coefficient(var, value),
                RowRole::Constraint(r, _) => self.builder.set_coefficient(r, var, value),
                RowRole::Dropped => Ok(()),
            }
            .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn new_column(&mut self, name: &'a str, number: usize) -> Result<VarId, String> {
        // The builder numbers columns from 0 in this order.
        let next = VarId(self.columns.len() as u32);
        if let Err(first) = self.column_index.insert_new(name, next) {
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
        self.current = Some((name, id));
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
                        set: k[0],
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
                        set: f[1],
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
        check_set(&mut self.bounds_set, "BOUNDS", record.set, number)?;
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
    name: &'a str,
    line: usize,
) -> Result<(), String> {
    if name.is_empty() {
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
            quoted(name),
            quoted(first.name),
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
    use super::{FreeFields, Lines, plain_data_line};

    #[test]
    fn plain_data_lines_split_like_free_fields_or_are_left_to_the_general_path() {
        let pieces = [
            "a",
            "bb",
            "R0000001",
            "ccccccccc",
            "\u{1}x",
            "é€",
            "$c",
            "x$",
            "-1.5e3",
            "\u{b}",
        ];
        let mut gaps = super::super::fields::tests::TEST_GAPS.to_vec();
        gaps.push("\r");
        let ends = ["", "\n", "\r\n", "\n next line", "  \n"];
        let mut seed = 11u64;
        let mut step = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for k in 0..step() % 8 {
                if k > 0 || step() % 4 != 0 {
                    text.push_str(gaps[step() % gaps.len()]);
                }
                text.push_str(pieces[step() % pieces.len()]);
            }
            text.push_str(ends[step() % ends.len()]);
            let Some((fields, next)) = plain_data_line(&text, 0) else {
                continue;
            };
            accepted += 1;
            let line = text.split('\n').next().unwrap_or("");
            assert!(matches!(line.as_bytes()[0], b' ' | b'\t'), "{text:?}");
            let free = FreeFields::split(line.strip_suffix('\r').unwrap_or(line));
            assert!(matches!(free.len(), 3 | 5), "{text:?}");
            assert_eq!(&fields[..free.len()], free.kept(), "{text:?}");
            assert!(
                fields[free.len()..].iter().all(|f| f.is_empty()),
                "{text:?}"
            );
            assert_eq!(next, text.find('\n').map(|k| k + 1), "{text:?}");
        }
        assert!(accepted > 500, "only {accepted} lines took the plain path");
        assert!(plain_data_line("    C1  R1  1.5", 0).is_some());
        assert!(plain_data_line("C1  R1  1.5\n", 0).is_none());
        assert!(plain_data_line("    C1  R1  1.5  $ R2 2\n", 0).is_none());
        assert!(plain_data_line("    C1  R1  1.5  R2  2  3\n", 0).is_none());
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
