//! Summary statistics of a problem (`symbreak info`).

use serde::Serialize;

use super::{Problem, Sense, VarKind};

/// Sizes and structure of a [`Problem`]; the JSON of `symbreak info --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProblemStats {
    /// The problem's name.
    pub name: String,
    /// Rows, the objective excluded.
    pub rows: usize,
    /// Columns (variables).
    pub cols: usize,
    /// Stored nonzero matrix entries.
    pub nonzeros: usize,
    /// Integer and binary columns together.
    pub integer_cols: usize,
    /// Binary columns (integer with bounds `[0, 1]`).
    pub binary_cols: usize,
    /// Continuous columns.
    pub continuous_cols: usize,
    /// Semi-continuous columns (continuous, domain `{0} ∪ [l, u]`; also
    /// counted in `continuous_cols`).
    pub semi_continuous_cols: usize,
    /// Semi-integer columns (integer, domain `{0} ∪ [l, u]`; also counted
    /// in `integer_cols`).
    pub semi_integer_cols: usize,
    /// `"min"` or `"max"`.
    pub sense: Sense,
    /// The objective's constant term.
    pub objective_offset: f64,
    /// Rows with `lower == upper`.
    pub equality_rows: usize,
    /// Rows `a·x <= u` only.
    pub less_rows: usize,
    /// Rows `a·x >= l` only.
    pub greater_rows: usize,
    /// Rows with two distinct finite sides.
    pub ranged_rows: usize,
    /// Rows with neither side finite.
    pub free_rows: usize,
    /// Nonzero objective coefficients.
    pub objective_nonzeros: usize,
    /// Smallest absolute matrix coefficient (0 for an empty matrix).
    pub min_abs_coefficient: f64,
    /// Largest absolute matrix coefficient (0 for an empty matrix).
    pub max_abs_coefficient: f64,
}

impl ProblemStats {
    pub(super) fn of(p: &Problem) -> Self {
        let mut binary = 0;
        let mut integer = 0;
        let (mut semi_continuous, mut semi_integer) = (0, 0);
        for (&k, &semi) in p.var_kinds().iter().zip(p.semi_flags()) {
            match k {
                VarKind::Binary => binary += 1,
                VarKind::Integer => integer += 1,
                VarKind::Continuous => {}
            }
            if semi {
                if k.is_integral() {
                    semi_integer += 1;
                } else {
                    semi_continuous += 1;
                }
            }
        }
        let (mut eq, mut le, mut ge, mut ranged, mut free) = (0, 0, 0, 0, 0);
        for r in p.rows() {
            let (l, u) = (p.row_lower(r), p.row_upper(r));
            match (l.is_finite(), u.is_finite()) {
                (true, true) if l == u => eq += 1,
                (true, true) => ranged += 1,
                (false, true) => le += 1,
                (true, false) => ge += 1,
                (false, false) => free += 1,
            }
        }
        let (mut min_abs, mut max_abs) = (f64::INFINITY, 0.0f64);
        for r in 0..p.num_rows() {
            for &a in p.matrix_by_rows().lane(r).1 {
                min_abs = min_abs.min(a.abs());
                max_abs = max_abs.max(a.abs());
            }
        }
        if p.num_nonzeros() == 0 {
            min_abs = 0.0;
        }
        ProblemStats {
            name: p.name().to_string(),
            rows: p.num_rows(),
            cols: p.num_vars(),
            nonzeros: p.num_nonzeros(),
            integer_cols: integer + binary,
            binary_cols: binary,
            continuous_cols: p.num_vars() - integer - binary,
            semi_continuous_cols: semi_continuous,
            semi_integer_cols: semi_integer,
            sense: p.sense(),
            objective_offset: p.objective_offset(),
            equality_rows: eq,
            less_rows: le,
            greater_rows: ge,
            ranged_rows: ranged,
            free_rows: free,
            objective_nonzeros: p
                .objective_coefficients()
                .iter()
                .filter(|c| **c != 0.0)
                .count(),
            min_abs_coefficient: min_abs,
            max_abs_coefficient: max_abs,
        }
    }
}
