//! The learned path end to end: answers are verified, an instance without
//! symmetry and an infeasible instance come out right, time limits hold,
//! and the JSON has every stage.

use crate::common;

use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::bin_packing;
use symbreak::model::{ProblemBuilder, VarKind};
use symbreak::pipeline::{LearnedSettings, LearnedSolver};
use symbreak::solve::Status;
use symbreak::verify::{Tolerances, verify};

fn settings(seconds: u64) -> LearnedSettings {
    LearnedSettings {
        time_limit: Duration::from_secs(seconds),
        ..LearnedSettings::default()
    }
}

#[test]
fn symmetric_bin_packing_is_solved_and_verified() {
    let p = bin_packing(&[45, 30, 62, 18, 27, 51, 33], 100);
    let out = LearnedSolver::new(settings(30)).solve(&p);
    assert_eq!(out.status, Status::Optimal);
    assert_eq!(out.objective, Some(3.0));
    let sol = out.solution.unwrap();
    assert!(verify(&p, sol.values(), &Tolerances::default()).feasible);
    let names: Vec<&str> = out.stages.iter().map(|s| s.name.as_str()).collect();
    // The search starts once the symmetry is known, the proposals (LP,
    // inference, repair, local search) run beside it, and it ends the path.
    assert_eq!(names.first(), Some(&"symmetry"), "stages: {names:?}");
    assert_eq!(names.last(), Some(&"completion"), "stages: {names:?}");
    let completion = out.stages.last().unwrap();
    assert!(
        completion.status.contains("beside, the learned proposals"),
        "{}",
        completion.status
    );
    assert_eq!(out.bound, Some(3.0));
    // Dated when found: the first point no later than the best, both
    // within the run.
    let (first, best) = (
        out.time_to_first_solution_s.unwrap(),
        out.time_to_best_s.unwrap(),
    );
    assert!(
        first <= best && best <= out.time_s,
        "{first} {best} {}",
        out.time_s
    );
}

#[test]
fn instance_without_symmetry_goes_through() {
    // Distinct costs and coefficients: trivial group.
    let mut b = ProblemBuilder::new("knap");
    let w = [3.0, 5.0, 7.0, 9.0, 11.0];
    let v: Vec<_> = (0..5)
        .map(|i| {
            b.add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, -(w[i] + 1.0))
                .unwrap()
        })
        .collect();
    let e: Vec<_> = v.iter().zip(w).map(|(&x, a)| (x, a)).collect();
    b.add_row("cap", f64::NEG_INFINITY, 17.0, &e).unwrap();
    let p = b.build().unwrap();
    let out = LearnedSolver::new(settings(20)).solve(&p);
    assert_eq!(out.status, Status::Optimal);
    // Best: 3 + 5 + 9 = 17 → -(4 + 6 + 10) = -20.
    assert_eq!(out.objective, Some(-20.0));
}

#[test]
fn infeasible_instance_is_infeasible() {
    let Some(path) = common::miplib("infeasible-mip0.mps") else {
        return;
    };
    let p = symbreak::io::read_problem(path).unwrap().problem;
    let out = LearnedSolver::new(settings(30)).solve(&p);
    assert_eq!(out.status, Status::Infeasible);
    assert!(out.solution.is_none());
}

#[test]
fn cli_learned_solve_holds_its_time_limit_and_reports_stages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bpp.mps");
    let p = symbreak::generate::bin_packing(
        &symbreak::generate::BinPackingParams {
            items: 40,
            ..Default::default()
        },
        3,
    )
    .unwrap();
    symbreak::io::write_problem(&p, &path).unwrap();
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_symbreak"))
        .args(["solve", "--learned", "--time-limit", "3", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let elapsed = start.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    common::assert_outcome_keys(&j);
    assert_eq!(j["model"], "relaxed");
    let stages: Vec<&str> = j["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(stages.first(), Some(&"symmetry"), "{stages:?}");
    assert_eq!(stages.last(), Some(&"completion"), "{stages:?}");
    // 3 s limit plus the documented overhead (process start, reading, model parsing).
    assert!(elapsed < 3.0 + 2.0, "took {elapsed} s");
}
