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

/// Runs symbreak with `args`; returns the exit code, stdout and stderr.
fn symbreak(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let out = Command::new(BIN).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// MPS files the readers tolerate with one warning: `(file, text, warning
/// line, warning fragment)`.
const TOLERATED: &[(&str, &str, usize, &str)] = &[
    (
        "after_endata.mps",
        "NAME t\nROWS\n N obj\n L c\nCOLUMNS\n x obj 1 c 1\nRHS\n r c 4\nENDATA\nIMPORTANCES\n x 1\n",
        10,
        "text after ENDATA is ignored, from 'IMPORTANCES'",
    ),
    (
        "open_intorg.mps",
        "NAME t\nROWS\n N obj\n L c\nCOLUMNS\n m 'MARKER' 'INTORG'\n x obj 1 c 1\nRHS\n r c 4\nENDATA\n",
        8,
        "the 'INTORG' marker at line 6 is not closed by an 'INTEND' marker before RHS",
    ),
];

#[test]
fn info_lists_the_warnings_and_strict_makes_them_errors_on_every_reading_command() {
    let dir = tempfile::tempdir().unwrap();
    for &(name, text, line, fragment) in TOLERATED {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let file = path.as_os_str();
        let at = format!("{}:{line}: ", path.display());

        let (code, out, err) = symbreak(&["info".as_ref(), file]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert!(out.contains("warnings    1\n"), "{name}: {out}");
        assert!(out.contains(&format!("{at}{fragment}")), "{name}: {out}");

        let (code, out, _) = symbreak(&["info".as_ref(), "--json".as_ref(), file]);
        assert_eq!(code, Some(0), "{name}");
        let j: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(j["warnings"][0]["line"], line, "{name}: {j}");
        let message = j["warnings"][0]["message"].as_str().unwrap();
        assert!(message.contains(fragment), "{name}: {message}");

        // `--strict` before or after the subcommand, on each command that
        // reads a problem: exit 2, one line naming the file and line.
        let sol = dir.path().join("x.sol");
        std::fs::write(&sol, "=obj= 0\nx 0\n").unwrap();
        let out_lp = dir.path().join(format!("{name}.lp"));
        let commands: [Vec<&std::ffi::OsStr>; 9] = [
            vec!["--strict".as_ref(), "info".as_ref(), file],
            vec![
                "info".as_ref(),
                "--json".as_ref(),
                "--strict".as_ref(),
                file,
            ],
            vec!["--strict".as_ref(), "solve".as_ref(), file],
            vec![
                "--strict".as_ref(),
                "convert".as_ref(),
                file,
                out_lp.as_os_str(),
            ],
            vec!["symmetry".as_ref(), "--strict".as_ref(), file],
            vec!["--strict".as_ref(), "predict".as_ref(), file],
            vec![
                "--strict".as_ref(),
                "verify".as_ref(),
                file,
                sol.as_os_str(),
            ],
            vec![
                "--strict".as_ref(),
                "compare".as_ref(),
                "--time-limit".as_ref(),
                "1".as_ref(),
                file,
            ],
            vec!["--strict".as_ref(), "evaluate".as_ref(), file],
        ];
        for args in &commands {
            let (code, out, err) = symbreak(args);
            assert_eq!(code, Some(2), "{name} {args:?}: {out}{err}");
            assert_eq!(err.trim().lines().count(), 1, "{name} {args:?}: {err}");
            assert!(
                err.starts_with(&format!("error: {at}")),
                "{name} {args:?}: {err}"
            );
            assert!(err.contains(fragment), "{name} {args:?}: {err}");
        }
        assert!(
            !out_lp.exists(),
            "--strict convert wrote {}",
            out_lp.display()
        );

        // Without --strict the other commands read it, with the warning on
        // stderr.
        let (code, _, err) = symbreak(&["convert".as_ref(), file, out_lp.as_os_str()]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert!(
            err.contains(&format!("warning: {at}{fragment}")),
            "{name}: {err}"
        );
    }
}

#[test]
fn an_empty_semi_section_reads_and_an_unbounded_semi_variable_is_an_error_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.lp");
    std::fs::write(&empty, "min\n obj: x\nst\n c: x >= 1\ngen\nsemi\nend\n").unwrap();
    let (code, out, err) = symbreak(&["--strict".as_ref(), "info".as_ref(), empty.as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("warnings    0\n"), "{out}");
    let full = dir.path().join("full.lp");
    std::fs::write(
        &full,
        "min\n obj: x\nst\n c: x >= 1\nbounds\n x >= 2\nsemi-continuous\n x\nend\n",
    )
    .unwrap();
    let (code, _, err) = symbreak(&["info".as_ref(), full.as_os_str()]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(&format!(
            "{}:8: semi-continuous variable 'x' needs finite bounds",
            full.display()
        )),
        "{err}"
    );
}
