//! The classical MILP solver path: the backends behind one trait, honest
//! statuses, verified answers.
//!
//! [`solve`] takes a [`Problem`](crate::model::Problem), a
//! [`SolveSettings`] (time limit, gap, warm start, fixings, extra rows, LP
//! relaxation) and a [`Backend`], and returns a [`SolveOutcome`] whose
//! [`Status`] says what was established. Every point a backend returns is
//! [verified](mod@crate::verify) before it is reported; a point that fails is
//! never reported (the status is then
//! [`NumericalTrouble`](Status::NumericalTrouble)). Infeasibility and limits
//! are statuses; `Err` is for bad settings only.
//!
//! Semi-continuous and semi-integer variables are handed to the backends
//! through an exact reformulation with one binary indicator each
//! (`semi.rs`); the indicators are dropped from the reported point, which
//! is verified against the problem with its semi semantics.
//!
//! Backends:
//! - [`BnbBackend`]: symbreak's own branch-and-cut ([`crate::bnb`]), always
//!   built, the default ([`BackendChoice::default`]);
//! - [`MicrolpBackend`]: good_lp's pure-Rust microlp, always built;
//! - `HighsBackend`: HiGHS, with the cargo feature `highs` (needs `cmake`
//!   and `libclang-dev`).
//!
//! [`BackendChoice`] picks one by name and says "rebuild with --features
//! highs" when HiGHS is not compiled in.
//!
//! ```
//! use symbreak::model::{ProblemBuilder, Sense, VarKind};
//! use symbreak::solve::{solve, BnbBackend, SolveSettings, Status};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // maximize x + 2y  subject to  x + y <= 4,  x, y integer in [0, 3]
//! let mut b = ProblemBuilder::new("tiny");
//! b.set_sense(Sense::Maximize);
//! let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 1.0)?;
//! let y = b.add_var("y", VarKind::Integer, 0.0, 3.0, 2.0)?;
//! b.add_row("cap", f64::NEG_INFINITY, 4.0, &[(x, 1.0), (y, 1.0)])?;
//! let problem = b.build()?;
//!
//! let outcome = solve(&problem, &SolveSettings::default(), &BnbBackend::default())?;
//! assert_eq!(outcome.status, Status::Optimal);
//! assert_eq!(outcome.objective, Some(7.0));
//! assert_eq!(outcome.solution.unwrap().values(), &[1.0, 3.0]);
//!
//! // Fixing y = 0 is a sub-problem: the original is untouched.
//! let fixed = SolveSettings { fixings: vec![(y, 0.0)], ..SolveSettings::default() };
//! assert_eq!(solve(&problem, &fixed, &BnbBackend::default())?.objective, Some(3.0));
//! # Ok(())
//! # }
//! ```

mod backend;
mod bnb;
mod choice;
mod driver;
mod error;
mod good_lp_model;
#[cfg(feature = "highs")]
mod highs;
mod microlp;
mod outcome;
mod semi;
mod settings;

mod subproblem;

pub use crate::status::relative_gap;
pub use crate::status::{Status, UnknownStatus};
pub use backend::{Backend, BackendError, BackendOptions, RawOutcome};
pub use bnb::BnbBackend;
pub use choice::{BackendChoice, UnknownBackend};
pub use driver::solve;
pub use error::SolveError;
#[cfg(feature = "highs")]
pub use highs::HighsBackend;
pub use microlp::MicrolpBackend;
pub use outcome::{SolveOutcome, WarmStartVerdict, incumbent_trajectory};
pub use settings::{ExtraRow, SolveSettings};
