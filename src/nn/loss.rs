//! The symmetry-aware loss: binary cross-entropy against the symmetric image
//! of the label closest to the prediction.
//!
//! An optimal solution of a symmetric instance is one of many equivalent
//! ones; asking the network for one particular labelling of the bins is
//! asking for the impossible. For every orbitope (interchangeable columns),
//! the label's columns are first matched to the predicted columns by a
//! minimum-cost assignment (Hungarian algorithm, O(k³)), the cost of
//! matching predicted column p with label column l being the cross-entropy
//! of p's predictions against l's values. The loss is then the plain
//! cross-entropy against the permuted label. Permuting orbitope columns is a
//! symmetry, so the permuted label is as optimal as the original.

use ndarray::Array1;

use super::hungarian::min_cost_assignment;
use crate::symmetry::Orbitope;

/// `-[y ln σ(z) + (1 - y) ln(1 - σ(z))]`, computed stably.
#[inline]
pub fn bce_with_logit(z: f64, y: f64) -> f64 {
    z.max(0.0) - z * y + (-z.abs()).exp().ln_1p()
}

/// `σ(z)`.
#[inline]
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// The label with every orbitope's columns permuted by the minimum-cost
/// assignment, `cost(o, p, l)` being the cost of matching predicted column
/// `p` of orbitope `o` with label column `l`.
pub fn permuted_label(
    label: &[f64],
    orbitopes: &[Orbitope],
    cost: impl Fn(&Orbitope, usize, usize) -> f64,
) -> Vec<f64> {
    let mut y = label.to_vec();
    for o in orbitopes {
        let k = o.num_cols();
        let mut c = vec![0.0; k * k];
        for p in 0..k {
            for l in 0..k {
                c[p * k + l] = cost(o, p, l);
            }
        }
        for (p, &l) in min_cost_assignment(&c, k).iter().enumerate() {
            for r in 0..o.num_rows() {
                y[o.at(r, p).index()] = label[o.at(r, l).index()];
            }
        }
    }
    y
}

/// The label with every orbitope's columns permuted to match the logits
/// as closely as possible (only variables with `mask` count).
pub fn aligned_label(
    logits: &[f64],
    label: &[f64],
    mask: &[bool],
    orbitopes: &[Orbitope],
) -> Vec<f64> {
    permuted_label(label, orbitopes, |o, p, l| {
        (0..o.num_rows())
            .filter(|&r| mask[o.at(r, p).index()])
            .map(|r| bce_with_logit(logits[o.at(r, p).index()], label[o.at(r, l).index()]))
            .sum()
    })
}

/// Mean cross-entropy over the masked variables and its gradient with
/// respect to the logits.
pub fn bce_loss(logits: &Array1<f64>, y: &[f64], mask: &[bool]) -> (f64, Array1<f64>) {
    let count = mask.iter().filter(|&&m| m).count().max(1) as f64;
    let mut loss = 0.0;
    let mut grad = Array1::<f64>::zeros(logits.len());
    for (i, &z) in logits.iter().enumerate() {
        if mask[i] {
            loss += bce_with_logit(z, y[i]);
            grad[i] = (sigmoid(z) - y[i]) / count;
        }
    }
    (loss / count, grad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::VarId;

    #[test]
    fn bce_gradient_matches_finite_differences() {
        let logits = Array1::from(vec![-2.0, 0.3, 5.0, 0.0]);
        let y = [1.0, 0.0, 1.0, 0.0];
        let mask = [true, true, true, false];
        let (_, g) = bce_loss(&logits, &y, &mask);
        for i in 0..4 {
            let h = 1e-6;
            let mut a = logits.clone();
            a[i] += h;
            let mut b = logits.clone();
            b[i] -= h;
            let fd = (bce_loss(&a, &y, &mask).0 - bce_loss(&b, &y, &mask).0) / (2.0 * h);
            assert!((fd - g[i]).abs() < 1e-8, "{i}: {fd} vs {}", g[i]);
        }
    }

    #[test]
    fn alignment_permutes_label_columns_to_match_the_prediction() {
        // 2 rows × 3 columns; the prediction puts row 0 in column 2 and
        // row 1 in column 0; the label says column 0 and column 1.
        let o = Orbitope {
            columns: vec![
                vec![VarId(0), VarId(3)],
                vec![VarId(1), VarId(4)],
                vec![VarId(2), VarId(5)],
            ],
            row_orbits: vec![0, 1],
        };
        let logits = [-5.0, -5.0, 5.0, 5.0, -5.0, -5.0];
        let label = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0];
        let y = aligned_label(&logits, &label, &[true; 6], &[o]);
        assert_eq!(y, vec![0.0, 0.0, 1.0, 1.0, 0.0, 0.0]);
    }
}
