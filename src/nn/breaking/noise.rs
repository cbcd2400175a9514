//! `noise`: i.i.d. uniform random features in [0, 1) per variable
//! (Chen et al. 2023). Breaks every symmetry, but the output depends on the
//! draw, not only on the instance.

use ndarray::Array2;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{BREAKING_DIMS, BreakingContext, BreakingStrategy};

/// Uniform noise.
pub struct UniformNoise;

impl BreakingStrategy for UniformNoise {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        let mut rng = ChaCha8Rng::seed_from_u64(ctx.seed);
        Array2::from_shape_fn((ctx.problem.num_vars(), BREAKING_DIMS), |_| {
            rng.random_range(0.0..1.0)
        })
    }
}
