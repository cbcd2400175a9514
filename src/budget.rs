//! [`Budget`]: the one wall-clock budget every stage of a solve works
//! under, from the command line down to the simplex.
//!
//! A budget is a start and an optional deadline. Stages never recompute the
//! time left by hand: they ask [`Budget::remaining`] or
//! [`Budget::expired`], hand a [`Budget::share`] to a sub-stage, or cap a
//! sub-search with [`Budget::capped`]. A budget is `Copy`, so passing it
//! down costs nothing and cannot be mutated from below.
//!
//! An [`Interrupt`] ends a run before its deadline from another thread:
//! the learned path raises it when its proposals prove the optimum the
//! branch-and-cut beside them is still searching for, and a library user
//! can cancel a solve with it.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The fraction of a time limit a preparatory stage (symmetry detection,
/// a repair attempt) may spend, and the cap on it: a tenth of the limit, at
/// most 10 s.
const STAGE_FRACTION: f64 = 0.1;
const STAGE_CAP: Duration = Duration::from_secs(10);

/// A wall-clock budget: when it started and when it ends (`None`: never).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    start: Instant,
    deadline: Option<Instant>,
}

impl Budget {
    /// A budget starting now that lasts `limit` (`None`: no limit).
    pub fn new(limit: Option<Duration>) -> Self {
        Budget::starting_at(Instant::now(), limit)
    }

    /// A budget that started at `start` and lasts `limit` from then.
    pub fn starting_at(start: Instant, limit: Option<Duration>) -> Self {
        Budget {
            start,
            deadline: limit.map(|l| start + l),
        }
    }

    /// A budget starting now without a deadline.
    pub fn unlimited() -> Self {
        Budget::new(None)
    }

    /// When the budget started.
    pub fn start(&self) -> Instant {
        self.start
    }

    /// When it ends, if ever.
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// The whole limit it was given (`None`: unlimited).
    pub fn limit(&self) -> Option<Duration> {
        self.deadline
            .map(|d| d.saturating_duration_since(self.start))
    }

    /// Time since the start.
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Seconds since the start.
    pub fn elapsed_s(&self) -> f64 {
        self.elapsed().as_secs_f64()
    }

    /// Time left (`None`: unlimited; zero once expired).
    pub fn remaining(&self) -> Option<Duration> {
        self.deadline
            .map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// Whether the deadline has passed.
    pub fn expired(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    /// The earlier of `other` and this budget's deadline (`None` when
    /// neither is set): a stage's own time cap that never outlives the run.
    pub fn earliest(&self, other: Option<Instant>) -> Option<Instant> {
        match (other, self.deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The same start with a deadline no later than `limit` from now: a
    /// sub-stage's budget that never outlives its parent's.
    pub fn capped(&self, limit: Duration) -> Budget {
        let cap = Instant::now() + limit;
        Budget {
            start: self.start,
            deadline: Some(self.deadline.map_or(cap, |d| d.min(cap))),
        }
    }

    /// The same deadline on a clock started now: a sub-stage that counts its
    /// own time but ends with this budget.
    pub fn from_now(&self) -> Budget {
        Budget {
            start: Instant::now(),
            deadline: self.deadline,
        }
    }

    /// A budget starting now for `fraction` of the time left, capped by
    /// `cap`; without a deadline, `cap` alone (a fraction of nothing is
    /// unknown).
    pub fn share(&self, fraction: f64, cap: Duration) -> Budget {
        let now = Instant::now();
        let span = self
            .remaining()
            .map_or(cap, |r| r.mul_f64(fraction.clamp(0.0, 1.0)).min(cap));
        Budget {
            start: now,
            deadline: Some(now + span),
        }
    }

    /// The budget of a preparatory stage (symmetry detection, one repair
    /// attempt): a tenth of the whole limit, at most 10 s, and never past
    /// this budget's deadline. Without a limit, 10 s.
    pub fn stage(&self) -> Budget {
        let span = self.limit().map_or(STAGE_CAP, Budget::stage_span);
        let now = Instant::now();
        let end = now + span;
        Budget {
            start: now,
            deadline: Some(self.deadline.map_or(end, |d| d.min(end))),
        }
    }

    /// The stage span for a whole limit (see [`Budget::stage`]).
    pub fn stage_span(limit: Duration) -> Duration {
        limit.mul_f64(STAGE_FRACTION).min(STAGE_CAP)
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::unlimited()
    }
}

/// A flag shared between threads that ends a run early: the run looks at
/// it where it looks at its deadline (between nodes, cut rounds and
/// heuristics) and stops as if the deadline had passed. Clones share the
/// flag.
#[derive(Clone, Default)]
pub struct Interrupt(Arc<AtomicBool>);

impl Interrupt {
    /// A flag not raised yet.
    pub fn new() -> Self {
        Interrupt::default()
    }

    /// Raises the flag: every run holding a clone stops soon.
    pub fn raise(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether the flag was raised.
    pub fn is_raised(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Whether `interrupt` is given and raised.
    pub fn raised(interrupt: Option<&Interrupt>) -> bool {
        interrupt.is_some_and(Interrupt::is_raised)
    }
}

impl fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Interrupt({})", self.is_raised())
    }
}

/// Two interrupts are equal when they share the flag.
impl PartialEq for Interrupt {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupt_raised_on_one_clone_is_seen_by_all() {
        let a = Interrupt::new();
        let b = a.clone();
        assert!(!Interrupt::raised(Some(&b)) && !Interrupt::raised(None));
        assert_eq!(a, b);
        assert_ne!(a, Interrupt::new());
        a.raise();
        assert!(b.is_raised() && Interrupt::raised(Some(&b)));
    }

    #[test]
    fn unlimited_budget_never_expires_and_has_no_remaining_time() {
        let b = Budget::unlimited();
        assert!(!b.expired());
        assert_eq!(b.remaining(), None);
        assert_eq!(b.limit(), None);
    }

    #[test]
    fn zero_budget_is_expired_at_once() {
        let b = Budget::new(Some(Duration::ZERO));
        assert!(b.expired());
        assert_eq!(b.remaining(), Some(Duration::ZERO));
    }

    #[test]
    fn capped_budget_never_outlives_its_parent() {
        let parent = Budget::new(Some(Duration::from_millis(50)));
        let child = parent.capped(Duration::from_secs(3600));
        assert!(child.deadline().unwrap() <= parent.deadline().unwrap());
        let unlimited = Budget::unlimited().capped(Duration::from_secs(1));
        assert!(unlimited.remaining().unwrap() <= Duration::from_secs(1));
    }

    #[test]
    fn stage_is_a_tenth_of_the_limit_at_most_ten_seconds() {
        assert_eq!(
            Budget::stage_span(Duration::from_secs(30)),
            Duration::from_secs(3)
        );
        assert_eq!(
            Budget::stage_span(Duration::from_secs(600)),
            Duration::from_secs(10)
        );
        let b = Budget::new(Some(Duration::from_secs(30))).stage();
        let r = b.remaining().unwrap();
        assert!(r <= Duration::from_secs(3) && r > Duration::from_secs(2));
    }

    #[test]
    fn share_takes_a_fraction_of_what_is_left_capped() {
        let b = Budget::new(Some(Duration::from_secs(100)));
        let s = b.share(0.5, Duration::from_secs(10));
        assert!(s.remaining().unwrap() <= Duration::from_secs(10));
        let s = b.share(0.01, Duration::from_secs(10));
        assert!(s.remaining().unwrap() <= Duration::from_secs(1));
        let u = Budget::unlimited().share(0.5, Duration::from_secs(2));
        assert!(u.remaining().unwrap() <= Duration::from_secs(2));
    }
}
