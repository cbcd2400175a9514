//! Identical parallel machine scheduling, minimum makespan (`pcmax`,
//! P||Cmax): n jobs with integer processing times, m identical machines.
//!
//! ```text
//!   min  C
//!   s.t. assign_j:  Σ_m x_j_m = 1                   for every job j
//!        load_m:    Σ_j p_j x_j_m − C ≤ 0           for every machine m
//!        x_j_m ∈ {0, 1},  C ∈ {0, 1, ..., Σ_j p_j}
//! ```
//!
//! Columns: `x_j_m` (job j on machine m) in job-major order, then `C`.
//! Rows: `assign_j`, then `load_m`. Sizes: `n·m + 1` columns (all integer),
//! `n + m` rows, `2·n·m + m` nonzeros.
//!
//! `C` is an integer variable: with integer processing times every machine
//! load is an integer, so the optimal makespan is one, and declaring it lets
//! the solver round its bound up (the LP bound Σp/m becomes ⌈Σp/m⌉) and
//! close the gap sooner. Its upper bound Σ_j p_j (everything on one machine)
//! cuts nothing off.
//!
//! Any permutation of the machines maps the problem onto itself, and so
//! does any permutation of jobs of equal length.

use serde::Serialize;

use super::{
    Family, GenerateError, check_assignment, check_at_least, check_positive, rng, uniform_u32,
};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "pcmax";

/// Parameters of the P||Cmax family; processing times are uniform integers
/// in `[min_time, max_time]`.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct PcmaxParams {
    /// Number of jobs. [default: 20] [range: >= 1]
    #[arg(long, default_value_t = 20, hide_default_value = true)]
    pub jobs: u32,
    /// Number of identical machines. [default: 5] [range: >= 1]
    #[arg(long, default_value_t = 5, hide_default_value = true)]
    pub machines: u32,
    /// Smallest processing time. [default: 1] [range: >= 1]
    #[arg(long, default_value_t = 1, hide_default_value = true)]
    pub min_time: u32,
    /// Largest processing time. [default: 100] [range: >= --min-time]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub max_time: u32,
}

impl Default for PcmaxParams {
    fn default() -> Self {
        PcmaxParams {
            jobs: 20,
            machines: 5,
            min_time: 1,
            max_time: 100,
        }
    }
}

impl Family for PcmaxParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!(
            "{}_{}_t{}-{}",
            self.jobs, self.machines, self.min_time, self.max_time
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        pcmax(self, seed)
    }
}

/// The P||Cmax instance of these parameters and seed, named
/// `pcmax_<label>_<seed>`.
///
/// # Errors
/// Zero jobs or machines, `min_time` 0 or above `max_time`.
pub fn pcmax(params: &PcmaxParams, seed: u64) -> Result<Problem, GenerateError> {
    PcmaxData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// A P||Cmax instance with the given processing times, named
/// `pcmax_custom_<n>_<m>`.
///
/// # Errors
/// As [`PcmaxData::new`].
pub fn pcmax_with_times(times: &[u32], machines: u32) -> Result<Problem, GenerateError> {
    PcmaxData::new(times.to_vec(), machines)?
        .to_problem(&format!("{FAMILY}_custom_{}_{machines}", times.len()))
}

/// The data of one P||Cmax instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PcmaxData {
    /// Processing times, each at least 1.
    pub times: Vec<u32>,
    /// The number of machines.
    pub machines: u32,
}

impl PcmaxData {
    /// Checked data.
    ///
    /// # Errors
    /// No jobs, zero machines, a zero processing time, or a total above
    /// `u32::MAX`.
    pub fn new(times: Vec<u32>, machines: u32) -> Result<Self, GenerateError> {
        check_positive(
            FAMILY,
            "jobs",
            u32::try_from(times.len()).unwrap_or(u32::MAX),
        )?;
        check_positive(FAMILY, "machines", machines)?;
        if let Some(j) = times.iter().position(|&p| p == 0) {
            return Err(GenerateError::Inconsistent {
                family: FAMILY,
                message: format!("processing time of job {j} is 0, expected at least 1"),
            });
        }
        if times.iter().map(|&p| u64::from(p)).sum::<u64>() > u64::from(u32::MAX) {
            return Err(GenerateError::Inconsistent {
                family: FAMILY,
                message: "total processing time exceeds 2^32 - 1".to_string(),
            });
        }
        Ok(PcmaxData { times, machines })
    }

    /// Draws processing times uniformly in `[min_time, max_time]`.
    ///
    /// # Errors
    /// As [`pcmax`].
    pub fn draw(params: &PcmaxParams, seed: u64) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "jobs", params.jobs)?;
        check_positive(FAMILY, "machines", params.machines)?;
        check_positive(FAMILY, "min_time", params.min_time)?;
        check_at_least(
            FAMILY,
            "max_time",
            params.max_time,
            params.min_time,
            "at least min_time",
        )?;
        let mut r = rng(seed);
        let times = (0..params.jobs)
            .map(|_| uniform_u32(&mut r, params.min_time, params.max_time))
            .collect();
        Self::new(times, params.machines)
    }

    /// The number of jobs.
    pub fn jobs(&self) -> u32 {
        self.times.len() as u32
    }

    /// The sum of the processing times.
    pub fn total_time(&self) -> u32 {
        self.times.iter().sum()
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, m) = (self.jobs(), self.machines);
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * m as usize);
        for j in 0..n {
            for k in 0..m {
                x.push(b.add_var(format!("x_{j}_{k}"), VarKind::Binary, 0.0, 1.0, 0.0)?);
            }
        }
        let c = b.add_var(
            "C",
            VarKind::Integer,
            0.0,
            f64::from(self.total_time()),
            1.0,
        )?;
        let at = |j: u32, k: u32| x[(j * m + k) as usize];
        for j in 0..n {
            let row: Vec<_> = (0..m).map(|k| (at(j, k), 1.0)).collect();
            b.add_row(format!("assign_{j}"), 1.0, 1.0, &row)?;
        }
        for k in 0..m {
            let mut row: Vec<_> = (0..n)
                .map(|j| (at(j, k), f64::from(self.times[j as usize])))
                .collect();
            row.push((c, -1.0));
            b.add_row(format!("load_{k}"), f64::NEG_INFINITY, 0.0, &row)?;
        }
        Ok(b.build()?)
    }

    /// Longest processing time first: jobs by decreasing length (ties by
    /// index), each onto the least loaded machine (ties by index). A
    /// 4/3-approximation; always feasible.
    pub fn longest_processing_time_first(&self) -> Vec<u32> {
        let mut order: Vec<usize> = (0..self.times.len()).collect();
        order.sort_by_key(|&j| (std::cmp::Reverse(self.times[j]), j));
        let mut load = vec![0u64; self.machines as usize];
        let mut machine_of = vec![0u32; self.times.len()];
        for j in order {
            let k = (0..load.len()).min_by_key(|&k| (load[k], k)).unwrap_or(0);
            load[k] += u64::from(self.times[j]);
            machine_of[j] = k as u32;
        }
        machine_of
    }

    /// The solution vector of an assignment `machine_of_job`, with `C` the
    /// largest machine load.
    ///
    /// # Errors
    /// A wrong number of entries or a machine out of range.
    pub fn solution(&self, machine_of_job: &[u32]) -> Result<Solution, GenerateError> {
        let (n, m) = (self.times.len(), self.machines as usize);
        check_assignment(FAMILY, "machine", machine_of_job, n, self.machines)?;
        let mut values = vec![0.0; n * m + 1];
        let mut load = vec![0u64; m];
        for (j, &k) in machine_of_job.iter().enumerate() {
            values[j * m + k as usize] = 1.0;
            load[k as usize] += u64::from(self.times[j]);
        }
        values[n * m] = load.into_iter().max().unwrap_or(0) as f64;
        Ok(Solution::from_values(values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_processing_time_first_balances_equal_jobs() {
        let d = PcmaxData::new(vec![5; 6], 3).unwrap();
        let a = d.longest_processing_time_first();
        assert_eq!(a, vec![0, 1, 2, 0, 1, 2]);
        let x = d.solution(&a).unwrap();
        assert_eq!(x.values()[6 * 3], 10.0);
    }

    #[test]
    fn max_time_below_min_time_is_rejected() {
        let p = PcmaxParams {
            min_time: 10,
            max_time: 9,
            ..Default::default()
        };
        assert_eq!(pcmax(&p, 0).unwrap_err().parameter(), Some("max_time"));
    }

    #[test]
    fn times_are_within_the_requested_range() {
        let p = PcmaxParams {
            jobs: 100,
            min_time: 7,
            max_time: 9,
            ..Default::default()
        };
        let d = PcmaxData::draw(&p, 2).unwrap();
        assert!(d.times.iter().all(|&t| (7..=9).contains(&t)));
    }
}
