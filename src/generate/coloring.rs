//! Graph coloring (`coloring`): a graph and K interchangeable colors.
//!
//! ```text
//!   min  Σ_c w_c
//!   s.t. one_v:        Σ_c x_v_c = 1                 for every vertex v
//!        edge_u_v_c:   x_u_c + x_v_c − w_c ≤ 0       for every edge {u, v} (u < v) and color c
//!        x_v_c, w_c ∈ {0, 1}
//! ```
//!
//! Columns: `x_v_c` (vertex v gets color c) in vertex-major order, then `w_c`
//! (color c used). Rows: `one_v`, then `edge_u_v_c` by edge (sorted) and
//! color. With n vertices, |E| edges and K colors: `n·K + K` columns (all
//! binary), `n + |E|·K` rows, `n·K + 3·|E|·K` nonzeros.
//!
//! The graph is G(n, p) (every pair an edge with probability p) or read
//! from a DIMACS `.col` file ([`io::dimacs`](crate::io::dimacs)). Any permutation of
//! the colors maps the problem onto itself. An isolated vertex appears in no
//! edge row, so it may take an unused color for free; with at least one
//! edge the optimum is still the chromatic number.

use serde::Serialize;

use super::{
    Family, GenerateError, Graph, check_assignment, check_positive, check_unit_interval, rng,
};
use crate::model::{Problem, ProblemBuilder, Solution, VarKind};

const FAMILY: &str = "coloring";

/// Parameters of the random-graph coloring family.
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct ColoringParams {
    /// Number of vertices of the random graph G(n, p). [default: 20]
    /// [range: >= 1]
    #[arg(long, default_value_t = 20, hide_default_value = true)]
    pub vertices: u32,
    /// Probability that a pair of vertices is an edge. [default: 0.3]
    /// [range: (0, 1]]
    #[arg(long, default_value_t = 0.3, hide_default_value = true)]
    pub edge_probability: f64,
    /// Number of colors K. [default: the graph's maximum degree + 1, which
    /// always suffices] [range: >= 1; more colors than vertices is allowed]
    #[arg(long)]
    pub colors: Option<u32>,
}

impl Default for ColoringParams {
    fn default() -> Self {
        ColoringParams {
            vertices: 20,
            edge_probability: 0.3,
            colors: None,
        }
    }
}

impl ColoringParams {
    fn check(&self) -> Result<(), GenerateError> {
        check_positive(FAMILY, "vertices", self.vertices)?;
        check_unit_interval(FAMILY, "edge_probability", self.edge_probability)?;
        if let Some(k) = self.colors {
            check_positive(FAMILY, "colors", k)?;
        }
        Ok(())
    }
}

impl Family for ColoringParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        let k = match self.colors {
            Some(k) => k.to_string(),
            None => "auto".to_string(),
        };
        format!("{}_p{}_k{}", self.vertices, self.edge_probability, k)
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        coloring(self, seed)
    }
}

/// The coloring instance of these parameters and seed, named
/// `coloring_<label>_<seed>`.
///
/// # Errors
/// Zero vertices, an edge probability outside (0, 1], zero colors.
pub fn coloring(params: &ColoringParams, seed: u64) -> Result<Problem, GenerateError> {
    ColoringData::draw(params, seed)?.to_problem(&params.instance_name(seed))
}

/// The data of one coloring instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColoringData {
    /// The graph.
    pub graph: Graph,
    /// The number of colors K.
    pub colors: u32,
}

impl ColoringData {
    /// A given graph with K colors (`None`: maximum degree + 1).
    ///
    /// # Errors
    /// A graph without vertices or zero colors.
    pub fn new(graph: Graph, colors: Option<u32>) -> Result<Self, GenerateError> {
        check_positive(FAMILY, "vertices", graph.vertices())?;
        let colors = colors.unwrap_or_else(|| graph.max_degree() + 1);
        check_positive(FAMILY, "colors", colors)?;
        Ok(ColoringData { graph, colors })
    }

    /// Draws G(n, p) and fixes K.
    ///
    /// # Errors
    /// As [`coloring`].
    pub fn draw(params: &ColoringParams, seed: u64) -> Result<Self, GenerateError> {
        params.check()?;
        let graph = Graph::erdos_renyi(&mut rng(seed), params.vertices, params.edge_probability);
        Self::new(graph, params.colors)
    }

    /// The MILP (see the [module documentation](self)).
    ///
    /// # Errors
    /// Only if the model builder rejects the data.
    pub fn to_problem(&self, name: &str) -> Result<Problem, GenerateError> {
        let (n, k) = (self.graph.vertices(), self.colors);
        let mut b = ProblemBuilder::new(name);
        let mut x = Vec::with_capacity(n as usize * k as usize);
        for v in 0..n {
            for c in 0..k {
                x.push(b.add_var(format!("x_{v}_{c}"), VarKind::Binary, 0.0, 1.0, 0.0)?);
            }
        }
        let w: Vec<_> = (0..k)
            .map(|c| b.add_var(format!("w_{c}"), VarKind::Binary, 0.0, 1.0, 1.0))
            .collect::<Result<_, _>>()?;
        let at = |v: u32, c: u32| x[(v * k + c) as usize];
        for v in 0..n {
            let row: Vec<_> = (0..k).map(|c| (at(v, c), 1.0)).collect();
            b.add_row(format!("one_{v}"), 1.0, 1.0, &row)?;
        }
        for &(u, v) in self.graph.edges() {
            for c in 0..k {
                b.add_row(
                    format!("edge_{u}_{v}_{c}"),
                    f64::NEG_INFINITY,
                    0.0,
                    &[(at(u, c), 1.0), (at(v, c), 1.0), (w[c as usize], -1.0)],
                )?;
            }
        }
        Ok(b.build()?)
    }

    /// The solution vector of a coloring `color_of_vertex` (x_v_c = 1 for
    /// the vertex's color, w_c = 1 for used colors). Properness is not
    /// checked here: that is [`verify`](crate::verify::verify)'s job.
    ///
    /// # Errors
    /// A wrong number of entries or a color out of range.
    pub fn solution(&self, color_of_vertex: &[u32]) -> Result<Solution, GenerateError> {
        let (n, k) = (self.graph.vertices() as usize, self.colors as usize);
        check_assignment(FAMILY, "color", color_of_vertex, n, self.colors)?;
        let mut values = vec![0.0; n * k + k];
        for (v, &c) in color_of_vertex.iter().enumerate() {
            values[v * k + c as usize] = 1.0;
            values[n * k + c as usize] = 1.0;
        }
        Ok(Solution::from_values(values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_color_count_is_max_degree_plus_one() {
        let d = ColoringData::draw(&ColoringParams::default(), 9).unwrap();
        assert_eq!(d.colors, d.graph.max_degree() + 1);
    }

    #[test]
    fn zero_colors_and_bad_probability_are_rejected() {
        let p = ColoringParams {
            colors: Some(0),
            ..Default::default()
        };
        assert_eq!(coloring(&p, 0).unwrap_err().parameter(), Some("colors"));
        let p = ColoringParams {
            edge_probability: 0.0,
            ..Default::default()
        };
        assert_eq!(
            coloring(&p, 0).unwrap_err().parameter(),
            Some("edge_probability")
        );
    }

    #[test]
    fn more_colors_than_vertices_is_allowed() {
        let p = ColoringParams {
            vertices: 3,
            colors: Some(5),
            ..Default::default()
        };
        assert_eq!(coloring(&p, 0).unwrap().num_vars(), 3 * 5 + 5);
    }
}
