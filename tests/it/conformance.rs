//! The conformance suite with SCIP and HiGHS (`scripts/conformance.sh`,
//! `tools/conformance/conformance.py`) in its quick form: the committed and
//! shared instances (no generated ones), read and written by symbreak and
//! by both peers. It needs the suite's virtual environment
//! (`target/conformance/venv`, made by the script's first run) and skips,
//! saying so on stderr and in `SYMBREAK_SKIP_LOG`, where it is absent.

use std::path::PathBuf;
use std::process::Command;

use crate::common::record_skip;

#[test]
fn symbreak_reads_and_writes_what_scip_and_highs_write_and_read() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = root.join("target/conformance/venv/bin/python");
    if !python.is_file() {
        record_skip(&format!(
            "{} not found; scripts/conformance.sh --quick makes it (needs PyPI)",
            python.display()
        ));
        return;
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [
        root.join("instances"),
        root.join("../shared/instances/miplib"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        files.extend(
            entries
                .map(|e| e.expect("dir entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "mps" || e == "lp")),
        );
    }
    files.sort();
    assert!(!files.is_empty(), "no instances in instances/");
    let out = Command::new(&python)
        .arg(root.join("tools/conformance/conformance.py"))
        .arg("--symbreak")
        .arg(env!("CARGO_BIN_EXE_symbreak"))
        .args(&files)
        .output()
        .expect("the venv's python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "conformance failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("conformance: {} files", files.len())),
        "{stdout}"
    );
}
