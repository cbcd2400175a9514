//! `none`: no breaking features (zeros). The GNN stays equivariant.

use ndarray::Array2;

use super::{BREAKING_DIMS, BreakingContext, BreakingStrategy};

/// Zero features.
pub struct NoBreaking;

impl BreakingStrategy for NoBreaking {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        Array2::zeros((ctx.problem.num_vars(), BREAKING_DIMS))
    }
}
