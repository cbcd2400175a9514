//! `position`: the variable's index in the file, sinusoidally encoded.
//! Deterministic but label-dependent: relabeling the instance changes the
//! prediction by more than a symmetry.

use ndarray::Array2;

use super::{BreakingContext, BreakingStrategy, encode_integers};

/// Index features.
pub struct PositionIndex;

impl BreakingStrategy for PositionIndex {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        encode_integers(ctx.problem.vars().map(|v| v.0))
    }
}
