//! Reliability branching: pseudo-costs, initialized by strong branching
//! while a candidate has fewer than `reliability` observations in either
//! direction (Achterberg, Koch & Martin 2005).
//!
//! Candidates are ranked by their pseudo-cost product score. The
//! unreliable ones among the best `strong_candidates` are strong-branched:
//! both children's LPs are solved on a copy of the node LP with a small
//! iteration limit (the dual simplex objective is a valid bound at every
//! iteration). A child found infeasible or cut off tightens the node (the
//! other side is the only one left) and the node is solved again; both
//! sides gone prune it.

use std::time::Instant;

use super::node::Node;
use super::pseudocost::product_score;
use super::search::{Processed, Search, counted_solve, set_bounds};
use crate::lp::LpStatus;

/// LPs with more rows than this are not strong-branched.
const STRONG_BRANCHING_MAX_ROWS: usize = 1500;

/// What a strong-branching child showed.
#[derive(Clone, Copy)]
enum Probe {
    /// A valid lower bound on the child's LP value.
    Bound(f64),
    /// The child is infeasible or cannot beat the incumbent.
    Gone,
    /// Nothing learned (time, numerical trouble).
    Unknown,
}

impl Search<'_> {
    /// Chooses the branching variable and returns the children.
    pub(crate) fn branch(
        &mut self,
        node: Node,
        bound: f64,
        z: f64,
        candidates: &[(u32, f64)],
    ) -> Processed {
        let t = Instant::now();
        // (column, pseudo-cost or strong-branching score)
        let mut scored: Vec<(usize, f64)> = candidates
            .iter()
            .map(|&(j, xv)| (j as usize, self.pseudo.score(j as usize, xv - xv.floor())))
            .collect();
        let initial = self.pseudo.hybrid_scores(&scored);
        let mut order: Vec<usize> = (0..scored.len()).collect();
        order.sort_by(|&a, &b| {
            initial[b]
                .total_cmp(&initial[a])
                .then(scored[a].0.cmp(&scored[b].0))
        });
        // Large LPs branch on pseudo-costs alone: on G(40, 0.3) colorings
        // (2240+ rows) lifting this cap spent 6 s of 30 in probes whose
        // gains were all zero and proved nothing more.
        let mut probed = if self.lp.num_rows() > STRONG_BRANCHING_MAX_ROWS {
            usize::MAX
        } else {
            0
        };
        let mut best = f64::NEG_INFINITY;
        let mut since_improvement = 0usize;
        for &i in &order {
            let (j, pc_score) = scored[i];
            let xv = candidates[i].1;
            let f = xv - xv.floor();
            let reliable = self.pseudo.reliability(j) >= self.settings.reliability;
            // Reliable candidates, and every candidate once the probes are
            // used up (or four probes in a row found nothing better), keep
            // their pseudo-cost scores (averaged ones when unobserved).
            if reliable || probed >= self.settings.strong_candidates || since_improvement >= 4 {
                if reliable {
                    best = best.max(pc_score);
                }
                continue;
            }
            probed += 1;
            self.stats.strong_branchings += 1;
            let down = self.probe(j as u32, xv, false, z);
            let up = self.probe(j as u32, xv, true, z);
            let score = match (down, up) {
                (Probe::Gone, Probe::Gone) => {
                    self.stats.time_branching_s += t.elapsed().as_secs_f64();
                    return Processed::Pruned;
                }
                (Probe::Gone, _) | (_, Probe::Gone) => {
                    // One side is empty: the node is the other side;
                    // branch there (a single child, solved next).
                    let up_alive = matches!(down, Probe::Gone);
                    self.stats.time_branching_s += t.elapsed().as_secs_f64();
                    return self.single_child(node, bound, j as u32, xv, up_alive);
                }
                (down, up) => {
                    let gain = |p: &Probe| match p {
                        Probe::Bound(b) => Some((b - z).max(0.0)),
                        _ => None,
                    };
                    let (gd, gu) = (gain(&down), gain(&up));
                    if let Some(g) = gd {
                        self.pseudo.record(j, false, f, g);
                    }
                    if let Some(g) = gu {
                        self.pseudo.record(j, true, 1.0 - f, g);
                    }
                    product_score(
                        gd.unwrap_or(self.pseudo.unit_gain(j, false) * f),
                        gu.unwrap_or(self.pseudo.unit_gain(j, true) * (1.0 - f)),
                    )
                }
            };
            scored[i].1 = score;
            if score > best {
                best = score;
                since_improvement = 0;
            } else {
                since_improvement += 1;
            }
        }
        self.stats.time_branching_s += t.elapsed().as_secs_f64();
        let hybrid = self.pseudo.hybrid_scores(&scored);
        let pick = (0..scored.len())
            .max_by(|&a, &b| {
                hybrid[a]
                    .total_cmp(&hybrid[b])
                    .then(scored[b].0.cmp(&scored[a].0))
            })
            .unwrap_or(0);
        let (j, xv) = candidates[pick];
        let f = xv - xv.floor();
        // Dive first into the child the pseudo-costs expect to be cheaper.
        let down_gain = self.pseudo.unit_gain(j as usize, false) * f;
        let up_gain = self.pseudo.unit_gain(j as usize, true) * (1.0 - f);
        self.children(node, bound, j, xv, up_gain <= down_gain, Some(z))
    }

    /// Solves one strong-branching child on a copy of the node LP.
    fn probe(&mut self, j: u32, xv: f64, up: bool, z: f64) -> Probe {
        let mut lp = self.lp.clone();
        let c = self.branch_change(j, xv, up);
        set_bounds(&mut lp, j as usize, c.lower, c.upper, &mut self.stats);
        let limits = self.lp_limits(Some(self.settings.strong_iterations), self.cutoff());
        let status = counted_solve(&mut lp, &limits, &mut self.stats);
        match status {
            LpStatus::Infeasible | LpStatus::Cutoff => Probe::Gone,
            LpStatus::Optimal | LpStatus::IterationLimit => {
                let b = lp.bound().max(z);
                if self.round_bound(b) > self.threshold {
                    Probe::Gone
                } else {
                    Probe::Bound(b)
                }
            }
            _ => Probe::Unknown,
        }
    }

    /// The node restricted to one side of `j` (the other side was shown
    /// empty by strong branching), to be processed again at once.
    fn single_child(&mut self, mut node: Node, bound: f64, j: u32, xv: f64, up: bool) -> Processed {
        node.changes.push(self.branch_change(j, xv, up));
        node.bound = bound;
        // Its LP is not a child's: it teaches the pseudo-costs nothing.
        node.branching = None;
        // Not a branching decision: `branched` (orbital fixing) stays.
        Processed::Again(node)
    }
}
