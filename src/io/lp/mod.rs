//! The CPLEX LP format: a strict reader and a writer that round-trips.
//!
//! ```text
//! \ Problem name: demo
//! Maximize
//!  obj: 3 x + 2 y - z + 10
//! Subject To
//!  c1: x + y + z <= 4
//!  c2: 1 <= x - y <= 3
//!  x-y>=-2
//! Bounds
//!  -inf <= z <= 5
//!  y free
//! General
//!  x
//! End
//! ```
//!
//! # Layout
//!
//! A file is, in this order: an objective section (`Minimize`, `Minimum`,
//! `Min`, `Maximize`, `Maximum`, `Max`), a constraints section (`Subject To`,
//! `Such That`, `st`, `s.t.`), then any number of `Bounds` (`Bound`),
//! `General` (`Generals`, `Gen`, `Integer`, `Integers`) and `Binary`
//! (`Binaries`, `Bin`) sections in any order, then an optional `End`.
//! Keywords are case-insensitive. The constraints section is required (it
//! may be empty). A `Semi-Continuous` (`Semi`, `Semis`) section lists
//! semi-continuous variables: domain `{0} ∪ [lower, upper]` with the
//! bounds of the `Bounds` section, semi-integer when also in `General`
//! (as SCIP and HiGHS read it); one whose domain would need an infinite
//! bound (`lower > 0`, no upper bound) is an error. `SOS`
//! sections are rejected as unsupported; quadratic terms (`[ ... ]`) too.
//!
//! **When a keyword is a section header.** A keyword opens a section only
//! when it is the first token of its line and is not followed by `:`.
//! Anywhere else it is an ordinary name: `end: x >= 1` is a row named
//! `end`, and `obj: x + bounds` has a variable named `bounds`. Conversely a
//! variable whose name is a keyword must not start a line.
//!
//! Comments run from `\` to the end of the line; `\* ... *\` comments may
//! span lines. A first line `\ Problem name: NAME` (as CPLEX writes it)
//! names the problem; otherwise the problem is named after the file's stem.
//!
//! # Names
//!
//! A name starts with an ASCII letter or one of
//! ``! " # $ % & ( ) / , ; ? @ _ ` ' { } | ~ .`` and continues with those and
//! ASCII digits; a `.` followed by a digit starts a number instead (`.5`).
//! So `x.1`, `e12`, `x1e5`, `s(3,4)`, `.x1` and `...` are names, while `1x`
//! and `.5x` are not. (CPLEX's documentation forbids a leading `.`; HiGHS
//! and SCIP write such names, e.g. for MIPLIB's adlittle, and read them.)
//! No length limit. `inf`, `infinity` and `nan` (case-insensitive) are
//! values, never variables.
//!
//! Labels (`name:`, of the objective and of rows) may be any name, keywords
//! included, and also any run of name characters that starts with a digit
//! or `.` and a digit (`001:`, `.5:`, `1e5:`; HiGHS and SCIP write row names
//! like `001` for egout): a number is never followed by `:`, so a run of
//! name characters directly followed by `:` (blanks allowed, not a line
//! break) is a label. `2 x` is a term; `2: x` is a row named `2`.
//!
//! # Expressions
//!
//! A term is `[sign] [number] name`; terms are joined by `+` or `-`.
//! Blanks are optional: `x-y>=1` is `x - y >= 1` and `2x+3y<=4` is
//! `2 x + 3 y <= 4` (a number directly followed by a name is a coefficient
//! times a variable). A number's exponent is read greedily when digits
//! follow the `e`: `2e3x` is `2000 x`, while `2ex` is `2 ex` and `2e+x` is
//! `2 e + x`. One sign per term: `+ -x` is an error. Expressions may span
//! lines. A number must be finite (`1e999` is an error).
//!
//! A variable that occurs twice in one expression (`x + x >= 1`) gets the
//! sum of its coefficients, and a [`Warning`](crate::io::Warning) says so.
//!
//! **Objective.** `[name:] expression`; constant terms (`obj: 3 x + 2`) add
//! up to the objective offset. Without a label the objective is named `obj`.
//!
//! **Constraints.** `[name:] expression op rhs`, with `op` one of `<=`,
//! `=<`, `<`, `>=`, `=>`, `>`, `=` (strict and non-strict read alike, as
//! CPLEX does). Also `lhs op expression` and ranged rows
//! `l <= expression <= u` / `u >= expression >= l`. The sides are a
//! `[sign] number` or `[sign] inf`/`infinity`; the expression has no
//! constant. A constraint that follows another on the same line needs a
//! label. An unlabeled constraint is named `cK` (`K` its 1-based position
//! among all rows), with `_` appended until the name is not a label used
//! elsewhere in the file. A row label used twice is an error.
//!
//! **Bounds.** `x >= l`, `x <= u`, `x = v`, `l <= x`, `u >= x`, `v = x`,
//! `l <= x <= u`, `u >= x >= l`, `x free`; values may be `±inf`. Default
//! bounds are `[0, +inf]`; a later statement replaces an earlier one for
//! the same side (with a warning). A value is taken as written: no
//! 1e20/1e30 threshold turns big numbers into infinity.
//!
//! **Negative upper bound.** When a variable gets a negative upper bound and
//! no statement ever sets its lower bound (`x <= -5` alone), its lower bound
//! becomes `-inf`, with a warning — the convention of the MPS readers, not
//! CPLEX's (which keeps 0 and makes the problem infeasible). Bounds that
//! still cross (`x >= 3` with `x <= 1`) are an error at the later line.
//!
//! **Integrality.** A `General` variable keeps its bounds (an integer with
//! bounds exactly `[0, 1]` becomes binary, as in the whole model); a
//! `Binary` variable gets bounds `[0, 1]` (explicit other bounds are replaced,
//! with a warning). Variables first seen in `Bounds`, `General` or `Binary`
//! are still variables.
//!
//! **Variable order** is the order of first appearance in the file.
//!
//! # Errors
//!
//! Every error is a [`ReadError::Syntax`] with
//! the file, the 1-based line of the offending token and what was expected
//! and found, e.g. `model.lp:7: expected a number after '<=', found 'x'`.
//!
//! # Writing
//!
//! [`write_string`] writes every variable in the objective in id order (with
//! `+ 0 x` where its coefficient is zero), so that first appearance order is
//! id order; writes numbers in Rust's shortest round-trip form, so they read
//! back bit for bit; labels every row; writes a ranged row as two rows,
//! `<name>lo: expression >= l` and `<name>up: expression <= u` (`_` before
//! the suffix while the name is taken), because neither SCIP nor HiGHS
//! reads `l <= expression <= u` and both write ranged rows that way (so an
//! LP round trip of a ranged row is exact only from then on; MPS keeps
//! `RANGES`); free rows as `expression >= -inf`, non-default
//! bounds as `l <= x <= u` or `v = x` (a number first, both sides given),
//! integers in `General` and binaries in `Binary`. It refuses names the
//! reader could not read back: see [`write_string`].

mod bounds;
mod constraints;
mod expression;
mod finish;
mod keywords;
mod lexer;
mod reader;
mod writer;

#[cfg(test)]
mod tests;

use super::error::ReadError;
use super::parsed::Parsed;
use crate::model::Problem;

/// Reads a problem in CPLEX LP format; `file` labels errors and, without a
/// `\ Problem name:` first line, names the problem after its stem.
///
/// ```
/// use symbreak::io::lp;
/// let text = "max\n obj: 2x+3y\nst\n c1: x-y>=1\n c2: -inf <= x + y <= 4\nbounds\n y free\nend";
/// let parsed = lp::parse(text, "demo.lp").unwrap();
/// let p = &parsed.problem;
/// assert_eq!(p.var_names(), ["x", "y"]);
/// assert_eq!(p.row(p.row_by_name("c1").unwrap()).map(|(_, a)| a).collect::<Vec<_>>(), [1.0, -1.0]);
/// assert_eq!(p.var_lower(p.var_by_name("y").unwrap()), f64::NEG_INFINITY);
/// ```
///
/// # Errors
/// A [`ReadError::Syntax`] with the line for anything the
/// [module documentation](self) does not allow.
pub fn parse(text: &str, file: &str) -> Result<Parsed, ReadError> {
    reader::parse(text, file)
}

/// Writes a problem in CPLEX LP format that [`parse`] reads back to the
/// same problem: names, kinds, bounds, rows, coefficients (bit for bit),
/// objective offset and sense, variable order.
///
/// # Errors
/// Why the problem cannot be written:
/// - a variable, row or objective name outside the name alphabet (see the
///   [module documentation](self)): empty, or containing blanks, `:`,
///   `+ - * ^ < > = [ ] \` or non-ASCII; for a variable also one starting
///   with a digit or with `.` and a digit (it would read as a number; a
///   row or objective name is written as a label `001:` and may);
/// - a variable named `inf`, `infinity`, `nan` or a section keyword
///   (`min`, `st`, `bounds`, `general`, `bin`, `end`, ...; the full list
///   is in the module's source, `keywords.rs`), because the writer starts
///   lines with variable names in `General` and `Binary`;
/// - a problem name with a line break or leading or trailing blanks;
/// - a row without entries in a problem without variables.
pub fn write_string(problem: &Problem) -> Result<String, String> {
    writer::write_string(problem)
}
