//! `symbreak solve FILE --learned`: the learned path (symmetry, LP,
//! inference, repair, completion), with a log of every stage.

use std::process::ExitCode;
use std::time::Duration;

use serde::Serialize;
use symbreak::io::solution;
use symbreak::model::Problem;
use symbreak::pipeline::{LearnedSettings, LearnedSolver, StageLog};
use symbreak::solve::relative_gap;

use super::solve::SolveArgs;
use super::{CliError, fmt_num, load_model, print_json};

#[derive(Serialize)]
struct Output<'a> {
    problem: &'a str,
    file: String,
    status: &'static str,
    objective: Option<f64>,
    bound: Option<f64>,
    gap: Option<f64>,
    time_s: f64,
    backend: &'static str,
    verified: bool,
    max_violation: Option<f64>,
    breaking: String,
    stages: &'a [StageLog],
    time_to_first_solution_s: Option<f64>,
    time_to_best_s: Option<f64>,
    solution_file: Option<String>,
}

/// Runs the learned path for `symbreak solve --learned`.
pub fn run(
    args: &SolveArgs,
    problem: &Problem,
    time_limit: Option<Duration>,
) -> Result<ExitCode, CliError> {
    if !args.backend.is_available() {
        return Err(CliError::Usage(format!(
            "backend '{}' is not compiled in: rebuild with --features highs",
            args.backend.as_str()
        )));
    }
    let model = load_model(args.model.as_deref())?;
    let breaking = model.breaking.to_string();
    let settings = LearnedSettings {
        time_limit: time_limit.unwrap_or(Duration::from_secs(60)),
        backend: args.backend,
        strategy: args.strategy,
        seed: args.seed,
        local_search: if args.no_local_search {
            None
        } else {
            LearnedSettings::default().local_search
        },
        propagate: if args.no_propagate {
            None
        } else {
            LearnedSettings::default().propagate
        },
        ..LearnedSettings::default()
    };
    if !args.json {
        super::print_problem_line(problem, &args.file);
        println!(
            "learned     '{breaking}' model, backend {}, time limit {} s",
            args.backend.as_str(),
            fmt_num(settings.time_limit.as_secs_f64())
        );
    }
    let out = LearnedSolver::new(settings)
        .with_model(model)
        .solve(problem);
    let mut written = None;
    if let (Some(path), Some(sol), Some(obj)) = (&args.write_solution, &out.solution, out.objective)
    {
        solution::write(path, problem, sol, obj)?;
        written = Some(path.display().to_string());
    }
    let gap = match (out.objective, out.bound) {
        (Some(o), Some(b)) => Some(relative_gap(o, b)),
        _ => None,
    };
    if args.json {
        print_json(&Output {
            problem: problem.name(),
            file: args.file.display().to_string(),
            status: out.status.as_str(),
            objective: out.objective,
            bound: out.bound,
            gap,
            time_s: out.time_s,
            backend: out.backend,
            verified: out.solution.is_some(),
            max_violation: out.max_violation,
            breaking,
            stages: &out.stages,
            time_to_first_solution_s: out.time_to_first_solution_s,
            time_to_best_s: out.time_to_best_s,
            solution_file: written,
        });
        return Ok(ExitCode::SUCCESS);
    }
    let opt = |x: Option<f64>| x.map_or_else(|| "-".to_string(), fmt_num);
    for st in &out.stages {
        println!(
            "  {:<11} {:>7.3} s  {}  (best {})",
            st.name,
            st.time_s,
            st.status,
            opt(st.objective)
        );
    }
    println!("status      {}", out.status);
    println!(
        "objective   {}{}",
        opt(out.objective),
        if out.solution.is_some() {
            " (verified)"
        } else {
            ""
        }
    );
    println!("bound       {}", opt(out.bound));
    println!(
        "gap         {}",
        gap.map_or_else(|| "-".to_string(), |g| format!("{:.4}%", 100.0 * g))
    );
    println!(
        "first/best  {} s / {} s",
        out.time_to_first_solution_s
            .map_or_else(|| "-".into(), |t| format!("{t:.3}")),
        out.time_to_best_s
            .map_or_else(|| "-".into(), |t| format!("{t:.3}"))
    );
    println!("time        {:.3} s", out.time_s);
    if let Some(w) = written {
        println!("solution    written to {w}");
    }
    Ok(ExitCode::SUCCESS)
}
