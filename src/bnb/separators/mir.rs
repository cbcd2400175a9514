//! `cuts.mir`: complemented mixed-integer rounding of every row side, with
//! variable upper bounds substituted ([`cmir_cuts`]); the variable bounds
//! are collected on the first call from the global bounds.

use crate::bnb::components::{SeparationContext, Separator};
use crate::bnb::cuts::{Cut, VariableBounds, cmir_cuts};

/// c-MIR cuts.
#[derive(Default)]
pub(crate) struct Mir {
    vbounds: Option<VariableBounds>,
}

impl Separator for Mir {
    fn name(&self) -> &str {
        "cuts.mir"
    }

    /// Its cuts use the problem's rows and the global bounds only.
    fn at_nodes(&self) -> bool {
        true
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        let vbounds = self
            .vbounds
            .get_or_insert_with(|| VariableBounds::new(ctx.problem(), ctx.lower(), ctx.upper()));
        cmir_cuts(
            ctx.problem(),
            ctx.lower(),
            ctx.upper(),
            vbounds,
            ctx.point(),
        )
    }
}
