//! Maximum independent set (`indset`), a control family, in the clique
//! partition formulation of Ecole's `IndependentSetGenerator`.
//!
//! ```text
//!   max  Σ_v x_v
//!   s.t. clique_k:  Σ_{v ∈ K_k} x_v ≤ 1     every clique of the partition with 2+ vertices
//!        edge_u_v:  x_u + x_v ≤ 1           every edge inside no clique of the partition
//!        x_v ∈ {0, 1}
//! ```
//!
//! The graph is Barabási–Albert (default: each new vertex attached to
//! `affinity` earlier ones, [`Graph::barabasi_albert`]) or Erdős–Rényi
//! G(n, p). The vertices are partitioned greedily into cliques: take the
//! remaining vertex of highest degree (ties: lowest index), then its
//! remaining neighbors by decreasing degree (same ties), each added if
//! adjacent to the whole clique so far. One row per clique of two or more
//! vertices replaces the clique's edge rows; every other edge keeps its own.
//!
//! Columns `x_v`, rows `clique_k` (the partition's cliques of 2+ vertices,
//! numbered in partition order) then `edge_u_v` (sorted).
//! Sizes: `n` columns; `q + (|E| − Σ_k |K_k|(|K_k|−1)/2)` rows for `q`
//! cliques of 2+ vertices; `Σ_k |K_k| + 2·(uncovered edges)` nonzeros.

use clap::ValueEnum;
use serde::Serialize;

use super::{Family, GenerateError, Graph, check_positive, check_unit_interval, rng};
use crate::model::{Problem, ProblemBuilder, Sense, VarKind};

const FAMILY: &str = "indset";

/// The random graph model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum GraphType {
    /// Barabási–Albert preferential attachment (uses `affinity`).
    #[default]
    BarabasiAlbert,
    /// Erdős–Rényi G(n, p) (uses `edge_probability`).
    ErdosRenyi,
}

/// Parameters of the independent set family (Ecole's defaults, 500 nodes).
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct IndependentSetParams {
    /// Number of nodes. [default: 500] [range: >= 1; > affinity for
    /// Barabási–Albert]
    #[arg(long, default_value_t = 500, hide_default_value = true)]
    pub nodes: u32,
    /// Random graph model. [default: barabasi-albert]
    #[arg(long, value_enum, default_value_t = GraphType::BarabasiAlbert, hide_default_value = true)]
    pub graph_type: GraphType,
    /// Edges from each new node to earlier ones (Barabási–Albert only).
    /// [default: 4] [range: 1..nodes]
    #[arg(long, default_value_t = 4, hide_default_value = true)]
    pub affinity: u32,
    /// Probability of each edge (Erdős–Rényi only). [default: 0.25]
    /// [range: (0, 1]]
    #[arg(long, default_value_t = 0.25, hide_default_value = true)]
    pub edge_probability: f64,
}

impl Default for IndependentSetParams {
    fn default() -> Self {
        IndependentSetParams {
            nodes: 500,
            graph_type: GraphType::BarabasiAlbert,
            affinity: 4,
            edge_probability: 0.25,
        }
    }
}

impl IndependentSetParams {
    /// Checks the parameters and draws the graph.
    ///
    /// # Errors
    /// As [`independent_set`].
    pub fn draw_graph(&self, seed: u64) -> Result<Graph, GenerateError> {
        check_positive(FAMILY, "nodes", self.nodes)?;
        let mut r = rng(seed);
        match self.graph_type {
            GraphType::BarabasiAlbert => {
                check_positive(FAMILY, "affinity", self.affinity)?;
                if self.affinity >= self.nodes {
                    return Err(GenerateError::OutOfRange {
                        family: FAMILY,
                        parameter: "affinity",
                        value: self.affinity.to_string(),
                        expected: "below the number of nodes",
                    });
                }
                Ok(Graph::barabasi_albert(&mut r, self.nodes, self.affinity))
            }
            GraphType::ErdosRenyi => {
                check_unit_interval(FAMILY, "edge_probability", self.edge_probability)?;
                Ok(Graph::erdos_renyi(
                    &mut r,
                    self.nodes,
                    self.edge_probability,
                ))
            }
        }
    }
}

impl Family for IndependentSetParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        match self.graph_type {
            GraphType::BarabasiAlbert => format!("{}_ba{}", self.nodes, self.affinity),
            GraphType::ErdosRenyi => format!("{}_er{}", self.nodes, self.edge_probability),
        }
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        independent_set(self, seed)
    }
}

/// The independent set instance of these parameters and seed, named
/// `indset_<label>_<seed>`.
///
/// # Errors
/// Zero nodes; for Barabási–Albert an affinity of 0 or not below the node
/// count; for Erdős–Rényi an edge probability outside (0, 1].
pub fn independent_set(params: &IndependentSetParams, seed: u64) -> Result<Problem, GenerateError> {
    let graph = params.draw_graph(seed)?;
    independent_set_of_graph(&graph, &params.instance_name(seed))
}

/// The greedy clique partition described in the [module
/// documentation](self): every vertex in exactly one clique, each clique's
/// vertices ascending.
pub fn clique_partition(graph: &Graph) -> Vec<Vec<u32>> {
    let adj = graph.adjacency();
    let degree = graph.degrees();
    let by_degree = |list: &mut Vec<u32>| {
        list.sort_by_key(|&v| (std::cmp::Reverse(degree[v as usize]), v));
    };
    let mut order: Vec<u32> = (0..graph.vertices()).collect();
    by_degree(&mut order);
    let mut placed = vec![false; graph.vertices() as usize];
    let mut cliques = Vec::new();
    for &center in &order {
        if placed[center as usize] {
            continue;
        }
        placed[center as usize] = true;
        let mut clique = vec![center];
        let mut candidates: Vec<u32> = adj[center as usize]
            .iter()
            .copied()
            .filter(|&u| !placed[u as usize])
            .collect();
        by_degree(&mut candidates);
        for u in candidates {
            let nbrs = &adj[u as usize];
            if clique.iter().all(|w| nbrs.binary_search(w).is_ok()) {
                clique.push(u);
                placed[u as usize] = true;
            }
        }
        clique.sort_unstable();
        cliques.push(clique);
    }
    cliques
}

/// The independent set MILP of a given graph.
///
/// # Errors
/// Only if the model builder rejects the data.
pub fn independent_set_of_graph(graph: &Graph, name: &str) -> Result<Problem, GenerateError> {
    let mut b = ProblemBuilder::new(name);
    b.set_sense(Sense::Maximize);
    let x: Vec<_> = (0..graph.vertices())
        .map(|v| b.add_var(format!("x_{v}"), VarKind::Binary, 0.0, 1.0, 1.0))
        .collect::<Result<_, _>>()?;
    let cliques = clique_partition(graph);
    let mut clique_of = vec![0usize; graph.vertices() as usize];
    let mut rows = 0;
    for (k, clique) in cliques.iter().enumerate() {
        for &v in clique {
            clique_of[v as usize] = k;
        }
        if clique.len() >= 2 {
            let row: Vec<_> = clique.iter().map(|&v| (x[v as usize], 1.0)).collect();
            b.add_row(format!("clique_{rows}"), f64::NEG_INFINITY, 1.0, &row)?;
            rows += 1;
        }
    }
    for &(u, v) in graph.edges() {
        if clique_of[u as usize] != clique_of[v as usize] {
            b.add_row(
                format!("edge_{u}_{v}"),
                f64::NEG_INFINITY,
                1.0,
                &[(x[u as usize], 1.0), (x[v as usize], 1.0)],
            )?;
        }
    }
    Ok(b.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_graph_is_one_clique_row() {
        let g = Graph::erdos_renyi(&mut rng(0), 5, 1.0);
        let p = independent_set_of_graph(&g, "k5").unwrap();
        assert_eq!(p.num_rows(), 1);
        assert_eq!(p.num_nonzeros(), 5);
    }

    #[test]
    fn affinity_not_below_nodes_is_rejected() {
        let p = IndependentSetParams {
            nodes: 4,
            affinity: 4,
            ..Default::default()
        };
        assert_eq!(
            independent_set(&p, 0).unwrap_err().parameter(),
            Some("affinity")
        );
    }
}
