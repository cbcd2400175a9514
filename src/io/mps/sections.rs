//! The section headers of an MPS file: which sections exist and in what
//! order they may come ([`Section`]), and the header lines themselves,
//! NAME and OBJSENSE (with its value) included.

use super::fields::{FreeFields, field_count_error, quoted};
use super::reader::Reader;
use crate::io::parsed::Warning;
use crate::model::Sense;

/// Where the reader is in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Section {
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
    pub(super) fn keyword(self) -> &'static str {
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

pub(super) fn parse_sense(token: &str) -> Result<Sense, String> {
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

impl<'a> Reader<'a> {
    pub(super) fn header_line(
        &mut self,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
        let keyword = fields.kept()[0];
        let section = Section::from_keyword(keyword)?;
        self.enter(section, number)?;
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

    /// Checks the order of sections and closes the current one, whose
    /// header is at line `number`.
    fn enter(&mut self, section: Section, number: usize) -> Result<(), String> {
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
        if let Some(open) = self.integer_block.take() {
            // SCIP and HiGHS close the block here: the columns after the
            // 'INTORG' stay integer.
            self.warnings.push(Warning {
                line: number,
                message: format!(
                    "the 'INTORG' marker at line {open} is not closed by an 'INTEND' marker \
                     before {keyword}: the columns after it are integer"
                ),
            });
        }
        self.current = None;
        self.section = section;
        self.seen |= section.bit();
        Ok(())
    }

    /// Reads the data line after a bare `OBJSENSE` header: the sense.
    pub(super) fn sense_line(&mut self, fields: &FreeFields<'a>) -> Result<(), String> {
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
}
