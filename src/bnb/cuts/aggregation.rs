//! Multi-row aggregation for c-MIR cuts (path aggregation, after
//! Marchand & Wolsey's aggregation heuristic): rows are combined so that
//! continuous columns strictly inside their bounds cancel, and each
//! combination is handed to [`cmir_of_base_row`].
//!
//! On a fixed-charge network (flow conservation equalities over
//! continuous arc flows, `x_ij <= u_ij·y_ij`) a single conservation row
//! only sees the arcs of one node; summing the rows of a set of nodes
//! cancels the flows between them and leaves the flows across the cut of
//! the node set, whose c-MIR (with the variable upper bounds substituted)
//! is a flow-cover-like cut-set inequality. Single rows leave most of the
//! gap of MIPLIB `fixnet6` open; aggregated ones close much of it.
//!
//! The scheme, for every *usable* start row (an equality, or an inequality
//! tight at the point, whose slack then sits at its bound 0) and both of
//! its signs:
//!
//! 1. the aggregated row is the equation `Σ c·x + Σ w·s = β`, the slacks
//!    `s >= 0` of the inequalities in it kept as continuous columns
//!    ([`RowSlack`]);
//! 2. among its continuous columns with a positive *bound distance*
//!    (`min(x − l, u − x)` over the simple bounds at the point), the one
//!    with the largest is cancelled by adding a multiple of another usable
//!    row containing it (not yet in the path, not a variable-bound row,
//!    which c-MIR substitutes anyway);
//! 3. c-MIR is tried on the new row and on its negation; a violated cut
//!    ends the path, and so do [`MAX_AGGREGATIONS`] additions or a row
//!    longer than [`MAX_AGGREGATED_LENGTH`].
//!
//! The rows that may cancel a column follow one orientation, as in HiGHS's
//! path separator: an inequality enters with the weight that gives its
//! slack a negative coefficient, so the negated row uses every inequality
//! in its own direction and the two signs of a start row take different
//! paths. Single rows are left to [`cmir_cuts`](super::cmir_cuts).

use std::collections::HashSet;
use std::time::Instant;

use super::mir::{BaseRow, RowSlack, VariableBounds, cmir_of_base_row};
use super::pool::lhs_key;
use super::{Cut, CutFamily};
use crate::model::{ConsId, Problem, VarId};

/// Rows added to a start row at most.
pub const MAX_AGGREGATIONS: usize = 5;

/// Aggregated rows with more nonzeros than this are not extended further
/// (and rows longer than this never take part).
pub const MAX_AGGREGATED_LENGTH: usize = 500;

/// A row side within this (relative to `max(1, |side|)`) of the point's
/// activity is tight; a bound distance below it counts as zero.
const TIGHT: f64 = 1e-6;

/// Aggregation weights outside `[MIN_WEIGHT, 1/MIN_WEIGHT]` are refused.
const MIN_WEIGHT: f64 = 1e-6;

/// Columns longer than this are not scanned for a row to cancel them.
const MAX_COLUMN_LENGTH: usize = 1000;

/// Limits of one separation call.
#[derive(Clone, Copy, Debug)]
pub struct AggregationLimits {
    /// Cuts returned at most (the most efficacious).
    pub max_cuts: usize,
    /// Stop starting new paths after this instant.
    pub deadline: Option<Instant>,
    /// Stop after touching this many matrix entries (rows added, cuts
    /// mapped back): a deterministic cap on the work of one call.
    pub max_work: usize,
}

impl AggregationLimits {
    /// `max_cuts` 150, no deadline, and a work cap of 50 times the
    /// problem's nonzeros plus 10⁶.
    pub fn for_problem(problem: &Problem) -> Self {
        AggregationLimits {
            max_cuts: 150,
            deadline: None,
            max_work: 50 * problem.num_nonzeros() + 1_000_000,
        }
    }
}

/// How a row may enter an aggregation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Usable {
    /// An equality: any weight, no slack.
    Equality,
    /// `a·x <= upper`, tight: `a·x + s = upper`.
    Upper,
    /// `a·x >= lower`, tight: `a·x − s = lower`.
    Lower,
}

/// The aggregated equation `Σ coef·x + Σ w·s = rhs`, dense over the
/// columns with the touched ones listed.
struct Aggregate {
    coef: Vec<f64>,
    touched: Vec<VarId>,
    in_row: Vec<bool>,
    slacks: Vec<(RowSlack, f64)>,
    rhs: f64,
    path: Vec<ConsId>,
}

impl Aggregate {
    /// An empty aggregate over `n` columns.
    fn new(n: usize) -> Self {
        Aggregate {
            coef: vec![0.0; n],
            touched: Vec::new(),
            in_row: vec![false; n],
            slacks: Vec::new(),
            rhs: 0.0,
            path: Vec::new(),
        }
    }

    /// Back to empty, in time proportional to the touched columns.
    fn clear(&mut self) {
        for v in self.touched.drain(..) {
            self.coef[v.index()] = 0.0;
            self.in_row[v.index()] = false;
        }
        self.slacks.clear();
        self.rhs = 0.0;
        self.path.clear();
    }

    /// Adds `weight` times row `r`'s equation (its slack included).
    fn add_row(&mut self, problem: &Problem, r: ConsId, usable: Usable, weight: f64) {
        for (v, a) in problem.row(r) {
            if !self.in_row[v.index()] {
                self.in_row[v.index()] = true;
                self.touched.push(v);
            }
            self.coef[v.index()] += weight * a;
        }
        match usable {
            Usable::Equality => self.rhs += weight * problem.row_lower(r),
            // w·(a·x + s) = w·upper, s = upper − a·x
            Usable::Upper => {
                let upper = problem.row_upper(r);
                self.rhs += weight * upper;
                let slack = RowSlack {
                    row: r,
                    sign: 1.0,
                    side: upper,
                };
                self.slacks.push((slack, weight));
            }
            // w·(a·x − s) = w·lower, s = a·x − lower
            Usable::Lower => {
                let lower = problem.row_lower(r);
                self.rhs += weight * lower;
                let slack = RowSlack {
                    row: r,
                    sign: -1.0,
                    side: -lower,
                };
                self.slacks.push((slack, -weight));
            }
        }
        self.path.push(r);
    }

    /// The nonzero coefficients, in `sign` times the equation as `<=`.
    fn base_row(&self, sign: f64) -> BaseRow {
        BaseRow {
            terms: self
                .touched
                .iter()
                .filter(|v| self.coef[v.index()] != 0.0)
                .map(|&v| (v, sign * self.coef[v.index()]))
                .collect(),
            slacks: self.slacks.iter().map(|&(s, w)| (s, sign * w)).collect(),
            rhs: sign * self.rhs,
        }
    }

    /// Nonzero structural coefficients.
    fn len(&self) -> usize {
        self.touched
            .iter()
            .filter(|v| self.coef[v.index()] != 0.0)
            .count()
    }
}

/// What one call knows about the point: usable rows, bound distances.
struct PointData<'a> {
    problem: &'a Problem,
    usable: Vec<Option<Usable>>,
    distance: Vec<f64>,
}

impl PointData<'_> {
    /// Whether row `r` may cancel a column whose coefficient in the
    /// aggregate is `c`, where it has coefficient `a`: equalities always,
    /// inequalities when the weight `−c/a` gives their slack a negative
    /// coefficient.
    fn may_cancel(&self, r: ConsId, c: f64, a: f64) -> bool {
        let w = -c / a;
        if !(MIN_WEIGHT..=1.0 / MIN_WEIGHT).contains(&w.abs()) {
            return false;
        }
        match self.usable[r.index()] {
            None => false,
            Some(Usable::Equality) => true,
            Some(Usable::Upper) => w < 0.0,
            Some(Usable::Lower) => w > 0.0,
        }
    }

    /// The rows (with their coefficient) outside the aggregate's path that
    /// may cancel column `v` of coefficient `c`.
    fn cancelling_rows(&self, agg: &Aggregate, v: VarId, c: f64) -> Vec<(ConsId, f64)> {
        if self.problem.column(v).len() > MAX_COLUMN_LENGTH {
            return Vec::new();
        }
        self.problem
            .column(v)
            .filter(|&(r, a)| !agg.path.contains(&r) && self.may_cancel(r, c, a))
            .collect()
    }
}

/// A small deterministic generator (xorshift) to pick among the rows that
/// may cancel a column, so that paths from different start rows spread.
struct Picker(u64);

impl Picker {
    /// An index below `n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// c-MIR cuts of aggregations of two to `MAX_AGGREGATIONS + 1` rows of
/// `problem` violated at `x`, valid within `lower`/`upper` (pass global
/// bounds for global cuts): at most `limits.max_cuts`, the most
/// efficacious, without duplicates, each tagged
/// [`CutFamily::Aggregation`].
pub fn aggregated_cmir_cuts(
    problem: &Problem,
    (lower, upper): (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
    limits: &AggregationLimits,
) -> Vec<Cut> {
    let data = point_data(problem, (lower, upper), vbounds, x);
    let mut agg = Aggregate::new(problem.num_vars());
    let mut picker = Picker(0x9E37_79B9_7F4A_7C15);
    let mut found: Vec<(f64, Cut)> = Vec::new();
    let mut seen: HashSet<(Vec<(u32, i64)>, i64)> = HashSet::new();
    let mut work = 0usize;
    for r in problem.rows() {
        let Some(usable) = data.usable[r.index()] else {
            continue;
        };
        if !has_interior_continuous(&data, r) {
            continue;
        }
        if work > limits.max_work || limits.deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        for start_sign in [1.0, -1.0] {
            agg.clear();
            agg.add_row(problem, r, usable, start_sign);
            work += problem.row(r).len();
            for _ in 0..MAX_AGGREGATIONS {
                let Some((next, column, weight)) = next_row(&data, &agg, &mut picker) else {
                    break;
                };
                let next_usable = data.usable[next.index()].expect("only usable rows cancel");
                agg.add_row(problem, next, next_usable, weight);
                // Cancelled exactly, whatever the rounding.
                agg.coef[column.index()] = 0.0;
                work += problem.row(next).len();
                let cuts = separate(problem, (lower, upper), vbounds, x, &agg);
                work += 2 * agg.touched.len();
                let success = !cuts.is_empty();
                for cut in cuts {
                    if seen.insert(fingerprint(&cut)) {
                        found.push((cut.efficacy(x), cut));
                    }
                }
                if success || agg.len() > MAX_AGGREGATED_LENGTH {
                    break;
                }
            }
        }
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    found.truncate(limits.max_cuts);
    found.into_iter().map(|(_, cut)| cut).collect()
}

/// Usable rows and bound distances at `x`.
fn point_data<'a>(
    problem: &'a Problem,
    (lower, upper): (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
) -> PointData<'a> {
    let usable = problem
        .rows()
        .map(|r| {
            let len = problem.row(r).len();
            if !(2..=MAX_AGGREGATED_LENGTH).contains(&len) || vbounds.defines_bound(r) {
                return None;
            }
            let (lo, up) = (problem.row_lower(r), problem.row_upper(r));
            if lo == up {
                return Some(Usable::Equality);
            }
            let activity = problem.row_activity(r, x);
            let tight = |side: f64| (activity - side).abs() <= TIGHT * side.abs().max(1.0);
            if up.is_finite() && tight(up) {
                Some(Usable::Upper)
            } else if lo.is_finite() && tight(lo) {
                Some(Usable::Lower)
            } else {
                None
            }
        })
        .collect();
    let distance = problem
        .vars()
        .map(|v| {
            let j = v.index();
            if problem.var_kind(v).is_integral() {
                return 0.0;
            }
            let d = (x[j] - lower[j]).min(upper[j] - x[j]);
            if d > TIGHT { d } else { 0.0 }
        })
        .collect();
    PointData {
        problem,
        usable,
        distance,
    }
}

/// Whether row `r` has a continuous column with a positive bound distance
/// (only such rows start a path: the others have nothing to cancel).
fn has_interior_continuous(data: &PointData<'_>, r: ConsId) -> bool {
    data.problem
        .row(r)
        .any(|(v, _)| data.distance[v.index()] > 0.0)
}

/// A column to cancel: its bound distance, the column, and the rows (with
/// their coefficient) that may cancel it.
type Candidate = (f64, VarId, Vec<(ConsId, f64)>);

/// The next row to add to `agg`, the column it cancels and its weight:
/// the continuous column of the largest bound distance that some row
/// outside the path may cancel (ties to negative coefficients), and one
/// of those rows picked by `picker`.
fn next_row(
    data: &PointData<'_>,
    agg: &Aggregate,
    picker: &mut Picker,
) -> Option<(ConsId, VarId, f64)> {
    let mut best: Option<Candidate> = None;
    for &v in &agg.touched {
        let (c, d) = (agg.coef[v.index()], data.distance[v.index()]);
        if c == 0.0 || d == 0.0 {
            continue;
        }
        let better = match &best {
            None => true,
            Some((bd, bv, _)) => d > *bd || (d == *bd && c < 0.0 && agg.coef[bv.index()] > 0.0),
        };
        if !better {
            continue;
        }
        let rows = data.cancelling_rows(agg, v, c);
        if !rows.is_empty() {
            best = Some((d, v, rows));
        }
    }
    let (_, v, rows) = best?;
    let (r, a) = rows[picker.below(rows.len())];
    Some((r, v, -agg.coef[v.index()] / a))
}

/// c-MIR cuts of the aggregate as `<=` and as `>=`.
fn separate(
    problem: &Problem,
    bounds: (&[f64], &[f64]),
    vbounds: &VariableBounds,
    x: &[f64],
    agg: &Aggregate,
) -> Vec<Cut> {
    [1.0, -1.0]
        .into_iter()
        .filter_map(|sign| cmir_of_base_row(problem, bounds, vbounds, x, agg.base_row(sign)))
        .map(|mut cut| {
            cut.family = CutFamily::Aggregation;
            cut
        })
        .collect()
}

/// The cut's left-hand side as the pool keys it (scaled to a largest
/// coefficient of 1, rounded to 1e-9) and its right-hand side on the same
/// scale, to drop duplicates.
fn fingerprint(cut: &Cut) -> (Vec<(u32, i64)>, i64) {
    let (lhs, scale) = lhs_key(cut);
    (lhs, (cut.rhs / scale * 1e9).round() as i64)
}
