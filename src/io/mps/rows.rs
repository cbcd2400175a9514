//! The ROWS section: the row types, the rows declared and what they
//! became (objective, constraint or dropped free row), and the
//! `(row, value)` pairs by which COLUMNS, RHS and RANGES lines refer to
//! them.

use super::fields::{
    FixedFields, FreeFields, Infinity, field_count_error, parse_number, quoted, with_fallback,
};
use super::reader::Reader;
use crate::io::parsed::Warning;
use crate::model::ConsId;
use crate::model::names::NameKey;

/// The type of a constraint row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RowType {
    Less,
    Greater,
    Equal,
}

/// A row type as written in ROWS, the objective kind included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RowToken {
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
pub(super) enum RowRole {
    /// The first N row.
    Objective,
    /// An L, G or E row.
    Constraint(ConsId, RowType),
    /// A later N row: dropped with its entries.
    Dropped,
}

/// A row of the ROWS section and what later sections said about it.
pub(super) struct DeclaredRow<'a> {
    pub(super) name: &'a str,
    pub(super) role: RowRole,
    pub(super) line: usize,
    /// `VarId + 1` of the last column with an entry in this row (0: none),
    /// to find a row given twice in one column in O(1).
    pub(super) last_column: u32,
    pub(super) rhs: f64,
    pub(super) rhs_line: usize,
    pub(super) range: f64,
    pub(super) range_line: usize,
}

/// One or two `(declared row, value)` pairs of a line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pairs {
    items: [(u32, f64); 2],
    pub(super) len: usize,
}

impl Pairs {
    pub(super) fn new() -> Self {
        Pairs {
            items: [(0, 0.0); 2],
            len: 0,
        }
    }

    pub(super) fn push(&mut self, row: u32, value: f64) {
        if self.len < 2 {
            self.items[self.len] = (row, value);
            self.len += 1;
        }
    }

    pub(super) fn as_slice(&self) -> &[(u32, f64)] {
        &self.items[..self.len]
    }
}

impl<'a> Reader<'a> {
    /// Reads a ROWS data line: declares its row.
    pub(super) fn row_line(
        &mut self,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
        let (token, name) = with_fallback(line, fields, free_row, fixed_row)?;
        self.declare_row(token, NameKey::new(name), number)
    }

    pub(super) fn declare_row(
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

    fn lookup_row(&self, name: &str) -> Result<u32, String> {
        self.row_index
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown row {} (not declared in ROWS)", quoted(name)))
    }

    /// Reads `(row, value)` pairs from a flat list of names and values.
    pub(super) fn read_pairs(&self, items: &[&str], infinity: Infinity) -> Result<Pairs, String> {
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
    pub(super) fn read_fixed_pairs(
        &self,
        f: &FixedFields<'_>,
        infinity: Infinity,
    ) -> Result<Pairs, String> {
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
