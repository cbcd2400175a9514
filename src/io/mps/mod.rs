//! MPS files: a strict reader (free and fixed format) and a free-format
//! writer whose output reads back to the identical [`Problem`](crate::model::Problem).
//!
//! - [`parse`] reads MPS text into a [`Parsed`](crate::io::Parsed) problem
//!   with warnings;
//! - [`write_string`] writes a problem as free-format MPS.
//!
//! # What the reader accepts
//!
//! **Lines.** A line starting with `*` in column 1 is a comment; blank lines
//! are skipped; on any line a field that *starts* with `$` begins a comment
//! that runs to the end of the line (a `$` inside a name is part of it), so
//! `x obj 1 $ c1 5` has one entry, as in SCIP (HiGHS ignores the fields
//! after a complete COLUMNS, RHS or BOUNDS line, comment or not, and rejects
//! them on a ROWS line; neither takes a `$` in column 1 as a comment).
//! Line ends may be `\n` or `\r\n`. A **section header starts in column 1**
//! and a **data line starts with whitespace**, so names may be keywords: a
//! column called `RHS` or `MARKER`, a row called `BOUNDS`. Headers are
//! upper case.
//!
//! **Sections,** each at most once, in this order (RHS, RANGES and BOUNDS in
//! any order among themselves): `NAME` (optional; the name is the rest of
//! the line, spaces included; without it the problem is named after the
//! file), `OBJSENSE` (optional, before ROWS), `ROWS`, `COLUMNS`, `RHS`,
//! `RANGES`, `BOUNDS`, `ENDATA`. `ENDATA` is required (a file without it is
//! reported as truncated) and reading stops there, as in SCIP and HiGHS:
//! anything after it but blank lines and comments (an old `IMPORTANCES`
//! block, say) is ignored, with a warning at the line where it starts.
//! Sections of other MPS dialects (`OBJNAME`, `SOS`, `QMATRIX`, `INDICATORS`, ...) are
//! rejected as unsupported.
//!
//! **OBJSENSE** takes `MIN`, `MAX`, `MINIMIZE` or `MAXIMIZE` (any case), on
//! the same line (`OBJSENSE MAX`) or on the next data line (`OBJSENSE` then
//! `    MAX`). Without it the problem is minimized.
//!
//! **ROWS**: types `N`, `L`, `G`, `E`. The first `N` row is the objective.
//! Every later `N` row is a free row that is **dropped together with its
//! COLUMNS, RHS and RANGES entries**, with one [`Warning`](crate::io::Warning)
//! at its ROWS line. A file with no `N` row has a zero objective named `obj`
//! (or `obj_1`, ... if a row already has that name).
//!
//! **COLUMNS**: a column's entries must be contiguous (a column reopened
//! after another one is an error), a row may appear once per column.
//! Integer columns lie between `'MARKER' 'INTORG'` and `'MARKER' 'INTEND'`
//! lines (a marker line is: a name, `'MARKER'`, `'INTORG'` or `'INTEND'`;
//! blocks may not nest). A block still open at the next section header is
//! closed there, as SCIP and HiGHS do: its columns are integer, with a
//! warning at that header's line.
//! Explicit zero coefficients declare a column but are not stored.
//!
//! **RHS**: a value on the objective row is the negated objective constant
//! (`offset = -value`). Rows without an RHS have RHS 0. An RHS may be `inf`
//! on an L row and `-inf` on a G row (a free row); otherwise it is finite.
//!
//! **RANGES** (finite values) turn a row into `lower <= a·x <= upper`:
//! L row `[rhs - |R|, rhs]`, G row `[rhs, rhs + |R|]`, E row `[rhs, rhs + R]`
//! for `R > 0`, `[rhs + R, rhs]` for `R < 0`, `[rhs, rhs]` for `R = 0`.
//! A range on the objective row is an error (on a dropped free row it is
//! dropped with the row); a side that overflows to infinity is an error.
//!
//! **BOUNDS**: `UP LO FX FR MI PL BV LI UI SC`; `LI`, `UI` and `BV` also
//! make the column integer. `SC u` makes the column semi-continuous with
//! upper bound `u` (its lower bound from an `LO` line before or after,
//! else `0`), so its domain is `{0} ∪ [lower, u]`; on an integer column
//! (inside `INTORG` markers, or `LI`/`UI`) it is semi-integer, as SCIP
//! reads it (HiGHS 1.16 drops the integrality there). An `SC` column
//! whose domain needs an infinite bound (`lower > 0` with `u = inf`) is an
//! error: SCIP and HiGHS accept it, but the exact reformulation with a
//! binary indicator cannot. `SI` is rejected as unsupported, any other
//! type as unknown. `FR`, `MI`, `PL`, `BV`
//! take no value. Defaults: a continuous column is `[0, +inf]`; an integer
//! column named on **no** bound line is `[0, 1]`; once any bound line names
//! an integer column, a side it did not set defaults to `0` (lower) or
//! `+inf` (upper), as for continuous columns. **A negative `UP`/`UI` on a
//! column whose lower bound is never given** (before or after) makes the
//! lower bound `-inf`, with a warning: the common convention of CPLEX,
//! HiGHS and others. A bound line that sets a side already set replaces it,
//! with a warning. `lower > upper` after all bound lines is an error at the
//! last bound line of that column.
//!
//! **Vector names**: RHS, RANGES and BOUNDS lines carry a set name; one set
//! per section is accepted and a second, different set name is an error
//! (rather than being silently ignored). A blank set name (fixed format)
//! belongs to that one vector.
//!
//! **Numbers** follow Rust's `f64` grammar (`3`, `-.5`, `2.`, `1E-3`, `+4e2`).
//! NaN is always rejected. The words `inf`/`infinity` (any case, any sign)
//! are accepted only where an infinite value is meaningful: bound values
//! (`UP x inf`, `LO x -inf`; never `FX`) and the RHS cases above. They are
//! rejected in coefficients and ranges. A finite literal that overflows
//! (`1e999`) or a nonzero one that underflows to zero (`1e-999`) is an
//! error. Values are taken literally: `1e30` stays `1e30`, it is not
//! treated as infinity.
//!
//! **Free and fixed format.** Every data line is first read as free format
//! (fields separated by whitespace). Only when that fails (wrong number of
//! fields, a value that is not a number, an unknown row or column name) and
//! the line fits the fixed-format layout exactly (ASCII without tabs, fields
//! in columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61, spaces everywhere else)
//! is it read by those columns, with each field trimmed of surrounding
//! spaces. This reads fixed-format names that contain spaces (`MY ROW`) and
//! fixed-format lines with a blank set name, while free-format files with
//! long names are never cut at column positions. When both readings fail,
//! the error is the free-format one, followed by the fixed-format one when
//! the fixed reading found a name with a space.
//!
//! **Errors** are [`ReadError::Syntax`](crate::io::ReadError::Syntax) with
//! the file, the 1-based line and what was expected and found, e.g.
//! `stein27.mps:131: expected a number, found '1.0.0'`. Nothing is sized
//! from what the file claims (header comments, NAME text): memory grows
//! with the rows, columns and entries actually read.
//!
//! # What the writer produces
//!
//! Free-format MPS: `NAME`, `OBJSENSE` `MAX` when maximizing, `ROWS` (the
//! objective first), `COLUMNS` (integer and binary columns inside
//! `INTORG`/`INTEND` markers), `RHS` (set `RHS`), `RANGES` (set `RNG`),
//! `BOUNDS` (set `BND`), `ENDATA`. Numbers are Rust's shortest round-trip
//! forms (`{}` for magnitudes in `[1e-5, 1e16)`, `{:e}` otherwise; `inf`,
//! `-inf`), so every `f64`, `-0.0` included, reads back to the same bits.
//! Binary columns get `BV`; other integer columns get both sides (`LO`/`MI`
//! and `UP`/`PL`, or `FX`/`FR`) so the `[0, 1]` default cannot apply;
//! continuous columns only what differs from `[0, +inf]` (with `LO` given
//! whenever `UP` is, except for a zero lower bound, so the negative-`UP`
//! rule never fires). A free row is written as `L` with RHS `inf`. A ranged
//! row is written as `G` (RHS `lower`, range `r` with `lower + r == upper`
//! exactly) or `L` (RHS `upper`, `upper - r == lower`), searching the floats
//! next to `upper - lower`; when no such `r` exists (a range wider than the
//! largest `f64`, or the sides `[+0.0, -0.0]`) the writer returns an error
//! instead of a file that would read back differently. So do names free
//! MPS cannot carry (empty, with whitespace, starting with `$`, a row named
//! `'MARKER'`, the objective sharing a row's name) and a problem name with a
//! line break or surrounding whitespace.

mod bounds;
mod columns;
mod fast;
mod fields;
mod finish;
mod lines;
mod reader;
mod rows;
mod scan;
mod sections;
mod vectors;
mod writer;

pub use reader::parse;
pub use writer::write_string;

#[cfg(test)]
mod tests;
