//! [`SolveSettings`]: every option of a solve in one documented struct.

use std::sync::Arc;
use std::time::Duration;

use crate::bnb::IncumbentFeed;
use crate::budget::Interrupt;
use crate::model::{Solution, VarId};
use crate::symmetry::Symmetry;
use crate::verify::Tolerances;

/// A row added to the problem for one solve only (the repair step uses these
/// to cut off or confine regions): `lower <= Σ a_j x_j <= upper`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraRow {
    /// The row's name; must not clash with a row of the problem.
    pub name: String,
    /// The lower side (may be `-inf`).
    pub lower: f64,
    /// The upper side (may be `+inf`).
    pub upper: f64,
    /// The entries `(variable, coefficient)`, each variable at most once.
    pub entries: Vec<(VarId, f64)>,
}

/// How to solve: limits, warm start, fixings, extra rows, relaxation.
///
/// Fixings, extra rows and the LP relaxation define the *sub-problem* that
/// is actually solved; the original [`Problem`](crate::model::Problem) is not
/// changed. See [`solve`](super::solve) for how each option is applied and
/// how answers are verified.
///
/// ```
/// use std::time::Duration;
/// use symbreak::solve::SolveSettings;
///
/// let settings = SolveSettings {
///     time_limit: Some(Duration::from_secs(10)),
///     relative_gap: 1e-4,
///     ..SolveSettings::default()
/// };
/// assert!(settings.fixings.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SolveSettings {
    /// Wall-clock budget for the whole solve, model building and
    /// verification included; `None` for no limit. The backend gets what is
    /// left after building the sub-problem and checking the warm start.
    /// [default: None]
    pub time_limit: Option<Duration>,
    /// Relative MIP gap at which the backend may stop and report the
    /// incumbent as optimal. Must be finite and non-negative. [default: 1e-6]
    /// [range: 0 ..]
    pub relative_gap: f64,
    /// An initial assignment, one value per variable. It is verified against
    /// the sub-problem first: a feasible one is handed to the backend (when
    /// it takes one) and kept as the incumbent to report if the backend finds
    /// nothing better; an infeasible one is ignored and the outcome says so.
    /// [default: None]
    pub warm_start: Option<Solution>,
    /// Variables fixed for this solve: `lower = upper = value`. A value
    /// outside the variable's bounds (or a fractional value of an integer
    /// variable, or two different values for one variable) makes the
    /// sub-problem infeasible, which is reported as the status
    /// [`Infeasible`](super::Status::Infeasible). [default: empty]
    pub fixings: Vec<(VarId, f64)>,
    /// Rows added for this solve. [default: empty]
    pub extra_rows: Vec<ExtraRow>,
    /// Drop integrality: solve the LP relaxation of the sub-problem. The
    /// reported point is then verified against the relaxed sub-problem.
    /// [default: false]
    pub lp_relaxation: bool,
    /// Threads the backend may use (HiGHS only; microlp is single-threaded).
    /// `None` lets the backend choose. [default: None]
    pub threads: Option<u32>,
    /// Let the backend print its own log to stdout. [default: false]
    pub verbose: bool,
    /// Better points found elsewhere while the backend runs, for backends
    /// that take them during their search (`bnb`); ignored when the solved
    /// problem has other columns than the given one (semi-continuous
    /// reformulation). [default: None]
    pub incumbent_feed: Option<IncumbentFeed>,
    /// The formulation symmetry of the problem, already detected (the
    /// learned path's `prepare` stage): handed to a backend that handles
    /// symmetry during its search (`bnb`) so it is not detected twice. The
    /// caller vouches that every extra row maps onto itself under it (an
    /// objective cutoff does); it is not passed on when fixings, the LP
    /// relaxation or a semi-continuous reformulation change the problem.
    /// [default: None]
    pub known_symmetry: Option<Arc<Symmetry>>,
    /// Ends the solve early when raised from another thread, for backends
    /// that look at it (`bnb`); the others run to their time limit.
    /// [default: None]
    pub interrupt: Option<Interrupt>,
    /// Tolerances of the verification every returned point goes through.
    /// [default: `Tolerances::default()`]
    pub tolerances: Tolerances,
}

impl Default for SolveSettings {
    fn default() -> Self {
        SolveSettings {
            time_limit: None,
            relative_gap: 1e-6,
            warm_start: None,
            fixings: Vec::new(),
            extra_rows: Vec::new(),
            lp_relaxation: false,
            threads: None,
            verbose: false,
            incumbent_feed: None,
            known_symmetry: None,
            interrupt: None,
            tolerances: Tolerances::default(),
        }
    }
}

impl SolveSettings {
    /// True when the settings change the problem (fixings, extra rows or the
    /// LP relaxation), i.e. the solved problem is a sub-problem.
    pub fn modifies_problem(&self) -> bool {
        !self.fixings.is_empty() || !self.extra_rows.is_empty() || self.lp_relaxation
    }
}
