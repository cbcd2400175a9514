//! `symbreak verify FILE SOLUTION [--json]`: the exact feasibility check.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;
use symbreak::io::solution;
use symbreak::verify::{Tolerances, VerifyReport, verify};

use super::{CliError, fmt_num, load_problem, print_json};

/// Arguments of `symbreak verify`.
#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// The solution: plain `.sol` (`=obj= v` then `name value` lines, missing
    /// names are 0) or `.json` (`{"values": {name: value}}`).
    pub solution: PathBuf,
    /// Absolute feasibility tolerance for bounds and rows.
    #[arg(long, default_value_t = Tolerances::default().absolute)]
    pub tol: f64,
    /// Relative feasibility tolerance (scaled by |side|).
    #[arg(long, default_value_t = Tolerances::default().relative)]
    pub rel_tol: f64,
    /// Largest distance to an integer allowed for integer columns.
    #[arg(long, default_value_t = Tolerances::default().integrality)]
    pub int_tol: f64,
    /// Print the report as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    report: &'a VerifyReport,
    claimed_objective: Option<f64>,
    objective_matches_claim: Option<bool>,
}

/// Runs `symbreak verify`: exit 0 if feasible, 1 if not.
pub fn run(args: &VerifyArgs) -> Result<ExitCode, CliError> {
    for (name, v) in [
        ("--tol", args.tol),
        ("--rel-tol", args.rel_tol),
        ("--int-tol", args.int_tol),
    ] {
        if !(v.is_finite() && v >= 0.0) {
            return Err(CliError::Usage(format!(
                "{name} must be a finite number >= 0, found {v}"
            )));
        }
    }
    let problem = load_problem(&args.file)?.problem;
    let sol = solution::read(&args.solution, &problem)?;
    let tol = Tolerances {
        absolute: args.tol,
        relative: args.rel_tol,
        integrality: args.int_tol,
    };
    let report = verify(&problem, sol.solution.values(), &tol);
    let matches = sol.claimed_objective.map(|c| {
        (c - report.objective).abs() <= tol.absolute + 1e-9 * c.abs().max(report.objective.abs())
    });
    if args.json {
        print_json(&Output {
            report: &report,
            claimed_objective: sol.claimed_objective,
            objective_matches_claim: matches,
        });
    } else {
        println!(
            "{}: {} (objective {}, {} violation(s), max violation {})",
            args.solution.display(),
            if report.feasible {
                "feasible"
            } else {
                "INFEASIBLE"
            },
            fmt_num(report.objective),
            report.violations,
            fmt_num(report.max_violation)
        );
        for v in &report.worst {
            println!(
                "  {:?} {}: value {} vs limit {} (by {})",
                v.kind,
                v.name,
                fmt_num(v.value),
                fmt_num(v.limit),
                fmt_num(v.amount)
            );
        }
        if matches == Some(false) {
            println!(
                "  note: the file claims objective {}, recomputed {}",
                fmt_num(sol.claimed_objective.unwrap_or(f64::NAN)),
                fmt_num(report.objective)
            );
        }
    }
    Ok(if report.feasible {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
