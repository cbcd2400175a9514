//! The RHS and RANGES sections (the "vectors"): their data lines, the one
//! set name each section (and BOUNDS) may use, and the sides of a
//! constraint row from its type, RHS and range.

use super::fields::{FreeFields, Infinity, field_count_error, quoted, with_fallback};
use super::reader::Reader;
use super::rows::{Pairs, RowRole, RowType};
use crate::model::names::NameKey;

/// An RHS or RANGES data line.
pub(super) struct VectorLine<'a> {
    pub(super) set: NameKey<'a>,
    pub(super) pairs: Pairs,
}

/// The name of the RHS, RANGES or BOUNDS vector and where it began.
#[derive(Clone, Copy, Debug)]
pub(super) struct VectorSet<'a> {
    name: NameKey<'a>,
    line: usize,
}

/// RHS or RANGES.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Vector {
    Rhs,
    Ranges,
}

/// The sides of a constraint row from its type, RHS and optional range.
pub(super) fn row_sides(ty: RowType, rhs: f64, range: Option<f64>) -> Result<(f64, f64), String> {
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
    pub(super) fn vector_line(
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
    pub(super) fn apply_vector(
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
                    first_entry(&mut row.rhs_line, "RHS", row.name, number)?;
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
                    first_entry(&mut row.range_line, "RANGES", row.name, number)?;
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
}

/// Accepts the first set name of a vector and rejects a different one; a
/// blank name (possible in fixed format) matches any.
pub(super) fn check_set<'a>(
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

/// Records that a row's `keyword` entry is on line `number`; a second
/// entry for the same row is an error naming the first.
fn first_entry(seen_at: &mut usize, keyword: &str, row: &str, number: usize) -> Result<(), String> {
    if *seen_at != 0 {
        return Err(format!(
            "duplicate {keyword} entry for row {} (first at line {})",
            quoted(row),
            *seen_at
        ));
    }
    *seen_at = number;
    Ok(())
}
