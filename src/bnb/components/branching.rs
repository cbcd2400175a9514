//! [`BranchingRule`]: the variable to branch on at a node whose LP point is
//! fractional; the rules are asked in priority order until one decides.

use crate::bnb::pseudocost::PseudoCosts;
use crate::bnb::search::{branch_change, counted_solve, set_bounds};
use crate::bnb::settings::{BnbSettings, BnbStats};
use crate::bnb::store::SolutionStore;
use crate::budget::Budget;
use crate::domains::Domains;
use crate::model::Problem;
use crate::simplex::{Lp, LpLimits, LpStatus};

/// Strong branching's time share of the node LPs' time.
const STRONG_SHARE: f64 = 3.0;

/// Strong branching's time beyond that share, in seconds.
const STRONG_ALLOWANCE_S: f64 = 1.0;

/// What a branching rule decided.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BranchingDecision {
    /// Two children on `var` at LP value `value`; the search dives first
    /// into the up child when `up_first`.
    Branch {
        /// The column.
        var: u32,
        /// Its LP value.
        value: f64,
        /// Dive into the up child first.
        up_first: bool,
    },
    /// The node's subtree holds nothing better than the incumbent (both
    /// sides of a probed column are empty).
    Prune,
    /// Only one side of `var` can hold a better point: the node is
    /// restricted to it and processed again.
    OneSide {
        /// The column.
        var: u32,
        /// Its LP value.
        value: f64,
        /// The side left: up (`>= ceil(value)`) or down.
        up: bool,
    },
}

/// What a strong-branching child showed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Probe {
    /// A valid lower bound on the child's LP value.
    Bound(f64),
    /// The child is infeasible or cannot beat the incumbent.
    Gone,
    /// Nothing learned (time, numerical trouble).
    Unknown,
}

/// What a branching rule sees: the node's domains, LP and value, the
/// cutoff, and [`probe`](Self::probe) for strong branching.
pub struct BranchingContext<'s, 'a> {
    problem: &'a Problem,
    domains: &'s Domains<'a>,
    lp: &'s Lp,
    lp_value: f64,
    store: &'s SolutionStore<'a>,
    pseudo: &'s mut PseudoCosts,
    settings: &'s BnbSettings,
    budget: &'s Budget,
    stats: &'s mut BnbStats,
}

impl<'s, 'a> BranchingContext<'s, 'a> {
    pub(crate) fn new(
        (problem, domains, lp, lp_value): (&'a Problem, &'s Domains<'a>, &'s Lp, f64),
        store: &'s SolutionStore<'a>,
        pseudo: &'s mut PseudoCosts,
        (settings, budget): (&'s BnbSettings, &'s Budget),
        stats: &'s mut BnbStats,
    ) -> Self {
        BranchingContext {
            problem,
            domains,
            lp,
            lp_value,
            store,
            pseudo,
            settings,
            budget,
            stats,
        }
    }

    /// The problem the search works on.
    pub fn problem(&self) -> &'a Problem {
        self.problem
    }

    /// The node's domains.
    pub fn domains(&self) -> &'s Domains<'a> {
        self.domains
    }

    /// The node's LP at its optimum.
    pub fn lp(&self) -> &'s Lp {
        self.lp
    }

    /// The node's LP value (minimization form, no offset).
    pub fn lp_value(&self) -> f64 {
        self.lp_value
    }

    /// Solves the child of `var` at `value` (up or down) on a copy of the
    /// node LP within the strong-branching pivot limit.
    pub fn probe(&mut self, var: u32, value: f64, up: bool) -> Probe {
        // Past the deadline, no copy of the LP: its solve would stop at once.
        if self.budget.expired() {
            return Probe::Unknown;
        }
        let mut lp = self.lp.clone();
        let c = branch_change(self.domains, var, value, up);
        set_bounds(&mut lp, var as usize, c.lower, c.upper, self.stats);
        let limits = LpLimits {
            deadline: self.budget.deadline(),
            max_iterations: Some(self.settings.strong_iterations),
            objective_cutoff: self.store.cutoff(),
        };
        match counted_solve(&mut lp, &limits, self.stats) {
            LpStatus::Infeasible | LpStatus::Cutoff => Probe::Gone,
            LpStatus::Optimal | LpStatus::IterationLimit => {
                let b = lp.bound().max(self.lp_value);
                if self.store.round_bound(b) > self.store.threshold() {
                    Probe::Gone
                } else {
                    Probe::Bound(b)
                }
            }
            _ => Probe::Unknown,
        }
    }

    /// Whether strong branching is within its share of the search: its
    /// time so far at most `STRONG_SHARE` times the node LPs' plus
    /// `STRONG_ALLOWANCE_S` (SCIP bounds strong branching's pivots by
    /// half the node LPs' plus an offset). On nw04 (87,482 columns) it took
    /// 46 s of 60 against 3 s of node LPs and left the incumbent at 61,226
    /// (optimum 16,862); air05 proves its optimum with about 2.5 times.
    pub fn strong_branching_affordable(&self) -> bool {
        self.stats.time_branching_s <= STRONG_SHARE * self.stats.time_lp_s + STRONG_ALLOWANCE_S
    }

    /// The pseudo-costs (the branching history of the run).
    pub(crate) fn pseudo(&mut self) -> &mut PseudoCosts {
        self.pseudo
    }

    /// Counts one strong-branched candidate.
    pub(crate) fn count_strong_branching(&mut self) {
        self.stats.strong_branchings += 1;
    }

    /// The run's settings.
    pub(crate) fn settings(&self) -> &'s BnbSettings {
        self.settings
    }
}

/// A branching rule.
pub trait BranchingRule {
    /// The component's name (`branch.reliability`), unique in the search.
    fn name(&self) -> &str;

    /// The decision for a node with LP point candidates `(column, value)`
    /// (the fractional integer columns, by column); `None` leaves it to
    /// the next rule.
    fn select(
        &mut self,
        ctx: &mut BranchingContext<'_, '_>,
        candidates: &[(u32, f64)],
    ) -> Option<BranchingDecision>;
}
