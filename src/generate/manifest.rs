//! `manifest.json`: what a folder of generated instances holds, and how
//! to make each file again.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::Problem;

/// One generated file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// The file name, relative to the manifest's folder.
    pub file: String,
    /// The family (`bpp`, `coloring`, ...).
    pub family: String,
    /// The family's parameters, as its parameter struct serializes them.
    pub parameters: serde_json::Value,
    /// The seed; `None` when nothing was drawn (a coloring of a given graph).
    pub seed: Option<u64>,
    /// Rows, the objective excluded.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// Nonzero matrix entries.
    pub nonzeros: usize,
    /// Integer and binary columns.
    pub integer_cols: usize,
}

impl ManifestEntry {
    /// The entry of `problem` written to `file`.
    pub fn new(
        file: String,
        family: &str,
        parameters: serde_json::Value,
        seed: Option<u64>,
        problem: &Problem,
    ) -> Self {
        let stats = problem.stats();
        ManifestEntry {
            file,
            family: family.to_string(),
            parameters,
            seed,
            rows: stats.rows,
            cols: stats.cols,
            nonzeros: stats.nonzeros,
            integer_cols: stats.integer_cols,
        }
    }
}

/// The contents of `manifest.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The program that wrote the files (`symbreak <version>`).
    pub generator: String,
    /// The files, sorted by name.
    pub instances: Vec<ManifestEntry>,
}

impl Manifest {
    /// The manifest's file name.
    pub const FILE: &'static str = "manifest.json";

    /// Reads `dir/manifest.json`; an empty manifest if there is none.
    ///
    /// # Errors
    /// A manifest that exists but cannot be read or parsed (message with
    /// the path).
    pub fn load_or_default(dir: &Path) -> Result<Self, String> {
        let path = dir.join(Self::FILE);
        if !path.exists() {
            return Ok(Manifest::default());
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Adds an entry, replacing one with the same file name, and keeps the
    /// entries sorted by file name.
    pub fn upsert(&mut self, entry: ManifestEntry) {
        match self
            .instances
            .binary_search_by(|e| e.file.as_str().cmp(&entry.file))
        {
            Ok(k) => self.instances[k] = entry,
            Err(k) => self.instances.insert(k, entry),
        }
    }

    /// The manifest as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    fn entry(file: &str) -> ManifestEntry {
        let mut b = ProblemBuilder::new("p");
        let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 1.0).unwrap();
        b.add_row("r", 1.0, f64::INFINITY, &[(x, 2.0)]).unwrap();
        let p = b.build().unwrap();
        ManifestEntry::new(
            file.into(),
            "bpp",
            serde_json::json!({"items": 3}),
            Some(1),
            &p,
        )
    }

    #[test]
    fn upsert_keeps_files_sorted_and_replaces_same_name() {
        let mut m = Manifest::default();
        m.upsert(entry("b.mps"));
        m.upsert(entry("a.mps"));
        let mut again = entry("b.mps");
        again.seed = Some(9);
        m.upsert(again);
        let files: Vec<_> = m.instances.iter().map(|e| e.file.as_str()).collect();
        assert_eq!(files, ["a.mps", "b.mps"]);
        assert_eq!(m.instances[1].seed, Some(9));
        assert_eq!((m.instances[0].rows, m.instances[0].nonzeros), (1, 1));
    }

    #[test]
    fn json_round_trips() {
        let mut m = Manifest {
            generator: "symbreak test".into(),
            ..Default::default()
        };
        m.upsert(entry("a.mps"));
        let back: Manifest = serde_json::from_str(&m.to_json()).unwrap();
        assert_eq!(back, m);
    }
}
