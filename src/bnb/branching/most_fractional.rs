//! `branch.most_fractional`: the candidate whose fractional part is nearest
//! to one half (ties to the smaller column), rounding side first.

use crate::bnb::components::{BranchingContext, BranchingDecision, BranchingRule};

/// Most-fractional branching.
pub(crate) struct MostFractional;

impl BranchingRule for MostFractional {
    fn name(&self) -> &str {
        "branch.most_fractional"
    }

    fn select(
        &mut self,
        _ctx: &mut BranchingContext<'_, '_>,
        candidates: &[(u32, f64)],
    ) -> Option<BranchingDecision> {
        let distance = |v: f64| ((v - v.floor()) - 0.5).abs();
        let &(var, value) = candidates
            .iter()
            .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)).then(a.0.cmp(&b.0)))?;
        Some(BranchingDecision::Branch {
            var,
            value,
            up_first: value - value.floor() >= 0.5,
        })
    }
}
