//! Search-tree nodes and the open-node queue (best bound first).

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::rc::Rc;

use super::relaxation::WarmBasis;

/// One bound change `lower <= x_var <= upper`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct BoundChange {
    pub(super) var: u32,
    pub(super) lower: f64,
    pub(super) upper: f64,
}

/// An open node: the bound changes that define it (from the root, oldest
/// first: branchings and fixings that propagation cannot re-derive, such
/// as orbital fixings), its parent's bound and basis.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub(super) changes: Vec<BoundChange>,
    /// A valid lower bound on the subtree (minimization form, no offset).
    pub(super) bound: f64,
    /// The parent's final basis, for a warm start.
    pub(super) basis: Option<Rc<WarmBasis>>,
    pub(super) depth: u32,
    /// Creation order: ties in bound go to the newest (depth-first).
    pub(super) id: u64,
    /// The parent's id (whose final basis the LP may still hold).
    pub(super) parent: Option<u64>,
    /// The branching that made this node, for the branching history.
    pub(super) branching: Option<Branching>,
}

/// The branching that made a child: column, direction, the distance its
/// LP value had to move and the parent's LP value (minimization form).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Branching {
    pub(super) var: u32,
    pub(super) up: bool,
    pub(super) distance: f64,
    pub(super) parent_z: Option<f64>,
}

struct Ranked(Node);

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    /// The max-heap's top is the smallest bound, then the newest node.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
            .bound
            .total_cmp(&self.0.bound)
            .then(self.0.id.cmp(&other.0.id))
    }
}

/// Open nodes, best (smallest) bound first.
#[derive(Default)]
pub(crate) struct NodeQueue {
    heap: BinaryHeap<Ranked>,
}

impl NodeQueue {
    pub fn push(&mut self, node: Node) {
        self.heap.push(Ranked(node));
    }

    pub fn pop(&mut self) -> Option<Node> {
        self.heap.pop().map(|r| r.0)
    }

    /// The smallest bound of an open node.
    pub fn best_bound(&self) -> Option<f64> {
        self.heap.peek().map(|r| r.0.bound)
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    /// Drops every node whose bound reaches `cutoff`.
    pub fn prune(&mut self, cutoff: f64) {
        if self.heap.iter().any(|r| r.0.bound >= cutoff) {
            let kept: Vec<Ranked> = self.heap.drain().filter(|r| r.0.bound < cutoff).collect();
            self.heap = kept.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(bound: f64, id: u64) -> Node {
        Node {
            changes: Vec::new(),
            bound,
            basis: None,
            depth: 0,
            id,
            parent: None,
            branching: None,
        }
    }

    #[test]
    fn best_bound_first_then_newest() {
        let mut q = NodeQueue::default();
        q.push(node(3.0, 0));
        q.push(node(1.0, 1));
        q.push(node(1.0, 2));
        q.push(node(2.0, 3));
        assert_eq!(q.best_bound(), Some(1.0));
        let order: Vec<u64> = std::iter::from_fn(|| q.pop()).map(|n| n.id).collect();
        assert_eq!(order, vec![2, 1, 3, 0]);
    }

    #[test]
    fn prune_drops_nodes_at_or_above_the_cutoff() {
        let mut q = NodeQueue::default();
        for (i, b) in [1.0, 2.0, 3.0, 4.0].into_iter().enumerate() {
            q.push(node(b, i as u64));
        }
        q.prune(3.0);
        assert_eq!(q.len(), 2);
        assert_eq!(q.pop().map(|n| n.bound), Some(1.0));
    }
}
