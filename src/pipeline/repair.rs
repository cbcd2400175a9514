//! The repair step's common ground: the context every strategy sees, the
//! trait a strategy implements, and the incumbent they share.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::model::{Problem, Solution, VarId, VarKind};
use crate::solve::{Backend, SolveOutcome, SolveSettings, solve};
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
    /// When the repair step must be done.
    pub deadline: Instant,
    /// Where verified solutions go.
    pub incumbent: &'a Incumbent,
    /// Tolerances of verification.
    pub tolerances: Tolerances,
}

impl RepairContext<'_> {
    /// Time left before the deadline.
    pub fn remaining(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    /// The prediction rounded at ½.
    pub fn rounded(&self, v: VarId) -> f64 {
        if self.probs[v.index()] >= 0.5 {
            1.0
        } else {
            0.0
        }
    }

    /// Solves a sub-problem with the backend; errors (bad settings) become
    /// `None`, never a panic.
    pub fn solve(&self, settings: &SolveSettings) -> Option<SolveOutcome> {
        solve(self.problem, settings, self.backend).ok()
    }

    /// Offers a sub-problem's solution to the incumbent.
    pub fn offer(&self, outcome: &SolveOutcome, source: &str) {
        if let Some(s) = &outcome.solution {
            self.incumbent
                .offer(self.problem, s, source, &self.tolerances);
        }
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

/// The best verified solution so far, shared between threads.
pub struct Incumbent {
    start: Instant,
    inner: Mutex<(Option<Best>, Option<f64>)>,
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
            inner: Mutex::new((None, None)),
        }
    }

    /// Keeps `solution` if it passes verification against `problem` (the
    /// original) and is better than the current one. Returns whether it
    /// was kept.
    pub fn offer(
        &self,
        problem: &Problem,
        solution: &Solution,
        source: &str,
        tol: &Tolerances,
    ) -> bool {
        let report = verify(problem, solution.values(), tol);
        if !report.feasible {
            return false;
        }
        let mut guard = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let now = self.start.elapsed().as_secs_f64();
        guard.1.get_or_insert(now);
        let better = guard
            .0
            .as_ref()
            .is_none_or(|b| problem.sense().is_better(report.objective, b.objective));
        if better {
            guard.0 = Some(Best {
                solution: solution.clone(),
                objective: report.objective,
                found_at_s: now,
                source: source.to_string(),
            });
        }
        better
    }

    /// The current best.
    pub fn best(&self) -> Option<Best> {
        match self.inner.lock() {
            Ok(g) => g.0.clone(),
            Err(poisoned) => poisoned.into_inner().0.clone(),
        }
    }

    /// The current best objective (without copying the solution).
    pub fn best_objective(&self) -> Option<f64> {
        match self.inner.lock() {
            Ok(g) => g.0.as_ref().map(|b| b.objective),
            Err(poisoned) => poisoned.into_inner().0.as_ref().map(|b| b.objective),
        }
    }

    /// Seconds from the start until the first verified solution.
    pub fn first_found_at_s(&self) -> Option<f64> {
        match self.inner.lock() {
            Ok(g) => g.1,
            Err(poisoned) => poisoned.into_inner().1,
        }
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
        assert!(inc.best().is_none() && inc.first_found_at_s().is_none());
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
}
