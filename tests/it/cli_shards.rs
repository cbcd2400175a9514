//! Shards end to end through the binary: `--shard K/N` and the Slurm /
//! Kubernetes variables split `solve --out`, `label` and `compare` into
//! disjoint parts whose union is the whole list; `compare --merge` gives
//! the single-machine comparison (same instances, methods, statuses);
//! `label` folders merge into `train --labels`; and every broken set of
//! shard files (missing, duplicated, truncated, other settings, a task
//! killed mid-run) is refused with exit code 2 and the culprit named.
//! Nothing here depends on wall-clock times.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use symbreak::generate::{BinPackingParams, bin_packing};

const BIN: &str = env!("CARGO_BIN_EXE_symbreak");

/// Every variable that can name a shard.
const SHARD_VARS: [&str; 7] = [
    "SLURM_ARRAY_TASK_ID",
    "SLURM_ARRAY_TASK_COUNT",
    "SLURM_ARRAY_TASK_MIN",
    "SLURM_ARRAY_TASK_MAX",
    "SLURM_ARRAY_TASK_STEP",
    "JOB_COMPLETION_INDEX",
    "SYMBREAK_SHARD_COUNT",
];

/// Tiny bin packings `bpp4_<seed>.mps` (every method proves them optimal
/// well within any limit, so statuses do not depend on timing).
fn write_instances(dir: &Path, seeds: &[u64]) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let params = BinPackingParams {
        items: 4,
        ..Default::default()
    };
    seeds
        .iter()
        .map(|&seed| {
            let problem = bin_packing(&params, seed).expect("generate");
            let name = format!("bpp4_{seed}");
            symbreak::io::write_problem(&problem, dir.join(format!("{name}.mps")))
                .expect("write instance");
            name
        })
        .collect()
}

/// `symbreak ARGS` with `env` set and every other shard variable removed.
fn symbreak(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    for v in SHARD_VARS {
        cmd.env_remove(v);
    }
    cmd.args(args).envs(env.iter().copied());
    cmd.output().expect("run symbreak")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Exit code 2 with `needle` in stderr.
fn fails_with(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(err.contains(needle), "'{needle}' not in: {err}");
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The instance names of the `<name>.json` files in `dir`.
fn solved(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".json").map(String::from)
            })
            .collect()
        })
        .unwrap_or_default()
}

fn solve_shard(inst: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut args = vec!["solve", s(inst), "--out", s(out), "--time-limit", "20"];
    args.extend_from_slice(extra);
    symbreak(&args, env)
}

#[test]
fn shards_of_a_batch_solve_are_disjoint_and_cover_every_instance() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    let names = write_instances(&inst, &[1, 2, 3, 4, 5, 6, 7]);
    let mut union = BTreeSet::new();
    let mut total = 0;
    for k in 1..=3 {
        let out = dir.path().join(format!("out{k}"));
        let spec = format!("{k}/3");
        ok(&solve_shard(&inst, &out, &["--shard", &spec], &[]));
        let part = solved(&out);
        // Every N-th instance of the sorted list.
        let expected: BTreeSet<String> = names.iter().skip(k - 1).step_by(3).cloned().collect();
        assert_eq!(part, expected, "shard {spec}");
        total += part.len();
        union.extend(part);
    }
    assert_eq!(total, names.len(), "shards overlap");
    assert_eq!(union, names.into_iter().collect::<BTreeSet<_>>());
}

#[test]
fn solve_out_writes_one_verified_json_and_solution_per_instance() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    let names = write_instances(&inst, &[1, 2]);
    let out = dir.path().join("out");
    let text = ok(&solve_shard(&inst, &out, &["--symmetry-constraints"], &[]));
    assert!(text.contains("solving 2 of 2 instances"), "{text}");
    for name in &names {
        let v: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(v["status"], "optimal", "{v}");
        assert_eq!(v["verified"], true, "{v}");
        let sol = out.join(format!("{name}.sol"));
        assert_eq!(v["solution_file"], s(&sol));
        let check = symbreak(
            &["verify", s(&inst.join(format!("{name}.mps"))), s(&sol)],
            &[],
        );
        ok(&check);
    }
    // No temporary file is left behind.
    assert!(
        std::fs::read_dir(&out).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with('.'))
    );
    // Several instances without --out, and a shard without --out, are
    // refused.
    fails_with(&symbreak(&["solve", s(&inst)], &[]), "--out");
    let file = inst.join("bpp4_1.mps");
    fails_with(
        &symbreak(&["solve", s(&file), "--shard", "1/2"], &[]),
        "--out",
    );
}

#[test]
fn the_flag_wins_over_the_environment_and_slurm_ids_are_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    let names = write_instances(&inst, &[1, 2, 3, 4]);
    let pick = |at: &[usize]| at.iter().map(|&i| names[i].clone()).collect::<Vec<_>>();
    let run = |tag: &str, extra: &[&str], env: &[(&str, &str)]| {
        let out = dir.path().join(tag);
        ok(&solve_shard(&inst, &out, extra, env));
        solved(&out).into_iter().collect::<Vec<_>>()
    };
    // --array=1-2: task 2 is shard 2/2.
    let slurm = [
        ("SLURM_ARRAY_TASK_ID", "2"),
        ("SLURM_ARRAY_TASK_COUNT", "2"),
        ("SLURM_ARRAY_TASK_MIN", "1"),
        ("SLURM_ARRAY_TASK_MAX", "2"),
    ];
    assert_eq!(run("slurm", &[], &slurm), pick(&[1, 3]));
    // --array=0-3: task 0 is shard 1/4.
    let zero = [
        ("SLURM_ARRAY_TASK_ID", "0"),
        ("SLURM_ARRAY_TASK_COUNT", "4"),
        ("SLURM_ARRAY_TASK_MIN", "0"),
    ];
    assert_eq!(run("zero", &[], &zero), pick(&[0]));
    // Kubernetes: 0-based index and the count variable.
    let k8s = [("JOB_COMPLETION_INDEX", "2"), ("SYMBREAK_SHARD_COUNT", "4")];
    assert_eq!(run("k8s", &[], &k8s), pick(&[2]));
    // The flag wins over both; Slurm wins over Kubernetes.
    let all: Vec<(&str, &str)> = slurm.iter().chain(&k8s).copied().collect();
    assert_eq!(run("flag", &["--shard", "1/4"], &all), pick(&[0]));
    assert_eq!(run("both", &[], &all), pick(&[1, 3]));
    // Bad specifications exit 2 and say why.
    let out = dir.path().join("bad");
    fails_with(
        &solve_shard(&inst, &out, &["--shard", "0/3"], &[]),
        "numbered 1 to 3",
    );
    fails_with(&solve_shard(&inst, &out, &["--shard", "x"], &[]), "K/N");
    fails_with(
        &solve_shard(&inst, &out, &[], &[("JOB_COMPLETION_INDEX", "1")]),
        "SYMBREAK_SHARD_COUNT",
    );
    fails_with(
        &solve_shard(&inst, &out, &[], &[("SLURM_ARRAY_TASK_ID", "1")]),
        "SLURM_ARRAY_TASK_COUNT",
    );
    assert!(solved(&out).is_empty());
}

const METHODS: &str = "plain,plain-sym,learned";

/// `compare INST --shard K/N --out OUT` with a 20 s limit.
fn compare_shard(inst: &Path, out: &Path, spec: &str, limit: &str) -> Output {
    symbreak(
        &[
            "compare",
            s(inst),
            "--time-limit",
            limit,
            "--methods",
            METHODS,
            "--shard",
            spec,
            "--out",
            s(out),
        ],
        &[],
    )
}

/// (name, [(method, status)]) per instance of a comparison's JSON.
fn statuses(v: &Value) -> Vec<(String, Vec<(String, String)>)> {
    v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let runs = i["runs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    (
                        r["method"].as_str().unwrap().to_string(),
                        r["status"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (i["name"].as_str().unwrap().to_string(), runs)
        })
        .collect()
}

#[test]
fn merged_compare_shards_list_what_one_machine_lists() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    let names = write_instances(&inst, &[1, 2, 3, 4, 5]);
    let shards = dir.path().join("shards");
    for k in 1..=3 {
        ok(&compare_shard(&inst, &shards, &format!("{k}/3"), "20"));
    }
    let merged_json = dir.path().join("merged.json");
    let svg = dir.path().join("merged.svg");
    let table = ok(&symbreak(
        &[
            "compare",
            "--merge",
            s(&shards),
            "--json-out",
            s(&merged_json),
            "--plot",
            s(&svg),
        ],
        &[],
    ));
    let merged: Value =
        serde_json::from_str(&std::fs::read_to_string(&merged_json).unwrap()).unwrap();
    let single: Value = serde_json::from_str(&ok(&symbreak(
        &[
            "compare",
            s(&inst),
            "--time-limit",
            "20",
            "--methods",
            METHODS,
            "--json",
        ],
        &[],
    )))
    .unwrap();
    let got = statuses(&merged);
    assert_eq!(got, statuses(&single));
    assert_eq!(
        got.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        names
    );
    assert!(
        got.iter()
            .all(|(_, runs)| runs.iter().all(|(_, st)| st == "optimal")),
        "{got:?}"
    );
    assert_eq!(merged["methods"], single["methods"]);
    assert_eq!(merged["time_limit_s"], 20.0);
    assert_eq!(merged["summary"]["instances"], 5);
    assert_eq!(
        merged["summary"]["instances_with_best_known"],
        single["summary"]["instances_with_best_known"]
    );
    // The table is the single run's printer: every instance block, then
    // the summary.
    for name in &names {
        assert!(table.contains(&format!("{name}  (best known: ")), "{table}");
    }
    assert!(table.contains("summary: 5 instances"), "{table}");
    assert!(
        std::fs::read_to_string(&svg)
            .unwrap()
            .contains("Performance profile")
    );
    // --json prints the same object as --json-out writes.
    let printed: Value = serde_json::from_str(&ok(&symbreak(
        &["compare", "--merge", s(&shards), "--json"],
        &[],
    )))
    .unwrap();
    assert_eq!(printed, merged);
}

#[test]
fn merge_refuses_missing_duplicated_truncated_and_mismatched_shards() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    write_instances(&inst, &[1, 2, 3]);
    let a = dir.path().join("a");
    for k in 1..=2 {
        ok(&compare_shard(&inst, &a, &format!("{k}/2"), "5"));
    }
    let merge = |dirs: &[&Path]| {
        let mut args = vec!["compare", "--merge"];
        args.extend(dirs.iter().map(|d| s(d)));
        symbreak(&args, &[])
    };
    ok(&merge(&[&a]));

    // Missing: shard 2/2 holds bpp4_2.
    let missing = dir.path().join("missing");
    std::fs::create_dir_all(&missing).unwrap();
    std::fs::copy(
        a.join("compare-shard-1-of-2.json"),
        missing.join("compare-shard-1-of-2.json"),
    )
    .unwrap();
    let out = merge(&[&missing]);
    fails_with(&out, "instance 'bpp4_2' is missing");
    fails_with(&out, "compare-shard-2-of-2.json");
    assert!(out.stdout.is_empty());

    // Duplicated: shard 1/2 in two folders.
    fails_with(&merge(&[&a, &missing]), "'bpp4_1' is in two shard files");

    // Truncated: a copy cut short, as by a job killed mid-write without the
    // temporary file and rename.
    let cut = dir.path().join("cut");
    std::fs::create_dir_all(&cut).unwrap();
    let bytes = std::fs::read(a.join("compare-shard-2-of-2.json")).unwrap();
    std::fs::copy(
        a.join("compare-shard-1-of-2.json"),
        cut.join("compare-shard-1-of-2.json"),
    )
    .unwrap();
    std::fs::write(
        cut.join("compare-shard-2-of-2.json"),
        &bytes[..bytes.len() * 2 / 3],
    )
    .unwrap();
    fails_with(
        &merge(&[&cut]),
        "compare-shard-2-of-2.json: truncated shard file",
    );

    // Not JSON at all.
    std::fs::write(cut.join("compare-shard-2-of-2.json"), "garbage").unwrap();
    fails_with(&merge(&[&cut]), "not a valid compare shard file");

    // Mismatched settings: shard 2/2 run with another time limit.
    let other = dir.path().join("other");
    ok(&compare_shard(&inst, &other, "2/2", "7"));
    let out = merge(&[&missing, &other]);
    fails_with(&out, "differs");
    fails_with(&out, "time_limit_s: 7.0 against 5.0");

    // Another instance list: shard 2/2 of a folder with one more instance.
    let more = dir.path().join("inst_more");
    write_instances(&more, &[1, 2, 3, 9]);
    let listed = dir.path().join("listed");
    ok(&compare_shard(&more, &listed, "2/2", "5"));
    fails_with(&merge(&[&missing, &listed]), "the instance list");

    // No shard files, and merge with run options, exit 2.
    fails_with(&merge(&[&inst]), "no compare shard files");
    fails_with(
        &symbreak(&["compare", "--merge", s(&a), "--time-limit", "3"], &[]),
        "cannot be used with",
    );
}

#[test]
fn a_shard_killed_mid_run_leaves_no_file_that_merge_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    write_instances(&inst, &[1, 2, 3]);
    // A 40-item bin packing that no method finishes in a few seconds; by
    // name it sorts last (position 3), into shard 2/2 with bpp4_2.
    let hard = Path::new(env!("CARGO_MANIFEST_DIR")).join("instances/bpp_40_chen_1.mps");
    std::fs::copy(&hard, inst.join("bpp_40_chen_1.mps")).unwrap();
    let out = dir.path().join("out");
    ok(&compare_shard(&inst, &out, "1/2", "60"));

    let mut child = Command::new(BIN);
    for v in SHARD_VARS {
        child.env_remove(v);
    }
    let mut child = child
        .args([
            "compare",
            s(&inst),
            "--time-limit",
            "60",
            "--methods",
            METHODS,
            "--shard",
            "2/2",
            "--out",
            s(&out),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start symbreak");
    let t0 = Instant::now();
    // Let it reach the hard instance, then kill it as Slurm's scancel -s
    // KILL or a node failure would.
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the shard finished before it was killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(t0.elapsed() < Duration::from_secs(60));

    let files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, ["compare-shard-1-of-2.json"], "{files:?}");
    let merged = symbreak(&["compare", "--merge", s(&out)], &[]);
    fails_with(
        &merged,
        "instance 'bpp4_2' is missing (and 1 more: bpp_40_chen_1)",
    );
    fails_with(&merged, "shard 2/2");
}

#[test]
fn label_shards_in_two_folders_train_one_model() {
    let dir = tempfile::tempdir().unwrap();
    let inst = dir.path().join("inst");
    let names = write_instances(&inst, &[1, 2, 3, 4, 5]);
    // bpp4_5 (shard 1/2) comes with a solution beside it.
    let beside = inst.join("bpp4_5.sol");
    ok(&symbreak(
        &[
            "solve",
            s(&inst.join("bpp4_5.mps")),
            "--write-solution",
            s(&beside),
        ],
        &[],
    ));
    let folder = |k: u32| dir.path().join(format!("labels{k}"));
    for k in 1..=2 {
        let spec = format!("{k}/2");
        let out = folder(k);
        let text = ok(&symbreak(
            &[
                "label",
                s(&inst),
                "--out",
                s(&out),
                "--label-time-limit",
                "10",
                "--shard",
                &spec,
            ],
            &[],
        ));
        assert!(
            text.contains(&format!("labels-shard-{k}-of-2.json")),
            "{text}"
        );
        // Each label is a verified solution of its instance.
        let manifest: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("labels-shard-{k}-of-2.json"))).unwrap(),
        )
        .unwrap();
        let results = manifest["results"].as_array().unwrap();
        assert_eq!(results.len(), if k == 1 { 3 } else { 2 });
        for e in results {
            let source = if e["name"] == "bpp4_5" {
                "beside"
            } else {
                "solved_optimal"
            };
            assert_eq!(e["source"], source, "{e}");
            let label = out.join(e["label"].as_str().expect("every tiny packing is labelled"));
            let file = inst.join(format!("{}.mps", e["name"].as_str().unwrap()));
            ok(&symbreak(&["verify", s(&file), s(&label)], &[]));
        }
    }
    let (a, b) = (folder(1), folder(2));
    let summary = ok(&symbreak(&["label", "--merge", s(&a), s(&b)], &[]));
    assert!(
        summary.contains(&format!(
            "{} instances in 1 labelling run(s): 5 labelled",
            names.len()
        )),
        "{summary}"
    );
    // One folder alone misses shard 2's instances.
    fails_with(
        &symbreak(&["label", "--merge", s(&a)], &[]),
        "instance 'bpp4_2' is missing",
    );

    let model = dir.path().join("model.json");
    let out = symbreak(
        &[
            "train",
            "--labels",
            s(&a),
            s(&b),
            "--epochs",
            "2",
            "--hidden",
            "8",
            "--out",
            s(&model),
        ],
        &[],
    );
    ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("label folders: 5 instances in 1 run(s), 5 labelled"),
        "{err}"
    );
    assert!(err.contains("on 4 instances, validating on 1"), "{err}");
    let m: Value = serde_json::from_str(&std::fs::read_to_string(&model).unwrap()).unwrap();
    assert_eq!(m["provenance"]["train_instances"], 4, "{}", m["provenance"]);
    ok(&symbreak(
        &["predict", s(&inst.join("bpp4_1.mps")), "--model", s(&model)],
        &[],
    ));
    // Training from an incomplete set of folders is refused.
    fails_with(
        &symbreak(&["train", "--labels", s(&b), "--out", s(&model)], &[]),
        "is missing",
    );
}
