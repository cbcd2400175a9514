//! The relaxed-equivariant graph neural network, on `ndarray` with explicit
//! forward and backward passes.
//!
//! - `features`: per-instance normalized features of the
//!   variable–constraint graph (and the LP relaxation value);
//! - [`breaking`]: the six symmetry-breaking variants, one file each;
//! - layers (`linear`, `mlp`, `conv`) and the network ([`Gnn`]),
//!   each with `forward` and `backward`, checked against finite differences;
//! - `loss`: cross-entropy against the closest symmetric image of the
//!   label (`hungarian` matching of orbitope columns);
//! - [`train`] (Adam, validation, the best epoch) and [`eval`] (Top-m%
//!   error);
//! - model files with provenance ([`TrainedModel`]).
//!
//! [`predict`] runs the whole inference path for one instance. The
//! features, the layers and the loss are internals: public but hidden from
//! these docs, for the gradient checks in `tests/` and the CLI.

pub(crate) mod adam;
pub mod breaking;
#[doc(hidden)]
pub mod conv;
pub(crate) mod encoding;
pub mod eval;
#[doc(hidden)]
pub mod features;
pub(crate) mod hungarian;
#[doc(hidden)]
pub mod linear;
#[doc(hidden)]
pub mod loss;
#[doc(hidden)]
pub mod mlp;
pub(crate) mod model;
#[doc(hidden)]
pub mod params;
pub mod train;
pub(crate) mod weights;

use std::sync::OnceLock;

use ndarray::Array1;

pub use breaking::{Breaking, BreakingContext};
pub use model::{Gnn, GnnConfig, GnnInput};
pub use weights::{ModelFileError, Provenance, TrainedModel};

use crate::model::Problem;
use crate::symmetry::Symmetry;

/// The network input for `problem` under `breaking`.
pub fn input_for(
    problem: &Problem,
    breaking: Breaking,
    symmetry: Option<&Symmetry>,
    lp: Option<&[f64]>,
    seed: u64,
) -> GnnInput {
    let graph = features::graph_features(problem, lp);
    let ctx = BreakingContext {
        problem,
        symmetry,
        seed,
    };
    GnnInput::new(&graph, &breaking.features(&ctx))
}

/// Per-variable probabilities `σ(logit)` of `model` on `problem`.
pub fn predict(
    model: &TrainedModel,
    problem: &Problem,
    symmetry: Option<&Symmetry>,
    lp: Option<&[f64]>,
    seed: u64,
) -> Vec<f64> {
    let input = input_for(problem, model.breaking, symmetry, lp, seed);
    let logits: Array1<f64> = model.gnn.logits(&input);
    logits.iter().map(|&z| loss::sigmoid(z)).collect()
}

/// The model compiled into the binary (`models/default.json`), used when no
/// model file is given. docs/learning.md says how it was trained and how
/// to reproduce it. The JSON is parsed once per process; later calls clone
/// the parsed model.
pub fn default_model() -> TrainedModel {
    const EMBEDDED: &str = include_str!("../../models/default.json");
    static PARSED: OnceLock<TrainedModel> = OnceLock::new();
    PARSED
        .get_or_init(
            || match TrainedModel::from_json(EMBEDDED, "models/default.json") {
                Ok(m) => m,
                // The file is checked by a test in every build; a broken embedded
                // model is a build defect, not an input error.
                Err(e) => panic!("embedded default model is invalid: {e}"),
            },
        )
        .clone()
}
