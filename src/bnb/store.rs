//! The solution store: the incumbent (verified against the problem as
//! given), the pruning threshold it implies, and the incumbent feed polled
//! during the search.
//!
//! The search works on the presolved problem; the store holds points of
//! the original one. A point of the search is mapped back by postsolve
//! ([`SolutionStore::offer`]); a warm start or a fed point is one of the
//! original already ([`SolutionStore::offer_original`]). Values are in the
//! search's minimization form (the presolved problem's offset), which
//! postsolve keeps: a reduced point and its original image have the same
//! objective.

use std::time::{Duration, Instant};

use super::presolve::Postsolve;
use super::settings::{BnbSettings, IncumbentFeed};
use crate::model::Problem;
use crate::model::objective::objective_step;
use crate::verify::{Tolerances, verify};

/// How often the incumbent feed is polled at most.
const FEED_INTERVAL: Duration = Duration::from_millis(50);

/// The incumbent and what follows from it.
pub(crate) struct SolutionStore<'a> {
    /// The problem as given: every point is verified on it.
    original: &'a Problem,
    /// Maps the search's points to the original's (`None`: the same
    /// columns).
    postsolve: Option<&'a Postsolve>,
    /// +1 when minimizing, −1 when maximizing: the search minimizes
    /// `sign·c·x`.
    sign: f64,
    offset: f64,
    /// The objective's lattice step (see [`objective_step`]): bounds are
    /// rounded up onto it and the cutoff is one step below the incumbent.
    step: Option<f64>,
    relative_gap: f64,
    /// The best point and its value (minimization form, no offset).
    incumbent: Option<(Vec<f64>, f64)>,
    /// The best point in the search problem's columns (with presolve; the
    /// heuristics work on it).
    reduced_incumbent: Option<Vec<f64>>,
    /// A node whose LP value (minimization form) exceeds this is pruned.
    threshold: f64,
    feed: Option<IncumbentFeed>,
    /// When the incumbent feed was last polled (`None`: never; the first
    /// poll is at once).
    fed_at: Option<Instant>,
    /// Incumbents found so far.
    improvements: u64,
    /// The guide in the search problem's columns: the settings' (see
    /// `BnbSettings::guide`) from the start, or else the feed's prediction
    /// once it has arrived (`None` when neither has the original's length).
    guide: Option<Vec<f64>>,
}

impl<'a> SolutionStore<'a> {
    /// An empty store for the search on `work` (the presolved copy of
    /// `original`, whose points `postsolve` maps back).
    pub(crate) fn new(
        original: &'a Problem,
        work: &Problem,
        postsolve: Option<&'a Postsolve>,
        settings: &BnbSettings,
    ) -> Self {
        SolutionStore {
            original,
            postsolve,
            sign: work.sense().sign(),
            offset: work.objective_offset(),
            step: objective_step(work),
            relative_gap: settings.relative_gap,
            incumbent: None,
            reduced_incumbent: None,
            threshold: f64::INFINITY,
            feed: settings.incumbent_feed.clone(),
            fed_at: None,
            improvements: 0,
            guide: settings
                .guide
                .as_deref()
                .and_then(|g| in_search_columns(g, original, postsolve)),
        }
    }

    /// The incumbent and its value (minimization form, no offset).
    pub(crate) fn incumbent(&self) -> Option<&(Vec<f64>, f64)> {
        self.incumbent.as_ref()
    }

    /// The incumbent in the columns of the problem the search works on.
    pub(crate) fn search_incumbent(&self) -> Option<&[f64]> {
        match self.postsolve {
            Some(_) => self.reduced_incumbent.as_deref(),
            None => self.incumbent.as_ref().map(|(x, _)| x.as_slice()),
        }
    }

    /// The incumbent's value in minimization form.
    pub(crate) fn incumbent_value(&self) -> Option<f64> {
        self.incumbent.as_ref().map(|(_, z)| *z)
    }

    /// The pruning threshold (infinite without an incumbent).
    pub(crate) fn threshold(&self) -> f64 {
        self.threshold
    }

    /// The LP's objective cutoff: the threshold once there is an incumbent.
    pub(crate) fn cutoff(&self) -> Option<f64> {
        self.threshold.is_finite().then_some(self.threshold)
    }

    /// A value of the minimization form in the problem's sense, offset
    /// included.
    pub(crate) fn to_problem(&self, z: f64) -> f64 {
        self.sign * z + self.offset
    }

    /// The incumbent's objective in the problem's sense, offset included.
    pub(crate) fn reported_incumbent(&self) -> Option<f64> {
        self.incumbent_value().map(|z| self.to_problem(z))
    }

    /// A lower bound moved onto the objective's lattice when it has one.
    pub(crate) fn round_bound(&self, z: f64) -> f64 {
        match self.step {
            Some(g) => ((z - 1e-6 * z.abs().max(1.0)) / g).ceil() * g,
            None => z,
        }
    }

    /// The absolute gap at which `z` counts as proven: the relative gap of
    /// the settings (at least 1e-9) times `max(|z|, 1)`, the denominator of
    /// [`crate::status::relative_gap`].
    pub(crate) fn gap_tolerance(&self, z: f64) -> f64 {
        self.relative_gap.max(1e-9) * z.abs().max(1.0)
    }

    /// The original point of a point of the search.
    fn to_original(&self, x: Vec<f64>) -> Option<Vec<f64>> {
        match self.postsolve {
            Some(post) => post.expand(&x),
            None => Some(x),
        }
    }

    /// Offers a point of the search: mapped back to the original problem,
    /// then as [`offer_original`](Self::offer_original).
    pub(crate) fn offer(&mut self, x: Vec<f64>) -> bool {
        self.to_original(x)
            .is_some_and(|original| self.offer_original(original))
    }

    /// Offers a point of the original problem: integers rounded, verified
    /// against the problem; kept when it improves the incumbent (the
    /// threshold follows). Returns whether it was kept.
    pub(crate) fn offer_original(&mut self, mut x: Vec<f64>) -> bool {
        let p = self.original;
        if x.len() != p.num_vars() {
            return false;
        }
        for v in p.vars() {
            if p.var_kind(v).is_integral() {
                x[v.index()] = x[v.index()].round();
            }
        }
        let report = verify(p, &x, &Tolerances::default());
        if !report.feasible {
            return false;
        }
        // Minimization form without the offset, from the verifier's
        // recomputed objective.
        let z = self.sign * (report.objective - self.offset);
        if self
            .incumbent_value()
            .is_some_and(|best| z >= best - 1e-9 * best.abs().max(1.0))
        {
            return false;
        }
        // A point of the original need not lie on the search problem's
        // lattice: the next better lattice value is below `ceil(z/g)`.
        self.threshold = match self.step {
            Some(g) => ((z / g - 1e-6).ceil() - 1.0 + 1e-6) * g,
            None => z - self.gap_tolerance(z),
        };
        if let Some(feed) = &self.feed {
            feed.found(&x);
        }
        self.reduced_incumbent = self.postsolve.map(|post| post.restrict(&x));
        self.incumbent = Some((x, z));
        self.improvements += 1;
        true
    }

    /// Incumbents found so far (a heuristic that runs after a new
    /// incumbent compares it with the count at its last call).
    pub(crate) fn improvements(&self) -> u64 {
        self.improvements
    }

    /// Keeps `x` as the point of an unbounded relaxation when it is
    /// feasible (no objective value).
    pub(crate) fn keep_unbounded_point(&mut self, x: Vec<f64>) {
        let Some(x) = self.to_original(x) else {
            return;
        };
        if verify(self.original, &x, &Tolerances::default()).feasible {
            self.incumbent = Some((x, f64::NEG_INFINITY));
        }
    }

    /// A point from the incumbent feed, at most every 50 ms.
    pub(crate) fn poll_feed(&mut self) -> Option<Vec<f64>> {
        let feed = self.feed.as_ref()?;
        if self.fed_at.is_some_and(|t| t.elapsed() < FEED_INTERVAL) {
            return None;
        }
        self.fed_at = Some(Instant::now());
        if self.guide.is_none()
            && let Some(g) = feed.guide()
        {
            self.guide = in_search_columns(g, self.original, self.postsolve);
        }
        feed.poll(self.reported_incumbent())
    }

    /// The guide in the search problem's columns (one value per column):
    /// the settings' reference point, or the feed's prediction (in
    /// `[0, 1]`) once it has arrived.
    pub(crate) fn guide(&self) -> Option<&[f64]> {
        self.guide.as_deref()
    }

    /// The incumbent's point.
    pub(crate) fn into_solution(self) -> Option<Vec<f64>> {
        self.incumbent.map(|(x, _)| x)
    }
}

/// A guide over the columns of `original` (the problem the search was
/// given) in the columns of the problem the search works on; `None` for
/// one of another length.
fn in_search_columns(
    guide: &[f64],
    original: &Problem,
    postsolve: Option<&Postsolve>,
) -> Option<Vec<f64>> {
    if guide.len() != original.num_vars() {
        return None;
    }
    Some(match postsolve {
        Some(post) => post.restrict(guide),
        None => guide.to_vec(),
    })
}
