//! Ordered partitions of the graph's vertices and color refinement.
//!
//! A [`Partition`] keeps the vertices in an array, each cell a contiguous
//! range identified by its start position. [`Partition::refine`] computes
//! the coarsest equitable refinement (1-dimensional Weisfeiler–Leman) with a
//! Hopcroft-style work queue of splitter cells: a splitter's neighbors are
//! gathered with their edge colors, each touched cell is split by the sorted
//! multiset of colors into the splitter, and all pieces but the largest are
//! queued. Only touched vertices move, so the work is
//! O((n + m + nnz) log(n + m)) up to the sorting of color multisets.
//!
//! Every decision depends only on positions and colors, never on vertex
//! labels, so refining isomorphic graphs gives partitions and traces that
//! correspond under the isomorphism: the trace hash is an invariant.
//! Splits are recorded on a trail so a search can undo them.

use std::collections::{BTreeSet, VecDeque};

use super::graph::ColoredGraph;

/// An ordered partition with an undo trail.
#[derive(Clone, Debug)]
pub struct Partition {
    elems: Vec<u32>,
    pos: Vec<u32>,
    cell_of: Vec<u32>,
    cell_end: Vec<u32>,
    num_cells: usize,
    /// `(start, old_end, pieces_added)` per split, for undo.
    trail: Vec<(u32, u32, u32)>,
    in_queue: Vec<bool>,
    queue: VecDeque<u32>,
    hits: Vec<(u32, u32, u32)>,
    touched_keys: Vec<(u32, usize, usize)>,
    /// Non-singleton cells as `(size, start)`: the target cell is the first.
    nonsingleton: BTreeSet<(u32, u32)>,
}

/// Mixes `x` into the running hash `h` (a fixed, platform-independent
/// function).
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    let mut z = h ^ x
        .wrapping_add(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(h << 6)
        .wrapping_add(h >> 2);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Partition {
    /// The partition of `graph`'s vertices by their initial colors, cells in
    /// color order (not yet refined).
    pub fn from_colors(graph: &ColoredGraph) -> Self {
        let n = graph.num_vertices();
        let mut elems: Vec<u32> = (0..n as u32).collect();
        elems.sort_by_key(|&v| graph.colors[v as usize]);
        let mut pos = vec![0u32; n];
        let mut cell_of = vec![0u32; n];
        let mut cell_end = vec![0u32; n];
        let mut num_cells = 0;
        let mut start = 0usize;
        for p in 0..n {
            pos[elems[p] as usize] = p as u32;
            if p > 0 && graph.colors[elems[p] as usize] != graph.colors[elems[p - 1] as usize] {
                cell_end[start] = p as u32;
                start = p;
            }
            if p == start {
                num_cells += 1;
            }
            cell_of[elems[p] as usize] = start as u32;
        }
        if n > 0 {
            cell_end[start] = n as u32;
        }
        let mut nonsingleton = BTreeSet::new();
        let mut p = 0usize;
        while p < n {
            let e = cell_end[p] as usize;
            if e - p > 1 {
                nonsingleton.insert(((e - p) as u32, p as u32));
            }
            p = e;
        }
        Partition {
            elems,
            pos,
            cell_of,
            cell_end,
            num_cells,
            trail: Vec::new(),
            in_queue: vec![false; n],
            queue: VecDeque::new(),
            hits: Vec::new(),
            touched_keys: Vec::new(),
            nonsingleton,
        }
    }

    /// Number of cells.
    pub fn num_cells(&self) -> usize {
        self.num_cells
    }

    /// True when every cell is a singleton.
    pub fn is_discrete(&self) -> bool {
        self.num_cells == self.elems.len()
    }

    /// The cell (its start position) of vertex `v`.
    #[cfg(test)]
    pub fn cell_of(&self, v: usize) -> u32 {
        self.cell_of[v]
    }

    /// All cells of all vertices (by start position), indexed by vertex.
    pub fn cells(&self) -> &[u32] {
        &self.cell_of
    }

    /// The position of vertex `v` in the ordered partition.
    #[inline]
    pub fn position(&self, v: usize) -> u32 {
        self.pos[v]
    }

    /// The vertices in cell order.
    pub fn elements(&self) -> &[u32] {
        &self.elems
    }

    /// The members of the cell starting at `start`.
    pub fn cell_members(&self, start: u32) -> &[u32] {
        &self.elems[start as usize..self.cell_end[start as usize] as usize]
    }

    /// Cell starts in order.
    pub fn cell_starts(&self) -> impl Iterator<Item = u32> + '_ {
        let mut p = 0u32;
        std::iter::from_fn(move || {
            if (p as usize) < self.elems.len() {
                let s = p;
                p = self.cell_end[s as usize];
                Some(s)
            } else {
                None
            }
        })
    }

    /// The first non-singleton cell of smallest size (a label-independent
    /// choice), or `None` when discrete.
    pub fn target_cell(&self) -> Option<u32> {
        self.nonsingleton.first().map(|&(_, s)| s)
    }

    fn track(&mut self, start: u32, end: u32, present: bool) {
        if end - start > 1 {
            if present {
                self.nonsingleton.insert((end - start, start));
            } else {
                self.nonsingleton.remove(&(end - start, start));
            }
        }
    }

    /// The trail length, to [`undo`](Self::undo) back to later.
    pub fn checkpoint(&self) -> usize {
        self.trail.len()
    }

    /// Undoes every split made since `checkpoint`.
    pub fn undo(&mut self, checkpoint: usize) {
        while self.trail.len() > checkpoint {
            let Some((s, e, added)) = self.trail.pop() else {
                break;
            };
            let mut q = s;
            while q < e {
                let qe = self.cell_end[q as usize];
                self.track(q, qe, false);
                q = qe;
            }
            self.track(s, e, true);
            for p in s..e {
                self.cell_of[self.elems[p as usize] as usize] = s;
            }
            self.cell_end[s as usize] = e;
            self.num_cells -= added as usize;
        }
    }

    /// Queues every cell as a splitter (for the initial refinement).
    pub fn queue_all(&mut self) {
        let starts: Vec<u32> = self.cell_starts().collect();
        for s in starts {
            self.enqueue(s);
        }
    }

    fn enqueue(&mut self, s: u32) {
        if !self.in_queue[s as usize] {
            self.in_queue[s as usize] = true;
            self.queue.push_back(s);
        }
    }

    /// Splits vertex `v` off its cell into a singleton placed at the cell's
    /// end and queues it as a splitter. Returns the old cell's start.
    ///
    /// # Panics
    /// If `v` is already a singleton (a bug in the caller).
    pub fn individualize(&mut self, v: usize) -> u32 {
        let s = self.cell_of[v];
        let e = self.cell_end[s as usize];
        assert!(e - s > 1, "individualizing a singleton");
        let last = e - 1;
        self.track(s, e, false);
        self.track(s, last, true);
        self.swap_positions(self.pos[v], last);
        self.cell_end[s as usize] = last;
        self.cell_end[last as usize] = e;
        self.cell_of[v] = last;
        self.num_cells += 1;
        self.trail.push((s, e, 1));
        self.enqueue(last);
        s
    }

    #[inline]
    fn swap_positions(&mut self, a: u32, b: u32) {
        if a == b {
            return;
        }
        let (va, vb) = (self.elems[a as usize], self.elems[b as usize]);
        self.elems.swap(a as usize, b as usize);
        self.pos[va as usize] = b;
        self.pos[vb as usize] = a;
    }

    /// Refines to the coarsest equitable partition finer than the current
    /// one, given the queued splitters. Returns a hash of the splits made
    /// (the trace), seeded with `seed`.
    pub fn refine(&mut self, graph: &ColoredGraph, seed: u64) -> u64 {
        let mut trace = seed;
        while let Some(w) = self.queue.pop_front() {
            self.in_queue[w as usize] = false;
            if self.is_discrete() {
                continue;
            }
            trace = self.split_by(graph, w, trace);
        }
        mix(trace, self.num_cells as u64)
    }

    fn split_by(&mut self, graph: &ColoredGraph, w: u32, mut trace: u64) -> u64 {
        let mut hits = std::mem::take(&mut self.hits);
        hits.clear();
        let we = self.cell_end[w as usize];
        for p in w..we {
            let x = self.elems[p as usize] as usize;
            let (nb, col) = graph.neighbors(x);
            for (&u, &c) in nb.iter().zip(col) {
                let cu = self.cell_of[u as usize];
                if self.cell_end[cu as usize] - cu > 1 {
                    hits.push((cu, u, c));
                }
            }
        }
        hits.sort_unstable();
        let mut g = 0;
        while g < hits.len() {
            let cell = hits[g].0;
            let mut h = g;
            while h < hits.len() && hits[h].0 == cell {
                h += 1;
            }
            trace = self.split_cell(cell, &hits[g..h], trace);
            g = h;
        }
        self.hits = hits;
        trace
    }

    /// Splits `cell` by the color multisets in `hits` (sorted by vertex then
    /// color, all in this cell).
    fn split_cell(&mut self, cell: u32, hits: &[(u32, u32, u32)], mut trace: u64) -> u64 {
        let end = self.cell_end[cell as usize];
        let size = (end - cell) as usize;
        // One (vertex, start, end) per touched vertex: its colors are
        // hits[start..end].2, sorted.
        let mut keys = std::mem::take(&mut self.touched_keys);
        keys.clear();
        let mut a = 0;
        while a < hits.len() {
            let u = hits[a].1;
            let mut b = a;
            while b < hits.len() && hits[b].1 == u {
                b += 1;
            }
            keys.push((u, a, b));
            a = b;
        }
        let key_of = |k: &(u32, usize, usize)| hits[k.1..k.2].iter().map(|t| t.2);
        let touched = keys.len();
        if touched == size && keys.windows(2).all(|w| key_of(&w[0]).eq(key_of(&w[1]))) {
            self.touched_keys = keys;
            return trace;
        }
        keys.sort_by(|x, y| key_of(x).cmp(key_of(y)));
        // Move the touched vertices to the end of the cell, in key order.
        let first_touched = end - touched as u32;
        for (k, key) in keys.iter().enumerate() {
            let target = first_touched + k as u32;
            self.swap_positions(self.pos[key.0 as usize], target);
        }
        // Cell boundaries: the untouched prefix (if any) keeps `cell`; each
        // run of equal keys among the touched becomes a cell.
        let mut starts: Vec<u32> = Vec::new();
        if touched < size {
            starts.push(cell);
        }
        for k in 0..touched {
            if k == 0 || !key_of(&keys[k]).eq(key_of(&keys[k - 1])) {
                starts.push(first_touched + k as u32);
            }
        }
        let pieces = starts.len();
        self.track(cell, end, false);
        let was_queued = self.in_queue[cell as usize];
        let mut largest = 0;
        for (i, &s) in starts.iter().enumerate() {
            let e = starts.get(i + 1).copied().unwrap_or(end);
            self.cell_end[s as usize] = e;
            self.track(s, e, true);
            if s != cell {
                for p in s..e {
                    self.cell_of[self.elems[p as usize] as usize] = s;
                }
            }
            if e - s > self.cell_end[starts[largest] as usize] - starts[largest] {
                largest = i;
            }
            trace = mix(trace, u64::from(s) << 32 | u64::from(e - s));
        }
        for k in &keys {
            for c in key_of(k) {
                trace = mix(trace, u64::from(c));
            }
        }
        self.num_cells += pieces - 1;
        self.trail.push((cell, end, (pieces - 1) as u32));
        for (i, &s) in starts.iter().enumerate() {
            if was_queued || i != largest {
                self.enqueue(s);
            }
        }
        self.touched_keys = keys;
        trace
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    /// A path x0 - r0 - x1 - r1 - x2 (variables and rows alternate): the
    /// ends are equivalent, the middle is not.
    fn path_graph() -> ColoredGraph {
        let mut b = ProblemBuilder::new("path");
        let x: Vec<_> = (0..3)
            .map(|i| {
                b.add_var(format!("x{i}"), VarKind::Binary, 0.0, 1.0, 1.0)
                    .unwrap()
            })
            .collect();
        b.add_row("r0", 1.0, f64::INFINITY, &[(x[0], 1.0), (x[1], 1.0)])
            .unwrap();
        b.add_row("r1", 1.0, f64::INFINITY, &[(x[1], 1.0), (x[2], 1.0)])
            .unwrap();
        ColoredGraph::of_problem(&b.build().unwrap())
    }

    #[test]
    fn refinement_separates_the_middle_of_a_path() {
        let g = path_graph();
        let mut p = Partition::from_colors(&g);
        assert_eq!(p.num_cells(), 2);
        p.queue_all();
        p.refine(&g, 0);
        assert_eq!(p.num_cells(), 3, "ends, middle, rows");
        assert_eq!(p.cell_of(0), p.cell_of(2));
        assert_ne!(p.cell_of(0), p.cell_of(1));
        assert_eq!(p.cell_of(3), p.cell_of(4));
    }

    #[test]
    fn individualize_refine_and_undo_restore_the_partition() {
        let g = path_graph();
        let mut p = Partition::from_colors(&g);
        p.queue_all();
        p.refine(&g, 0);
        let before: Vec<u32> = p.cells().to_vec();
        let cp = p.checkpoint();
        p.individualize(0);
        p.refine(&g, 1);
        assert!(p.is_discrete());
        p.undo(cp);
        assert_eq!(p.num_cells(), 3);
        assert_eq!(p.cells(), &before[..]);
    }

    #[test]
    fn symmetric_choices_give_equal_traces() {
        let g = path_graph();
        let mut p = Partition::from_colors(&g);
        p.queue_all();
        p.refine(&g, 0);
        let cp = p.checkpoint();
        p.individualize(0);
        let t0 = p.refine(&g, 7);
        p.undo(cp);
        p.individualize(2);
        let t2 = p.refine(&g, 7);
        assert_eq!(t0, t2);
    }
}
