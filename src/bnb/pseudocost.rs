//! Pseudo-costs: the average objective gain per unit of bound change seen
//! when branching on a variable, down and up; the product score ranks
//! branching candidates (as in SCIP and HiGHS).

/// Per-variable pseudo-costs.
#[derive(Clone, Debug)]
pub(crate) struct PseudoCosts {
    sum: [Vec<f64>; 2],
    count: [Vec<u32>; 2],
    total: [f64; 2],
    total_count: [u64; 2],
}

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
        }
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
    fn the_product_score_prefers_balanced_gains() {
        assert!(product_score(1.0, 1.0) > product_score(2.0, 0.0));
        assert!(product_score(2.0, 2.0) > product_score(1.0, 3.0));
    }
}
