//! Labelled instances for training and evaluation.
//!
//! A label is the best solution the classical solver finds within a stated
//! time limit, solved *with* the orbitope constraints (which keep an optimal
//! solution and make microlp fast on symmetric instances; the loss aligns
//! labels to predictions anyway, so which symmetric copy is the label does
//! not matter). Labels are cached as `.sol` files under
//! `<cache>/<backend>_<limit>s/<instance>.sol`, so a second run does not
//! solve again; an instance read from a file uses a `.sol` file beside it
//! when there is one.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::io::solution;
use crate::model::{Problem, VarKind};
use crate::nn::train::Sample;
use crate::solve::{BackendChoice, Status};
use crate::symmetry::{Symmetry, SymmetryOptions, detect};
use crate::verify::{Tolerances, verify};

use super::completion::complete;
use super::prepare::symmetric_lp_solution;

/// How labels are made.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSettings {
    /// The labelling solver. [default: microlp]
    pub backend: BackendChoice,
    /// Its time limit per instance. [default: 20 s]
    pub time_limit: Duration,
    /// Where solved labels are cached (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
}

impl Default for LabelSettings {
    fn default() -> Self {
        LabelSettings {
            backend: BackendChoice::Microlp,
            time_limit: Duration::from_secs(20),
            cache_dir: Some(PathBuf::from(".symbreak-cache")),
        }
    }
}

/// Where a label came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSource {
    /// A `.sol` file beside the instance.
    Beside,
    /// The cache.
    Cache,
    /// Solved now, proven optimal.
    SolvedOptimal,
    /// Solved now, best found within the limit.
    SolvedFeasible,
}

impl LabelSettings {
    fn cache_path(&self, name: &str) -> Option<PathBuf> {
        let dir = self.cache_dir.as_ref()?;
        Some(
            dir.join(format!(
                "{}_{}s",
                self.backend.as_str(),
                self.time_limit.as_secs_f64()
            ))
            .join(format!("{name}.sol")),
        )
    }
}

fn read_valid(path: &Path, problem: &Problem) -> Option<Vec<f64>> {
    let sol = solution::read(path, problem).ok()?;
    let report = verify(problem, sol.solution.values(), &Tolerances::default());
    report.feasible.then(|| sol.solution.into_values())
}

/// A label for `problem`: from `beside` (a `.sol` next to the instance
/// file), the cache, or a fresh solve (then cached). `None` when the solver
/// finds no solution in time. Every label is verified.
pub fn label(
    problem: &Problem,
    symmetry: &Symmetry,
    beside: Option<&Path>,
    settings: &LabelSettings,
) -> Option<(Vec<f64>, LabelSource)> {
    if let Some(x) = beside
        .filter(|p| p.exists())
        .and_then(|p| read_valid(p, problem))
    {
        return Some((x, LabelSource::Beside));
    }
    let cache = settings.cache_path(problem.name());
    if let Some(x) = cache
        .as_ref()
        .filter(|p| p.exists())
        .and_then(|p| read_valid(p, problem))
    {
        return Some((x, LabelSource::Cache));
    }
    let done = complete(
        problem,
        Some(symmetry),
        true,
        None,
        settings.backend,
        Instant::now() + settings.time_limit,
        Tolerances::default(),
    );
    let outcome = done.outcome?;
    let sol = outcome.solution?;
    let report = verify(problem, sol.values(), &Tolerances::default());
    if !report.feasible {
        return None;
    }
    if let Some(path) = cache {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        // A cache that cannot be written only costs a re-solve next time.
        let _ = solution::write(&path, problem, &sol, report.objective);
    }
    let source = if outcome.status == Status::Optimal {
        LabelSource::SolvedOptimal
    } else {
        LabelSource::SolvedFeasible
    };
    Some((sol.into_values(), source))
}

/// Symmetry, orbit-averaged LP and label of one instance, as a training
/// sample. `None` when no label could be found.
pub fn sample(
    problem: Problem,
    beside: Option<&Path>,
    settings: &LabelSettings,
) -> Option<(Sample, LabelSource)> {
    let symmetry = detect(&problem, &SymmetryOptions::default());
    let lp = symmetric_lp_solution(
        &problem,
        Some(&symmetry),
        settings.backend,
        Duration::from_secs(10),
    );
    let (label, source) = label(&problem, &symmetry, beside, settings)?;
    Some((Sample::new(problem, symmetry, lp.as_deref(), label), source))
}

/// True if the rounded prediction (binaries at ½) extends to a feasible
/// solution: checked directly when every variable is binary, else by
/// solving for the other variables with the binaries fixed (1 s limit).
pub fn rounded_is_feasible(problem: &Problem, probs: &[f64], backend: BackendChoice) -> bool {
    let rounded: Vec<f64> = probs
        .iter()
        .map(|&p| if p >= 0.5 { 1.0 } else { 0.0 })
        .collect();
    if problem.var_kinds().iter().all(|&k| k == VarKind::Binary) {
        return verify(problem, &rounded, &Tolerances::default()).feasible;
    }
    let settings = crate::solve::SolveSettings {
        time_limit: Some(Duration::from_secs(1)),
        fixings: problem
            .vars()
            .filter(|&v| problem.var_kind(v) == VarKind::Binary)
            .map(|v| (v, rounded[v.index()]))
            .collect(),
        ..Default::default()
    };
    backend
        .backend()
        .ok()
        .and_then(|b| crate::solve::solve(problem, &settings, b.as_ref()).ok())
        .is_some_and(|o| o.solution.is_some())
}
