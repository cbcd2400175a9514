//! The tree: the open nodes (best bound first), node numbering, the bound
//! of the node being processed, and the branching history (pseudo-costs).

use super::node::{Node, NodeQueue};
use super::pseudocost::PseudoCosts;

/// The open nodes and the branching history.
pub(crate) struct Tree {
    queue: NodeQueue,
    next_id: u64,
    /// The bound of the node being processed (for the global bound).
    current_bound: Option<f64>,
    pseudo: PseudoCosts,
}

impl Tree {
    /// An empty tree over `num_vars` columns.
    pub(crate) fn new(num_vars: usize) -> Self {
        Tree {
            queue: NodeQueue::default(),
            next_id: 1,
            current_bound: None,
            pseudo: PseudoCosts::new(num_vars),
        }
    }

    /// Opens a node.
    pub(crate) fn push(&mut self, node: Node) {
        self.queue.push(node);
    }

    /// The open node to process next.
    pub(crate) fn pop(&mut self) -> Option<Node> {
        self.queue.pop()
    }

    /// Open nodes.
    pub(crate) fn len(&self) -> usize {
        self.queue.len()
    }

    /// Drops the open nodes whose bound exceeds `threshold`.
    pub(crate) fn prune(&mut self, threshold: f64) {
        self.queue.prune(threshold);
    }

    /// The id for a new node.
    pub(crate) fn next_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Sets the bound of the node being processed (`None`: none).
    pub(crate) fn set_current_bound(&mut self, bound: Option<f64>) {
        self.current_bound = bound;
    }

    /// The branching history.
    pub(crate) fn pseudo(&mut self) -> &mut PseudoCosts {
        &mut self.pseudo
    }

    /// The smallest bound of an open or current node (minimization form),
    /// never above `incumbent`; `None` when the tree is empty.
    pub(crate) fn global_bound(&self, incumbent: Option<f64>) -> Option<f64> {
        let open = match (self.queue.best_bound(), self.current_bound) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (incumbent, open) {
            (Some(z), Some(b)) => Some(b.min(z)),
            (Some(z), None) => Some(z),
            (None, b) => b,
        }
    }

    /// Dive into the child while no incumbent is known, or while its bound
    /// stays in the better half between the best open bound and the cutoff
    /// `threshold`.
    pub(crate) fn keep_plunging(&self, child: &Node, threshold: f64) -> bool {
        let Some(best) = self.queue.best_bound() else {
            return true;
        };
        if !threshold.is_finite() {
            return true;
        }
        child.bound <= best + 0.5 * (threshold - best).max(0.0)
    }
}
