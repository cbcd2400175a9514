//! The integration tests, one module per area, in a single test binary so
//! that the crate is linked into a test executable once rather than once per
//! file. `common` holds the shared helpers (the MIPLIB folder, problem
//! builders, proptest strategies).
//!
//! `tests/mps_allocation.rs` stays a binary of its own: it installs a
//! counting `#[global_allocator]`, which would count the allocations of every
//! test running beside it here.
//!
//! Run one area with a filter on the module path, e.g.
//! `cargo test --test it -- solve_miplib::`.

mod common;

mod bnb;
mod bnb_components;
mod bnb_heuristics;
mod bnb_restart;
mod cli_compare;
mod cli_info;
mod cli_shards;
mod cli_solve;
mod conformance;
mod cuts_aggregation;
mod cuts_miplib;
mod generate;
mod generate_cli;
mod learned_path;
mod lp_reader;
mod mps_reader;
mod nn_gradients;
mod nn_model_file;
mod nn_symmetry;
mod nn_train;
mod semi;
mod solve_driver;
mod solve_miplib;
mod solve_proptest;
mod symmetric_families;
mod symmetry;
mod symmetry_constraints;
mod verify_miplib;
