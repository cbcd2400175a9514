//! Canonical individualization: a leaf of the search tree chosen by a
//! label-independent rule, and the canonical ranks it induces.
//!
//! The search tree (target cell = first smallest non-singleton cell,
//! children = its vertices) depends only on the graph, not on its labels.
//! Each leaf gets the key (sequence of trace hashes along its path,
//! certificate), where the certificate is the graph relabeled by the leaf's
//! positions. The canonical leaf is the one with the smallest key; leaves of
//! isomorphic graphs correspond under the isomorphism, so the canonical
//! leaf of g·x is g applied to a canonical leaf of x, up to an automorphism
//! of x.
//!
//! Exploring every leaf is unnecessary: along the first path, the
//! generators found at levels >= k generate the stabilizer of the path's
//! prefix, and children in one orbit of it root subtrees with identical
//! keys, so one child per orbit is explored. Off the first path, children
//! are pruned by orbits of the generators that fix the current prefix, and
//! subtrees whose trace sequence is already larger than the best's are cut.
//!
//! The **canonical rank** of a variable is its index, by canonical
//! position, among the members of its orbit. For every relabeling g:
//! `ranks(g·x)[g(v)] = ranks(x)[s(v)]` for some automorphism s of x — the
//! property that makes a GNN fed with these ranks relaxed-equivariant.

use std::cmp::Ordering;
use std::time::Instant;

use super::generators::Generator;
use super::graph::ColoredGraph;
use super::orbits::UnionFind;
use super::partition::{Partition, mix};
use super::search::SearchOutcome;

struct Best {
    traces: Vec<u64>,
    cert: Vec<u64>,
    leaf: Vec<u32>,
}

/// The relabeled graph of a discrete partition, as a comparable vector.
fn certificate(graph: &ColoredGraph, part: &Partition) -> Vec<u64> {
    let mut cert = Vec::with_capacity(graph.adj.len() + graph.num_vertices());
    let mut row: Vec<u64> = Vec::new();
    for &v in part.elements() {
        let (nb, col) = graph.neighbors(v as usize);
        row.clear();
        row.extend(
            nb.iter()
                .zip(col)
                .map(|(&u, &c)| u64::from(part.position(u as usize)) << 32 | u64::from(c)),
        );
        row.sort_unstable();
        cert.push(u64::MAX - row.len() as u64);
        cert.extend_from_slice(&row);
    }
    cert
}

struct Explorer<'a> {
    graph: &'a ColoredGraph,
    generators: &'a [Generator],
    part: Partition,
    best: Best,
    traces: Vec<u64>,
    prefix: Vec<u32>,
    nodes: u64,
    max_nodes: u64,
    /// The detection's deadline: past it the pass ends incomplete.
    deadline: Option<Instant>,
    complete: bool,
}

impl Explorer<'_> {
    fn compare_prefix(&self) -> Ordering {
        let k = self.traces.len();
        match self.best.traces.get(..k) {
            Some(b) => self.traces.as_slice().cmp(b),
            None => Ordering::Greater,
        }
    }

    fn consider_leaf(&mut self) {
        let cmp = self.traces.cmp(&self.best.traces);
        if cmp == Ordering::Greater {
            return;
        }
        let cert = certificate(self.graph, &self.part);
        if cmp == Ordering::Less || cert < self.best.cert {
            self.best = Best {
                traces: self.traces.clone(),
                cert,
                leaf: self.part.elements().to_vec(),
            };
        }
    }

    /// One representative per orbit, among `members`, of the generators
    /// that fix every vertex of the current prefix.
    fn orbit_representatives(&self, members: &[u32]) -> Vec<u32> {
        let nv = self.graph.num_vars as u32;
        let image = |g: &Generator, x: u32| -> u32 {
            if x < nv {
                g.var_image(crate::model::VarId(x)).0
            } else {
                nv + g.row_image(crate::model::ConsId(x - nv)).0
            }
        };
        let fixing: Vec<&Generator> = self
            .generators
            .iter()
            .filter(|g| self.prefix.iter().all(|&p| image(g, p) == p))
            .collect();
        if fixing.is_empty() {
            return members.to_vec();
        }
        let mut sorted = members.to_vec();
        sorted.sort_unstable();
        let index = |x: u32| sorted.binary_search(&x).ok();
        let mut uf = UnionFind::new(sorted.len());
        for g in fixing {
            for (i, &x) in sorted.iter().enumerate() {
                if let Some(j) = index(image(g, x)) {
                    uf.union(i as u32, j as u32);
                }
            }
        }
        let mut seen = vec![false; sorted.len()];
        let mut reps = Vec::new();
        for (i, &x) in sorted.iter().enumerate() {
            let r = uf.find(i as u32) as usize;
            if !std::mem::replace(&mut seen[r], true) {
                reps.push(x);
            }
        }
        reps
    }

    fn explore(&mut self) {
        self.nodes += 1;
        if self.nodes > self.max_nodes || self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.complete = false;
            return;
        }
        if self.part.is_discrete() {
            self.consider_leaf();
            return;
        }
        let Some(target) = self.part.target_cell() else {
            return;
        };
        let depth = self.traces.len();
        let seed = mix(depth as u64, u64::from(target));
        let members = self.part.cell_members(target).to_vec();
        for u in self.orbit_representatives(&members) {
            let cp = self.part.checkpoint();
            self.part.individualize(u as usize);
            let tr = self.part.refine(self.graph, seed);
            self.traces.push(tr);
            self.prefix.push(u);
            if self.compare_prefix() != Ordering::Greater {
                self.explore();
            }
            self.prefix.pop();
            self.traces.pop();
            self.part.undo(cp);
            if !self.complete {
                return;
            }
        }
    }
}

/// The canonical position of every vertex, and whether the canonical search
/// finished within `max_nodes` and before `deadline` (when it did not, the
/// positions are those of the best leaf seen: consistent, not canonical).
pub(crate) fn canonical_positions(
    graph: &ColoredGraph,
    out: &SearchOutcome,
    max_nodes: u64,
    deadline: Option<Instant>,
) -> (Vec<u32>, bool) {
    let mut part = out.partition.clone();
    let best = Best {
        traces: out.levels.iter().map(|l| l.trace).collect(),
        cert: Vec::new(),
        leaf: out.first_leaf.clone(),
    };
    // Certificate of the first leaf: replay the first path.
    let root = part.checkpoint();
    for l in &out.levels {
        part.individualize(l.chosen as usize);
        part.refine(graph, l.seed);
    }
    let first_cert = certificate(graph, &part);
    part.undo(root);
    let mut ex = Explorer {
        graph,
        generators: &out.generators,
        part,
        best: Best {
            cert: first_cert,
            ..best
        },
        traces: Vec::new(),
        prefix: Vec::new(),
        nodes: 0,
        max_nodes,
        deadline,
        complete: out.complete,
    };
    for level in &out.levels {
        let chosen_rep = level
            .orbit_reps
            .iter()
            .find(|p| p.0 == level.chosen)
            .map(|p| p.1);
        let mut seen_reps: Vec<u32> = chosen_rep.into_iter().collect();
        for &(u, rep) in &level.orbit_reps {
            if seen_reps.contains(&rep) {
                continue;
            }
            seen_reps.push(rep);
            let cp = ex.part.checkpoint();
            ex.part.individualize(u as usize);
            let tr = ex.part.refine(graph, level.seed);
            ex.traces.push(tr);
            ex.prefix.push(u);
            if ex.compare_prefix() != Ordering::Greater {
                ex.explore();
            }
            ex.prefix.pop();
            ex.traces.pop();
            ex.part.undo(cp);
            if !ex.complete {
                break;
            }
        }
        // Cut short: every further refinement (each a pass over a graph
        // that may be huge: nw04) would be wasted.
        if !ex.complete {
            break;
        }
        ex.part.individualize(level.chosen as usize);
        let tr = ex.part.refine(graph, level.seed);
        ex.traces.push(tr);
        ex.prefix.push(level.chosen);
    }
    let mut pos = vec![0u32; graph.num_vertices()];
    for (p, &v) in ex.best.leaf.iter().enumerate() {
        pos[v as usize] = p as u32;
    }
    (pos, ex.complete)
}

/// Ranks of variables inside their orbits by canonical position.
/// `orbit_of[v]` is an orbit label per variable.
pub(crate) fn ranks_in_orbits(orbit_of: &[u32], positions: &[u32]) -> Vec<u32> {
    let n = orbit_of.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&v| (orbit_of[v], positions[v]));
    let mut ranks = vec![0u32; n];
    for w in 0..n {
        if w > 0 && orbit_of[order[w]] == orbit_of[order[w - 1]] {
            ranks[order[w]] = ranks[order[w - 1]] + 1;
        }
    }
    ranks
}

/// A label-independent description of `graph` relabeled by the canonical
/// positions: equal for two problems exactly when they are isomorphic (as
/// colored graphs with the actual coefficient values and attributes).
pub(crate) fn canonical_form(
    graph: &ColoredGraph,
    problem: &crate::model::Problem,
    positions: &[u32],
) -> Vec<u64> {
    let n = graph.num_vars;
    let total = graph.num_vertices();
    let mut at = vec![0u32; total];
    for (v, &p) in positions.iter().enumerate() {
        at[p as usize] = v as u32;
    }
    let mut form = vec![n as u64, graph.num_rows as u64];
    let mut row: Vec<(u32, u64)> = Vec::new();
    for &v in &at {
        let v = v as usize;
        if v < n {
            let id = crate::model::VarId(v as u32);
            form.push(problem.var_kind(id) as u64);
            form.push(u64::from(problem.is_semi(id)));
            form.push(problem.var_lower(id).to_bits());
            form.push(problem.var_upper(id).to_bits());
            form.push(problem.objective_coefficient(id).to_bits());
            row.clear();
            row.extend(
                problem
                    .column(id)
                    .map(|(r, a)| (positions[n + r.index()], a.to_bits())),
            );
        } else {
            let id = crate::model::ConsId((v - n) as u32);
            form.push(problem.row_lower(id).to_bits());
            form.push(problem.row_upper(id).to_bits());
            row.clear();
            row.extend(
                problem
                    .row(id)
                    .map(|(j, a)| (positions[j.index()], a.to_bits())),
            );
        }
        row.sort_unstable();
        form.push(u64::MAX - row.len() as u64);
        for &(p, a) in &row {
            form.push(u64::from(p));
            form.push(a);
        }
    }
    form
}
