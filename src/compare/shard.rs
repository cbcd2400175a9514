//! A comparison in shards: each task runs every method on its shard of the
//! instances and writes `compare-shard-K-of-N.json` (the shard rule, the
//! atomic write and the checks of the merge are [`crate::shard`]);
//! [`merge`] reads the files back into one [`Comparison`], which the same
//! [`table`](super::table), [`json`](super::json) and [`plot`](super::plot)
//! code prints as a single-machine run over the same instances.
//!
//! The settings every shard of one run must share ([`CompareShardSettings`]):
//! the time limit, the methods in order, the model (by a hash of its file,
//! so the same model at another path on another node still matches) and the
//! symbreak version. A shard file holds the runs as measured (status,
//! objective, bound, times, trajectory); the metrics that depend on other
//! instances or methods (best known, gaps, the summary) are computed after
//! the merge, never stored.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Comparison, InstanceResult, Method};
use crate::shard::{self, Named, Shard, ShardError, ShardFile};

/// The `kind` of a comparison's shard files.
pub const KIND: &str = "compare";

/// What every shard of one comparison shares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareShardSettings {
    /// The time limit of every run, seconds.
    pub time_limit_s: f64,
    /// The methods, in the order they ran.
    pub methods: Vec<Method>,
    /// The classical backend of `plain`, `plain-sym` and `learned`.
    pub backend: String,
    /// The learned method's model: `default` (the embedded one) or
    /// `fnv1a64:<hex>` of the model file's bytes ([`model_id`]).
    pub model: String,
    /// The symbreak version that ran the shard.
    pub symbreak_version: String,
}

impl CompareShardSettings {
    /// The settings of a comparison run on `backend` with `model_file` (its
    /// bytes; `None` for the embedded default model).
    pub fn new(
        time_limit_s: f64,
        methods: Vec<Method>,
        backend: &str,
        model_file: Option<&[u8]>,
    ) -> Self {
        CompareShardSettings {
            time_limit_s,
            methods,
            backend: backend.to_string(),
            model: model_id(model_file),
            symbreak_version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// `default`, or the 64-bit FNV-1a hash of a model file's bytes as
/// `fnv1a64:<16 hex digits>` (an identity check between shards, not a
/// security measure).
pub fn model_id(model_file: Option<&[u8]>) -> String {
    let Some(bytes) = model_file else {
        return "default".into();
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}

impl Named for InstanceResult {
    fn name(&self) -> &str {
        &self.name
    }
}

/// A comparison's shard file.
pub type CompareShard = ShardFile<CompareShardSettings, InstanceResult>;

/// Writes the results of `shard` — `comparison` holds exactly the shard's
/// part of `all_instances`, in order — into `dir` as
/// `compare-shard-K-of-N.json`; returns the path.
///
/// # Errors
/// [`ShardError::Io`] when it cannot be written.
pub fn write(
    dir: &Path,
    shard: Shard,
    settings: CompareShardSettings,
    all_instances: Vec<String>,
    comparison: &Comparison,
) -> Result<PathBuf, ShardError> {
    CompareShard::new(
        KIND,
        shard,
        settings,
        all_instances,
        comparison.instances.clone(),
    )
    .write(dir)
}

/// The comparison of the shard files under `paths` (folders or files), its
/// instances in the order of the full instance list, and the shared
/// settings.
///
/// # Errors
/// See [`shard::merge`]: unreadable, truncated or invalid files, mismatched
/// settings or instance lists, duplicated or missing instances.
pub fn merge(paths: &[PathBuf]) -> Result<(Comparison, CompareShardSettings), ShardError> {
    let merged = shard::merge::<CompareShardSettings, InstanceResult>(paths, KIND)?;
    let settings = merged.settings;
    for inst in &merged.results {
        let methods: Vec<Method> = inst.runs.iter().map(|r| r.method).collect();
        if methods != settings.methods {
            return Err(ShardError::Invalid {
                file: merged
                    .files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                kind: KIND.into(),
                message: format!(
                    "instance '{}' has runs of {methods:?}, the settings say {:?}",
                    inst.name, settings.methods
                ),
            });
        }
    }
    Ok((
        Comparison {
            time_limit_s: settings.time_limit_s,
            methods: settings.methods.clone(),
            instances: merged.results,
        },
        settings,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Run;
    use crate::model::Sense;
    use crate::solve::Status;

    fn instance(name: &str, objective: f64) -> InstanceResult {
        InstanceResult {
            name: name.into(),
            sense: Sense::Minimize,
            runs: vec![Run {
                method: Method::Plain,
                status: Status::Optimal,
                objective: Some(objective),
                bound: Some(objective),
                time_to_best_s: Some(0.1 + objective / 7.0),
                time_s: 0.25,
                trajectory: vec![(0.1 + objective / 7.0, objective)],
            }],
        }
    }

    #[test]
    fn shards_merge_back_into_the_single_comparison_bit_for_bit() {
        let names: Vec<String> = ["p", "q", "r", "s"].map(String::from).to_vec();
        let whole = Comparison {
            time_limit_s: 3.0,
            methods: vec![Method::Plain],
            instances: names
                .iter()
                .enumerate()
                .map(|(i, n)| instance(n, i as f64 + 1.0 / 3.0))
                .collect(),
        };
        let dir = tempfile::tempdir().unwrap();
        for k in 1..=3 {
            let s = Shard::new(k, 3).unwrap();
            let part = Comparison {
                instances: s.select(&whole.instances),
                ..whole.clone()
            };
            let settings = CompareShardSettings::new(3.0, vec![Method::Plain], "bnb", None);
            write(dir.path(), s, settings, names.clone(), &part).unwrap();
        }
        let (merged, settings) = merge(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(merged, whole);
        assert_eq!(settings.model, "default");
    }

    #[test]
    fn model_ids_tell_files_apart() {
        assert_eq!(model_id(None), "default");
        assert_ne!(model_id(Some(b"a")), model_id(Some(b"b")));
        assert_eq!(model_id(Some(b"")), "fnv1a64:cbf29ce484222325");
    }
}
