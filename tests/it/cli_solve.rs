//! `symbreak solve` end to end: the human log, `--json`, the solution file
//! (checked by `symbreak verify`), honest statuses with exit code 0, and
//! exit code 2 with one line on bad input or options.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use symbreak::io::write_problem;
use symbreak::model::{ProblemBuilder, Sense, VarKind};

const BIN: &str = env!("CARGO_BIN_EXE_symbreak");

fn symbreak(args: &[&str], file: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .arg(file)
        .output()
        .expect("run symbreak")
}

fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// maximize 5x + 4y + 3z s.t. three <= rows; optimum 13 at (2, 0, 1).
fn small_ilp_file(dir: &Path) -> PathBuf {
    let mut b = ProblemBuilder::new("small");
    b.set_sense(Sense::Maximize);
    let x = b.add_var("x", VarKind::Integer, 0.0, 5.0, 5.0).unwrap();
    let y = b.add_var("y", VarKind::Integer, 0.0, 5.0, 4.0).unwrap();
    let z = b.add_var("z", VarKind::Integer, 0.0, 5.0, 3.0).unwrap();
    let inf = f64::NEG_INFINITY;
    b.add_row("c1", inf, 5.0, &[(x, 2.0), (y, 3.0), (z, 1.0)])
        .unwrap();
    b.add_row("c2", inf, 11.0, &[(x, 4.0), (y, 1.0), (z, 2.0)])
        .unwrap();
    b.add_row("c3", inf, 8.0, &[(x, 3.0), (y, 4.0), (z, 2.0)])
        .unwrap();
    let path = dir.join("small.mps");
    write_problem(&b.build().unwrap(), &path).unwrap();
    path
}

fn infeasible_file(dir: &Path) -> PathBuf {
    let mut b = ProblemBuilder::new("odd");
    let x = b.add_var("x", VarKind::Integer, 0.0, 10.0, 1.0).unwrap();
    b.add_row("twice_x_is_3", 3.0, 3.0, &[(x, 2.0)]).unwrap();
    let path = dir.join("odd.mps");
    write_problem(&b.build().unwrap(), &path).unwrap();
    path
}

#[test]
fn json_has_every_promised_field_and_the_verified_optimum() {
    let dir = tempfile::tempdir().unwrap();
    let j = json_of(&symbreak(&["solve", "--json"], &small_ilp_file(dir.path())));
    crate::common::assert_outcome_keys(&j);
    assert!(j["model"].is_null() && j["stages"] == serde_json::json!([]));
    assert_eq!(j["status"], "optimal");
    assert_eq!(j["objective"], 13.0);
    assert!((j["bound"].as_f64().unwrap() - 13.0).abs() < 1e-6);
    assert!(j["time_s"].as_f64().unwrap() >= 0.0);
    assert_eq!(j["backend"], "bnb");
    assert_eq!(j["verified"], true);
    assert_eq!(j["max_violation"], 0.0);
    assert!(j.get("gap").is_some());
}

#[test]
fn the_human_log_names_the_problem_backend_and_result_and_the_solution_file_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_ilp_file(dir.path());
    let sol = dir.path().join("small.sol");
    let out = Command::new(BIN)
        .args(["solve", "--write-solution"])
        .arg(&sol)
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let log = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "3 rows, 3 columns (3 integer)",
        "backend     bnb",
        "status      optimal",
        "objective   13 (verified)",
        "bound       13",
        "time        ",
        "written to",
    ] {
        assert!(log.contains(needle), "{needle:?} missing in:\n{log}");
    }
    let text = std::fs::read_to_string(&sol).unwrap();
    assert!(text.starts_with("=obj= 13"), "{text}");
    let check = Command::new(BIN)
        .arg("verify")
        .arg(&file)
        .arg(&sol)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn an_infeasible_problem_exits_0_with_status_infeasible_and_writes_no_solution() {
    let dir = tempfile::tempdir().unwrap();
    let sol = dir.path().join("none.sol");
    let out = Command::new(BIN)
        .args(["solve", "--json", "--write-solution"])
        .arg(&sol)
        .arg(infeasible_file(dir.path()))
        .output()
        .unwrap();
    let j = json_of(&out);
    assert_eq!(j["status"], "infeasible");
    assert!(j["objective"].is_null());
    assert!(j["bound"].is_null());
    assert_eq!(j["verified"], false);
    assert!(j["max_violation"].is_null());
    assert!(!sol.exists());
}

#[test]
fn bad_options_and_input_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_ilp_file(dir.path());
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["solve", "--gap=-1"], "--gap"),
        (vec!["solve", "--time-limit", "NaN"], "--time-limit"),
        (vec!["solve", "--time-limit=-3"], "--time-limit"),
    ];
    for (args, needle) in cases {
        let out = symbreak(&args, &file);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
    let missing = symbreak(&["solve"], &dir.path().join("missing.mps"));
    assert_eq!(missing.status.code(), Some(2));
    let unknown = symbreak(&["solve", "--backend", "cbc"], &file);
    assert_eq!(unknown.status.code(), Some(2));
    // Flags the learned path would ignore are refused, not ignored.
    for flag in [["--gap", "0.1"].as_slice(), &["--symmetry-constraints"]] {
        let mut args = vec!["solve", "--learned"];
        args.extend_from_slice(flag);
        let out = symbreak(&args, &file);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(flag[0]) && err.contains("--learned"), "{err}");
    }
}

#[cfg(not(feature = "highs"))]
#[test]
fn highs_without_the_feature_says_how_to_get_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = symbreak(
        &["solve", "--backend", "highs"],
        &small_ilp_file(dir.path()),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("rebuild with --features highs"), "{err}");
}

#[cfg(feature = "highs")]
#[test]
fn highs_solves_the_same_problem_to_the_same_optimum() {
    let dir = tempfile::tempdir().unwrap();
    let j = json_of(&symbreak(
        &["solve", "--json", "--backend", "highs"],
        &small_ilp_file(dir.path()),
    ));
    assert_eq!(j["status"], "optimal");
    assert_eq!(j["backend"], "highs");
    assert!((j["objective"].as_f64().unwrap() - 13.0).abs() < 1e-9);
}

#[test]
fn a_time_limit_stops_the_default_backend_on_vpm2_with_an_honest_status() {
    let Some(path) = common::miplib("vpm2.mps") else {
        return;
    };
    let j = json_of(&symbreak(&["solve", "--json", "--time-limit", "1"], &path));
    let status = j["status"].as_str().unwrap();
    assert!(
        ["optimal", "feasible", "no_solution"].contains(&status),
        "{j}"
    );
    assert_eq!(j["verified"], status != "no_solution");
    // Not a benchmark: only that the limit reached the backend (without it
    // bnb runs for about a minute on vpm2, microlp for many).
    assert!(j["time_s"].as_f64().unwrap() < 30.0, "{j}");
}

#[test]
fn disable_switches_components_off_and_log_prints_their_table() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_ilp_file(dir.path());
    let out = symbreak(
        &[
            "solve",
            "--json",
            "--log",
            "--disable",
            "cuts.gomory,heur.lp_dive",
        ],
        &file,
    );
    let json = json_of(&out);
    assert_eq!(json["status"], "optimal");
    assert_eq!(json["objective"], 13.0);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        log.contains("component") && log.contains("cuts.cover"),
        "{log}"
    );
    assert!(
        !log.contains("cuts.gomory") && !log.contains("heur.lp_dive"),
        "{log}"
    );
    let out = symbreak(&["solve", "--disable", "cuts.nonsense"], &file);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cuts.nonsense")
            && err.contains("cuts.gomory")
            && err.contains("heur.lp_dive"),
        "{err}"
    );
    let out = symbreak(
        &["solve", "--backend", "microlp", "--disable", "cuts.mir"],
        &file,
    );
    assert_eq!(out.status.code(), Some(2));
}
