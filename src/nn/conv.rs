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

use ndarray::{Array1, Array2, ArrayRef2, Axis, s};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::linear::{Linear, relu, relu_backward, relu_in_place};
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

    /// `[h_dst, agg]` (`num_dst × 2H`) and, when `keep_pre`, every edge's
    /// message pre-activation (`num_edges × H`, else `0 × H`).
    fn gather(
        &self,
        store: &ParamStore,
        h_dst: &Array2<f64>,
        h_src: &Array2<f64>,
        edges: &EdgeList,
        keep_pre: bool,
    ) -> (Array2<f64>, Array2<f64>) {
        let p = h_dst.dot(store.get(self.a));
        let q = h_src.dot(store.get(self.b));
        let hidden = p.ncols();
        let w = store.get(self.w);
        let bias = store.get(self.bias);
        let (w, bias) = (w.as_standard_layout(), bias.as_standard_layout());
        let (w, bias) = (contiguous(&w), contiguous(&bias));
        let (p, q) = (p.as_standard_layout(), q.as_standard_layout());
        let (p, q) = (contiguous(&p), contiguous(&q));
        let mut pre = Array2::<f64>::zeros((if keep_pre { edges.dst.len() } else { 0 }, hidden));
        let mut cat = Array2::<f64>::zeros((h_dst.nrows(), 2 * hidden));
        cat.slice_mut(s![.., ..hidden]).assign(h_dst);
        let cat_rows = cat.as_slice_mut().expect("a fresh array is contiguous");
        let pre_rows = pre.as_slice_mut().expect("a fresh array is contiguous");
        for (k, ((&d, &s_), &e)) in edges
            .dst
            .iter()
            .zip(&edges.src)
            .zip(&edges.feat)
            .enumerate()
        {
            let (d, s_) = (d as usize, s_ as usize);
            let scale = edges.inv_deg[d];
            // Every slice is cut to `hidden` entries, so the loops below
            // run without bounds checks and vectorize.
            let p_d = &p[d * hidden..][..hidden];
            let q_s = &q[s_ * hidden..][..hidden];
            let (w, bias) = (&w[..hidden], &bias[..hidden]);
            let agg = &mut cat_rows[(2 * d + 1) * hidden..][..hidden];
            // The message `(p + q) + e w + bias` in this order, and its ReLU
            // added with weight 1/degree (adding `scale * 0.0` to a
            // non-negative sum changes nothing, so a select replaces the
            // branch).
            if keep_pre {
                let pre_k = &mut pre_rows[k * hidden..][..hidden];
                for h in 0..hidden {
                    let v = p_d[h] + q_s[h] + e * w[h] + bias[h];
                    pre_k[h] = v;
                    agg[h] += scale * if v > 0.0 { v } else { 0.0 };
                }
            } else {
                for h in 0..hidden {
                    let v = p_d[h] + q_s[h] + e * w[h] + bias[h];
                    agg[h] += scale * if v > 0.0 { v } else { 0.0 };
                }
            }
        }
        (cat, pre)
    }

    /// New destination embeddings, and the cache for
    /// [`backward`](Self::backward).
    pub fn forward(
        &self,
        store: &ParamStore,
        h_dst: &Array2<f64>,
        h_src: &Array2<f64>,
        edges: &EdgeList,
    ) -> (Array2<f64>, ConvCache) {
        let (cat, pre) = self.gather(store, h_dst, h_src, edges, true);
        let z = self.out.forward(store, &cat);
        let y = relu(&z);
        (
            y,
            ConvCache {
                h_src: h_src.clone(),
                pre,
                cat,
                z,
            },
        )
    }

    /// New destination embeddings without a cache (inference): the same
    /// values as [`forward`](Self::forward), bit for bit.
    pub fn infer(
        &self,
        store: &ParamStore,
        h_dst: &Array2<f64>,
        h_src: &Array2<f64>,
        edges: &EdgeList,
    ) -> Array2<f64> {
        let (cat, _) = self.gather(store, h_dst, h_src, edges, false);
        let mut y = self.out.forward(store, &cat);
        relu_in_place(&mut y);
        y
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
        let hidden = cache.h_src.ncols();
        let h_dst = cache.cat.slice(s![.., ..hidden]);
        let dz = relu_backward(&cache.z, dy);
        let dcat = self.out.backward(store, &cache.cat, &dz, grads);
        let mut dh_dst = dcat.slice(s![.., ..hidden]).to_owned();
        let dcat = dcat.as_standard_layout();
        let dcat_rows = contiguous(&dcat);
        let pre = contiguous(&cache.pre);
        let mut dp = Array2::<f64>::zeros((h_dst.nrows(), hidden));
        let mut dq = Array2::<f64>::zeros((cache.h_src.nrows(), hidden));
        let mut dw = Array1::<f64>::zeros(hidden);
        let mut dbias = Array1::<f64>::zeros(hidden);
        {
            let dp = dp.as_slice_mut().unwrap_or(&mut []);
            let dq = dq.as_slice_mut().unwrap_or(&mut []);
            let dw = dw.as_slice_mut().unwrap_or(&mut []);
            let dbias = dbias.as_slice_mut().unwrap_or(&mut []);
            for (k, ((&d, &s_), &e)) in edges
                .dst
                .iter()
                .zip(&edges.src)
                .zip(&edges.feat)
                .enumerate()
            {
                let (d, s_) = (d as usize, s_ as usize);
                let scale = edges.inv_deg[d];
                let pre_k = &pre[k * hidden..][..hidden];
                let dagg_d = &dcat_rows[(2 * d + 1) * hidden..][..hidden];
                let dp_d = &mut dp[d * hidden..][..hidden];
                let dq_s = &mut dq[s_ * hidden..][..hidden];
                let (dw, dbias) = (&mut dw[..hidden], &mut dbias[..hidden]);
                // Gradients start at +0 and adding +0 to a sum never
                // changes it, so the inactive messages add 0 unbranched.
                for h in 0..hidden {
                    let g = if pre_k[h] > 0.0 {
                        scale * dagg_d[h]
                    } else {
                        0.0
                    };
                    dp_d[h] += g;
                    dq_s[h] += g;
                    dw[h] += e * g;
                    dbias[h] += g;
                }
            }
        }
        *grads.get_mut(self.w) += &dw.insert_axis(Axis(0));
        *grads.get_mut(self.bias) += &dbias.insert_axis(Axis(0));
        *grads.get_mut(self.a) += &h_dst.t().dot(&dp);
        *grads.get_mut(self.b) += &cache.h_src.t().dot(&dq);
        dh_dst += &dp.dot(&store.get(self.a).t());
        let dh_src = dq.dot(&store.get(self.b).t());
        (dh_dst, dh_src)
    }
}

/// The entries of a standard-layout (row-major, contiguous) matrix, such as
/// one from `as_standard_layout` or a fresh `zeros`.
fn contiguous(m: &ArrayRef2<f64>) -> &[f64] {
    // Standard layout is contiguous, so this is never the fallback.
    m.as_slice().unwrap_or(&[])
}
