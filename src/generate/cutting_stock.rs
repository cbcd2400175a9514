//! One-dimensional cutting stock in Kantorovich's formulation (`cutstock`):
//! n item types with widths w_i and demands d_i, cut from K identical rolls
//! of width W.
//!
//! ```text
//!   min  Σ_k y_k
//!   s.t. demand_i:  Σ_k x_i_k ≥ d_i                  for every item type i
//!        roll_k:    Σ_i w_i x_i_k − W y_k ≤ 0        for every roll k
//!        x_i_k ∈ {0, 1, ..., min(d_i, ⌊W / w_i⌋)},  y_k ∈ {0, 1}
//! ```
//!
//! `x_i_k` is the number of pieces of type i cut from roll k, `y_k` says
//! whether roll k is used. Columns: `x_i_k` in type-major order, then
//! `y_k`. Rows: `demand_i`, then `roll_k`. Sizes: `n·K + K` columns (all
//! integer, the `y_k` binary), `n + K` rows, `2·n·K + K` nonzeros.
//!
//! Data in the manner of Gau & Wäscher's CUTGEN: widths uniform integers in
//! `[min_width, max_width]`, demands uniform integers in `[1, max_demand]`.
//! K is the number of rolls first-fit decreasing needs for the pieces
//! ([`first_fit_decreasing`](CuttingStockData::first_fit_decreasing)), an
//! upper bound on the optimum, so every instance is feasible.
//!
//! Any permutation of the rolls maps the problem onto itself (an
//! (n + 1) × K orbitope), and so does any permutation of item types with
//! equal width and demand. The LP bound is the material bound
//! Σ_i w_i d_i / W, which is weak against the large group: the
//! formulation is the textbook example of why symmetric models are hard.

use serde::Serialize;

use super::{Family, GenerateError, check_at_least, check_positive, rng, uniform_u32};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "cutstock";

/// Parameters of the cutting stock family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct CuttingStockParams {
    /// Number of item types. [default: 10] [range: >= 1]
    #[arg(long, default_value_t = 10, hide_default_value = true)]
    pub items: u32,
    /// Width of every roll. [default: 1000] [range: >= --max-width]
    #[arg(long, default_value_t = 1000, hide_default_value = true)]
    pub roll_width: u32,
    /// Smallest item width. [default: 100] [range: >= 1]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub min_width: u32,
    /// Largest item width. [default: 500] [range: >= --min-width]
    #[arg(long, default_value_t = 500, hide_default_value = true)]
    pub max_width: u32,
    /// Largest demand of an item type (demands are uniform in
    /// [1, max-demand]). [default: 10] [range: >= 1]
    #[arg(long, default_value_t = 10, hide_default_value = true)]
    pub max_demand: u32,
}

impl Default for CuttingStockParams {
    fn default() -> Self {
        CuttingStockParams {
            items: 10,
            roll_width: 1000,
            min_width: 100,
            max_width: 500,
            max_demand: 10,
        }
    }
}

impl CuttingStockParams {
    fn check(&self) -> Result<(), GenerateError> {
        check_positive(FAMILY, "items", self.items)?;
        check_positive(FAMILY, "min_width", self.min_width)?;
        check_positive(FAMILY, "max_demand", self.max_demand)?;
        check_at_least(
            FAMILY,
            "max_width",
            self.max_width,
            self.min_width,
            "at least min_width",
        )?;
        check_at_least(
            FAMILY,
            "roll_width",
            self.roll_width,
            self.max_width,
            "at least max_width",
        )?;
        Ok(())
    }
}

impl Family for CuttingStockParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!(
            "{}_W{}_w{}-{}_d{}",
            self.items, self.roll_width, self.min_width, self.max_width, self.max_demand
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        cutting_stock(self, seed)
    }
}

/// The cutting stock instance of these parameters and seed, named
/// `cutstock_<label>_<seed>`.
///
/// # Errors
/// Zero items, widths or demands; `max_width` below `min_width` or above
/// `roll_width`.
pub fn cutting_stock(params: &CuttingStockParams, seed: u64) -> Result<Problem, GenerateError> {
    CuttingStockData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// The data of one cutting stock instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CuttingStockData {
    /// Width of each item type, each in `1..=roll_width`.
    pub widths: Vec<u32>,
    /// Demand of each item type, each at least 1.
    pub demands: Vec<u32>,
    /// Width of every roll.
    pub roll_width: u32,
    /// The number of rolls K.
    pub rolls: u32,
}

impl CuttingStockData {
    /// Checked data; `rolls: None` takes the number of rolls first-fit
    /// decreasing needs.
    ///
    /// # Errors
    /// No item types, widths and demands of different lengths, a width of 0
    /// or above the roll width, a demand of 0, zero rolls, or a total demand
    /// above `u32::MAX`.
    pub fn new(
        widths: Vec<u32>,
        demands: Vec<u32>,
        roll_width: u32,
        rolls: Option<u32>,
    ) -> Result<Self, GenerateError> {
        check_positive(
            FAMILY,
            "items",
            u32::try_from(widths.len()).unwrap_or(u32::MAX),
        )?;
        check_positive(FAMILY, "roll_width", roll_width)?;
        let inconsistent = |message: String| GenerateError::Inconsistent {
            family: FAMILY,
            message,
        };
        if demands.len() != widths.len() {
            return Err(inconsistent(format!(
                "{} demands for {} widths",
                demands.len(),
                widths.len()
            )));
        }
        if let Some((i, &w)) = widths
            .iter()
            .enumerate()
            .find(|&(_, &w)| w == 0 || w > roll_width)
        {
            return Err(inconsistent(format!(
                "width of item type {i} is {w}, expected 1..={roll_width}"
            )));
        }
        if let Some(i) = demands.iter().position(|&d| d == 0) {
            return Err(inconsistent(format!(
                "demand of item type {i} is 0, expected at least 1"
            )));
        }
        if demands.iter().map(|&d| u64::from(d)).sum::<u64>() > u64::from(u32::MAX) {
            return Err(inconsistent("total demand exceeds 2^32 - 1".to_string()));
        }
        let mut data = CuttingStockData {
            widths,
            demands,
            roll_width,
            rolls: 0,
        };
        data.rolls = match rolls {
            Some(k) => k,
            None => data.first_fit_decreasing().len() as u32,
        };
        check_positive(FAMILY, "rolls", data.rolls)?;
        Ok(data)
    }

    /// Draws widths and demands (see the [module documentation](self)).
    ///
    /// # Errors
    /// As [`cutting_stock`].
    pub fn draw(params: &CuttingStockParams, seed: u64) -> Result<Self, GenerateError> {
        params.check()?;
        let mut r = rng(seed);
        let mut widths = Vec::with_capacity(params.items as usize);
        let mut demands = Vec::with_capacity(params.items as usize);
        for _ in 0..params.items {
            widths.push(uniform_u32(&mut r, params.min_width, params.max_width));
            demands.push(uniform_u32(&mut r, 1, params.max_demand));
        }
        Self::new(widths, demands, params.roll_width, None)
    }

    /// The number of item types.
    pub fn items(&self) -> u32 {
        self.widths.len() as u32
    }

    /// The most pieces of type `i` one roll can usefully take:
    /// `min(d_i, ⌊W / w_i⌋)`.
    pub fn max_pieces(&self, i: usize) -> u32 {
        self.demands[i].min(self.roll_width / self.widths[i])
    }

    /// The material bound `⌈Σ_i w_i d_i / W⌉` (the LP bound, rounded up).
    pub fn material_bound(&self) -> u64 {
        let area: u64 = self
            .widths
            .iter()
            .zip(&self.demands)
            .map(|(&w, &d)| u64::from(w) * u64::from(d))
            .sum();
        area.div_ceil(u64::from(self.roll_width))
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, k) = (self.items(), self.rolls);
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * k as usize);
        for i in 0..n {
            let upper = f64::from(self.max_pieces(i as usize));
            for r in 0..k {
                x.push(b.add_var(format!("x_{i}_{r}"), VarKind::Integer, 0.0, upper, 0.0)?);
            }
        }
        let y: Vec<_> = (0..k)
            .map(|r| b.add_var(format!("y_{r}"), VarKind::Binary, 0.0, 1.0, 1.0))
            .collect::<Result<_, _>>()?;
        let at = |i: u32, r: u32| x[(i * k + r) as usize];
        for i in 0..n {
            let row: Vec<_> = (0..k).map(|r| (at(i, r), 1.0)).collect();
            b.add_row(
                format!("demand_{i}"),
                f64::from(self.demands[i as usize]),
                f64::INFINITY,
                &row,
            )?;
        }
        for r in 0..k {
            let mut row: Vec<_> = (0..n)
                .map(|i| (at(i, r), f64::from(self.widths[i as usize])))
                .collect();
            row.push((y[r as usize], -f64::from(self.roll_width)));
            b.add_row(format!("roll_{r}"), f64::NEG_INFINITY, 0.0, &row)?;
        }
        Ok(b.build()?)
    }

    /// First-fit decreasing on the pieces: every piece, widest type first
    /// (ties by index), into the first roll with room. The cutting pattern
    /// of each roll: `patterns[r][i]` pieces of type i from roll r.
    pub fn first_fit_decreasing(&self) -> Vec<Vec<u32>> {
        let mut order: Vec<usize> = (0..self.widths.len()).collect();
        order.sort_by_key(|&i| (std::cmp::Reverse(self.widths[i]), i));
        let mut room: Vec<u32> = Vec::new();
        let mut patterns: Vec<Vec<u32>> = Vec::new();
        for i in order {
            let w = self.widths[i];
            for _ in 0..self.demands[i] {
                let r = match room.iter().position(|&left| left >= w) {
                    Some(r) => r,
                    None => {
                        room.push(self.roll_width);
                        patterns.push(vec![0; self.widths.len()]);
                        room.len() - 1
                    }
                };
                room[r] -= w;
                patterns[r][i] += 1;
            }
        }
        patterns
    }

    /// The solution vector of cutting patterns (`patterns[r][i]` pieces of
    /// type i from roll r, for the first `patterns.len()` rolls; y_r = 1
    /// for rolls with a piece). Widths and demands are not checked here:
    /// that is [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// More patterns than rolls, or a pattern whose length is not the
    /// number of item types.
    pub fn solution(&self, patterns: &[Vec<u32>]) -> Result<Solution, GenerateError> {
        let (n, k) = (self.widths.len(), self.rolls as usize);
        let inconsistent = |message: String| GenerateError::Inconsistent {
            family: FAMILY,
            message,
        };
        if patterns.len() > k {
            return Err(inconsistent(format!(
                "{} patterns for {k} rolls",
                patterns.len()
            )));
        }
        if let Some(r) = patterns.iter().position(|p| p.len() != n) {
            return Err(inconsistent(format!(
                "pattern {r} has {} entries, expected {n}",
                patterns[r].len()
            )));
        }
        let mut values = vec![0.0; n * k + k];
        for (r, pattern) in patterns.iter().enumerate() {
            for (i, &count) in pattern.iter().enumerate() {
                values[i * k + r] = f64::from(count);
            }
            if pattern.iter().any(|&c| c > 0) {
                values[n * k + r] = 1.0;
            }
        }
        Ok(Solution::from_values(values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_fit_decreasing_fills_rolls_and_meets_demand() {
        let d = CuttingStockData::new(vec![60, 30, 45], vec![2, 3, 1], 100, None).unwrap();
        // 60 60 | 45 30 30 30: [60,30] [60,30] [45,30]
        let ffd = d.first_fit_decreasing();
        assert_eq!(ffd, vec![vec![1, 1, 0], vec![1, 1, 0], vec![0, 1, 1]]);
        assert_eq!(d.rolls, 3);
        assert_eq!(d.material_bound(), 3);
        assert_eq!(d.max_pieces(1), 3);
        assert_eq!(d.max_pieces(0), 1);
    }

    #[test]
    fn bad_parameters_name_the_parameter() {
        for (params, name) in [
            (
                CuttingStockParams {
                    max_width: 50,
                    ..Default::default()
                },
                "max_width",
            ),
            (
                CuttingStockParams {
                    roll_width: 400,
                    ..Default::default()
                },
                "roll_width",
            ),
            (
                CuttingStockParams {
                    max_demand: 0,
                    ..Default::default()
                },
                "max_demand",
            ),
        ] {
            assert_eq!(
                cutting_stock(&params, 0).unwrap_err().parameter(),
                Some(name)
            );
        }
        assert!(CuttingStockData::new(vec![101], vec![1], 100, None).is_err());
        assert!(CuttingStockData::new(vec![10], vec![0], 100, None).is_err());
    }

    #[test]
    fn widths_and_demands_are_within_their_ranges() {
        let d = CuttingStockData::draw(&CuttingStockParams::default(), 3).unwrap();
        assert!(d.widths.iter().all(|&w| (100..=500).contains(&w)));
        assert!(d.demands.iter().all(|&q| (1..=10).contains(&q)));
        assert!(u64::from(d.rolls) >= d.material_bound());
    }
}
