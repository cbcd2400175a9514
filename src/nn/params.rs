//! Named parameter tensors and their gradients.
//!
//! Layers do not own weights: they hold indices into a [`ParamStore`], so
//! the optimizer, the serializer and gradient accumulation all see one flat
//! list of named matrices.

use ndarray::Array2;
use rand::RngExt;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// The index of a parameter matrix in a [`ParamStore`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamId(pub usize);

/// All parameter matrices of a model, with names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParamStore {
    /// `(name, matrix)` in creation order.
    pub tensors: Vec<(String, Array2<f64>)>,
}

impl ParamStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a `rows × cols` matrix with Glorot-uniform entries.
    pub fn glorot(
        &mut self,
        name: &str,
        rows: usize,
        cols: usize,
        rng: &mut ChaCha8Rng,
    ) -> ParamId {
        let limit = (6.0 / (rows + cols) as f64).sqrt();
        let m = Array2::from_shape_fn((rows, cols), |_| rng.random_range(-limit..limit));
        self.push(name, m)
    }

    /// Adds a zero `rows × cols` matrix.
    pub fn zeros(&mut self, name: &str, rows: usize, cols: usize) -> ParamId {
        self.push(name, Array2::zeros((rows, cols)))
    }

    fn push(&mut self, name: &str, m: Array2<f64>) -> ParamId {
        self.tensors.push((name.to_string(), m));
        ParamId(self.tensors.len() - 1)
    }

    /// The matrix of `id`.
    #[inline]
    pub fn get(&self, id: ParamId) -> &Array2<f64> {
        &self.tensors[id.0].1
    }

    /// Zero gradients shaped like the parameters.
    pub fn zero_grads(&self) -> Grads {
        Grads {
            tensors: self
                .tensors
                .iter()
                .map(|(_, m)| Array2::zeros(m.raw_dim()))
                .collect(),
        }
    }

    /// Total number of scalars.
    pub fn num_scalars(&self) -> usize {
        self.tensors.iter().map(|(_, m)| m.len()).sum()
    }
}

/// Gradients, one matrix per parameter, same order as the store.
#[derive(Clone, Debug, PartialEq)]
pub struct Grads {
    /// One gradient matrix per parameter.
    pub tensors: Vec<Array2<f64>>,
}

impl Grads {
    /// The gradient of `id`, mutable.
    #[inline]
    pub fn get_mut(&mut self, id: ParamId) -> &mut Array2<f64> {
        &mut self.tensors[id.0]
    }

    /// Adds `other` into `self`.
    pub fn add(&mut self, other: &Grads) {
        for (a, b) in self.tensors.iter_mut().zip(&other.tensors) {
            *a += b;
        }
    }

    /// Multiplies every gradient by `s`.
    pub fn scale(&mut self, s: f64) {
        for a in &mut self.tensors {
            a.mapv_inplace(|x| x * s);
        }
    }

    /// The Euclidean norm over all gradients.
    pub fn norm(&self) -> f64 {
        self.tensors
            .iter()
            .map(|a| a.iter().map(|x| x * x).sum::<f64>())
            .sum::<f64>()
            .sqrt()
    }
}
