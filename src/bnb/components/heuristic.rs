//! [`PrimalHeuristic`]: feasible points from the current node, on a
//! [`Schedule`]; the points go through the search's verification before
//! they become incumbents.

use crate::bnb::pseudocost::PseudoCosts;
use crate::bnb::search::{counted_solve, fractional, set_bounds};
use crate::bnb::settings::{BnbSettings, BnbStats};
use crate::bnb::store::SolutionStore;
use crate::budget::Budget;
use crate::domains::Domains;
use crate::model::Problem;
use crate::simplex::{Lp, LpLimits, LpStatus};

/// When a heuristic runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schedule {
    /// At the root, on the first LP point, before the cut rounds.
    pub before_cuts: bool,
    /// At every node whose number (the root is 1) is `offset` modulo
    /// `every`; `every = 0` for never.
    pub every: u64,
    /// See `every`.
    pub offset: u64,
    /// At the first node after a new incumbent was found.
    pub after_incumbent: bool,
    /// Only while no incumbent is known.
    pub only_without_incumbent: bool,
    /// Only once an incumbent is known (RINS works around it).
    pub only_with_incumbent: bool,
    /// At nodes after the root, only while all primal heuristics together
    /// have taken at most this share of the elapsed time (1.0: always).
    pub time_share: f64,
}

impl Default for Schedule {
    /// Never: a heuristic sets the occasions it wants.
    fn default() -> Self {
        Schedule {
            before_cuts: false,
            every: 0,
            offset: 0,
            after_incumbent: false,
            only_without_incumbent: false,
            only_with_incumbent: false,
            time_share: 1.0,
        }
    }
}

/// What a heuristic sees and may do: the node's domains and LP (to copy),
/// the LP point, the incumbent, the budget and the run's settings (for a
/// sub-MIP), and [`offer`](Self::offer) for its points.
pub struct HeuristicContext<'s, 'a> {
    problem: &'a Problem,
    settings: &'s BnbSettings,
    domains: &'s Domains<'a>,
    lp: &'s Lp,
    point: &'s [f64],
    budget: &'s Budget,
    store: &'s mut SolutionStore<'a>,
    stats: &'s mut BnbStats,
    pseudo: &'s PseudoCosts,
    found: u64,
}

impl<'s, 'a> HeuristicContext<'s, 'a> {
    pub(crate) fn new(
        (problem, domains, lp): (&'a Problem, &'s Domains<'a>, &'s Lp),
        point: &'s [f64],
        (budget, settings): (&'s Budget, &'s BnbSettings),
        (store, stats, pseudo): (&'s mut SolutionStore<'a>, &'s mut BnbStats, &'s PseudoCosts),
    ) -> Self {
        HeuristicContext {
            problem,
            settings,
            domains,
            lp,
            point,
            budget,
            store,
            stats,
            pseudo,
            found: 0,
        }
    }

    /// The problem the search works on.
    pub fn problem(&self) -> &'a Problem {
        self.problem
    }

    /// The node's domains (clone them to fix and propagate).
    pub fn domains(&self) -> &'s Domains<'a> {
        self.domains
    }

    /// The node's LP at its optimum (clone it to re-solve).
    pub fn lp(&self) -> &'s Lp {
        self.lp
    }

    /// The node's LP point.
    pub fn point(&self) -> &'s [f64] {
        self.point
    }

    /// The run's budget: a heuristic stops when it expires.
    pub fn budget(&self) -> &'s Budget {
        self.budget
    }

    /// The run's settings (a sub-MIP starts from them).
    pub fn settings(&self) -> &'s BnbSettings {
        self.settings
    }

    /// Whether an incumbent is known.
    pub fn has_incumbent(&self) -> bool {
        self.store.incumbent().is_some()
    }

    /// The incumbent's point (integers integral, verified), if any.
    pub fn incumbent(&self) -> Option<&[f64]> {
        self.store.search_incumbent()
    }

    /// The point a guided dive goes towards: the settings' reference point
    /// ([`BnbSettings::guide`]) when one is given, else the incumbent's.
    pub fn guide(&self) -> Option<&[f64]> {
        self.store.guide().or_else(|| self.incumbent())
    }

    /// The expected LP objective gain per unit of moving column `j` up
    /// (`up`) or down: the run's pseudo-costs (averages over all columns
    /// before `j` has been branched on, 1 before anything has).
    pub fn pseudo_cost(&self, j: usize, up: bool) -> f64 {
        self.pseudo.unit_gain(j, up)
    }

    /// Dual simplex pivots of the run so far (a dive's pivots are capped
    /// at a share of them).
    pub fn lp_iterations(&self) -> u64 {
        self.stats.lp_iterations
    }

    /// The LP cutoff (minimization form, no offset): a point must beat it.
    pub fn cutoff(&self) -> Option<f64> {
        self.store.cutoff()
    }

    /// The integer columns fractional at `x`: `(column, value)`.
    pub fn fractional(&self, x: &[f64]) -> Vec<(u32, f64)> {
        fractional(self.problem, x)
    }

    /// Offers a point (integers are rounded, then it is verified); true
    /// when it became the incumbent.
    pub fn offer(&mut self, x: Vec<f64>) -> bool {
        let kept = self.store.offer(x);
        self.found += kept as u64;
        kept
    }

    /// Sets column `j`'s bounds in `lp` (a copy of the node LP).
    pub fn set_bounds(&mut self, lp: &mut Lp, j: usize, lower: f64, upper: f64) {
        set_bounds(lp, j, lower, upper, self.stats);
    }

    /// Solves `lp` (a copy) under the run's deadline, at most
    /// `max_iterations` pivots and the given objective cutoff; its pivots
    /// are counted in the run's statistics.
    pub fn solve(
        &mut self,
        lp: &mut Lp,
        max_iterations: Option<u64>,
        cutoff: Option<f64>,
    ) -> LpStatus {
        self.solve_by(lp, (max_iterations, cutoff), self.budget.deadline())
    }

    /// [`solve`](Self::solve) that also stops at `deadline` (a heuristic's
    /// own time cap), when it comes before the run's.
    pub fn solve_by(
        &mut self,
        lp: &mut Lp,
        (max_iterations, cutoff): (Option<u64>, Option<f64>),
        deadline: Option<std::time::Instant>,
    ) -> LpStatus {
        let limits = LpLimits {
            deadline: self.budget.earliest(deadline),
            max_iterations,
            objective_cutoff: cutoff,
        };
        counted_solve(lp, &limits, self.stats)
    }

    /// Counts the work of a sub-search the heuristic ran (a sub-MIP's
    /// pivots and its time) in the run's statistics.
    pub fn count_sub_search(&mut self, sub: &BnbStats, time_s: f64) {
        self.stats.lp_iterations += sub.lp_iterations;
        self.stats.time_sub_mips_s += time_s;
    }

    /// Seconds the sub-searches of every heuristic have taken so far.
    pub fn sub_search_time_s(&self) -> f64 {
        self.stats.time_sub_mips_s
    }

    /// Improving points offered so far in this call.
    pub(crate) fn found(&self) -> u64 {
        self.found
    }
}

/// A primal heuristic: feasible points from the node's LP point and
/// domains.
pub trait PrimalHeuristic {
    /// The component's name (`heur.lp_dive`), unique in the search.
    fn name(&self) -> &str;

    /// When the search calls it.
    fn schedule(&self) -> Schedule;

    /// One call: offers what it finds through
    /// [`HeuristicContext::offer`] and stops when the budget expires.
    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>);

    /// Asked each time the schedule makes a call due, before it runs: a
    /// heuristic that backs off after failures (the sub-MIPs) declines
    /// some occasions. A declined occasion is not a call. [default: always]
    fn ready(&mut self) -> bool {
        true
    }
}
