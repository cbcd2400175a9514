//! Side-by-side runs of several methods on the same instances — `plain`
//! (the backend alone, the branch-and-cut by default), `plain-sym` (the
//! same with static symmetry-breaking constraints), the `learned` path
//! and, when compiled in, `highs` —
//! turned into a text table, a JSON object and SVG plots.
//!
//! - [`methods`]: the [`Method`]s and one timed [`Run`] of a method;
//! - [`metrics`]: best-known objective, primal gap, time to the best-known
//!   solution, speed-ups, wins, primal integral, performance profile, and
//!   the [`Summary`] of a [`Comparison`];
//! - [`table`]: the text table;
//! - [`json`]: the JSON object;
//! - [`plot`]: the SVG plots;
//! - [`shard`]: a shard's results as a file, and the merge of such files
//!   back into one [`Comparison`] (Slurm array jobs, Kubernetes Indexed
//!   Jobs; the shard rule is [`crate::shard`]).
//!
//! Runs go one after another (never in parallel) so that their wall-clock
//! times are comparable.
//!
//! ```no_run
//! use std::time::Duration;
//! use symbreak::compare::{CompareSettings, Comparison, Method, run_instance, table};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let problem = symbreak::io::read_problem("instances/bpp_20_chen_1.mps")?.problem;
//! let settings = CompareSettings { time_limit: Duration::from_secs(10), ..CompareSettings::default() };
//! let methods = Method::defaults();
//! let instance = run_instance("bpp_20_chen_1", &problem, &methods, &settings, |_, _| {})?;
//! let comparison = Comparison { time_limit_s: 10.0, methods, instances: vec![instance] };
//! print!("{}", table::render(&comparison));
//! # Ok(())
//! # }
//! ```

mod error;
pub mod json;
pub mod methods;
pub mod metrics;
pub mod plot;
pub mod shard;
pub mod table;

pub use error::CompareError;
pub use methods::{CompareSettings, Method, Run};
pub use metrics::Summary;

use crate::model::{Problem, Sense};

/// Every run on one instance.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InstanceResult {
    /// The instance's name (the file name without extensions in the CLI).
    pub name: String,
    /// Whether its objective is minimized or maximized.
    pub sense: Sense,
    /// One run per method, in the order of the comparison's methods.
    pub runs: Vec<Run>,
}

impl InstanceResult {
    /// The run of `method`, if it was run.
    pub fn run(&self, method: Method) -> Option<&Run> {
        self.runs.iter().find(|r| r.method == method)
    }
}

/// A whole comparison: the settings and every instance's runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The time limit of every run, seconds.
    pub time_limit_s: f64,
    /// The methods, in the order they ran.
    pub methods: Vec<Method>,
    /// The instances, in the order they ran.
    pub instances: Vec<InstanceResult>,
}

impl Comparison {
    /// The summary metrics (see [`metrics`]).
    pub fn summary(&self) -> Summary {
        Summary::of(self)
    }
}

/// Runs every method of `methods` on `problem`, one after another, calling
/// `progress(method, None)` when a run starts and `progress(method,
/// Some(&run))` when it ends (for progress display).
///
/// # Errors
/// The first [`CompareError`] of a run (a method this build lacks, a solver
/// that rejects its settings).
pub fn run_instance(
    name: &str,
    problem: &Problem,
    methods: &[Method],
    settings: &CompareSettings,
    mut progress: impl FnMut(Method, Option<&Run>),
) -> Result<InstanceResult, CompareError> {
    let mut runs = Vec::with_capacity(methods.len());
    for &method in methods {
        progress(method, None);
        let run = method.run(problem, settings)?;
        progress(method, Some(&run));
        runs.push(run);
    }
    Ok(InstanceResult {
        name: name.to_string(),
        sense: problem.sense(),
        runs,
    })
}
