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

/// What became of one column of the presolved problem's input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Fate {
    /// Kept: the reduced column of this index.
    Kept(usize),
    /// Fixed at this value.
    Fixed(f64),
    /// Substituted out or aggregated into another column.
    Expressed,
}

impl Postsolve {
    /// Per original column, what became of it.
    pub(crate) fn fates(&self) -> Vec<Fate> {
        let mut fate = vec![Fate::Expressed; self.original_columns];
        for (i, &j) in self.kept.iter().enumerate() {
            fate[j as usize] = Fate::Kept(i);
        }
        for step in &self.steps {
            if let Step::Fixed { col, value } = step {
                fate[*col as usize] = Fate::Fixed(*value);
            }
        }
        fate
    }

    /// `self` after `inner`: `inner` maps the points of a problem presolved
    /// again (a root restart) to points of `self`'s reduced problem; the
    /// result maps them on to `self`'s original. The inner steps, renamed
    /// into original columns, come after `self`'s, so they are undone
    /// first.
    pub(crate) fn then(&self, inner: &Postsolve) -> Postsolve {
        let rename = |j: u32| self.kept[j as usize];
        let inner_steps = inner.steps.iter().map(|step| match step {
            Step::Fixed { col, value } => Step::Fixed {
                col: rename(*col),
                value: *value,
            },
            Step::Substituted {
                col,
                coef,
                rhs,
                others,
            } => Step::Substituted {
                col: rename(*col),
                coef: *coef,
                rhs: *rhs,
                others: others.iter().map(|&(k, a)| (rename(k), a)).collect(),
            },
            Step::Aggregated {
                col,
                from,
                scale,
                shift,
            } => Step::Aggregated {
                col: rename(*col),
                from: rename(*from),
                scale: *scale,
                shift: *shift,
            },
        });
        Postsolve {
            original_columns: self.original_columns,
            kept: inner.kept.iter().map(|&j| rename(j)).collect(),
            steps: self.steps.iter().cloned().chain(inner_steps).collect(),
        }
    }

    /// The row `Σ a_j x_j <= rhs` over original columns written over the
    /// reduced ones: every removed column replaced by what its step makes
    /// of it (fixed columns move into the side, substituted and aggregated
    /// ones become their affine expressions), in the order the steps were
    /// taken, so each step only introduces columns removed later or kept.
    /// Every reduced point satisfies the result exactly when its expansion
    /// satisfies the row. `None` when nothing is left of the row's columns.
    pub(crate) fn map_row(
        &self,
        entries: &[(usize, f64)],
        rhs: f64,
    ) -> Option<(Vec<(usize, f64)>, f64)> {
        let mut row: std::collections::HashMap<u32, f64> = std::collections::HashMap::new();
        for &(j, a) in entries {
            *row.entry(j as u32).or_insert(0.0) += a;
        }
        let mut rhs = rhs;
        for step in &self.steps {
            let col = match step {
                Step::Fixed { col, .. }
                | Step::Substituted { col, .. }
                | Step::Aggregated { col, .. } => *col,
            };
            let Some(a) = row.remove(&col) else {
                continue;
            };
            match step {
                Step::Fixed { value, .. } => rhs -= a * value,
                Step::Substituted {
                    coef,
                    rhs: r,
                    others,
                    ..
                } => {
                    rhs -= a * r / coef;
                    for &(k, ak) in others {
                        *row.entry(k).or_insert(0.0) -= a * ak / coef;
                    }
                }
                Step::Aggregated {
                    from, scale, shift, ..
                } => {
                    rhs -= a * shift;
                    *row.entry(*from).or_insert(0.0) += a * scale;
                }
            }
        }
        let mut reduced_index = vec![usize::MAX; self.original_columns];
        for (i, &j) in self.kept.iter().enumerate() {
            reduced_index[j as usize] = i;
        }
        let mut out: Vec<(usize, f64)> = row
            .into_iter()
            .filter(|&(_, a)| a.abs() > 1e-12)
            .map(|(j, a)| (reduced_index[j as usize], a))
            .collect();
        if out.is_empty() || out.iter().any(|&(i, _)| i == usize::MAX) {
            return None;
        }
        out.sort_unstable_by_key(|&(i, _)| i);
        Some((out, rhs))
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

    /// A first presolve of 5 columns keeping 1, 2, 4 (x0 = 2·x1 + 1, x3
    /// fixed at 4), then a second one of those 3 keeping its column 2
    /// (original 4) with its column 0 fixed at 1 and its column 1
    /// substituted from `x1' + x2' = 3`.
    fn two_stages() -> (Postsolve, Postsolve) {
        let mut outer = Postsolve::new(5);
        outer.push(Step::Aggregated {
            col: 0,
            from: 1,
            scale: 2.0,
            shift: 1.0,
        });
        outer.push(Step::Fixed { col: 3, value: 4.0 });
        outer.set_kept(vec![1, 2, 4]);
        let mut inner = Postsolve::new(3);
        inner.push(Step::Fixed { col: 0, value: 1.0 });
        inner.push(Step::Substituted {
            col: 1,
            coef: 1.0,
            rhs: 3.0,
            others: vec![(2, 1.0)],
        });
        inner.set_kept(vec![2]);
        (outer, inner)
    }

    #[test]
    fn composed_stacks_expand_as_the_two_in_turn() {
        let (outer, inner) = two_stages();
        let composed = outer.then(&inner);
        for v in [-2.0, 0.0, 1.5, 7.0] {
            let middle = inner.expand(&[v]).unwrap();
            let direct = outer.expand(&middle).unwrap();
            assert_eq!(composed.expand(&[v]).unwrap(), direct);
        }
        assert_eq!(composed.restrict(&[9.0, 8.0, 7.0, 6.0, 5.0]), vec![5.0]);
    }

    #[test]
    fn mapped_rows_hold_exactly_where_the_expanded_point_holds() {
        let (_, inner) = two_stages();
        // 3·x0 − 2·x1 + x2 <= 4 over the inner stage's input columns.
        let (entries, rhs) = inner
            .map_row(&[(0, 3.0), (1, -2.0), (2, 1.0)], 4.0)
            .unwrap();
        for v in [-3.0, -1.0, 0.0, 0.5, 1.0, 2.0, 5.0] {
            let x = inner.expand(&[v]).unwrap();
            let original = 3.0 * x[0] - 2.0 * x[1] + x[2];
            let mapped: f64 = entries.iter().map(|&(i, a)| a * [v][i]).sum();
            assert!((original - 4.0 - (mapped - rhs)).abs() < 1e-12);
        }
        // Only fixed columns: nothing left.
        assert!(inner.map_row(&[(0, 1.0)], 2.0).is_none());
        assert_eq!(
            inner.fates(),
            vec![Fate::Fixed(1.0), Fate::Expressed, Fate::Kept(0)]
        );
    }
}
