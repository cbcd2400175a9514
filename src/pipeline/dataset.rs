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
    let Some(sol) = outcome.solution else {
        if let (Some(path), Status::NoSolutionFound | Status::Infeasible | Status::Unbounded) =
            (marker, outcome.status)
        {
            write_cache_entry(&path, |p| {
                std::fs::write(p, format!("{}\n", outcome.status.as_str()))
            });
        }
        return None;
    };
    let report = verify(problem, sol.values(), &Tolerances::default());
    if !report.feasible {
        return None;
    }
    if let Some(path) = cache {
        write_cache_entry(&path, |p| {
            solution::write(p, problem, &sol, report.objective).map_err(std::io::Error::other)
        });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProblemBuilder;

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
        detect(p, &SymmetryOptions::default())
    }

    #[test]
    fn an_instance_without_solution_leaves_a_no_solution_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("never", 3.0);
        assert!(label(&p, &symmetry_of(&p), None, &settings).is_none());
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
        assert!(label(&p, &symmetry_of(&p), None, &settings).is_none());
        assert!(!settings.cache_path("marked").unwrap().exists());
        std::fs::remove_file(&marker).unwrap();
        let (x, source) = label(&p, &symmetry_of(&p), None, &settings).unwrap();
        assert_eq!(source, LabelSource::SolvedOptimal);
        assert_eq!(x, vec![1.0, 0.0]);
        let (_, source) = label(&p, &symmetry_of(&p), None, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }

    #[test]
    fn a_label_found_later_wins_over_an_old_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("both", 1.0);
        label(&p, &symmetry_of(&p), None, &settings).unwrap();
        let marker = settings.no_solution_marker("both").unwrap();
        std::fs::write(&marker, "no_solution\n").unwrap();
        let (_, source) = label(&p, &symmetry_of(&p), None, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }
}
