//! The postsolve stack: how a point of the reduced problem becomes a point
//! of the original one.
//!
//! Every column presolve removes pushes one [`Step`] that gives its value
//! from columns still alive at that moment. Undone in reverse order, each
//! step finds the columns it reads already restored (the kept ones from
//! the reduced point, the ones removed later by their own, later, steps).

/// How one removed column gets its value back.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Step {
    /// The column was fixed at `value` (a fixed, empty or dominated column,
    /// or one a singleton row pinned).
    Fixed {
        /// The original column.
        col: u32,
        /// Its value.
        value: f64,
    },
    /// `x_col = (rhs − Σ a_k x_k) / coef`: an implied-free column singleton
    /// of the equality `coef·x_col + Σ a_k x_k = rhs`.
    Substituted {
        /// The original column.
        col: u32,
        /// Its coefficient in the equality.
        coef: f64,
        /// The equality's side.
        rhs: f64,
        /// The equality's other entries `(column, a_k)`.
        others: Vec<(u32, f64)>,
    },
    /// `x_col = scale·x_from + shift`: a doubleton equation aggregated.
    Aggregated {
        /// The original column removed.
        col: u32,
        /// The column it is expressed in.
        from: u32,
        /// The factor.
        scale: f64,
        /// The constant.
        shift: f64,
    },
}

/// The steps, and which original column each reduced column is.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Postsolve {
    original_columns: usize,
    /// `kept[i]`: the original column of reduced column `i`.
    kept: Vec<u32>,
    steps: Vec<Step>,
}

impl Postsolve {
    /// An empty stack for a problem with `original_columns` columns.
    pub(crate) fn new(original_columns: usize) -> Self {
        Postsolve {
            original_columns,
            kept: (0..original_columns as u32).collect(),
            steps: Vec::new(),
        }
    }

    /// Records a removal.
    pub(crate) fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// Sets the reduced-to-original column map (once presolve is done).
    pub(crate) fn set_kept(&mut self, kept: Vec<u32>) {
        self.kept = kept;
    }

    /// Number of steps.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.steps.len()
    }

    /// The values of the kept columns of an original point: the reduced
    /// point of a point the search found (whose expansion it is); for
    /// another point, a guide that may violate the reduced rows.
    pub(crate) fn restrict(&self, original: &[f64]) -> Vec<f64> {
        self.kept.iter().map(|&j| original[j as usize]).collect()
    }

    /// The original point of a reduced point (`None` for a point of another
    /// length).
    pub(crate) fn expand(&self, reduced: &[f64]) -> Option<Vec<f64>> {
        if reduced.len() != self.kept.len() {
            return None;
        }
        let mut x = vec![0.0; self.original_columns];
        for (&j, &value) in self.kept.iter().zip(reduced) {
            x[j as usize] = value;
        }
        for step in self.steps.iter().rev() {
            match step {
                Step::Fixed { col, value } => x[*col as usize] = *value,
                Step::Substituted {
                    col,
                    coef,
                    rhs,
                    others,
                } => {
                    let rest: f64 = others.iter().map(|&(k, a)| a * x[k as usize]).sum();
                    x[*col as usize] = (rhs - rest) / coef;
                }
                Step::Aggregated {
                    col,
                    from,
                    scale,
                    shift,
                } => x[*col as usize] = scale * x[*from as usize] + shift,
            }
        }
        Some(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_undo_in_reverse_order_reading_later_removals() {
        // Columns 0..4; kept: 3. Removed first: x0 = (10 − 2·x1 − x3)/1,
        // then x1 = 2·x2 + 1, then x2 fixed at 3.
        let mut post = Postsolve::new(4);
        post.push(Step::Substituted {
            col: 0,
            coef: 1.0,
            rhs: 10.0,
            others: vec![(1, 2.0), (3, 1.0)],
        });
        post.push(Step::Aggregated {
            col: 1,
            from: 2,
            scale: 2.0,
            shift: 1.0,
        });
        post.push(Step::Fixed { col: 2, value: 3.0 });
        post.set_kept(vec![3]);
        let x = post.expand(&[-4.0]).unwrap();
        assert_eq!(x, vec![10.0 - 14.0 + 4.0, 7.0, 3.0, -4.0]);
        assert!(post.expand(&[1.0, 2.0]).is_none());
    }
}
