//! What a branch-and-cut run is asked to do, and what it reports.

use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde::Serialize;

use super::PresolveStats;
use super::components::{ComponentStats, Plugins};
use crate::budget::Interrupt;
use crate::status::Status;
use crate::symmetry::Symmetry;

/// An exchange of incumbents with work running beside the search (the
/// learned path's proposals and local search run beside its completion).
///
/// Polled a few times a second with the search's incumbent objective (the
/// problem's sense, offset included; `None` without one), the source
/// returns a point that may be better; the search verifies every point it
/// gets before taking it, so the source needs not be trusted, and a point
/// of another length is ignored. With [`on_found`](Self::on_found), the
/// search also reports each incumbent it keeps, when it keeps it, so the
/// work beside it can start from the best point.
#[derive(Clone)]
pub struct IncumbentFeed {
    source: Arc<FeedSource>,
    sink: Option<Arc<FeedSink>>,
    guide: Option<Guide>,
}

/// A prediction that may arrive while the search runs: one value in
/// `[0, 1]` per column of the problem the search was given (the learned
/// path's network output, the probability that a binary is 1). Set once.
pub type Guide = Arc<OnceLock<Vec<f64>>>;

type FeedSource = dyn Fn(Option<f64>) -> Option<Vec<f64>> + Send + Sync;
type FeedSink = dyn Fn(&[f64]) + Send + Sync;

impl IncumbentFeed {
    /// A feed from a closure.
    pub fn new(f: impl Fn(Option<f64>) -> Option<Vec<f64>> + Send + Sync + 'static) -> Self {
        IncumbentFeed {
            source: Arc::new(f),
            sink: None,
            guide: None,
        }
    }

    /// Also hands the search a prediction once `guide` is set: where it
    /// is confident about a binary, the search's child order follows it.
    pub fn with_guide(mut self, guide: Guide) -> Self {
        self.guide = Some(guide);
        self
    }

    /// The prediction, once it has arrived.
    pub fn guide(&self) -> Option<&[f64]> {
        self.guide.as_ref()?.get().map(Vec::as_slice)
    }

    /// Also reports every incumbent the search keeps to `f` (the point, in
    /// the columns of the problem the search was given), at once.
    pub fn on_found(mut self, f: impl Fn(&[f64]) + Send + Sync + 'static) -> Self {
        self.sink = Some(Arc::new(f));
        self
    }

    /// A point that may beat `incumbent`, if the source has one.
    pub fn poll(&self, incumbent: Option<f64>) -> Option<Vec<f64>> {
        (self.source)(incumbent)
    }

    /// Reports a point the search kept as its incumbent.
    pub fn found(&self, x: &[f64]) {
        if let Some(sink) = &self.sink {
            sink(x);
        }
    }
}

impl fmt::Debug for IncumbentFeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IncumbentFeed(..)")
    }
}

/// Two feeds are equal when they are the same closure.
impl PartialEq for IncumbentFeed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.source, &other.source)
    }
}

/// Settings of [`branch_and_cut`](super::branch_and_cut).
#[derive(Clone, Debug)]
pub struct BnbSettings {
    /// Wall-clock limit for the whole run; `None` for none.
    pub time_limit: Option<Duration>,
    /// Stop when `|incumbent − bound| <= relative_gap · max(1, |incumbent|)`.
    /// [default: 1e-9: prove optimality]
    pub relative_gap: f64,
    /// Stop after this many nodes. [default: none]
    pub node_limit: Option<u64>,
    /// A feasible point to start from (its objective is the first cutoff).
    pub warm_start: Option<Vec<f64>>,
    /// Better points from outside, polled during the search, and the
    /// search's own incumbents reported back. [default: none]
    pub incumbent_feed: Option<IncumbentFeed>,
    /// A reference point to dive towards (`heur.guided_dive`), one value
    /// per column of the problem given: a prediction (values in a column's
    /// bounds, maybe fractional, like a network's marginals), not
    /// necessarily feasible. Without it the guided dive goes towards the
    /// incumbent; a point of another length is ignored. [default: none]
    pub guide: Option<Vec<f64>>,
    /// Ends the search early when raised from another thread (as if the
    /// time limit had passed). [default: none]
    pub interrupt: Option<Interrupt>,
    /// Print a progress line to stderr every `log_interval`. [default: off]
    pub log: bool,
    /// Time between progress lines. [default: 5 s]
    pub log_interval: Duration,
    /// Presolve: reduce the problem (see the module docs of
    /// [`bnb`](super)) and lift the coefficients of binary knapsack rows;
    /// the search works on the reduced copy, its points mapped back to the
    /// original columns. [default: true]
    pub presolve: bool,
    /// Separate cuts at the root (knapsack covers, cliques, c-MIR, Gomory
    /// mixed-integer; see [`disabled`](Self::disabled) to switch off one
    /// family). [default: true]
    pub cuts: bool,
    /// Rounds of cut separation at the root. [default: 30]
    pub root_cut_rounds: usize,
    /// Handle symmetry during the search (orbitopal and orbital fixing).
    /// [default: true]
    pub symmetry: bool,
    /// Conflict analysis: a node that propagation or its LP (infeasible,
    /// or cut off by the incumbent) shows infeasible teaches a clause over
    /// the branchings that caused it, propagated at every later node by
    /// watched literals. [default: true]
    pub conflicts: bool,
    /// Learned clauses kept at most: past it the least recently useful
    /// half is deleted. [default: 10000] [range: >= 2]
    pub max_clauses: usize,
    /// Root restarts at most: when the root (its propagation, the
    /// reduced-cost fixing against the root LP after the cuts under the
    /// incumbent's cutoff, strong branching) has fixed at least a fifth of
    /// the integer columns, the problem with those fixings is presolved
    /// again and its root solved anew, keeping the incumbent, the cuts and
    /// the learned clauses (see `restart.rs`). Needs `presolve`; `0` or
    /// `--disable restarts` switches it off. [default: 2]
    pub restarts: usize,
    /// A pseudo-cost is reliable after this many observations in both
    /// directions; before that, candidates are strong-branched.
    /// [default: 4]
    pub reliability: u32,
    /// Candidates strong-branched per node at most. [default: 8]
    pub strong_candidates: usize,
    /// Dual simplex iterations per strong-branching child. [default: 40]
    pub strong_iterations: u64,
    /// The problem's symmetry when it is already known (the learned path
    /// detects it in `prepare`): the search uses it instead of detecting
    /// it again. It must be the symmetry of the problem passed to
    /// [`branch_and_cut`](super::branch_and_cut). When presolve removes
    /// columns it no longer fits the reduced problem and is ignored: the
    /// search detects the reduced problem's symmetry instead.
    /// [default: none]
    pub known_symmetry: Option<Arc<Symmetry>>,
    /// Components switched off by name (`cuts.gomory`, `heur.lp_dive`,
    /// ...; [`builtin_names`](super::components::builtin_names) lists the
    /// built-in ones). [default: none]
    pub disabled: Vec<String>,
    /// Separators, heuristics, propagators and branching rules added to
    /// the built-in ones. [default: none]
    pub plugins: Plugins,
}

impl Default for BnbSettings {
    fn default() -> Self {
        BnbSettings {
            time_limit: None,
            relative_gap: 1e-9,
            node_limit: None,
            warm_start: None,
            incumbent_feed: None,
            guide: None,
            interrupt: None,
            log: false,
            log_interval: Duration::from_secs(5),
            presolve: true,
            cuts: true,
            root_cut_rounds: 30,
            symmetry: true,
            conflicts: true,
            max_clauses: 10_000,
            restarts: 2,
            reliability: 4,
            strong_candidates: 8,
            strong_iterations: 40,
            known_symmetry: None,
            disabled: Vec::new(),
            plugins: Plugins::default(),
        }
    }
}

/// Where the time went and what the search did.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BnbStats {
    /// Nodes processed (LP solved or pruned on loading).
    pub nodes: u64,
    /// Open nodes when the run ended.
    pub open_nodes: usize,
    /// Deepest node.
    pub max_depth: u32,
    /// Dual simplex iterations, strong branching and the heuristics' sub-MIPs
    /// included.
    pub lp_iterations: u64,
    /// LP bound at the root before cuts (minimization form, no offset).
    pub root_lp: Option<f64>,
    /// LP bound at the root after cuts (minimization form, no offset);
    /// after a restart, the last root's, in the terms of the first
    /// search's problem.
    pub root_cut_lp: Option<f64>,
    /// The root LP relaxation is unbounded (the search stopped there).
    pub root_lp_unbounded: bool,
    /// Nodes shown infeasible by propagation (before their LP).
    pub pruned_by_propagation: u64,
    /// Nodes whose LP was infeasible or exceeded the cutoff.
    pub pruned_by_lp: u64,
    /// Conflicts analysed (propagation, infeasible and cut-off node LPs);
    /// an analysis learns nothing when its explanation is too long or
    /// involves a non-binary, or when an LP's proof row is not violated
    /// by the node's domains beyond a tolerance.
    pub conflict_analyses: u64,
    /// Clauses learned by conflict analysis (the sum of the next three).
    pub conflicts: u64,
    /// Clauses learned from a conflict of propagation.
    pub clauses_from_propagation: u64,
    /// Clauses learned from an infeasible node LP (its Farkas proof).
    pub clauses_from_infeasible_lp: u64,
    /// Clauses learned from a node LP cut off by the incumbent.
    pub clauses_from_cutoff: u64,
    /// Fixings made by learned clauses (watched-literal propagation).
    pub clause_propagations: u64,
    /// Learned clauses deleted to stay within `max_clauses`.
    pub clauses_deleted: u64,
    /// Knapsack-row coefficients raised by presolve.
    pub lifted_coefficients: usize,
    /// Rows presolve tightened.
    pub lifted_rows: usize,
    /// Seconds in presolve.
    pub time_presolve_s: f64,
    /// What each presolve reduction did.
    pub presolve: PresolveStats,
    /// Orbitopes handled during the search.
    pub orbitopes: usize,
    /// Incumbents taken from the incumbent feed.
    pub fed_incumbents: u64,
    /// Strong-branching LPs solved.
    pub strong_branchings: u64,
    /// Branchings whose child order the feed's prediction set (it was
    /// confident about the column).
    pub guided_branchings: u64,
    /// Nodes whose LP could not be solved (branched on without it).
    pub lp_failures: u64,
    /// Seconds in node LPs (strong branching excluded).
    pub time_lp_s: f64,
    /// Seconds in bound propagation.
    pub time_propagation_s: f64,
    /// Seconds in the cut rounds (separation, selection, adding rows; the
    /// LP re-solves not included).
    pub time_cuts_s: f64,
    /// Seconds in the cut rounds at nodes below the root (`cuts.nodes`),
    /// their LP re-solves included.
    pub time_node_cuts_s: f64,
    /// Cut rounds at nodes below the root that added rows.
    pub node_cut_rounds: u64,
    /// Cut rows those rounds added.
    pub node_cuts: u64,
    /// Of those, the rows taken out again after being loose at 100 node
    /// LPs in a row.
    pub node_cuts_removed: u64,
    /// Seconds in symmetry detection (the fixing propagators: see
    /// `components`).
    pub time_symmetry_s: f64,
    /// Seconds choosing branching variables (strong branching included).
    pub time_branching_s: f64,
    /// Seconds in primal heuristics.
    pub time_heuristics_s: f64,
    /// Seconds in the sub-MIPs of the large-neighbourhood heuristics (part
    /// of `time_heuristics_s`): together they stay within a share of the
    /// search's time.
    pub time_sub_mips_s: f64,
    /// Every component's statistics: separators, heuristics, propagators,
    /// branching rules, each in calling order (summed over the restarts).
    pub components: Vec<ComponentStats>,
    /// Root restarts, in order.
    pub restarts: Vec<RestartStats>,
}

/// One root restart: what the root had fixed and what the problem became.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RestartStats {
    /// Seconds since the start of the run when the restart began.
    pub at_s: f64,
    /// Integer columns the root node fixed (its LP's reduced costs under
    /// the cutoff, strong branching, and what propagation made of them)
    /// beyond the global domains it started from: those hold what
    /// propagation and symmetry fixing did before any LP, which presolve
    /// and the symmetry handling would find again.
    pub fixed_columns: usize,
    /// Integer columns free in those global domains.
    pub integer_columns: usize,
    /// Columns of that problem.
    pub columns_before: usize,
    /// Rows of that problem.
    pub rows_before: usize,
    /// Columns of the problem presolved again.
    pub columns_after: usize,
    /// Rows of the problem presolved again.
    pub rows_after: usize,
    /// Cut rows of the root LP carried over (rewritten over the new
    /// columns).
    pub cuts_kept: usize,
    /// Cut rows of the root LP at the restart.
    pub cuts: usize,
    /// Learned clauses carried over (over binaries still there).
    pub clauses_kept: usize,
    /// Learned clauses at the restart.
    pub clauses: usize,
}

impl BnbStats {
    /// The statistics of the component named `name`, if it ran in the
    /// search.
    pub fn component(&self, name: &str) -> Option<&ComponentStats> {
        self.components.iter().find(|c| c.name == name)
    }
}

/// What [`branch_and_cut`](super::branch_and_cut) returns. Objective and
/// bound are in the problem's own sense, offset included.
#[derive(Clone, Debug, PartialEq)]
pub struct BnbResult {
    /// How the run ended: `Optimal` (the tree is closed with an
    /// incumbent), `Infeasible` (closed without one), `Feasible` or
    /// `NoSolutionFound` (a time or node limit stopped it, with or without
    /// an incumbent), `Unbounded` (the root LP relaxation is unbounded and
    /// the problem has no integer column or the LP point is integral), or
    /// `NumericalTrouble` when the root LP relaxation is unbounded at a
    /// fractional point (the problem is unbounded or infeasible, which the
    /// search does not decide; [`BnbStats::root_lp_unbounded`] is set).
    pub status: Status,
    /// The best point found, one value per variable (checked against the
    /// problem with the verifier's default tolerances); for `Unbounded` a
    /// feasible point of the unbounded problem, when one is known.
    pub solution: Option<Vec<f64>>,
    /// Its objective.
    pub objective: Option<f64>,
    /// The best proven bound (for a proven optimum equal to the objective;
    /// `None` when the root LP was not solved).
    pub bound: Option<f64>,
    /// Every new incumbent in the order found: (seconds since the run
    /// started, its objective), the warm start included; the times the
    /// progress log's `*` lines print.
    pub incumbents: Vec<(f64, f64)>,
    /// Statistics.
    pub stats: BnbStats,
}
