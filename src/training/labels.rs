//! The label store: labelled instances for training and evaluation.
//!
//! A label is the best solution the classical solver finds within a stated
//! time limit, solved *with* the orbitope constraints (which keep an optimal
//! solution and make the search fast on symmetric instances; the loss aligns
//! labels to predictions anyway, so which symmetric copy is the label does
//! not matter). Labels are cached as `.sol` files under
//! `<cache>/<backend>_<limit>s/<instance>.sol`, so a second run does not
//! solve again; an instance read from a file uses a `.sol` file beside it
//! when there is one. An instance for which the solver ends without a
//! solution (time limit, infeasible, unbounded) gets a marker
//! `<instance>.nosol` holding the status instead, and later runs with the
//! same backend and limit skip it without solving. A backend failure
//! (numerical trouble, an error) is not cached. Delete the marker (or the
//! cache folder) to try again. Cache entries are written to a temporary
//! file and renamed, so a job killed mid-write leaves no half label.
//!
//! **Label folders** (`symbreak label ... --out DIR`, one per run, possibly
//! in shards): the labels in the cache layout above with `DIR` as the
//! cache, and per shard a `labels-shard-K-of-N.json` ([`LabelShard`]) that
//! lists each instance's file, its label file (relative to `DIR`) and where
//! the label came from. `train --labels DIR...` merges the shard files
//! ([`merge_label_folders`]) and trains on the labelled instances.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;

use serde::{Deserialize, Serialize};

use crate::io::solution;
use crate::model::{Problem, Solution, VarKind};
use crate::nn::train::Sample;
use crate::shard::{self, Named, Shard, ShardError, ShardFile};
use crate::solve::{Backend, BackendChoice, Status};
use crate::symmetry::Symmetry;
use crate::verify::{Tolerances, verify};

use crate::budget::Budget;
use crate::pipeline::{CompleteTask, DEFAULT_TIME_LIMIT, complete, detect_symmetry, prepare};

/// How labels are made.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSettings {
    /// The labelling solver. [default: bnb, as everywhere]
    pub backend: BackendChoice,
    /// Its time limit per instance. [default: 20 s]
    pub time_limit: Duration,
    /// Where solved labels are cached (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
}

impl Default for LabelSettings {
    fn default() -> Self {
        LabelSettings {
            backend: BackendChoice::default(),
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
    pub fn cache_path(&self, name: &str) -> Option<PathBuf> {
        Some(self.cache_folder()?.join(format!("{name}.sol")))
    }

    /// The marker saying that instance `name` had no solution within the
    /// limit.
    pub fn no_solution_marker(&self, name: &str) -> Option<PathBuf> {
        Some(self.cache_folder()?.join(format!("{name}.nosol")))
    }
}

/// Writes `contents` to `path` atomically, creating its folder. A cache
/// entry that cannot be written only costs a re-solve next time, so errors
/// are dropped.
fn write_cache_entry(path: &Path, contents: &str) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = shard::write_atomic(path, contents.as_bytes());
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
    label_as(problem.name(), problem, symmetry, beside, backend, settings)
}

/// [`label`], cached under `name` rather than the problem's own name (a
/// label folder keys labels by file name).
fn label_as(
    name: &str,
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
    let cache = settings.cache_path(name);
    if let Some(x) = cache
        .as_ref()
        .filter(|p| p.exists())
        .and_then(|p| read_valid(p, problem))
    {
        return Some((x, LabelSource::Cache));
    }
    let marker = settings.no_solution_marker(name);
    if marker.as_ref().is_some_and(|m| m.exists()) {
        return None;
    }
    let outcome = complete(
        problem,
        backend,
        &CompleteTask {
            symmetry: Some(&std::sync::Arc::new(symmetry.clone())),
            symmetry_constraints: true,
            budget: crate::budget::Budget::new(Some(settings.time_limit)),
            ..CompleteTask::default()
        },
    )
    .outcome;
    let (Some(sol), Some(objective)) = (outcome.solution, outcome.objective) else {
        if let (Some(path), Status::NoSolutionFound | Status::Infeasible | Status::Unbounded) =
            (marker, outcome.status)
        {
            write_cache_entry(&path, &format!("{}\n", outcome.status.as_str()));
        }
        return None;
    };
    if let Some(path) = cache {
        write_cache_entry(&path, &solution::to_plain(problem, &sol, objective));
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
    let prepared = prepare(
        &problem,
        backend.as_ref(),
        &Budget::new(Some(DEFAULT_TIME_LIMIT)),
    );
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

/// The label of instance `name` as [`label`] finds it (with the symmetry
/// detection `solve --learned` does first), cached under `name` (the file
/// name, unlike [`label`]); a label from a `.sol` beside the instance is
/// copied into the cache too, so the cache folder holds every label.
/// `None` as for [`label`].
pub fn label_instance(
    name: &str,
    problem: &Problem,
    beside: Option<&Path>,
    settings: &LabelSettings,
) -> Option<(Vec<f64>, LabelSource)> {
    let backend = settings.backend.backend().ok()?;
    let symmetry = detect_symmetry(problem, &Budget::new(Some(DEFAULT_TIME_LIMIT)));
    let (x, source) = label_as(name, problem, &symmetry, beside, backend.as_ref(), settings)?;
    if source == LabelSource::Beside {
        if let Some(path) = settings.cache_path(name) {
            let objective = verify(problem, &x, &Tolerances::default()).objective;
            let text = solution::to_plain(problem, &Solution::from_values(x.clone()), objective);
            write_cache_entry(&path, &text);
        }
    }
    Some((x, source))
}

/// A training sample from an instance and a label found before (a label
/// folder): the [`prepare`] stage as [`sample`] runs it, without solving.
/// `None` when `backend` is not compiled in.
pub fn labelled_sample(
    problem: Problem,
    label: Vec<f64>,
    backend: BackendChoice,
) -> Option<Sample> {
    let backend = backend.backend().ok()?;
    let prepared = prepare(
        &problem,
        backend.as_ref(),
        &Budget::new(Some(DEFAULT_TIME_LIMIT)),
    );
    let lp = prepared.lp.map(|l| l.x);
    Some(Sample::new(
        problem,
        prepared.symmetry,
        lp.as_deref(),
        label,
    ))
}

/// The `kind` of label shard files.
pub const LABEL_KIND: &str = "labels";

/// What every shard of one labelling run shares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelShardSettings {
    /// The labelling solver (`bnb`, `microlp`, `highs`).
    pub backend: String,
    /// Its time limit per instance, seconds.
    pub time_limit_s: f64,
    /// The symbreak version that labelled.
    pub symbreak_version: String,
}

impl LabelShardSettings {
    /// The settings of `settings`.
    pub fn of(settings: &LabelSettings) -> Self {
        LabelShardSettings {
            backend: settings.backend.as_str().to_string(),
            time_limit_s: settings.time_limit.as_secs_f64(),
            symbreak_version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// One instance of a label folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelEntry {
    /// The instance's name.
    pub name: String,
    /// Its problem file (absolute when labelled).
    pub file: PathBuf,
    /// Its label file, relative to the folder of the shard file; `None`
    /// without a label.
    pub label: Option<PathBuf>,
    /// Where the label came from: `beside`, `cache`, `solved_optimal`,
    /// `solved_feasible`, or `none`.
    pub source: String,
    /// The label's objective.
    pub objective: Option<f64>,
}

impl Named for LabelEntry {
    fn name(&self) -> &str {
        &self.name
    }
}

impl LabelEntry {
    /// The entry of instance `name` from `file` with the result of
    /// [`label_instance`], its label file relative to the cache folder of
    /// `settings`.
    pub fn new(
        name: &str,
        file: PathBuf,
        problem: &Problem,
        result: Option<&(Vec<f64>, LabelSource)>,
        settings: &LabelSettings,
    ) -> Self {
        let label = result.and_then(|_| {
            let path = settings.cache_path(name)?;
            let dir = settings.cache_dir.as_ref()?;
            path.strip_prefix(dir).ok().map(Path::to_path_buf)
        });
        LabelEntry {
            name: name.to_string(),
            file,
            label,
            source: match result.map(|r| r.1) {
                None => "none",
                Some(LabelSource::Beside) => "beside",
                Some(LabelSource::Cache) => "cache",
                Some(LabelSource::SolvedOptimal) => "solved_optimal",
                Some(LabelSource::SolvedFeasible) => "solved_feasible",
            }
            .to_string(),
            objective: result.map(|(x, _)| verify(problem, x, &Tolerances::default()).objective),
        }
    }
}

/// A labelling shard's file.
pub type LabelShard = ShardFile<LabelShardSettings, LabelEntry>;

/// Writes the entries of `shard` into `dir` as `labels-shard-K-of-N.json`.
///
/// # Errors
/// [`ShardError::Io`] when it cannot be written.
pub fn write_label_shard(
    dir: &Path,
    shard: Shard,
    settings: &LabelSettings,
    all_instances: Vec<String>,
    entries: Vec<LabelEntry>,
) -> Result<PathBuf, ShardError> {
    LabelShard::new(
        LABEL_KIND,
        shard,
        LabelShardSettings::of(settings),
        all_instances,
        entries,
    )
    .write(dir)
}

/// The label folders (or label shard files) `dirs` merged: every instance
/// once, its label file resolved against its shard file's folder. Shard
/// files with the same instance list are one labelling run and merge under
/// every check of [`shard::merge`] (same settings, each instance exactly
/// once); runs over different lists (say, one per family) are then joined,
/// and an instance in two runs is an error too. Returns the entries and
/// each run's settings.
///
/// # Errors
/// See [`shard::merge`]; [`ShardError::Duplicate`] for an instance in two
/// runs.
pub fn merge_label_folders(
    dirs: &[PathBuf],
) -> Result<(Vec<LabelEntry>, Vec<LabelShardSettings>), ShardError> {
    let mut runs: Vec<(Vec<String>, Vec<PathBuf>)> = Vec::new();
    for file in shard::shard_files(dirs, LABEL_KIND)? {
        let list = LabelShard::read(&file, LABEL_KIND)?.instances;
        match runs.iter_mut().find(|(l, _)| *l == list) {
            Some((_, files)) => files.push(file),
            None => runs.push((list, vec![file])),
        }
    }
    let mut entries: Vec<LabelEntry> = Vec::new();
    let mut settings = Vec::new();
    let mut seen: std::collections::HashMap<String, PathBuf> = std::collections::HashMap::new();
    for (_, files) in runs {
        let merged = shard::merge::<LabelShardSettings, LabelEntry>(&files, LABEL_KIND)?;
        for (mut e, origin) in merged.results.into_iter().zip(merged.origins) {
            if let Some(first) = seen.insert(e.name.clone(), origin.clone()) {
                return Err(ShardError::Duplicate {
                    instance: e.name,
                    first: first.display().to_string(),
                    second: origin.display().to_string(),
                });
            }
            let dir = origin.parent().unwrap_or(Path::new("."));
            e.label = e.label.map(|l| dir.join(l));
            entries.push(e);
        }
        settings.push(merged.settings);
    }
    Ok((entries, settings))
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
    use crate::solve::BnbBackend;

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

    #[test]
    fn labels_come_from_the_default_backend_the_branch_and_cut() {
        assert_eq!(LabelSettings::default().backend, BackendChoice::default());
        assert_eq!(LabelSettings::default().backend, BackendChoice::Bnb);
    }

    /// [`label`] with the default backend, the branch-and-cut.
    fn label_now(p: &Problem, settings: &LabelSettings) -> Option<(Vec<f64>, LabelSource)> {
        let symmetry = crate::symmetry::detect(p, &crate::symmetry::SymmetryOptions::default());
        label(p, &symmetry, None, &BnbBackend::default(), settings)
    }

    #[test]
    fn an_instance_without_solution_leaves_a_no_solution_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("never", 3.0);
        assert!(label_now(&p, &settings).is_none());
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
        assert!(label_now(&p, &settings).is_none());
        assert!(!settings.cache_path("marked").unwrap().exists());
        std::fs::remove_file(&marker).unwrap();
        let (x, source) = label_now(&p, &settings).unwrap();
        assert_eq!(source, LabelSource::SolvedOptimal);
        assert_eq!(x, vec![1.0, 0.0]);
        let (_, source) = label_now(&p, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }

    #[test]
    fn a_label_found_later_wins_over_an_old_marker() {
        let dir = tempfile::tempdir().unwrap();
        let settings = settings(dir.path());
        let p = pair("both", 1.0);
        label_now(&p, &settings).unwrap();
        let marker = settings.no_solution_marker("both").unwrap();
        std::fs::write(&marker, "no_solution\n").unwrap();
        let (_, source) = label_now(&p, &settings).unwrap();
        assert_eq!(source, LabelSource::Cache);
    }
}
