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
        let mut ranked: Vec<(u32, f64, f64)> = candidates
            .iter()
            .map(|&(j, xv)| (j, xv, self.pseudo.score(j as usize, xv - xv.floor())))
            .collect();
        ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut best: Option<(u32, f64, f64)> = None;
        // A copy of a large LP (its dense basis inverse is m²) costs more
        // than the probe teaches: such LPs branch on pseudo-costs alone.
        let mut probed = if self.lp.num_rows() > STRONG_BRANCHING_MAX_ROWS {
            usize::MAX
        } else {
            0
        };
        let mut since_improvement = 0usize;
        for &(j, xv, pc_score) in &ranked {
            let reliable = self.pseudo.reliability(j as usize) >= self.settings.reliability;
            // Reliable candidates, and every candidate once the probes are
            // used up (or four probes in a row found nothing better), are
            // ranked by their pseudo-costs (averaged ones when unobserved).
            let score = if reliable
                || probed >= self.settings.strong_candidates
                || since_improvement >= 4
            {
                pc_score
            } else {
                probed += 1;
                self.stats.strong_branchings += 1;
                let down = self.probe(j, xv, false, z);
                let up = self.probe(j, xv, true, z);
                match (down, up) {
                    (Probe::Gone, Probe::Gone) => {
                        self.stats.time_branching_s += t.elapsed().as_secs_f64();
                        return Processed::Pruned;
                    }
                    (Probe::Gone, _) | (_, Probe::Gone) => {
                        // One side is empty: the node is the other side;
                        // branch there (a single child, solved next).
                        let up_alive = matches!(down, Probe::Gone);
                        self.stats.time_branching_s += t.elapsed().as_secs_f64();
                        return self.single_child(node, bound, j, xv, up_alive);
                    }
                    (down, up) => {
                        let f = xv - xv.floor();
                        let gain = |p: &Probe| match p {
                            Probe::Bound(b) => Some((b - z).max(0.0)),
                            _ => None,
                        };
                        let (gd, gu) = (gain(&down), gain(&up));
                        if let Some(g) = gd {
                            self.pseudo.record(j as usize, false, f, g);
                        }
                        if let Some(g) = gu {
                            self.pseudo.record(j as usize, true, 1.0 - f, g);
                        }
                        product_score(
                            gd.unwrap_or(self.pseudo.unit_gain(j as usize, false) * f),
                            gu.unwrap_or(self.pseudo.unit_gain(j as usize, true) * (1.0 - f)),
                        )
                    }
                }
            };
            if best.is_none_or(|(_, _, s)| score > s) {
                best = Some((j, xv, score));
                since_improvement = 0;
            } else {
                since_improvement += 1;
            }
        }
        self.stats.time_branching_s += t.elapsed().as_secs_f64();
        let (j, xv, _) = best.unwrap_or((candidates[0].0, candidates[0].1, 0.0));
        let f = xv - xv.floor();
        // Dive first into the child the pseudo-costs expect to be cheaper.
        let down_gain = self.pseudo.unit_gain(j as usize, false) * f;
        let up_gain = self.pseudo.unit_gain(j as usize, true) * (1.0 - f);
        self.children(node, bound, j, xv, up_gain <= down_gain)
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
        // Not a branching decision: `branched` (orbital fixing) stays.
        Processed::Again(node)
    }
}
