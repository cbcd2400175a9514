//! # symbreak
//!
//! Integer linear programs whose formulations are full of symmetry (identical
//! bins, interchangeable colors, identical machines), solved by a
//! relaxed-equivariant graph neural network that proposes an assignment and a
//! classical MILP solver that repairs it and proves what it can. Every answer
//! is checked exactly against the original problem.
//!
//! This crate is both the library and the `symbreak` command-line program.
//!
//! ## Using the library
//!
//! What a library user needs is at the crate root: [`Problem`] and its
//! [`ProblemBuilder`], the readers and writers ([`read_problem`],
//! [`write_problem`]), [`solve()`] (the plain solve with the default backend,
//! the branch-and-cut) and [`LearnedSolver`] (the learned path), both
//! returning one [`Outcome`], their settings ([`PlainSettings`],
//! [`LearnedSettings`], [`BackendChoice`], [`BnbSettings`]), the exact
//! check [`verify()`], and formulation [`symmetry`].
//!
//! ```
//! use symbreak::{PlainSettings, ProblemBuilder, Sense, Status, Tolerances, VarKind, solve, verify};
//!
//! # fn main() -> Result<(), symbreak::ModelError> {
//! // maximize x + 2y  subject to  x + y <= 4,  x, y integer in [0, 3]
//! let mut b = ProblemBuilder::new("tiny");
//! b.set_sense(Sense::Maximize);
//! let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 1.0)?;
//! let y = b.add_var("y", VarKind::Integer, 0.0, 3.0, 2.0)?;
//! b.add_row("cap", f64::NEG_INFINITY, 4.0, &[(x, 1.0), (y, 1.0)])?;
//! let problem = b.build()?;
//!
//! let outcome = solve(&problem, &PlainSettings::default());
//! assert_eq!(outcome.status, Status::Optimal);
//! assert_eq!(outcome.objective, Some(7.0));
//!
//! let report = verify(&problem, &[1.0, 3.0], &Tolerances::default());
//! assert!(report.feasible);
//! assert_eq!(report.objective, 7.0);
//! # Ok(())
//! # }
//! ```
//!
//! ## Modules
//!
//! The public modules follow the flow of a solve:
//!
//! - [`model`]: the sparse [`Problem`] with typed ids and a checked
//!   builder;
//! - [`io`]: strict MPS and CPLEX LP readers and writers, solution files;
//! - [`verify`](mod@verify): the exact feasibility check every reported
//!   answer passes;
//! - [`symmetry`]: formulation symmetry (generators, orbits, orbitopes,
//!   canonical ranks) and static symmetry-breaking constraints;
//! - [`generate`]: seeded instance families (bin packing, coloring, P||Cmax
//!   and the controls set cover, auction, facility location, independent set);
//! - [`budget`] and [`status`]: the one wall-clock budget every path takes,
//!   and the one solve verdict with the one gap formula;
//! - [`bnb`]: symbreak's own branch-and-cut over its own bounded dual
//!   simplex: propagation, symmetry handling (orbitopal and orbital
//!   fixing), cuts (covers, cliques, c-MIR, Gomory), reliability branching;
//! - [`solve`](mod@solve): the classical solve path with honest statuses
//!   and verified answers, behind one backend trait: the branch-and-cut
//!   (the default), microlp, and HiGHS with the `highs` feature;
//! - [`nn`]: the relaxed-equivariant GNN (features, six symmetry-breaking
//!   variants, symmetry-aware loss, training, the embedded default model);
//! - [`pipeline`]: the solve paths in stages — prepare (symmetry, LP),
//!   inference, repair, improve, complete — as the learned solver
//!   ([`LearnedSolver`]) and the plain one ([`pipeline::solve_plain`]),
//!   both returning one [`Outcome`];
//! - [`training`]: the label store (labels solved, cached and checked,
//!   label folders) that `train` and `evaluate` learn from;
//! - [`shard`]: one task's part of an instance list (Slurm array jobs,
//!   Kubernetes Indexed Jobs), shard files and their merge;
//! - [`good_lp_adapter`]: build a `Problem` from a good_lp model;
//! - [`compare`]: side-by-side runs of plain, symmetry-breaking, learned
//!   and HiGHS solves, as a table, JSON and SVG plots.
//!
//! Internal modules, hidden from these docs: `domains` (bound propagation over the
//! rows, the objective cutoff and learned clauses, with a trail of reasons
//! and conflict analysis, shared by the repair stage and the
//! branch-and-cut) and `simplex` (the bounded dual simplex of the node LPs).
#![deny(missing_docs)]

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod bnb;
pub mod budget;
pub mod compare;
#[doc(hidden)]
pub mod domains;
pub mod generate;
pub mod good_lp_adapter;
pub mod io;
pub mod model;
pub mod nn;
pub mod pipeline;
pub mod shard;
#[doc(hidden)]
pub mod simplex;
pub mod solve;
pub mod status;
pub mod symmetry;
#[cfg(test)]
pub(crate) mod test_skip;
pub mod tolerances;
pub mod training;
pub mod verify;

pub use bnb::BnbSettings;
pub use io::{Format, Parsed, ReadError, read_problem, write_problem};
pub use model::{ConsId, ModelError, Problem, ProblemBuilder, Sense, Solution, VarId, VarKind};
pub use pipeline::{LearnedSettings, LearnedSolver, Outcome, PlainSettings};
pub use solve::BackendChoice;
pub use status::Status;
pub use symmetry::{Symmetry, SymmetryOptions};
pub use verify::{Tolerances, VerifyReport, verify};

/// Solves `problem` with the default backend, the branch-and-cut: the
/// plain path ([`pipeline::solve_plain`]; another backend goes there). The
/// [`Outcome`]'s solution, when there is one, passed [`verify()`] against
/// `problem`; infeasibility and limits are its status.
pub fn solve(problem: &Problem, settings: &PlainSettings) -> Outcome {
    pipeline::solve_plain(problem, &solve::BnbBackend::default(), settings)
}
