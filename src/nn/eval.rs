//! Evaluation of predictions: Top-m% error (Chen et al. 2025) against the
//! closest symmetric image of the label.
//!
//! For one instance and a share m: take the ⌈m·|B|⌉ binary variables whose
//! prediction is most confident (largest |p − ½|), round them, and count how
//! many disagree with the label — after the label's orbitope columns have
//! been permuted (Hungarian matching) to disagree as little as possible on
//! that set. A variable predicted exactly ½ rounds to 1.

use serde::Serialize;

use super::loss::permuted_label;
use crate::symmetry::Orbitope;

/// The shares m of the Top-m% error, in percent.
pub const TOP_M: [u32; 4] = [30, 50, 70, 90];

/// Top-m% errors of one instance, for each m in [`TOP_M`].
pub fn top_m_errors(
    probs: &[f64],
    label: &[f64],
    mask: &[bool],
    orbitopes: &[Orbitope],
) -> [f64; 4] {
    let mut binaries: Vec<usize> = (0..probs.len()).filter(|&i| mask[i]).collect();
    binaries.sort_by(|&a, &b| {
        (probs[b] - 0.5)
            .abs()
            .total_cmp(&(probs[a] - 0.5).abs())
            .then(a.cmp(&b))
    });
    let rounded: Vec<f64> = probs
        .iter()
        .map(|&p| if p >= 0.5 { 1.0 } else { 0.0 })
        .collect();
    let mut out = [0.0; 4];
    for (slot, &m) in out.iter_mut().zip(&TOP_M) {
        let take = (binaries.len() * m as usize).div_ceil(100);
        let mut top = vec![false; probs.len()];
        for &i in &binaries[..take] {
            top[i] = true;
        }
        let y = aligned_on(&rounded, label, &top, orbitopes);
        *slot = binaries[..take]
            .iter()
            .filter(|&&i| rounded[i] != y[i])
            .count() as f64;
    }
    out
}

/// The label with orbitope columns permuted to minimize disagreements with
/// `rounded` on the variables in `set`.
fn aligned_on(rounded: &[f64], label: &[f64], set: &[bool], orbitopes: &[Orbitope]) -> Vec<f64> {
    permuted_label(label, orbitopes, |o, p, l| {
        (0..o.num_rows())
            .filter(|&r| set[o.at(r, p).index()])
            .filter(|&r| rounded[o.at(r, p).index()] != label[o.at(r, l).index()])
            .count() as f64
    })
}

/// Averages over instances.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EvalSummary {
    /// Mean Top-m% error for m = 30, 50, 70, 90.
    pub top_m_error: [f64; 4],
    /// Share of instances whose rounded prediction is feasible.
    pub rounded_feasible_rate: f64,
    /// Number of instances.
    pub instances: usize,
}

impl EvalSummary {
    /// The mean of per-instance errors and feasibility flags.
    pub fn of(errors: &[[f64; 4]], feasible: &[bool]) -> Self {
        let n = errors.len().max(1) as f64;
        let mut top = [0.0; 4];
        for e in errors {
            for (t, v) in top.iter_mut().zip(e) {
                *t += v / n;
            }
        }
        EvalSummary {
            top_m_error: top,
            rounded_feasible_rate: feasible.iter().filter(|&&f| f).count() as f64
                / feasible.len().max(1) as f64,
            instances: errors.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::VarId;

    #[test]
    fn errors_count_disagreements_after_the_best_column_matching() {
        // 2 items × 2 bins, prediction = label with bins swapped: 0 errors.
        let o = Orbitope {
            columns: vec![vec![VarId(0), VarId(2)], vec![VarId(1), VarId(3)]],
            row_orbits: vec![0, 1],
        };
        let label = [1.0, 0.0, 0.0, 1.0];
        let probs = [0.1, 0.9, 0.8, 0.3];
        let e = top_m_errors(&probs, &label, &[true; 4], std::slice::from_ref(&o));
        assert_eq!(e, [0.0; 4]);
        // Without the orbitope the same prediction is wrong everywhere.
        let e = top_m_errors(&probs, &label, &[true; 4], &[]);
        assert_eq!(e, [2.0, 2.0, 3.0, 4.0]);
    }
}
