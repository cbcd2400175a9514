//! `symbreak generate` end to end, and the committed sample in `instances/`:
//! `symbreak info --json` matches the manifest's sizes, and every file is
//! reproduced byte for byte by the command its manifest entry describes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn symbreak(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_symbreak"))
        .args(args)
        .output()
        .expect("run symbreak")
}

fn instances_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("instances")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The `generate` arguments that reproduce a manifest entry (without --out).
fn reproducing_args(entry: &Value) -> Vec<String> {
    let mut args = vec![
        "generate".to_string(),
        entry["family"].as_str().unwrap().to_string(),
    ];
    for (key, value) in entry["parameters"].as_object().unwrap() {
        let text = match value {
            Value::Null => continue,
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        args.push(format!("--{}", key.replace('_', "-")));
        args.push(text);
    }
    args.push("--seed".to_string());
    args.push(entry["seed"].as_u64().unwrap().to_string());
    args
}

fn manifest_entries(dir: &Path) -> Vec<Value> {
    read_json(&dir.join("manifest.json"))["instances"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn committed_sample_covers_every_family_at_two_sizes_for_the_symmetric_ones() {
    let entries = manifest_entries(&instances_dir());
    let count = |family: &str| entries.iter().filter(|e| e["family"] == family).count();
    for family in ["bpp", "coloring", "pcmax", "mkp", "gap", "cutstock", "gpp"] {
        assert!(count(family) >= 2, "{family}");
    }
    for family in ["setcover", "auction", "facility", "indset"] {
        assert!(count(family) >= 1, "{family}");
    }
    let total: u64 = std::fs::read_dir(instances_dir())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(total < 5_000_000, "instances/ holds {total} bytes");
}

#[test]
fn info_json_of_every_committed_sample_matches_the_manifest() {
    let dir = instances_dir();
    for entry in manifest_entries(&dir) {
        let file = dir.join(entry["file"].as_str().unwrap());
        let out = symbreak(&["info", "--json", file.to_str().unwrap()]);
        assert!(out.status.success(), "{}: {}", file.display(), stderr(&out));
        let info: Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["rows", "cols", "nonzeros", "integer_cols"] {
            assert_eq!(info[key], entry[key], "{}: {key}", file.display());
        }
    }
}

#[test]
fn every_committed_sample_is_reproduced_byte_for_byte() {
    let dir = instances_dir();
    let tmp = tempfile::tempdir().unwrap();
    for entry in manifest_entries(&dir) {
        let mut args = reproducing_args(&entry);
        args.push("--out".into());
        args.push(tmp.path().to_str().unwrap().into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = symbreak(&argv);
        assert!(out.status.success(), "{argv:?}: {}", stderr(&out));
        let name = entry["file"].as_str().unwrap();
        let committed = std::fs::read(dir.join(name)).unwrap();
        let fresh = std::fs::read(tmp.path().join(name)).unwrap();
        assert!(
            committed == fresh,
            "{name} differs from `symbreak {}`",
            args.join(" ")
        );
    }
    // the manifest written while reproducing lists the same entries
    assert_eq!(manifest_entries(tmp.path()), manifest_entries(&dir));
}

#[test]
fn count_and_seed_give_consecutive_seeds_and_identical_bytes_on_rerun() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for dir in [&a, &b] {
        let out = symbreak(&[
            "generate",
            "pcmax",
            "--jobs",
            "6",
            "--machines",
            "2",
            "--count",
            "3",
            "--seed",
            "5",
            "--out",
            dir.path().to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let entries = manifest_entries(a.path());
    let seeds: Vec<u64> = entries
        .iter()
        .map(|e| e["seed"].as_u64().unwrap())
        .collect();
    assert_eq!(seeds, [5, 6, 7]);
    let files: Vec<&str> = entries
        .iter()
        .map(|e| e["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "pcmax_6_2_t1-100_5.mps",
            "pcmax_6_2_t1-100_6.mps",
            "pcmax_6_2_t1-100_7.mps"
        ]
    );
    assert_eq!(entries[0]["parameters"]["jobs"], 6);
    assert_eq!(
        (entries[0]["rows"].as_u64(), entries[0]["cols"].as_u64()),
        (Some(8), Some(13))
    );
    for name in files.iter().copied().chain(["manifest.json"]) {
        let x = std::fs::read(a.path().join(name)).unwrap();
        let y = std::fs::read(b.path().join(name)).unwrap();
        assert!(x == y, "{name} differs between runs");
    }
    let f5 = std::fs::read(a.path().join(files[0])).unwrap();
    let f6 = std::fs::read(a.path().join(files[1])).unwrap();
    assert!(f5 != f6, "seeds 5 and 6 gave the same file");
}

#[test]
fn bad_parameters_exit_with_code_2_and_one_line_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("never");
    let out = out_dir.to_str().unwrap();
    for (args, expected) in [
        (
            vec!["generate", "bpp", "--items", "0", "--out", out],
            "bpp: items must be at least 1",
        ),
        (
            vec!["generate", "coloring", "--colors", "0", "--out", out],
            "coloring: colors must be at least 1",
        ),
        (
            vec!["generate", "setcover", "--density", "1.5", "--out", out],
            "setcover: density must be a number in (0, 1], found 1.5",
        ),
        (
            vec!["generate", "pcmax", "--count", "0", "--out", out],
            "--count must be at least 1",
        ),
    ] {
        let o = symbreak(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(err.trim_end(), format!("error: {expected}"));
    }
    assert!(!out_dir.exists(), "nothing is created for bad parameters");
}

#[test]
fn coloring_of_a_dimacs_file() {
    let tmp = tempfile::tempdir().unwrap();
    let col = tmp.path().join("c5.col");
    std::fs::write(
        &col,
        "c five-cycle\np edge 5 5\ne 1 2\ne 2 3\ne 3 4\ne 4 5\ne 5 1\n",
    )
    .unwrap();
    let out_dir = tmp.path().join("out");
    let o = symbreak(&[
        "generate",
        "coloring",
        "--graph",
        col.to_str().unwrap(),
        "--colors",
        "3",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let entries = manifest_entries(&out_dir);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["file"], "coloring_c5_k3.mps");
    assert_eq!(entries[0]["seed"], Value::Null);
    assert_eq!(entries[0]["parameters"]["edges"], 5);
    assert_eq!(entries[0]["rows"], 5 + 5 * 3);

    // a malformed graph file: the error names file and line, exit code 2
    std::fs::write(&col, "p edge 3 1\ne 1 9\n").unwrap();
    let o = symbreak(&[
        "generate",
        "coloring",
        "--graph",
        col.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("c5.col:2:"), "{}", stderr(&o));
}

/// A known feasible solution of every committed sample, checked by `verify`
/// against the problem read from the file.
#[test]
fn every_committed_sample_has_a_verified_feasible_solution() {
    use symbreak::generate::{
        BinPackingData, BinPackingParams, ColoringData, ColoringParams, CuttingStockData,
        CuttingStockParams, GapData, GapParams, GraphPartitionData, GraphPartitionParams,
        MultiKnapsackData, MultiKnapsackParams, PcmaxData, PcmaxParams,
    };
    use symbreak::verify::{Tolerances, verify};
    let dir = instances_dir();
    for entry in manifest_entries(&dir) {
        let file = dir.join(entry["file"].as_str().unwrap());
        let problem = symbreak::io::read_problem(&file).unwrap().problem;
        let p = &entry["parameters"];
        let seed = entry["seed"].as_u64().unwrap();
        let u32_of = |key: &str| p[key].as_u64().unwrap() as u32;
        let x: Vec<f64> = match entry["family"].as_str().unwrap() {
            "bpp" => {
                let params = BinPackingParams {
                    items: u32_of("items"),
                    bins: p["bins"].as_u64().map(|b| b as u32),
                    ..Default::default()
                };
                assert_eq!(p["distribution"], "chen");
                let data = BinPackingData::draw(&params, seed).unwrap();
                data.solution(&data.first_fit().unwrap())
                    .unwrap()
                    .into_values()
            }
            "coloring" => {
                let params = ColoringParams {
                    vertices: u32_of("vertices"),
                    edge_probability: p["edge_probability"].as_f64().unwrap(),
                    colors: p["colors"].as_u64().map(|k| k as u32),
                };
                let data = ColoringData::draw(&params, seed).unwrap();
                let greedy = data.graph.greedy_coloring();
                assert!(
                    greedy.iter().all(|&c| c < data.colors),
                    "{}",
                    file.display()
                );
                data.solution(&greedy).unwrap().into_values()
            }
            "pcmax" => {
                let params = PcmaxParams {
                    jobs: u32_of("jobs"),
                    machines: u32_of("machines"),
                    min_time: u32_of("min_time"),
                    max_time: u32_of("max_time"),
                };
                let data = PcmaxData::draw(&params, seed).unwrap();
                let lpt = data.longest_processing_time_first();
                data.solution(&lpt).unwrap().into_values()
            }
            "mkp" => {
                let params = MultiKnapsackParams {
                    items: u32_of("items"),
                    knapsacks: u32_of("knapsacks"),
                    capacity_ratio: p["capacity_ratio"].as_f64().unwrap(),
                };
                let data = MultiKnapsackData::draw(&params, seed).unwrap();
                data.solution(&data.greedy()).unwrap().into_values()
            }
            "gap" => {
                let params = GapParams {
                    jobs: u32_of("jobs"),
                    agent_types: u32_of("agent_types"),
                    agents_per_type: u32_of("agents_per_type"),
                    capacity_ratio: p["capacity_ratio"].as_f64().unwrap(),
                };
                let data = GapData::draw(&params, seed).unwrap();
                data.solution(&data.planted()).unwrap().into_values()
            }
            "cutstock" => {
                let params = CuttingStockParams {
                    items: u32_of("items"),
                    roll_width: u32_of("roll_width"),
                    min_width: u32_of("min_width"),
                    max_width: u32_of("max_width"),
                    max_demand: u32_of("max_demand"),
                };
                let data = CuttingStockData::draw(&params, seed).unwrap();
                data.solution(&data.first_fit_decreasing())
                    .unwrap()
                    .into_values()
            }
            "gpp" => {
                let params = GraphPartitionParams {
                    vertices: u32_of("vertices"),
                    parts: u32_of("parts"),
                    edge_probability: p["edge_probability"].as_f64().unwrap(),
                };
                let data = GraphPartitionData::draw(&params, seed).unwrap();
                data.solution(&data.round_robin()).unwrap().into_values()
            }
            "setcover" => vec![1.0; problem.num_vars()],
            "auction" | "indset" => vec![0.0; problem.num_vars()],
            "facility" => {
                // every facility open, each customer split by capacity share
                let f = u32_of("facilities") as usize;
                let total = problem.row_by_name("total_capacity").unwrap();
                let caps: Vec<f64> = problem.row(total).map(|(_, a)| a).collect();
                let sum: f64 = caps.iter().sum();
                let mut x = vec![1.0; f];
                for _ in 0..u32_of("customers") {
                    x.extend(caps.iter().map(|&s| s / sum));
                }
                x
            }
            other => panic!("unknown family {other}"),
        };
        let report = verify(&problem, &x, &Tolerances::default());
        assert!(report.feasible, "{}: {:?}", file.display(), report.worst);
    }
}

#[test]
fn lp_format_writes_lp_files_that_info_reads_with_the_manifest_sizes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().to_str().unwrap();
    let o = symbreak(&[
        "generate", "bpp", "--items", "6", "--count", "2", "--format", "lp", "--out", out,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let entries = manifest_entries(tmp.path());
    assert_eq!(entries.len(), 2);
    for entry in entries {
        let name = entry["file"].as_str().unwrap();
        assert!(name.ends_with(".lp"), "{name}");
        let file = tmp.path().join(name);
        let o = symbreak(&["info", "--json", file.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let info: Value = serde_json::from_slice(&o.stdout).unwrap();
        for key in ["rows", "cols", "nonzeros", "integer_cols"] {
            assert_eq!(info[key], entry[key], "{name}: {key}");
        }
    }
}
