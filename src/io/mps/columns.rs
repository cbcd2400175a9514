//! The COLUMNS section: entry lines in free and fixed format, the
//! `'MARKER'` lines that open and close integer blocks, and the columns
//! they declare, whose entries must be contiguous.

use super::bounds::ColumnBounds;
use super::fields::{FixedFields, FreeFields, Infinity, field_count_error, quoted, with_fallback};
use super::reader::Reader;
use super::rows::{Pairs, RowRole};
use crate::model::names::NameKey;
use crate::model::{VarId, VarKind};

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

impl<'a> Reader<'a> {
    /// Reads a COLUMNS data line: a marker or a column's entries.
    pub(super) fn columns_line(
        &mut self,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
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

    pub(super) fn lookup_column(&self, name: &str) -> Result<VarId, String> {
        self.column_index
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown column {} (not declared in COLUMNS)", quoted(name)))
    }

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
    pub(super) fn add_entries(
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
}
