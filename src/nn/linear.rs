//! A dense layer `y = x W + b` with its backward pass.

use ndarray::{Array2, Axis};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::params::{Grads, ParamId, ParamStore};

/// `y = x W + b` for a batch of rows `x` (`rows × inputs`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Linear {
    /// `inputs × outputs` weights.
    pub w: ParamId,
    /// `1 × outputs` bias.
    pub b: ParamId,
}

impl Linear {
    /// A new layer with Glorot-initialized weights and zero bias.
    pub fn new(
        store: &mut ParamStore,
        name: &str,
        inputs: usize,
        outputs: usize,
        rng: &mut ChaCha8Rng,
    ) -> Self {
        Linear {
            w: store.glorot(&format!("{name}.w"), inputs, outputs, rng),
            b: store.zeros(&format!("{name}.b"), 1, outputs),
        }
    }

    /// Number of inputs.
    pub fn inputs(&self, store: &ParamStore) -> usize {
        store.get(self.w).nrows()
    }

    /// `x W + b`.
    pub fn forward(&self, store: &ParamStore, x: &Array2<f64>) -> Array2<f64> {
        let mut y = x.dot(store.get(self.w));
        let b = store.get(self.b);
        match (y.as_slice_mut(), b.as_slice()) {
            // Row by row over contiguous memory: the same sums as the
            // broadcasting `+=`, without its per-element indexing.
            (Some(ys), Some(bs)) if !bs.is_empty() => {
                for row in ys.chunks_exact_mut(bs.len()) {
                    for (v, bv) in row.iter_mut().zip(bs) {
                        *v += bv;
                    }
                }
            }
            _ => y += b,
        }
        y
    }

    /// Given the input `x` and `dy = ∂L/∂y`, accumulates `∂L/∂W`, `∂L/∂b`
    /// into `grads` and returns `∂L/∂x`.
    pub fn backward(
        &self,
        store: &ParamStore,
        x: &Array2<f64>,
        dy: &Array2<f64>,
        grads: &mut Grads,
    ) -> Array2<f64> {
        *grads.get_mut(self.w) += &x.t().dot(dy);
        *grads.get_mut(self.b) += &dy.sum_axis(Axis(0)).insert_axis(Axis(0));
        dy.dot(&store.get(self.w).t())
    }
}

/// `max(x, 0)` elementwise.
pub fn relu(x: &Array2<f64>) -> Array2<f64> {
    x.mapv(|v| v.max(0.0))
}

/// `max(x, 0)` elementwise, in place.
pub fn relu_in_place(x: &mut Array2<f64>) {
    x.mapv_inplace(|v| v.max(0.0));
}

/// `dy` where the pre-activation `z > 0`, else 0.
pub fn relu_backward(z: &Array2<f64>, dy: &Array2<f64>) -> Array2<f64> {
    let mut dz = dy.clone();
    dz.zip_mut_with(z, |d, &zv| {
        if zv <= 0.0 {
            *d = 0.0;
        }
    });
    dz
}
