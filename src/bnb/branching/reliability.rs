//! `branch.reliability`: reliability branching: pseudo-costs, initialized
//! by strong branching while a candidate has fewer than `reliability`
//! observations in either direction (Achterberg, Koch & Martin 2005).
//!
//! Candidates are ranked by their pseudo-cost product score. The
//! unreliable ones among the best `strong_candidates` are strong-branched:
//! both children's LPs are solved on a copy of the node LP with a small
//! iteration limit (the dual simplex objective is a valid bound at every
//! iteration). A child found infeasible or cut off tightens the node (the
//! other side is the only one left) and the node is solved again; both
//! sides gone prune it.

use crate::bnb::components::{BranchingContext, BranchingDecision, BranchingRule, Probe};
use crate::bnb::pseudocost::product_score;

/// LPs with more rows than this are not strong-branched.
const STRONG_BRANCHING_MAX_ROWS: usize = 1500;

/// Probes in a row without a better score that end strong branching.
const MAX_PROBES_WITHOUT_GAIN: usize = 4;

/// Reliability branching.
pub(crate) struct Reliability;

/// Where strong branching of the candidates stands.
struct Probing {
    probed: usize,
    best: f64,
    since_improvement: usize,
}

impl BranchingRule for Reliability {
    fn name(&self) -> &str {
        "branch.reliability"
    }

    fn select(
        &mut self,
        ctx: &mut BranchingContext<'_, '_>,
        candidates: &[(u32, f64)],
    ) -> Option<BranchingDecision> {
        // (column, pseudo-cost or strong-branching score)
        let mut scored: Vec<(usize, f64)> = candidates
            .iter()
            .map(|&(j, xv)| (j as usize, ctx.pseudo().score(j as usize, xv - xv.floor())))
            .collect();
        let initial = ctx.pseudo().hybrid_scores(&scored);
        let mut order: Vec<usize> = (0..scored.len()).collect();
        order.sort_by(|&a, &b| {
            initial[b]
                .total_cmp(&initial[a])
                .then(scored[a].0.cmp(&scored[b].0))
        });
        // Large LPs branch on pseudo-costs alone: on G(40, 0.3) colorings
        // (2240+ rows) lifting this cap spent 6 s of 30 in probes whose
        // gains were all zero and proved nothing more. So does a search
        // whose strong branching used up its share of the time.
        let mut state = Probing {
            probed: if ctx.lp().num_rows() > STRONG_BRANCHING_MAX_ROWS
                || !ctx.strong_branching_affordable()
            {
                usize::MAX
            } else {
                0
            },
            best: f64::NEG_INFINITY,
            since_improvement: 0,
        };
        for &i in &order {
            let xv = candidates[i].1;
            if let Some(decision) = strong_branch(ctx, &mut scored[i], xv, &mut state) {
                return Some(decision);
            }
        }
        Some(pick(ctx, candidates, &scored))
    }
}

/// Strong-branches one candidate when it is unreliable and probes are
/// left, updating its score; a decision when a side is empty.
fn strong_branch(
    ctx: &mut BranchingContext<'_, '_>,
    scored: &mut (usize, f64),
    xv: f64,
    state: &mut Probing,
) -> Option<BranchingDecision> {
    let (j, pc_score) = *scored;
    let f = xv - xv.floor();
    let reliable = ctx.pseudo().reliability(j) >= ctx.settings().reliability;
    // Reliable candidates, and every candidate once the probes are used up
    // (or four probes in a row found nothing better), keep their
    // pseudo-cost scores (averaged ones when unobserved).
    if reliable
        || state.probed >= ctx.settings().strong_candidates
        || state.since_improvement >= MAX_PROBES_WITHOUT_GAIN
    {
        if reliable {
            state.best = state.best.max(pc_score);
        }
        return None;
    }
    state.probed += 1;
    ctx.count_strong_branching();
    let z = ctx.lp_value();
    let down = ctx.probe(j as u32, xv, false);
    let up = ctx.probe(j as u32, xv, true);
    let score = match (down, up) {
        (Probe::Gone, Probe::Gone) => return Some(BranchingDecision::Prune),
        // One side is empty: the node is the other side (a single child,
        // solved next).
        (Probe::Gone, _) | (_, Probe::Gone) => {
            return Some(BranchingDecision::OneSide {
                var: j as u32,
                value: xv,
                up: matches!(down, Probe::Gone),
            });
        }
        (down, up) => {
            let gain = |p: &Probe| match p {
                Probe::Bound(b) => Some((b - z).max(0.0)),
                _ => None,
            };
            let (gd, gu) = (gain(&down), gain(&up));
            let pseudo = ctx.pseudo();
            if let Some(g) = gd {
                pseudo.record(j, false, f, g);
            }
            if let Some(g) = gu {
                pseudo.record(j, true, 1.0 - f, g);
            }
            product_score(
                gd.unwrap_or(pseudo.unit_gain(j, false) * f),
                gu.unwrap_or(pseudo.unit_gain(j, true) * (1.0 - f)),
            )
        }
    };
    scored.1 = score;
    if score > state.best {
        state.best = score;
        state.since_improvement = 0;
    } else {
        state.since_improvement += 1;
    }
    None
}

/// The candidate with the best hybrid score; the child the pseudo-costs
/// expect to be cheaper is dived into first.
fn pick(
    ctx: &mut BranchingContext<'_, '_>,
    candidates: &[(u32, f64)],
    scored: &[(usize, f64)],
) -> BranchingDecision {
    let pseudo = ctx.pseudo();
    let hybrid = pseudo.hybrid_scores(scored);
    let best = (0..scored.len())
        .max_by(|&a, &b| {
            hybrid[a]
                .total_cmp(&hybrid[b])
                .then(scored[b].0.cmp(&scored[a].0))
        })
        .unwrap_or(0);
    let (j, xv) = candidates[best];
    let f = xv - xv.floor();
    let down_gain = pseudo.unit_gain(j as usize, false) * f;
    let up_gain = pseudo.unit_gain(j as usize, true) * (1.0 - f);
    BranchingDecision::Branch {
        var: j,
        value: xv,
        up_first: up_gain <= down_gain,
    }
}
