//! A two-layer perceptron `Linear → ReLU → Linear (→ ReLU)`.

use ndarray::Array2;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::linear::{Linear, relu, relu_backward, relu_in_place};
use super::params::{Grads, ParamStore};

/// `l2(relu(l1(x)))`, with a final ReLU when `relu_out`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mlp {
    /// First layer.
    pub l1: Linear,
    /// Second layer.
    pub l2: Linear,
    /// Apply ReLU to the output.
    pub relu_out: bool,
}

/// What [`Mlp::forward`] keeps for the backward pass.
#[derive(Clone, Debug)]
pub struct MlpCache {
    x: Array2<f64>,
    z1: Array2<f64>,
    h1: Array2<f64>,
    z2: Array2<f64>,
}

impl Mlp {
    /// A new perceptron `inputs → hidden → outputs`.
    pub fn new(
        store: &mut ParamStore,
        name: &str,
        inputs: usize,
        hidden: usize,
        outputs: usize,
        relu_out: bool,
        rng: &mut ChaCha8Rng,
    ) -> Self {
        Mlp {
            l1: Linear::new(store, &format!("{name}.l1"), inputs, hidden, rng),
            l2: Linear::new(store, &format!("{name}.l2"), hidden, outputs, rng),
            relu_out,
        }
    }

    /// The output and the cache for [`backward`](Self::backward).
    pub fn forward(&self, store: &ParamStore, x: &Array2<f64>) -> (Array2<f64>, MlpCache) {
        let z1 = self.l1.forward(store, x);
        let h1 = relu(&z1);
        let z2 = self.l2.forward(store, &h1);
        let y = if self.relu_out { relu(&z2) } else { z2.clone() };
        (
            y,
            MlpCache {
                x: x.clone(),
                z1,
                h1,
                z2,
            },
        )
    }

    /// The output without a cache (inference): the same values as
    /// [`forward`](Self::forward), bit for bit.
    pub fn infer(&self, store: &ParamStore, x: &Array2<f64>) -> Array2<f64> {
        let mut h1 = self.l1.forward(store, x);
        relu_in_place(&mut h1);
        let mut y = self.l2.forward(store, &h1);
        if self.relu_out {
            relu_in_place(&mut y);
        }
        y
    }

    /// Accumulates parameter gradients and returns `∂L/∂x`.
    pub fn backward(
        &self,
        store: &ParamStore,
        cache: &MlpCache,
        dy: &Array2<f64>,
        grads: &mut Grads,
    ) -> Array2<f64> {
        let dz2 = if self.relu_out {
            relu_backward(&cache.z2, dy)
        } else {
            dy.clone()
        };
        let dh1 = self.l2.backward(store, &cache.h1, &dz2, grads);
        let dz1 = relu_backward(&cache.z1, &dh1);
        self.l1.backward(store, &cache.x, &dz1, grads)
    }
}
