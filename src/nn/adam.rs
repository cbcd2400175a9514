//! The Adam optimizer (Kingma & Ba 2015).

use ndarray::Array2;

use super::params::{Grads, ParamStore};

/// Adam with bias correction. Defaults: lr 1e-3, β1 0.9, β2 0.999, ε 1e-8.
#[derive(Clone, Debug)]
pub struct Adam {
    /// Step size.
    pub lr: f64,
    /// First-moment decay.
    pub beta1: f64,
    /// Second-moment decay.
    pub beta2: f64,
    /// Denominator guard.
    pub eps: f64,
    m: Vec<Array2<f64>>,
    v: Vec<Array2<f64>>,
    t: i32,
}

impl Adam {
    /// Adam state for the parameters of `store`.
    pub fn new(store: &ParamStore, lr: f64) -> Self {
        let zeros = store.zero_grads().tensors;
        Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            m: zeros.clone(),
            v: zeros,
            t: 0,
        }
    }

    /// One step: `θ -= lr · m̂ / (√v̂ + ε)`.
    pub fn step(&mut self, store: &mut ParamStore, grads: &Grads) {
        self.t += 1;
        let c1 = 1.0 - self.beta1.powi(self.t);
        let c2 = 1.0 - self.beta2.powi(self.t);
        for (i, (_, theta)) in store.tensors.iter_mut().enumerate() {
            let g = &grads.tensors[i];
            let (m, v) = (&mut self.m[i], &mut self.v[i]);
            ndarray::Zip::from(theta)
                .and(m)
                .and(v)
                .and(g)
                .for_each(|th, m, v, &g| {
                    *m = self.beta1 * *m + (1.0 - self.beta1) * g;
                    *v = self.beta2 * *v + (1.0 - self.beta2) * g * g;
                    *th -= self.lr * (*m / c1) / ((*v / c2).sqrt() + self.eps);
                });
        }
    }
}
