//! The repair step's common ground: the context every strategy sees, the
//! trait a strategy implements, and the incumbent they share.

use std::sync::Mutex;
use std::time::Instant;

use crate::budget::{Budget, Interrupt};
use crate::model::{Problem, Solution, VarId, VarKind};
use crate::solve::{Backend, SolveOutcome, SolveSettings, incumbent_trajectory, solve};
use crate::verify::{Tolerances, verify};

/// What a repair strategy may use.
pub struct RepairContext<'a> {
    /// The original problem.
    pub problem: &'a Problem,
    /// Predicted probability per variable (meaningful for binaries).
    pub probs: &'a [f64],
    /// Binary variables, most confident first (largest |p − ½|).
    pub by_confidence: &'a [VarId],
    /// The classical backend.
    pub backend: &'a dyn Backend,
    /// The repair step's budget (its start is the whole solve's, so times
    /// measured on it are the solve's).
    pub budget: Budget,
    /// Where verified solutions go.
    pub incumbent: &'a Incumbent,
    /// Raised when the repair should end early (the search beside it
    /// proved the optimum); handed to every sub-MIP.
    pub interrupt: Option<&'a Interrupt>,
    /// Tolerances of verification.
    pub tolerances: Tolerances,
}

impl RepairContext<'_> {
    /// Whether the repair must stop: its budget expired or it was
    /// interrupted.
    pub fn stopped(&self) -> bool {
        self.budget.expired() || Interrupt::raised(self.interrupt)
    }

    /// The prediction rounded at ½.
    pub fn rounded(&self, v: VarId) -> f64 {
        if self.probs[v.index()] >= 0.5 {
            1.0
        } else {
            0.0
        }
    }

    /// Solves a sub-problem with the backend (stopping on the context's
    /// interrupt) and offers its solution to the incumbent, dated when the
    /// backend found it (its incumbents too); errors (bad settings) become
    /// `None`, never a panic.
    pub fn solve_and_offer(&self, settings: &SolveSettings, source: &str) -> Option<SolveOutcome> {
        let solve_start = self.incumbent.elapsed_s();
        let mut settings = settings.clone();
        settings.interrupt = self.interrupt.cloned();
        let outcome = solve(self.problem, &settings, self.backend).ok()?;
        if let Some(solution) = &outcome.solution {
            let history: Vec<(f64, f64)> = outcome
                .incumbents
                .iter()
                .map(|&(t, z)| (solve_start + t, z))
                .collect();
            self.incumbent.offer_with_history(
                self.problem,
                solution,
                &history,
                source,
                &self.tolerances,
            );
        }
        Some(outcome)
    }
}

/// One repair strategy (one file each).
pub trait RepairStrategy: Sync {
    /// Its name in stage logs.
    fn name(&self) -> &'static str;
    /// Runs until done or until the context's deadline; every solution
    /// found is offered to `ctx.incumbent`. Returns a one-line summary.
    fn repair(&self, ctx: &RepairContext<'_>) -> String;
}

/// The best verified solution so far, and when the best objective
/// improved, shared between threads.
pub struct Incumbent {
    start: Instant,
    inner: Mutex<Found>,
}

/// What an [`Incumbent`] holds.
#[derive(Default)]
struct Found {
    best: Option<Best>,
    /// Every improvement reported, `(seconds since the start, objective)`,
    /// in the order reported (not necessarily in time order: a solver's
    /// incumbents arrive when it returns).
    points: Vec<(f64, f64)>,
    /// The sources of every point kept, in order.
    kept_from: Vec<String>,
}

/// A verified solution with when and where it was found.
#[derive(Clone, Debug)]
pub struct Best {
    /// The solution (verified against the original problem).
    pub solution: Solution,
    /// Its objective.
    pub objective: f64,
    /// Seconds since the start of the whole solve.
    pub found_at_s: f64,
    /// The stage that found it.
    pub source: String,
}

impl Incumbent {
    /// No solution yet; times are measured from `start`.
    pub fn new(start: Instant) -> Self {
        Incumbent {
            start,
            inner: Mutex::new(Found::default()),
        }
    }

    /// Seconds since the start.
    pub fn elapsed_s(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Found> {
        match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Keeps `solution`, found now, if it passes verification against
    /// `problem` (the original) and is better than the current one.
    /// Returns whether it was kept.
    pub fn offer(
        &self,
        problem: &Problem,
        solution: &Solution,
        source: &str,
        tol: &Tolerances,
    ) -> bool {
        self.offer_verified(problem, solution, source, tol, None) == Some(true)
    }

    /// `None` when `solution` fails verification, else whether it was
    /// kept. It is found `found_at_s` seconds after the start (`None`:
    /// now); a solution as good as the current one but found earlier
    /// replaces it, so the best is dated when its objective was first
    /// reached.
    fn offer_verified(
        &self,
        problem: &Problem,
        solution: &Solution,
        source: &str,
        tol: &Tolerances,
        found_at_s: Option<f64>,
    ) -> Option<bool> {
        let report = verify(problem, solution.values(), tol);
        if !report.feasible {
            return None;
        }
        let mut guard = self.lock();
        let now = self.elapsed_s();
        let at = found_at_s.map_or(now, |t| t.min(now));
        let z = report.objective;
        let better = guard.best.as_ref().is_none_or(|b| {
            problem.sense().is_better(z, b.objective) || (z == b.objective && at < b.found_at_s)
        });
        if better {
            guard.points.push((at, z));
            guard.kept_from.push(source.to_string());
            guard.best = Some(Best {
                solution: solution.clone(),
                objective: z,
                found_at_s: at,
                source: source.to_string(),
            });
        }
        Some(better)
    }

    /// Offers `solution`, the last point of a solver's `history` (its
    /// incumbents, `(seconds since this incumbent's start, objective)`),
    /// dated when the solver found it, and records the history's earlier
    /// points (objectives of points the solver verified on a sub-problem,
    /// which only restricts the original) with their times. Returns
    /// whether the solution was kept.
    pub fn offer_with_history(
        &self,
        problem: &Problem,
        solution: &Solution,
        history: &[(f64, f64)],
        source: &str,
        tol: &Tolerances,
    ) -> bool {
        let found_at = history.last().map(|&(t, _)| t);
        let kept = self.offer_verified(problem, solution, source, tol, found_at);
        if kept.is_some() {
            // Found on the way to a verified point: the earlier ones count.
            let now = self.elapsed_s();
            let earlier = &history[..history.len().saturating_sub(1)];
            self.lock()
                .points
                .extend(earlier.iter().map(|&(t, z)| (t.min(now), z)));
        }
        kept == Some(true)
    }

    /// The current best.
    pub fn best(&self) -> Option<Best> {
        self.lock().best.clone()
    }

    /// Whether a point from a source other than `source` was ever kept
    /// (the learned proposals ask whether one of theirs succeeded while
    /// the completion feeds its own points in).
    pub fn kept_other_than(&self, source: &str) -> bool {
        self.lock().kept_from.iter().any(|s| s != source)
    }

    /// The current best objective (without copying the solution).
    pub fn best_objective(&self) -> Option<f64> {
        self.lock().best.as_ref().map(|b| b.objective)
    }

    /// When the best objective improved, `(seconds since the start,
    /// objective)`, in time order, ending at the current best (see
    /// [`incumbent_trajectory`]).
    pub fn trajectory(&self, problem: &Problem) -> Vec<(f64, f64)> {
        let guard = self.lock();
        let last = guard.best.as_ref().map(|b| (b.found_at_s, b.objective));
        incumbent_trajectory(guard.points.iter().copied(), problem.sense(), last)
    }
}

/// Binary variables sorted by confidence, most confident first (ties by id).
pub fn binaries_by_confidence(problem: &Problem, probs: &[f64]) -> Vec<VarId> {
    let mut b: Vec<VarId> = problem
        .vars()
        .filter(|&v| problem.var_kind(v) == VarKind::Binary)
        .collect();
    b.sort_by(|&x, &y| {
        (probs[y.index()] - 0.5)
            .abs()
            .total_cmp(&(probs[x.index()] - 0.5).abs())
            .then(x.cmp(&y))
    });
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::bin_packing::bin_packing_with_sizes;

    #[test]
    fn a_wrong_point_from_a_repair_is_never_kept() {
        let p = bin_packing_with_sizes(&[45, 30, 62], 100, 3).unwrap();
        let inc = Incumbent::new(Instant::now());
        let wrong = Solution::from_values(vec![1.0; p.num_vars()]);
        assert!(!inc.offer(&p, &wrong, "broken repair", &Tolerances::default()));
        assert!(inc.best().is_none() && inc.trajectory(&p).is_empty());
        let mut x = vec![0.0; p.num_vars()];
        for name in ["x_0_0", "x_1_1", "x_2_2", "y_0", "y_1", "y_2"] {
            x[p.var_by_name(name).unwrap().index()] = 1.0;
        }
        assert!(inc.offer(&p, &Solution::from_values(x), "ok", &Tolerances::default()));
        assert_eq!(inc.best().unwrap().objective, 3.0);
        // A wrong point after a good one does not replace it.
        assert!(!inc.offer(&p, &wrong, "broken repair", &Tolerances::default()));
        assert_eq!(inc.best().unwrap().source, "ok");
    }

    /// The packing that puts item `i` into bin `bins[i]`.
    fn packing(p: &Problem, bins: [usize; 3]) -> Solution {
        let mut x = vec![0.0; p.num_vars()];
        for (item, bin) in bins.into_iter().enumerate() {
            x[p.var_by_name(&format!("x_{item}_{bin}")).unwrap().index()] = 1.0;
            x[p.var_by_name(&format!("y_{bin}")).unwrap().index()] = 1.0;
        }
        Solution::from_values(x)
    }

    #[test]
    fn a_solvers_incumbents_count_when_it_found_them() {
        let p = bin_packing_with_sizes(&[45, 30, 62], 100, 3).unwrap();
        let tol = Tolerances::default();
        // Started a second ago: the dates below lie in the past.
        let start = Instant::now().checked_sub(std::time::Duration::from_secs(1));
        let inc = Incumbent::new(start.expect("the clock has run for a second"));
        // A solver that returns its 2-bin packing now, found at 0.002 s
        // after a 3-bin one at 0.001 s.
        let two = packing(&p, [0, 0, 1]);
        assert!(inc.offer_with_history(
            &p,
            &two,
            &[(0.001, 3.0), (0.002, 2.0)],
            "completion",
            &tol
        ));
        assert_eq!(inc.trajectory(&p), vec![(0.001, 3.0), (0.002, 2.0)]);
        assert_eq!(inc.best().unwrap().found_at_s, 0.002);
        // The same objective found later (the walk beside) keeps the
        // earlier date; found earlier, it takes it.
        assert!(!inc.offer(&p, &packing(&p, [1, 1, 0]), "local search", &tol));
        let dive = packing(&p, [2, 2, 0]);
        assert!(inc.offer_with_history(&p, &dive, &[(0.0015, 2.0)], "dive", &tol));
        let best = inc.best().unwrap();
        assert_eq!((best.found_at_s, best.source.as_str()), (0.0015, "dive"));
        assert_eq!(inc.trajectory(&p), vec![(0.001, 3.0), (0.0015, 2.0)]);
        // A history whose point fails verification adds nothing.
        let wrong = Solution::from_values(vec![1.0; p.num_vars()]);
        assert!(!inc.offer_with_history(&p, &wrong, &[(0.0, 1.0)], "broken", &tol));
        assert_eq!(inc.trajectory(&p), vec![(0.001, 3.0), (0.0015, 2.0)]);
    }
}
