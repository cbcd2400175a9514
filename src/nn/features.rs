//! Features of the variable–constraint graph, normalized per instance.
//!
//! Variables ([`VAR_FEATURES`] columns): objective coefficient over the
//! largest |c|; kind one-hot (continuous, integer, binary); finite-lower and
//! finite-upper flags and the bounds as sign·ln(1+|b|)/10; degree over the
//! largest degree; mean, min and max of the column's coefficients, each
//! divided by its row's largest |a|; the LP relaxation value (scaled into
//! the bounds), at-lower, at-upper and fractional flags, and a has-LP flag
//! (all 0 when no LP solution is given).
//!
//! Rows ([`ROW_FEATURES`] columns): type one-hot (=, <=, >=, ranged); the
//! sides divided by the row's largest |a| with finite flags; degree over the
//! largest degree; mean, min and max of the normalized coefficients.
//!
//! Edges: the coefficient divided by its row's largest |a|.
//!
//! Every feature is a function of the instance that commutes with
//! relabeling (per-instance maxima are invariant), so the features of g·x
//! are g applied to the features of x.

use ndarray::Array2;

use super::conv::EdgeList;
use crate::model::{Problem, VarKind};

/// Static variable features per variable.
pub const VAR_FEATURES: usize = 17;
/// Row features per row.
pub const ROW_FEATURES: usize = 12;

/// The graph input of the GNN (without symmetry-breaking features).
#[derive(Clone, Debug)]
pub struct GraphFeatures {
    /// `n × VAR_FEATURES`.
    pub vars: Array2<f64>,
    /// `m × ROW_FEATURES`.
    pub rows: Array2<f64>,
    /// Edges row ← variable (destination = row).
    pub to_rows: EdgeList,
    /// Edges variable ← row (destination = variable).
    pub to_vars: EdgeList,
}

/// Mean, min and max of a non-empty sequence.
fn mean_min_max(values: impl Iterator<Item = f64>) -> (f64, f64, f64) {
    let (mut sum, mut count, mut lo, mut hi) = (0.0, 0usize, f64::INFINITY, f64::NEG_INFINITY);
    for a in values {
        sum += a;
        count += 1;
        lo = lo.min(a);
        hi = hi.max(a);
    }
    (sum / count.max(1) as f64, lo, hi)
}

fn squash(x: f64) -> f64 {
    x.signum() * x.abs().ln_1p() / 10.0
}

/// Computes the features of `problem`, with the LP relaxation solution if
/// given (one value per variable).
pub fn graph_features(problem: &Problem, lp: Option<&[f64]>) -> GraphFeatures {
    let n = problem.num_vars();
    let m = problem.num_rows();
    let row_scale: Vec<f64> = problem
        .rows()
        .map(|r| {
            problem
                .row(r)
                .map(|(_, a)| a.abs())
                .fold(0.0, f64::max)
                .max(1e-12)
        })
        .collect();
    let max_c = problem
        .objective_coefficients()
        .iter()
        .map(|c| c.abs())
        .fold(0.0, f64::max);
    let max_var_deg = problem
        .vars()
        .map(|v| problem.column(v).len())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let max_row_deg = problem
        .rows()
        .map(|r| problem.row(r).len())
        .max()
        .unwrap_or(0)
        .max(1) as f64;

    let mut vars = Array2::<f64>::zeros((n, VAR_FEATURES));
    for v in problem.vars() {
        let mut f = vars.row_mut(v.index());
        let (l, u) = (problem.var_lower(v), problem.var_upper(v));
        f[0] = if max_c > 0.0 {
            problem.objective_coefficient(v) / max_c
        } else {
            0.0
        };
        f[1 + match problem.var_kind(v) {
            VarKind::Continuous => 0,
            VarKind::Integer => 1,
            VarKind::Binary => 2,
        }] = 1.0;
        f[4] = f64::from(u8::from(l.is_finite()));
        f[5] = f64::from(u8::from(u.is_finite()));
        f[6] = if l.is_finite() { squash(l) } else { 0.0 };
        f[7] = if u.is_finite() { squash(u) } else { 0.0 };
        let deg = problem.column(v).len();
        f[8] = deg as f64 / max_var_deg;
        if deg > 0 {
            let (mean, lo, hi) =
                mean_min_max(problem.column(v).map(|(r, a)| a / row_scale[r.index()]));
            f[9] = mean;
            f[10] = lo;
            f[11] = hi;
        }
        if let Some(x) = lp.map(|lp| lp[v.index()]) {
            f[12] = if l.is_finite() && u.is_finite() && u > l {
                (x - l) / (u - l)
            } else {
                squash(x)
            };
            f[13] = f64::from(u8::from(l.is_finite() && (x - l).abs() < 1e-6));
            f[14] = f64::from(u8::from(u.is_finite() && (u - x).abs() < 1e-6));
            f[15] = f64::from(u8::from((x - x.round()).abs() > 1e-6));
            f[16] = 1.0;
        }
    }

    let mut rows = Array2::<f64>::zeros((m, ROW_FEATURES));
    for r in problem.rows() {
        let mut f = rows.row_mut(r.index());
        let (l, u) = (problem.row_lower(r), problem.row_upper(r));
        let s = row_scale[r.index()];
        let t = match (l.is_finite(), u.is_finite()) {
            (true, true) if l == u => 0,
            (false, true) => 1,
            (true, false) => 2,
            _ => 3,
        };
        f[t] = 1.0;
        f[4] = f64::from(u8::from(l.is_finite()));
        f[5] = f64::from(u8::from(u.is_finite()));
        f[6] = if l.is_finite() { squash(l / s) } else { 0.0 };
        f[7] = if u.is_finite() { squash(u / s) } else { 0.0 };
        let deg = problem.row(r).len();
        f[8] = deg as f64 / max_row_deg;
        if deg > 0 {
            let (mean, lo, hi) = mean_min_max(problem.row(r).map(|(_, a)| a / s));
            f[9] = mean;
            f[10] = lo;
            f[11] = hi;
        }
    }

    let nnz = problem.num_nonzeros();
    let (mut dst, mut src, mut feat) = (
        Vec::with_capacity(nnz),
        Vec::with_capacity(nnz),
        Vec::with_capacity(nnz),
    );
    for r in problem.rows() {
        for (v, a) in problem.row(r) {
            dst.push(r.0);
            src.push(v.0);
            feat.push(a / row_scale[r.index()]);
        }
    }
    let to_rows = EdgeList::new(m, dst, src, feat);
    let to_vars = to_rows.reversed(n);
    GraphFeatures {
        vars,
        rows,
        to_rows,
        to_vars,
    }
}
