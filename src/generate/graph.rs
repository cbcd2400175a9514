//! Simple undirected graphs for the coloring and independent set families:
//! the [`Graph`] type and the two random models (Erdős–Rényi G(n, p) and
//! Barabási–Albert preferential attachment).

use rand::RngExt;

use super::{ChaCha8Rng, GenerateError};

/// A simple undirected graph on vertices `0..vertices`: edges `(u, v)` with
/// `u < v`, sorted, without repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graph {
    vertices: u32,
    edges: Vec<(u32, u32)>,
}

impl Graph {
    /// A graph from an edge list in any order and orientation; repeated
    /// edges are merged.
    ///
    /// # Errors
    /// A self-loop or a vertex `>= vertices`.
    pub fn new(vertices: u32, edges: &[(u32, u32)]) -> Result<Self, GenerateError> {
        let mut list = Vec::with_capacity(edges.len());
        for &(u, v) in edges {
            if u == v || u >= vertices || v >= vertices {
                return Err(GenerateError::Inconsistent {
                    family: "graph",
                    message: format!("edge ({u}, {v}) is a self-loop or leaves 0..{vertices}"),
                });
            }
            list.push((u.min(v), u.max(v)));
        }
        list.sort_unstable();
        list.dedup();
        Ok(Graph {
            vertices,
            edges: list,
        })
    }

    /// The number of vertices.
    pub fn vertices(&self) -> u32 {
        self.vertices
    }

    /// The edges `(u, v)`, `u < v`, sorted.
    pub fn edges(&self) -> &[(u32, u32)] {
        &self.edges
    }

    /// The number of edges.
    pub fn num_edges(&self) -> usize {
        self.edges.len()
    }

    /// The degree of every vertex.
    pub fn degrees(&self) -> Vec<u32> {
        let mut d = vec![0u32; self.vertices as usize];
        for &(u, v) in &self.edges {
            d[u as usize] += 1;
            d[v as usize] += 1;
        }
        d
    }

    /// The largest degree (0 for a graph without edges).
    pub fn max_degree(&self) -> u32 {
        self.degrees().into_iter().max().unwrap_or(0)
    }

    /// The sorted neighbor list of every vertex.
    pub fn adjacency(&self) -> Vec<Vec<u32>> {
        let mut adj = vec![Vec::new(); self.vertices as usize];
        for &(u, v) in &self.edges {
            adj[u as usize].push(v);
            adj[v as usize].push(u);
        }
        for list in &mut adj {
            list.sort_unstable();
        }
        adj
    }

    /// Greedy coloring in vertex order: each vertex gets the smallest color
    /// none of its earlier neighbors has. Uses at most `max_degree + 1`
    /// colors.
    pub fn greedy_coloring(&self) -> Vec<u32> {
        let adj = self.adjacency();
        let mut color = vec![u32::MAX; self.vertices as usize];
        let mut taken = Vec::new();
        for v in 0..self.vertices as usize {
            taken.clear();
            taken.resize(adj[v].len() + 1, false);
            for &u in &adj[v] {
                let c = color[u as usize];
                if (c as usize) < taken.len() {
                    taken[c as usize] = true;
                }
            }
            color[v] = taken.iter().position(|&t| !t).unwrap_or(taken.len()) as u32;
        }
        color
    }

    /// Erdős–Rényi G(n, p): each of the n(n−1)/2 pairs, in lexicographic
    /// order, is an edge with probability `p`.
    pub fn erdos_renyi(rng: &mut ChaCha8Rng, vertices: u32, p: f64) -> Graph {
        let mut edges = Vec::new();
        for u in 0..vertices {
            for v in u + 1..vertices {
                if rng.random_bool(p) {
                    edges.push((u, v));
                }
            }
        }
        Graph { vertices, edges }
    }

    /// Barabási–Albert preferential attachment as in Ecole: vertex
    /// `affinity` is joined to all of `0..affinity` (a star); every later
    /// vertex is joined to `affinity` distinct earlier vertices, drawn one
    /// after the other with probability proportional to their current
    /// degree. Gives exactly `affinity · (n − affinity)` edges.
    ///
    /// Runs in O(n · affinity) expected time: a draw picks a uniform entry of
    /// the list of edge ends (where each vertex appears once per incident
    /// edge) and is redrawn if the vertex is already chosen, which gives
    /// exactly the degree-proportional law over the vertices not yet chosen.
    ///
    /// Needs `1 <= affinity < vertices` (checked by the caller).
    pub fn barabasi_albert(rng: &mut ChaCha8Rng, vertices: u32, affinity: u32) -> Graph {
        let mut ends: Vec<u32> = Vec::new();
        let mut edges = Vec::new();
        let mut chosen: Vec<u32> = Vec::with_capacity(affinity as usize);
        for new in affinity..vertices {
            chosen.clear();
            if new == affinity {
                chosen.extend(0..affinity);
            } else {
                while chosen.len() < affinity as usize {
                    let k = rng.random_range(0..ends.len() as u64) as usize;
                    let v = ends[k];
                    if !chosen.contains(&v) {
                        chosen.push(v);
                    }
                }
            }
            for &t in &chosen {
                edges.push((t, new));
                ends.push(t);
                ends.push(new);
            }
        }
        edges.sort_unstable();
        Graph { vertices, edges }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::rng;

    #[test]
    fn new_merges_repeats_and_orients_edges() {
        let g = Graph::new(3, &[(1, 0), (0, 1), (2, 1)]).unwrap();
        assert_eq!(g.edges(), &[(0, 1), (1, 2)]);
        assert!(Graph::new(3, &[(1, 1)]).is_err());
        assert!(Graph::new(3, &[(0, 3)]).is_err());
    }

    #[test]
    fn barabasi_albert_has_affinity_times_new_vertices_edges_and_no_repeats() {
        let g = Graph::barabasi_albert(&mut rng(4), 60, 4);
        assert_eq!(g.num_edges(), 4 * 56);
        let mut e = g.edges().to_vec();
        e.dedup();
        assert_eq!(e.len(), g.num_edges());
        assert!(g.edges().iter().all(|&(u, v)| u < v && v < 60));
    }

    #[test]
    fn erdos_renyi_with_p_one_is_complete() {
        let g = Graph::erdos_renyi(&mut rng(0), 7, 1.0);
        assert_eq!(g.num_edges(), 21);
    }

    #[test]
    fn greedy_coloring_is_proper_and_within_max_degree_plus_one() {
        let g = Graph::erdos_renyi(&mut rng(2), 40, 0.3);
        let c = g.greedy_coloring();
        assert!(
            g.edges()
                .iter()
                .all(|&(u, v)| c[u as usize] != c[v as usize])
        );
        assert!(c.iter().all(|&k| k <= g.max_degree()));
    }
}
