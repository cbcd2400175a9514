//! The free-format MPS writer: every number in Rust's shortest round-trip
//! form, every bound written so that [`parse`](super::parse) gives back the
//! same [`Problem`] bit for bit.

use std::fmt::Write as _;

use crate::model::{Problem, Sense};

/// Marker, vector and bound set names used in the written file.
const MARKER_NAME: &str = "MARKER";
const RHS_SET: &str = "RHS";
const RANGES_SET: &str = "RNG";
const BOUNDS_SET: &str = "BND";

/// How a row `lower <= a·x <= upper` is written.
#[derive(Clone, Copy, Debug, PartialEq)]
enum RowForm {
    /// `L` with this RHS (`inf` for a free row).
    Less(f64),
    /// `G` with this RHS.
    Greater(f64),
    /// `E` with this RHS.
    Equal(f64),
    /// `L` with RHS `upper` and RANGES `r`: the reader takes `upper - |r|`.
    RangedLess(f64, f64),
    /// `G` with RHS `lower` and RANGES `r`: the reader takes `lower + |r|`.
    RangedGreater(f64, f64),
}

impl RowForm {
    fn of(lower: f64, upper: f64) -> Option<RowForm> {
        if lower == f64::NEG_INFINITY {
            Some(RowForm::Less(upper))
        } else if upper == f64::INFINITY {
            Some(RowForm::Greater(lower))
        } else if lower.to_bits() == upper.to_bits() {
            Some(RowForm::Equal(lower))
        } else {
            ranged(lower, upper)
        }
    }

    fn letter(self) -> char {
        match self {
            RowForm::Less(_) | RowForm::RangedLess(..) => 'L',
            RowForm::Greater(_) | RowForm::RangedGreater(..) => 'G',
            RowForm::Equal(_) => 'E',
        }
    }

    fn rhs(self) -> f64 {
        match self {
            RowForm::Less(b)
            | RowForm::Greater(b)
            | RowForm::Equal(b)
            | RowForm::RangedLess(b, _)
            | RowForm::RangedGreater(b, _) => b,
        }
    }

    fn range(self) -> Option<f64> {
        match self {
            RowForm::RangedLess(_, r) | RowForm::RangedGreater(_, r) => Some(r),
            _ => None,
        }
    }
}

/// The float next to `x` towards `+inf` (`up`) or `-inf`, for finite `x`.
fn next_float(x: f64, up: bool) -> f64 {
    if x == 0.0 {
        let tiny = f64::from_bits(1);
        return if up { tiny } else { -tiny };
    }
    let bits = x.to_bits();
    let away_from_zero = (x > 0.0) == up;
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// A range `r >= 0` with `lower + r == upper` (G form) or `upper - r ==
/// lower` (L form) exactly in floating point, searched among the few floats
/// around `upper - lower`. `None` when none of them works (the sides are
/// then not writable as an MPS range; see the module docs).
fn ranged(lower: f64, upper: f64) -> Option<RowForm> {
    let width = upper - lower;
    if !width.is_finite() {
        return None;
    }
    let mut candidates = [width; 9];
    let (mut up, mut down) = (width, width);
    for pair in candidates[1..].chunks_mut(2) {
        up = next_float(up, true);
        down = next_float(down, false);
        pair[0] = up;
        pair[1] = down;
    }
    for r in candidates {
        if !r.is_finite() || r < 0.0 {
            continue;
        }
        if (lower + r).to_bits() == upper.to_bits() {
            return Some(RowForm::RangedGreater(lower, r));
        }
        if (upper - r).to_bits() == lower.to_bits() {
            return Some(RowForm::RangedLess(upper, r));
        }
    }
    None
}

/// Appends `x` so that Rust's `f64` parser reads back the same bits:
/// `inf`/`-inf`, plain decimals for moderate magnitudes, exponent form
/// otherwise (both are Rust's shortest round-trip forms).
fn push_number(out: &mut String, x: f64) {
    if x == f64::INFINITY {
        out.push_str("inf");
    } else if x == f64::NEG_INFINITY {
        out.push_str("-inf");
    } else {
        let a = x.abs();
        // Writing to a `String` cannot fail.
        let _ = if a == 0.0 || (1e-5..1e16).contains(&a) {
            write!(out, "{x}")
        } else {
            write!(out, "{x:e}")
        };
    }
}

fn check_name(what: &str, name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!(
            "{what} with an empty name cannot be written in MPS"
        ));
    }
    if name.bytes().any(|b| b.is_ascii_whitespace()) {
        return Err(format!(
            "{what} name {name:?} contains whitespace, which free-format MPS cannot represent"
        ));
    }
    if name.starts_with('$') {
        return Err(format!(
            "{what} name {name:?} starts with '$', which MPS reads as a comment"
        ));
    }
    Ok(())
}

/// Everything that must hold for the file to read back identically.
fn check_problem(problem: &Problem) -> Result<Vec<RowForm>, String> {
    let name = problem.name();
    if name.contains('\n') || name.trim_matches(|c: char| c.is_ascii_whitespace()) != name {
        return Err(format!(
            "problem name {name:?} has a line break or surrounding whitespace, which the NAME \
             line cannot keep"
        ));
    }
    let objective = problem.objective_name();
    check_name("objective", objective)?;
    if problem.row_by_name(objective).is_some() {
        return Err(format!(
            "the objective and a row share the name {objective:?}; MPS rows need distinct names"
        ));
    }
    for v in problem.vars() {
        check_name("column", problem.var_name(v))?;
    }
    let mut forms = Vec::with_capacity(problem.num_rows());
    for r in problem.rows() {
        let row = problem.row_name(r);
        check_name("row", row)?;
        if row == "'MARKER'" {
            return Err("row name 'MARKER' (with quotes) would read as an integer marker".into());
        }
        let (lower, upper) = (problem.row_lower(r), problem.row_upper(r));
        let form = RowForm::of(lower, upper).ok_or_else(|| {
            format!(
                "row {row:?} has sides [{lower:e}, {upper:e}] that no MPS RHS/RANGES pair \
                 reproduces exactly"
            )
        })?;
        forms.push(form);
    }
    Ok(forms)
}

/// Writes `problem` as free-format MPS.
///
/// The text reads back through [`parse`](super::parse) to the same problem:
/// names, kinds, bounds, row sides, coefficients, objective offset and
/// sense, every number bit for bit (see the module documentation for the
/// exact conventions).
///
/// # Errors
/// A message when the problem cannot be written so that it reads back
/// identically: a name that is empty, contains whitespace or starts with
/// `$`; a row named `'MARKER'`; the objective sharing a name with a row; a
/// problem name with a line break or surrounding whitespace; or a ranged
/// row whose sides no MPS range reproduces exactly (for example a range
/// wider than the largest finite number).
pub fn write_string(problem: &Problem) -> Result<String, String> {
    let forms = check_problem(problem)?;
    let mut out = String::with_capacity(64 + 40 * (problem.num_nonzeros() + problem.num_vars()));
    out.push_str("NAME");
    if !problem.name().is_empty() {
        out.push(' ');
        out.push_str(problem.name());
    }
    out.push('\n');
    if problem.sense() == Sense::Maximize {
        out.push_str("OBJSENSE\n    MAX\n");
    }
    let objective = problem.objective_name();
    out.push_str("ROWS\n N  ");
    out.push_str(objective);
    out.push('\n');
    for (r, form) in problem.rows().zip(&forms) {
        out.push(' ');
        out.push(form.letter());
        out.push_str("  ");
        out.push_str(problem.row_name(r));
        out.push('\n');
    }
    write_columns(problem, &mut out);
    write_rhs(problem, &forms, &mut out);
    write_ranges(problem, &forms, &mut out);
    write_bounds(problem, &mut out);
    out.push_str("ENDATA\n");
    Ok(out)
}

fn write_columns(problem: &Problem, out: &mut String) {
    out.push_str("COLUMNS\n");
    let objective = problem.objective_name();
    let mut in_block = false;
    let mut entries: Vec<(&str, f64)> = Vec::new();
    for v in problem.vars() {
        let integral = problem.var_kind(v).is_integral();
        if integral != in_block {
            out.push_str("    ");
            out.push_str(MARKER_NAME);
            out.push_str("  'MARKER'  ");
            out.push_str(if integral { "'INTORG'\n" } else { "'INTEND'\n" });
            in_block = integral;
        }
        entries.clear();
        let c = problem.objective_coefficient(v);
        if c.to_bits() != 0f64.to_bits() {
            entries.push((objective, c));
        }
        entries.extend(problem.column(v).map(|(r, a)| (problem.row_name(r), a)));
        if entries.is_empty() {
            // A column is declared by its entries: give it an explicit zero.
            entries.push((objective, 0.0));
        }
        for pair in entries.chunks(2) {
            out.push_str("    ");
            out.push_str(problem.var_name(v));
            for &(row, value) in pair {
                out.push_str("  ");
                out.push_str(row);
                out.push_str("  ");
                push_number(out, value);
            }
            out.push('\n');
        }
    }
    if in_block {
        out.push_str("    ");
        out.push_str(MARKER_NAME);
        out.push_str("  'MARKER'  'INTEND'\n");
    }
}

fn push_vector_entry(out: &mut String, set: &str, row: &str, value: f64) {
    out.push_str("    ");
    out.push_str(set);
    out.push_str("  ");
    out.push_str(row);
    out.push_str("  ");
    push_number(out, value);
    out.push('\n');
}

/// The RHS section, written even when empty: SCIP refuses an MPS file
/// without one (HiGHS and symbreak read both).
fn write_rhs(problem: &Problem, forms: &[RowForm], out: &mut String) {
    let offset = problem.objective_offset();
    out.push_str("RHS\n");
    if offset.to_bits() != 0f64.to_bits() {
        // The reader negates the objective row's RHS; negation is exact.
        push_vector_entry(out, RHS_SET, problem.objective_name(), -offset);
    }
    for (r, form) in problem.rows().zip(forms) {
        let rhs = form.rhs();
        if rhs.to_bits() != 0f64.to_bits() {
            push_vector_entry(out, RHS_SET, problem.row_name(r), rhs);
        }
    }
}

fn write_ranges(problem: &Problem, forms: &[RowForm], out: &mut String) {
    if forms.iter().all(|f| f.range().is_none()) {
        return;
    }
    out.push_str("RANGES\n");
    for (r, form) in problem.rows().zip(forms) {
        if let Some(range) = form.range() {
            push_vector_entry(out, RANGES_SET, problem.row_name(r), range);
        }
    }
}

fn push_bound(out: &mut String, kind: &str, column: &str, value: Option<f64>) {
    out.push(' ');
    out.push_str(kind);
    out.push(' ');
    out.push_str(BOUNDS_SET);
    out.push_str("  ");
    out.push_str(column);
    if let Some(value) = value {
        out.push_str("  ");
        push_number(out, value);
    }
    out.push('\n');
}

fn write_bounds(problem: &Problem, out: &mut String) {
    let header_at = out.len();
    out.push_str("BOUNDS\n");
    let body_at = out.len();
    for v in problem.vars() {
        let name = problem.var_name(v);
        let (lower, upper) = (problem.var_lower(v), problem.var_upper(v));
        let integral = problem.var_kind(v).is_integral();
        let zero_lower = lower.to_bits() == 0f64.to_bits();
        if problem.is_semi(v) {
            // Both sides are finite and nonzero (see `Problem::is_semi`);
            // an integer column with an SC bound is semi-integer.
            push_bound(out, "LO", name, Some(lower));
            push_bound(out, "SC", name, Some(upper));
        } else if integral && zero_lower && upper.to_bits() == 1f64.to_bits() {
            push_bound(out, "BV", name, None);
        } else if lower == f64::NEG_INFINITY && upper == f64::INFINITY {
            push_bound(out, "FR", name, None);
        } else if lower.to_bits() == upper.to_bits() {
            push_bound(out, "FX", name, Some(lower));
        } else {
            // Integer columns get both sides spelled out, so the reader's
            // [0, 1] default for unbounded integer columns never applies;
            // a continuous column's default [0, inf] needs no line.
            if lower == f64::NEG_INFINITY {
                push_bound(out, "MI", name, None);
            } else if integral || !zero_lower {
                push_bound(out, "LO", name, Some(lower));
            }
            if upper == f64::INFINITY {
                if integral {
                    push_bound(out, "PL", name, None);
                }
            } else {
                push_bound(out, "UP", name, Some(upper));
            }
        }
    }
    if out.len() == body_at {
        out.truncate(header_at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_a_form_that_parses_to_the_same_bits() {
        let values = [
            0.0,
            -0.0,
            0.1,
            1.0 / 3.0,
            -2.5e-300,
            1.797_693_134_862_315_7e308,
            5e-324,
            1e16,
            9_999_999_999_999_998.0,
            1e-5,
            9.999_999_999_999_999e-6,
            123_456.789,
        ];
        for x in values {
            let mut s = String::new();
            push_number(&mut s, x);
            let back: f64 = s.parse().unwrap();
            assert_eq!(back.to_bits(), x.to_bits(), "{x} written as {s}");
        }
        let mut s = String::new();
        push_number(&mut s, 1e300);
        assert_eq!(s, "1e300");
    }

    #[test]
    fn ranged_rows_pick_a_form_that_reproduces_both_sides() {
        for (l, u) in [
            (1.0, 3.0),
            (-5.0, 0.1),
            (1e-300, 1.0),
            (0.1, 0.3),
            (-1e300, 1e300),
            (-0.0, 0.0),
            (1.0, 1.0 + f64::EPSILON),
        ] {
            let form = RowForm::of(l, u).unwrap_or_else(|| panic!("[{l}, {u}]"));
            let (got_l, got_u) = match form {
                RowForm::RangedGreater(b, r) => (b, b + r.abs()),
                RowForm::RangedLess(b, r) => (b - r.abs(), b),
                other => panic!("{other:?}"),
            };
            assert_eq!(
                (got_l.to_bits(), got_u.to_bits()),
                (l.to_bits(), u.to_bits())
            );
        }
    }

    #[test]
    fn a_range_wider_than_the_largest_float_has_no_form() {
        assert_eq!(RowForm::of(-1.7e308, 1.7e308), None);
    }

    #[test]
    fn next_float_steps_one_unit_in_the_last_place() {
        assert_eq!(next_float(1.0, true), 1.0 + f64::EPSILON);
        assert_eq!(next_float(1.0, false), 1.0 - f64::EPSILON / 2.0);
        assert_eq!(next_float(-1.0, true), -1.0 + f64::EPSILON / 2.0);
        assert_eq!(next_float(0.0, false), -f64::from_bits(1));
    }
}
