//! The end of an LP read: the rules for binaries and negative upper
//! bounds applied to every variable, unlabelled rows named, and the
//! problem built.

use super::reader::Reader;
use crate::io::error::ReadError;
use crate::io::parsed::{Parsed, Warning};
use crate::model::builder::semi_bounds_ok;
use crate::model::{ProblemBuilder, VarKind};

impl Reader<'_> {
    /// Applies the bound rules and builds the problem.
    pub(super) fn finish(mut self, name: String) -> Result<Parsed, ReadError> {
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
            let (lower, upper) = (st.lower, st.upper);
            if st.semi_line != 0 && !semi_bounds_ok(lower, upper) {
                return Err(ReadError::syntax(
                    file,
                    st.semi_line.max(st.lower_line).max(st.upper_line),
                    format!(
                        "semi-continuous variable '{name}' needs finite bounds (lower {lower}, \
                         upper {upper}): the exact reformulation with a binary indicator uses \
                         them"
                    ),
                ));
            }
            let line = st.lower_line.max(st.upper_line).max(self.var_lines[j]);
            let v = b
                .add_var_with_new_name(name, kind, lower, upper, self.objective[j])
                .map_err(|e| model_err(line, e))?;
            if st.semi_line != 0 {
                b.set_semi(v, true)
                    .map_err(|e| model_err(st.semi_line, e))?;
            }
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
