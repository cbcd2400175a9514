//! Proof rows from node LPs, for conflict analysis: one valid row that the
//! node's domains violate, aggregated from the LP's certificate (SCIP's
//! "dual proof" analysis, Witzig, Berthold and Heinz 2017).
//!
//! - **Infeasible LP**: the Farkas multipliers `y` of the dual ray
//!   ([`Lp::farkas_multipliers`]) give `r = Aᵀy` with `r·x = y·(A x)`,
//!   which every point keeps inside `Σ_i y_i [row_lo_i, row_hi_i]`; over
//!   the node's bounds `r·x` cannot get there.
//! - **LP cut off by the incumbent**: the duals `y` give, for every point
//!   with `c·x <= cutoff`, `(c − Aᵀy)·x = c·x − y·(A x) <= cutoff −
//!   min_s y·s` over the row ranges `s`; over the node's bounds the left
//!   side's smallest value is the LP's Lagrangian bound, above the cutoff.
//!
//! Every LP row (problem rows and root cuts) is valid for the whole
//! problem, so the proof row is too; it is checked against the domains
//! again by [`Domains::explain_infeasible_row`], so rounding in the
//! multipliers never makes a clause invalid, only rarer.

use crate::domains::Domains;
use crate::simplex::Lp;

/// An aggregated row `Σ val_j x_j <= upper` over the columns `idx`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AggregatedRow {
    pub idx: Vec<u32>,
    pub val: Vec<f64>,
    pub upper: f64,
}

/// Coefficients below this (relative to the row's largest) are dropped
/// after being moved to the right-hand side at their bounds (the proof
/// stays valid, and tiny entries only lengthen the explanation).
const RELATIVE_ZERO: f64 = 1e-12;

/// Multipliers below this (relative to the largest) are taken as zero:
/// the rounding error of a basic row's zero would otherwise point to an
/// infinite row side and spoil the range. Any multipliers give a valid
/// row, so this only decides whether the row proves anything.
const NEGLIGIBLE_MULTIPLIER: f64 = 1e-9;

/// `Σ_i y_i (A x)_i` as a dense row over the columns, and the range
/// `Σ_i y_i [row_lo_i, row_hi_i]` (a side infinite when a multiplier
/// points to an infinite row side), negligible multipliers left out.
fn combine(lp: &Lp, y: &[f64]) -> (Vec<f64>, (f64, f64)) {
    let mut r = vec![0.0; lp.num_cols()];
    let (mut lo, mut hi) = (0.0, 0.0);
    let scale = y.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    for (i, &yi) in y.iter().enumerate().take(lp.num_rows()) {
        if yi.abs() <= NEGLIGIBLE_MULTIPLIER * scale {
            continue;
        }
        for &(j, a) in lp.row_entries(i) {
            r[j] += yi * a;
        }
        let (l, u) = lp.row_bounds(i);
        let (small, large) = if yi > 0.0 {
            (yi * l, yi * u)
        } else {
            (yi * u, yi * l)
        };
        lo += small;
        hi += large;
    }
    (r, (lo, hi))
}

/// The dense row `Σ dense_j x_j <= upper` made sparse: zeros left out,
/// negligible entries moved to the right-hand side at the global bound
/// that makes them smallest (global bounds hold everywhere, so the row
/// stays valid). `None` when the right-hand side is not finite.
fn sparse(dense: &[f64], upper: f64, global: (&[f64], &[f64])) -> Option<AggregatedRow> {
    let scale = dense.iter().fold(0.0f64, |m, a| m.max(a.abs()));
    let mut row = AggregatedRow {
        idx: Vec::new(),
        val: Vec::new(),
        upper,
    };
    for (j, &a) in dense.iter().enumerate() {
        if a == 0.0 {
            continue;
        }
        if a.abs() <= RELATIVE_ZERO * scale {
            // a·x >= a·(the bound that makes it smallest).
            let bound = if a > 0.0 { global.0[j] } else { global.1[j] };
            if bound.is_finite() {
                row.upper -= a * bound;
                continue;
            }
        }
        row.idx.push(j as u32);
        row.val.push(a);
    }
    row.upper.is_finite().then_some(row)
}

/// The proof row of an infeasible LP from its Farkas multipliers: `r·x`
/// must reach the rows' range but cannot within `domains`' bounds (the
/// side it misses is chosen by the domains). `None` without multipliers or
/// when neither side is missed.
pub(crate) fn farkas_row(
    lp: &Lp,
    domains: &Domains<'_>,
    global: (&[f64], &[f64]),
) -> Option<AggregatedRow> {
    let y = lp.farkas_multipliers()?;
    let scale = y.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return None;
    }
    let y: Vec<f64> = y.iter().map(|v| v / scale).collect();
    let (r, (rlo, rhi)) = combine(lp, &y);
    let (clo, chi) = range(&r, domains.lowers(), domains.uppers());
    if rlo.is_finite() && chi < rlo {
        // r·x >= rlo, i.e. −r·x <= −rlo.
        let neg: Vec<f64> = r.iter().map(|a| -a).collect();
        sparse(&neg, -rlo, global)
    } else if rhi.is_finite() && clo > rhi {
        sparse(&r, rhi, global)
    } else {
        None
    }
}

/// The proof row of an LP cut off at `cutoff` (minimization form, the
/// LP's costs) from its duals: `(c − Aᵀy)·x <= cutoff − min_s y·s`.
/// `None` when a dual points to an infinite row side.
pub(crate) fn cutoff_row(lp: &Lp, cutoff: f64, global: (&[f64], &[f64])) -> Option<AggregatedRow> {
    let y = lp.duals();
    if y.len() != lp.num_rows() || !cutoff.is_finite() {
        return None;
    }
    let (r, (rlo, _)) = combine(lp, y);
    if !rlo.is_finite() {
        return None;
    }
    let d: Vec<f64> = lp.costs().iter().zip(&r).map(|(c, a)| c - a).collect();
    sparse(&d, cutoff - rlo, global)
}

/// The range of `Σ r_j x_j` over the bounds `[lower, upper]`.
fn range(r: &[f64], lower: &[f64], upper: &[f64]) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0, 0.0);
    for (j, &a) in r.iter().enumerate() {
        if a > 0.0 {
            lo += a * lower[j];
            hi += a * upper[j];
        } else if a < 0.0 {
            lo += a * upper[j];
            hi += a * lower[j];
        }
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, Sense, VarId, VarKind};
    use crate::simplex::{LpLimits, LpStatus};

    /// x + y + z >= 2 and x + y <= 1, z <= 0 at the node: infeasible.
    #[test]
    fn the_farkas_row_is_violated_by_the_node_bounds_and_valid_at_the_root() {
        let mut b = ProblemBuilder::new("farkas");
        b.set_sense(Sense::Minimize);
        let v: Vec<VarId> = (0..3)
            .map(|j| {
                b.add_var(format!("x{j}"), VarKind::Binary, 0.0, 1.0, 1.0)
                    .unwrap()
            })
            .collect();
        b.add_row(
            "cover",
            2.0,
            f64::INFINITY,
            &[(v[0], 1.0), (v[1], 1.0), (v[2], 1.0)],
        )
        .unwrap();
        b.add_row("pack", f64::NEG_INFINITY, 1.0, &[(v[0], 1.0), (v[1], 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let mut domains = Domains::new(&p, 20);
        domains.propagate_all().unwrap();
        let (glo, gup) = (domains.lowers().to_vec(), domains.uppers().to_vec());
        domains.tighten(v[2], 0.0, 0.0).unwrap();
        let mut lp = Lp::from_problem(&p);
        lp.set_col_bounds(2, 0.0, 0.0).unwrap();
        assert_eq!(lp.solve(&LpLimits::default()), LpStatus::Infeasible);
        let row = farkas_row(&lp, &domains, (&glo, &gup)).expect("a proof row");
        let act = |x: [f64; 3]| -> f64 {
            row.idx
                .iter()
                .zip(&row.val)
                .map(|(&j, &a)| a * x[j as usize])
                .sum()
        };
        // Every feasible point satisfies it; the node (z = 0) cannot.
        for x in [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]] {
            assert!(act(x) <= row.upper + 1e-9, "{row:?} cuts off {x:?}");
        }
        for x in [
            [0.0, 0.0, 0.0],
            [1.0, 0.0, 0.0],
            [0.0, 1.0, 0.0],
            [1.0, 1.0, 0.0],
        ] {
            assert!(act(x) > row.upper + 1e-9, "{row:?} allows {x:?}");
        }
    }
}
