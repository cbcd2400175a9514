//! The LP writer: a [`Problem`] to LP text that [`super::parse`] reads
//! back to the same problem, bit for bit.

use std::collections::HashSet;
use std::fmt::Write;

use super::keywords::{label_problem, variable_name_problem};
use crate::model::{Problem, Sense, VarKind};

/// Terms per line before the writer breaks an expression (CPLEX reads
/// lines of at most 255 characters; a term is at most ~25 plus its name).
const TERMS_PER_LINE: usize = 8;

/// Names per line in the `General` and `Binary` sections.
const NAMES_PER_LINE: usize = 8;

/// Writes `problem` as LP; see [`super::write_string`].
pub(super) fn write_string(problem: &Problem) -> Result<String, String> {
    check_names(problem)?;
    let n = problem.num_vars();
    let mut out = String::with_capacity(64 + 24 * (n + problem.num_nonzeros()));
    let name = problem.name();
    if !name.is_empty() {
        out.push_str("\\ Problem name: ");
        out.push_str(name);
        out.push('\n');
    }
    out.push_str(match problem.sense() {
        Sense::Minimize => "Minimize\n",
        Sense::Maximize => "Maximize\n",
    });
    // Every variable, in id order, so that first appearance order is id
    // order; a zero coefficient is written too (the reader keeps it).
    out.push(' ');
    out.push_str(problem.objective_name());
    out.push(':');
    let mut line_terms = 0;
    for v in problem.vars() {
        term(
            &mut out,
            problem.objective_coefficient(v),
            Some(problem.var_name(v)),
            &mut line_terms,
        );
    }
    let offset = problem.objective_offset();
    if offset != 0.0 || offset.is_sign_negative() {
        term(&mut out, offset, None, &mut line_terms);
    }
    out.push_str("\nSubject To\n");
    let mut taken: HashSet<String> = problem
        .rows()
        .map(|r| problem.row_name(r).to_string())
        .collect();
    for r in problem.rows() {
        let (lower, upper) = (problem.row_lower(r), problem.row_upper(r));
        let name = problem.row_name(r);
        let ranged = lower.is_finite() && upper.is_finite() && lower.to_bits() != upper.to_bits();
        if ranged {
            // Neither SCIP nor HiGHS reads `l <= expr <= u`; both write a
            // ranged row as two rows `<name>lo` and `<name>up`, as here.
            let lo_name = fresh_name(&mut taken, name, "lo");
            let up_name = fresh_name(&mut taken, name, "up");
            row_line(&mut out, problem, r, &lo_name, " >= ", lower)?;
            row_line(&mut out, problem, r, &up_name, " <= ", upper)?;
        } else if lower.to_bits() == upper.to_bits() {
            row_line(&mut out, problem, r, name, " = ", upper)?;
        } else if lower == f64::NEG_INFINITY && upper.is_finite() {
            row_line(&mut out, problem, r, name, " <= ", upper)?;
        } else {
            // `>= l` with l finite, or a free row as `>= -inf`.
            row_line(&mut out, problem, r, name, " >= ", lower)?;
        }
    }
    let mut bounds = String::new();
    let mut general = Vec::new();
    let mut binary = Vec::new();
    let mut semi = Vec::new();
    for v in problem.vars() {
        let (lower, upper) = (problem.var_lower(v), problem.var_upper(v));
        let name = problem.var_name(v);
        let unit = lower.to_bits() == 0f64.to_bits() && upper.to_bits() == 1f64.to_bits();
        match problem.var_kind(v) {
            VarKind::Binary if unit => {
                binary.push(name);
                continue;
            }
            VarKind::Binary | VarKind::Integer => general.push(name),
            VarKind::Continuous => {}
        }
        if problem.is_semi(v) {
            // Semi-integer when also in `General`.
            semi.push(name);
        }
        if lower.to_bits() == 0f64.to_bits() && upper == f64::INFINITY {
            continue;
        }
        // Always a number first, so a variable name never starts a line
        // here, and always both sides, so the negative-upper-bound rule
        // never applies on reading.
        bounds.push(' ');
        if lower.to_bits() == upper.to_bits() {
            number(&mut bounds, lower);
            bounds.push_str(" = ");
            bounds.push_str(name);
        } else {
            number(&mut bounds, lower);
            bounds.push_str(" <= ");
            bounds.push_str(name);
            bounds.push_str(" <= ");
            number(&mut bounds, upper);
        }
        bounds.push('\n');
    }
    if !bounds.is_empty() {
        out.push_str("Bounds\n");
        out.push_str(&bounds);
    }
    name_list(&mut out, "General", &general);
    name_list(&mut out, "Binary", &binary);
    name_list(&mut out, "Semi-Continuous", &semi);
    out.push_str("End\n");
    Ok(out)
}

/// Checks every name the text will carry.
fn check_names(problem: &Problem) -> Result<(), String> {
    let name = problem.name();
    if name.contains(['\n', '\r']) || name.trim() != name {
        return Err(format!(
            "the problem name {name:?} cannot be written in the LP header comment (it has a line \
             break or leading or trailing blanks)"
        ));
    }
    let obj = problem.objective_name();
    if let Some(why) = label_problem(obj) {
        return Err(format!(
            "objective name '{obj}' cannot be written in LP: {why}"
        ));
    }
    for v in problem.vars() {
        let name = problem.var_name(v);
        if let Some(why) = variable_name_problem(name) {
            return Err(format!(
                "variable name '{name}' cannot be written in LP: {why}"
            ));
        }
    }
    for r in problem.rows() {
        let name = problem.row_name(r);
        if let Some(why) = label_problem(name) {
            return Err(format!("row name '{name}' cannot be written in LP: {why}"));
        }
    }
    Ok(())
}

/// Appends ` + a name`, ` - a name`, or a constant ` + a`, breaking the
/// line every [`TERMS_PER_LINE`] terms. A coefficient of exactly 1 is left
/// out; the sign of a zero is kept (`- 0 x` reads back as `-0.0`).
fn term(out: &mut String, a: f64, name: Option<&str>, line_terms: &mut usize) {
    if *line_terms == TERMS_PER_LINE {
        out.push_str("\n   ");
        *line_terms = 0;
    }
    *line_terms += 1;
    out.push_str(if a.is_sign_negative() { " - " } else { " + " });
    let magnitude = a.abs();
    match name {
        Some(name) if magnitude == 1.0 => out.push_str(name),
        Some(name) => {
            magnitude_text(out, magnitude);
            out.push(' ');
            out.push_str(name);
        }
        None => magnitude_text(out, magnitude),
    }
}

/// Appends a signed value: `-3`, `2.5`, `-0`, `+inf`, `-inf`.
fn number(out: &mut String, v: f64) {
    if v == f64::INFINITY {
        out.push_str("+inf");
    } else if v == f64::NEG_INFINITY {
        out.push_str("-inf");
    } else {
        if v.is_sign_negative() {
            out.push('-');
        }
        magnitude_text(out, v.abs());
    }
}

/// Appends a finite non-negative number in Rust's shortest round-trip
/// form: plain digits for moderate magnitudes, exponent form otherwise.
fn magnitude_text(out: &mut String, a: f64) {
    // Writing to a String cannot fail.
    let _ = if a == 0.0 || (1e-4..1e15).contains(&a) {
        write!(out, "{a}")
    } else {
        write!(out, "{a:e}")
    };
}

/// Appends a `General` or `Binary` section listing `names`.
fn name_list(out: &mut String, title: &str, names: &[&str]) {
    if names.is_empty() {
        return;
    }
    out.push_str(title);
    out.push('\n');
    for chunk in names.chunks(NAMES_PER_LINE) {
        out.push(' ');
        out.push_str(&chunk.join(" "));
        out.push('\n');
    }
}

/// `base` + `suffix`, with `_` inserted until no row has that name.
fn fresh_name(taken: &mut HashSet<String>, base: &str, suffix: &str) -> String {
    let mut stem = base.to_string();
    while taken.contains(&format!("{stem}{suffix}")) {
        stem.push('_');
    }
    let name = format!("{stem}{suffix}");
    taken.insert(name.clone());
    name
}

/// One row ` name: expr <op> side`.
fn row_line(
    out: &mut String,
    problem: &Problem,
    r: crate::model::ConsId,
    name: &str,
    op: &str,
    side: f64,
) -> Result<(), String> {
    out.push(' ');
    out.push_str(name);
    out.push(':');
    let mut line_terms = 0;
    if problem.row(r).len() == 0 {
        // An empty row still needs a term: `0 x` with the first variable
        // (the model does not store the zero).
        let Some(v) = problem.vars().next() else {
            return Err(format!(
                "row '{}' has no entries and the problem has no variable to write it with",
                problem.row_name(r)
            ));
        };
        term(out, 0.0, Some(problem.var_name(v)), &mut line_terms);
    }
    for (v, a) in problem.row(r) {
        term(out, a, Some(problem.var_name(v)), &mut line_terms);
    }
    out.push_str(op);
    number(out, side);
    out.push('\n');
    Ok(())
}
