//! Counted skips for the tests on the shared MIPLIB instances
//! (`../shared/instances/miplib`, beside the repository): a test whose
//! instances are absent passes without checking anything, so it says so on
//! stderr and appends its name to the file `SYMBREAK_SKIP_LOG` names, and
//! CI (`.ci/run`) prints how many tests skipped.
//!
//! One file for both test layers: the library's unit tests use it as
//! `crate::test_skip` (compiled under `#[cfg(test)]` only), and the
//! integration tests include it from `tests/it/common.rs` with `#[path]`,
//! since they cannot reach the library's test-only items.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

/// `../shared/instances/<folder>` relative to the crate root, or `None`
/// when it is absent: the calling test then skips, and the skip is recorded
/// by [`record_skip`] with `need` (which tests need the folder).
fn shared_dir(folder: &str, need: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/instances")
        .join(folder);
    if dir.is_dir() {
        Some(dir)
    } else {
        record_skip(&format!(
            "../shared/instances/{folder} not found ({}); {need}",
            dir.display()
        ));
        None
    }
}

/// `../shared/instances/miplib`, or `None` with the skip recorded.
pub fn miplib_dir() -> Option<PathBuf> {
    shared_dir("miplib", "the tests on real MIPLIB instances need it")
}

/// `../shared/instances/miplib3` (27 MIPLIB 3 instances with their sizes
/// and optima in its README), or `None` with the skip recorded. Used by the
/// integration tests only so far.
#[allow(dead_code)]
pub fn miplib3_dir() -> Option<PathBuf> {
    shared_dir("miplib3", "the tests on MIPLIB 3 instances need it")
}

/// The environment variable naming a file to which each skipped test's name
/// is appended, one a line (`.ci/run` sets it and prints the count after
/// `cargo test`).
pub const SKIP_LOG: &str = "SYMBREAK_SKIP_LOG";

/// Says, once per test, that the running test skips and why (`reason`,
/// e.g. which folder is absent): a line on the process's stderr and, where
/// [`SKIP_LOG`] is set, a line in that file. The line is written to stderr directly, not with
/// `eprintln!`, which libtest captures and shows only for a failing test or
/// under `--nocapture`. The test's name is its thread's, which libtest sets
/// to the test's path (`solve_miplib::stein27_...`).
pub fn record_skip(reason: &str) {
    static SKIPPED: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let test = std::thread::current()
        .name()
        .unwrap_or("<unnamed test>")
        .to_string();
    let first = SKIPPED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(test.clone());
    if !first {
        return;
    }
    let line = format!("SKIPPED: {test}: {reason}\n");
    std::io::stderr()
        .write_all(line.as_bytes())
        .expect("stderr is writable");
    if let Some(log) = std::env::var_os(SKIP_LOG) {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap_or_else(|e| panic!("{SKIP_LOG}={}: {e}", log.to_string_lossy()));
        writeln!(file, "{test}")
            .unwrap_or_else(|e| panic!("{SKIP_LOG}={}: {e}", log.to_string_lossy()));
    }
}

/// The path of one shared instance, or `None` (the skip recorded).
pub fn miplib(file: &str) -> Option<PathBuf> {
    miplib_dir().map(|d| d.join(file))
}
