//! The learned path beside the search, for a backend that exchanges
//! incumbents (symbreak's branch-and-cut).
//!
//! The search starts as soon as the symmetry is known; the learned
//! proposals (the orbit-averaged LP relaxation, the network's prediction,
//! fix-and-propagate, neural diving, the trust region, and the local
//! search) run on a second thread as primal heuristics beside it. Both
//! sides share one incumbent: the search polls the proposals' points
//! through the incumbent feed and reports each point it keeps at once, so
//! every point is dated when it was found and the local search always
//! walks from the best one. A proposal that fails costs the search
//! nothing (it runs on the other core, in a one-thread pool), and the
//! search never waits for the network.
//!
//! When the search ends, an interrupt ends the proposals; when the local
//! search reaches the LP bound, the same interrupt ends the search. The
//! proposals' thread owns what it uses, so the path returns without
//! waiting for a step that cannot look at the interrupt (the network's
//! forward pass, one LP solve): that step finishes on its own and the
//! thread ends at its next check.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::{Duration, Instant};

use super::{COMPLETION, LearnedSettings, Path, tighter};
use crate::bnb::{Guide, IncumbentFeed};
use crate::budget::{Budget, Interrupt};
use crate::model::{Problem, Solution};
use crate::nn::{self, TrainedModel};
use crate::pipeline::complete::{CompleteTask, complete};
use crate::pipeline::local_search::Walk;
use crate::pipeline::outcome::{Outcome, StageLog};
use crate::pipeline::prepare::{detect_symmetry, lp_relaxation, lp_stage, lp_time, symmetry_stage};
use crate::pipeline::repair::{Best, Incumbent};
use crate::solve::{Backend, Status};
use crate::symmetry::Symmetry;

/// How long the path waits for the proposals after a search that proved
/// its answer, and after one that hit a limit (the proposals stop at the
/// same deadline).
const GRACE_PROVEN: Duration = Duration::from_millis(100);
const GRACE_LIMIT: Duration = Duration::from_secs(1);

/// How often a waiting local search looks for a point to walk from.
const POINT_POLL: Duration = Duration::from_millis(20);

/// The local search pauses when it has not improved for this long, and
/// for half its running time: the search beside it gets the machine.
const STALL_MIN_S: f64 = 1.0;

/// What the proposals report, shared as they go: what finished is
/// reported even when the path returns before they end.
#[derive(Clone, Default)]
struct Proposals {
    /// Their stages, in order.
    log: Vec<StageLog>,
    /// The LP relaxation's optimum, when solved.
    lp_bound: Option<f64>,
    /// The local search's bound (the LP bound on the objective's lattice).
    walk_bound: Option<f64>,
    /// What the local search did.
    walk: Option<String>,
}

/// The proposals' own copy of what they use, so their thread can outlive
/// the call.
struct Job {
    problem: Arc<Problem>,
    settings: LearnedSettings,
    backend: Arc<dyn Backend>,
    budget: Budget,
    incumbent: Arc<Incumbent>,
    model: TrainedModel,
    symmetry: Arc<Symmetry>,
    interrupt: Interrupt,
    report: Arc<Mutex<Proposals>>,
    /// Where the prediction goes for the search's branching.
    guide: Guide,
}

impl Job {
    /// Runs the proposals in a one-thread pool (the search has the other
    /// core).
    fn run(self) {
        let path = Path {
            problem: &self.problem,
            settings: &self.settings,
            backend: self.backend.as_ref(),
            budget: self.budget,
            incumbent: Arc::clone(&self.incumbent),
        };
        let propose = || {
            let shared = (&self.interrupt, &self.guide, &*self.report);
            path.propose(&self.model, &self.symmetry, shared)
        };
        match rayon::ThreadPoolBuilder::new().num_threads(1).build() {
            Ok(pool) => pool.install(propose),
            Err(_) => propose(),
        }
    }
}

/// Runs the learned path on `problem` with the search and the proposals
/// side by side (see the module documentation).
pub(super) fn solve_beside(
    problem: &Problem,
    settings: &LearnedSettings,
    backend: Arc<dyn Backend>,
    model: TrainedModel,
    budget: Budget,
) -> Outcome {
    let path = Path {
        problem,
        settings,
        backend: backend.as_ref(),
        budget,
        incumbent: Arc::new(Incumbent::new(budget.start())),
    };
    let t0 = Instant::now();
    // Detected once: the search and the network both use it.
    let symmetry = Arc::new(detect_symmetry(problem, &budget));
    let mut log = vec![symmetry_stage(&symmetry, t0)];
    let interrupt = Interrupt::new();
    let report = Arc::new(Mutex::new(Proposals::default()));
    let guide: Guide = Arc::new(OnceLock::new());
    let shared = Arc::new(problem.clone());
    let job = Job {
        problem: Arc::clone(&shared),
        settings: settings.clone(),
        backend: Arc::clone(&backend),
        budget,
        incumbent: Arc::clone(&path.incumbent),
        model,
        symmetry: Arc::clone(&symmetry),
        interrupt: interrupt.clone(),
        report: Arc::clone(&report),
        guide: Arc::clone(&guide),
    };
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("symbreak-proposals".into())
        .spawn(move || {
            let ended = catch_unwind(AssertUnwindSafe(|| job.run())).is_ok();
            // The path may have returned already: nobody to tell.
            let _ = tx.send(ended);
        });
    let feed = exchange(&path.incumbent, shared, settings).with_guide(guide);
    let t0 = Instant::now();
    if settings.log {
        eprintln!(
            "search at {:.1}s of the solve, the learned proposals beside it: its log's times count from there",
            budget.elapsed_s()
        );
    }
    let completion = complete(
        problem,
        path.backend,
        &CompleteTask {
            symmetry: Some(&symmetry),
            symmetry_constraints: settings.symmetry_constraints,
            budget,
            tolerances: settings.tolerances,
            log: settings.log,
            incumbent_feed: Some(&feed),
            interrupt: Some(&interrupt),
            ..CompleteTask::default()
        },
    );
    interrupt.raise();
    let open = matches!(
        completion.outcome.status,
        Status::Feasible | Status::NoSolutionFound
    );
    let notes = match spawned {
        Err(e) => vec![format!("the learned proposals did not start: {e}")],
        Ok(_) => wait(&rx, if open { GRACE_LIMIT } else { GRACE_PROVEN }),
    };
    let proposals = lock(&report).clone();
    if let Some(sol) = &completion.outcome.solution {
        // Dated when the search found it (its points came in at once).
        path.incumbent.offer_with_history(
            problem,
            sol,
            &completion.incumbents,
            COMPLETION,
            &settings.tolerances,
        );
    }
    log.extend(proposals.log);
    let beside = match &proposals.walk {
        Some(w) => format!("; beside, the learned proposals and {w}"),
        None => "; beside, the learned proposals".to_string(),
    };
    let mut end = path.end(
        Some(completion),
        notes,
        (t0, &beside),
        proposals.walk_bound,
        &mut log,
    );
    // The LP bound holds whatever the search did.
    end.bound = tighter(problem.sense(), end.bound, proposals.lp_bound);
    path.verdict(end, log)
}

/// Waits at most `grace` for the proposals to end; the notes say when
/// they did not.
fn wait(rx: &mpsc::Receiver<bool>, grace: Duration) -> Vec<String> {
    match rx.recv_timeout(grace) {
        Ok(true) => Vec::new(),
        Ok(false) => {
            vec!["the learned proposals panicked; the search's answer stands".to_string()]
        }
        Err(_) => vec![
            "the learned proposals were inside a step that cannot be interrupted when the search ended; their thread ends at its next check"
                .to_string(),
        ],
    }
}

/// The report, also after a panic while it was held.
fn lock(report: &Mutex<Proposals>) -> std::sync::MutexGuard<'_, Proposals> {
    report
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The incumbent feed of the search: the proposals' points when they beat
/// the search's, and every point the search keeps into the shared
/// incumbent, verified against the problem and dated now.
fn exchange(
    incumbent: &Arc<Incumbent>,
    problem: Arc<Problem>,
    settings: &LearnedSettings,
) -> IncumbentFeed {
    let sink = Arc::clone(incumbent);
    let tolerances = settings.tolerances;
    super::feed_from(incumbent, problem.sense()).on_found(move |x| {
        if x.len() == problem.num_vars() {
            let solution = Solution::from_values(x.to_vec());
            sink.offer(&problem, &solution, COMPLETION, &tolerances);
        }
    })
}

impl Path<'_> {
    /// The proposals, on their thread: the LP relaxation, the prediction
    /// (also handed to the search, whose child order follows it where it
    /// is confident), the repair strategies until one of them finds a
    /// point, then the local search from the best point until interrupted.
    fn propose(
        &self,
        model: &TrainedModel,
        symmetry: &Symmetry,
        (interrupt, guide, report): (&Interrupt, &Guide, &Mutex<Proposals>),
    ) {
        let t0 = Instant::now();
        let lp = lp_relaxation(
            self.problem,
            Some(symmetry),
            self.backend,
            lp_time(&self.budget),
        );
        {
            let mut r = lock(report);
            r.log.push(lp_stage(lp.as_ref(), t0));
            r.lp_bound = lp.as_ref().and_then(|l| l.bound);
        }
        if self.stopped(interrupt) {
            return;
        }
        let t0 = Instant::now();
        let x = lp.as_ref().map(|l| l.x.as_slice());
        let probs = nn::predict(model, self.problem, Some(symmetry), x, self.settings.seed);
        // Set once, here only.
        let _ = guide.set(probs.clone());
        let inference = self.stage("inference", t0, format!("{} model", model.breaking));
        lock(report).log.push(inference);
        if self.stopped(interrupt) {
            return;
        }
        let mut repaired = Vec::new();
        self.repair(&probs, Some(interrupt), &mut repaired);
        lock(report).log.extend(repaired);
        let lp_bound = lp.as_ref().and_then(|l| l.bound);
        self.walk_beside(lp_bound, interrupt, report);
    }

    /// Whether the proposals must stop.
    fn stopped(&self, interrupt: &Interrupt) -> bool {
        interrupt.is_raised() || self.budget.expired()
    }

    /// The local search from the best point (waiting for a first one),
    /// until interrupted; when it reaches the LP bound it has proven the
    /// optimum and interrupts the search. A walk that stalls (no better
    /// point for a second and for half its running time) gives its core
    /// back: it waits for the search to find a better point and walks
    /// again from there.
    fn walk_beside(&self, lp_bound: Option<f64>, interrupt: &Interrupt, report: &Mutex<Proposals>) {
        let s = self.settings;
        let Some(ls) = &s.local_search else {
            return;
        };
        if self.problem.has_semi() {
            // The walk's moves assume interval domains.
            return;
        }
        let t0 = Instant::now();
        let (mut steps, mut improvements, mut walks) = (0, 0, 0);
        let mut last = None;
        while let Some(best) = self.next_point(last, interrupt) {
            let mut walk = Walk::from_best(self.problem, ls, &best, lp_bound, s.tolerances);
            lock(report).walk_bound = walk.bound();
            walk.run(&self.incumbent, &|w| {
                self.stopped(interrupt) || w.stalled(STALL_MIN_S)
            });
            let st = walk.stats();
            (steps, improvements, walks) =
                (steps + st.steps, improvements + st.improvements, walks + 1);
            if self.proven(walk.bound()) {
                interrupt.raise();
                break;
            }
            last = self.incumbent.best_objective();
        }
        if walks == 0 {
            return;
        }
        let summary = format!(
            "local search: {steps} steps, {improvements} improvements, {walks} walks{}",
            match lp_bound {
                Some(b) => format!(", LP bound {b}"),
                None => String::new(),
            }
        );
        let mut r = lock(report);
        r.log.push(self.stage("local search", t0, summary.clone()));
        r.walk = Some(summary);
    }

    /// The best point once it differs from `last` (the objective the
    /// previous walk ended at; `None`: any point), waiting for it; `None`
    /// when the proposals must stop.
    fn next_point(&self, last: Option<f64>, interrupt: &Interrupt) -> Option<Best> {
        loop {
            if self.stopped(interrupt) {
                return None;
            }
            if let Some(b) = self.incumbent.best()
                && last.is_none_or(|l| b.objective != l)
            {
                return Some(b);
            }
            std::thread::sleep(POINT_POLL);
        }
    }
}
