//! Static symmetry-breaking constraints from orbitopes, and the map of a
//! solution to the representative they keep.
//!
//! For an orbitope whose columns are permuted by the full symmetric group,
//! take its *packing rows*: orbitope rows of binary variables that also form
//! a row `Σ_c x[r][c] <= 1` or `= 1` of the problem (an item in one bin, a
//! vertex in one color, a job on one machine). Order them as in the
//! orbitope: P_0, P_1, ... Every feasible solution can be mapped, by a
//! column permutation, to one whose columns restricted to P are sorted
//! lexicographically decreasing (1 before 0, row P_0 first). Because each
//! packing row holds at most one 1, nonzero columns are then sorted by the
//! first packing row in which they hold a 1, strictly increasing, and empty
//! columns come last. Two families of constraints hold for that
//! representative and so keep at least one optimal solution (the column
//! permutation is a symmetry, so it keeps the objective and feasibility):
//!
//! - **fixing**: `x[P_t][c] = 0` for `c > t` (row P_t's 1 is in a column
//!   whose first 1 is at row <= t, and columns before it start strictly
//!   earlier);
//! - **shifted column**: `x[P_t][c] <= Σ_{s<t} x[P_s][c-1]` for `1 <= c <= t`
//!   (if column c holds a 1 at row t, column c - 1 starts strictly above
//!   row t).
//!
//! The second family says "bins are used in order": bin c may only hold an
//! item if bin c - 1 holds an earlier one.
//!
//! A third family orders **indicator rows** (the y_j "bin used" or w_c
//! "color used" row of the orbitope): `y[c-1] >= y[c]`. It is added only
//! when the problem proves it harmless, checked row by row: every problem
//! row holding y_c holds otherwise only packing variables of column c, has
//! the form `Σ a x − b y_c <= 0` with `a >= 0, b > 0` (or its mirror with
//! `>= 0`), every packing variable of column c appears in such a row with a
//! nonzero coefficient, y_c appears nowhere else, and its objective
//! coefficient does not reward y_c = 1 (`>= 0` when minimizing). Then in the
//! representative above, a column holding a 1 in a packing row forces
//! y_c = 1, and in an empty column y_c can be set to 0 without breaking a
//! row or worsening the objective; empty columns come last, so the
//! indicators are non-increasing. [`to_representative`] applies the same
//! lowering. Orbitopes are disjoint (see
//! [`detect_orbitopes`](super::orbitope::detect_orbitopes)), so their
//! column permutations commute and the constraints of all of them hold
//! together.

use super::orbitope::Orbitope;
use crate::model::{ModelError, Problem, ProblemBuilder, VarId, VarKind};

/// One added row `lower <= Σ a x <= upper`.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakingRow {
    /// Row name (`sym_<orbitope>_<row>_<col>`).
    pub name: String,
    /// Lower side.
    pub lower: f64,
    /// Upper side.
    pub upper: f64,
    /// Entries.
    pub entries: Vec<(VarId, f64)>,
}

/// The orbitope rows (indices) that are indicator rows of the packing rows
/// `packing`, in the sense of the [module documentation](self).
pub fn indicator_rows(problem: &Problem, orbitope: &Orbitope, packing: &[usize]) -> Vec<usize> {
    if packing.is_empty() {
        return Vec::new();
    }
    let k = orbitope.num_cols();
    let mut out = Vec::new();
    'rows: for r in (0..orbitope.num_rows()).filter(|r| !packing.contains(r)) {
        for c in 0..k {
            let y = orbitope.at(r, c);
            if problem.var_kind(y) != VarKind::Binary {
                continue 'rows;
            }
            let cost = problem.objective_coefficient(y);
            let harmless = match problem.sense() {
                crate::model::Sense::Minimize => cost >= 0.0,
                crate::model::Sense::Maximize => cost <= 0.0,
            };
            if !harmless {
                continue 'rows;
            }
            let column: Vec<VarId> = packing.iter().map(|&p| orbitope.at(p, c)).collect();
            let mut linked = vec![false; column.len()];
            for (row, b) in problem.column(y) {
                let (lo, up) = (problem.row_lower(row), problem.row_upper(row));
                // Normalize to Σ a x − b' y <= 0 with a >= 0, b' > 0.
                let sign = if lo == f64::NEG_INFINITY && up == 0.0 {
                    1.0
                } else if up == f64::INFINITY && lo == 0.0 {
                    -1.0
                } else {
                    continue 'rows;
                };
                if sign * b >= 0.0 {
                    continue 'rows;
                }
                for (v, a) in problem.row(row) {
                    if v == y {
                        continue;
                    }
                    let Some(i) = column.iter().position(|&x| x == v) else {
                        continue 'rows;
                    };
                    if sign * a < 0.0 {
                        continue 'rows;
                    }
                    linked[i] |= a != 0.0;
                }
            }
            if !linked.iter().all(|&l| l) {
                continue 'rows;
            }
        }
        out.push(r);
    }
    out
}

/// The constraints of one orbitope: variables fixed to 0 and added rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BreakingConstraints {
    /// Variables fixed to 0.
    pub fixed_to_zero: Vec<VarId>,
    /// Shifted-column rows.
    pub rows: Vec<BreakingRow>,
}

/// The orbitope rows (indices) that are packing or partitioning rows of
/// the problem, in orbitope order.
pub fn packing_rows(problem: &Problem, orbitope: &Orbitope) -> Vec<usize> {
    let mut out = Vec::new();
    for r in 0..orbitope.num_rows() {
        let mut vars: Vec<VarId> = (0..orbitope.num_cols())
            .map(|c| orbitope.at(r, c))
            .collect();
        if vars.iter().any(|&v| problem.var_kind(v) != VarKind::Binary) {
            continue;
        }
        vars.sort_unstable();
        let is_packing = problem.column(vars[0]).any(|(row, _)| {
            problem.row_upper(row) == 1.0
                && problem.row(row).len() == vars.len()
                && problem.row(row).map(|(v, _)| v).eq(vars.iter().copied())
                && problem.row(row).all(|(_, a)| a == 1.0)
        });
        if is_packing {
            out.push(r);
        }
    }
    out
}

/// The fixings and shifted-column rows for `orbitope` (number `index`, used
/// in row names).
pub fn orbitope_constraints(
    problem: &Problem,
    orbitope: &Orbitope,
    index: usize,
) -> BreakingConstraints {
    let p = packing_rows(problem, orbitope);
    let k = orbitope.num_cols();
    let mut out = BreakingConstraints::default();
    for (t, &row) in p.iter().enumerate() {
        for c in (t + 1)..k {
            out.fixed_to_zero.push(orbitope.at(row, c));
        }
        for c in 1..=t.min(k - 1) {
            let mut entries = vec![(orbitope.at(row, c), 1.0)];
            entries.extend(p[..t].iter().map(|&s| (orbitope.at(s, c - 1), -1.0)));
            out.rows.push(BreakingRow {
                name: format!("sym_{index}_{row}_{c}"),
                lower: f64::NEG_INFINITY,
                upper: 0.0,
                entries,
            });
        }
    }
    for r in indicator_rows(problem, orbitope, &p) {
        for c in 1..k {
            out.rows.push(BreakingRow {
                name: format!("sym_{index}_order_{r}_{c}"),
                lower: 0.0,
                upper: f64::INFINITY,
                entries: vec![(orbitope.at(r, c - 1), 1.0), (orbitope.at(r, c), -1.0)],
            });
        }
    }
    out
}

/// `problem` with the constraints of every orbitope added (fixings as
/// bounds, shifted-column rows as rows).
///
/// # Errors
/// A name clash with an existing row (a problem that already has rows named
/// `sym_*`).
pub fn with_breaking_constraints(
    problem: &Problem,
    orbitopes: &[Orbitope],
) -> Result<Problem, ModelError> {
    let mut b: ProblemBuilder = problem.to_builder();
    for (i, o) in orbitopes.iter().enumerate() {
        let c = orbitope_constraints(problem, o, i);
        for v in c.fixed_to_zero {
            let lower = problem.var_lower(v);
            b.set_var_bounds(v, lower.min(0.0), 0.0)?;
        }
        for r in c.rows {
            b.add_row(r.name, r.lower, r.upper, &r.entries)?;
        }
    }
    b.build()
}

/// Maps a solution to the representative the constraints keep: in every
/// orbitope, columns are sorted lexicographically decreasing on the packing
/// rows (values rounded at 0.5), all rows of the orbitope are permuted with
/// them, and indicators of empty columns are lowered to 0. A feasible
/// solution stays feasible with the same or a better objective.
pub fn to_representative(problem: &Problem, orbitopes: &[Orbitope], x: &[f64]) -> Vec<f64> {
    let mut y = x.to_vec();
    for o in orbitopes {
        let p = packing_rows(problem, o);
        let key =
            |c: usize| -> Vec<bool> { p.iter().map(|&r| x[o.at(r, c).index()] > 0.5).collect() };
        let mut order: Vec<usize> = (0..o.num_cols()).collect();
        order.sort_by_key(|&c| std::cmp::Reverse(key(c)));
        for (new_c, &old_c) in order.iter().enumerate() {
            for r in 0..o.num_rows() {
                y[o.at(r, new_c).index()] = x[o.at(r, old_c).index()];
            }
        }
        for r in indicator_rows(problem, o, &p) {
            for c in 0..o.num_cols() {
                if p.iter().all(|&q| y[o.at(q, c).index()] <= 0.5) {
                    y[o.at(r, c).index()] = 0.0;
                }
            }
        }
    }
    y
}
