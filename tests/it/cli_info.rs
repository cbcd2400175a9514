//! `symbreak info --json` on every shared MIPLIB instance gives the sizes
//! stated in ../shared/instances/README.md (from the MIPLIB 3 headers and
//! the SCIP test set), and bad input exits with code 2 and one line.

use crate::common;

use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_symbreak");

/// (file, rows, cols, integer cols) as published; `None` where the table
/// leaves a cell empty.
type Sizes = (&'static str, Option<u64>, Option<u64>, Option<u64>);
const KNOWN: &[Sizes] = &[
    ("egout.mps", Some(98), Some(141), Some(55)),
    ("enigma.mps", Some(21), Some(100), Some(100)),
    ("flugpl.mps", Some(18), Some(18), Some(11)),
    ("lseu.mps", Some(28), Some(89), Some(89)),
    ("misc03.mps", Some(96), Some(160), Some(159)),
    ("stein27.mps", Some(118), Some(27), Some(27)),
    ("vpm2.mps", Some(234), Some(378), Some(168)),
    ("small_mip.mps", Some(5), Some(8), Some(2)),
    ("infeasible-mip0.mps", None, None, None),
    ("afiro.mps", Some(27), Some(32), Some(0)),
    ("adlittle.mps", Some(56), Some(97), Some(0)),
];

fn info_json(file: &str) -> Option<Value> {
    let path = common::miplib(file)?;
    let out = Command::new(BIN)
        .args(["info", "--json"])
        .arg(&path)
        .output()
        .expect("run symbreak");
    assert!(
        out.status.success(),
        "{file}: exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("one JSON object"))
}

fn check(file: &str) {
    let Some(&(_, rows, cols, ints)) = KNOWN.iter().find(|k| k.0 == file) else {
        panic!("{file} is not in the table");
    };
    let Some(j) = info_json(file) else { return };
    for key in [
        "rows",
        "cols",
        "nonzeros",
        "integer_cols",
        "binary_cols",
        "continuous_cols",
        "sense",
        "objective_offset",
    ] {
        assert!(j.get(key).is_some(), "{file}: key {key} missing in {j}");
    }
    let n = |k: &str| j[k].as_u64().expect("a count");
    if let Some(r) = rows {
        assert_eq!(n("rows"), r, "{file} rows");
    }
    if let Some(c) = cols {
        assert_eq!(n("cols"), c, "{file} cols");
    }
    if let Some(i) = ints {
        assert_eq!(n("integer_cols"), i, "{file} integer cols");
    }
    assert_eq!(
        n("integer_cols") + n("continuous_cols"),
        n("cols"),
        "{file}: kinds add up"
    );
    assert!(n("binary_cols") <= n("integer_cols"));
}

#[test]
fn egout() {
    check("egout.mps");
}
#[test]
fn enigma() {
    check("enigma.mps");
}
#[test]
fn flugpl() {
    check("flugpl.mps");
}
#[test]
fn lseu() {
    check("lseu.mps");
}
#[test]
fn misc03() {
    check("misc03.mps");
}
#[test]
fn stein27() {
    check("stein27.mps");
}
#[test]
fn vpm2() {
    check("vpm2.mps");
}
#[test]
fn small_mip() {
    check("small_mip.mps");
}
#[test]
fn infeasible_mip0() {
    check("infeasible-mip0.mps");
}
#[test]
fn afiro() {
    check("afiro.mps");
}
#[test]
fn adlittle() {
    check("adlittle.mps");
}

#[test]
fn every_shared_instance_is_in_the_table() {
    for path in common::miplib_files() {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            KNOWN.iter().any(|k| k.0 == name),
            "{name} has no expected sizes"
        );
    }
}

#[test]
fn malformed_input_exits_2_with_one_line_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.mps");
    std::fs::write(
        &path,
        "NAME bad\nROWS\n N obj\n L c1\nCOLUMNS\n    x obj 1.0.0\nRHS\nENDATA\n",
    )
    .unwrap();
    let out = Command::new(BIN).arg("info").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("bad.mps:6:"), "file and line: {err}");
    assert!(err.contains("1.0.0"), "offending token: {err}");
}

#[test]
fn unknown_extension_and_missing_file_exit_2() {
    for args in [
        &["info", "model.xyz"][..],
        &["info", "/no/such/file.mps"][..],
    ] {
        let out = Command::new(BIN).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}
