//! `symbreak solve FILE [--backend microlp|highs] [--time-limit SECONDS]
//! [--gap G] [--write-solution FILE.sol] [--json]`: the plain classical solve
//! every learned method is measured against; with `--symmetry-constraints`
//! the orbitope constraints are added first, and with `--learned` the whole
//! learned path runs. Both print one outcome shape (stages, status,
//! objective, bound, gap, times).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use symbreak::io::solution;
use symbreak::model::Problem;
use symbreak::nn::TrainedModel;
use symbreak::pipeline::{
    DEFAULT_TIME_LIMIT, LearnedSettings, LearnedSolver, Outcome, OutcomeSummary, PlainSettings,
    Strategy, solve_plain,
};
use symbreak::solve::{BackendChoice, SolveSettings};

use super::{CliError, fmt_num, load_model, load_problem, print_json};

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
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// The MILP solver: microlp (pure Rust, always built) or highs (needs a
    /// build with `--features highs`).
    #[arg(long, value_enum, default_value_t = BackendChoice::Microlp)]
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
    let backend = args
        .backend
        .backend()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let time_limit = checked_time_limit(args)?;
    let model = if args.learned {
        Some(load_model(args.model.as_deref())?)
    } else {
        None
    };
    let problem = load_problem(&args.file)?.problem;
    if !args.json {
        print_header(args, &problem, model.as_ref(), backend.name(), time_limit);
    }
    let outcome = match &model {
        Some(model) => LearnedSolver::new(learned_settings(args, time_limit))
            .with_model(model.clone())
            .with_backend(Arc::from(backend))
            .solve(&problem),
        None => {
            let settings = PlainSettings {
                time_limit,
                relative_gap: args.gap,
                symmetry_constraints: args.symmetry_constraints,
                ..PlainSettings::default()
            };
            solve_plain(&problem, backend.as_ref(), &settings)
        }
    };
    let written = write_solution(args, &problem, &outcome)?;
    if args.json {
        print_json(&Output {
            problem: problem.name(),
            file: args.file.display().to_string(),
            model: model.map(|m| m.breaking.to_string()),
            summary: outcome.summary(),
            solution_file: written,
        });
    } else {
        print_outcome(&outcome, written.as_deref());
    }
    Ok(ExitCode::SUCCESS)
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
        ..defaults
    }
}

/// The problem line and what will run.
fn print_header(
    args: &SolveArgs,
    problem: &Problem,
    model: Option<&TrainedModel>,
    backend: &str,
    time_limit: Option<Duration>,
) {
    super::print_problem_line(problem, &args.file);
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
    if !outcome.stages.is_empty() {
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
    for n in &outcome.notes {
        println!("note        {n}");
    }
    if let Some(w) = written {
        println!("solution    written to {w}");
    }
}
