//! `symbreak generate FAMILY [family options] --out DIR [--count N]
//! [--seed S] [--format mps|lp]`: seeded instances and their manifest.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use symbreak::generate::{
    AuctionParams, BinPackingParams, ColoringData, ColoringParams, CuttingStockParams,
    FacilityParams, Family, GapParams, GenerateError, Graph, GraphPartitionParams,
    IndependentSetParams, Manifest, ManifestEntry, MultiKnapsackParams, PcmaxParams,
    SetCoverParams,
};
use symbreak::io;
use symbreak::model::Problem;

use super::CliError;

/// Arguments of `symbreak generate`.
#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// The instance family, with its options.
    #[command(subcommand)]
    pub family: FamilyCommand,
}

/// Where and how many: the options every family takes.
#[derive(Args, Debug, Clone)]
pub struct OutputArgs {
    /// Folder to write the instances and manifest.json into (created if
    /// missing; an existing manifest.json is updated, entries with the same
    /// file name replaced).
    #[arg(long)]
    pub out: PathBuf,
    /// Number of instances, with seeds S, S+1, ..., S+N-1. [default: 1]
    /// [range: >= 1]
    #[arg(long, default_value_t = 1, hide_default_value = true)]
    pub count: u32,
    /// First seed. [default: 0]
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    pub seed: u64,
    /// File format. [default: mps]
    #[arg(long, value_enum, default_value_t = FileFormat::Mps, hide_default_value = true)]
    pub format: FileFormat,
}

/// The format of the written files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// Free MPS (`.mps`).
    Mps,
    /// CPLEX LP (`.lp`).
    Lp,
}

impl FileFormat {
    fn extension(self) -> &'static str {
        match self {
            FileFormat::Mps => "mps",
            FileFormat::Lp => "lp",
        }
    }
}

/// The families.
#[derive(Subcommand, Debug)]
pub enum FamilyCommand {
    /// Bin packing: n items, identical bins (symmetric).
    Bpp {
        /// Family options.
        #[command(flatten)]
        params: BinPackingParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Graph coloring of G(n, p) or of a DIMACS .col graph, K
    /// interchangeable colors (symmetric).
    Coloring {
        /// Family options.
        #[command(flatten)]
        params: ColoringParams,
        /// Color this DIMACS .col graph instead of drawing G(n, p) (then
        /// nothing is random: --count must be 1 and --seed is ignored).
        #[arg(long, conflicts_with_all = ["vertices", "edge_probability"])]
        graph: Option<PathBuf>,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Identical parallel machines, minimum makespan (P||Cmax; symmetric).
    Pcmax {
        /// Family options.
        #[command(flatten)]
        params: PcmaxParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Multiple knapsack, identical knapsacks, weakly correlated profits;
    /// maximize the packed profit (symmetric).
    #[command(visible_alias = "multi-knapsack")]
    Mkp {
        /// Family options.
        #[command(flatten)]
        params: MultiKnapsackParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Generalized assignment, identical agents within each agent type,
    /// Chu & Beasley type D costs; minimize the cost (symmetric).
    #[command(visible_alias = "generalized-assignment")]
    Gap {
        /// Family options.
        #[command(flatten)]
        params: GapParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Cutting stock in Kantorovich's formulation: item types with widths
    /// and demands cut from identical rolls; minimize the rolls used
    /// (symmetric).
    #[command(visible_alias = "cutting-stock")]
    Cutstock {
        /// Family options.
        #[command(flatten)]
        params: CuttingStockParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Graph partitioning of G(n, p) with weighted edges into identical
    /// parts of bounded size; minimize the cut weight (symmetric).
    #[command(visible_alias = "graph-partition")]
    Gpp {
        /// Family options.
        #[command(flatten)]
        params: GraphPartitionParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Set cover, Balas & Ho (control).
    Setcover {
        /// Family options.
        #[command(flatten)]
        params: SetCoverParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Combinatorial auction, Leyton-Brown "arbitrary" bids (control).
    Auction {
        /// Family options.
        #[command(flatten)]
        params: AuctionParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Capacitated facility location, Cornuejols et al. (control).
    Facility {
        /// Family options.
        #[command(flatten)]
        params: FacilityParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Maximum independent set, clique partition formulation (control).
    Indset {
        /// Family options.
        #[command(flatten)]
        params: IndependentSetParams,
        /// Output options.
        #[command(flatten)]
        output: OutputArgs,
    },
}

fn usage(e: GenerateError) -> CliError {
    match e {
        GenerateError::Read(r) => CliError::Read(r),
        other => CliError::Usage(other.to_string()),
    }
}

fn parameters<T: serde::Serialize>(params: &T) -> Result<serde_json::Value, CliError> {
    serde_json::to_value(params)
        .map_err(|e| CliError::Usage(format!("cannot record parameters: {e}")))
}

/// Writes one problem and records it in the manifest.
fn write_one(
    problem: &Problem,
    output: &OutputArgs,
    family: &str,
    params: serde_json::Value,
    seed: Option<u64>,
    manifest: &mut Manifest,
) -> Result<(), CliError> {
    // created at the first write, so bad parameters leave nothing behind
    std::fs::create_dir_all(&output.out).map_err(|e| {
        CliError::Read(io::ReadError::Io {
            file: output.out.display().to_string(),
            source: e,
        })
    })?;
    let file = format!("{}.{}", problem.name(), output.format.extension());
    let path = output.out.join(&file);
    io::write_problem(problem, &path)?;
    let entry = ManifestEntry::new(file, family, params, seed, problem);
    println!(
        "{}  {} rows, {} cols, {} nonzeros, {} integer",
        path.display(),
        entry.rows,
        entry.cols,
        entry.nonzeros,
        entry.integer_cols
    );
    manifest.upsert(entry);
    Ok(())
}

/// Generates `count` instances of a seeded family.
fn seeded<F: Family>(
    params: &F,
    output: &OutputArgs,
    manifest: &mut Manifest,
) -> Result<(), CliError> {
    let recorded = parameters(params)?;
    for k in 0..u64::from(output.count) {
        let seed = output.seed.checked_add(k).ok_or_else(|| {
            CliError::Usage(format!(
                "--seed {} with --count {} passes 2^64 - 1",
                output.seed, output.count
            ))
        })?;
        let problem = params.generate(seed).map_err(usage)?;
        write_one(
            &problem,
            output,
            F::NAME,
            recorded.clone(),
            Some(seed),
            manifest,
        )?;
    }
    Ok(())
}

/// A coloring of a DIMACS graph: one file, no seed.
fn coloring_of_file(
    graph_file: &Path,
    params: &ColoringParams,
    output: &OutputArgs,
    manifest: &mut Manifest,
) -> Result<(), CliError> {
    if output.count != 1 {
        return Err(CliError::Usage(
            "--graph gives one instance: --count must be 1".to_string(),
        ));
    }
    let read = io::dimacs::read_graph(graph_file)?;
    for w in &read.warnings {
        eprintln!(
            "warning: {}:{}: {}",
            graph_file.display(),
            w.line,
            w.message
        );
    }
    let graph = Graph::new(read.vertices, &read.edges).map_err(usage)?;
    let data = ColoringData::new(graph, params.colors).map_err(usage)?;
    let stem = graph_file
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.trim_end_matches(".gz").trim_end_matches(".col"))
        .unwrap_or("graph");
    let name = format!("{}_{stem}_k{}", ColoringParams::NAME, data.colors);
    let problem = data.to_problem(&name).map_err(usage)?;
    let recorded = serde_json::json!({
        "graph": graph_file.display().to_string(),
        "vertices": data.graph.vertices(),
        "edges": data.graph.num_edges(),
        "colors": data.colors,
    });
    write_one(
        &problem,
        output,
        ColoringParams::NAME,
        recorded,
        None,
        manifest,
    )
}

/// What writing one family's instances takes: the output options and the
/// manifest to record them in.
type Job<'a> = Box<dyn FnOnce(&OutputArgs, &mut Manifest) -> Result<(), CliError> + 'a>;

/// Runs `symbreak generate`.
pub fn run(args: &GenerateArgs) -> Result<ExitCode, CliError> {
    let (output, job): (&OutputArgs, Job<'_>) = match &args.family {
        FamilyCommand::Bpp { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Coloring {
            params,
            graph: Some(file),
            output,
        } => (
            output,
            Box::new(move |o, m| coloring_of_file(file, params, o, m)),
        ),
        FamilyCommand::Coloring {
            params,
            graph: None,
            output,
        } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Pcmax { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Mkp { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Gap { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Cutstock { params, output } => {
            (output, Box::new(|o, m| seeded(params, o, m)))
        }
        FamilyCommand::Gpp { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
        FamilyCommand::Setcover { params, output } => {
            (output, Box::new(|o, m| seeded(params, o, m)))
        }
        FamilyCommand::Auction { params, output } => {
            (output, Box::new(|o, m| seeded(params, o, m)))
        }
        FamilyCommand::Facility { params, output } => {
            (output, Box::new(|o, m| seeded(params, o, m)))
        }
        FamilyCommand::Indset { params, output } => (output, Box::new(|o, m| seeded(params, o, m))),
    };
    if output.count == 0 {
        return Err(CliError::Usage("--count must be at least 1".to_string()));
    }
    let mut manifest = Manifest::load_or_default(&output.out).map_err(CliError::Usage)?;
    manifest.generator = format!("symbreak {}", env!("CARGO_PKG_VERSION"));
    job(output, &mut manifest)?;
    let path = output.out.join(Manifest::FILE);
    std::fs::write(&path, manifest.to_json()).map_err(|e| {
        CliError::Read(io::ReadError::Io {
            file: path.display().to_string(),
            source: e,
        })
    })?;
    Ok(ExitCode::SUCCESS)
}
