//! The solve paths, in stages. The only module where the network and the
//! classical solver meet.
//!
//! | stage | what it does | file |
//! |---|---|---|
//! | [`prepare`](prepare()) | symmetry detection and the orbit-averaged LP relaxation, under one budget rule (shared by `predict`, `train`, `evaluate` and `solve`) | `prepare.rs` |
//! | inference | the GNN's probability for every binary ([`Prepared::predict`]) | `prepare.rs` |
//! | repair | fix-and-propagate (milliseconds), then neural diving and/or a trust region, only until there is a verified solution | `repair.rs`, `propagate.rs`, `dive.rs`, `trust_region.rs` |
//! | improve | a local search under an objective cutoff, alone until it stalls, then beside the completion | `local_search.rs` |
//! | [`complete`](complete()) | the full problem with the orbitope constraints, warm-started from and cut off at the incumbent, verified against the original problem | `complete.rs` |
//!
//! [`LearnedSolver`] runs them all (`learned.rs`); [`solve_plain`] is the
//! completion alone (`plain.rs`). Both return one [`Outcome`]; without any
//! repaired solution the learned path's completion *is* the plain solver
//! with the leftover time, so it never ends worse than that. Every
//! reported solution passed [`verify`](crate::verify::verify) against the
//! original problem. The label store for training and evaluation
//! ([`crate::training`]) makes its samples with the same `prepare` stage.
//!
//! ```no_run
//! use symbreak::pipeline::{LearnedSettings, LearnedSolver};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let problem = symbreak::io::read_problem("instances/bpp_20_chen_1.mps")?.problem;
//! let outcome = LearnedSolver::new(LearnedSettings::default()).solve(&problem);
//! println!("{} {:?} (bound {:?})", outcome.status, outcome.objective, outcome.bound);
//! # Ok(())
//! # }
//! ```

mod complete;
mod dive;
mod learned;
mod local_search;
mod outcome;
mod plain;
mod prepare;
mod propagate;
mod repair;
mod trust_region;

pub use complete::{CompleteTask, Completion, complete};
pub use dive::Dive;
pub use learned::{LearnedSettings, LearnedSolver, Strategy};
pub use local_search::LocalSearch;
pub(crate) use local_search::Walk;
pub use outcome::{Outcome, OutcomeSummary, StageLog};
pub use plain::{PlainSettings, solve_plain};
pub use prepare::{
    DEFAULT_TIME_LIMIT, LpRelaxation, Prepared, detect_symmetry, lp_relaxation, prepare,
};
pub use propagate::Propagate;
pub(crate) use repair::Incumbent;
pub use trust_region::TrustRegion;
