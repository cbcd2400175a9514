//! Formulation symmetry: detection, orbits, orbitopes, canonical ranks and
//! static symmetry-breaking constraints, in pure Rust.
//!
//! A *formulation symmetry* is a permutation π of the variables with a
//! permutation σ of the rows such that every variable keeps its kind,
//! bounds and objective coefficient, every row keeps its sides, and
//! `a[σ(i)][π(j)] = a[i][j]`. They are the automorphisms of the colored
//! bipartite graph built in [`graph`]: vertices colored by those
//! attributes, edges colored by the exact coefficient value.
//!
//! - [`refine_colors`]: color refinement alone (the cells a message-passing
//!   GNN cannot tell apart — an instance is "foldable" when cells are large);
//! - [`detect`]: generators, orbits, |G|, orbitopes and canonical ranks;
//! - [`breaking`]: valid orbitope constraints for the classical solver and
//!   the map of a solution to the representative they keep.
//!
//! ```
//! use symbreak::model::{ProblemBuilder, VarKind};
//! use symbreak::symmetry::{detect, SymmetryOptions};
//! // x0 + x1 + x2 >= 1 with equal costs: S_3 on the variables.
//! let mut b = ProblemBuilder::new("cover");
//! let x: Vec<_> = (0..3)
//!     .map(|i| b.add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, 1.0).unwrap())
//!     .collect();
//! b.add_row("c", 1.0, f64::INFINITY, &x.iter().map(|&v| (v, 1.0)).collect::<Vec<_>>()).unwrap();
//! let sym = detect(&b.build().unwrap(), &SymmetryOptions::default());
//! assert!((sym.log10_group_size - 6f64.log10()).abs() < 1e-12);
//! assert_eq!(sym.var_orbits.len(), 1);
//! ```

pub mod breaking;
mod canonical;
mod generators;
pub mod graph;
mod orbitope;
mod orbits;
mod partition;
mod search;

use std::time::{Duration, Instant};

use serde::Serialize;

pub use generators::{Generator, check_symmetry};
pub use orbitope::{Orbitope, detect_orbitopes};
pub use search::SearchLimits;

use crate::model::{Problem, VarId};

/// Options of [`detect`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SymmetryOptions {
    /// Effort limits of the automorphism search.
    pub limits: SearchLimits,
    /// Compute canonical ranks (a second pass over the search tree).
    /// [default: true]
    pub canonical_ranks: bool,
    /// Node limit of the canonical pass. [default: 200,000]
    pub canonical_max_nodes: u64,
}

impl Default for SymmetryOptions {
    fn default() -> Self {
        SymmetryOptions {
            limits: SearchLimits::default(),
            canonical_ranks: true,
            canonical_max_nodes: 200_000,
        }
    }
}

/// Time spent per stage of [`detect`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct StageTimes {
    /// Building the colored graph.
    pub graph_s: f64,
    /// Root color refinement.
    pub refine_s: f64,
    /// Automorphism search.
    pub search_s: f64,
    /// Orbitope detection.
    pub orbitopes_s: f64,
    /// Canonical ranks.
    pub canonical_s: f64,
}

/// The symmetry of an instance.
#[derive(Clone, Debug, PartialEq)]
pub struct Symmetry {
    /// Generators of the group (each checked against the problem).
    pub generators: Vec<Generator>,
    /// log10 of the group order (a lower bound when not `complete`).
    pub log10_group_size: f64,
    /// Variable orbits, singletons included, each sorted, ordered by their
    /// smallest member.
    pub var_orbits: Vec<Vec<VarId>>,
    /// The index in `var_orbits` of every variable.
    pub var_orbit_of: Vec<usize>,
    /// Number of row orbits, singletons included.
    pub row_orbits: usize,
    /// Disjoint orbitopes.
    pub orbitopes: Vec<Orbitope>,
    /// The color-refinement cell of every variable (dense labels in
    /// label-independent order).
    pub var_cells: Vec<u32>,
    /// Number of color-refinement cells among the variables.
    pub refinement_cells: usize,
    /// Number of color-refinement cells among the rows.
    pub refinement_row_cells: usize,
    /// Every variable's rank inside its orbit, by canonical position (all
    /// zeros when ranks were not asked for).
    pub canonical_ranks: Vec<u32>,
    /// False when an effort limit cut the search: generators may be
    /// missing, orbits too fine, |G| a lower bound.
    pub complete: bool,
    /// False when the canonical pass hit its node limit (ranks are then not
    /// guaranteed canonical).
    pub canonical_complete: bool,
    /// Search-tree nodes visited.
    pub nodes: u64,
    /// Time per stage.
    pub times: StageTimes,
    /// Total time.
    pub time: Duration,
}

impl Symmetry {
    /// Size of the largest variable orbit.
    pub fn largest_var_orbit(&self) -> usize {
        self.var_orbits.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// True if some variable orbit has more than one member.
    pub fn is_symmetric(&self) -> bool {
        self.largest_var_orbit() > 1
    }
}

/// The color-refinement (1-WL) cell of every vertex: variables first
/// (`0..n`), then rows (`n..n + m`); labels are dense and ordered in a
/// label-independent way.
pub fn refine_colors(problem: &Problem) -> Vec<u32> {
    let g = graph::ColoredGraph::of_problem(problem);
    let mut p = partition::Partition::from_colors(&g);
    p.queue_all();
    p.refine(&g, 0);
    dense_cells(p.cells())
}

fn dense_cells(cells: &[u32]) -> Vec<u32> {
    let mut starts: Vec<u32> = cells.to_vec();
    starts.sort_unstable();
    starts.dedup();
    cells
        .iter()
        .map(|c| starts.binary_search(c).unwrap_or(0) as u32)
        .collect()
}

/// A canonical form of `problem`: two problems have equal canonical forms
/// exactly when one is a relabeling (a permutation of variables and rows)
/// of the other. Names are ignored. `None` if an effort limit cut the
/// search (the form would not be guaranteed canonical).
pub fn canonical_form(problem: &Problem, limits: SearchLimits) -> Option<Vec<u64>> {
    let deadline = limits.time.map(|t| Instant::now() + t);
    let g = graph::ColoredGraph::of_problem(problem);
    let out = search::search(&g, problem, limits);
    let (pos, complete) = canonical::canonical_positions(&g, &out, limits.max_nodes, deadline);
    complete.then(|| canonical::canonical_form(&g, problem, &pos))
}

/// Detects the formulation symmetry of `problem`.
pub fn detect(problem: &Problem, options: &SymmetryOptions) -> Symmetry {
    let start = Instant::now();
    let g = graph::ColoredGraph::of_problem(problem);
    let graph_s = start.elapsed().as_secs_f64();
    let mut out = search::search(&g, problem, options.limits);
    let n = problem.num_vars();

    let t = Instant::now();
    let mut label = vec![usize::MAX; n];
    let mut var_orbits: Vec<Vec<VarId>> = Vec::new();
    let mut var_orbit_of = vec![0usize; n];
    for (v, orbit_of) in var_orbit_of.iter_mut().enumerate() {
        let root = out.orbits.find(v as u32) as usize;
        if label[root] == usize::MAX {
            label[root] = var_orbits.len();
            var_orbits.push(Vec::new());
        }
        *orbit_of = label[root];
        var_orbits[label[root]].push(VarId(v as u32));
    }
    let mut row_roots: Vec<u32> = (0..problem.num_rows())
        .map(|r| out.orbits.find((n + r) as u32))
        .collect();
    row_roots.sort_unstable();
    row_roots.dedup();
    let orbitopes = detect_orbitopes(n, &out.generators, &var_orbit_of);
    let orbitopes_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let (canonical_ranks, canonical_complete) =
        if options.canonical_ranks && !out.generators.is_empty() {
            // The detection's time limit covers this pass too.
            let deadline = options.limits.time.map(|t| start + t);
            let (pos, complete) =
                canonical::canonical_positions(&g, &out, options.canonical_max_nodes, deadline);
            let orbit_labels: Vec<u32> = var_orbit_of.iter().map(|&o| o as u32).collect();
            (
                canonical::ranks_in_orbits(&orbit_labels, &pos[..n]),
                complete,
            )
        } else {
            (vec![0; n], out.complete)
        };
    let canonical_s = t.elapsed().as_secs_f64();

    let cells = dense_cells(&out.root_cells);
    let var_cells = cells[..n].to_vec();
    let refinement_row_cells = out.root_num_cells - out.root_var_cells;
    Symmetry {
        generators: std::mem::take(&mut out.generators),
        log10_group_size: out.log10_group_size,
        var_orbits,
        var_orbit_of,
        row_orbits: row_roots.len(),
        orbitopes,
        var_cells,
        refinement_cells: out.root_var_cells,
        refinement_row_cells,
        canonical_ranks,
        complete: out.complete,
        canonical_complete,
        nodes: out.nodes,
        times: StageTimes {
            graph_s,
            refine_s: out.time_refine.as_secs_f64(),
            search_s: out.time_search.as_secs_f64(),
            orbitopes_s,
            canonical_s,
        },
        time: start.elapsed(),
    }
}
