//! `symbreak solve FILE [--backend bnb|microlp|highs] [--time-limit SECONDS]
//! [--gap G] [--write-solution FILE.sol] [--json]`: the plain classical solve
//! every learned method is measured against; with `--symmetry-constraints`
//! the orbitope constraints are added first, and with `--learned` the whole
//! learned path runs. Both print one outcome shape (stages, status,
//! objective, bound, gap, times).
//!
//! Batch solving: `symbreak solve PATH... --out DIR [--shard K/N]` solves
//! every instance of the files and folders (or a shard of them, for Slurm
//! array jobs) one after another and writes `DIR/<name>.json` (the `--json`
//! object) and `DIR/<name>.sol` (when there is a solution) for each, each
//! file written atomically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use symbreak::bnb::BnbSettings;
use symbreak::io::files::{distinct_names, instance_files};
use symbreak::io::solution;
use symbreak::model::Problem;
use symbreak::nn::TrainedModel;
use symbreak::pipeline::{
    DEFAULT_TIME_LIMIT, LearnedSettings, LearnedSolver, Outcome, OutcomeSummary, PlainSettings,
    Strategy, solve_plain,
};
use symbreak::shard::{Shard, write_atomic};
use symbreak::solve::{Backend, BackendChoice, BnbBackend, SolveSettings};

use super::{CliError, fmt_num, load_model, load_problem, print_json, resolve_shard};

/// Arguments of `symbreak solve`.
///
/// Exit code 0 whenever the solve ran, whatever the status (optimal,
/// feasible, infeasible, unbounded, no_solution, numerical_trouble); 2 on
/// bad input or options, including a backend that is not compiled in.
///
/// The time limit covers the solve itself (sub-problem building, the
/// backend, verification); reading the file and writing the solution come
/// on top. Measured overhead beyond the limit: see docs/results.md.
#[derive(Args, Debug)]
pub struct SolveArgs {
    /// The problem file (.mps, .lp, optionally .gz); with --out, any
    /// number of files and folders (every problem file inside).
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// Solve every instance of PATH... and write DIR/<name>.json (the
    /// --json object) and DIR/<name>.sol (the solution, when found).
    #[arg(long, value_name = "DIR", conflicts_with_all = ["json", "write_solution"])]
    pub out: Option<PathBuf>,
    /// With --out: solve only shard K of N (1-based), every N-th instance
    /// of the file list; without it a Slurm array task or Kubernetes
    /// Indexed Job names the shard (see `symbreak compare --help`).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// The MILP solver: bnb (symbreak's own branch-and-cut: propagation,
    /// symmetry handling, cuts; pure Rust), microlp (good_lp's pure-Rust
    /// solver) or highs (needs a build with `--features highs`).
    #[arg(long, value_enum, default_value_t = BackendChoice::default())]
    pub backend: BackendChoice,
    /// Wall-clock limit in seconds for the solve; without it the backend
    /// runs until it proves its answer.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Relative MIP gap at which the backend may stop and call its
    /// incumbent optimal (plain solve only).
    #[arg(long, value_name = "G", default_value_t = SolveSettings::default().relative_gap,
          conflicts_with = "learned")]
    pub gap: f64,
    /// Write the verified solution here (`=obj=` line, then `name value` for
    /// every nonzero; `.json` for JSON). Nothing is written without a
    /// solution.
    #[arg(long, value_name = "FILE.sol")]
    pub write_solution: Option<PathBuf>,
    /// Print one JSON object (status, objective, bound, gap, time_s,
    /// backend, verified, max_violation, ...) instead of the human log.
    #[arg(long)]
    pub json: bool,
    /// Detect the formulation symmetry and add the static orbitope
    /// constraints (valid: at least one optimal solution survives). The
    /// answer is verified against the original problem too. (The learned
    /// path always adds them in its completion.)
    #[arg(long, conflicts_with = "learned")]
    pub symmetry_constraints: bool,
    /// Run the learned path: symmetry detection, GNN prediction, repair
    /// (fix-and-propagate, neural diving, trust region) and completion with symmetry
    /// constraints. Without --time-limit it gets 60 s.
    #[arg(long)]
    pub learned: bool,
    /// Model file for --learned; the embedded default model otherwise.
    #[arg(long, requires = "learned")]
    pub model: Option<PathBuf>,
    /// Repair strategies for --learned (after fix-and-propagate; like it,
    /// they run only while there is no solution yet).
    #[arg(long, value_enum, default_value_t = Strategy::Both, requires = "learned")]
    pub strategy: Strategy,
    /// Skip the fix-and-propagate repair (fix the binaries in confidence
    /// order with bound propagation) that runs before the sub-MIPs.
    #[arg(long, requires = "learned")]
    pub no_propagate: bool,
    /// Skip the local search that improves the repaired solution (a
    /// weighted-violation walk under an objective cutoff, first alone,
    /// then beside the completion).
    #[arg(long, requires = "learned")]
    pub no_local_search: bool,
    /// Print the solver's progress to stderr while it runs (bnb: a line
    /// every 5 s and at every new incumbent with time, nodes, open nodes,
    /// depth, LP iterations, bound, incumbent and gap, and at the end a
    /// table of its components' calls, time and findings; microlp prints
    /// nothing; highs prints its own log).
    #[arg(long)]
    pub log: bool,
    /// Switch off branch-and-cut components by name, comma-separated
    /// (bnb only): cut families (cuts.cover, cuts.clique, cuts.mir, cuts.aggregation,
    /// cuts.gomory) and the cut rounds below the root (cuts.nodes), heuristics (heur.fix_and_propagate,
    /// heur.feasibility_pump, heur.feasibility_jump, heur.lp_dive,
    /// heur.pscost_dive, heur.guided_dive, heur.one_opt,
    /// heur.local_search, heur.rens, heur.rins, heur.local_branching),
    /// propagators (prop.orbitopal, prop.orbital, prop.redcost_root, prop.redcost_node), branching
    /// rules (branch.reliability, branch.most_fractional), conflict
    /// analysis (conflicts), root restarts (restarts), presolve's probing
    /// (presolve.probing), and with --learned
    /// the prediction's child order (branch.guide).
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub disable: Vec<String>,
    /// Seed of random breaking features (noise, orbit, orbit-plus models).
    #[arg(long, default_value_t = 0, requires = "learned")]
    pub seed: u64,
}

#[derive(Serialize)]
struct Output<'a> {
    problem: &'a str,
    file: String,
    /// The model's breaking variant (learned path only).
    model: Option<String>,
    #[serde(flatten)]
    summary: OutcomeSummary,
    solution_file: Option<String>,
}

/// Runs `symbreak solve`.
pub fn run(args: &SolveArgs) -> Result<ExitCode, CliError> {
    let time_limit = checked_time_limit(args)?;
    // Fails early when the backend is not compiled in or a component name
    // is unknown.
    backend(args)?;
    let model = if args.learned {
        Some(load_model(args.model.as_deref())?)
    } else {
        None
    };
    if let Some(dir) = &args.out {
        return run_batch(args, dir, model.as_ref(), time_limit);
    }
    let file = match args.paths.as_slice() {
        [f] if !f.is_dir() => f,
        _ => {
            return Err(CliError::Usage(
                "several instances or a folder need --out DIR (one JSON per instance)".into(),
            ));
        }
    };
    if let Some(shard) = args.shard {
        return Err(CliError::Usage(format!(
            "--shard {shard} needs --out DIR and a list of instances"
        )));
    }
    let problem = load_problem(file)?.problem;
    if !args.json {
        let name = args.backend.as_str();
        print_header(args, file, &problem, model.as_ref(), name, time_limit);
    }
    let outcome = solve_one(args, &problem, model.as_ref(), time_limit)?;
    let written = write_solution(args, &problem, &outcome)?;
    if args.json {
        print_json(&output(file, &problem, model.as_ref(), &outcome, written));
    } else {
        print_outcome(&outcome, written.as_deref());
    }
    Ok(ExitCode::SUCCESS)
}

/// The `--json` object of a solve.
fn output<'a>(
    file: &Path,
    problem: &'a Problem,
    model: Option<&TrainedModel>,
    outcome: &Outcome,
    solution_file: Option<String>,
) -> Output<'a> {
    Output {
        problem: problem.name(),
        file: file.display().to_string(),
        model: model.map(|m| m.breaking.to_string()),
        summary: outcome.summary(),
        solution_file,
    }
}

/// One solve: the learned path with `model`, the plain solve without.
fn solve_one(
    args: &SolveArgs,
    problem: &Problem,
    model: Option<&TrainedModel>,
    time_limit: Option<Duration>,
) -> Result<Outcome, CliError> {
    let backend = backend(args)?;
    Ok(match model {
        Some(model) => LearnedSolver::new(learned_settings(args, time_limit))
            .with_model(model.clone())
            .with_backend(Arc::from(backend))
            .solve(problem),
        None => {
            let settings = PlainSettings {
                time_limit,
                relative_gap: args.gap,
                symmetry_constraints: args.symmetry_constraints,
                log: args.log,
                ..PlainSettings::default()
            };
            solve_plain(problem, backend.as_ref(), &settings)
        }
    })
}

/// `solve PATH... --out DIR`: every instance of the shard, one after
/// another, one JSON (and one solution) file each, and a line per instance
/// on stdout.
fn run_batch(
    args: &SolveArgs,
    dir: &Path,
    model: Option<&TrainedModel>,
    time_limit: Option<Duration>,
) -> Result<ExitCode, CliError> {
    let files = instance_files(&args.paths)?;
    if files.is_empty() {
        return Err(CliError::Usage("no instance files found".into()));
    }
    let names = distinct_names(&files).map_err(CliError::Usage)?;
    let shard = resolve_shard(args.shard)?.unwrap_or_else(Shard::whole);
    std::fs::create_dir_all(dir).map_err(|source| symbreak::io::ReadError::Io {
        file: dir.display().to_string(),
        source,
    })?;
    let mine: Vec<(PathBuf, String)> = shard
        .select(&files)
        .into_iter()
        .zip(shard.select(&names))
        .collect();
    // Read every instance of the shard first, so bad input stops us before
    // any solve.
    let mut problems = Vec::with_capacity(mine.len());
    for (file, name) in &mine {
        problems.push((file, name, load_problem(file)?.problem));
    }
    println!(
        "solving {} of {} instances (shard {shard}) into {}",
        problems.len(),
        files.len(),
        dir.display()
    );
    for (file, name, problem) in &problems {
        let outcome = solve_one(args, problem, model, time_limit)?;
        let sol_path = dir.join(format!("{name}.sol"));
        let written = match (&outcome.solution, outcome.objective) {
            (Some(sol), Some(obj)) => {
                write_atomic(&sol_path, solution::to_plain(problem, sol, obj).as_bytes())?;
                Some(sol_path.display().to_string())
            }
            _ => None,
        };
        let json_path = dir.join(format!("{name}.json"));
        let text = serde_json::to_string_pretty(&output(file, problem, model, &outcome, written))
            .map_err(|e| CliError::Usage(format!("cannot render JSON: {e}")))?;
        write_atomic(&json_path, format!("{text}\n").as_bytes())?;
        println!(
            "{name:<32} {:<17} {:>14} {:>9.3} s",
            outcome.status.as_str(),
            outcome.objective.map_or_else(|| "-".to_string(), fmt_num),
            outcome.time_s
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The backend of `--backend`; the branch-and-cut without the components
/// of `--disable` (checked against the known names).
fn backend(args: &SolveArgs) -> Result<Box<dyn Backend>, CliError> {
    if args.disable.is_empty() {
        return args
            .backend
            .backend()
            .map_err(|e| CliError::Usage(e.to_string()));
    }
    if args.backend != BackendChoice::Bnb {
        return Err(CliError::Usage(format!(
            "--disable switches off components of the bnb backend, not of {}",
            args.backend.as_str()
        )));
    }
    let settings = BnbSettings {
        disabled: args.disable.clone(),
        ..BnbSettings::default()
    };
    settings
        .check_disabled()
        .map_err(|e| CliError::Usage(format!("--disable: {e}")))?;
    Ok(Box::new(BnbBackend { settings }))
}

/// `--time-limit` as a duration, and `--gap`, checked.
fn checked_time_limit(args: &SolveArgs) -> Result<Option<Duration>, CliError> {
    if !(args.gap.is_finite() && args.gap >= 0.0) {
        return Err(CliError::Usage(format!(
            "--gap must be a finite number >= 0, found {}",
            args.gap
        )));
    }
    match args.time_limit {
        None => Ok(None),
        Some(s) if s.is_finite() && s >= 0.0 => Duration::try_from_secs_f64(s)
            .map(Some)
            .map_err(|e| CliError::Usage(format!("--time-limit {s}: {e}"))),
        Some(s) => Err(CliError::Usage(format!(
            "--time-limit must be a finite number of seconds >= 0, found {s}"
        ))),
    }
}

/// The learned path's settings from the flags.
fn learned_settings(args: &SolveArgs, time_limit: Option<Duration>) -> LearnedSettings {
    let defaults = LearnedSettings::default();
    LearnedSettings {
        time_limit: time_limit.unwrap_or(DEFAULT_TIME_LIMIT),
        backend: args.backend,
        strategy: args.strategy,
        seed: args.seed,
        local_search: defaults
            .local_search
            .clone()
            .filter(|_| !args.no_local_search),
        propagate: defaults.propagate.clone().filter(|_| !args.no_propagate),
        log: args.log,
        ..defaults
    }
}

/// The problem line and what will run.
fn print_header(
    args: &SolveArgs,
    file: &Path,
    problem: &Problem,
    model: Option<&TrainedModel>,
    backend: &str,
    time_limit: Option<Duration>,
) {
    super::print_problem_line(problem, file);
    let limit = time_limit
        .or(model.map(|_| DEFAULT_TIME_LIMIT))
        .map_or_else(
            || "none".to_string(),
            |t| format!("{} s", fmt_num(t.as_secs_f64())),
        );
    match model {
        Some(m) => println!(
            "learned     '{}' model, backend {backend}, time limit {limit}",
            m.breaking
        ),
        None => println!(
            "backend     {backend}, time limit {limit}, gap {}",
            fmt_num(args.gap)
        ),
    }
}

/// Writes the verified solution where `--write-solution` says; returns
/// the path written, or says on stderr why nothing was.
fn write_solution(
    args: &SolveArgs,
    problem: &Problem,
    outcome: &Outcome,
) -> Result<Option<String>, CliError> {
    let Some(path) = &args.write_solution else {
        return Ok(None);
    };
    match (&outcome.solution, outcome.objective) {
        (Some(sol), Some(obj)) => {
            solution::write(path, problem, sol, obj)?;
            Ok(Some(path.display().to_string()))
        }
        _ => {
            eprintln!(
                "note: no solution ({}), {} not written",
                outcome.status,
                path.display()
            );
            Ok(None)
        }
    }
}

/// The human log of a solve: one line per stage, then the verdict.
fn print_outcome(outcome: &Outcome, written: Option<&str>) {
    let opt = |x: Option<f64>| x.map_or_else(|| "-".to_string(), fmt_num);
    let secs = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |t| format!("{t:.3}"));
    for st in &outcome.stages {
        println!(
            "  {:<12} {:>7.3} s  {}  (best {})",
            st.name,
            st.time_s,
            st.status,
            opt(st.objective)
        );
    }
    println!("status      {}", outcome.status);
    println!(
        "objective   {}{}",
        opt(outcome.objective),
        if outcome.verified() {
            " (verified)"
        } else {
            ""
        }
    );
    println!("bound       {}", opt(outcome.bound));
    println!(
        "gap         {}",
        outcome
            .gap()
            .map_or_else(|| "-".to_string(), |g| format!("{:.4}%", 100.0 * g))
    );
    if outcome.verified() {
        println!(
            "first/best  {} s / {} s{}",
            secs(outcome.time_to_first_solution_s),
            secs(outcome.time_to_best_s),
            outcome
                .found_by
                .as_ref()
                .map_or(String::new(), |f| format!(" (found by {f})"))
        );
    }
    println!("time        {:.3} s", outcome.time_s);
    if let Some(v) = outcome.max_violation.filter(|v| *v > 0.0) {
        println!("violation   {}", fmt_num(v));
    }
    if let Some(m) = &outcome.message {
        println!("message     {m}");
    }
    if let Some(stats) = &outcome.stats {
        println!("search      {}", stats_line(stats));
    }
    for n in &outcome.notes {
        println!("note        {n}");
    }
    if let Some(w) = written {
        println!("solution    written to {w}");
    }
}

/// The search statistics on one line, `name value, ...` as the JSON
/// `stats` object has them (keys sorted, nested objects as
/// `outer.inner`), zeros and unknowns left out.
fn stats_line(stats: &impl Serialize) -> String {
    fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    flatten(&key, v, out);
                }
            }
            serde_json::Value::Null => {}
            // The root restarts: how many, and the columns each fixed.
            serde_json::Value::Array(items)
                if items
                    .first()
                    .is_some_and(|r| r.get("fixed_columns").is_some()) =>
            {
                let fixed: Vec<String> = items
                    .iter()
                    .map(|r| format!("{}/{}", r["fixed_columns"], r["integer_columns"]))
                    .collect();
                out.push(format!(
                    "{prefix} {} (fixed/integer columns {})",
                    items.len(),
                    fixed.join(" ")
                ));
            }
            // The component table: `name found/calls` for those called.
            serde_json::Value::Array(items) => {
                let called: Vec<String> = items
                    .iter()
                    .filter_map(|c| {
                        let name = c.get("name")?.as_str()?;
                        let calls = c.get("calls")?.as_u64()?;
                        let found = c.get("found").and_then(|f| f.as_u64()).unwrap_or(0);
                        (calls > 0).then(|| format!("{name} {found}/{calls}"))
                    })
                    .collect();
                if !called.is_empty() {
                    out.push(format!("{prefix} (found/calls) {}", called.join(" ")));
                }
            }
            serde_json::Value::Number(n) if n.as_f64() == Some(0.0) => {}
            serde_json::Value::Number(n) => match n.as_f64() {
                Some(x) if x.fract() != 0.0 => out.push(format!("{prefix} {x:.3}")),
                _ => out.push(format!("{prefix} {n}")),
            },
            other => out.push(format!("{prefix} {other}")),
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(stats) {
        flatten("", &value, &mut out);
    }
    out.join(", ")
}
