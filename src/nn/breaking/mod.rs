//! Symmetry-breaking input features, one strategy per file.
//!
//! Each strategy gives every variable [`BREAKING_DIMS`] extra input
//! features. With `none` they are zero and the GNN is equivariant, so
//! variables of one orbit get equal scores: if `f` is equivariant,
//! `f(g·x) = g·f(x)`, then every symmetry `g` of the instance `x` also fixes
//! `f(x)`, so no equivariant network can tell two variables of one orbit
//! apart.
//! The others break symmetry in different ways:
//!
//! | variant | feature | relaxed-equivariant? |
//! |---|---|---|
//! | `none` | zeros | equivariant (breaks nothing) |
//! | `noise` | i.i.d. uniform values | no: depends on the draw |
//! | `position` | the variable's index | no: depends on the labels |
//! | `orbit` | distinct random values inside each orbit | in distribution only |
//! | `orbit-plus` | one random column order shared across an orbitope | in distribution only |
//! | `relaxed` | canonical ranks inside orbits | yes, deterministically |

mod noise;
mod none;
mod orbit;
mod orbit_plus;
mod position;
mod relaxed;

use std::fmt;
use std::str::FromStr;

use ndarray::Array2;
use serde::{Deserialize, Serialize};

pub use super::encoding::BREAKING_DIMS;
use crate::model::Problem;
use crate::symmetry::Symmetry;

/// What a strategy may look at.
pub struct BreakingContext<'a> {
    /// The instance.
    pub problem: &'a Problem,
    /// Its symmetry (required by `orbit`, `orbit-plus`, `relaxed`).
    pub symmetry: Option<&'a Symmetry>,
    /// Seed of the random draws (`noise`, `orbit`, `orbit-plus`).
    pub seed: u64,
}

/// A way to compute symmetry-breaking features.
pub trait BreakingStrategy {
    /// `n × BREAKING_DIMS` features.
    fn features(&self, ctx: &BreakingContext<'_>) -> Array2<f64>;
}

/// The six symmetry-breaking variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Breaking {
    /// Plain equivariant GNN.
    None,
    /// Uniform random features (Chen et al. 2023).
    Noise,
    /// The variable's index in the file.
    Position,
    /// Distinct random values inside each orbit ("Orbit", Chen et al. 2025).
    Orbit,
    /// One draw shared by orbits linked through an orbitope ("Orbit+").
    OrbitPlus,
    /// Canonical ranks: relaxed equivariance (Kaba & Ravanbakhsh 2023).
    Relaxed,
}

impl Breaking {
    /// All variants, in table order.
    pub const ALL: [Breaking; 6] = [
        Breaking::None,
        Breaking::Noise,
        Breaking::Position,
        Breaking::Orbit,
        Breaking::OrbitPlus,
        Breaking::Relaxed,
    ];

    /// The CLI and JSON name.
    pub fn name(self) -> &'static str {
        match self {
            Breaking::None => "none",
            Breaking::Noise => "noise",
            Breaking::Position => "position",
            Breaking::Orbit => "orbit",
            Breaking::OrbitPlus => "orbit-plus",
            Breaking::Relaxed => "relaxed",
        }
    }

    /// True if the strategy needs the instance's symmetry.
    pub fn needs_symmetry(self) -> bool {
        matches!(
            self,
            Breaking::Orbit | Breaking::OrbitPlus | Breaking::Relaxed
        )
    }

    /// The strategy object.
    pub fn strategy(self) -> Box<dyn BreakingStrategy + Send + Sync> {
        match self {
            Breaking::None => Box::new(none::NoBreaking),
            Breaking::Noise => Box::new(noise::UniformNoise),
            Breaking::Position => Box::new(position::PositionIndex),
            Breaking::Orbit => Box::new(orbit::OrbitDraw),
            Breaking::OrbitPlus => Box::new(orbit_plus::OrbitPlusDraw),
            Breaking::Relaxed => Box::new(relaxed::CanonicalRanks),
        }
    }

    /// The features for `ctx`.
    pub fn features(self, ctx: &BreakingContext<'_>) -> Array2<f64> {
        self.strategy().features(ctx)
    }
}

impl fmt::Display for Breaking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Breaking {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Breaking::ALL
            .into_iter()
            .find(|b| b.name() == s)
            .ok_or_else(|| {
                format!(
                    "unknown breaking variant '{s}' (expected one of: none, noise, position, orbit, orbit-plus, relaxed)"
                )
            })
    }
}

/// Encodes one integer per variable into rows of the feature matrix.
fn encode_integers(values: impl ExactSizeIterator<Item = u32>) -> Array2<f64> {
    let mut out = Array2::<f64>::zeros((values.len(), BREAKING_DIMS));
    for (i, k) in values.enumerate() {
        let mut row = out.row_mut(i);
        let Some(slice) = row.as_slice_mut() else {
            continue;
        };
        super::encoding::sinusoidal(f64::from(k), slice);
    }
    out
}

/// The symmetry, or a trivial one (every variable its own orbit) when
/// none was given.
fn orbits_of(ctx: &BreakingContext<'_>) -> Vec<Vec<crate::model::VarId>> {
    match ctx.symmetry {
        Some(s) => s.var_orbits.clone(),
        None => ctx.problem.vars().map(|v| vec![v]).collect(),
    }
}
