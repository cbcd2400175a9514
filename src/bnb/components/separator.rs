//! [`Separator`]: cutting planes for the LP point, called in the root's cut
//! rounds in priority order (and, where [`Separator::at_nodes`], in one
//! round at nodes below the root); every cut goes through a cut pool.

use std::time::Instant;

use crate::bnb::cuts::Cut;
use crate::model::Problem;
use crate::simplex::{Lp, TableauRow};

/// What a separator sees: the problem, the global bounds, the LP (its
/// current basis, for tableau-based cuts) and the LP point.
pub struct SeparationContext<'s> {
    problem: &'s Problem,
    lower: &'s [f64],
    upper: &'s [f64],
    lp: &'s mut Lp,
    point: &'s [f64],
    fractional: &'s [(u32, f64)],
    deadline: Option<Instant>,
}

impl<'s> SeparationContext<'s> {
    pub(crate) fn new(
        problem: &'s Problem,
        (lower, upper): (&'s [f64], &'s [f64]),
        lp: &'s mut Lp,
        point: &'s [f64],
        fractional: &'s [(u32, f64)],
    ) -> Self {
        SeparationContext {
            problem,
            lower,
            upper,
            lp,
            point,
            fractional,
            deadline: None,
        }
    }

    /// The same context with a deadline for the separators (the end of the
    /// cut rounds' time share, or the search's).
    pub(crate) fn with_deadline(mut self, deadline: Option<Instant>) -> Self {
        self.deadline = deadline;
        self
    }

    /// When the separators should stop looking for cuts, if ever: a
    /// separator with much work per call checks it and returns what it has.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// The problem the search works on (the presolved one: its columns
    /// are those presolve kept, and its optimum is the original's).
    pub fn problem(&self) -> &'s Problem {
        self.problem
    }

    /// Global lower bounds of the columns (cuts valid under them are valid
    /// everywhere).
    pub fn lower(&self) -> &'s [f64] {
        self.lower
    }

    /// Global upper bounds of the columns.
    pub fn upper(&self) -> &'s [f64] {
        self.upper
    }

    /// The LP at its optimum (rows of earlier rounds' cuts included).
    pub fn lp(&self) -> &Lp {
        self.lp
    }

    /// The simplex tableau row of the basic column `j` (see
    /// [`Lp::tableau_row`]).
    pub fn tableau_row(&mut self, j: usize) -> Option<TableauRow> {
        self.lp.tableau_row(j)
    }

    /// The LP point to cut off, one value per column.
    pub fn point(&self) -> &'s [f64] {
        self.point
    }

    /// The integer columns with a fractional value at the point:
    /// `(column, value)`, by column.
    pub fn fractional(&self) -> &'s [(u32, f64)] {
        self.fractional
    }
}

/// A cut family: valid inequalities violated by the LP point.
///
/// A separator may keep state between calls (a conflict graph built on the
/// first call); the search builds a fresh one per run.
pub trait Separator {
    /// The component's name (`cuts.cover`), unique in the search.
    fn name(&self) -> &str;

    /// Cuts violated by `ctx.point()`, valid for every integer point within
    /// the global bounds. The pool filters and selects among them.
    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut>;

    /// Whether the separator also runs at nodes below the root, on the
    /// node's LP point (`cuts.nodes`). Its cuts must then depend on
    /// nothing of the node (not the LP's basis, which reflects the node's
    /// bounds: tableau cuts stay at the root): they stay in the LP for the
    /// rest of the search. [default: false]
    fn at_nodes(&self) -> bool {
        false
    }
}
