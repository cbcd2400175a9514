//! Trust-region search (Predict-and-Search, Han et al. 2023): all variables
//! stay free, but one added row keeps the confident binaries within Hamming
//! distance Δ of their rounded prediction:
//!
//! ```text
//! Σ_{j ∈ S, r_j = 0} x_j + Σ_{j ∈ S, r_j = 1} (1 − x_j) <= Δ
//! ```
//!
//! When the region holds no solution, Δ is doubled and the search repeated
//! until the deadline or until Δ covers the whole confident set.

use super::repair::{RepairContext, RepairStrategy};
use crate::solve::{ExtraRow, SolveSettings, Status};

/// Predict-and-Search trust region.
#[derive(Clone, Debug, PartialEq)]
pub struct TrustRegion {
    /// Share of the binaries in the confident set S. [default: 0.7]
    pub coverage: f64,
    /// First Δ as a share of |S| (at least 1). [default: 0.05]
    pub initial_radius: f64,
}

impl Default for TrustRegion {
    fn default() -> Self {
        TrustRegion {
            coverage: 0.7,
            initial_radius: 0.05,
        }
    }
}

impl RepairStrategy for TrustRegion {
    fn name(&self) -> &'static str {
        "trust"
    }

    fn repair(&self, ctx: &RepairContext<'_>) -> String {
        let k = ((ctx.by_confidence.len() as f64) * self.coverage).ceil() as usize;
        let set = &ctx.by_confidence[..k.min(ctx.by_confidence.len())];
        if set.is_empty() {
            return "no binary variables".into();
        }
        let ones = set.iter().filter(|&&v| ctx.rounded(v) == 1.0).count() as f64;
        let entries: Vec<_> = set
            .iter()
            .map(|&v| (v, if ctx.rounded(v) == 1.0 { -1.0 } else { 1.0 }))
            .collect();
        let mut delta = (self.initial_radius * set.len() as f64).ceil().max(1.0);
        let mut log = Vec::new();
        loop {
            if ctx.stopped() {
                log.push("out of time".to_string());
                break;
            }
            let settings = SolveSettings {
                time_limit: ctx.budget.remaining(),
                extra_rows: vec![ExtraRow {
                    name: "symbreak_trust_region".into(),
                    lower: f64::NEG_INFINITY,
                    upper: delta - ones,
                    entries: entries.clone(),
                }],
                tolerances: ctx.tolerances,
                ..SolveSettings::default()
            };
            let Some(outcome) = ctx.solve_and_offer(&settings, "trust") else {
                log.push("solver error".into());
                break;
            };
            log.push(format!("Δ={delta}: {}", outcome.status.as_str()));
            let widen = matches!(outcome.status, Status::Infeasible);
            if !widen || delta >= set.len() as f64 {
                break;
            }
            delta = (delta * 2.0).min(set.len() as f64);
        }
        log.join(", ")
    }
}
