//! `orbit-plus` ("Orbit+", Chen et al. 2025): like `orbit`, but the
//! orbits linked through an orbitope share one draw: a random order of the
//! orbitope's columns, so every row of column c gets the same value (all
//! variables of one bin, one color, one machine break alike). Orbits outside
//! orbitopes are drawn as in `orbit`.

use ndarray::Array2;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::{BreakingContext, BreakingStrategy, encode_integers, orbits_of};

/// One draw per orbitope.
pub struct OrbitPlusDraw;

impl BreakingStrategy for OrbitPlusDraw {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        let mut rng = ChaCha8Rng::seed_from_u64(ctx.seed);
        let n = ctx.problem.num_vars();
        let mut value = vec![0u32; n];
        let mut done = vec![false; n];
        if let Some(s) = ctx.symmetry {
            for o in &s.orbitopes {
                let mut draw: Vec<u32> = (0..o.num_cols() as u32).collect();
                draw.shuffle(&mut rng);
                for (c, &k) in draw.iter().enumerate() {
                    for &v in &o.columns[c] {
                        value[v.index()] = k;
                        done[v.index()] = true;
                    }
                }
            }
        }
        for orbit in orbits_of(ctx) {
            if orbit.iter().any(|v| done[v.index()]) {
                continue;
            }
            let mut draw: Vec<u32> = (0..orbit.len() as u32).collect();
            draw.shuffle(&mut rng);
            for (v, k) in orbit.iter().zip(draw) {
                value[v.index()] = k;
            }
        }
        encode_integers(value.into_iter())
    }
}
