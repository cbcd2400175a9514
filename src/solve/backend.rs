//! The [`Backend`] trait: one MILP solver behind one interface.
//!
//! A backend only translates and runs: it receives the problem that is to be
//! solved (fixings, extra rows and relaxation already applied by
//! [`solve`](super::solve)), a warm start that has already passed
//! verification, and the driver's [`Budget`] (whose deadline it must
//! respect). It reports what its solver *claims* in a [`RawOutcome`]; the
//! driver verifies every point and turns claims into a [`Status`] it can
//! stand behind.
//!
//! A [`RawOutcome`] is a claim, the driver's
//! [`SolveOutcome`](super::SolveOutcome) the verified answer: the two are
//! kept apart on purpose, so that nothing unverified can be mistaken for
//! an answer.

use std::sync::Arc;

use thiserror::Error;

use super::Status;
use crate::bnb::{BnbStats, IncumbentFeed};
use crate::budget::{Budget, Interrupt};
use crate::model::Problem;
use crate::symmetry::Symmetry;

/// What a backend is asked to respect. Built by [`solve`](super::solve) from
/// [`SolveSettings`](super::SolveSettings).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BackendOptions<'a> {
    /// The solve's wall-clock budget (started when the driver was called):
    /// the backend stops by its deadline, [`Budget::remaining`] from now.
    pub budget: Budget,
    /// Relative MIP gap at which the backend may stop and claim optimality.
    pub relative_gap: f64,
    /// A feasible starting point (already verified), one value per variable.
    pub warm_start: Option<&'a [f64]>,
    /// Threads the backend may use; `None` lets it choose.
    pub threads: Option<u32>,
    /// Let the backend print its own log.
    pub verbose: bool,
    /// Better points found elsewhere while the backend runs (same columns
    /// as the problem it is given); a backend may ignore it.
    pub incumbent_feed: Option<&'a IncumbentFeed>,
    /// The symmetry of the problem it is given, already detected: a
    /// backend that handles symmetry uses it instead of detecting it
    /// again; others ignore it.
    pub known_symmetry: Option<&'a Arc<Symmetry>>,
    /// Raised from another thread when the solve should end early; a
    /// backend may ignore it.
    pub interrupt: Option<&'a Interrupt>,
}

/// What a backend's solver claims, before verification.
#[derive(Clone, Debug, PartialEq)]
pub struct RawOutcome {
    /// The claim:
    /// - `Optimal`: proven optimal within the gap, `values` set;
    /// - `Feasible`: a limit was hit, `values` set;
    /// - `NoSolutionFound`: a limit was hit, no values;
    /// - `Infeasible`, `Unbounded`: proven, no values needed;
    /// - `NumericalTrouble`: the solver gave up (use `message`).
    pub status: Status,
    /// The solver's point, one value per variable, when it has one.
    pub values: Option<Vec<f64>>,
    /// The best proven bound on the objective (offset included, in the
    /// problem's own sense), when the solver gives one.
    pub bound: Option<f64>,
    /// The solver's own explanation, if any.
    pub message: Option<String>,
    /// Every new incumbent the solver found, in order: (seconds since the
    /// backend was called, objective in the problem's sense, offset
    /// included). Empty for a solver that does not report them; the
    /// driver then dates the final point to the moment the backend
    /// returned.
    pub incumbents: Vec<(f64, f64)>,
    /// The branch-and-cut's statistics (`bnb` only).
    pub stats: Option<BnbStats>,
}

impl RawOutcome {
    /// A claim without a point, bound, message, incumbents or statistics.
    pub fn bare(status: Status) -> Self {
        RawOutcome {
            status,
            values: None,
            bound: None,
            message: None,
            incumbents: Vec::new(),
            stats: None,
        }
    }
}

/// A backend that could not run its solver (a model it cannot represent, an
/// error returned by the library). [`solve`](super::solve) reports it as
/// [`Status::NumericalTrouble`] with this message.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{0}")]
pub struct BackendError(pub String);

impl BackendError {
    /// The error of a backend handed semi-continuous columns, which
    /// [`solve`](super::solve) reformulates before any backend sees them.
    ///
    /// # Errors
    /// When `problem` has a semi-continuous column.
    pub fn refuse_semi(problem: &Problem) -> Result<(), BackendError> {
        if problem.has_semi() {
            return Err(BackendError(
                "semi-continuous variables: call solve(), which reformulates them".to_string(),
            ));
        }
        Ok(())
    }
}

/// A MILP solver behind one interface.
///
/// Implementations must not assume their answer is trusted: every point is
/// verified by the caller. A backend may panic; [`solve`](super::solve)
/// catches it.
pub trait Backend: Send + Sync {
    /// A short lowercase name (`"microlp"`, `"highs"`), used in reports.
    fn name(&self) -> &'static str;

    /// Solves `problem` as it is (integrality as given by its variable
    /// kinds) within `options`. [`solve`](super::solve) never hands it a
    /// semi-continuous variable (it reformulates them); a backend may
    /// refuse one with an error.
    ///
    /// # Errors
    /// A [`BackendError`] when the solver could not run or failed.
    fn solve(
        &self,
        problem: &Problem,
        options: &BackendOptions<'_>,
    ) -> Result<RawOutcome, BackendError>;

    /// True when the backend handles the problem's symmetry during its own
    /// search (orbitopal and orbital fixing); the completion then leaves out
    /// the static orbitope constraints, which would only add rows to its
    /// LPs and hide the symmetry from it. [default: false]
    fn handles_symmetry(&self) -> bool {
        false
    }

    /// True when the backend exchanges incumbents during its search (it
    /// polls [`BackendOptions::incumbent_feed`] and reports its own to it)
    /// and stops on [`BackendOptions::interrupt`]: the learned path then
    /// runs its proposals beside the search instead of before it.
    /// [default: false]
    fn exchanges_incumbents(&self) -> bool {
        false
    }
}
