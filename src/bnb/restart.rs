//! Root restarts (issue #25 item 2): when the root has fixed enough of
//! the integer columns (`search/root_restart.rs` decides), the problem the
//! search worked on gets the root's global domains as bounds, is presolved
//! again (the fixed columns go, and with them what they made redundant)
//! and lifted again, and a new search solves it from its root, keeping
//! the incumbent, the root LP's cut rows and the learned clauses that
//! still apply.
//!
//! The postsolve stacks compose ([`Postsolve::then`]), so every point of
//! the restarted search maps back to the original problem, where the store
//! verifies it. Cut rows are rewritten over the new columns by the new
//! stack ([`Postsolve::map_row`]: a fixed column's term moves into the
//! side, a substituted or aggregated one becomes its affine expression);
//! a clause loses its literals whose column is fixed against them, is
//! dropped when one is fixed for it (it always holds) or when a column was
//! expressed by others (a literal over a non-column cannot be watched).
//!
//! Symmetry: the new problem's bounds differ from the original's, so its
//! symmetry is detected again on it (`same_columns: false`): detection
//! colours columns by their bounds, so only permutations that map the
//! fixings onto themselves are found. Fixings from orbitopal fixing at the
//! old root are baked in; they keep one representative of every class of
//! the old symmetry, and the new symmetry is one of the new problem, so
//! handling it keeps an optimum of the new problem, which is one of the
//! old.

use crate::bnb::presolve::{self, Postsolve, PresolveOutcome, lift_knapsack_rows};
use crate::bnb::search::{Carry, Ended, Reduction, Restart, Search};
use crate::bnb::settings::{BnbResult, BnbSettings};
use crate::budget::Budget;
use crate::domains::Literal;
use crate::model::Problem;
use crate::status::Status;

/// Coefficients of a rewritten cut below this (in absolute value) make it
/// dropped rather than kept with a meaningless entry.
const MIN_CUT_COEFFICIENT: f64 = 1e-9;

/// Runs the search `start` makes of a new search on `reduction`, and the
/// restarts it calls for.
pub(crate) fn run<'a>(
    reduction: Reduction<'a>,
    settings: &'a BnbSettings,
    budget: Budget,
    start: impl FnOnce(Search<'a>) -> Search<'a>,
) -> BnbResult {
    let search = start(Search::new(reduction, settings, budget));
    match search.run() {
        Ended::Done(result) => result,
        Ended::Restart(restart) => restart_from(reduction, settings, budget, *restart),
    }
}

/// The run after a restart of the search on `prev`.
fn restart_from(
    prev: Reduction<'_>,
    settings: &BnbSettings,
    budget: Budget,
    restart: Restart,
) -> BnbResult {
    let Restart {
        lower,
        upper,
        cuts,
        clauses,
        mut carry,
    } = restart;
    // Propagation leaves `lower <= upper` up to its tolerance; the
    // problem builder wants it exact.
    let upper: Vec<f64> = lower.iter().zip(upper).map(|(&l, u)| u.max(l)).collect();
    let fixed = prev.work.with_narrowed_bounds(&lower, &upper);
    let n = fixed.num_vars();
    let (problem, inner) = match presolve::presolve(
        &fixed,
        budget.stage(),
        presolve::PresolveOptions::without(&settings.disabled),
    ) {
        PresolveOutcome::Reduced(p) => (p.problem, p.postsolve),
        PresolveOutcome::Unchanged(_) => (fixed, Postsolve::new(n)),
        PresolveOutcome::Infeasible(_) => return closed(carry, settings),
    };
    carry.cuts = map_cuts(&inner, &cuts);
    carry.clauses = map_clauses(&inner, &clauses);
    if let Some(r) = carry.stats.restarts.last_mut() {
        r.columns_after = problem.num_vars();
        r.rows_after = problem.num_rows();
        (r.cuts, r.cuts_kept) = (cuts.len(), carry.cuts.len());
        (r.clauses, r.clauses_kept) = (clauses.len(), carry.clauses.len());
        if settings.log {
            eprintln!(
                "restart: {} of {} integer columns fixed at the root; presolved again: \
                 {} → {} columns, {} → {} rows; {} of {} cuts and {} of {} clauses kept",
                r.fixed_columns,
                r.integer_columns,
                r.columns_before,
                r.columns_after,
                r.rows_before,
                r.rows_after,
                r.cuts_kept,
                r.cuts,
                r.clauses_kept,
                r.clauses
            );
        }
    }
    let composed = match prev.postsolve {
        Some(outer) => outer.then(&inner),
        None => inner,
    };
    let lifted = lift_knapsack_rows(&problem);
    let work: &Problem = lifted.as_ref().map_or(&problem, |l| &l.problem);
    let reduction = Reduction {
        original: prev.original,
        work,
        postsolve: Some(&composed),
        same_columns: false,
    };
    run(reduction, settings, budget, |s| s.with_carry(carry))
}

/// The root LP's cut rows rewritten over the columns of the problem
/// presolved again; a row left without columns, with a tiny coefficient
/// or a non-finite number is dropped (dropping a cut is always sound).
fn map_cuts(inner: &Postsolve, cuts: &[(Vec<(usize, f64)>, f64)]) -> Vec<(Vec<(usize, f64)>, f64)> {
    cuts.iter()
        .filter_map(|(entries, rhs)| inner.map_row(entries, *rhs))
        .filter(|(entries, rhs)| {
            rhs.is_finite()
                && entries
                    .iter()
                    .all(|&(_, a)| a.is_finite() && a.abs() >= MIN_CUT_COEFFICIENT)
        })
        .collect()
}

/// The learned clauses over the columns of the problem presolved again
/// (see the module docs for what is dropped).
fn map_clauses(inner: &Postsolve, clauses: &[Vec<Literal>]) -> Vec<Vec<Literal>> {
    let fates = inner.fates();
    clauses
        .iter()
        .filter_map(|clause| {
            let mut out = Vec::with_capacity(clause.len());
            for &l in clause {
                match crate::bnb::search::map_literal(l, &fates) {
                    Ok(Some(mapped)) => out.push(mapped),
                    Ok(None) => {}
                    Err(_) => return None,
                }
            }
            // Every literal fixed false: no point beats that cutoff; such a
            // clause is not kept (the search finds out again).
            (!out.is_empty()).then_some(out)
        })
        .collect()
}

/// The result when presolve shows the restarted problem infeasible: no
/// point within the root's fixings beats the incumbent, so the incumbent
/// is optimal (or, without one, the problem is infeasible: without a
/// cutoff the fixings only follow from the rows).
fn closed(carry: Carry, settings: &BnbSettings) -> BnbResult {
    if settings.log {
        eprintln!("restart: presolve shows that no point beats the incumbent");
    }
    let status = if carry.incumbent.is_some() {
        Status::Optimal
    } else {
        Status::Infeasible
    };
    BnbResult {
        status,
        solution: carry.incumbent,
        objective: carry.objective,
        bound: carry.objective,
        incumbents: carry.incumbents,
        stats: carry.stats,
    }
}
