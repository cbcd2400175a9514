//! [`CutPool`]: the cuts found so far, deduplicated, selected per round by
//! efficacy and parallelism, and aged so the core can drop idle ones.
//!
//! - **Deduplication.** Two cuts with the same left-hand side up to a
//!   positive factor (coefficients compared after scaling the largest
//!   `|coefficient|` to 1 and rounding to 1e-9) are one cut; the tighter
//!   right-hand side is kept, under the first cut's [`CutId`].
//! - **Selection** ([`CutPool::select`]): the cuts with
//!   [`efficacy`](super::Cut::efficacy) (Euclidean distance from the point
//!   to the cut's hyperplane, in the units of `x`; invariant under scaling
//!   of the cut) at least [`SelectParams::min_efficacy`], by decreasing
//!   efficacy (ties: older first), skipping a cut whose cosine
//!   `a·b/(‖a‖‖b‖)` with an already selected one exceeds
//!   [`SelectParams::max_parallelism`], at most
//!   [`SelectParams::max_per_round`]. Selected cuts get age 0.
//! - **Aging** ([`CutPool::update_ages`] once per LP solve, then
//!   [`CutPool::remove_aged`]): a cut binding or violated at the LP point
//!   (distance to its hyperplane at most a tolerance) gets age 0, any other
//!   one age + 1.

use std::collections::{BTreeMap, HashMap};

use super::Cut;

/// A cut's handle in a [`CutPool`], stable while the cut stays in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CutId(pub u64);

/// Per-round selection limits of [`CutPool::select`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SelectParams {
    /// Smallest efficacy (distance from the point to the cut, in the units
    /// of `x`) of a selected cut. [default: 1e-4]
    pub min_efficacy: f64,
    /// Largest cosine between two selected cuts. [default: 0.98] [range: [-1, 1]]
    pub max_parallelism: f64,
    /// Most cuts selected per round. [default: 100]
    pub max_per_round: usize,
}

impl Default for SelectParams {
    fn default() -> Self {
        SelectParams {
            min_efficacy: 1e-4,
            max_parallelism: 0.98,
            max_per_round: 100,
        }
    }
}

/// A pooled cut with its norm and age.
#[derive(Clone, Debug)]
struct Entry {
    cut: Cut,
    norm: f64,
    /// The largest |coefficient|.
    scale: f64,
    age: u32,
    key: Vec<(u32, i64)>,
}

/// The cuts of a branch-and-cut run (see the [module documentation](self)).
#[derive(Clone, Debug, Default)]
pub struct CutPool {
    entries: BTreeMap<CutId, Entry>,
    by_lhs: HashMap<Vec<(u32, i64)>, CutId>,
    next: u64,
}

/// The left-hand side scaled to largest `|coefficient|` 1, rounded to 1e-9,
/// and the scale.
pub(super) fn lhs_key(cut: &Cut) -> (Vec<(u32, i64)>, f64) {
    let scale = cut.coefs.iter().fold(0.0, |m: f64, a| m.max(a.abs()));
    let key = cut
        .vars
        .iter()
        .zip(&cut.coefs)
        .map(|(v, a)| (v.0, (a / scale * 1e9).round() as i64))
        .collect();
    (key, scale)
}

/// The cosine between two cuts' coefficient vectors (columns sorted).
fn cosine(a: &Cut, norm_a: f64, b: &Cut, norm_b: f64) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.vars.len() && j < b.vars.len() {
        match a.vars[i].cmp(&b.vars[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.coefs[i] * b.coefs[j];
                i += 1;
                j += 1;
            }
        }
    }
    dot / (norm_a * norm_b)
}

impl CutPool {
    /// An empty pool.
    pub fn new() -> Self {
        CutPool::default()
    }

    /// The number of cuts.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the pool holds no cut.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds `cut`: its new id; the existing id when an equal left-hand side
    /// is already pooled and `cut` tightens its right-hand side (the pooled
    /// cut takes the tighter one, age 0); `None` when it duplicates a cut at
    /// least as tight, or is not [well formed](Cut::is_well_formed) or empty.
    pub fn add(&mut self, cut: Cut) -> Option<CutId> {
        if !cut.is_well_formed() || cut.vars.is_empty() {
            return None;
        }
        let (key, scale) = lhs_key(&cut);
        if let Some(&id) = self.by_lhs.get(&key) {
            let entry = self.entries.get_mut(&id).expect("indexed cut is pooled");
            let old = entry.cut.rhs / entry.scale;
            let new = cut.rhs / scale;
            if new < old - 1e-12 * old.abs().max(1.0) {
                entry.cut.rhs = new * entry.scale;
                entry.age = 0;
                return Some(id);
            }
            return None;
        }
        let id = CutId(self.next);
        self.next += 1;
        let norm = cut.norm();
        self.by_lhs.insert(key.clone(), id);
        self.entries.insert(
            id,
            Entry {
                cut,
                norm,
                scale,
                age: 0,
                key,
            },
        );
        Some(id)
    }

    /// Adds every cut; returns how many were new or tightened a pooled one.
    pub fn add_all(&mut self, cuts: impl IntoIterator<Item = Cut>) -> usize {
        cuts.into_iter().filter_map(|c| self.add(c)).count()
    }

    /// The cut with id `id`, if pooled.
    pub fn get(&self, id: CutId) -> Option<&Cut> {
        self.entries.get(&id).map(|e| &e.cut)
    }

    /// The age of cut `id` (rounds since it was last selected, binding or
    /// violated), if pooled.
    pub fn age(&self, id: CutId) -> Option<u32> {
        self.entries.get(&id).map(|e| e.age)
    }

    /// The pooled cuts by increasing id.
    pub fn iter(&self) -> impl Iterator<Item = (CutId, &Cut)> + '_ {
        self.entries.iter().map(|(&id, e)| (id, &e.cut))
    }

    /// The cuts to add to the LP at the point `x` (see the
    /// [module documentation](self)), most efficacious first; they get age 0.
    pub fn select(&mut self, x: &[f64], params: &SelectParams) -> Vec<CutId> {
        let mut candidates: Vec<(f64, CutId)> = self
            .entries
            .iter()
            .filter_map(|(&id, e)| {
                let eff = e.cut.violation(x) / e.norm;
                (eff >= params.min_efficacy).then_some((eff, id))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut selected: Vec<CutId> = Vec::new();
        for (_, id) in candidates {
            if selected.len() >= params.max_per_round {
                break;
            }
            let e = &self.entries[&id];
            let parallel = selected.iter().any(|s| {
                let o = &self.entries[s];
                cosine(&e.cut, e.norm, &o.cut, o.norm) > params.max_parallelism
            });
            if !parallel {
                selected.push(id);
            }
        }
        for id in &selected {
            self.entries
                .get_mut(id)
                .expect("selected from the pool")
                .age = 0;
        }
        selected
    }

    /// One round of aging at the LP point `x`: cuts within distance
    /// `tolerance` of their hyperplane or violated get age 0, the others
    /// age + 1.
    pub fn update_ages(&mut self, x: &[f64], tolerance: f64) {
        for e in self.entries.values_mut() {
            let distance = -e.cut.violation(x) / e.norm;
            if distance <= tolerance {
                e.age = 0;
            } else {
                e.age = e.age.saturating_add(1);
            }
        }
    }

    /// Removes the cuts older than `max_age`; returns their ids (increasing).
    pub fn remove_aged(&mut self, max_age: u32) -> Vec<CutId> {
        let old: Vec<CutId> = self
            .entries
            .iter()
            .filter(|(_, e)| e.age > max_age)
            .map(|(&id, _)| id)
            .collect();
        for id in &old {
            let e = self.entries.remove(id).expect("listed above");
            self.by_lhs.remove(&e.key);
        }
        old
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bnb::cuts::CutFamily;
    use crate::model::VarId;

    fn cut(terms: &[(u32, f64)], rhs: f64) -> Cut {
        Cut::from_terms(
            terms.iter().map(|&(v, a)| (VarId(v), a)).collect(),
            rhs,
            CutFamily::Cover,
        )
    }

    #[test]
    fn identical_and_scaled_cuts_are_pooled_once_and_tighter_ones_win() {
        let mut pool = CutPool::new();
        let a = pool.add(cut(&[(0, 1.0), (1, 1.0)], 1.0)).unwrap();
        assert_eq!(pool.add(cut(&[(0, 1.0), (1, 1.0)], 1.0)), None);
        assert_eq!(pool.add(cut(&[(0, 2.0), (1, 2.0)], 2.0)), None);
        assert_eq!(pool.add(cut(&[(0, 3.0), (1, 3.0)], 4.0)), None, "looser");
        assert_eq!(pool.len(), 1);
        assert_eq!(
            pool.add(cut(&[(0, 2.0), (1, 2.0)], 1.0)),
            Some(a),
            "tighter"
        );
        assert_eq!(pool.len(), 1);
        assert_eq!(pool.get(a).unwrap().rhs, 0.5);
        // Same left-hand side with the opposite sign is another cut.
        assert!(pool.add(cut(&[(0, -1.0), (1, -1.0)], 1.0)).is_some());
        assert_eq!(pool.len(), 2);
        assert_eq!(pool.add(cut(&[], 1.0)), None);
    }

    #[test]
    fn selection_is_by_efficacy_and_skips_parallel_and_weak_cuts() {
        let mut pool = CutPool::new();
        let x = [1.0, 1.0, 1.0, 1.0];
        // efficacies: a = 1/√2 ≈ 0.71, b = 0.5, c (nearly parallel to a) ≈ 0.70, d = 1e-5
        let a = pool.add(cut(&[(0, 1.0), (1, 1.0)], 1.0)).unwrap();
        let b = pool.add(cut(&[(2, 1.0)], 0.5)).unwrap();
        let c = pool.add(cut(&[(0, 1.0), (1, 1.01)], 1.02)).unwrap();
        let d = pool.add(cut(&[(3, 1.0)], 1.0 - 1e-5)).unwrap();
        let chosen = pool.select(&x, &SelectParams::default());
        assert_eq!(chosen, vec![a, b], "c is parallel to a, d too weak");
        let loose = SelectParams {
            max_parallelism: 1.0,
            min_efficacy: 0.0,
            ..SelectParams::default()
        };
        assert_eq!(pool.select(&x, &loose), vec![a, c, b, d]);
        let one = SelectParams {
            max_per_round: 1,
            ..SelectParams::default()
        };
        assert_eq!(pool.select(&x, &one), vec![a]);
    }

    #[test]
    fn idle_cuts_age_and_are_removed() {
        let mut pool = CutPool::new();
        let binding = pool.add(cut(&[(0, 1.0)], 1.0)).unwrap();
        let idle = pool.add(cut(&[(1, 1.0)], 5.0)).unwrap();
        let x = [1.0, 0.0];
        for _ in 0..3 {
            pool.update_ages(&x, 1e-6);
        }
        assert_eq!(pool.age(binding), Some(0));
        assert_eq!(pool.age(idle), Some(3));
        assert!(pool.remove_aged(3).is_empty());
        pool.update_ages(&x, 1e-6);
        assert_eq!(pool.remove_aged(3), vec![idle]);
        assert_eq!(pool.len(), 1);
        assert!(pool.get(idle).is_none());
        // a removed cut can come back under a new id
        let again = pool.add(cut(&[(1, 1.0)], 5.0)).unwrap();
        assert_ne!(again, idle);
        // selection resets the age
        pool.update_ages(&x, 1e-6);
        assert_eq!(pool.age(again), Some(1));
        pool.select(&[0.0, 6.0], &SelectParams::default());
        assert_eq!(pool.age(again), Some(0));
    }
}
