//! Bin packing (`bpp`): n items, m identical bins.
//!
//! ```text
//!   min  Σ_j y_j
//!   s.t. assign_i:  Σ_j x_i_j = 1                     for every item i
//!        cap_j:     Σ_i s_i x_i_j − C y_j ≤ 0         for every bin j
//!        x_i_j, y_j ∈ {0, 1}
//! ```
//!
//! Columns: `x_i_j` (item i in bin j) in item-major order, then `y_j` (bin j
//! used). Rows: `assign_i`, then `cap_j`.
//! Sizes: `n·m + m` columns (all binary), `n + m` rows, `2·n·m + m` nonzeros.
//!
//! Any permutation of the bins maps the problem onto itself (the symmetric
//! group on m bins), and so does any permutation of items of equal size.

use clap::ValueEnum;
use serde::Serialize;

use super::{Family, GenerateError, check_assignment, check_positive, rng, shuffle, uniform_u32};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "bpp";

/// How item sizes are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum SizeDistribution {
    /// Chen et al. (ICLR 2025): capacity 100; 30% of the items (rounded to
    /// the nearest integer) large, uniform integers in (80, 100]; the rest
    /// small, uniform integers in (10, 30]; positions shuffled.
    #[default]
    Chen,
    /// Falkenauer's u class: capacity 150, sizes uniform integers in
    /// [20, 100] (harder packings: about three items per bin).
    FalkenauerU,
}

impl SizeDistribution {
    /// The bin capacity that goes with the distribution.
    pub fn capacity(self) -> u32 {
        match self {
            SizeDistribution::Chen => 100,
            SizeDistribution::FalkenauerU => 150,
        }
    }

    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            SizeDistribution::Chen => "chen",
            SizeDistribution::FalkenauerU => "falkenauer-u",
        }
    }
}

/// Parameters of the bin packing family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct BinPackingParams {
    /// Number of items. [default: 20] [range: >= 1]
    #[arg(long, default_value_t = 20, hide_default_value = true)]
    pub items: u32,
    /// Number of identical bins. [default: same as --items] [range: >= 1;
    /// fewer bins than items may make the instance infeasible]
    #[arg(long)]
    pub bins: Option<u32>,
    /// Item size distribution (and capacity): chen = capacity 100, 30% sizes
    /// in (80,100], the rest in (10,30]; falkenauer-u = capacity 150, sizes
    /// in [20, 100]. [default: chen]
    #[arg(long, value_enum, default_value_t = SizeDistribution::Chen, hide_default_value = true)]
    pub distribution: SizeDistribution,
}

impl Default for BinPackingParams {
    fn default() -> Self {
        BinPackingParams {
            items: 20,
            bins: None,
            distribution: SizeDistribution::Chen,
        }
    }
}

impl BinPackingParams {
    /// The number of bins: `bins`, or `items` when not given.
    pub fn bin_count(&self) -> u32 {
        self.bins.unwrap_or(self.items)
    }
}

impl Family for BinPackingParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        match self.bins {
            Some(b) if b != self.items => {
                format!("{}x{}_{}", self.items, b, self.distribution.name())
            }
            _ => format!("{}_{}", self.items, self.distribution.name()),
        }
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        bin_packing(self, seed)
    }
}

/// The bin packing instance of these parameters and seed, named
/// `bpp_<label>_<seed>`.
///
/// # Errors
/// Zero items or zero bins.
pub fn bin_packing(params: &BinPackingParams, seed: u64) -> Result<Problem, GenerateError> {
    BinPackingData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// A bin packing instance with the given sizes (to build instances with all
/// sizes distinct, or with repeated sizes), named `bpp_custom_<n>`.
///
/// # Errors
/// As [`BinPackingData::new`].
pub fn bin_packing_with_sizes(
    sizes: &[u32],
    capacity: u32,
    bins: u32,
) -> Result<Problem, GenerateError> {
    BinPackingData::new(sizes.to_vec(), capacity, bins)?
        .to_problem(&format!("{FAMILY}_custom_{}", sizes.len()))
}

/// The data of one bin packing instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BinPackingData {
    /// Item sizes, each in `1..=capacity`.
    pub sizes: Vec<u32>,
    /// The capacity of every bin.
    pub capacity: u32,
    /// The number of bins.
    pub bins: u32,
}

impl BinPackingData {
    /// Checked data.
    ///
    /// # Errors
    /// No items, zero bins, zero capacity, or a size of 0 or above the
    /// capacity.
    pub fn new(sizes: Vec<u32>, capacity: u32, bins: u32) -> Result<Self, GenerateError> {
        check_positive(
            FAMILY,
            "items",
            u32::try_from(sizes.len()).unwrap_or(u32::MAX),
        )?;
        check_positive(FAMILY, "bins", bins)?;
        check_positive(FAMILY, "capacity", capacity)?;
        if let Some((i, &s)) = sizes
            .iter()
            .enumerate()
            .find(|&(_, &s)| s == 0 || s > capacity)
        {
            return Err(GenerateError::Inconsistent {
                family: FAMILY,
                message: format!("size of item {i} is {s}, expected 1..={capacity}"),
            });
        }
        Ok(BinPackingData {
            sizes,
            capacity,
            bins,
        })
    }

    /// Draws sizes from the parameters' distribution.
    ///
    /// # Errors
    /// Zero items or zero bins.
    pub fn draw(params: &BinPackingParams, seed: u64) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "items", params.items)?;
        check_positive(FAMILY, "bins", params.bin_count())?;
        let mut r = rng(seed);
        let n = params.items;
        let sizes = match params.distribution {
            SizeDistribution::Chen => {
                // 30% large, rounded to nearest: (3n + 5) / 10 in integers
                let large = ((3 * u64::from(n) + 5) / 10) as u32;
                let mut sizes: Vec<u32> = (0..n)
                    .map(|k| {
                        if k < large {
                            uniform_u32(&mut r, 81, 100)
                        } else {
                            uniform_u32(&mut r, 11, 30)
                        }
                    })
                    .collect();
                shuffle(&mut r, &mut sizes);
                sizes
            }
            SizeDistribution::FalkenauerU => (0..n).map(|_| uniform_u32(&mut r, 20, 100)).collect(),
        };
        Self::new(sizes, params.distribution.capacity(), params.bin_count())
    }

    /// The number of items.
    pub fn items(&self) -> u32 {
        self.sizes.len() as u32
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// None for data from [`new`](Self::new) or [`draw`](Self::draw);
    /// a [`GenerateError::Model`] only if the model builder rejects it.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, m) = (self.items(), self.bins);
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * m as usize);
        for i in 0..n {
            for j in 0..m {
                x.push(b.add_var(format!("x_{i}_{j}"), VarKind::Binary, 0.0, 1.0, 0.0)?);
            }
        }
        let y: Vec<_> = (0..m)
            .map(|j| b.add_var(format!("y_{j}"), VarKind::Binary, 0.0, 1.0, 1.0))
            .collect::<Result<_, _>>()?;
        let at = |i: u32, j: u32| x[(i * m + j) as usize];
        for i in 0..n {
            let row: Vec<_> = (0..m).map(|j| (at(i, j), 1.0)).collect();
            b.add_row(format!("assign_{i}"), 1.0, 1.0, &row)?;
        }
        for j in 0..m {
            let mut row: Vec<_> = (0..n)
                .map(|i| (at(i, j), f64::from(self.sizes[i as usize])))
                .collect();
            row.push((y[j as usize], -f64::from(self.capacity)));
            b.add_row(format!("cap_{j}"), f64::NEG_INFINITY, 0.0, &row)?;
        }
        Ok(b.build()?)
    }

    /// Item i in bin i, if there are at least as many bins as items (always
    /// a packing, since every size fits a bin).
    pub fn one_item_per_bin(&self) -> Option<Vec<u32>> {
        (self.bins >= self.items()).then(|| (0..self.items()).collect())
    }

    /// First fit in item order: each item into the first bin with room.
    /// `None` if that needs more bins than there are.
    pub fn first_fit(&self) -> Option<Vec<u32>> {
        let mut load: Vec<u32> = Vec::new();
        let mut bin_of = Vec::with_capacity(self.sizes.len());
        for &s in &self.sizes {
            let j = match load.iter().position(|&l| l + s <= self.capacity) {
                Some(j) => j,
                None => {
                    load.push(0);
                    load.len() - 1
                }
            };
            load[j] += s;
            bin_of.push(j as u32);
        }
        (load.len() as u32 <= self.bins).then_some(bin_of)
    }

    /// The solution vector of an assignment `bin_of_item` (x_i_j = 1 for the
    /// item's bin, y_j = 1 for bins holding an item). Capacities are not
    /// checked here: that is [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// A wrong number of entries or a bin out of range.
    pub fn solution(&self, bin_of_item: &[u32]) -> Result<Solution, GenerateError> {
        let (n, m) = (self.items() as usize, self.bins as usize);
        check_assignment(FAMILY, "bin", bin_of_item, n, self.bins)?;
        let mut values = vec![0.0; n * m + m];
        for (i, &j) in bin_of_item.iter().enumerate() {
            values[i * m + j as usize] = 1.0;
            values[n * m + j as usize] = 1.0;
        }
        Ok(Solution::from_values(values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chen_sizes_are_thirty_percent_large_and_the_rest_small() {
        let p = BinPackingParams {
            items: 40,
            ..Default::default()
        };
        let d = BinPackingData::draw(&p, 3).unwrap();
        assert_eq!(d.capacity, 100);
        let large = d.sizes.iter().filter(|&&s| s > 80).count();
        assert_eq!(large, 12);
        assert!(
            d.sizes
                .iter()
                .all(|&s| (81..=100).contains(&s) || (11..=30).contains(&s))
        );
    }

    #[test]
    fn falkenauer_sizes_lie_in_twenty_to_hundred_with_capacity_150() {
        let p = BinPackingParams {
            items: 200,
            distribution: SizeDistribution::FalkenauerU,
            ..Default::default()
        };
        let d = BinPackingData::draw(&p, 1).unwrap();
        assert_eq!(d.capacity, 150);
        assert!(d.sizes.iter().all(|&s| (20..=100).contains(&s)));
        assert_eq!(d.sizes.len(), 200);
        // 200 draws from 81 values: both halves of the range show up
        assert!(d.sizes.iter().any(|&s| s < 60) && d.sizes.iter().any(|&s| s > 60));
    }

    #[test]
    fn first_fit_respects_capacity_and_reports_too_few_bins() {
        let d = BinPackingData::new(vec![60, 50, 40, 30], 100, 4).unwrap();
        assert_eq!(d.first_fit(), Some(vec![0, 1, 0, 1]));
        let tight = BinPackingData::new(vec![60, 50, 40, 30], 100, 1).unwrap();
        assert_eq!(tight.first_fit(), None);
        assert_eq!(tight.one_item_per_bin(), None);
    }

    #[test]
    fn oversized_item_is_rejected() {
        let e = BinPackingData::new(vec![10, 101], 100, 2).unwrap_err();
        assert!(matches!(e, GenerateError::Inconsistent { .. }), "{e}");
    }

    #[test]
    fn label_shows_bins_only_when_they_differ_from_items() {
        let mut p = BinPackingParams::default();
        assert_eq!(p.label(), "20_chen");
        p.bins = Some(8);
        assert_eq!(p.label(), "20x8_chen");
    }
}
