//! Graph partitioning into identical parts (`gpp`): the vertices of a graph
//! with weighted edges split into k parts of at most ⌈n / k⌉ vertices,
//! minimizing the weight of the edges between parts.
//!
//! ```text
//!   min  Σ_{uv ∈ E} c_uv z_u_v
//!   s.t. assign_v:        Σ_p x_v_p = 1                  for every vertex v
//!        size_p:          Σ_v x_v_p ≤ ⌈n / k⌉            for every part p
//!        cut_u_v_p:       x_u_p − x_v_p − z_u_v ≤ 0      for every edge uv (u < v), part p
//!        cut_v_u_p:       x_v_p − x_u_p − z_u_v ≤ 0      for every edge uv (u < v), part p
//!        x_v_p, z_u_v ∈ {0, 1}
//! ```
//!
//! `z_u_v` is 1 when the edge is cut: if u is in part p and v is not, the
//! row `cut_u_v_p` forces it. Columns: `x_v_p` in vertex-major order, then
//! `z_u_v` by edge (sorted). Rows: `assign_v`, `size_p`, then the cut rows
//! by edge and part. With n vertices, |E| edges and k parts: `n·k + |E|`
//! columns (all binary), `n + k + 2·|E|·k` rows, `2·n·k + 6·|E|·k`
//! nonzeros.
//!
//! The row structure differs from the assignment families' knapsack rows:
//! unit cardinality rows and many three-entry difference rows, whose LP
//! relaxation (x = 1/k, z = 0) has the trivial bound 0. This is the
//! formulation Kaibel, Peinhardt and Pfetsch ("Orbitopal fixing", 2011) ran
//! their symmetry handling on. The graph is G(n, p) with edge weights
//! uniform integers in [1, 10].
//!
//! Any permutation of the parts maps the problem onto itself (an n × k
//! orbitope on the `x` columns; the `z` columns stay put), and so does any
//! automorphism of the weighted graph.

use serde::Serialize;

use super::{
    Family, GenerateError, Graph, check_assignment, check_positive, check_unit_interval, rng,
    uniform_u32,
};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "gpp";

/// Largest edge weight (weights are uniform in `[1, MAX_EDGE_WEIGHT]`).
pub const MAX_EDGE_WEIGHT: u32 = 10;

/// Parameters of the graph partitioning family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct GraphPartitionParams {
    /// Number of vertices of the random graph G(n, p). [default: 20]
    /// [range: >= 1]
    #[arg(long, default_value_t = 20, hide_default_value = true)]
    pub vertices: u32,
    /// Number of identical parts, each of at most ceil(vertices / parts)
    /// vertices. [default: 4] [range: >= 1]
    #[arg(long, default_value_t = 4, hide_default_value = true)]
    pub parts: u32,
    /// Probability that a pair of vertices is an edge. [default: 0.3]
    /// [range: (0, 1]]
    #[arg(long, default_value_t = 0.3, hide_default_value = true)]
    pub edge_probability: f64,
}

impl Default for GraphPartitionParams {
    fn default() -> Self {
        GraphPartitionParams {
            vertices: 20,
            parts: 4,
            edge_probability: 0.3,
        }
    }
}

impl Family for GraphPartitionParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!(
            "{}x{}_p{}",
            self.vertices, self.parts, self.edge_probability
        )
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        graph_partition(self, seed)
    }
}

/// The graph partitioning instance of these parameters and seed, named
/// `gpp_<label>_<seed>`.
///
/// # Errors
/// Zero vertices or parts, an edge probability outside (0, 1].
pub fn graph_partition(params: &GraphPartitionParams, seed: u64) -> Result<Problem, GenerateError> {
    GraphPartitionData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// The data of one graph partitioning instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphPartitionData {
    /// The graph.
    pub graph: Graph,
    /// The weight of each edge, in the order of [`Graph::edges`].
    pub edge_weights: Vec<u32>,
    /// The number of parts k.
    pub parts: u32,
}

impl GraphPartitionData {
    /// Checked data; `edge_weights` in the order of [`Graph::edges`] (sorted).
    ///
    /// # Errors
    /// A graph without vertices, zero parts, or a weight list whose length
    /// is not the number of edges.
    pub fn new(graph: Graph, edge_weights: Vec<u32>, parts: u32) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "vertices", graph.vertices())?;
        check_positive(FAMILY, "parts", parts)?;
        if edge_weights.len() != graph.num_edges() {
            return Err(GenerateError::Inconsistent {
                family: FAMILY,
                message: format!(
                    "{} edge weights for {} edges",
                    edge_weights.len(),
                    graph.num_edges()
                ),
            });
        }
        Ok(GraphPartitionData {
            graph,
            edge_weights,
            parts,
        })
    }

    /// Draws G(n, p), then the edge weights.
    ///
    /// # Errors
    /// As [`graph_partition`].
    pub fn draw(params: &GraphPartitionParams, seed: u64) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "vertices", params.vertices)?;
        check_positive(FAMILY, "parts", params.parts)?;
        check_unit_interval(FAMILY, "edge_probability", params.edge_probability)?;
        let mut r = rng(seed);
        let graph = Graph::erdos_renyi(&mut r, params.vertices, params.edge_probability);
        let weights = (0..graph.num_edges())
            .map(|_| uniform_u32(&mut r, 1, MAX_EDGE_WEIGHT))
            .collect();
        Self::new(graph, weights, params.parts)
    }

    /// The most vertices a part may hold, `⌈n / k⌉`.
    pub fn part_size(&self) -> u32 {
        self.graph.vertices().div_ceil(self.parts)
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, k) = (self.graph.vertices(), self.parts);
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * k as usize);
        for v in 0..n {
            for p in 0..k {
                x.push(b.add_var(format!("x_{v}_{p}"), VarKind::Binary, 0.0, 1.0, 0.0)?);
            }
        }
        let z: Vec<_> = self
            .graph
            .edges()
            .iter()
            .zip(&self.edge_weights)
            .map(|(&(u, v), &c)| {
                b.add_var(
                    format!("z_{u}_{v}"),
                    VarKind::Binary,
                    0.0,
                    1.0,
                    f64::from(c),
                )
            })
            .collect::<Result<_, _>>()?;
        let at = |v: u32, p: u32| x[(v * k + p) as usize];
        for v in 0..n {
            let row: Vec<_> = (0..k).map(|p| (at(v, p), 1.0)).collect();
            b.add_row(format!("assign_{v}"), 1.0, 1.0, &row)?;
        }
        for p in 0..k {
            let row: Vec<_> = (0..n).map(|v| (at(v, p), 1.0)).collect();
            b.add_row(
                format!("size_{p}"),
                f64::NEG_INFINITY,
                f64::from(self.part_size()),
                &row,
            )?;
        }
        for (&(u, v), &ze) in self.graph.edges().iter().zip(&z) {
            for p in 0..k {
                for (from, to) in [(u, v), (v, u)] {
                    b.add_row(
                        format!("cut_{from}_{to}_{p}"),
                        f64::NEG_INFINITY,
                        0.0,
                        &[(at(from, p), 1.0), (at(to, p), -1.0), (ze, -1.0)],
                    )?;
                }
            }
        }
        Ok(b.build()?)
    }

    /// Vertex v in part `v mod k`: every part holds at most ⌈n / k⌉
    /// vertices, so this is always a partition.
    pub fn round_robin(&self) -> Vec<u32> {
        (0..self.graph.vertices()).map(|v| v % self.parts).collect()
    }

    /// The weight of the edges a partition cuts.
    pub fn cut_weight(&self, part_of: &[u32]) -> u64 {
        self.graph
            .edges()
            .iter()
            .zip(&self.edge_weights)
            .filter(|((u, v), _)| part_of[*u as usize] != part_of[*v as usize])
            .map(|(_, &c)| u64::from(c))
            .sum()
    }

    /// The solution vector of a partition `part_of_vertex` (z_u_v = 1 for
    /// cut edges). Part sizes are not checked here: that is
    /// [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// A wrong number of entries or a part out of range.
    pub fn solution(&self, part_of_vertex: &[u32]) -> Result<Solution, GenerateError> {
        let (n, k) = (self.graph.vertices() as usize, self.parts as usize);
        check_assignment(FAMILY, "part", part_of_vertex, n, self.parts)?;
        let mut values = vec![0.0; n * k + self.graph.num_edges()];
        for (v, &p) in part_of_vertex.iter().enumerate() {
            values[v * k + p as usize] = 1.0;
        }
        for (e, &(u, v)) in self.graph.edges().iter().enumerate() {
            if part_of_vertex[u as usize] != part_of_vertex[v as usize] {
                values[n * k + e] = 1.0;
            }
        }
        Ok(Solution::from_values(values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_robin_respects_the_part_size_and_the_cut_is_counted() {
        // weights follow the graph's sorted edge list, not the given order
        let g = Graph::new(5, &[(0, 1), (1, 2), (0, 2), (3, 4)]).unwrap();
        assert_eq!(g.edges(), [(0, 1), (0, 2), (1, 2), (3, 4)]);
        let d = GraphPartitionData::new(g, vec![1, 2, 3, 4], 2).unwrap();
        assert_eq!(d.part_size(), 3);
        let rr = d.round_robin();
        assert_eq!(rr, [0, 1, 0, 1, 0]);
        // cut: 0-1 (1), 1-2 (3), 3-4 (4)
        assert_eq!(d.cut_weight(&rr), 8);
        assert_eq!(d.cut_weight(&[0, 0, 0, 1, 1]), 0);
    }

    #[test]
    fn edge_weights_are_drawn_for_every_edge() {
        let d = GraphPartitionData::draw(&GraphPartitionParams::default(), 1).unwrap();
        assert_eq!(d.edge_weights.len(), d.graph.num_edges());
        assert!(
            d.edge_weights
                .iter()
                .all(|&c| (1..=MAX_EDGE_WEIGHT).contains(&c))
        );
        let g = Graph::new(2, &[(0, 1)]).unwrap();
        assert!(GraphPartitionData::new(g, vec![], 2).is_err());
    }
}
