//! Saving and loading trained models as JSON.
//!
//! A model file holds the format tag and version, the network sizes, the
//! symmetry-breaking variant, the training provenance and every parameter
//! matrix by name and shape. Loading rebuilds the layer structure from the
//! sizes and checks that every stored matrix exists with the right shape,
//! that the feature counts match this build's features, and that no value is
//! NaN or infinite; anything else is a [`ModelFileError`].

use std::collections::BTreeMap;
use std::path::Path;

use ndarray::Array2;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::breaking::{BREAKING_DIMS, Breaking};
use super::features::{ROW_FEATURES, VAR_FEATURES};
use super::model::{Gnn, GnnConfig};

/// The `format` tag of model files.
pub const FORMAT: &str = "symbreak-gnn";
/// The current model file version.
pub const VERSION: u32 = 1;

/// Why a model file could not be used.
#[derive(Debug, Error)]
pub enum ModelFileError {
    /// The file could not be read or written.
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Not valid JSON, or not the expected object.
    #[error("{file}:{line}: not a symbreak model file: {message}")]
    Json {
        /// The file.
        file: String,
        /// The line of the error.
        line: usize,
        /// serde's message.
        message: String,
    },
    /// Valid JSON but not a usable model.
    #[error("{file}: {message}")]
    Mismatch {
        /// The file.
        file: String,
        /// What does not fit.
        message: String,
    },
}

/// How a model was trained.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The command line that trained it.
    #[serde(default)]
    pub command: String,
    /// Instance families and their parameters.
    #[serde(default)]
    pub families: Vec<String>,
    /// Seeds of the generated instances (first, count).
    #[serde(default)]
    pub seeds: Vec<u64>,
    /// Training and validation instance counts.
    #[serde(default)]
    pub train_instances: usize,
    /// Validation instances.
    #[serde(default)]
    pub val_instances: usize,
    /// The solver that labelled the instances.
    #[serde(default)]
    pub label_backend: String,
    /// Its time limit per instance, seconds.
    #[serde(default)]
    pub label_time_limit_s: f64,
    /// Epochs run; the best one kept.
    #[serde(default)]
    pub epochs: usize,
    /// The epoch whose weights are stored.
    #[serde(default)]
    pub best_epoch: usize,
    /// Final metrics (validation loss, Top-m% errors, ...).
    #[serde(default)]
    pub metrics: BTreeMap<String, f64>,
    /// Training wall time, seconds.
    #[serde(default)]
    pub train_time_s: f64,
}

#[derive(Serialize, Deserialize)]
struct SavedParam {
    name: String,
    shape: [usize; 2],
    data: Vec<f64>,
}

#[derive(Serialize, Deserialize)]
struct SavedModel {
    format: String,
    version: u32,
    breaking: String,
    config: GnnConfig,
    provenance: Provenance,
    params: Vec<SavedParam>,
}

/// A network with its symmetry-breaking variant and provenance.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainedModel {
    /// The network.
    pub gnn: Gnn,
    /// The symmetry-breaking features it was trained with.
    pub breaking: Breaking,
    /// How it was trained.
    pub provenance: Provenance,
}

impl TrainedModel {
    /// The model as JSON.
    pub fn to_json(&self) -> String {
        let saved = SavedModel {
            format: FORMAT.to_string(),
            version: VERSION,
            breaking: self.breaking.name().to_string(),
            config: self.gnn.config,
            provenance: self.provenance.clone(),
            params: self
                .gnn
                .store
                .tensors
                .iter()
                .map(|(name, m)| SavedParam {
                    name: name.clone(),
                    shape: [m.nrows(), m.ncols()],
                    data: m.iter().copied().collect(),
                })
                .collect(),
        };
        // Finite floats and plain structs: serialization cannot fail.
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Parses a model; `file` labels errors.
    ///
    /// # Errors
    /// Invalid JSON, another format or version, an unknown breaking variant,
    /// feature counts that differ from this build, missing or misshapen
    /// parameters, non-finite values.
    pub fn from_json(text: &str, file: &str) -> Result<Self, ModelFileError> {
        let saved: SavedModel = serde_json::from_str(text).map_err(|e| ModelFileError::Json {
            file: file.to_string(),
            line: e.line(),
            message: e.to_string(),
        })?;
        let mismatch = |message: String| ModelFileError::Mismatch {
            file: file.to_string(),
            message,
        };
        if saved.format != FORMAT {
            return Err(mismatch(format!(
                "format is '{}', expected '{FORMAT}'",
                saved.format
            )));
        }
        if saved.version != VERSION {
            return Err(mismatch(format!(
                "version {} is not supported (this build reads version {VERSION})",
                saved.version
            )));
        }
        let breaking: Breaking = saved.breaking.parse().map_err(mismatch)?;
        let c = saved.config;
        for (what, got, want) in [
            ("variable feature", c.var_features, VAR_FEATURES),
            ("row feature", c.row_features, ROW_FEATURES),
            ("breaking feature", c.breaking_dims, BREAKING_DIMS),
        ] {
            if got != want {
                return Err(mismatch(format!(
                    "the model expects {got} {what}s, this build computes {want}"
                )));
            }
        }
        if c.hidden == 0 || c.hidden > 4096 || c.rounds > 64 {
            return Err(mismatch(format!(
                "implausible sizes: hidden {}, rounds {}",
                c.hidden, c.rounds
            )));
        }
        let mut gnn = Gnn::new(c, 0);
        if saved.params.len() != gnn.store.tensors.len() {
            return Err(mismatch(format!(
                "{} parameter matrices, expected {}",
                saved.params.len(),
                gnn.store.tensors.len()
            )));
        }
        for ((name, m), p) in gnn.store.tensors.iter_mut().zip(saved.params) {
            if p.name != *name || p.shape != [m.nrows(), m.ncols()] || p.data.len() != m.len() {
                return Err(mismatch(format!(
                    "parameter '{}' {:?} does not fit '{name}' [{}, {}]",
                    p.name,
                    p.shape,
                    m.nrows(),
                    m.ncols()
                )));
            }
            if p.data.iter().any(|x| !x.is_finite()) {
                return Err(mismatch(format!(
                    "parameter '{name}' holds a non-finite value"
                )));
            }
            *m = Array2::from_shape_vec((p.shape[0], p.shape[1]), p.data)
                .map_err(|e| mismatch(e.to_string()))?;
        }
        Ok(TrainedModel {
            gnn,
            breaking,
            provenance: saved.provenance,
        })
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// As [`from_json`](Self::from_json), or I/O.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, ModelFileError> {
        let path = path.as_ref();
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ModelFileError::Io {
            file: file.clone(),
            source,
        })?;
        Self::from_json(&text, &file)
    }

    /// Writes the model file.
    ///
    /// # Errors
    /// I/O.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), ModelFileError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_json()).map_err(|source| ModelFileError::Io {
            file: path.display().to_string(),
            source,
        })
    }
}
