//! [`FamilyName`]: every seeded family by name, the one list that the
//! command line's `train --family` and the generator share.

use super::{
    AuctionParams, BinPackingParams, ColoringParams, CuttingStockParams, FacilityParams, Family,
    GapParams, GenerateError, GraphPartitionParams, IndependentSetParams, MultiKnapsackParams,
    PcmaxParams, SetCoverParams,
};
use crate::model::Problem;

/// A seeded family, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum FamilyName {
    /// Bin packing (symmetric; sized by `items`).
    Bpp,
    /// Graph coloring (symmetric; sized by `vertices`).
    Coloring,
    /// Identical parallel machines (symmetric; sized by `jobs`, `machines`).
    Pcmax,
    /// Multiple knapsack with identical knapsacks (symmetric; sized by
    /// `items`, the knapsacks take their default).
    #[value(alias = "multi-knapsack")]
    Mkp,
    /// Generalized assignment with identical agents (symmetric; sized by
    /// `jobs`, the agents take their default).
    #[value(alias = "generalized-assignment")]
    Gap,
    /// Cutting stock, Kantorovich formulation (symmetric; sized by `items`,
    /// the item types).
    #[value(alias = "cutting-stock")]
    Cutstock,
    /// Graph partitioning into identical parts (symmetric; sized by
    /// `vertices`).
    #[value(alias = "graph-partition")]
    Gpp,
    /// Set cover (control, default sizes).
    Setcover,
    /// Combinatorial auction (control, default sizes).
    Auction,
    /// Capacitated facility location (control, default sizes).
    Facility,
    /// Maximum independent set (control, default sizes).
    Indset,
}

/// The sizes of the symmetric families; the controls take their defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    /// Items per bin packing (and per multiple knapsack; item types per
    /// cutting stock).
    pub items: u32,
    /// Vertices per coloring (and per graph partitioning).
    pub vertices: u32,
    /// Jobs per P||Cmax instance (and per generalized assignment).
    pub jobs: u32,
    /// Machines per P||Cmax instance.
    pub machines: u32,
}

impl Default for Sizes {
    fn default() -> Self {
        Sizes {
            items: 20,
            vertices: 20,
            jobs: 20,
            machines: 5,
        }
    }
}

impl FamilyName {
    /// Every family, symmetric ones first.
    pub const ALL: [FamilyName; 11] = [
        FamilyName::Bpp,
        FamilyName::Coloring,
        FamilyName::Pcmax,
        FamilyName::Mkp,
        FamilyName::Gap,
        FamilyName::Cutstock,
        FamilyName::Gpp,
        FamilyName::Setcover,
        FamilyName::Auction,
        FamilyName::Facility,
        FamilyName::Indset,
    ];

    /// The family's name in file names and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FamilyName::Bpp => BinPackingParams::NAME,
            FamilyName::Coloring => ColoringParams::NAME,
            FamilyName::Pcmax => PcmaxParams::NAME,
            FamilyName::Mkp => MultiKnapsackParams::NAME,
            FamilyName::Gap => GapParams::NAME,
            FamilyName::Cutstock => CuttingStockParams::NAME,
            FamilyName::Gpp => GraphPartitionParams::NAME,
            FamilyName::Setcover => SetCoverParams::NAME,
            FamilyName::Auction => AuctionParams::NAME,
            FamilyName::Facility => FacilityParams::NAME,
            FamilyName::Indset => IndependentSetParams::NAME,
        }
    }

    /// The instance of `seed` at `sizes`.
    ///
    /// # Errors
    /// Sizes outside the family's ranges (zero items, say).
    pub fn generate(self, sizes: &Sizes, seed: u64) -> Result<Problem, GenerateError> {
        match self {
            FamilyName::Bpp => BinPackingParams {
                items: sizes.items,
                ..BinPackingParams::default()
            }
            .generate(seed),
            FamilyName::Coloring => ColoringParams {
                vertices: sizes.vertices,
                ..ColoringParams::default()
            }
            .generate(seed),
            FamilyName::Pcmax => PcmaxParams {
                jobs: sizes.jobs,
                machines: sizes.machines,
                ..PcmaxParams::default()
            }
            .generate(seed),
            FamilyName::Mkp => MultiKnapsackParams {
                items: sizes.items,
                ..MultiKnapsackParams::default()
            }
            .generate(seed),
            FamilyName::Gap => GapParams {
                jobs: sizes.jobs,
                ..GapParams::default()
            }
            .generate(seed),
            FamilyName::Cutstock => CuttingStockParams {
                items: sizes.items,
                ..CuttingStockParams::default()
            }
            .generate(seed),
            FamilyName::Gpp => GraphPartitionParams {
                vertices: sizes.vertices,
                ..GraphPartitionParams::default()
            }
            .generate(seed),
            FamilyName::Setcover => SetCoverParams::default().generate(seed),
            FamilyName::Auction => AuctionParams::default().generate(seed),
            FamilyName::Facility => FacilityParams::default().generate(seed),
            FamilyName::Indset => IndependentSetParams::default().generate(seed),
        }
    }

    /// The family with the sizes that apply to it, for provenance
    /// (`bpp items=20`, `setcover`).
    pub fn describe(self, sizes: &Sizes) -> String {
        match self {
            FamilyName::Bpp => format!("bpp items={}", sizes.items),
            FamilyName::Coloring => format!("coloring vertices={}", sizes.vertices),
            FamilyName::Pcmax => format!("pcmax jobs={} machines={}", sizes.jobs, sizes.machines),
            FamilyName::Mkp => format!("mkp items={}", sizes.items),
            FamilyName::Gap => format!("gap jobs={}", sizes.jobs),
            FamilyName::Cutstock => format!("cutstock items={}", sizes.items),
            FamilyName::Gpp => format!("gpp vertices={}", sizes.vertices),
            other => other.as_str().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_name_is_the_generated_files_prefix_and_parses_back() {
        for f in FamilyName::ALL {
            let p = f.generate(&Sizes::default(), 3).unwrap();
            assert!(
                p.name().starts_with(&format!("{}_", f.as_str())),
                "{}",
                p.name()
            );
            assert_eq!(FamilyName::from_str(f.as_str(), false), Ok(f));
        }
        assert_eq!(FamilyName::value_variants().len(), FamilyName::ALL.len());
    }
}
