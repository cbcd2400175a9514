//! `cuts.clique`: violated cliques of the conflict graph of binary
//! literals ([`ConflictGraph`]), built on the first call from the global
//! bounds.

use crate::bnb::components::{SeparationContext, Separator};
use crate::bnb::cuts::{ConflictGraph, Cut};

/// Clique cuts separated per call at most.
const CLIQUES: usize = 200;

/// Clique cuts.
#[derive(Default)]
pub(crate) struct Cliques {
    graph: Option<ConflictGraph>,
}

impl Separator for Cliques {
    fn name(&self) -> &str {
        "cuts.clique"
    }

    /// Its cuts use the problem's rows and the global bounds only.
    fn at_nodes(&self) -> bool {
        true
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        let graph = self
            .graph
            .get_or_insert_with(|| ConflictGraph::new(ctx.problem(), ctx.lower(), ctx.upper()));
        graph.separate(ctx.point(), CLIQUES)
    }
}
