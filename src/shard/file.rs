//! Shard files: what one shard task writes (the shard, the run's
//! settings, the whole instance list, this shard's results), written
//! atomically, and their merge back into one result with every check
//! (truncated or invalid files, other settings or lists, an instance in
//! two files or in none). See [`super`] for the shard rule.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{FORMAT, Shard, ShardError, VERSION};

/// A result in a shard file, keyed by its instance's name.
pub trait Named {
    /// The instance's name.
    fn name(&self) -> &str;
}

/// What one shard task writes: the shard, the run's settings `S` (equal in
/// every shard of a run), the whole instance list, and this shard's results
/// `R` (one per instance of the shard, in list order).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShardFile<S, R> {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// What the results are: `compare`, `labels`.
    pub kind: String,
    /// Which shard.
    pub shard: Shard,
    /// The settings of the run.
    pub settings: S,
    /// Every instance of the run (all shards), in list order.
    pub instances: Vec<String>,
    /// This shard's results.
    pub results: Vec<R>,
}

impl<S: Serialize + DeserializeOwned + PartialEq, R: Serialize + DeserializeOwned + Named>
    ShardFile<S, R>
{
    /// A shard file of `kind`.
    pub fn new(
        kind: &str,
        shard: Shard,
        settings: S,
        instances: Vec<String>,
        results: Vec<R>,
    ) -> Self {
        ShardFile {
            format: FORMAT.into(),
            version: VERSION,
            kind: kind.into(),
            shard,
            settings,
            instances,
            results,
        }
    }

    /// Writes the file as `dir/{kind}-shard-K-of-N.json` ([`write_atomic`]),
    /// creating `dir`; returns the path.
    ///
    /// # Errors
    /// [`ShardError::Io`] when the folder or file cannot be written.
    pub fn write(&self, dir: &Path) -> Result<PathBuf, ShardError> {
        std::fs::create_dir_all(dir).map_err(|source| ShardError::Io {
            file: dir.display().to_string(),
            source,
        })?;
        let path = dir.join(self.shard.file_name(&self.kind));
        let text = serde_json::to_string_pretty(self).map_err(|e| ShardError::Io {
            file: path.display().to_string(),
            source: std::io::Error::other(e),
        })?;
        write_atomic(&path, format!("{text}\n").as_bytes())?;
        Ok(path)
    }

    /// Reads a shard file of `kind`.
    ///
    /// # Errors
    /// [`ShardError::Truncated`] when the JSON ends early,
    /// [`ShardError::Invalid`] for anything else that is not such a file
    /// (bad JSON, another format, version or kind, results that are not
    /// the shard's part of the list), [`ShardError::Io`] when unreadable.
    pub fn read(path: &Path, kind: &str) -> Result<Self, ShardError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| ShardError::Io {
            file: file.clone(),
            source,
        })?;
        let invalid = |message: String| ShardError::Invalid {
            file: file.clone(),
            kind: kind.into(),
            message,
        };
        // The header first, so that a file of another kind or version says
        // so rather than failing on its results.
        #[derive(Deserialize)]
        struct Header {
            format: String,
            version: u32,
            kind: String,
        }
        let header: Header = match serde_json::from_slice(&bytes) {
            Ok(h) => h,
            Err(e) if e.is_eof() => {
                return Err(ShardError::Truncated {
                    file,
                    bytes: bytes.len(),
                });
            }
            Err(e) => return Err(invalid(e.to_string())),
        };
        if header.format != FORMAT || header.version != VERSION || header.kind != kind {
            return Err(invalid(format!(
                "it is format '{}' version {} kind '{}', expected '{FORMAT}' version {VERSION} kind '{kind}'",
                header.format, header.version, header.kind
            )));
        }
        let parsed: ShardFile<S, R> =
            serde_json::from_slice(&bytes).map_err(|e| invalid(e.to_string()))?;
        parsed.check_results().map_err(invalid)?;
        Ok(parsed)
    }

    /// The results are exactly this shard's part of the instance list, in
    /// order.
    fn check_results(&self) -> Result<(), String> {
        let expected = self.shard.select(&self.instances);
        let found: Vec<&str> = self.results.iter().map(Named::name).collect();
        if found != expected {
            return Err(format!(
                "shard {} of {} instances should hold {} results ({}), it holds {} ({})",
                self.shard,
                self.instances.len(),
                expected.len(),
                preview(expected.iter().map(String::as_str)),
                found.len(),
                preview(found.iter().copied())
            ));
        }
        Ok(())
    }
}

/// The first four names, then `...` when there are more.
fn preview<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    let mut s = names.iter().take(4).copied().collect::<Vec<_>>().join(", ");
    if names.len() > 4 {
        s.push_str(", ...");
    }
    s
}

/// The shard files merged: the settings, the instance list and one result
/// per instance in list order.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<S, R> {
    /// The settings every shard shares.
    pub settings: S,
    /// One result per instance, in list order.
    pub results: Vec<R>,
    /// The shard file of each result (paths in a result, such as a label
    /// file, are relative to its folder).
    pub origins: Vec<PathBuf>,
    /// The files read, in the order read.
    pub files: Vec<PathBuf>,
}

/// The shard files of `kind` under `paths`: a folder gives its
/// `{kind}-shard-*.json` files (temporary files of an unfinished write,
/// which start with a dot, are not among them); a file is taken as it is.
///
/// # Errors
/// [`ShardError::Io`] for a folder that cannot be listed,
/// [`ShardError::NoFiles`] for a folder without shard files.
pub fn shard_files(paths: &[PathBuf], kind: &str) -> Result<Vec<PathBuf>, ShardError> {
    let prefix = format!("{kind}-shard-");
    let mut files = Vec::new();
    for p in paths {
        if !p.is_dir() {
            files.push(p.clone());
            continue;
        }
        let entries = std::fs::read_dir(p).map_err(|source| ShardError::Io {
            file: p.display().to_string(),
            source,
        })?;
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| {
                f.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".json"))
            })
            .collect();
        if here.is_empty() {
            return Err(ShardError::NoFiles(p.display().to_string(), kind.into()));
        }
        here.sort();
        files.extend(here);
    }
    Ok(files)
}

/// Reads and merges the shard files of `kind` under `paths` (see
/// [`shard_files`]).
///
/// # Errors
/// Every way the files fail to be one run: unreadable, truncated or
/// invalid files, different settings or instance lists
/// ([`ShardError::Mismatch`]), an instance in two files
/// ([`ShardError::Duplicate`]), an instance in none
/// ([`ShardError::Missing`]).
pub fn merge<S, R>(paths: &[PathBuf], kind: &str) -> Result<Merged<S, R>, ShardError>
where
    S: Serialize + DeserializeOwned + PartialEq,
    R: Serialize + DeserializeOwned + Named,
{
    let files = shard_files(paths, kind)?;
    let mut first: Option<(ShardFile<S, R>, String)> = None;
    let mut slots: Vec<Option<(R, String)>> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    let mut count = 1;
    for path in &files {
        let shard: ShardFile<S, R> = ShardFile::read(path, kind)?;
        let name = path.display().to_string();
        let Some((head, head_name)) = &first else {
            for (i, inst) in shard.instances.iter().enumerate() {
                if position.insert(inst.clone(), i).is_some() {
                    return Err(ShardError::Invalid {
                        file: name,
                        kind: kind.into(),
                        message: format!("instance '{inst}' is listed twice"),
                    });
                }
            }
            slots = (0..shard.instances.len()).map(|_| None).collect();
            count = shard.shard.count;
            let ShardFile {
                settings,
                instances,
                results,
                ..
            } = shard;
            place(&mut slots, &position, results, &name)?;
            first = Some((
                ShardFile::new(kind, Shard::whole(), settings, instances, Vec::new()),
                name,
            ));
            continue;
        };
        if shard.settings != head.settings {
            return Err(ShardError::Mismatch {
                file: name,
                first: head_name.clone(),
                what: format!(
                    "the settings ({})",
                    differences(&head.settings, &shard.settings)
                ),
            });
        }
        if shard.instances != head.instances {
            let at = shard
                .instances
                .iter()
                .zip(&head.instances)
                .position(|(a, b)| a != b)
                .unwrap_or(shard.instances.len().min(head.instances.len()));
            return Err(ShardError::Mismatch {
                file: name,
                first: head_name.clone(),
                what: format!(
                    "the instance list ({} against {} instances, first difference at position {}: {} against {})",
                    shard.instances.len(),
                    head.instances.len(),
                    at + 1,
                    shard.instances.get(at).map_or("nothing", String::as_str),
                    head.instances.get(at).map_or("nothing", String::as_str)
                ),
            });
        }
        place(&mut slots, &position, shard.results, &name)?;
    }
    let Some((head, _)) = first else {
        return Err(ShardError::NoFiles(
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" "),
            kind.into(),
        ));
    };
    let missing: Vec<usize> = (0..slots.len()).filter(|&i| slots[i].is_none()).collect();
    if let Some(&m) = missing.first() {
        let shard = Shard::of_position(m, count);
        let more = if missing.len() > 1 {
            format!(
                " (and {} more: {})",
                missing.len() - 1,
                preview(missing[1..].iter().map(|&i| head.instances[i].as_str()))
            )
        } else {
            String::new()
        };
        return Err(ShardError::Missing {
            first: head.instances[m].clone(),
            more,
            shard,
            file: shard.file_name(kind),
        });
    }
    let (results, origins) = slots
        .into_iter()
        .flatten()
        .map(|(r, f)| (r, PathBuf::from(f)))
        .unzip();
    Ok(Merged {
        settings: head.settings,
        results,
        origins,
        files,
    })
}

/// Puts each result into its instance's slot; an occupied slot is a
/// duplicate.
fn place<R: Named>(
    slots: &mut [Option<(R, String)>],
    position: &HashMap<String, usize>,
    results: Vec<R>,
    file: &str,
) -> Result<(), ShardError> {
    for r in results {
        // read() checked that every result is in the list.
        let i = position[r.name()];
        if let Some((_, first)) = &slots[i] {
            return Err(ShardError::Duplicate {
                instance: r.name().to_string(),
                first: first.clone(),
                second: file.to_string(),
            });
        }
        slots[i] = Some((r, file.to_string()));
    }
    Ok(())
}

/// The keys whose values differ, `key: a against b`.
fn differences<S: Serialize>(a: &S, b: &S) -> String {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return "they differ".into();
    };
    let diffs: Vec<String> = b
        .iter()
        .filter(|(k, v)| a.get(*k) != Some(v))
        .map(|(k, v)| {
            format!(
                "{k}: {v} against {}",
                a.get(k).unwrap_or(&serde_json::Value::Null)
            )
        })
        .collect();
    if diffs.is_empty() {
        "they differ".into()
    } else {
        diffs.join(", ")
    }
}

/// Writes `bytes` to `path` so that `path` is never seen half-written: into
/// a temporary file `.{name}.tmp-{pid}` in the same folder, flushed to disk,
/// then renamed over `path` (a rename within a file system is atomic).
///
/// # Errors
/// [`ShardError::Io`] naming `path` when a step fails (the temporary file
/// is removed).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShardError> {
    let io = |source| ShardError::Io {
        file: path.display().to_string(),
        source,
    };
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io(std::io::Error::other("not a file name")))?;
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Item {
        name: String,
        value: u32,
    }

    impl Named for Item {
        fn name(&self) -> &str {
            &self.name
        }
    }

    type File = ShardFile<HashMap<String, f64>, Item>;

    fn write_shards(dir: &Path, names: &[&str], n: u32, limit: f64) {
        let list: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        for k in 1..=n {
            let shard = Shard::new(k, n).unwrap();
            let results = shard
                .select(&list)
                .into_iter()
                .map(|name| Item {
                    value: name.len() as u32,
                    name,
                })
                .collect();
            let settings = HashMap::from([("limit".to_string(), limit)]);
            File::new("t", shard, settings, list.clone(), results)
                .write(dir)
                .unwrap();
        }
    }

    fn merge_dirs(dirs: &[&Path]) -> Result<Merged<HashMap<String, f64>, Item>, ShardError> {
        let paths: Vec<PathBuf> = dirs.iter().map(|d| d.to_path_buf()).collect();
        merge(&paths, "t")
    }

    #[test]
    fn merged_shards_give_every_instance_once_in_list_order() {
        let dir = tempfile::tempdir().unwrap();
        write_shards(dir.path(), &["b", "a", "c", "d", "e"], 3, 5.0);
        let merged = merge_dirs(&[dir.path()]).unwrap();
        let names: Vec<&str> = merged.results.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["b", "a", "c", "d", "e"]);
        assert_eq!(merged.files.len(), 3);
    }

    #[test]
    fn merge_names_the_missing_instance_and_its_shard() {
        let dir = tempfile::tempdir().unwrap();
        write_shards(dir.path(), &["a", "b", "c", "d"], 3, 5.0);
        std::fs::remove_file(dir.path().join("t-shard-2-of-3.json")).unwrap();
        let e = merge_dirs(&[dir.path()]).unwrap_err().to_string();
        assert!(e.contains("'b' is missing"), "{e}");
        assert!(e.contains("shard 2/3"), "{e}");
        assert!(e.contains("t-shard-2-of-3.json"), "{e}");
    }

    #[test]
    fn merge_refuses_duplicates_mismatches_and_truncation() {
        let one = tempfile::tempdir().unwrap();
        let two = tempfile::tempdir().unwrap();
        write_shards(one.path(), &["a", "b", "c"], 2, 5.0);
        write_shards(two.path(), &["a", "b", "c"], 2, 5.0);
        let e = merge_dirs(&[one.path(), two.path()]).unwrap_err();
        assert!(
            matches!(&e, ShardError::Duplicate { instance, .. } if instance == "a"),
            "{e}"
        );

        let other = tempfile::tempdir().unwrap();
        write_shards(other.path(), &["a", "b", "c"], 2, 9.0);
        std::fs::remove_file(other.path().join("t-shard-1-of-2.json")).unwrap();
        std::fs::remove_file(one.path().join("t-shard-2-of-2.json")).unwrap();
        let e = merge_dirs(&[one.path(), other.path()])
            .unwrap_err()
            .to_string();
        assert!(e.contains("limit: 9.0 against 5.0"), "{e}");

        let file = two.path().join("t-shard-2-of-2.json");
        let text = std::fs::read(&file).unwrap();
        std::fs::write(&file, &text[..text.len() / 2]).unwrap();
        let e = merge_dirs(&[two.path()]).unwrap_err();
        assert!(
            matches!(&e, ShardError::Truncated { file: f, .. } if f.ends_with("t-shard-2-of-2.json")),
            "{e}"
        );
    }

    #[test]
    fn atomic_writes_leave_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.json");
        write_atomic(&path, b"{}").unwrap();
        write_atomic(&path, b"[1]").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"[1]");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write_atomic(&dir.path().join("no/such/dir/x"), b"").is_err());
    }
}
