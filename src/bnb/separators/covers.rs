//! `cuts.cover`: lifted knapsack covers of every row side, against the
//! global bounds ([`knapsack_covers`]).

use crate::bnb::components::{SeparationContext, Separator};
use crate::bnb::cuts::{Cut, knapsack_covers};

/// Knapsack cover cuts.
pub(crate) struct Covers;

impl Separator for Covers {
    fn name(&self) -> &str {
        "cuts.cover"
    }

    /// Its cuts use the problem's rows and the global bounds only.
    fn at_nodes(&self) -> bool {
        true
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        knapsack_covers(ctx.problem(), ctx.lower(), ctx.upper(), ctx.point())
    }
}
