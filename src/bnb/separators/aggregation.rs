//! `cuts.aggregation`: c-MIR cuts of aggregations of several rows, with
//! continuous columns inside their bounds cancelled
//! ([`aggregated_cmir_cuts`]); the variable bounds are collected on the
//! first call from the global bounds, and each call stops at the
//! context's deadline.

use crate::bnb::components::{SeparationContext, Separator};
use crate::bnb::cuts::{AggregationLimits, Cut, VariableBounds, aggregated_cmir_cuts};

/// Aggregated c-MIR cuts.
#[derive(Default)]
pub(crate) struct Aggregation {
    vbounds: Option<VariableBounds>,
}

impl Separator for Aggregation {
    fn name(&self) -> &str {
        "cuts.aggregation"
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        let vbounds = self
            .vbounds
            .get_or_insert_with(|| VariableBounds::new(ctx.problem(), ctx.lower(), ctx.upper()));
        let limits = AggregationLimits {
            deadline: ctx.deadline(),
            ..AggregationLimits::for_problem(ctx.problem())
        };
        aggregated_cmir_cuts(
            ctx.problem(),
            (ctx.lower(), ctx.upper()),
            vbounds,
            ctx.point(),
            &limits,
        )
    }
}
