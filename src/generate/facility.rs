//! Capacitated facility location (`facility`), a control family: the
//! generator of Cornuéjols, Sridharan and Thizy ("A comparison of heuristics
//! and relaxations for the capacitated plant location problem", EJOR 50,
//! 1991) as in Ecole's `CapacitatedFacilityLocationGenerator`.
//!
//! ```text
//!   min  Σ_j f_j y_j + Σ_i Σ_j t_i_j x_i_j
//!   s.t. demand_i:        Σ_j x_i_j ≥ 1                    every customer i
//!        capacity_j:      Σ_i d_i x_i_j − s_j y_j ≤ 0      every facility j
//!        total_capacity:  Σ_j s_j y_j ≥ Σ_i d_i
//!        tighten_i_j:     x_i_j − y_j ≤ 0                  every pair
//!        y_j ∈ {0, 1},  x_i_j ∈ [0, 1] (or {0, 1} without continuous assignment)
//! ```
//!
//! Columns: `y_j` (facility j open), then `x_i_j` (share of customer i's
//! demand served by j) customer-major. Rows in the order above. With c
//! customers and f facilities: `f + c·f` columns, `c + f + 1 + c·f` rows,
//! `4·c·f + 2·f` nonzeros.
//!
//! Data: customers and facilities uniform in the unit square; demands d_i
//! uniform integers in [5, 35]; raw capacities uniform integers in
//! [10, 160]; fixed costs f_j = ⌊a_j·√(raw_j) + b_j⌋ with a_j uniform in
//! [100, 110] and b_j in [0, 90] (integers); capacities scaled so that their
//! total is `ratio` times the total demand, s_j = ⌊raw_j · ratio · Σd / Σraw⌋
//! (at least 1); transportation costs t_i_j = 10 · d_i · distance(i, j).
//!
//! Departure from Ecole, for exact and portable files: transportation
//! costs are rounded to the nearest integer (a change of at most 0.5 per
//! cost, whose typical size is in the hundreds).

use clap::ArgAction;
use rand::RngExt;
use serde::Serialize;

use super::{Family, GenerateError, check_positive, rng, uniform_u32};
use crate::model::{Problem, ProblemBuilder, VarKind};

const FAMILY: &str = "facility";

/// Parameters of the capacitated facility location family (Ecole's
/// defaults).
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct FacilityParams {
    /// Number of customers. [default: 100] [range: >= 1]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub customers: u32,
    /// Number of candidate facilities. [default: 100] [range: >= 1]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub facilities: u32,
    /// Total capacity over total demand. [default: 5] [range: > 0.0; below 1
    /// the instance is infeasible]
    #[arg(long, default_value_t = 5.0, hide_default_value = true)]
    pub ratio: f64,
    /// Whether x_i_j is continuous in [0, 1] (true) or binary (false:
    /// every customer served by one facility). [default: true]
    #[arg(long, default_value_t = true, action = ArgAction::Set, hide_default_value = true)]
    pub continuous_assignment: bool,
}

impl Default for FacilityParams {
    fn default() -> Self {
        FacilityParams {
            customers: 100,
            facilities: 100,
            ratio: 5.0,
            continuous_assignment: true,
        }
    }
}

impl Family for FacilityParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        let kind = if self.continuous_assignment {
            ""
        } else {
            "_binary"
        };
        format!(
            "{}x{}_r{}{kind}",
            self.customers, self.facilities, self.ratio
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        facility(self, seed)
    }
}

/// The capacitated facility location instance of these parameters and
/// seed, named `facility_<label>_<seed>`.
///
/// # Errors
/// Zero customers or facilities, a ratio that is not a positive number.
pub fn facility(params: &FacilityParams, seed: u64) -> Result<Problem, GenerateError> {
    check_positive(FAMILY, "customers", params.customers)?;
    check_positive(FAMILY, "facilities", params.facilities)?;
    if !(params.ratio > 0.0 && params.ratio.is_finite()) {
        return Err(GenerateError::OutOfRange {
            family: FAMILY,
            parameter: "ratio",
            value: params.ratio.to_string(),
            expected: "a positive number",
        });
    }
    let (nc, nf) = (params.customers as usize, params.facilities as usize);
    let mut r = rng(seed);
    let mut unit = |n: usize| -> Vec<f64> { (0..n).map(|_| r.random::<f64>()).collect() };
    let (cx, cy, fx, fy) = (unit(nc), unit(nc), unit(nf), unit(nf));
    let demand: Vec<u32> = (0..nc).map(|_| uniform_u32(&mut r, 5, 35)).collect();
    let raw: Vec<u32> = (0..nf).map(|_| uniform_u32(&mut r, 10, 160)).collect();
    let scale: Vec<u32> = (0..nf).map(|_| uniform_u32(&mut r, 100, 110)).collect();
    let constant: Vec<u32> = (0..nf).map(|_| uniform_u32(&mut r, 0, 90)).collect();
    let fixed: Vec<f64> = (0..nf)
        .map(|j| (f64::from(scale[j]) * f64::from(raw[j]).sqrt() + f64::from(constant[j])).floor())
        .collect();
    let total_demand: u64 = demand.iter().map(|&d| u64::from(d)).sum();
    let total_raw: u64 = raw.iter().map(|&s| u64::from(s)).sum();
    let capacity: Vec<f64> = raw
        .iter()
        .map(|&s| {
            (f64::from(s) * params.ratio * total_demand as f64 / total_raw as f64)
                .floor()
                .max(1.0)
        })
        .collect();

    let mut b = ProblemBuilder::new(params.instance_name(seed));
    let y: Vec<_> = (0..nf)
        .map(|j| b.add_var(format!("y_{j}"), VarKind::Binary, 0.0, 1.0, fixed[j]))
        .collect::<Result<_, _>>()?;
    let x_kind = if params.continuous_assignment {
        VarKind::Continuous
    } else {
        VarKind::Binary
    };
    let mut x = Vec::with_capacity(nc * nf);
    for i in 0..nc {
        for j in 0..nf {
            let (dx, dy) = (cx[i] - fx[j], cy[i] - fy[j]);
            let cost = ((dx * dx + dy * dy).sqrt() * 10.0 * f64::from(demand[i])).round();
            x.push(b.add_var(format!("x_{i}_{j}"), x_kind, 0.0, 1.0, cost)?);
        }
    }
    for i in 0..nc {
        let row: Vec<_> = (0..nf).map(|j| (x[i * nf + j], 1.0)).collect();
        b.add_row(format!("demand_{i}"), 1.0, f64::INFINITY, &row)?;
    }
    for j in 0..nf {
        let mut row: Vec<_> = (0..nc)
            .map(|i| (x[i * nf + j], f64::from(demand[i])))
            .collect();
        row.push((y[j], -capacity[j]));
        b.add_row(format!("capacity_{j}"), f64::NEG_INFINITY, 0.0, &row)?;
    }
    let total: Vec<_> = (0..nf).map(|j| (y[j], capacity[j])).collect();
    b.add_row("total_capacity", total_demand as f64, f64::INFINITY, &total)?;
    for i in 0..nc {
        for j in 0..nf {
            b.add_row(
                format!("tighten_{i}_{j}"),
                f64::NEG_INFINITY,
                0.0,
                &[(x[i * nf + j], 1.0), (y[j], -1.0)],
            )?;
        }
    }
    Ok(b.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_capacity_is_about_ratio_times_demand() {
        let p = FacilityParams {
            customers: 30,
            facilities: 20,
            ..Default::default()
        };
        let prob = facility(&p, 4).unwrap();
        let total = prob.row_by_name("total_capacity").unwrap();
        let demand = prob.row_lower(total);
        let cap: f64 = prob.row(total).map(|(_, a)| a).sum();
        assert!(
            cap <= 5.0 * demand && cap > 5.0 * demand - 20.0,
            "{cap} vs {demand}"
        );
    }

    #[test]
    fn nonpositive_ratio_is_rejected() {
        let p = FacilityParams {
            ratio: 0.0,
            ..Default::default()
        };
        assert_eq!(facility(&p, 0).unwrap_err().parameter(), Some("ratio"));
    }
}
