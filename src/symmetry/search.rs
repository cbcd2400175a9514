//! Automorphism search by individualization–refinement.
//!
//! The search follows the scheme of nauty, bliss and saucy:
//!
//! 1. **First path.** From the equitable root partition, repeatedly
//!    individualize the first vertex of the target cell (the first smallest
//!    non-singleton cell, a label-independent choice) and refine, down to a
//!    discrete leaf. Each level's trace hash is kept.
//! 2. **Bottom-up orbit search.** For each level k from the deepest up,
//!    every other vertex `u` of the level's target cell is tried unless orbit
//!    pruning shows it is already equivalent to the first-path vertex (same
//!    orbit under the generators found so far, all of which fix the path's
//!    prefix) or to a vertex already shown inequivalent. The child of `u`
//!    is refined; if its trace differs from the first path's, no
//!    automorphism maps one to the other. Otherwise an automorphism is
//!    sought, first by *identity completion* (map the first-path child's
//!    cells onto the candidate child's cells, fixing every vertex that sits
//!    in the same cell in both: for interchangeable bins this yields the
//!    transposition of two bins in O(n) without descending), then by an
//!    exhaustive search of `u`'s subtree for a leaf whose certificate matches
//!    the first leaf's.
//! 3. **Group order.** The generators found at levels >= k generate the
//!    pointwise stabilizer of the first path's first k vertices, so |G| is
//!    the product over levels of the orbit size of the first-path vertex in
//!    its target cell (reported as log10).
//!
//! Generators are stored by their support. Each one is checked twice before
//! it is kept: against the colored graph, and independently against the
//! problem's data ([`check_symmetry`]). Effort limits (time, generators,
//! search nodes) end the search early with `complete = false`.

use std::time::{Duration, Instant};

use super::generators::{Generator, check_symmetry};
use super::graph::ColoredGraph;
use super::orbits::UnionFind;
use super::partition::{Partition, mix};
use crate::model::{ConsId, Problem, VarId};

/// Effort limits of the search. Defaults: 10 s, 10,000 generators,
/// 1,000,000 search nodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchLimits {
    /// Wall-clock limit for the whole detection. [default: 10 s]
    pub time: Option<Duration>,
    /// Stop after this many generators. [default: 10,000]
    pub max_generators: usize,
    /// Stop after this many search-tree nodes (refinements). [default: 1,000,000]
    pub max_nodes: u64,
}

impl Default for SearchLimits {
    fn default() -> Self {
        SearchLimits {
            time: Some(Duration::from_secs(10)),
            max_generators: 10_000,
            max_nodes: 1_000_000,
        }
    }
}

/// One level of the first path.
#[derive(Clone, Debug)]
pub(crate) struct Level {
    /// Trail checkpoint before individualizing (the partition at this level).
    pub checkpoint: usize,
    /// Start of the target cell.
    pub target: u32,
    /// The vertex the first path individualized.
    pub chosen: u32,
    /// Refinement seed for children at this level.
    pub seed: u64,
    /// Trace of the first-path child.
    pub trace: u64,
    /// For each member of the target cell, its orbit representative under
    /// the pointwise stabilizer of the path prefix (filled bottom-up).
    pub orbit_reps: Vec<(u32, u32)>,
}

/// What the search found.
#[derive(Clone, Debug)]
pub(crate) struct SearchOutcome {
    pub generators: Vec<Generator>,
    pub orbits: UnionFind,
    pub log10_group_size: f64,
    pub complete: bool,
    pub nodes: u64,
    pub levels: Vec<Level>,
    pub root_cells: Vec<u32>,
    pub root_num_cells: usize,
    pub root_var_cells: usize,
    /// The partition left at the root (refined), ready for the canonical pass.
    pub partition: Partition,
    pub first_leaf: Vec<u32>,
    pub time_refine: Duration,
    pub time_search: Duration,
}

struct Budget {
    start: Instant,
    limits: SearchLimits,
    nodes: u64,
    exhausted: bool,
}

impl Budget {
    fn tick(&mut self) -> bool {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes
            || (self.nodes % 64 == 0 && self.limits.time.is_some_and(|t| self.start.elapsed() > t))
        {
            self.exhausted = true;
        }
        !self.exhausted
    }
}

/// True if the vertex map `gamma` (full, one image per vertex) preserves
/// colors and colored edges of `graph`, checked on the moved vertices.
fn is_graph_automorphism(graph: &ColoredGraph, gamma: &[u32], moved: &[u32]) -> bool {
    for &v in moved {
        let w = gamma[v as usize] as usize;
        if graph.colors[v as usize] != graph.colors[w] {
            return false;
        }
        let (nb, col) = graph.neighbors(v as usize);
        let (nbw, colw) = graph.neighbors(w);
        if nb.len() != nbw.len() {
            return false;
        }
        for (&u, &c) in nb.iter().zip(col) {
            let gu = gamma[u as usize];
            match nbw.binary_search(&gu) {
                Ok(i) if colw[i] == c => {}
                _ => return false,
            }
        }
    }
    true
}

fn to_generator(graph: &ColoredGraph, gamma: &[u32], moved: &[u32]) -> Generator {
    let n = graph.num_vars as u32;
    let mut vars = Vec::new();
    let mut rows = Vec::new();
    for &v in moved {
        let w = gamma[v as usize];
        if v < n {
            vars.push((VarId(v), VarId(w)));
        } else {
            rows.push((ConsId(v - n), ConsId(w - n)));
        }
    }
    vars.sort_unstable();
    rows.sort_unstable();
    Generator { vars, rows }
}

struct Searcher<'a> {
    graph: &'a ColoredGraph,
    problem: &'a Problem,
    part: Partition,
    levels: Vec<Level>,
    first_leaf: Vec<u32>,
    budget: Budget,
    gamma: Vec<u32>,
}

impl Searcher<'_> {
    /// Identity completion: maps the cells of `first` (cell id per vertex)
    /// onto the current partition's cells. Returns the moved vertices, with
    /// `self.gamma` holding the map.
    fn identity_completion(&mut self, first: &[u32]) -> Vec<u32> {
        let current = self.part.cells();
        let mut from: Vec<(u32, u32)> = Vec::new();
        let mut to: Vec<(u32, u32)> = Vec::new();
        for (x, (&a, &b)) in first.iter().zip(current).enumerate() {
            self.gamma[x] = x as u32;
            if a != b {
                from.push((a, x as u32));
                to.push((b, x as u32));
            }
        }
        from.sort_unstable();
        to.sort_unstable();
        let mut moved = Vec::with_capacity(from.len());
        for (&(ca, x), &(cb, y)) in from.iter().zip(&to) {
            if ca != cb {
                // Cell sizes differ: traces were equal by hash collision.
                return Vec::new();
            }
            self.gamma[x as usize] = y;
            moved.push(x);
        }
        moved
    }

    fn accept(&mut self, moved: &[u32]) -> Option<Generator> {
        if moved.is_empty() || !is_graph_automorphism(self.graph, &self.gamma, moved) {
            return None;
        }
        let g = to_generator(self.graph, &self.gamma, moved);
        match check_symmetry(self.problem, &g) {
            Ok(()) => Some(g),
            Err(e) => {
                debug_assert!(
                    false,
                    "graph automorphism is not a formulation symmetry: {e}"
                );
                None
            }
        }
    }

    /// Searches the subtree under the current node (at depth `depth`, traces
    /// equal to the first path so far) for a leaf equivalent to the first
    /// leaf.
    fn subtree(&mut self, depth: usize) -> Option<Generator> {
        if !self.budget.tick() {
            return None;
        }
        if self.part.is_discrete() {
            let elems = self.part.elements();
            let mut moved = Vec::new();
            for (p, &x) in self.first_leaf.iter().enumerate() {
                self.gamma[x as usize] = elems[p];
                if elems[p] != x {
                    moved.push(x);
                }
            }
            return self.accept(&moved);
        }
        let level = self.levels.get(depth)?.clone();
        if self.part.target_cell() != Some(level.target) {
            return None;
        }
        let members = self.part.cell_members(level.target).to_vec();
        for u in members {
            let cp = self.part.checkpoint();
            self.part.individualize(u as usize);
            let tr = self.part.refine(self.graph, level.seed);
            let found = if tr == level.trace {
                self.subtree(depth + 1)
            } else {
                None
            };
            self.part.undo(cp);
            if found.is_some() || self.budget.exhausted {
                return found;
            }
        }
        None
    }
}

/// Runs the search on `graph` (built from `problem`).
pub(crate) fn search(
    graph: &ColoredGraph,
    problem: &Problem,
    limits: SearchLimits,
) -> SearchOutcome {
    let start = Instant::now();
    let n = graph.num_vertices();
    let mut part = Partition::from_colors(graph);
    part.queue_all();
    part.refine(graph, 0);
    let root_cells = part.cells().to_vec();
    let root_num_cells = part.num_cells();
    let root_var_cells = part
        .cell_starts()
        .filter(|&s| (part.cell_members(s)[0] as usize) < graph.num_vars)
        .count();
    let time_refine = start.elapsed();

    let mut s = Searcher {
        graph,
        problem,
        part,
        levels: Vec::new(),
        first_leaf: Vec::new(),
        budget: Budget {
            start,
            limits,
            nodes: 0,
            exhausted: false,
        },
        gamma: (0..n as u32).collect(),
    };

    // 1. First path.
    while let Some(target) = s.part.target_cell() {
        s.budget.tick();
        let checkpoint = s.part.checkpoint();
        let chosen = s.part.cell_members(target)[0];
        let seed = mix(s.levels.len() as u64, u64::from(target));
        s.part.individualize(chosen as usize);
        let trace = s.part.refine(graph, seed);
        s.levels.push(Level {
            checkpoint,
            target,
            chosen,
            seed,
            trace,
            orbit_reps: Vec::new(),
        });
    }
    s.first_leaf = s.part.elements().to_vec();

    // 2. Bottom-up.
    let mut orbits = UnionFind::new(n);
    let mut generators: Vec<Generator> = Vec::new();
    let mut log10 = 0.0;
    for k in (0..s.levels.len()).rev() {
        let first_child = s.part.cells().to_vec();
        let level = s.levels[k].clone();
        s.part.undo(level.checkpoint);
        let mut members = s.part.cell_members(level.target).to_vec();
        members.sort_unstable();
        let mut failed: Vec<u32> = Vec::new();
        for &u in &members {
            if s.budget.exhausted || generators.len() >= limits.max_generators {
                s.budget.exhausted = true;
                break;
            }
            if u == level.chosen || orbits.find(u) == orbits.find(level.chosen) {
                continue;
            }
            let ru = orbits.find(u);
            if failed.iter().any(|&f| orbits.find(f) == ru) {
                continue;
            }
            if !s.budget.tick() {
                break;
            }
            let cp = s.part.checkpoint();
            s.part.individualize(u as usize);
            let tr = s.part.refine(graph, level.seed);
            let mut found = None;
            if tr == level.trace {
                let moved = s.identity_completion(&first_child);
                found = s.accept(&moved);
                if found.is_none() {
                    found = s.subtree(k + 1);
                }
            }
            s.part.undo(cp);
            match found {
                Some(g) => {
                    for &(v, w) in &g.vars {
                        orbits.union(v.0, w.0);
                    }
                    let nv = graph.num_vars as u32;
                    for &(r, t) in &g.rows {
                        orbits.union(nv + r.0, nv + t.0);
                    }
                    generators.push(g);
                }
                None => failed.push(u),
            }
        }
        log10 += f64::from(orbits.set_size(level.chosen)).log10();
        let reps: Vec<(u32, u32)> = members.iter().map(|&u| (u, orbits.find(u))).collect();
        s.levels[k].orbit_reps = reps;
        // The partition is now the node of level k; the loop's next
        // iteration snapshots it as the first-path child of level k - 1.
    }
    let time_search = start.elapsed() - time_refine;
    SearchOutcome {
        generators,
        orbits,
        log10_group_size: log10,
        complete: !s.budget.exhausted,
        nodes: s.budget.nodes,
        levels: s.levels,
        root_cells,
        root_num_cells,
        root_var_cells,
        partition: s.part,
        first_leaf: s.first_leaf,
        time_refine,
        time_search,
    }
}
