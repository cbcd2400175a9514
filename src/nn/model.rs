//! The bipartite GNN of Gasse et al. 2019 / Han et al. 2023: embeddings of
//! variables and rows, K rounds of half-convolutions (rows ← variables, then
//! variables ← rows), and a head giving one logit per variable.

use ndarray::{Array1, Array2, Axis, concatenate};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::breaking::BREAKING_DIMS;
use super::conv::{ConvCache, EdgeList, HalfConv};
use super::features::{GraphFeatures, ROW_FEATURES, VAR_FEATURES};
use super::mlp::{Mlp, MlpCache};
use super::params::{Grads, ParamStore};

/// Sizes of the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GnnConfig {
    /// Width of every embedding. [default: 32]
    pub hidden: usize,
    /// Rounds of (rows ← variables, variables ← rows). [default: 2]
    pub rounds: usize,
    /// Static variable features ([`VAR_FEATURES`]).
    pub var_features: usize,
    /// Row features ([`ROW_FEATURES`]).
    pub row_features: usize,
    /// Symmetry-breaking features per variable ([`BREAKING_DIMS`]).
    pub breaking_dims: usize,
}

impl Default for GnnConfig {
    fn default() -> Self {
        GnnConfig {
            hidden: 32,
            rounds: 2,
            var_features: VAR_FEATURES,
            row_features: ROW_FEATURES,
            breaking_dims: BREAKING_DIMS,
        }
    }
}

/// The network: layer structure plus its parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Gnn {
    /// Sizes.
    pub config: GnnConfig,
    /// All parameters.
    pub store: ParamStore,
    var_embed: Mlp,
    row_embed: Mlp,
    convs: Vec<(HalfConv, HalfConv)>,
    head: Mlp,
}

/// The input of one forward pass.
#[derive(Clone, Debug)]
pub struct GnnInput {
    /// `n × (var_features + breaking_dims)`.
    pub vars: Array2<f64>,
    /// `m × row_features`.
    pub rows: Array2<f64>,
    /// Edges row ← variable.
    pub to_rows: EdgeList,
    /// Edges variable ← row.
    pub to_vars: EdgeList,
}

impl GnnInput {
    /// Joins graph features and breaking features.
    pub fn new(graph: &GraphFeatures, breaking: &Array2<f64>) -> Self {
        GnnInput {
            vars: concatenate![Axis(1), graph.vars.view(), breaking.view()],
            rows: graph.rows.clone(),
            to_rows: graph.to_rows.clone(),
            to_vars: graph.to_vars.clone(),
        }
    }
}

/// What [`Gnn::forward`] keeps for [`Gnn::backward`].
#[derive(Clone, Debug)]
pub struct GnnCache {
    var_embed: MlpCache,
    row_embed: MlpCache,
    convs: Vec<(ConvCache, ConvCache)>,
    head: MlpCache,
}

impl Gnn {
    /// A new network with seeded Glorot initialization. The layer names and
    /// shapes depend only on `config`.
    pub fn new(config: GnnConfig, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut store = ParamStore::new();
        let h = config.hidden;
        let var_embed = Mlp::new(
            &mut store,
            "var_embed",
            config.var_features + config.breaking_dims,
            h,
            h,
            true,
            &mut rng,
        );
        let row_embed = Mlp::new(
            &mut store,
            "row_embed",
            config.row_features,
            h,
            h,
            true,
            &mut rng,
        );
        let convs = (0..config.rounds)
            .map(|k| {
                (
                    HalfConv::new(&mut store, &format!("conv{k}.rows"), h, &mut rng),
                    HalfConv::new(&mut store, &format!("conv{k}.vars"), h, &mut rng),
                )
            })
            .collect();
        let head = Mlp::new(&mut store, "head", h, h, 1, false, &mut rng);
        Gnn {
            config,
            store,
            var_embed,
            row_embed,
            convs,
            head,
        }
    }

    /// One logit per variable, and the cache for the backward pass.
    pub fn forward(&self, input: &GnnInput) -> (Array1<f64>, GnnCache) {
        let s = &self.store;
        let (mut hv, var_embed) = self.var_embed.forward(s, &input.vars);
        let (mut hr, row_embed) = self.row_embed.forward(s, &input.rows);
        let mut convs = Vec::with_capacity(self.convs.len());
        for (to_rows, to_vars) in &self.convs {
            let (hr2, c1) = to_rows.forward(s, &hr, &hv, &input.to_rows);
            let (hv2, c2) = to_vars.forward(s, &hv, &hr2, &input.to_vars);
            hr = hr2;
            hv = hv2;
            convs.push((c1, c2));
        }
        let (out, head) = self.head.forward(s, &hv);
        (
            out.column(0).to_owned(),
            GnnCache {
                var_embed,
                row_embed,
                convs,
                head,
            },
        )
    }

    /// Logits only, without the cache of [`forward`](Self::forward) (the
    /// same values, bit for bit).
    pub fn logits(&self, input: &GnnInput) -> Array1<f64> {
        let s = &self.store;
        let mut hv = self.var_embed.infer(s, &input.vars);
        let mut hr = self.row_embed.infer(s, &input.rows);
        for (to_rows, to_vars) in &self.convs {
            hr = to_rows.infer(s, &hr, &hv, &input.to_rows);
            hv = to_vars.infer(s, &hv, &hr, &input.to_vars);
        }
        let out = self.head.infer(s, &hv);
        out.column(0).to_owned()
    }

    /// Gradients of the loss given `∂L/∂logits`.
    pub fn backward(&self, input: &GnnInput, cache: &GnnCache, dlogits: &Array1<f64>) -> Grads {
        let s = &self.store;
        let mut grads = s.zero_grads();
        let dout = dlogits.clone().insert_axis(Axis(1));
        let mut dhv = self.head.backward(s, &cache.head, &dout, &mut grads);
        let mut dhr = Array2::<f64>::zeros((input.rows.nrows(), self.config.hidden));
        for ((to_rows, to_vars), (c1, c2)) in self.convs.iter().zip(&cache.convs).rev() {
            // hv_out = to_vars(hv_in, hr_mid); hr_mid = to_rows(hr_in, hv_in)
            let (dhv_in, dhr_mid) = to_vars.backward(s, c2, &input.to_vars, &dhv, &mut grads);
            let dhr_mid = dhr_mid + &dhr;
            let (dhr_in, dhv_from_rows) =
                to_rows.backward(s, c1, &input.to_rows, &dhr_mid, &mut grads);
            dhv = dhv_in + dhv_from_rows;
            dhr = dhr_in;
        }
        self.var_embed
            .backward(s, &cache.var_embed, &dhv, &mut grads);
        self.row_embed
            .backward(s, &cache.row_embed, &dhr, &mut grads);
        grads
    }
}

#[cfg(test)]
mod tests {
    use crate::symmetry::{SymmetryOptions, detect};

    #[test]
    fn logits_equal_the_forward_pass_bit_for_bit() {
        let model = crate::nn::default_model();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/instances/bpp_20_chen_1.mps");
        let problem = crate::io::read_problem(path)
            .expect("the committed instance parses")
            .problem;
        let symmetry = detect(&problem, &SymmetryOptions::default());
        let lp: Vec<f64> = (0..problem.num_vars())
            .map(|i| (i % 7) as f64 / 6.0)
            .collect();
        let input = crate::nn::input_for(&problem, model.breaking, Some(&symmetry), Some(&lp), 0);
        let fast = model.gnn.logits(&input);
        let (with_cache, _) = model.gnn.forward(&input);
        assert_eq!(fast.len(), problem.num_vars());
        for (a, b) in fast.iter().zip(&with_cache) {
            assert_eq!(a.to_bits(), b.to_bits());
        }
    }
}
