//! Instance files on disk: the problem files of a folder, and the solution
//! file that may sit beside one.

use std::path::{Path, PathBuf};

use super::{Format, ReadError};

/// The problem files under `paths`: a folder gives its `.mps`/`.lp` files
/// (optionally `.gz`), sorted by name; a file is taken as it is.
///
/// # Errors
/// A folder that cannot be listed.
pub fn instance_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ReadError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let entries = std::fs::read_dir(p).map_err(|source| ReadError::Io {
                file: p.display().to_string(),
                source,
            })?;
            let mut here: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| Format::of_path(f).is_some())
                .collect();
            here.sort();
            files.extend(here);
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

/// The instance's name: its file name without `.gz`, `.mps` and `.lp`
/// (`a/bpp_1.mps.gz` → `bpp_1`). Results, labels and shard files are keyed
/// by it.
pub fn instance_name(file: &Path) -> String {
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.trim_end_matches(".gz")
        .trim_end_matches(".mps")
        .trim_end_matches(".lp")
        .to_string()
}

/// The `.sol` file beside an instance file (`a.mps.gz` → `a.sol`).
pub fn beside_solution(file: &Path) -> PathBuf {
    file.with_file_name(format!("{}.sol", instance_name(file)))
}

/// The names of `files` ([`instance_name`]), checked to be distinct, as
/// results keyed by name need.
///
/// # Errors
/// The first name two files share, with both files.
pub fn distinct_names(files: &[PathBuf]) -> Result<Vec<String>, String> {
    let mut seen = std::collections::HashMap::new();
    let mut names = Vec::with_capacity(files.len());
    for f in files {
        let name = instance_name(f);
        if let Some(other) = seen.insert(name.clone(), f) {
            return Err(format!(
                "{} and {} are both instance '{name}': results are keyed by name, rename one",
                other.display(),
                f.display()
            ));
        }
        names.push(name);
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_solution_beside_drops_every_problem_extension() {
        assert_eq!(
            beside_solution(Path::new("d/a.mps.gz")),
            PathBuf::from("d/a.sol")
        );
        assert_eq!(beside_solution(Path::new("a.lp")), PathBuf::from("a.sol"));
    }

    #[test]
    fn names_drop_extensions_and_must_be_distinct() {
        assert_eq!(instance_name(Path::new("d/bpp_1.mps.gz")), "bpp_1");
        let files = [PathBuf::from("a/x.mps"), PathBuf::from("b/y.lp")];
        assert_eq!(distinct_names(&files).unwrap(), ["x", "y"]);
        let clash = [PathBuf::from("a/x.mps"), PathBuf::from("b/x.lp.gz")];
        let e = distinct_names(&clash).unwrap_err();
        assert!(e.contains("a/x.mps") && e.contains("b/x.lp.gz"), "{e}");
    }

    #[test]
    fn a_folder_gives_its_problem_files_sorted_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["b.mps", "a.lp.gz", "notes.txt", "a.sol"] {
            std::fs::write(dir.path().join(f), "").unwrap();
        }
        let files = instance_files(&[dir.path().to_path_buf()]).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["a.lp.gz", "b.mps"]);
        assert!(instance_files(&[dir.path().join("missing")]).is_ok());
    }
}
