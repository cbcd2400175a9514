//! `relaxed`: the canonical rank of every variable inside its orbit, from
//! the canonical individualization of the symmetry module. Deterministic,
//! and for every relabeling g the features of g·x are g·s applied to those
//! of x for an automorphism s of x, so an equivariant GNN fed with them is
//! relaxed-equivariant (Kaba & Ravanbakhsh 2023): it breaks the symmetry of
//! the instance and nothing else. Because one canonical leaf orders all
//! columns of an orbitope at once, the rows of a bin get consistent ranks,
//! like Orbit+ but without a random draw.

use ndarray::Array2;

use super::{BreakingContext, BreakingStrategy, encode_integers};

/// Canonical ranks.
pub struct CanonicalRanks;

impl BreakingStrategy for CanonicalRanks {
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        match ctx.symmetry {
            Some(s) => encode_integers(s.canonical_ranks.iter().copied()),
            None => encode_integers(ctx.problem.vars().map(|_| 0)),
        }
    }
}
