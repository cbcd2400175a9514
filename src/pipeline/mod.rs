//! The learned solve path: predict → repair → complete → verify.
//!
//! The only module where the network and the classical solver meet:
//!
//! 1. **symmetry**: detect the instance's formulation symmetry (orbits for
//!    the LP average and the breaking features, orbitopes for the
//!    completion's constraints);
//! 2. **features**: the LP relaxation, averaged over orbits (see
//!    [`prepare`]);
//! 3. **inference**: the GNN's probability for every binary variable;
//! 4. **repair**: fix-and-propagate ([`propagate`], milliseconds), then
//!    neural diving ([`dive`]) and/or a trust region ([`trust_region`])
//!    turn the prediction into verified solutions within a share of the
//!    time budget;
//! 5. **completion**: the full problem with symmetry-breaking constraints,
//!    warm-started from the best repair and cut off at its objective, for
//!    the rest of the budget ([`completion`]). Without any repaired
//!    solution this is the plain solver with the leftover time, so the
//!    learned path never ends worse than that.
//!
//! Every reported solution passed [`verify`]
//! against the original problem.
//!
//! ```no_run
//! use symbreak::pipeline::{LearnedSettings, LearnedSolver};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let problem = symbreak::io::read_problem("instances/bpp_20_chen_1.mps")?.problem;
//! let outcome = LearnedSolver::new(LearnedSettings::default()).solve(&problem);
//! println!("{} {:?}", outcome.status.as_str(), outcome.objective);
//! # Ok(())
//! # }
//! ```

pub mod completion;
pub mod dataset;
pub mod dive;
pub mod local_search;
pub mod prepare;
pub mod propagate;
pub mod repair;
pub mod trust_region;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::model::{Problem, Solution};
use crate::nn::{self, TrainedModel};
use crate::solve::{BackendChoice, Status};
use crate::symmetry::{SearchLimits, Symmetry, SymmetryOptions, detect};
use crate::verify::{Tolerances, verify};
use repair::{Incumbent, RepairContext, RepairStrategy, binaries_by_confidence};

/// Which repair strategies run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Strategy {
    /// Neural diving only.
    Dive,
    /// Trust region only.
    Trust,
    /// Diving, then (if diving found nothing) a trust region with the time
    /// left for repair.
    #[default]
    Both,
}

/// Settings of the learned path.
#[derive(Clone, Debug)]
pub struct LearnedSettings {
    /// Wall-clock budget of the whole path. [default: 60 s]
    pub time_limit: Duration,
    /// The classical backend. [default: microlp]
    pub backend: BackendChoice,
    /// Repair strategies. [default: both]
    pub strategy: Strategy,
    /// Share of the budget for the repair step. [default: 0.3]
    pub repair_share: f64,
    /// Add the orbitope constraints in the completion. [default: true]
    pub symmetry_constraints: bool,
    /// Fix-and-propagate before the sub-MIP strategies; `None` skips it.
    /// [default: on]
    pub propagate: Option<propagate::Propagate>,
    /// Local search from the repaired solution, alone and then beside the
    /// completion; `None` skips it. [default: on]
    pub local_search: Option<local_search::LocalSearch>,
    /// Neural diving settings.
    pub dive: dive::Dive,
    /// Trust-region settings.
    pub trust: trust_region::TrustRegion,
    /// Seed of random breaking features (noise, orbit, orbit-plus models).
    /// [default: 0]
    pub seed: u64,
    /// Verification tolerances.
    pub tolerances: Tolerances,
}

impl Default for LearnedSettings {
    fn default() -> Self {
        LearnedSettings {
            time_limit: Duration::from_secs(60),
            backend: BackendChoice::Microlp,
            strategy: Strategy::Both,
            repair_share: 0.3,
            symmetry_constraints: true,
            propagate: Some(propagate::Propagate::default()),
            local_search: Some(local_search::LocalSearch::default()),
            dive: dive::Dive::default(),
            trust: trust_region::TrustRegion::default(),
            seed: 0,
            tolerances: Tolerances::default(),
        }
    }
}

/// One stage of the path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageLog {
    /// `symmetry`, `lp`, `inference`, `dive`, `trust`, `completion`.
    pub name: String,
    /// Seconds spent.
    pub time_s: f64,
    /// What came of it.
    pub status: String,
    /// The best verified objective after this stage, if any.
    pub objective: Option<f64>,
}

/// The result of the learned path.
#[derive(Clone, Debug)]
pub struct LearnedOutcome {
    /// The verdict (same meanings as the plain solver's).
    pub status: Status,
    /// The best solution, verified against the original problem.
    pub solution: Option<Solution>,
    /// Its objective.
    pub objective: Option<f64>,
    /// The proven bound, when the completion gave one.
    pub bound: Option<f64>,
    /// Seconds from start until the first verified solution.
    pub time_to_first_solution_s: Option<f64>,
    /// Seconds from start until the final solution was found.
    pub time_to_best_s: Option<f64>,
    /// Total seconds.
    pub time_s: f64,
    /// Largest violation of the reported solution (verified).
    pub max_violation: Option<f64>,
    /// Every stage in order.
    pub stages: Vec<StageLog>,
    /// The backend's name.
    pub backend: &'static str,
}

/// The learned solver: a model plus settings.
pub struct LearnedSolver {
    settings: LearnedSettings,
    model: Option<TrainedModel>,
}

impl LearnedSolver {
    /// A solver with the embedded default model.
    pub fn new(settings: LearnedSettings) -> Self {
        LearnedSolver {
            settings,
            model: None,
        }
    }

    /// Uses `model` instead of the embedded default.
    pub fn with_model(mut self, model: TrainedModel) -> Self {
        self.model = Some(model);
        self
    }

    fn model(&self) -> TrainedModel {
        match &self.model {
            Some(m) => m.clone(),
            None => nn::default_model(),
        }
    }

    /// Runs the whole path on `problem`.
    pub fn solve(&self, problem: &Problem) -> LearnedOutcome {
        let s = &self.settings;
        let start = Instant::now();
        let deadline = start + s.time_limit;
        let incumbent = Incumbent::new(start);
        let mut stages: Vec<StageLog> = Vec::new();
        let mut stage = |name: &str, t0: Instant, status: String, inc: &Incumbent| {
            stages.push(StageLog {
                name: name.into(),
                time_s: t0.elapsed().as_secs_f64(),
                status,
                objective: inc.best().map(|b| b.objective),
            });
        };
        let budget = |share: f64| s.time_limit.mul_f64(share);

        // 1. Symmetry.
        let t0 = Instant::now();
        let symmetry: Symmetry = detect(
            problem,
            &SymmetryOptions {
                limits: SearchLimits {
                    time: Some(budget(0.1).min(Duration::from_secs(10))),
                    ..SearchLimits::default()
                },
                ..SymmetryOptions::default()
            },
        );
        stage(
            "symmetry",
            t0,
            format!(
                "log10|G| = {:.2}, {} orbitopes{}",
                symmetry.log10_group_size,
                symmetry.orbitopes.len(),
                if symmetry.complete {
                    ""
                } else {
                    " (incomplete)"
                }
            ),
            &incumbent,
        );

        // 2. LP relaxation, orbit-averaged.
        let t0 = Instant::now();
        let lp = prepare::lp_relaxation(problem, Some(&symmetry), s.backend, budget(0.1));
        stage(
            "lp",
            t0,
            if lp.is_some() {
                "solved".into()
            } else {
                "no LP solution".into()
            },
            &incumbent,
        );

        // 3. Inference.
        let t0 = Instant::now();
        let model = self.model();
        let probs = nn::predict(
            &model,
            problem,
            Some(&symmetry),
            lp.as_ref().map(|l| l.x.as_slice()),
            s.seed,
        );
        stage(
            "inference",
            t0,
            format!("{} model", model.breaking),
            &incumbent,
        );

        // 4. Repair, only until there is a solution (improving it is the
        // local search's and the completion's job); then the local search
        // from it, alone until it stalls.
        let lp_bound = lp.as_ref().and_then(|l| l.bound);
        let stop = AtomicBool::new(false);
        let order = binaries_by_confidence(problem, &probs);
        let repair_deadline = (start + budget(s.repair_share)).min(deadline);
        let mut strategies: Vec<&dyn RepairStrategy> = Vec::new();
        if let Some(p) = &s.propagate {
            strategies.push(p);
        }
        match s.strategy {
            Strategy::Dive => strategies.push(&s.dive),
            Strategy::Trust => strategies.push(&s.trust),
            Strategy::Both => strategies.extend([&s.dive as &dyn RepairStrategy, &s.trust]),
        }
        if order.is_empty() {
            strategies.clear();
        }
        let repair = |strategy: &dyn RepairStrategy| {
            let ctx = RepairContext {
                problem,
                probs: &probs,
                by_confidence: &order,
                backend: s.backend,
                deadline: repair_deadline,
                incumbent: &incumbent,
                tolerances: s.tolerances,
            };
            strategy.repair(&ctx)
        };
        for strategy in strategies {
            if incumbent.best_objective().is_some() {
                break;
            }
            let t0 = Instant::now();
            let summary = repair(strategy);
            stage(strategy.name(), t0, summary, &incumbent);
        }
        let mut walk = start_walk(problem, s, &incumbent, lp_bound, deadline, &stop).map(
            |(w, t0, summary)| {
                stage("local search", t0, summary, &incumbent);
                w
            },
        );
        let walk_bound = walk.as_ref().and_then(|w| w.bound());
        let walk_integral = walk.as_ref().is_some_and(|w| w.integral_objective());
        let proven = |inc: &Incumbent| {
            walk_bound.is_some_and(|b| {
                inc.best_objective()
                    .is_some_and(|o| local_search::reaches_bound(problem.sense(), b, o))
            })
        };

        // 5. The completion, with the local search going on beside it.
        let mut status = Status::NoSolutionFound;
        let mut bound = None;
        let (t0, completion) = std::thread::scope(|scope| {
            let beside = walk.as_mut().filter(|_| !proven(&incumbent)).map(|w| {
                let (inc, stop) = (&incumbent, &stop);
                scope.spawn(move || {
                    w.run(inc, &|_| {
                        stop.load(Ordering::Relaxed) || Instant::now() >= deadline
                    })
                })
            });
            let t0 = Instant::now();
            // One lattice step from the LP bound, the walk may prove
            // optimality any moment: the completion then runs in doubling
            // slices (from 1 s), each from the best solution so far, so the
            // path can stop when it does.
            let near_bound =
                |o: f64| walk_integral && walk_bound.is_some_and(|b| (o - b).abs() <= 1.0 + 1e-9);
            let mut slice = Duration::from_secs(1);
            let mut completion = None;
            while !proven(&incumbent) {
                let best = incumbent.best();
                let until = match &best {
                    Some(b) if near_bound(b.objective) => (Instant::now() + slice).min(deadline),
                    _ => deadline,
                };
                let c = completion::complete(
                    problem,
                    Some(&symmetry),
                    s.symmetry_constraints,
                    best.as_ref().map(|b| (&b.solution, b.objective)),
                    s.backend,
                    until,
                    s.tolerances,
                );
                let open = c.outcome.as_ref().is_some_and(|o| {
                    matches!(o.status, Status::Feasible | Status::NoSolutionFound)
                });
                if let Some(sol) = c.outcome.as_ref().and_then(|o| o.solution.as_ref()) {
                    incumbent.offer(problem, sol, "completion", &s.tolerances);
                }
                completion = Some(c);
                if !open || Instant::now() >= deadline {
                    break;
                }
                slice *= 2;
            }
            stop.store(true, Ordering::Relaxed);
            if let Some(h) = beside {
                // A panic in the walk loses only its own work.
                let _ = h.join();
            }
            (t0, completion)
        });
        if let Some(completion) = &completion {
            if let Some(out) = &completion.outcome {
                status = out.status;
                bound = out.bound;
                // A proof holds for the completion's own answer; if the walk
                // found better beside it, the proof is not trusted.
                if status == Status::Optimal
                    && let (Some(o), Some(b)) = (out.objective, incumbent.best_objective())
                    && problem.sense().is_better(b, o)
                {
                    status = Status::Feasible;
                    bound = None;
                }
            }
            stage(
                "completion",
                t0,
                format!(
                    "{}{}{}{}",
                    completion
                        .outcome
                        .as_ref()
                        .map_or("solver error", |o| o.status.as_str()),
                    if completion.with_symmetry_constraints {
                        ", symmetry constraints"
                    } else {
                        ""
                    },
                    if completion.with_cutoff {
                        ", cutoff"
                    } else {
                        ""
                    },
                    walk.as_ref()
                        .map_or(String::new(), |w| format!("; beside, {}", walk_summary(w)))
                ),
                &incumbent,
            );
        }
        if proven(&incumbent) {
            status = Status::Optimal;
            bound = walk_bound;
        }

        // Verdict: the incumbent (verified against the original) decides.
        let best = incumbent.best();
        let status = match (status, &best) {
            (Status::Optimal, Some(_)) => Status::Optimal,
            (Status::Infeasible, None) => Status::Infeasible,
            (Status::Unbounded, _) => Status::Unbounded,
            (_, Some(_)) => Status::Feasible,
            (Status::NumericalTrouble, None) => Status::NumericalTrouble,
            (_, None) => Status::NoSolutionFound,
        };
        let report = best
            .as_ref()
            .map(|b| verify(problem, b.solution.values(), &s.tolerances));
        let first = incumbent.first_found_at_s();
        LearnedOutcome {
            status,
            objective: best.as_ref().map(|b| b.objective),
            bound: if status == Status::Optimal {
                bound.or(best.as_ref().map(|b| b.objective))
            } else {
                bound
            },
            time_to_first_solution_s: first,
            time_to_best_s: best.as_ref().map(|b| b.found_at_s),
            solution: best.map(|b| b.solution),
            time_s: start.elapsed().as_secs_f64(),
            max_violation: report.map(|r| r.max_violation),
            stages,
            backend: s.backend.as_str(),
        }
    }
}

/// One line on what the walk did.
fn walk_summary(walk: &local_search::Walk<'_>) -> String {
    let st = walk.stats();
    format!(
        "local search: {} steps, {} improvements{}",
        st.steps,
        st.improvements,
        match walk.bound() {
            Some(b) => format!(", LP bound {b}"),
            None => String::new(),
        }
    )
}

/// Starts the local search from the incumbent, if there is one and the
/// walk is on; runs it alone until it stalls. Returns the walk, the
/// stage's start and its summary.
fn start_walk<'p>(
    problem: &'p Problem,
    s: &LearnedSettings,
    incumbent: &Incumbent,
    lp_bound: Option<f64>,
    deadline: Instant,
    stop: &AtomicBool,
) -> Option<(local_search::Walk<'p>, Instant, String)> {
    let (Some(ls), Some(best)) = (&s.local_search, incumbent.best()) else {
        return None;
    };
    if Instant::now() >= deadline {
        return None;
    }
    let t0 = Instant::now();
    let mut w = local_search::Walk::new(
        problem,
        ls,
        best.solution.values(),
        best.objective,
        lp_bound,
        s.tolerances,
    );
    let until = (t0 + s.time_limit.mul_f64(ls.alone_share)).min(deadline);
    local_search::run_alone(&mut w, incumbent, until, stop);
    let summary = walk_summary(&w);
    Some((w, t0, summary))
}
