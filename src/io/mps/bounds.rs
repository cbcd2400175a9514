//! The BOUNDS section: the bound types, bound lines in free and fixed
//! format, and what they say about each column's sides (a side given
//! twice is replaced with a warning).

use super::fields::{
    FixedFields, FreeFields, Infinity, field_count_error, parse_number, quoted, with_fallback,
};
use super::reader::Reader;
use super::vectors::check_set;
use crate::io::parsed::Warning;
use crate::model::names::NameKey;
use crate::model::{VarId, VarKind};

/// What BOUNDS said about a column (sides stay `None` until given).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct ColumnBounds {
    pub(super) first_line: usize,
    pub(super) integer: bool,
    /// Some bound line named this column.
    pub(super) bounded: bool,
    pub(super) lower: Option<f64>,
    pub(super) lower_line: usize,
    pub(super) upper: Option<f64>,
    pub(super) upper_line: usize,
    /// The line of the current upper bound when it came from `UP`/`UI`
    /// with a negative value (0 otherwise).
    pub(super) negative_upper_line: usize,
    /// The line of the last `SC` bound (0 if none): the column is
    /// semi-continuous (semi-integer when integer).
    pub(super) semi_line: usize,
}

/// A bound type of the BOUNDS section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BoundType {
    Up,
    Lo,
    Fx,
    Fr,
    Mi,
    Pl,
    Bv,
    Li,
    Ui,
    Sc,
}

impl BoundType {
    pub(super) fn parse(token: &str) -> Result<BoundType, String> {
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
            "SC" => BoundType::Sc,
            "SI" => {
                return Err(format!(
                    "unsupported bound type {} (a semi-integer column is an integer column \
                     with an SC bound)",
                    quoted(token)
                ));
            }
            _ => {
                return Err(format!(
                    "unknown bound type {} (expected UP, LO, FX, FR, MI, PL, BV, LI, UI or SC)",
                    quoted(token)
                ));
            }
        })
    }

    fn takes_value(self) -> bool {
        matches!(
            self,
            BoundType::Up
                | BoundType::Lo
                | BoundType::Fx
                | BoundType::Li
                | BoundType::Ui
                | BoundType::Sc
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
            BoundType::Sc => "SC",
        }
    }
}

/// A BOUNDS data line.
struct BoundLine<'a> {
    kind: BoundType,
    set: &'a str,
    column: VarId,
    value: f64,
    /// A number after a bound type that takes none (`BV BND X 1.0`): read
    /// and ignored with a warning, as SCIP and HiGHS ignore it.
    ignored_value: Option<&'a str>,
}

impl<'a> Reader<'a> {
    /// Reads a BOUNDS data line.
    pub(super) fn bound_line(
        &mut self,
        line: &'a str,
        fields: &FreeFields<'a>,
        number: usize,
    ) -> Result<(), String> {
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

    fn free_bounds(&self, fields: &FreeFields<'a>) -> Result<BoundLine<'a>, String> {
        let k = fields.kept();
        let kind = BoundType::parse(k[0])?;
        // A value after BV, FR, MI or PL is read and ignored, as SCIP and
        // HiGHS do (MIPLIB 3's qiu writes `BV BND X 1.0`).
        let ignorable = !kind.takes_value()
            && fields.len() == 4
            && parse_number(k[3], Infinity::Allowed).is_ok();
        let expected = if kind.takes_value() || ignorable {
            4
        } else {
            3
        };
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
            ignored_value: ignorable.then(|| k[3]),
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
                if parse_number(f[3], Infinity::Allowed).is_err() {
                    return Err(format!(
                        "bound type {} takes no value, found {}",
                        kind.keyword(),
                        quoted(f[3])
                    ));
                }
                0.0
            }
        };
        Ok(BoundLine {
            kind,
            set: f[1],
            column,
            value,
            ignored_value: (!kind.takes_value() && !f[3].is_empty()).then(|| f[3]),
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
            ignored_value,
            ..
        } = record;
        let name = self.builder.var_name(column);
        if let Some(token) = ignored_value {
            self.warnings.push(Warning {
                line: number,
                message: format!(
                    "the value {} after {} is ignored: {} takes no value (SCIP and HiGHS ignore it too)",
                    quoted(token),
                    kind.keyword(),
                    kind.keyword()
                ),
            });
        }
        if matches!(kind, BoundType::Li | BoundType::Ui)
            && value.is_finite()
            && value.fract() != 0.0
        {
            self.warnings.push(Warning {
                line: number,
                message: format!(
                    "{} gives the integer column {} the fractional bound {value}; it is kept as given (SCIP and HiGHS keep it too)",
                    kind.keyword(),
                    quoted(name)
                ),
            });
        }
        match kind {
            BoundType::Up | BoundType::Ui | BoundType::Sc if value == f64::NEG_INFINITY => {
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
            BoundType::Sc => {
                // The value is the upper bound (SCIP, HiGHS, CPLEX); the
                // lower one comes from an LO line before or after, else 0.
                sides.upper(value);
                sides.bounds.semi_line = number;
            }
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
