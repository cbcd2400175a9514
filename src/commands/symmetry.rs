//! `symbreak symmetry FILE [--json] [--time-limit S]`: the formulation
//! symmetry of an instance.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use serde::Serialize;
use symbreak::symmetry::{SearchLimits, StageTimes, Symmetry, SymmetryOptions, detect};

use super::{CliError, load_problem, print_json};

/// Arguments of `symbreak symmetry`.
#[derive(Args, Debug)]
pub struct SymmetryArgs {
    /// The problem file (.mps, .lp, optionally .gz).
    pub file: PathBuf,
    /// Print one JSON object (group_size_log10, generators, var_orbits,
    /// largest_var_orbit, orbitopes, refinement_cells, complete, time_s, ...).
    #[arg(long)]
    pub json: bool,
    /// Stop the search after this many seconds; the result then says
    /// `complete: false` and the group size is a lower bound.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub time_limit: f64,
    /// Stop after this many search-tree nodes.
    #[arg(long, default_value_t = SearchLimits::default().max_nodes)]
    pub max_nodes: u64,
    /// Also print every generator as cycles of variable names.
    #[arg(long)]
    pub generators: bool,
}

#[derive(Serialize)]
struct OrbitopeSummary {
    rows: usize,
    cols: usize,
    /// The first column's variables (one per row), to recognize it.
    first_column: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    group_size_log10: f64,
    generators: usize,
    var_orbits: usize,
    largest_var_orbit: usize,
    nontrivial_var_orbits: usize,
    row_orbits: usize,
    orbitopes: Vec<OrbitopeSummary>,
    refinement_cells: usize,
    refinement_row_cells: usize,
    complete: bool,
    canonical_complete: bool,
    nodes: u64,
    time_s: f64,
    stages: StageTimes,
    #[serde(skip_serializing_if = "Option::is_none")]
    generator_cycles: Option<Vec<Vec<Vec<String>>>>,
}

fn report(problem: &symbreak::model::Problem, s: &Symmetry, with_gens: bool) -> Report {
    Report {
        group_size_log10: s.log10_group_size,
        generators: s.generators.len(),
        var_orbits: s.var_orbits.len(),
        largest_var_orbit: s.largest_var_orbit(),
        nontrivial_var_orbits: s.var_orbits.iter().filter(|o| o.len() > 1).count(),
        row_orbits: s.row_orbits,
        orbitopes: s
            .orbitopes
            .iter()
            .map(|o| OrbitopeSummary {
                rows: o.num_rows(),
                cols: o.num_cols(),
                first_column: o.columns[0]
                    .iter()
                    .map(|&v| problem.var_name(v).to_string())
                    .collect(),
            })
            .collect(),
        refinement_cells: s.refinement_cells,
        refinement_row_cells: s.refinement_row_cells,
        complete: s.complete,
        canonical_complete: s.canonical_complete,
        nodes: s.nodes,
        time_s: s.time.as_secs_f64(),
        stages: s.times,
        generator_cycles: with_gens.then(|| {
            s.generators
                .iter()
                .map(|g| {
                    g.var_cycles()
                        .into_iter()
                        .map(|c| {
                            c.into_iter()
                                .map(|v| problem.var_name(v).to_string())
                                .collect()
                        })
                        .collect()
                })
                .collect()
        }),
    }
}

/// Runs `symbreak symmetry`.
pub fn run(args: &SymmetryArgs) -> Result<ExitCode, CliError> {
    if !(args.time_limit.is_finite() && args.time_limit > 0.0) {
        return Err(CliError::Usage(format!(
            "--time-limit must be a positive number of seconds, found {}",
            args.time_limit
        )));
    }
    let problem = load_problem(&args.file)?.problem;
    let options = SymmetryOptions {
        limits: SearchLimits {
            time: Some(Duration::from_secs_f64(args.time_limit)),
            max_nodes: args.max_nodes,
            ..SearchLimits::default()
        },
        ..SymmetryOptions::default()
    };
    let s = detect(&problem, &options);
    let r = report(&problem, &s, args.generators);
    if args.json {
        print_json(&r);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "problem      {} ({} vars, {} rows)",
        problem.name(),
        problem.num_vars(),
        problem.num_rows()
    );
    println!(
        "group        |G| = 10^{:.4}{}, {} generators",
        r.group_size_log10,
        if r.complete {
            ""
        } else {
            " (lower bound: limit hit)"
        },
        r.generators
    );
    println!(
        "orbits       {} variable orbits ({} non-trivial, largest {}), {} row orbits",
        r.var_orbits, r.nontrivial_var_orbits, r.largest_var_orbit, r.row_orbits
    );
    println!(
        "refinement   {} variable cells, {} row cells (color refinement alone)",
        r.refinement_cells, r.refinement_row_cells
    );
    if r.orbitopes.is_empty() {
        println!("orbitopes    none");
    }
    for (i, o) in r.orbitopes.iter().enumerate() {
        println!(
            "orbitope {i}   {} rows x {} columns, first column {}{}",
            o.rows,
            o.cols,
            o.first_column[..o.first_column.len().min(4)].join(" "),
            if o.first_column.len() > 4 { " ..." } else { "" }
        );
    }
    println!(
        "time         {:.4} s (graph {:.4}, refine {:.4}, search {:.4}, orbitopes {:.4}, canonical {:.4}), {} nodes",
        r.time_s,
        r.stages.graph_s,
        r.stages.refine_s,
        r.stages.search_s,
        r.stages.orbitopes_s,
        r.stages.canonical_s,
        r.nodes
    );
    if let Some(gens) = &r.generator_cycles {
        for (i, g) in gens.iter().enumerate() {
            let cycles: Vec<String> = g.iter().map(|c| format!("({})", c.join(" "))).collect();
            println!("gen {i}: {}", cycles.join(""));
        }
    }
    Ok(ExitCode::SUCCESS)
}
