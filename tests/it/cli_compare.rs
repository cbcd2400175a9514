//! `symbreak compare` end to end on tiny generated bin-packing instances:
//! the JSON object has the documented keys and consistent numbers, the
//! table names every instance and method, `--plot` writes an SVG, and bad
//! options exit with code 2. Nothing here depends on the model's quality
//! or on wall-clock times.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use symbreak::generate::{BinPackingParams, bin_packing};

const BIN: &str = env!("CARGO_BIN_EXE_symbreak");

fn write_instances(dir: &Path, seeds: &[u64]) {
    let params = BinPackingParams {
        items: 4,
        ..Default::default()
    };
    for &seed in seeds {
        let problem = bin_packing(&params, seed).expect("generate");
        symbreak::io::write_problem(&problem, dir.join(format!("bpp4_{seed}.mps")))
            .expect("write instance");
    }
}

fn compare(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("compare")
        .args(args)
        .output()
        .expect("run symbreak")
}

/// `symbreak compare --json` on `dir` with the methods `plain`,
/// `plain-sym` and `learned`, 2 s each, and `extra` arguments.
fn compare_json(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        dir.to_str().unwrap(),
        "--json",
        "--time-limit",
        "2",
        "--methods",
        "plain,plain-sym,learned",
    ];
    args.extend_from_slice(extra);
    json_of(&compare(&args))
}

/// The one JSON object of a successful run.
fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object on stdout")
}

#[test]
fn json_lists_every_run_and_the_summary_and_plot_is_an_svg() {
    let dir = tempfile::tempdir().unwrap();
    write_instances(dir.path(), &[1, 2]);
    let svg = dir.path().join("cmp.svg");
    let v = compare_json(dir.path(), &["--plot", svg.to_str().unwrap()]);
    assert_eq!(v["time_limit_s"], 2.0);
    let instances = v["instances"].as_array().expect("instances");
    let names: Vec<&str> = instances
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["bpp4_1", "bpp4_2"]);
    for inst in instances {
        let runs = inst["runs"].as_array().expect("runs");
        let methods: Vec<&str> = runs.iter().map(|r| r["method"].as_str().unwrap()).collect();
        assert_eq!(methods, ["plain", "plain-sym", "learned"]);
        let best = inst["best_known"]
            .as_f64()
            .expect("a 4-item packing is solved");
        for r in runs {
            for key in [
                "status",
                "objective",
                "time_to_best_s",
                "time_s",
                "trajectory",
            ] {
                assert!(r.get(key).is_some(), "run without '{key}': {r}");
            }
            let status = r["status"].as_str().unwrap();
            match r["objective"].as_f64() {
                Some(z) => {
                    assert!(status == "optimal" || status == "feasible", "{r}");
                    assert!(z >= best - 1e-9, "best known {best} is not the best: {r}");
                    let last = r["trajectory"].as_array().unwrap().last().cloned();
                    assert_eq!(last.map(|p| p[1].as_f64().unwrap()), Some(z), "{r}");
                }
                None => assert_eq!(r["gap"], 1.0, "{r}"),
            }
        }
        assert!(
            runs.iter().any(|r| r["objective"].as_f64() == Some(best)),
            "the best known comes from a run"
        );
    }
    let s = &v["summary"];
    assert_eq!(s["instances"], 2);
    assert_eq!(s["instances_with_best_known"], 2);
    assert!(s["median_speedup"].as_f64().unwrap() > 0.0);
    assert!(s["geomean_speedup"].as_f64().unwrap() > 0.0);
    let by_method = s["median_speedup_by_method"]
        .as_object()
        .expect("by method");
    let mut keys: Vec<&str> = by_method.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["learned", "plain-sym"]);
    assert_eq!(by_method["learned"], s["median_speedup"]);
    let wins: u64 = s["wins"]
        .as_object()
        .unwrap()
        .values()
        .map(|w| w.as_u64().unwrap())
        .sum();
    assert!(wins >= 2, "every instance has at least one winner: {s}");
    for m in ["plain", "plain-sym", "learned"] {
        let integral = s["primal_integral"][m].as_f64().expect("primal integral");
        assert!((0.0..=2.0).contains(&integral), "{m}: {integral}");
    }

    let text = std::fs::read_to_string(&svg).expect("plot written");
    assert!(text.trim_start().starts_with("<svg"), "not an SVG");
    assert!(text.trim_end().ends_with("</svg>"));
    assert!(text.contains("Performance profile"));
}

#[test]
fn table_names_every_instance_and_method_then_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    write_instances(dir.path(), &[3]);
    let file = dir.path().join("bpp4_3.mps");
    let out = compare(&[
        file.to_str().unwrap(),
        "--time-limit",
        "2",
        "--methods",
        "plain,learned",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("bpp4_3  (best known: "), "{text}");
    let runs = text.lines().filter(|l| {
        let l = l.trim_start();
        l.starts_with("plain ") || l.starts_with("learned ")
    });
    // One row per method in the instance block, one in the summary.
    assert_eq!(runs.count(), 4, "{text}");
    assert!(text.contains("summary: 1 instances"), "{text}");
    assert!(text.contains("speed-up of learned over plain"), "{text}");
}

#[test]
fn bad_options_and_input_exit_with_code_2() {
    let dir = tempfile::tempdir().unwrap();
    write_instances(dir.path(), &[1]);
    let file = dir.path().join("bpp4_1.mps");
    let file = file.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec![file, "--time-limit", "2", "--methods", "plain,bogus"],
        vec![file, "--time-limit", "0"],
        vec![file, "--time-limit", "2", "--methods", "plain,plain"],
        vec!["/nonexistent/x.mps", "--time-limit", "2"],
        vec![file],
    ];
    for args in cases {
        let out = compare(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let empty = tempfile::tempdir().unwrap();
    let out = compare(&[empty.path().to_str().unwrap(), "--time-limit", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let out = compare(&[file, "--time-limit", "1", "--methods", "highs"]);
    if cfg!(feature = "highs") {
        assert!(out.status.success());
    } else {
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("rebuild with --features highs"), "{err}");
    }
}

#[test]
fn every_method_dates_its_solutions_when_they_were_found() {
    let dir = tempfile::tempdir().unwrap();
    let from = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("instances/pcmax_40_10_t1-100_1.mps");
    std::fs::copy(&from, dir.path().join("pcmax.mps")).unwrap();
    let v = compare_json(dir.path(), &[]);
    for r in v["instances"][0]["runs"].as_array().unwrap() {
        let trajectory = r["trajectory"].as_array().unwrap();
        let first = trajectory.first().expect("a makespan is found")[0]
            .as_f64()
            .unwrap();
        let best = r["time_to_best_s"].as_f64().unwrap();
        let total = r["time_s"].as_f64().unwrap();
        assert_eq!(Some(best), trajectory.last().unwrap()[0].as_f64(), "{r}");
        assert!(first <= best && best <= total && first < total, "{r}");
    }
}
