//! [`LearnedSolver`]: the learned path as a short sequence of stages —
//! prepare, inference, repair, improve, complete — and the verdict.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::complete::{CompleteTask, Completion, complete};
use super::dive::Dive;
use super::local_search::{self, LocalSearch, Walk};
use super::outcome::{Outcome, StageLog};
use super::prepare::{DEFAULT_TIME_LIMIT, prepare};
use super::propagate::Propagate;
use super::repair::{Incumbent, RepairContext, RepairStrategy, binaries_by_confidence};
use super::trust_region::TrustRegion;
use crate::bnb::{BnbStats, IncumbentFeed};
use crate::budget::{Budget, Interrupt};
use crate::model::objective::{reaches_bound, rounded_bound};
use crate::model::{Problem, Sense};
use crate::nn::{self, TrainedModel};
use crate::solve::{Backend, BackendChoice, Status};
use crate::symmetry::Symmetry;
use crate::verify::{Tolerances, verify};

mod beside;

/// The source name of the completion's points.
const COMPLETION: &str = "completion";

/// Which sub-MIP repair strategies run after fix-and-propagate.
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
    /// The classical backend. [default: bnb]
    pub backend: BackendChoice,
    /// Repair strategies. [default: both]
    pub strategy: Strategy,
    /// Share of the budget for the repair step. [default: 0.3]
    pub repair_share: f64,
    /// Add the orbitope constraints in the completion. [default: true]
    pub symmetry_constraints: bool,
    /// Fix-and-propagate before the sub-MIP strategies; `None` skips it.
    /// [default: on]
    pub propagate: Option<Propagate>,
    /// Local search from the repaired solution, alone and then beside the
    /// completion; `None` skips it. [default: on]
    pub local_search: Option<LocalSearch>,
    /// Neural diving settings.
    pub dive: Dive,
    /// Trust-region settings.
    pub trust: TrustRegion,
    /// Seed of random breaking features (noise, orbit, orbit-plus models).
    /// [default: 0]
    pub seed: u64,
    /// Verification tolerances.
    pub tolerances: Tolerances,
    /// Let the completion's backend print its progress log (stderr).
    /// [default: false]
    pub log: bool,
}

impl Default for LearnedSettings {
    fn default() -> Self {
        LearnedSettings {
            time_limit: DEFAULT_TIME_LIMIT,
            backend: BackendChoice::default(),
            strategy: Strategy::Both,
            repair_share: 0.3,
            symmetry_constraints: true,
            propagate: Some(Propagate::default()),
            local_search: Some(LocalSearch::default()),
            dive: Dive::default(),
            trust: TrustRegion::default(),
            seed: 0,
            tolerances: Tolerances::default(),
            log: false,
        }
    }
}

/// The learned solver: a model, settings and (optionally) a backend of the
/// caller's.
pub struct LearnedSolver {
    settings: LearnedSettings,
    model: Option<TrainedModel>,
    backend: Option<Arc<dyn Backend>>,
}

impl LearnedSolver {
    /// A solver with the embedded default model and the settings' backend.
    pub fn new(settings: LearnedSettings) -> Self {
        LearnedSolver {
            settings,
            model: None,
            backend: None,
        }
    }

    /// Uses `model` instead of the embedded default.
    pub fn with_model(mut self, model: TrainedModel) -> Self {
        self.model = Some(model);
        self
    }

    /// Uses `backend` instead of the settings' choice (a backend of your
    /// own, or one that a test makes misbehave).
    pub fn with_backend(mut self, backend: Arc<dyn Backend>) -> Self {
        self.backend = Some(backend);
        self
    }

    /// Runs the whole path on `problem`. Never panics on a backend failure:
    /// that is the status `numerical_trouble` (or the best verified
    /// solution found before it).
    pub fn solve(&self, problem: &Problem) -> Outcome {
        let s = &self.settings;
        let budget = Budget::new(Some(s.time_limit));
        let backend = match &self.backend {
            Some(b) => Arc::clone(b),
            None => match s.backend.backend() {
                Ok(b) => Arc::from(b),
                Err(e) => {
                    let status = Status::NumericalTrouble;
                    return Outcome::without_solution(
                        status,
                        s.backend.as_str(),
                        Some(e.to_string()),
                        &budget,
                    );
                }
            },
        };
        let model = self.model.clone().unwrap_or_else(nn::default_model);
        if backend.exchanges_incumbents() {
            return beside::solve_beside(problem, s, backend, model, budget);
        }
        // A backend that cannot take points during its search gets the
        // proposals' best as its warm start: they run first.
        let path = Path {
            problem,
            settings: s,
            backend: backend.as_ref(),
            budget,
            incumbent: Arc::new(Incumbent::new(budget.start())),
        };
        let mut log = Vec::new();
        let prepared = prepare(problem, path.backend, &budget);
        log.extend(prepared.stages.iter().cloned());
        let t0 = Instant::now();
        let probs = prepared.predict(problem, &model, s.seed);
        log.push(path.stage("inference", t0, format!("{} model", model.breaking)));
        let lp_bound = prepared.lp_bound();
        // Detected once: the completion's backend gets it too.
        let symmetry = Arc::new(prepared.symmetry);
        path.repair(&probs, None, &mut log);
        let stop = AtomicBool::new(false);
        let walk = path.improve(lp_bound, &stop, &mut log);
        let mut end = path.complete_beside(&symmetry, walk, &stop, &mut log);
        // The LP bound holds whatever the completion did.
        end.bound = tighter(problem.sense(), end.bound, lp_bound);
        path.verdict(end, log)
    }
}

/// One run of the learned path: what every stage shares.
struct Path<'a> {
    problem: &'a Problem,
    settings: &'a LearnedSettings,
    backend: &'a dyn Backend,
    /// The whole path's budget; every stage's is cut from it.
    budget: Budget,
    /// Shared with the completion's backend through [`Path::feed`].
    incumbent: Arc<Incumbent>,
}

/// How the completion (and the walk beside it) ended.
struct End {
    status: Status,
    bound: Option<f64>,
    message: Option<String>,
    notes: Vec<String>,
    /// The completion's branch-and-cut statistics.
    stats: Option<BnbStats>,
}

impl<'a> Path<'a> {
    /// The incumbent as a feed for the completion's backend: a point when it
    /// beats the backend's own objective.
    fn feed(&self) -> IncumbentFeed {
        feed_from(&self.incumbent, self.problem.sense())
    }

    /// The log entry of a stage that began at `t0`.
    fn stage(&self, name: &str, t0: Instant, status: String) -> StageLog {
        StageLog {
            name: name.into(),
            time_s: t0.elapsed().as_secs_f64(),
            status,
            objective: self.incumbent.best_objective(),
        }
    }

    /// The `repair` stage: fix-and-propagate, then the sub-MIP strategies,
    /// each only while the proposals have no solution yet (improving it is
    /// the local search's and the completion's job; the completion's own
    /// points do not count when it runs beside, `interrupt` given).
    fn repair(&self, probs: &[f64], interrupt: Option<&Interrupt>, log: &mut Vec<StageLog>) {
        let s = self.settings;
        let order = binaries_by_confidence(self.problem, probs);
        let mut strategies: Vec<&dyn RepairStrategy> = Vec::new();
        if order.is_empty() {
            return;
        }
        if let Some(p) = &s.propagate {
            strategies.push(p);
        }
        match s.strategy {
            Strategy::Dive => strategies.push(&s.dive),
            Strategy::Trust => strategies.push(&s.trust),
            Strategy::Both => strategies.extend([&s.dive as &dyn RepairStrategy, &s.trust]),
        }
        let ctx = RepairContext {
            problem: self.problem,
            probs,
            by_confidence: &order,
            backend: self.backend,
            // A share of the whole limit from the start (never past it).
            budget: Budget::starting_at(
                self.budget.start(),
                Some(s.time_limit.mul_f64(s.repair_share.clamp(0.0, 1.0))),
            ),
            incumbent: &self.incumbent,
            interrupt,
            tolerances: s.tolerances,
        };
        let solved = || match interrupt {
            Some(_) => self.incumbent.kept_other_than(COMPLETION),
            None => self.incumbent.best_objective().is_some(),
        };
        for strategy in strategies {
            if solved() || ctx.stopped() {
                break;
            }
            let t0 = Instant::now();
            let summary = strategy.repair(&ctx);
            log.push(self.stage(strategy.name(), t0, summary));
        }
    }

    /// The `improve` stage: the local search from the incumbent, if there
    /// is one and the search is on, alone until it stalls. The walk is
    /// returned to go on beside the completion.
    fn improve(
        &self,
        lp_bound: Option<f64>,
        stop: &AtomicBool,
        log: &mut Vec<StageLog>,
    ) -> Option<Walk<'a>> {
        let s = self.settings;
        let (Some(ls), Some(best)) = (&s.local_search, self.incumbent.best()) else {
            return None;
        };
        if self.problem.has_semi() {
            // The walk's moves assume interval domains; the completion
            // (which reformulates semi variables exactly) does the rest.
            log.push(self.stage(
                "local search",
                Instant::now(),
                "skipped: semi-continuous variables".to_string(),
            ));
            return None;
        }
        if self.budget.expired() {
            return None;
        }
        let t0 = Instant::now();
        let mut walk = Walk::from_best(self.problem, ls, &best, lp_bound, s.tolerances);
        let alone = self.budget.capped(s.time_limit.mul_f64(ls.alone_share));
        local_search::run_alone(&mut walk, &self.incumbent, alone, stop);
        log.push(self.stage("local search", t0, walk_summary(&walk)));
        Some(walk)
    }

    /// True when the incumbent reaches the walk's bound: it is optimal.
    fn proven(&self, walk_bound: Option<f64>) -> bool {
        walk_bound.is_some_and(|b| {
            self.incumbent
                .best_objective()
                .is_some_and(|o| reaches_bound(self.problem.sense(), b, o))
        })
    }

    /// The `complete` stage, with the walk going on beside it in a scoped
    /// thread until the completion ends.
    fn complete_beside(
        &self,
        symmetry: &Arc<Symmetry>,
        mut walk: Option<Walk<'a>>,
        stop: &AtomicBool,
        log: &mut Vec<StageLog>,
    ) -> End {
        let walk_bound = walk.as_ref().and_then(|w| w.bound());
        let walk_integral = walk.as_ref().is_some_and(|w| w.integral_objective());
        let t0 = Instant::now();
        let completion = std::thread::scope(|scope| {
            let beside = walk.as_mut().filter(|_| !self.proven(walk_bound)).map(|w| {
                let (inc, budget) = (&self.incumbent, self.budget);
                scope.spawn(move || {
                    w.run(inc, &|_| stop.load(Ordering::Relaxed) || budget.expired())
                })
            });
            let completion = self.complete_in_slices(symmetry, walk_bound, walk_integral);
            stop.store(true, Ordering::Relaxed);
            if let Some(h) = beside {
                // A panic in the walk loses only its own work.
                if h.join().is_err() {
                    return (completion, Some("the local search panicked".to_string()));
                }
            }
            (completion, None)
        });
        let (completion, walk_note) = completion;
        let beside = walk
            .as_ref()
            .map_or(String::new(), |w| format!("; beside, {}", walk_summary(w)));
        let notes = walk_note.into_iter().collect();
        self.end(completion, notes, (t0, &beside), walk_bound, log)
    }

    /// How the path ends after `completion` (begun at `t0`; `beside` says
    /// what ran beside it) with the `notes` so far: its status and bound,
    /// unless the walk's bound proves the incumbent.
    fn end(
        &self,
        completion: Option<Completion>,
        notes: Vec<String>,
        (t0, beside): (Instant, &str),
        walk_bound: Option<f64>,
        log: &mut Vec<StageLog>,
    ) -> End {
        let mut end = End {
            status: Status::NoSolutionFound,
            bound: None,
            message: None,
            notes,
            stats: None,
        };
        if let Some(c) = completion {
            let out = &c.outcome;
            end.status = out.status;
            end.bound = out.bound;
            end.message = out.message.clone();
            end.stats = out.stats.clone();
            end.notes.extend(out.notes.iter().cloned());
            // A proof holds for the completion's own answer; if the walk
            // found better beside it, the proof is not trusted.
            if end.status == Status::Optimal
                && let (Some(o), Some(b)) = (out.objective, self.incumbent.best_objective())
                && self.problem.sense().is_better(b, o)
            {
                end.status = Status::Feasible;
                end.bound = None;
            }
            log.push(self.stage(COMPLETION, t0, format!("{}{beside}", c.summary())));
        }
        if self.proven(walk_bound) {
            end.status = Status::Optimal;
            end.bound = walk_bound;
        }
        end
    }

    /// The completion, from the best solution so far. One lattice step from
    /// the LP bound the walk may prove optimality any moment: the
    /// completion then runs in doubling slices (from 1 s), each from the
    /// best solution so far, so the path can stop when it does. `None`
    /// when the walk proved optimality before it started.
    fn complete_in_slices(
        &self,
        symmetry: &Arc<Symmetry>,
        walk_bound: Option<f64>,
        walk_integral: bool,
    ) -> Option<Completion> {
        let s = self.settings;
        let near_bound =
            |o: f64| walk_integral && walk_bound.is_some_and(|b| (o - b).abs() <= 1.0 + 1e-9);
        let mut slice = Duration::from_secs(1);
        let mut completion = None;
        let feed = self.feed();
        while !self.proven(walk_bound) {
            let best = self.incumbent.best();
            // Its start stays the path's: the completion's incumbents are
            // dated on the path's clock.
            let budget = match &best {
                Some(b) if near_bound(b.objective) => self.budget.capped(slice),
                _ => self.budget,
            };
            if s.log {
                // The backend's log counts from its own start; the JSON
                // and the stage log from the path's.
                eprintln!(
                    "completion at {:.1}s of the solve: its log's times count from there",
                    self.budget.elapsed_s()
                );
            }
            let c = complete(
                self.problem,
                self.backend,
                &CompleteTask {
                    symmetry: Some(symmetry),
                    symmetry_constraints: s.symmetry_constraints,
                    incumbent: best.as_ref().map(|b| (&b.solution, b.objective)),
                    budget,
                    tolerances: s.tolerances,
                    log: s.log,
                    incumbent_feed: Some(&feed),
                    ..CompleteTask::default()
                },
            );
            let open = matches!(c.outcome.status, Status::Feasible | Status::NoSolutionFound);
            // Dated when the backend found them, not when it returned.
            if let Some(sol) = &c.outcome.solution {
                self.incumbent.offer_with_history(
                    self.problem,
                    sol,
                    &c.incumbents,
                    COMPLETION,
                    &s.tolerances,
                );
            }
            completion = Some(c);
            if !open || self.budget.expired() {
                break;
            }
            slice *= 2;
        }
        completion
    }

    /// The verdict: the incumbent (verified against the original) decides.
    /// A valid bound is moved onto the objective's lattice (an integral
    /// objective rounds it); one that reaches the incumbent proves it.
    fn verdict(self, end: End, stages: Vec<StageLog>) -> Outcome {
        let sense = self.problem.sense();
        let best = self.incumbent.best();
        let bound = end.bound.map(|b| rounded_bound(self.problem, b));
        let reached = |o: f64| bound.is_some_and(|b| reaches_bound(sense, b, o));
        let status = match (end.status, &best) {
            (Status::Optimal, Some(_)) => Status::Optimal,
            (Status::Infeasible, None) => Status::Infeasible,
            (Status::Unbounded, _) => Status::Unbounded,
            (_, Some(b)) if reached(b.objective) => Status::Optimal,
            (_, Some(_)) => Status::Feasible,
            (Status::NumericalTrouble, None) => Status::NumericalTrouble,
            (_, None) => Status::NoSolutionFound,
        };
        let report = best
            .as_ref()
            .map(|b| verify(self.problem, b.solution.values(), &self.settings.tolerances));
        let bound = match (status, &best) {
            (Status::Optimal, Some(b)) => Some(b.objective),
            _ => bound,
        };
        let incumbents = self.incumbent.trajectory(self.problem);
        Outcome {
            status,
            objective: best.as_ref().map(|b| b.objective),
            bound,
            time_to_first_solution_s: incumbents.first().map(|&(t, _)| t),
            time_to_best_s: incumbents.last().map(|&(t, _)| t),
            incumbents,
            stats: end.stats,
            found_by: best.as_ref().map(|b| b.source.clone()),
            solution: best.map(|b| b.solution),
            time_s: self.budget.elapsed_s(),
            max_violation: report.map(|r| r.max_violation),
            stages,
            backend: self.backend.name(),
            message: if status.has_solution() {
                None
            } else {
                end.message
            },
            notes: end.notes,
        }
    }
}

/// A feed of `incumbent`'s point when it beats the backend's objective.
fn feed_from(incumbent: &Arc<Incumbent>, sense: Sense) -> IncumbentFeed {
    let incumbent = Arc::clone(incumbent);
    IncumbentFeed::new(move |have| {
        let better = incumbent
            .best_objective()
            .is_some_and(|o| have.is_none_or(|h| sense.is_better(o, h)));
        if better {
            incumbent.best().map(|b| b.solution.values().to_vec())
        } else {
            None
        }
    })
}

/// The tighter of two valid bounds on the objective.
fn tighter(sense: Sense, a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(match sense {
            Sense::Minimize => a.max(b),
            Sense::Maximize => a.min(b),
        }),
        (a, b) => a.or(b),
    }
}

/// One line on what the walk did.
fn walk_summary(walk: &Walk<'_>) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tighter_bound_is_the_larger_when_minimizing() {
        assert_eq!(tighter(Sense::Minimize, Some(3.5), Some(4.0)), Some(4.0));
        assert_eq!(tighter(Sense::Maximize, Some(3.5), Some(4.0)), Some(3.5));
        assert_eq!(tighter(Sense::Minimize, None, Some(4.0)), Some(4.0));
        assert_eq!(tighter(Sense::Maximize, Some(2.0), None), Some(2.0));
        assert_eq!(tighter(Sense::Minimize, None, None), None);
    }
}
