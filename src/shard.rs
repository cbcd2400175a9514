//! Shards: one task's part of an instance list, so that labelling, batch
//! solving and comparisons run as Slurm array jobs or Kubernetes Indexed
//! Jobs, and the files a shard writes, merged back into one result.
//!
//! **The rule.** Shard `K/N` (1-based: `1/3`, `2/3`, `3/3`, as in
//! `sbatch --array=1-3`) takes the instances at positions `K-1`, `K-1+N`,
//! `K-1+2N`, ... of the instance list (every N-th file). The shards of one
//! `N` are disjoint and their union is the whole list; every shard gets
//! `⌊len/N⌋` or `⌈len/N⌉` instances, and neighbours in the sorted list
//! (often the same family and size) land in different shards.
//!
//! **Where the shard comes from** ([`Shard::resolve`]), first match wins:
//! 1. an explicit `--shard K/N`;
//! 2. Slurm: `SLURM_ARRAY_TASK_ID` and `SLURM_ARRAY_TASK_COUNT`, the id
//!    normalised by `SLURM_ARRAY_TASK_MIN` (and `SLURM_ARRAY_TASK_STEP`), so
//!    `--array=0-2`, `--array=1-3` and `--array=10-30:10` all give shards
//!    1/3 to 3/3; a list such as `--array=1,5,7` is refused (its ids are not
//!    a range, `SLURM_ARRAY_TASK_MAX` tells);
//! 3. Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (0-based) and
//!    `SYMBREAK_SHARD_COUNT` (set it to the Job's `completions`);
//! 4. none: the whole list.
//!
//! A task id without its count is an error, not the whole list: N tasks
//! each doing everything is the mistake to catch.
//!
//! **Shard files** ([`ShardFile`], in `shard/file.rs`) carry the shard, the settings, the whole
//! instance list and this shard's results; they are written to a temporary
//! file in the same folder and renamed ([`write_atomic`]), so a task killed
//! mid-write leaves either no file or the previous one, never a half one.
//! [`merge`] reads them back and refuses, naming the file or instance, a
//! truncated or invalid file, different settings or instance lists, an
//! instance in two files, and an instance in none.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

mod file;

pub use file::{Merged, Named, ShardFile, merge, shard_files, write_atomic};

/// The `format` field of every shard file.
pub const FORMAT: &str = "symbreak-shard";
/// The version of the shard file layout.
pub const VERSION: u32 = 1;

/// Slurm's array task id.
pub const SLURM_TASK_ID: &str = "SLURM_ARRAY_TASK_ID";
/// Slurm's number of array tasks.
pub const SLURM_TASK_COUNT: &str = "SLURM_ARRAY_TASK_COUNT";
/// Slurm's lowest array task id.
pub const SLURM_TASK_MIN: &str = "SLURM_ARRAY_TASK_MIN";
/// Slurm's highest array task id.
pub const SLURM_TASK_MAX: &str = "SLURM_ARRAY_TASK_MAX";
/// Slurm's array step (`--array=0-20:5`).
pub const SLURM_TASK_STEP: &str = "SLURM_ARRAY_TASK_STEP";
/// The 0-based index of a Kubernetes Indexed Job's pod.
pub const K8S_INDEX: &str = "JOB_COMPLETION_INDEX";
/// The number of shards beside [`K8S_INDEX`] (Kubernetes does not export
/// the Job's `completions`).
pub const SHARD_COUNT: &str = "SYMBREAK_SHARD_COUNT";

/// Why a shard cannot be chosen, or shard files cannot be written or merged.
#[derive(Debug, Error)]
pub enum ShardError {
    /// `--shard` or the environment names no valid shard.
    #[error("{0}")]
    Spec(String),
    /// A file or folder could not be read or written.
    #[error("{file}: {source}")]
    Io {
        /// The file or folder.
        file: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A shard file ends early: a task killed while writing it (without
    /// [`write_atomic`]), or a copy cut short.
    #[error("{file}: truncated shard file (ends at byte {bytes}); rerun its shard")]
    Truncated {
        /// The file.
        file: String,
        /// Its length.
        bytes: usize,
    },
    /// A shard file that is not one (bad JSON, another format or kind).
    #[error("{file}: not a valid {kind} shard file: {message}")]
    Invalid {
        /// The file.
        file: String,
        /// The kind expected (`compare`, `labels`).
        kind: String,
        /// What is wrong.
        message: String,
    },
    /// Two shard files of different runs.
    #[error("{file}: {what} differs from {first}; shards of different runs cannot be merged")]
    Mismatch {
        /// The file that differs.
        file: String,
        /// The first file read.
        first: String,
        /// What differs.
        what: String,
    },
    /// An instance in two shard files.
    #[error("instance '{instance}' is in two shard files: {first} and {second}")]
    Duplicate {
        /// The instance.
        instance: String,
        /// The file read first.
        first: String,
        /// The other.
        second: String,
    },
    /// Instances no shard file holds.
    #[error(
        "instance '{first}' is missing{more}: no shard file holds it (shard {shard} writes it, in {file})"
    )]
    Missing {
        /// The first missing instance.
        first: String,
        /// ` (and N more: a, b, ...)` or empty.
        more: String,
        /// The shard that should hold `first`.
        shard: Shard,
        /// The file that shard writes.
        file: String,
    },
    /// No shard file where the merge looked.
    #[error("{0}: no {1} shard files ({1}-shard-K-of-N.json) found")]
    NoFiles(String, String),
}

/// One task's part of an instance list: shard `index` of `count`, 1-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Shard {
    index: u32,
    count: u32,
}

impl Shard {
    /// Shard `index` of `count` (1-based).
    ///
    /// # Errors
    /// [`ShardError::Spec`] unless `1 <= index <= count`.
    pub fn new(index: u32, count: u32) -> Result<Shard, ShardError> {
        if count == 0 {
            return Err(ShardError::Spec(
                "shard count must be at least 1, found 0".into(),
            ));
        }
        if index == 0 || index > count {
            return Err(ShardError::Spec(format!(
                "shard {index}/{count} does not exist: shards are numbered 1 to {count} \
                 (for a 0-based index k give k+1)"
            )));
        }
        Ok(Shard { index, count })
    }

    /// The single shard of everything, `1/1`.
    pub fn whole() -> Shard {
        Shard { index: 1, count: 1 }
    }

    /// `K`, from 1.
    pub fn index(self) -> u32 {
        self.index
    }

    /// `N`.
    pub fn count(self) -> u32 {
        self.count
    }

    /// Whether the instance at `position` (0-based) of the list is this
    /// shard's.
    pub fn contains(self, position: usize) -> bool {
        position % self.count as usize == (self.index - 1) as usize
    }

    /// The shard of `count` that holds `position`.
    pub fn of_position(position: usize, count: u32) -> Shard {
        Shard {
            index: (position % count as usize) as u32 + 1,
            count,
        }
    }

    /// This shard's items of `items`, in order.
    pub fn select<T: Clone>(self, items: &[T]) -> Vec<T> {
        items
            .iter()
            .enumerate()
            .filter(|(i, _)| self.contains(*i))
            .map(|(_, x)| x.clone())
            .collect()
    }

    /// The file name of this shard's file of `kind`:
    /// `{kind}-shard-K-of-N.json`.
    pub fn file_name(self, kind: &str) -> String {
        format!("{kind}-shard-{}-of-{}.json", self.index, self.count)
    }

    /// The shard to run: `flag` when given, else the one the environment
    /// names (read through `env`, e.g. `|k| std::env::var(k).ok()`), else
    /// `None` (everything). See the module doc for the variables and their
    /// order.
    ///
    /// # Errors
    /// [`ShardError::Spec`] for a variable that is not a number, a task id
    /// without a count, or ids that are not a range.
    pub fn resolve(
        flag: Option<Shard>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<(Shard, ShardOrigin)>, ShardError> {
        if let Some(s) = flag {
            return Ok(Some((s, ShardOrigin::Flag)));
        }
        if let Some(id) = env(SLURM_TASK_ID) {
            return slurm_shard(&id, &env).map(|s| Some((s, ShardOrigin::Slurm)));
        }
        if let Some(index) = env(K8S_INDEX) {
            let index = number(K8S_INDEX, &index)?;
            let Some(count) = env(SHARD_COUNT) else {
                return Err(ShardError::Spec(format!(
                    "{K8S_INDEX}={index} is set but {SHARD_COUNT} is not: set it to the Job's \
                     completions, or give --shard K/N"
                )));
            };
            let count = number(SHARD_COUNT, &count)?;
            let s = Shard::new(index.saturating_add(1), count).map_err(|e| {
                ShardError::Spec(format!("{K8S_INDEX}={index}, {SHARD_COUNT}={count}: {e}"))
            })?;
            return Ok(Some((s, ShardOrigin::Kubernetes)));
        }
        Ok(None)
    }
}

/// Where a shard came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShardOrigin {
    /// `--shard K/N`.
    Flag,
    /// `SLURM_ARRAY_TASK_ID` / `SLURM_ARRAY_TASK_COUNT`.
    Slurm,
    /// `JOB_COMPLETION_INDEX` / `SYMBREAK_SHARD_COUNT`.
    Kubernetes,
}

impl fmt::Display for ShardOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShardOrigin::Flag => "--shard",
            ShardOrigin::Slurm => "the Slurm array task",
            ShardOrigin::Kubernetes => "the Kubernetes completion index",
        })
    }
}

fn number(var: &str, value: &str) -> Result<u32, ShardError> {
    value.trim().parse::<u32>().map_err(|_| {
        ShardError::Spec(format!(
            "{var}={value:?} is not a non-negative whole number"
        ))
    })
}

/// The shard of a Slurm array task with id `id`.
fn slurm_shard(id: &str, env: &impl Fn(&str) -> Option<String>) -> Result<Shard, ShardError> {
    let id = number(SLURM_TASK_ID, id)?;
    let Some(count) = env(SLURM_TASK_COUNT) else {
        return Err(ShardError::Spec(format!(
            "{SLURM_TASK_ID}={id} is set but {SLURM_TASK_COUNT} is not; give --shard K/N"
        )));
    };
    let count = number(SLURM_TASK_COUNT, &count)?;
    let min = env(SLURM_TASK_MIN)
        .map(|v| number(SLURM_TASK_MIN, &v))
        .transpose()?
        .unwrap_or(0);
    let step = env(SLURM_TASK_STEP)
        .map(|v| number(SLURM_TASK_STEP, &v))
        .transpose()?
        .unwrap_or(1)
        .max(1);
    let not_a_range = || {
        ShardError::Spec(format!(
            "Slurm array ids are not a range {min}, {min}+{step}, ... of {count} tasks \
             (task id {id}): submit with --array=A-B[:S], or give --shard K/N"
        ))
    };
    if let Some(max) = env(SLURM_TASK_MAX) {
        let max = number(SLURM_TASK_MAX, &max)?;
        if max < min || (max - min) % step != 0 || (max - min) / step + 1 != count {
            return Err(not_a_range());
        }
    }
    if id < min || (id - min) % step != 0 {
        return Err(not_a_range());
    }
    Shard::new((id - min) / step + 1, count).map_err(|_| not_a_range())
}

impl FromStr for Shard {
    type Err = ShardError;

    /// `K/N`, 1-based: `1/3`, `2/3`, `3/3`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            ShardError::Spec(format!(
                "'{s}' is not a shard: expected K/N with 1 <= K <= N, e.g. 2/3"
            ))
        };
        let (k, n) = s.trim().split_once('/').ok_or_else(bad)?;
        let k: u32 = k.trim().parse().map_err(|_| bad())?;
        let n: u32 = n.trim().parse().map_err(|_| bad())?;
        Shard::new(k, n)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn shards_of_every_count_are_disjoint_and_cover_the_list() {
        for len in 0..12 {
            let items: Vec<usize> = (0..len).collect();
            for n in 1..6 {
                let mut seen = Vec::new();
                for k in 1..=n {
                    let part = Shard::new(k, n).unwrap().select(&items);
                    assert!(part.len() >= len / n as usize);
                    assert!(part.len() <= len.div_ceil(n as usize));
                    seen.extend(part);
                }
                seen.sort();
                assert_eq!(seen, items, "len {len}, {n} shards");
            }
        }
        assert_eq!(Shard::new(2, 3).unwrap().select(&[0, 1, 2, 3, 4]), [1, 4]);
    }

    #[test]
    fn shard_specs_are_one_based_and_checked() {
        assert_eq!("2/3".parse::<Shard>().unwrap(), Shard::new(2, 3).unwrap());
        assert_eq!(" 3 / 3 ".parse::<Shard>().unwrap().to_string(), "3/3");
        for bad in ["0/3", "4/3", "1/0", "3", "a/b", "-1/3", "1/3/4", ""] {
            let e = bad.parse::<Shard>().unwrap_err().to_string();
            assert!(!e.is_empty(), "{bad}");
        }
        assert!(
            "0/3"
                .parse::<Shard>()
                .unwrap_err()
                .to_string()
                .contains("numbered 1 to 3")
        );
    }

    #[test]
    fn the_flag_wins_over_slurm_and_slurm_over_kubernetes() {
        let both = env(&[
            (SLURM_TASK_ID, "2"),
            (SLURM_TASK_COUNT, "3"),
            (SLURM_TASK_MIN, "1"),
            (K8S_INDEX, "0"),
            (SHARD_COUNT, "5"),
        ]);
        let flag = Shard::new(1, 2).unwrap();
        assert_eq!(
            Shard::resolve(Some(flag), &both).unwrap(),
            Some((flag, ShardOrigin::Flag))
        );
        assert_eq!(
            Shard::resolve(None, &both).unwrap(),
            Some((Shard::new(2, 3).unwrap(), ShardOrigin::Slurm))
        );
        let k8s = env(&[(K8S_INDEX, "4"), (SHARD_COUNT, "5")]);
        assert_eq!(
            Shard::resolve(None, k8s).unwrap(),
            Some((Shard::new(5, 5).unwrap(), ShardOrigin::Kubernetes))
        );
        assert_eq!(Shard::resolve(None, env(&[])).unwrap(), None);
    }

    #[test]
    fn slurm_ids_are_normalised_by_the_array_minimum_and_step() {
        let shard = |vars: &[(&str, &str)]| Shard::resolve(None, env(vars)).map(|s| s.unwrap().0);
        let zero_based = [
            (SLURM_TASK_COUNT, "3"),
            (SLURM_TASK_MIN, "0"),
            (SLURM_TASK_MAX, "2"),
        ];
        for (id, k) in [("0", 1), ("1", 2), ("2", 3)] {
            let mut v = zero_based.to_vec();
            v.push((SLURM_TASK_ID, id));
            assert_eq!(shard(&v).unwrap(), Shard::new(k, 3).unwrap());
        }
        let stepped = [
            (SLURM_TASK_ID, "30"),
            (SLURM_TASK_COUNT, "3"),
            (SLURM_TASK_MIN, "10"),
            (SLURM_TASK_MAX, "30"),
            (SLURM_TASK_STEP, "10"),
        ];
        assert_eq!(shard(&stepped).unwrap(), Shard::new(3, 3).unwrap());
        // --array=1,5,7: three tasks, ids not a range.
        let list = [
            (SLURM_TASK_ID, "7"),
            (SLURM_TASK_COUNT, "3"),
            (SLURM_TASK_MIN, "1"),
            (SLURM_TASK_MAX, "7"),
            (SLURM_TASK_STEP, "1"),
        ];
        assert!(
            shard(&list)
                .unwrap_err()
                .to_string()
                .contains("--array=A-B")
        );
        // Without the minimum, ids count from 0; 3 of 3 tasks is then
        // out of range rather than silently wrapped.
        assert!(shard(&[(SLURM_TASK_ID, "3"), (SLURM_TASK_COUNT, "3")]).is_err());
    }

    #[test]
    fn a_task_id_without_a_count_or_a_number_is_an_error() {
        for vars in [
            vec![(SLURM_TASK_ID, "1")],
            vec![(K8S_INDEX, "1")],
            vec![(SLURM_TASK_ID, "x"), (SLURM_TASK_COUNT, "3")],
            vec![(K8S_INDEX, "3"), (SHARD_COUNT, "3")],
        ] {
            assert!(Shard::resolve(None, env(&vars)).is_err(), "{vars:?}");
        }
    }
}
