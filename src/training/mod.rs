//! Training infrastructure: the data a model learns from and is evaluated
//! on.
//!
//! - [`labels`]: the label store. A label is the best solution the
//!   classical solver (the branch-and-cut by default) finds within a time
//!   limit; labels are cached as `.sol` files, written to label folders in
//!   shards (`symbreak label`), merged and checked, and turned into
//!   training samples with the same `prepare` stage a learned solve runs.
//!
//! It is not in [`crate::nn`], because the network knows nothing of solvers
//! (labelling solves), and not in [`crate::pipeline`], whose modules are the
//! stages of a solve: this module sits above both, using the pipeline's
//! `prepare` and `complete` to build the network's
//! [`Sample`](crate::nn::train::Sample)s.

pub mod labels;

pub use labels::{LabelSettings, LabelSource};
