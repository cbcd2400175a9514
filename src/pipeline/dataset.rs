//! Labelled instances for training and evaluation.
//!
//! A label is the best solution the classical solver finds within a stated
//! time limit, solved *with* the orbitope constraints (which keep an optimal
//! solution and make microlp fast on symmetric instances; the loss aligns
//! labels to predictions anyway, so which symmetric copy is the label does
//! not matter). Labels are cached as `.sol` files under
//! `<cache>/<backend>_<limit>s/<instance>.sol`, so a second run does not
//! solve again; an instance read from a file uses a `.sol` file beside it
//! when there is one. An instance for which the solver ends without a
//! solution (time limit, infeasible, unbounded) gets a marker
//! `<instance>.nosol` holding the status instead, and later runs with the
//! same backend and limit skip it without solving. A backend failure
//! (numerical trouble, an error) is not cached. Delete the marker (or the
//! cache folder) to try again.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::io::solution;
use crate::model::{Problem, VarKind};
use crate::nn::train::Sample;
use crate::solve::{Backend, BackendChoice, Status};
use crate::symmetry::Symmetry;
use crate::verify::{Tolerances, verify};

use super::complete::{CompleteTask, complete};
use super::prepare::{DEFAULT_TIME_LIMIT, prepare};

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
    /// The cache folder of this backend and time limit.
    fn cache_folder(&self) -> Option<PathBuf> {
        let dir = self.cache_dir.as_ref()?;
        Some(dir.join(format!(
            "{}_{}s",
            self.backend.as_str(),
            self.time_limit.as_secs_f64()
        )))
    }

    /// The cached label of instance `name`.
    fn cache_path(&self, name: &str) -> Option<PathBuf> {
        Some(self.cache_folder()?.join(format!("{name}.sol")))
    }

    /// The marker saying that instance `name` had no solution within the
    /// limit.
    pub fn no_solution_marker(&self, name: &str) -> Option<PathBuf> {
        Some(self.cache_folder()?.join(format!("{name}.nosol")))
    }
}

/// Writes `contents` to `path`, creating its folder. A cache entry that
/// cannot be written only costs a re-solve next time, so errors are
/// dropped.
fn write_cache_entry(path: &Path, write: impl FnOnce(&Path) -> std::io::Result<()>) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = write(path);
}

fn read_valid(path: &Path, problem: &Problem) -> Option<Vec<f64>> {
    let sol = solution::read(path, problem).ok()?;
    let report = verify(problem, sol.solution.values(), &Tolerances::default());
    report.feasible.then(|| sol.solution.into_values())
}

/// A label for `problem`: from `beside` (a `.sol` next to the instance
/// file), the cache, or a fresh solve (then cached). `None` when the solver
/// finds no solution in time, or when a `.nosol` marker in the cache says
/// that it did not before (then nothing is solved). Every label is
/// verified.
pub fn label(
    problem: &Problem,
    symmetry: &Symmetry,
    beside: Option<&Path>,
    backend: &dyn Backend,
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
    let marker = settings.no_solution_marker(problem.name());
    if marker.as_ref().is_some_and(|m| m.exists()) {
        return None;
    }
    let outcome = complete(
        problem,
        backend,
        &CompleteTask {
            symmetry: Some(symmetry),
            symmetry_constraints: true,
            deadline: Some(Instant::now() + settings.time_limit),
            ..CompleteTask::default()
        },
    )
    .outcome;
    let (Some(sol), Some(objective)) = (outcome.solution, outcome.objective) else {
        if let (Some(path), Status::NoSolutionFound | Status::Infeasible | Status::Unbounded) =
            (marker, outcome.status)
        {
            write_cache_entry(&path, |p| {
                std::fs::write(p, format!("{}\n", outcome.status.as_str()))
            });
        }
        return None;
    };
    if let Some(path) = cache {
        write_cache_entry(&path, |p| {
            solution::write(p, problem, &sol, objective).map_err(std::io::Error::other)
        });
    }
    let source = if outcome.status == Status::Optimal {
        LabelSource::SolvedOptimal
    } else {
        LabelSource::SolvedFeasible
    };
    Some((sol.into_values(), source))
}

/// The [`prepare`] stage (with the default budget, as a default
/// `solve --learned` sees the instance) and the label of one instance, as
/// a training sample. `None` when no label could be found or the label
/// backend is not compiled in.
pub fn sample(
    problem: Problem,
    beside: Option<&Path>,
    settings: &LabelSettings,
) -> Option<(Sample, LabelSource)> {
    let backend = settings.backend.backend().ok()?;
    let prepared = prepare(&problem, backend.as_ref(), DEFAULT_TIME_LIMIT);
    let (label, source) = label(
        &problem,
        &prepared.symmetry,
        beside,
        backend.as_ref(),
        settings,
    )?;
    let lp = prepared.lp.map(|l| l.x);
    Some((
        Sample::new(problem, prepared.symmetry, lp.as_deref(), label),
        source,
    ))
}

/// How the labels of a set were found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LabelCounts {
    /// From a `.sol` file beside the instance.
    pub beside: usize,
    /// From the cache.
    pub cached: usize,
    /// Solved now and proven optimal.
    pub solved_optimal: usize,
    /// Solved now, the best found within the limit.
    pub solved_feasible: usize,
    /// Without a label (skipped).
    pub without: usize,
}

impl LabelCounts {
    fn add(&mut self, source: Option<LabelSource>) {
        *match source {
            Some(LabelSource::Beside) => &mut self.beside,
            Some(LabelSource::Cache) => &mut self.cached,
            Some(LabelSource::SolvedOptimal) => &mut self.solved_optimal,
            Some(LabelSource::SolvedFeasible) => &mut self.solved_feasible,
            None => &mut self.without,
        } += 1;
    }
}

/// Labels `items` (a problem and the `.sol` file that may sit beside it)
/// in parallel, calling `done` after each. The samples keep the items'
/// order.
pub fn label_all(
    items: Vec<(Problem, Option<PathBuf>)>,
    settings: &LabelSettings,
    done: impl Fn() + Sync,
) -> (Vec<Sample>, LabelCounts) {
    let results: Vec<Option<(Sample, LabelSource)>> = items
        .into_par_iter()
        .map(|(p, beside)| {
            let r = sample(p, beside.as_deref(), settings);
            done();
            r
        })
        .collect();
    let mut counts = LabelCounts::default();
    let mut samples = Vec::new();
    for r in results {
        counts.add(r.as_ref().map(|(_, source)| *source));
        samples.extend(r.map(|(s, _)| s));
    }
    (samples, counts)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProblemBuilder;
    use crate::solve::MicrolpBackend;

    /// Two binaries that must sum to `rhs` (infeasible for `rhs` = 3).
    fn pair(name: &str, rhs: f64) -> Problem {
        let mut b = ProblemBuilder::new(name);
        let x = b.add_var("x", VarKind::Binary, 0.0, 1.0, 1.0).unwrap();
        let y = b.add_var("y", VarKind::Binary, 0.0, 1.0, 2.0).unwrap();
        b.add_row("sum", rhs, rhs, &[(x, 1.0), (y, 1.0)]).unwrap();
        b.build().unwrap()
    }

    fn settings(dir: &Path) -> LabelSettings {
        LabelSettings {
            time_limit: Duration::from_secs(5),
            cache_dir: Some(dir.to_path_buf()),
            ..LabelSettings::default()
        }
    }

    fn symmetry_of(p: &Problem) -> Symmetry {
        crate::symmetry::detect(p, &crate::symmetry::SymmetryOptions::default())
    }

    #[test]
    fn an_instance_without_solution_leaves_a_no_solution_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("never", 3.0);
        assert!(label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).is_none());
        let marker = settings.no_solution_marker("never").unwrap();
        assert_eq!(
            std::fs::read_to_string(&marker).unwrap().trim(),
            Status::Infeasible.as_str()
        );
        assert!(!settings.cache_path("never").unwrap().exists());
    }

    #[test]
    fn a_no_solution_marker_is_honoured_without_solving() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        // A solvable instance with a marker: only a label() that trusts the
        // marker (and does not solve) returns None.
        let p = pair("marked", 1.0);
        let marker = settings.no_solution_marker("marked").unwrap();
        std::fs::create_dir_all(marker.parent().unwrap()).unwrap();
        std::fs::write(&marker, "no_solution\n").unwrap();
        assert!(label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).is_none());
        assert!(!settings.cache_path("marked").unwrap().exists());
        std::fs::remove_file(&marker).unwrap();
        let (x, source) = label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).unwrap();
        assert_eq!(source, LabelSource::SolvedOptimal);
        assert_eq!(x, vec![1.0, 0.0]);
        let (_, source) = label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }

    #[test]
    fn a_label_found_later_wins_over_an_old_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("both", 1.0);
        label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).unwrap();
        let marker = settings.no_solution_marker("both").unwrap();
        std::fs::write(&marker, "no_solution\n").unwrap();
        let (_, source) = label(&p, &symmetry_of(&p), None, &MicrolpBackend, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }
}
