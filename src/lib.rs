//! # symbreak
//!
//! Integer linear programs whose formulations are full of symmetry (identical
//! bins, interchangeable colors, identical machines), solved by a
//! relaxed-equivariant graph neural network that proposes an assignment and a
//! classical MILP solver that repairs it and proves what it can. Every answer
//! is checked exactly against the original problem.
//!
//! This crate is both the library and the `symbreak` command-line program.
//! The modules follow the flow of a solve:
//!
//! - [`model`]: the sparse [`Problem`](model::Problem) with typed ids and a
//!   builder for library users;
//! - [`io`]: strict MPS and CPLEX LP readers and writers, solution files;
//! - [`verify`]: the exact feasibility check every reported answer passes;
//! - [`symmetry`]: formulation symmetry (generators, orbits, orbitopes,
//!   canonical ranks) and static symmetry-breaking constraints;
//! - [`bnb`]: the branch-and-cut search and its propagators, among them
//!   the dynamic symmetry handling (orbitopal and orbital fixing);
//! - [`generate`]: seeded instance families (bin packing, coloring, P||Cmax
//!   and the controls set cover, auction, facility location, independent set);
//! - [`simplex`]: symbreak's own bounded dual simplex for branch-and-cut node
//!   LPs (duals, reduced costs, warm starts, tableau rows);
//! - [`bnb`]: symbreak's own branch-and-cut (propagation, symmetry
//!   handling, cuts, reliability branching) over those LPs;
//! - [`solve`]: the classical MILP solver path (microlp, HiGHS) with honest
//!   statuses and verified answers;
//! - [`nn`]: the relaxed-equivariant GNN (features, six symmetry-breaking
//!   variants, symmetry-aware loss, training, the embedded default model);
//! - [`pipeline`]: the solve paths in stages — prepare (symmetry, LP),
//!   inference, repair, improve, complete — as the learned solver
//!   ([`pipeline::LearnedSolver`]) and the plain one
//!   ([`pipeline::solve_plain`]), both returning one
//!   [`Outcome`](pipeline::Outcome);
//! - [`good_lp_adapter`]: build a `Problem` from a good_lp model;
//! - [`compare`]: side-by-side runs of plain, symmetry-breaking, learned
//!   and HiGHS solves, as a table, JSON and SVG plots.
//!
//! ```
//! use symbreak::model::{ProblemBuilder, Sense, VarKind};
//! use symbreak::verify::{verify, Tolerances};
//!
//! # fn main() -> Result<(), symbreak::model::ModelError> {
//! // maximize x + 2y  subject to  x + y <= 4,  x, y integer in [0, 3]
//! let mut b = ProblemBuilder::new("tiny");
//! b.set_sense(Sense::Maximize);
//! let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 1.0)?;
//! let y = b.add_var("y", VarKind::Integer, 0.0, 3.0, 2.0)?;
//! b.add_row("cap", f64::NEG_INFINITY, 4.0, &[(x, 1.0), (y, 1.0)])?;
//! let problem = b.build()?;
//!
//! let report = verify(&problem, &[1.0, 3.0], &Tolerances::default());
//! assert!(report.feasible);
//! assert_eq!(report.objective, 7.0);
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod bnb;
pub mod budget;
pub mod compare;
pub mod domains;
pub mod generate;
pub mod good_lp_adapter;
pub mod io;
pub mod model;
pub mod nn;
pub mod pipeline;
pub mod simplex;
pub mod solve;
pub mod status;
pub mod symmetry;
pub mod tolerances;
pub mod verify;
