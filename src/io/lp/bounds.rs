//! The Bounds, General, Binary and Semi-Continuous sections of the LP reader: bound
//! statements (`x <= 4`, `0 <= x <= 1`, `x free`, ...) and the names
//! declared integer, binary or semi-continuous, recorded per variable until the problem is
//! built.

use super::keywords::{Section, is_infinity_word, is_reserved_value_word};
use super::lexer::{Cmp, Kind};
use super::reader::Reader;
use crate::io::error::ReadError;
use crate::io::parsed::Warning;

/// What the Bounds, General and Binary sections said about a variable.
#[derive(Clone, Copy)]
pub(super) struct VarState {
    pub(super) lower: f64,
    pub(super) upper: f64,
    /// Line of the last statement that set the lower bound (0: never).
    pub(super) lower_line: usize,
    /// Line of the last statement that set the upper bound (0: never).
    pub(super) upper_line: usize,
    /// Line where it was declared integer (0: never).
    pub(super) general_line: usize,
    /// Line where it was declared binary (0: never).
    pub(super) binary_line: usize,
    /// Line where it was declared semi-continuous (0: never).
    pub(super) semi_line: usize,
}

impl Default for VarState {
    fn default() -> Self {
        VarState {
            lower: 0.0,
            upper: f64::INFINITY,
            lower_line: 0,
            upper_line: 0,
            general_line: 0,
            binary_line: 0,
            semi_line: 0,
        }
    }
}

impl<'a> Reader<'a> {
    /// Bound statements up to the next section header or the end.
    pub(super) fn bounds_section(&mut self) -> Result<(), ReadError> {
        while !self.at_section_end()? {
            self.bound()?;
        }
        Ok(())
    }

    /// `x op v`, `x free`, `v op x`, `v op x op w`.
    fn bound(&mut self) -> Result<(), ReadError> {
        let line = self.tok.line;
        let first = self.tok;
        match self.tok.kind {
            Kind::Name(name) if !is_reserved_value_word(name) => {
                let v = self.variable(|| "a variable".to_string())?;
                match self.tok.kind {
                    Kind::Name(w) if w.eq_ignore_ascii_case("free") => {
                        self.bump()?;
                        self.set_bound(v, Cmp::Ge, f64::NEG_INFINITY, line)?;
                        self.set_bound(v, Cmp::Le, f64::INFINITY, line)?;
                    }
                    Kind::Cmp(op) => {
                        let op_tok = self.bump()?;
                        let (value, _) = self.value(op_tok.text)?;
                        self.set_bound(v, op, value, line)?;
                        if let Kind::Cmp(_) = self.tok.kind {
                            return Err(self.error(
                                self.tok.line,
                                format!(
                                    "a second comparison '{}' in a bound: a two-sided bound is \
                                     'l <= {name} <= u'",
                                    self.tok.text
                                ),
                            ));
                        }
                    }
                    _ => {
                        let what = if first.line_start && self.tok.line != first.line {
                            format!(
                                "a comparison or 'free' after '{name}'; or is '{name}' meant as \
                                 a section header? it is not one this reader knows"
                            )
                        } else {
                            format!("a comparison or 'free' after '{name}'")
                        };
                        return Err(self.expected(&what));
                    }
                }
            }
            Kind::Number(_) | Kind::Plus | Kind::Minus | Kind::Name(_) => {
                let is_value = matches!(self.tok.kind, Kind::Number(_))
                    || matches!(self.tok.kind, Kind::Name(w) if is_infinity_word(w))
                    || matches!(self.tok.kind, Kind::Plus | Kind::Minus);
                if !is_value {
                    return Err(self.expected("a bound"));
                }
                let (value, number) = self.value("the start of the bound")?;
                let Kind::Cmp(op) = self.tok.kind else {
                    return Err(self.expected(&format!(
                        "a comparison operator after '{}' in a bound (a bound is on a \
                         variable alone)",
                        number.text
                    )));
                };
                let op_tok = self.bump()?;
                let op_text = op_tok.text;
                let v = self.variable(|| format!("a variable after '{op_text}'"))?;
                // `value op x` is `x op' value` with op' the mirror of op.
                self.set_bound(v, mirror(op), value, line)?;
                if let Kind::Cmp(op2) = self.tok.kind {
                    let op2_tok = self.bump()?;
                    if op == Cmp::Eq || op2 != op {
                        return Err(self.error(
                            op2_tok.line,
                            format!(
                                "'{}' then '{}' in a bound: a two-sided bound is 'l <= x <= u' \
                                 or 'u >= x >= l'",
                                op_tok.text, op2_tok.text
                            ),
                        ));
                    }
                    let (value2, _) = self.value(op2_tok.text)?;
                    self.set_bound(v, op2, value2, line)?;
                }
            }
            _ => {
                return Err(self.expected("a bound ('x <= 4', '0 <= x <= 1', 'x free', ...)"));
            }
        }
        Ok(())
    }

    /// Applies `x op value` from a bound statement at `line`.
    fn set_bound(&mut self, v: u32, op: Cmp, value: f64, line: usize) -> Result<(), ReadError> {
        let name = self.var_names[v as usize];
        if (op != Cmp::Le && value == f64::INFINITY)
            || (op != Cmp::Ge && value == f64::NEG_INFINITY)
        {
            return Err(self.error(
                line,
                format!("invalid bound {value} for '{name}': a lower bound cannot be +inf and an upper bound cannot be -inf"),
            ));
        }
        let mut overridden = Vec::new();
        let st = &mut self.var_state[v as usize];
        if op != Cmp::Le {
            if st.lower_line != 0 && st.lower_line != line {
                overridden.push(("lower", st.lower_line));
            }
            st.lower = value;
            st.lower_line = line;
        }
        if op != Cmp::Ge {
            if st.upper_line != 0 && st.upper_line != line {
                overridden.push(("upper", st.upper_line));
            }
            st.upper = value;
            st.upper_line = line;
        }
        for (side, before) in overridden {
            self.warnings.push(Warning {
                line,
                message: format!(
                    "the {side} bound of '{name}' set at line {before} is replaced by this one"
                ),
            });
        }
        Ok(())
    }

    /// Names up to the next section header: declared integer (`General`),
    /// binary (`Binary`) or semi-continuous (`Semi-Continuous`).
    pub(super) fn names_section(&mut self, section: Section) -> Result<(), ReadError> {
        while !self.at_section_end()? {
            let line = self.tok.line;
            let v =
                self.variable(|| format!("a variable name in the {} section", section.title()))?;
            let st = &mut self.var_state[v as usize];
            match section {
                Section::Binary => st.binary_line = line,
                Section::SemiContinuous => st.semi_line = line,
                _ => st.general_line = line,
            }
        }
        Ok(())
    }
}

/// The operator that keeps `a op b` true when its sides are swapped.
fn mirror(op: Cmp) -> Cmp {
    match op {
        Cmp::Le => Cmp::Ge,
        Cmp::Ge => Cmp::Le,
        Cmp::Eq => Cmp::Eq,
    }
}
