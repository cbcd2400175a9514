//! Multiple knapsack with identical knapsacks (`mkp`): n items with
//! weights and profits, m knapsacks of one capacity C.
//!
//! ```text
//!   max  Σ_i Σ_j p_i x_i_j
//!   s.t. once_i:  Σ_j x_i_j ≤ 1                      for every item i
//!        cap_j:   Σ_i w_i x_i_j ≤ C                  for every knapsack j
//!        x_i_j ∈ {0, 1}
//! ```
//!
//! Columns: `x_i_j` (item i in knapsack j) in item-major order. Rows:
//! `once_i`, then `cap_j`. Sizes: `n·m` columns (all binary), `n + m` rows,
//! `2·n·m` nonzeros.
//!
//! Data, weakly correlated as in Pisinger's and Martello & Toth's test sets
//! (scaled down): weights uniform integers in [10, 100], profit = weight +
//! a uniform integer in [−10, 10] (raised to 1 where that gives 0), and
//! C = ⌊ratio · Σ_i w_i / m⌋, raised to the largest weight if below it so
//! that every item fits a knapsack.
//!
//! Any permutation of the knapsacks maps the problem onto itself (an n × m
//! orbitope), and so does any permutation of items with equal weight and
//! profit.

use serde::Serialize;

use super::{Family, GenerateError, check_positive, rng, uniform_u32};
use crate::model::{Problem, ProblemBuilder, Sense, Solution, VarKind};

const FAMILY: &str = "mkp";

/// Smallest item weight.
pub const MIN_WEIGHT: u32 = 10;
/// Largest item weight.
pub const MAX_WEIGHT: u32 = 100;
/// Largest distance of a profit from its weight.
pub const PROFIT_SPREAD: u32 = 10;

/// Parameters of the multiple knapsack family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct MultiKnapsackParams {
    /// Number of items. [default: 30] [range: >= 1]
    #[arg(long, default_value_t = 30, hide_default_value = true)]
    pub items: u32,
    /// Number of identical knapsacks. [default: 5] [range: >= 1]
    #[arg(long, default_value_t = 5, hide_default_value = true)]
    pub knapsacks: u32,
    /// Capacity of every knapsack as a share of the total weight per
    /// knapsack: C = floor(ratio * sum of weights / knapsacks), at least the
    /// largest weight. [default: 0.5] [range: (0, 1]]
    #[arg(long, default_value_t = 0.5, hide_default_value = true)]
    pub capacity_ratio: f64,
}

impl Default for MultiKnapsackParams {
    fn default() -> Self {
        MultiKnapsackParams {
            items: 30,
            knapsacks: 5,
            capacity_ratio: 0.5,
        }
    }
}

impl Family for MultiKnapsackParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!("{}x{}_r{}", self.items, self.knapsacks, self.capacity_ratio)
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        multi_knapsack(self, seed)
    }
}

/// The multiple knapsack instance of these parameters and seed, named
/// `mkp_<label>_<seed>`.
///
/// # Errors
/// Zero items or knapsacks, a capacity ratio outside (0, 1].
pub fn multi_knapsack(params: &MultiKnapsackParams, seed: u64) -> Result<Problem, GenerateError> {
    MultiKnapsackData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// The data of one multiple knapsack instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MultiKnapsackData {
    /// Item weights, each in `1..=capacity`.
    pub weights: Vec<u32>,
    /// Item profits, each at least 1.
    pub profits: Vec<u32>,
    /// The capacity of every knapsack.
    pub capacity: u32,
    /// The number of knapsacks.
    pub knapsacks: u32,
}

impl MultiKnapsackData {
    /// Checked data.
    ///
    /// # Errors
    /// No items, weights and profits of different lengths, zero knapsacks
    /// or capacity, a weight of 0 or above the capacity, a profit of 0.
    pub fn new(
        weights: Vec<u32>,
        profits: Vec<u32>,
        capacity: u32,
        knapsacks: u32,
    ) -> Result<Self, GenerateError> {
        check_positive(
            FAMILY,
            "items",
            u32::try_from(weights.len()).unwrap_or(u32::MAX),
        )?;
        check_positive(FAMILY, "knapsacks", knapsacks)?;
        check_positive(FAMILY, "capacity", capacity)?;
        let inconsistent = |message: String| GenerateError::Inconsistent {
            family: FAMILY,
            message,
        };
        if profits.len() != weights.len() {
            return Err(inconsistent(format!(
                "{} profits for {} weights",
                profits.len(),
                weights.len()
            )));
        }
        if let Some((i, &w)) = weights
            .iter()
            .enumerate()
            .find(|&(_, &w)| w == 0 || w > capacity)
        {
            return Err(inconsistent(format!(
                "weight of item {i} is {w}, expected 1..={capacity}"
            )));
        }
        if let Some(i) = profits.iter().position(|&p| p == 0) {
            return Err(inconsistent(format!(
                "profit of item {i} is 0, expected at least 1"
            )));
        }
        Ok(MultiKnapsackData {
            weights,
            profits,
            capacity,
            knapsacks,
        })
    }

    /// Draws weights, profits and the capacity (see the [module
    /// documentation](self)).
    ///
    /// # Errors
    /// As [`multi_knapsack`].
    pub fn draw(params: &MultiKnapsackParams, seed: u64) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "items", params.items)?;
        check_positive(FAMILY, "knapsacks", params.knapsacks)?;
        super::check_unit_interval(FAMILY, "capacity_ratio", params.capacity_ratio)?;
        let mut r = rng(seed);
        let mut weights = Vec::with_capacity(params.items as usize);
        let mut profits = Vec::with_capacity(params.items as usize);
        for _ in 0..params.items {
            let w = uniform_u32(&mut r, MIN_WEIGHT, MAX_WEIGHT);
            // w + U[-spread, spread], drawn as an offset in 0..=2·spread
            let p = (w + uniform_u32(&mut r, 0, 2 * PROFIT_SPREAD) - PROFIT_SPREAD).max(1);
            weights.push(w);
            profits.push(p);
        }
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let share = (params.capacity_ratio * total as f64 / f64::from(params.knapsacks)).floor();
        let largest = weights.iter().copied().max().unwrap_or(1);
        let capacity = (share as u32).max(largest);
        Self::new(weights, profits, capacity, params.knapsacks)
    }

    /// The number of items.
    pub fn items(&self) -> u32 {
        self.weights.len() as u32
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, m) = (self.items(), self.knapsacks);
        let mut b = ProblemBuilder::new(name);
        b.set_sense(Sense::Maximize);
        let mut x = Vec::with_capacity(n as usize * m as usize);
        for i in 0..n {
            let profit = f64::from(self.profits[i as usize]);
            for j in 0..m {
                x.push(b.add_var(format!("x_{i}_{j}"), VarKind::Binary, 0.0, 1.0, profit)?);
            }
        }
        let at = |i: u32, j: u32| x[(i * m + j) as usize];
        for i in 0..n {
            let row: Vec<_> = (0..m).map(|j| (at(i, j), 1.0)).collect();
            b.add_row(format!("once_{i}"), f64::NEG_INFINITY, 1.0, &row)?;
        }
        for j in 0..m {
            let row: Vec<_> = (0..n)
                .map(|i| (at(i, j), f64::from(self.weights[i as usize])))
                .collect();
            b.add_row(
                format!("cap_{j}"),
                f64::NEG_INFINITY,
                f64::from(self.capacity),
                &row,
            )?;
        }
        Ok(b.build()?)
    }

    /// Greedy by profit per weight (ties by index), each item into the first
    /// knapsack with room, or left out: the knapsack of every item, `None`
    /// for items left out. Always a feasible packing.
    pub fn greedy(&self) -> Vec<Option<u32>> {
        let mut order: Vec<usize> = (0..self.weights.len()).collect();
        // p_a / w_a > p_b / w_b  ⇔  p_a · w_b > p_b · w_a (exact in u64)
        order.sort_by(|&a, &b| {
            let lhs = u64::from(self.profits[a]) * u64::from(self.weights[b]);
            let rhs = u64::from(self.profits[b]) * u64::from(self.weights[a]);
            rhs.cmp(&lhs).then(a.cmp(&b))
        });
        let mut load = vec![0u32; self.knapsacks as usize];
        let mut knapsack_of = vec![None; self.weights.len()];
        for i in order {
            let w = self.weights[i];
            if let Some(j) = load.iter().position(|&l| l + w <= self.capacity) {
                load[j] += w;
                knapsack_of[i] = Some(j as u32);
            }
        }
        knapsack_of
    }

    /// The solution vector of a packing (`knapsack_of[i]` the knapsack of
    /// item i, `None` if it is left out). Capacities are not checked here:
    /// that is [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// A wrong number of entries or a knapsack out of range.
    pub fn solution(&self, knapsack_of: &[Option<u32>]) -> Result<Solution, GenerateError> {
        let (n, m) = (self.weights.len(), self.knapsacks as usize);
        let packed: Vec<u32> = knapsack_of.iter().map(|k| k.unwrap_or(0)).collect();
        super::check_assignment(FAMILY, "knapsack", &packed, n, self.knapsacks)?;
        let mut values = vec![0.0; n * m];
        for (i, j) in knapsack_of.iter().enumerate() {
            if let Some(j) = j {
                values[i * m + *j as usize] = 1.0;
            }
        }
        Ok(Solution::from_values(values))
    }

    /// The total profit of a packing.
    pub fn profit(&self, knapsack_of: &[Option<u32>]) -> u64 {
        knapsack_of
            .iter()
            .zip(&self.profits)
            .filter(|(k, _)| k.is_some())
            .map(|(_, &p)| u64::from(p))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profits_stay_within_the_spread_of_their_weights() {
        let d = MultiKnapsackData::draw(&MultiKnapsackParams::default(), 4).unwrap();
        for (&w, &p) in d.weights.iter().zip(&d.profits) {
            assert!((MIN_WEIGHT..=MAX_WEIGHT).contains(&w));
            assert!(
                p >= 1 && p + PROFIT_SPREAD >= w && p <= w + PROFIT_SPREAD,
                "{w} {p}"
            );
        }
        let total: u32 = d.weights.iter().sum();
        assert_eq!(d.capacity, (total as f64 * 0.5 / 5.0).floor() as u32);
    }

    #[test]
    fn greedy_respects_capacity_and_prefers_dense_items() {
        let d = MultiKnapsackData::new(vec![6, 5, 5, 4], vec![6, 10, 5, 8], 10, 1).unwrap();
        // densities 1, 2, 1, 2: items 1 and 3 first (load 9), nothing else fits
        assert_eq!(d.greedy(), vec![None, Some(0), None, Some(0)]);
        assert_eq!(d.profit(&d.greedy()), 18);
    }

    #[test]
    fn small_capacity_is_raised_to_the_largest_weight() {
        let p = MultiKnapsackParams {
            items: 2,
            knapsacks: 10,
            capacity_ratio: 0.1,
        };
        let d = MultiKnapsackData::draw(&p, 0).unwrap();
        assert_eq!(d.capacity, *d.weights.iter().max().unwrap());
    }

    #[test]
    fn bad_data_is_rejected() {
        assert!(MultiKnapsackData::new(vec![5], vec![5, 6], 10, 1).is_err());
        assert!(MultiKnapsackData::new(vec![11], vec![5], 10, 1).is_err());
        assert!(MultiKnapsackData::new(vec![5], vec![0], 10, 1).is_err());
        let bad_ratio = MultiKnapsackParams {
            capacity_ratio: 0.0,
            ..Default::default()
        };
        assert_eq!(
            multi_knapsack(&bad_ratio, 0).unwrap_err().parameter(),
            Some("capacity_ratio")
        );
    }
}
