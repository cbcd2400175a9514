//! `symbreak solve FILE [--backend microlp|highs] [--time-limit SECONDS]
//! [--gap G] [--write-solution FILE.sol] [--json]`: the plain classical solve
//! every learned method is measured against; with `--symmetry-constraints`
//! the orbitope constraints are added first, and with `--learned` the whole
//! learned path runs (see `commands/solve_learned.rs`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use symbreak::io::solution;
use symbreak::solve::{BackendChoice, OutcomeSummary, SolveSettings, solve};
use symbreak::symmetry::{SymmetryOptions, breaking, detect};
use symbreak::verify::verify;

use super::{CliError, fmt_num, load_problem, print_json};

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
    /// incumbent optimal.
    #[arg(long, value_name = "G", default_value_t = SolveSettings::default().relative_gap)]
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
    /// answer is verified against the original problem too.
    #[arg(long)]
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
    #[arg(long, value_enum, default_value_t = symbreak::pipeline::Strategy::Both, requires = "learned")]
    pub strategy: symbreak::pipeline::Strategy,
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
    let time_limit = match args.time_limit {
        None => None,
        Some(s) if s.is_finite() && s >= 0.0 => Some(
            Duration::try_from_secs_f64(s)
                .map_err(|e| CliError::Usage(format!("--time-limit {s}: {e}")))?,
        ),
        Some(s) => {
            return Err(CliError::Usage(format!(
                "--time-limit must be a finite number of seconds >= 0, found {s}"
            )));
        }
    };
    if !(args.gap.is_finite() && args.gap >= 0.0) {
        return Err(CliError::Usage(format!(
            "--gap must be a finite number >= 0, found {}",
            args.gap
        )));
    }
    let problem = load_problem(&args.file)?.problem;
    if args.learned {
        return super::solve_learned::run(args, &problem, time_limit);
    }
    if !args.json {
        super::print_problem_line(&problem, &args.file);
        println!(
            "backend     {}, time limit {}, gap {}",
            backend.name(),
            args.time_limit
                .map_or_else(|| "none".to_string(), |t| format!("{} s", fmt_num(t))),
            fmt_num(args.gap)
        );
    }
    let settings = SolveSettings {
        time_limit,
        relative_gap: args.gap,
        ..SolveSettings::default()
    };
    let start = std::time::Instant::now();
    let constrained = if args.symmetry_constraints {
        let sym = detect(&problem, &SymmetryOptions::default());
        let added = breaking::with_breaking_constraints(&problem, &sym.orbitopes)
            .map_err(|e| CliError::Usage(format!("cannot add symmetry constraints: {e}")))?;
        if !args.json {
            println!(
                "symmetry    log10|G| = {:.2}, {} orbitope(s), {} rows added in {:.3} s",
                sym.log10_group_size,
                sym.orbitopes.len(),
                added.num_rows() - problem.num_rows(),
                start.elapsed().as_secs_f64()
            );
        }
        Some(added)
    } else {
        None
    };
    let settings = SolveSettings {
        time_limit: settings
            .time_limit
            .map(|t| t.saturating_sub(start.elapsed())),
        ..settings
    };
    let target = constrained.as_ref().unwrap_or(&problem);
    let mut outcome =
        solve(target, &settings, backend.as_ref()).map_err(|e| CliError::Usage(e.to_string()))?;
    outcome.time = start.elapsed();
    if let Some(sol) = &outcome.solution {
        // Constraints only restrict, but the original decides.
        let report = verify(&problem, sol.values(), &settings.tolerances);
        if !report.feasible {
            outcome.status = symbreak::solve::Status::NumericalTrouble;
            outcome.message = Some(format!(
                "solution of the constrained problem fails the original by {}",
                report.max_violation
            ));
            outcome.solution = None;
            outcome.objective = None;
        }
    }
    let mut written = None;
    if let Some(path) = &args.write_solution {
        match (&outcome.solution, outcome.objective) {
            (Some(sol), Some(obj)) => {
                solution::write(path, &problem, sol, obj)?;
                written = Some(path.display().to_string());
            }
            _ => eprintln!(
                "note: no solution ({}), {} not written",
                outcome.status,
                path.display()
            ),
        }
    }
    if args.json {
        print_json(&Output {
            problem: problem.name(),
            file: args.file.display().to_string(),
            summary: outcome.summary(),
            solution_file: written,
        });
        return Ok(ExitCode::SUCCESS);
    }
    let opt = |x: Option<f64>| x.map_or_else(|| "-".to_string(), fmt_num);
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
            .gap
            .map_or_else(|| "-".to_string(), |g| format!("{:.4}%", 100.0 * g))
    );
    println!("time        {:.3} s", outcome.time.as_secs_f64());
    if let Some(v) = outcome.max_violation().filter(|v| *v > 0.0) {
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
    Ok(ExitCode::SUCCESS)
}
