//! The methods a comparison runs, and one timed run of a method on a
//! problem.
//!
//! | method | what runs |
//! |---|---|
//! | `plain` | the classical backend (`--backend`, bnb by default) on the problem as given |
//! | `plain-sym` | symmetry detection, then the backend with the static orbitope constraints ([`solve_plain`] with `symmetry_constraints`) |
//! | `learned` | the whole learned path ([`LearnedSolver`]) on the backend |
//! | `highs` | HiGHS on the problem as given (only when built with the `highs` feature) |
//!
//! **Trajectories.** A [`Run`] records when each objective was found:
//! the outcome's incumbents ([`Outcome::incumbents`]), the same times on
//! every path. The branch-and-cut (`bnb`, the default backend of `plain`,
//! `plain-sym` and `learned`) reports every incumbent with the moment it
//! found it, and the learned path dates its stages' points (and its
//! completion's) when they were found, not when a stage ended. Backends
//! that report no intermediate incumbents (microlp, HiGHS through its
//! library interface) have their final point dated to the moment they
//! returned, which credits them with no more than was measured.
//!
//! A [`Run`] is a row of a comparison, not a second outcome type: the
//! numbers of an [`Outcome`] that the metrics read, serializable both ways
//! so that shards can be written and merged.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::CompareError;
use crate::model::{Problem, Sense};
use crate::nn::TrainedModel;
use crate::pipeline::{LearnedSettings, LearnedSolver, Outcome, PlainSettings, solve_plain};
use crate::solve::{Backend, BackendChoice, Status, incumbent_trajectory};
use crate::verify::Tolerances;

/// A way of solving an instance that a comparison measures.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The backend (bnb unless --backend) on the problem as given.
    Plain,
    /// The backend with the static symmetry-breaking (orbitope)
    /// constraints; symmetry detection counts towards its time.
    PlainSym,
    /// The learned path: predict, repair, complete (on the backend), verify.
    Learned,
    /// HiGHS on the problem as given (needs the `highs` feature).
    Highs,
}

impl Method {
    /// Every method, compiled in or not.
    pub const ALL: [Method; 4] = [
        Method::Plain,
        Method::PlainSym,
        Method::Learned,
        Method::Highs,
    ];

    /// The name used on the command line, in tables and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Plain => "plain",
            Method::PlainSym => "plain-sym",
            Method::Learned => "learned",
            Method::Highs => "highs",
        }
    }

    /// True when this build can run the method (`highs` needs the feature).
    pub fn is_available(self) -> bool {
        match self {
            Method::Highs => BackendChoice::Highs.is_available(),
            _ => true,
        }
    }

    /// The default selection: `plain`, `plain-sym`, `learned`, and `highs`
    /// when it is compiled in.
    pub fn defaults() -> Vec<Method> {
        Method::ALL
            .into_iter()
            .filter(|m| m.is_available())
            .collect()
    }

    /// Checks a selection: not empty, no method twice, every method
    /// available.
    ///
    /// # Errors
    /// [`CompareError::Options`] for an empty list or a repeated method,
    /// [`CompareError::NotCompiled`] for `highs` without the feature.
    pub fn check_selection(methods: &[Method]) -> Result<(), CompareError> {
        if methods.is_empty() {
            return Err(CompareError::Options("no method to compare".into()));
        }
        for (i, m) in methods.iter().enumerate() {
            if methods[..i].contains(m) {
                return Err(CompareError::Options(format!(
                    "method '{m}' is listed twice"
                )));
            }
            if !m.is_available() {
                return Err(CompareError::NotCompiled {
                    method: m.as_str(),
                    feature: "highs",
                });
            }
        }
        Ok(())
    }

    /// Runs the method on `problem` within `settings.time_limit`, measuring
    /// wall-clock time from the call.
    ///
    /// # Errors
    /// [`CompareError::NotCompiled`] for a method this build lacks;
    /// [`CompareError::Solve`] when the solver rejects its settings (a
    /// defect). A hit limit or an infeasible problem is the run's status.
    pub fn run(self, problem: &Problem, settings: &CompareSettings) -> Result<Run, CompareError> {
        if !self.is_available() {
            return Err(CompareError::NotCompiled {
                method: self.as_str(),
                feature: "highs",
            });
        }
        let outcome = match self {
            Method::Plain | Method::PlainSym | Method::Highs => {
                let backend = match (self, &settings.backend) {
                    (Method::Highs, _) => Arc::from(BackendChoice::Highs.backend()?),
                    (_, Some(b)) => Arc::clone(b),
                    (_, None) => Arc::from(BackendChoice::default().backend()?),
                };
                let plain = PlainSettings {
                    time_limit: Some(settings.time_limit),
                    symmetry_constraints: self == Method::PlainSym,
                    tolerances: settings.tolerances,
                    ..PlainSettings::default()
                };
                solve_plain(problem, backend.as_ref(), &plain)
            }
            Method::Learned => {
                let mut solver = LearnedSolver::new(LearnedSettings {
                    time_limit: settings.time_limit,
                    backend: BackendChoice::default(),
                    tolerances: settings.tolerances,
                    ..LearnedSettings::default()
                });
                if let Some(model) = &settings.model {
                    solver = solver.with_model(model.clone());
                }
                if let Some(backend) = &settings.backend {
                    solver = solver.with_backend(Arc::clone(backend));
                }
                solver.solve(problem)
            }
        };
        Ok(Run::from_outcome(self, &outcome, problem.sense()))
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Method {
    type Err = CompareError;

    /// Case-insensitive: `plain`, `plain-sym`, `learned`, `highs`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| CompareError::UnknownMethod(s.to_string()))
    }
}

/// How every run of a comparison is set up.
#[derive(Clone)]
pub struct CompareSettings {
    /// Wall-clock budget of each run. [default: 60 s]
    pub time_limit: Duration,
    /// The model of the `learned` method; the embedded default when `None`.
    /// [default: None]
    pub model: Option<TrainedModel>,
    /// Verification tolerances of every run.
    /// [default: `Tolerances::default()`]
    pub tolerances: Tolerances,
    /// The classical backend of `plain`, `plain-sym` and `learned`;
    /// [`BackendChoice::default`] (bnb) when `None`. (`highs` always runs
    /// HiGHS.) [default: None]
    pub backend: Option<Arc<dyn Backend>>,
}

impl fmt::Debug for CompareSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CompareSettings")
            .field("time_limit", &self.time_limit)
            .field("model", &self.model.as_ref().map(|m| m.breaking))
            .field("tolerances", &self.tolerances)
            .field("backend", &self.backend.as_ref().map(|b| b.name()))
            .finish()
    }
}

impl Default for CompareSettings {
    fn default() -> Self {
        CompareSettings {
            time_limit: Duration::from_secs(60),
            model: None,
            tolerances: Tolerances::default(),
            backend: None,
        }
    }
}

/// One method run on one instance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// The method.
    pub method: Method,
    /// Its verdict.
    pub status: Status,
    /// The verified objective of its final solution.
    pub objective: Option<f64>,
    /// The proven bound, when known.
    pub bound: Option<f64>,
    /// Seconds from the start until its final objective was first reached
    /// (see the module doc).
    pub time_to_best_s: Option<f64>,
    /// Total wall-clock seconds.
    pub time_s: f64,
    /// `(seconds, objective)` each time the incumbent improved, in time
    /// order, each objective better than the previous, the last one the
    /// final objective.
    pub trajectory: Vec<(f64, f64)>,
}

impl Run {
    /// The run of a method from its outcome: its incumbents with the times
    /// they were found. `sense` is the problem's: it says which objectives
    /// are improvements.
    pub fn from_outcome(method: Method, outcome: &Outcome, sense: Sense) -> Run {
        let objective = outcome.objective.filter(|_| outcome.verified());
        let trajectory = match objective {
            Some(z) => incumbent_trajectory(
                outcome.incumbents.iter().copied(),
                sense,
                Some((outcome.time_to_best_s.unwrap_or(outcome.time_s), z)),
            ),
            None => Vec::new(),
        };
        Run {
            method,
            status: outcome.status,
            objective,
            bound: outcome.bound.filter(|b| b.is_finite()),
            time_to_best_s: trajectory.last().map(|&(t, _)| t),
            time_s: outcome.time_s,
            trajectory,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{BinPackingParams, Family};
    use crate::solve::{BackendError, BackendOptions, RawOutcome};
    use crate::verify::verify;

    /// Claims every problem it is given optimal at the all-ones point,
    /// with a bound of 0: wrong on every count for a bin packing.
    struct Lying;

    impl Backend for Lying {
        fn name(&self) -> &'static str {
            "lying"
        }
        fn solve(&self, p: &Problem, _: &BackendOptions<'_>) -> Result<RawOutcome, BackendError> {
            Ok(RawOutcome {
                values: Some(vec![1.0; p.num_vars()]),
                bound: Some(0.0),
                ..RawOutcome::bare(Status::Optimal)
            })
        }
    }

    #[test]
    fn no_method_reports_a_point_from_a_lying_backend() {
        let p = BinPackingParams {
            items: 8,
            ..BinPackingParams::default()
        }
        .generate(5)
        .unwrap();
        let settings = CompareSettings {
            time_limit: Duration::from_secs(5),
            backend: Some(Arc::new(Lying)),
            ..CompareSettings::default()
        };
        for method in [Method::Plain, Method::PlainSym] {
            let run = method.run(&p, &settings).unwrap();
            assert_eq!(run.status, Status::NumericalTrouble, "{method}: {run:?}");
            assert_eq!((run.objective, run.bound), (None, None), "{method}");
            assert!(run.trajectory.is_empty(), "{method}");
        }
        // The learned path may still find a packing without the backend
        // (fix-and-propagate, local search); whatever it reports passes
        // the verifier, and nothing it reports comes from the liar.
        let out = LearnedSolver::new(LearnedSettings {
            time_limit: Duration::from_secs(5),
            ..LearnedSettings::default()
        })
        .with_backend(Arc::new(Lying))
        .solve(&p);
        assert_ne!(out.status, Status::Optimal, "{out:?}");
        assert_ne!(out.bound, Some(0.0));
        match &out.solution {
            Some(sol) => {
                let report = verify(&p, sol.values(), &Tolerances::default());
                assert!(report.feasible, "{report:?}");
                assert_eq!(out.objective, Some(report.objective));
                assert_ne!(out.found_by.as_deref(), Some("completion"));
            }
            None => assert_eq!(out.status, Status::NumericalTrouble, "{out:?}"),
        }
        let run = Method::Learned.run(&p, &settings).unwrap();
        assert_ne!(run.status, Status::Optimal);
        assert_ne!(run.bound, Some(0.0));
    }

    #[test]
    fn names_parse_case_insensitively_and_round_trip() {
        for m in Method::ALL {
            assert_eq!(m.to_string().parse::<Method>().unwrap(), m);
        }
        assert_eq!("Plain-Sym".parse::<Method>().unwrap(), Method::PlainSym);
        assert!(matches!(
            "cplex".parse::<Method>(),
            Err(CompareError::UnknownMethod(_))
        ));
    }

    #[test]
    fn selection_rejects_empty_lists_repeats_and_missing_backends() {
        assert!(Method::check_selection(&[]).is_err());
        assert!(Method::check_selection(&[Method::Plain, Method::Plain]).is_err());
        assert!(Method::check_selection(&[Method::Plain, Method::Learned]).is_ok());
        assert_eq!(
            Method::check_selection(&[Method::Highs]).is_ok(),
            cfg!(feature = "highs")
        );
        assert_eq!(
            Method::defaults().contains(&Method::Highs),
            cfg!(feature = "highs")
        );
    }
}
