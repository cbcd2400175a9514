//! A bipartite half-convolution: one side of the variable–constraint graph
//! gathers messages from the other (Gasse et al. 2019).
//!
//! For each destination d with source neighbors s over edges with scalar
//! feature e:
//!
//! ```text
//! m_ds  = relu(h_d A + h_s B + e w + b)
//! agg_d = mean_s m_ds                      (0 for an isolated d)
//! out_d = relu([h_d, agg_d] C + c)
//! ```
//!
//! The mean keeps magnitudes independent of degree (degrees are input
//! features). Everything is a sum over edges, so the layer is
//! permutation-equivariant.

use ndarray::{Array1, Array2, Axis, concatenate, s};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::linear::{Linear, relu, relu_backward};
use super::params::{Grads, ParamId, ParamStore};

/// Edges from sources to destinations with one scalar feature each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EdgeList {
    /// Destination index of each edge.
    pub dst: Vec<u32>,
    /// Source index of each edge.
    pub src: Vec<u32>,
    /// Edge feature.
    pub feat: Vec<f64>,
    /// `1 / degree` of every destination (0 for isolated ones).
    pub inv_deg: Vec<f64>,
}

impl EdgeList {
    /// Builds the list and the destination degrees.
    pub fn new(num_dst: usize, dst: Vec<u32>, src: Vec<u32>, feat: Vec<f64>) -> Self {
        let mut deg = vec![0usize; num_dst];
        for &d in &dst {
            deg[d as usize] += 1;
        }
        let inv_deg = deg
            .iter()
            .map(|&k| if k == 0 { 0.0 } else { 1.0 / k as f64 })
            .collect();
        EdgeList {
            dst,
            src,
            feat,
            inv_deg,
        }
    }

    /// The same edges seen from the other side.
    pub fn reversed(&self, num_src: usize) -> Self {
        EdgeList::new(
            num_src,
            self.src.clone(),
            self.dst.clone(),
            self.feat.clone(),
        )
    }
}

/// A half-convolution with its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HalfConv {
    /// `H × H`, applied to the destination.
    pub a: ParamId,
    /// `H × H`, applied to the source.
    pub b: ParamId,
    /// `1 × H`, the edge feature's weight.
    pub w: ParamId,
    /// `1 × H`, message bias.
    pub bias: ParamId,
    /// `2H → H` output layer.
    pub out: Linear,
}

/// What [`HalfConv::forward`] keeps for the backward pass.
#[derive(Clone, Debug)]
pub struct ConvCache {
    h_dst: Array2<f64>,
    h_src: Array2<f64>,
    pre: Array2<f64>,
    cat: Array2<f64>,
    z: Array2<f64>,
}

impl HalfConv {
    /// A new layer of width `hidden`.
    pub fn new(store: &mut ParamStore, name: &str, hidden: usize, rng: &mut ChaCha8Rng) -> Self {
        HalfConv {
            a: store.glorot(&format!("{name}.a"), hidden, hidden, rng),
            b: store.glorot(&format!("{name}.b"), hidden, hidden, rng),
            w: store.glorot(&format!("{name}.w"), 1, hidden, rng),
            bias: store.zeros(&format!("{name}.bias"), 1, hidden),
            out: Linear::new(store, &format!("{name}.out"), 2 * hidden, hidden, rng),
        }
    }

    /// New destination embeddings.
    pub fn forward(
        &self,
        store: &ParamStore,
        h_dst: &Array2<f64>,
        h_src: &Array2<f64>,
        edges: &EdgeList,
    ) -> (Array2<f64>, ConvCache) {
        let p = h_dst.dot(store.get(self.a));
        let q = h_src.dot(store.get(self.b));
        let w = store.get(self.w).row(0).to_owned();
        let bias = store.get(self.bias).row(0).to_owned();
        let hidden = p.ncols();
        let mut pre = Array2::<f64>::zeros((edges.dst.len(), hidden));
        let mut agg = Array2::<f64>::zeros((h_dst.nrows(), hidden));
        for (k, mut row) in pre.axis_iter_mut(Axis(0)).enumerate() {
            let (d, s_) = (edges.dst[k] as usize, edges.src[k] as usize);
            let e = edges.feat[k];
            let scale = edges.inv_deg[d];
            let mut out = agg.row_mut(d);
            for h in 0..hidden {
                let v = p[(d, h)] + q[(s_, h)] + e * w[h] + bias[h];
                row[h] = v;
                if v > 0.0 {
                    out[h] += scale * v;
                }
            }
        }
        let cat = concatenate![Axis(1), h_dst.view(), agg.view()];
        let z = self.out.forward(store, &cat);
        let y = relu(&z);
        (
            y,
            ConvCache {
                h_dst: h_dst.clone(),
                h_src: h_src.clone(),
                pre,
                cat,
                z,
            },
        )
    }

    /// Accumulates parameter gradients; returns `(∂L/∂h_dst, ∂L/∂h_src)`.
    pub fn backward(
        &self,
        store: &ParamStore,
        cache: &ConvCache,
        edges: &EdgeList,
        dy: &Array2<f64>,
        grads: &mut Grads,
    ) -> (Array2<f64>, Array2<f64>) {
        let hidden = cache.h_dst.ncols();
        let dz = relu_backward(&cache.z, dy);
        let dcat = self.out.backward(store, &cache.cat, &dz, grads);
        let mut dh_dst = dcat.slice(s![.., ..hidden]).to_owned();
        let dagg = dcat.slice(s![.., hidden..]);
        let mut dp = Array2::<f64>::zeros((cache.h_dst.nrows(), hidden));
        let mut dq = Array2::<f64>::zeros((cache.h_src.nrows(), hidden));
        let mut dw = Array1::<f64>::zeros(hidden);
        let mut dbias = Array1::<f64>::zeros(hidden);
        for (k, pre) in cache.pre.axis_iter(Axis(0)).enumerate() {
            let (d, s_) = (edges.dst[k] as usize, edges.src[k] as usize);
            let e = edges.feat[k];
            let scale = edges.inv_deg[d];
            for h in 0..hidden {
                if pre[h] > 0.0 {
                    let g = scale * dagg[(d, h)];
                    dp[(d, h)] += g;
                    dq[(s_, h)] += g;
                    dw[h] += e * g;
                    dbias[h] += g;
                }
            }
        }
        *grads.get_mut(self.w) += &dw.insert_axis(Axis(0));
        *grads.get_mut(self.bias) += &dbias.insert_axis(Axis(0));
        *grads.get_mut(self.a) += &cache.h_dst.t().dot(&dp);
        *grads.get_mut(self.b) += &cache.h_src.t().dot(&dq);
        dh_dst += &dp.dot(&store.get(self.a).t());
        let dh_src = dq.dot(&store.get(self.b).t());
        (dh_dst, dh_src)
    }
}
