//! The learned path end to end: answers are verified, an instance without
//! symmetry and an infeasible instance come out right, time limits hold,
//! and a wrong point offered by a repair is never kept.

use crate::common;

use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::bin_packing;
use symbreak::model::{ProblemBuilder, Solution, VarKind};
use symbreak::pipeline::repair::Incumbent;
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
    assert_eq!(&names[..3], ["symmetry", "lp", "inference"]);
    // Sizes sum to 266: the LP bound is 2.66, so 3 bins are optimal and the
    // local search, reaching ⌈2.66⌉, proves it without the completion.
    assert!(names.contains(&"local search"), "stages: {names:?}");
    assert_eq!(names.last(), Some(&"local search"), "stages: {names:?}");
    assert_eq!(out.bound, Some(3.0));
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
fn a_wrong_point_from_a_repair_is_never_kept() {
    let p = bin_packing(&[45, 30, 62], 100);
    let inc = Incumbent::new(Instant::now());
    let wrong = Solution::from_values(vec![1.0; p.num_vars()]);
    assert!(!inc.offer(&p, &wrong, "broken repair", &Tolerances::default()));
    assert!(inc.best().is_none());
    let mut x = vec![0.0; p.num_vars()];
    for name in ["x_0_0", "x_1_1", "x_2_2", "y_0", "y_1", "y_2"] {
        x[p.var_by_name(name).unwrap().index()] = 1.0;
    }
    assert!(inc.offer(&p, &Solution::from_values(x), "ok", &Tolerances::default()));
    assert_eq!(inc.best().unwrap().objective, 3.0);
    // A worse point after a better one does not replace it; a wrong one neither.
    assert!(!inc.offer(&p, &wrong, "broken repair", &Tolerances::default()));
    assert_eq!(inc.best().unwrap().source, "ok");
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
    for key in [
        "status",
        "objective",
        "bound",
        "time_s",
        "backend",
        "verified",
        "max_violation",
        "stages",
        "time_to_first_solution_s",
        "time_to_best_s",
    ] {
        assert!(j.get(key).is_some(), "missing {key}");
    }
    assert!(j["stages"].as_array().unwrap().len() >= 4);
    // 3 s limit plus the documented overhead (process start, reading, model parsing).
    assert!(elapsed < 3.0 + 2.0, "took {elapsed} s");
}

/// Fix-and-propagate alone, with the embedded model, turns the committed
/// 40-vertex coloring (where plain microlp finds nothing in 30 s) into a
/// verified coloring: no sub-MIP is solved, so the deadline is generous
/// and the test does not depend on speed.
#[test]
fn fix_and_propagate_colors_the_committed_coloring() {
    use symbreak::pipeline::propagate::Propagate;
    use symbreak::pipeline::repair::{RepairContext, RepairStrategy, binaries_by_confidence};
    use symbreak::symmetry::{SymmetryOptions, detect};

    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/instances/coloring_40_p0.3_k10_1.mps"
    );
    let p = symbreak::io::read_problem(path).unwrap().problem;
    let symmetry = detect(&p, &SymmetryOptions::default());
    let lp = symbreak::pipeline::prepare::symmetric_lp_solution(
        &p,
        Some(&symmetry),
        symbreak::solve::BackendChoice::Microlp,
        Duration::from_secs(60),
    );
    let model = symbreak::nn::default_model();
    let probs = symbreak::nn::predict(&model, &p, Some(&symmetry), lp.as_deref(), 0);
    let order = binaries_by_confidence(&p, &probs);
    let incumbent = Incumbent::new(Instant::now());
    let ctx = RepairContext {
        problem: &p,
        probs: &probs,
        by_confidence: &order,
        backend: symbreak::solve::BackendChoice::Microlp,
        deadline: Instant::now() + Duration::from_secs(600),
        incumbent: &incumbent,
        tolerances: Tolerances::default(),
    };
    let log = Propagate::default().repair(&ctx);
    let best = incumbent
        .best()
        .unwrap_or_else(|| panic!("no coloring: {log}"));
    assert_eq!(best.source, "propagate");
    assert!(verify(&p, best.solution.values(), &Tolerances::default()).feasible);
    // A coloring uses at most the 10 colors the instance offers.
    assert!(best.objective <= 10.0, "{log}");
}
