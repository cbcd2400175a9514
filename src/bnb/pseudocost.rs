//! Branching history: pseudo-costs (the average objective gain per unit of
//! bound change seen when branching on a variable, down and up), and for
//! problems where the LP bound rarely moves (a coloring's LP stays at the
//! clique bound until a node is infeasible) the other signs of a good
//! branching that SCIP's hybrid score weighs (Achterberg & Berthold 2009):
//! how often a variable took part in learned conflicts (decaying, as in
//! VSIDS), how many bounds propagation changed after branching on it, and
//! how often its children were pruned at once.

/// Per-variable branching history.
#[derive(Clone, Debug)]
pub(crate) struct PseudoCosts {
    sum: [Vec<f64>; 2],
    count: [Vec<u32>; 2],
    total: [f64; 2],
    total_count: [u64; 2],
    /// Conflict activity per direction (0: the variable at 0 took part).
    conflict: [Vec<f64>; 2],
    conflict_increment: f64,
    /// Children created, bounds they propagated, children pruned at once.
    children: [Vec<u32>; 2],
    inferences: [Vec<f64>; 2],
    cutoffs: [Vec<u32>; 2],
}

/// The decay of conflict activity per learned clause (SCIP: 0.98).
const CONFLICT_DECAY: f64 = 0.98;

/// Weights of the hybrid score's parts besides the pseudo-cost score
/// (SCIP's `branching/relpscost` defaults).
const CONFLICT_WEIGHT: f64 = 0.01;
const INFERENCE_WEIGHT: f64 = 1e-4;
const CUTOFF_WEIGHT: f64 = 1e-4;

/// Floor of a gain in the product score, so that a zero gain on one side
/// does not erase the other side's.
const EPS: f64 = 1e-6;

impl PseudoCosts {
    pub fn new(num_vars: usize) -> Self {
        PseudoCosts {
            sum: [vec![0.0; num_vars], vec![0.0; num_vars]],
            count: [vec![0; num_vars], vec![0; num_vars]],
            total: [0.0; 2],
            total_count: [0; 2],
            conflict: [vec![0.0; num_vars], vec![0.0; num_vars]],
            conflict_increment: 1.0,
            children: [vec![0; num_vars], vec![0; num_vars]],
            inferences: [vec![0.0; num_vars], vec![0.0; num_vars]],
            cutoffs: [vec![0; num_vars], vec![0; num_vars]],
        }
    }

    /// A learned conflict named `var` at `value` (0 or 1): its activity in
    /// that direction rises; older conflicts weigh less and less.
    pub fn record_conflict(&mut self, var: usize, value: bool) {
        self.conflict[usize::from(value)][var] += self.conflict_increment;
    }

    /// Ends a learned conflict's updates: later ones weigh more.
    pub fn decay_conflicts(&mut self) {
        self.conflict_increment /= CONFLICT_DECAY;
        if self.conflict_increment > 1e100 {
            for side in &mut self.conflict {
                for a in side.iter_mut() {
                    *a *= 1e-100;
                }
            }
            self.conflict_increment *= 1e-100;
        }
    }

    /// A child of a branching on `var` in direction `up` was loaded:
    /// propagation changed `inferences` bounds, and it was `pruned` at once
    /// (by propagation or its LP).
    pub fn record_child(&mut self, var: usize, up: bool, inferences: usize, pruned: bool) {
        let d = usize::from(up);
        self.children[d][var] += 1;
        self.inferences[d][var] += inferences as f64;
        self.cutoffs[d][var] += u32::from(pruned);
    }

    /// The hybrid scores of `candidates` (`(var, pseudo-cost or
    /// strong-branching product score)`): each part
    /// normalized by its mean over the candidates as `x / (x + mean)`,
    /// then weighted as SCIP's reliability branching does.
    pub fn hybrid_scores(&self, candidates: &[(usize, f64)]) -> Vec<f64> {
        let parts: Vec<[f64; 4]> = candidates
            .iter()
            .map(|&(j, pc)| {
                let per_child = |d: usize, x: f64| {
                    let n = self.children[d][j];
                    if n == 0 { 0.0 } else { x / f64::from(n) }
                };
                [
                    pc,
                    product_score(self.conflict[0][j], self.conflict[1][j]),
                    product_score(
                        per_child(0, self.inferences[0][j]),
                        per_child(1, self.inferences[1][j]),
                    ),
                    product_score(
                        per_child(0, f64::from(self.cutoffs[0][j])),
                        per_child(1, f64::from(self.cutoffs[1][j])),
                    ),
                ]
            })
            .collect();
        let n = parts.len().max(1) as f64;
        let mut mean = [0.0; 4];
        for p in &parts {
            for (m, x) in mean.iter_mut().zip(p) {
                *m += x / n;
            }
        }
        let normal = |x: f64, m: f64| if m > 0.0 { x / (x + m) } else { 0.0 };
        parts
            .iter()
            .map(|p| {
                normal(p[0], mean[0])
                    + CONFLICT_WEIGHT * normal(p[1], mean[1])
                    + INFERENCE_WEIGHT * normal(p[2], mean[2])
                    + CUTOFF_WEIGHT * normal(p[3], mean[3])
            })
            .collect()
    }

    /// Records that moving `var` by `distance` (> 0) in direction `up`
    /// raised the LP objective by `gain`.
    pub fn record(&mut self, var: usize, up: bool, distance: f64, gain: f64) {
        // (NaN distances fail the first test too.)
        if distance.is_nan() || distance <= 1e-9 || !gain.is_finite() {
            return;
        }
        let d = usize::from(up);
        let unit = gain.max(0.0) / distance;
        self.sum[d][var] += unit;
        self.count[d][var] += 1;
        self.total[d] += unit;
        self.total_count[d] += 1;
    }

    /// Observations of `var` in its less observed direction.
    pub fn reliability(&self, var: usize) -> u32 {
        self.count[0][var].min(self.count[1][var])
    }

    /// The expected gain per unit in direction `up` (the average over all
    /// variables when `var` has no observation, 1 when nothing has).
    pub fn unit_gain(&self, var: usize, up: bool) -> f64 {
        let d = usize::from(up);
        if self.count[d][var] > 0 {
            self.sum[d][var] / f64::from(self.count[d][var])
        } else if self.total_count[d] > 0 {
            self.total[d] / self.total_count[d] as f64
        } else {
            1.0
        }
    }

    /// The product score of branching on `var` at fractional part `frac`.
    pub fn score(&self, var: usize, frac: f64) -> f64 {
        let down = self.unit_gain(var, false) * frac;
        let up = self.unit_gain(var, true) * (1.0 - frac);
        product_score(down, up)
    }
}

/// SCIP's product score of two gains.
pub(crate) fn product_score(down: f64, up: f64) -> f64 {
    down.max(EPS) * up.max(EPS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_per_direction_and_falls_back_to_the_global_mean() {
        let mut pc = PseudoCosts::new(3);
        pc.record(0, true, 0.5, 2.0); // 4 per unit
        pc.record(0, true, 0.25, 0.5); // 2 per unit
        pc.record(1, false, 0.5, 1.0); // 2 per unit
        assert_eq!(pc.unit_gain(0, true), 3.0);
        assert_eq!(pc.unit_gain(1, false), 2.0);
        // Variable 2 has nothing: the means of the others.
        assert_eq!(pc.unit_gain(2, true), 3.0);
        assert_eq!(pc.unit_gain(2, false), 2.0);
        assert_eq!(pc.reliability(0), 0);
        pc.record(0, false, 0.5, 0.0);
        assert_eq!(pc.reliability(0), 1);
    }

    #[test]
    fn conflicts_break_ties_between_equal_pseudo_costs() {
        let mut pc = PseudoCosts::new(3);
        for _ in 0..3 {
            pc.record_conflict(1, false);
            pc.record_conflict(1, true);
            pc.decay_conflicts();
        }
        pc.record_conflict(2, true);
        let scores = pc.hybrid_scores(&[(0, 1.0), (1, 1.0), (2, 1.0)]);
        assert!(scores[1] > scores[2] && scores[2] > scores[0], "{scores:?}");
        // A clearly better pseudo-cost still wins over conflicts.
        let scores = pc.hybrid_scores(&[(0, 4.0), (1, 1.0)]);
        assert!(scores[0] > scores[1], "{scores:?}");
        // Later conflicts weigh more than earlier ones.
        let mut pc = PseudoCosts::new(2);
        pc.record_conflict(0, true);
        pc.record_conflict(0, false);
        pc.decay_conflicts();
        pc.record_conflict(1, true);
        pc.record_conflict(1, false);
        let scores = pc.hybrid_scores(&[(0, 1.0), (1, 1.0)]);
        assert!(scores[1] > scores[0], "{scores:?}");
    }

    #[test]
    fn the_product_score_prefers_balanced_gains() {
        assert!(product_score(1.0, 1.0) > product_score(2.0, 0.0));
        assert!(product_score(2.0, 2.0) > product_score(1.0, 3.0));
    }
}
