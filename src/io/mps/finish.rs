//! The end of an MPS read: once every line is read, the row sides from
//! RHS and RANGES, the column bounds with their defaults, the objective
//! and problem names, and the problem built.

use super::fields::quoted;
use super::reader::Reader;
use super::rows::RowRole;
use super::sections::Section;
use super::vectors::row_sides;
use crate::io::error::ReadError;
use crate::io::parsed::{Parsed, Warning};
use crate::model::VarId;
use crate::model::builder::semi_bounds_ok;

/// The problem name when the file has no NAME line: the file name without
/// its folder and `.mps`/`.gz` extensions.
fn file_stem(file: &str) -> &str {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let base = base.strip_suffix(".gz").unwrap_or(base);
    base.strip_suffix(".mps")
        .or_else(|| base.strip_suffix(".freemps"))
        .unwrap_or(base)
}

impl Reader<'_> {
    pub(super) fn finish(mut self, last: usize) -> Result<Parsed, ReadError> {
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
            if bounds.semi_line != 0 && !semi_bounds_ok(lower, upper) {
                return Err(ReadError::syntax(
                    file,
                    bounds.semi_line.max(bounds.lower_line),
                    format!(
                        "semi-continuous column {} needs a finite SC bound (lower {lower}, \
                         upper {upper}): the exact reformulation with a binary indicator \
                         uses it",
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
            if bounds.semi_line != 0 {
                self.builder
                    .set_semi(var, true)
                    .map_err(|e| ReadError::syntax(file, bounds.semi_line, e.to_string()))?;
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
