//! Generalized assignment with identical agents (`gap`): n jobs, T agent
//! types with k identical agents each (m = T·k agents).
//!
//! ```text
//!   min  Σ_i Σ_a c_i_t(a) x_i_a
//!   s.t. assign_i:  Σ_a x_i_a = 1                    for every job i
//!        cap_a:     Σ_i w_i_t(a) x_i_a ≤ b_t(a)      for every agent a
//!        x_i_a ∈ {0, 1}
//! ```
//!
//! Agent a has type t(a) = a / k (agents `0..k` are of type 0, and so on).
//! Columns: `x_i_a` (job i done by agent a) in job-major order. Rows:
//! `assign_i`, then `cap_a`. Sizes: `n·m` columns (all binary), `n + m`
//! rows, `2·n·m` nonzeros.
//!
//! Data as in the type D instances of Chu & Beasley / Yagiura et al.
//! (costs inversely correlated with weights), drawn per job and agent type:
//! weight w_i_t uniform in [1, 100], cost c_i_t = 111 − w_i_t + a uniform
//! integer in [−10, 10]. The capacity of type t is
//! b_t = ⌊ratio · Σ_i w_i_t / m⌋, raised where needed to the largest load
//! of a type-t agent in the [planted](GapData::planted) assignment, so
//! that every instance is feasible.
//!
//! Agents of one type have the same costs, weights and capacity, so any
//! permutation of the agents inside each type maps the problem onto itself:
//! one n × k orbitope per type (the group is S_k^T), and jobs with equal
//! data are interchangeable too. With one type the cost of an assignment
//! is Σ_i c_i_0 whatever it is, and the instance is a feasibility problem.

use serde::Serialize;

use super::{Family, GenerateError, check_assignment, check_positive, rng, uniform_u32};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "gap";

/// Smallest weight of a job on an agent type.
pub const MIN_WEIGHT: u32 = 1;
/// Largest weight of a job on an agent type.
pub const MAX_WEIGHT: u32 = 100;

/// Parameters of the generalized assignment family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct GapParams {
    /// Number of jobs. [default: 30] [range: >= 1]
    #[arg(long, default_value_t = 30, hide_default_value = true)]
    pub jobs: u32,
    /// Number of agent types (agents of one type are identical).
    /// [default: 2] [range: >= 1]
    #[arg(long, default_value_t = 2, hide_default_value = true)]
    pub agent_types: u32,
    /// Number of identical agents of each type. [default: 3] [range: >= 1]
    #[arg(long, default_value_t = 3, hide_default_value = true)]
    pub agents_per_type: u32,
    /// Capacity of each agent of type t as a share of the type's total
    /// weight per agent: floor(ratio * sum_i w_i_t / agents), raised where
    /// the planted assignment needs more. [default: 0.8] [range: (0, 1]]
    #[arg(long, default_value_t = 0.8, hide_default_value = true)]
    pub capacity_ratio: f64,
}

impl Default for GapParams {
    fn default() -> Self {
        GapParams {
            jobs: 30,
            agent_types: 2,
            agents_per_type: 3,
            capacity_ratio: 0.8,
        }
    }
}

impl Family for GapParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!(
            "{}x{}x{}_r{}",
            self.jobs, self.agent_types, self.agents_per_type, self.capacity_ratio
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        gap(self, seed)
    }
}

/// The generalized assignment instance of these parameters and seed, named
/// `gap_<label>_<seed>`.
///
/// # Errors
/// Zero jobs, agent types or agents per type, a capacity ratio outside
/// (0, 1].
pub fn gap(params: &GapParams, seed: u64) -> Result<Problem, GenerateError> {
    GapData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// The data of one generalized assignment instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GapData {
    /// `weights[i][t]`: the weight of job i on an agent of type t.
    pub weights: Vec<Vec<u32>>,
    /// `costs[i][t]`: the cost of job i on an agent of type t.
    pub costs: Vec<Vec<u32>>,
    /// `capacities[t]`: the capacity of every agent of type t.
    pub capacities: Vec<u32>,
    /// Identical agents per type.
    pub agents_per_type: u32,
}

impl GapData {
    /// Checked data.
    ///
    /// # Errors
    /// No jobs or types, zero agents per type, rows of `weights` or `costs`
    /// whose length is not the number of types, more agents than `u32`
    /// holds.
    pub fn new(
        weights: Vec<Vec<u32>>,
        costs: Vec<Vec<u32>>,
        capacities: Vec<u32>,
        agents_per_type: u32,
    ) -> Result<Self, GenerateError> {
        let jobs = u32::try_from(weights.len()).unwrap_or(u32::MAX);
        let types = u32::try_from(capacities.len()).unwrap_or(u32::MAX);
        check_positive(FAMILY, "jobs", jobs)?;
        check_positive(FAMILY, "agent_types", types)?;
        check_positive(FAMILY, "agents_per_type", agents_per_type)?;
        let inconsistent = |message: String| GenerateError::Inconsistent {
            family: FAMILY,
            message,
        };
        if types.checked_mul(agents_per_type).is_none() {
            return Err(inconsistent("more than 2^32 - 1 agents".to_string()));
        }
        if costs.len() != weights.len() {
            return Err(inconsistent(format!(
                "{} cost rows for {} jobs",
                costs.len(),
                weights.len()
            )));
        }
        if let Some(i) = (0..weights.len())
            .find(|&i| weights[i].len() != capacities.len() || costs[i].len() != capacities.len())
        {
            return Err(inconsistent(format!(
                "job {i} has {} weights and {} costs for {} agent types",
                weights[i].len(),
                costs[i].len(),
                capacities.len()
            )));
        }
        Ok(GapData {
            weights,
            costs,
            capacities,
            agents_per_type,
        })
    }

    /// Draws weights and costs, then the capacities (see the [module
    /// documentation](self)).
    ///
    /// # Errors
    /// As [`gap`].
    pub fn draw(params: &GapParams, seed: u64) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "jobs", params.jobs)?;
        check_positive(FAMILY, "agent_types", params.agent_types)?;
        check_positive(FAMILY, "agents_per_type", params.agents_per_type)?;
        super::check_unit_interval(FAMILY, "capacity_ratio", params.capacity_ratio)?;
        let agents = params
            .agent_types
            .checked_mul(params.agents_per_type)
            .ok_or_else(|| GenerateError::Inconsistent {
                family: FAMILY,
                message: "more than 2^32 - 1 agents".to_string(),
            })?;
        let mut r = rng(seed);
        let types = params.agent_types as usize;
        let mut weights = Vec::with_capacity(params.jobs as usize);
        let mut costs = Vec::with_capacity(params.jobs as usize);
        for _ in 0..params.jobs {
            let mut w = Vec::with_capacity(types);
            let mut c = Vec::with_capacity(types);
            for _ in 0..types {
                let weight = uniform_u32(&mut r, MIN_WEIGHT, MAX_WEIGHT);
                // 111 − w + U[−10, 10], drawn as an offset in 0..=20: in 1..=120
                let cost = 101 - weight + uniform_u32(&mut r, 0, 20);
                w.push(weight);
                c.push(cost);
            }
            weights.push(w);
            costs.push(c);
        }
        let mut data = Self::new(weights, costs, vec![0; types], params.agents_per_type)?;
        let planted = data.planted();
        let k = params.agents_per_type as usize;
        let mut peak = vec![0u64; types];
        let mut load = vec![0u64; agents as usize];
        for (i, &a) in planted.iter().enumerate() {
            let t = a as usize / k;
            load[a as usize] += u64::from(data.weights[i][t]);
            peak[t] = peak[t].max(load[a as usize]);
        }
        for (t, cap) in data.capacities.iter_mut().enumerate() {
            let total: u64 = data.weights.iter().map(|w| u64::from(w[t])).sum();
            let share = (params.capacity_ratio * total as f64 / f64::from(agents)).floor() as u64;
            *cap = u32::try_from(share.max(peak[t]).max(1)).unwrap_or(u32::MAX);
        }
        Ok(data)
    }

    /// The number of jobs.
    pub fn jobs(&self) -> u32 {
        self.weights.len() as u32
    }

    /// The number of agent types.
    pub fn agent_types(&self) -> u32 {
        self.capacities.len() as u32
    }

    /// The number of agents, `types · agents_per_type`.
    pub fn agents(&self) -> u32 {
        self.agent_types() * self.agents_per_type
    }

    /// The type of agent `a`.
    pub fn type_of(&self, agent: u32) -> usize {
        (agent / self.agents_per_type) as usize
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, m) = (self.jobs(), self.agents());
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * m as usize);
        for i in 0..n {
            for a in 0..m {
                let cost = f64::from(self.costs[i as usize][self.type_of(a)]);
                x.push(b.add_var(format!("x_{i}_{a}"), VarKind::Binary, 0.0, 1.0, cost)?);
            }
        }
        let at = |i: u32, a: u32| x[(i * m + a) as usize];
        for i in 0..n {
            let row: Vec<_> = (0..m).map(|a| (at(i, a), 1.0)).collect();
            b.add_row(format!("assign_{i}"), 1.0, 1.0, &row)?;
        }
        for a in 0..m {
            let t = self.type_of(a);
            let row: Vec<_> = (0..n)
                .map(|i| (at(i, a), f64::from(self.weights[i as usize][t])))
                .collect();
            b.add_row(
                format!("cap_{a}"),
                f64::NEG_INFINITY,
                f64::from(self.capacities[t]),
                &row,
            )?;
        }
        Ok(b.build()?)
    }

    /// The planted assignment the capacities are made to fit: jobs in index
    /// order, each to the agent whose load plus the job's weight on it is
    /// least (ties by agent index). Depends on the weights only, so it is
    /// feasible for the drawn capacities.
    pub fn planted(&self) -> Vec<u32> {
        let mut load = vec![0u64; self.agents() as usize];
        let mut agent_of = Vec::with_capacity(self.weights.len());
        for w in &self.weights {
            let a = (0..self.agents())
                .min_by_key(|&a| (load[a as usize] + u64::from(w[self.type_of(a)]), a))
                .unwrap_or(0);
            load[a as usize] += u64::from(w[self.type_of(a)]);
            agent_of.push(a);
        }
        agent_of
    }

    /// The solution vector of an assignment `agent_of_job`. Capacities are
    /// not checked here: that is [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// A wrong number of entries or an agent out of range.
    pub fn solution(&self, agent_of_job: &[u32]) -> Result<Solution, GenerateError> {
        let (n, m) = (self.weights.len(), self.agents() as usize);
        check_assignment(FAMILY, "agent", agent_of_job, n, self.agents())?;
        let mut values = vec![0.0; n * m];
        for (i, &a) in agent_of_job.iter().enumerate() {
            values[i * m + a as usize] = 1.0;
        }
        Ok(Solution::from_values(values))
    }

    /// The cost of an assignment.
    pub fn cost(&self, agent_of_job: &[u32]) -> u64 {
        agent_of_job
            .iter()
            .enumerate()
            .map(|(i, &a)| u64::from(self.costs[i][self.type_of(a)]))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_are_inversely_correlated_with_weights() {
        let d = GapData::draw(&GapParams::default(), 2).unwrap();
        for (w, c) in d.weights.iter().zip(&d.costs) {
            for t in 0..2 {
                assert!((MIN_WEIGHT..=MAX_WEIGHT).contains(&w[t]));
                let expected = 111 - i64::from(w[t]);
                assert!((i64::from(c[t]) - expected).abs() <= 10, "{w:?} {c:?}");
            }
        }
    }

    #[test]
    fn planted_assignment_fits_the_capacities() {
        for seed in 0..5 {
            let params = GapParams {
                capacity_ratio: 0.3,
                ..Default::default()
            };
            let d = GapData::draw(&params, seed).unwrap();
            let mut load = vec![0u32; d.agents() as usize];
            for (i, &a) in d.planted().iter().enumerate() {
                load[a as usize] += d.weights[i][d.type_of(a)];
            }
            for (a, &l) in load.iter().enumerate() {
                assert!(l <= d.capacities[d.type_of(a as u32)], "agent {a}");
            }
        }
    }

    #[test]
    fn agents_are_grouped_by_type() {
        let d = GapData::new(vec![vec![1, 2, 3]], vec![vec![4, 5, 6]], vec![9, 9, 9], 2).unwrap();
        assert_eq!(d.agents(), 6);
        assert_eq!(
            (0..6).map(|a| d.type_of(a)).collect::<Vec<_>>(),
            [0, 0, 1, 1, 2, 2]
        );
        assert_eq!(d.cost(&[3]), 5);
        assert!(GapData::new(vec![vec![1]], vec![vec![1, 2]], vec![9], 1).is_err());
    }
}
