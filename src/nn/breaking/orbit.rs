//! `orbit` (Chen et al. 2025): inside every orbit, the members get the
//! values 0..|orbit| in a random order (drawn without replacement);
//! singletons get 0. Breaks exactly the orbits, but independently per
//! orbit, so related orbits (the rows of an orbitope) are broken
//! inconsistently.

use ndarray::Array2;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::{BreakingContext, BreakingStrategy, encode_integers, orbits_of};

/// Random distinct values per orbit.
pub struct OrbitDraw;

impl BreakingStrategy for OrbitDraw {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        let mut rng = ChaCha8Rng::seed_from_u64(ctx.seed);
        let mut value = vec![0u32; ctx.problem.num_vars()];
        for orbit in orbits_of(ctx) {
            let mut draw: Vec<u32> = (0..orbit.len() as u32).collect();
            draw.shuffle(&mut rng);
            for (v, k) in orbit.iter().zip(draw) {
                value[v.index()] = k;
            }
        }
        encode_integers(value.into_iter())
    }
}
