//! The `symbreak` command-line program: parses arguments, calls the library,
//! prints. One file per command under `commands/`.

mod commands;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// symbreak: integer linear programs with symmetry, solved by a
/// relaxed-equivariant GNN proposal repaired and verified by a classical
/// MILP solver.
///
/// Files are read by extension: .mps (free or fixed), .lp (CPLEX LP), each
/// optionally .gz. Exit codes: 0 success, 1 a verified "no" (e.g. `verify`
/// found a violation), 2 bad input or options.
#[derive(Parser, Debug)]
#[command(name = "symbreak", version, about, long_about)]
struct Cli {
    /// Refuse what the readers tolerate: every reader warning (text after
    /// ENDATA, an unclosed 'INTORG' marker, a bound given twice, ...)
    /// becomes an error with exit code 2. Before or after the subcommand.
    #[arg(long, global = true)]
    strict: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Sizes and structure of a problem file.
    Info(commands::info::InfoArgs),
    /// Check a solution file against a problem, exactly.
    Verify(commands::verify::VerifyArgs),
    /// Convert between .mps, .lp (and .gz) by extension.
    Convert(commands::convert::ConvertArgs),
    /// Formulation symmetry: group size, orbits, orbitopes.
    Symmetry(commands::symmetry::SymmetryArgs),
    /// Seeded instances of a family, with a manifest.json.
    Generate(commands::generate::GenerateArgs),
    /// Label instances with a classical solver into a label folder, in
    /// shards if asked (Slurm array jobs); `--merge` checks label folders.
    Label(commands::label::LabelArgs),
    /// Train a GNN on generated or given instances (labels solved and cached).
    Train(commands::train::TrainArgs),
    /// Per-variable scores of a model on an instance.
    Predict(commands::predict::PredictArgs),
    /// Top-m% error and rounded feasibility of a model over instances.
    Evaluate(commands::evaluate::EvaluateArgs),
    /// Solve with the branch-and-cut (or --backend microlp, highs); every
    /// answer verified.
    Solve(commands::solve::SolveArgs),
    /// Run plain, plain-sym, learned (and highs) on instances, one after
    /// another: table, JSON, SVG plots.
    Compare(commands::compare::CompareArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    commands::set_strict(cli.strict);
    let result = match &cli.command {
        Command::Info(args) => commands::info::run(args),
        Command::Verify(args) => commands::verify::run(args),
        Command::Convert(args) => commands::convert::run(args),
        Command::Symmetry(args) => commands::symmetry::run(args),
        Command::Generate(args) => commands::generate::run(args),
        Command::Label(args) => commands::label::run(args),
        Command::Train(args) => commands::train::run(args),
        Command::Predict(args) => commands::predict::run(args),
        Command::Evaluate(args) => commands::evaluate::run(args),
        Command::Solve(args) => commands::solve::run(args),
        Command::Compare(args) => commands::compare::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;
    use symbreak::pipeline::LearnedSettings;
    use symbreak::solve::BackendChoice;
    use symbreak::training::labels::LabelSettings;

    /// One default backend everywhere: every subcommand's `--backend` and
    /// `--label-backend` default to the library's default backend (the
    /// branch-and-cut), as do the library's label and learned settings.
    /// (`predict` has no flag: it prepares with `BackendChoice::default()`.)
    #[test]
    fn every_backend_flag_defaults_to_the_branch_and_cut() {
        let default = BackendChoice::default();
        assert_eq!(default, BackendChoice::Bnb);
        let cli = Cli::command();
        let mut seen = Vec::new();
        for sub in cli.get_subcommands() {
            for arg in sub.get_arguments() {
                let Some(long) = arg.get_long().filter(|l| l.ends_with("backend")) else {
                    continue;
                };
                let defaults: Vec<String> = arg
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                assert_eq!(
                    defaults,
                    [default.as_str()],
                    "symbreak {} --{long}",
                    sub.get_name()
                );
                seen.push(format!("{} --{long}", sub.get_name()));
            }
        }
        for expected in [
            "label --label-backend",
            "train --label-backend",
            "evaluate --label-backend",
            "solve --backend",
            "compare --backend",
        ] {
            assert!(seen.iter().any(|s| s == expected), "{expected} in {seen:?}");
        }
        assert_eq!(LabelSettings::default().backend, default);
        assert_eq!(LearnedSettings::default().backend, default);
    }
}
