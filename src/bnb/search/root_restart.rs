//! The search's side of a root restart (issue #25 item 2; HiGHS and SCIP
//! restart after the root when it fixed enough columns): deciding at the
//! root whether one is due, handing over what the next search keeps, and
//! taking it in. The driver (`bnb/restart.rs`) builds the problem with the
//! root's fixings, presolves it again and maps what is kept onto its
//! columns.
//!
//! What the root's global domains hold is valid for every point that can
//! still beat the incumbent: row propagation, orbitopal fixing at the root
//! (one representative of every class is kept), reduced-cost fixing under
//! the cutoff, strong branching's emptied sides. Cuts are valid for every
//! integer point within those domains, learned clauses for every point of
//! them that beats the cutoff they were learned under, so both remain
//! valid for the problem with the fixings, whose points are a subset.

use std::time::Instant;

use super::Search;
use crate::bnb::components::ComponentStats;
use crate::bnb::settings::{BnbResult, BnbSettings, BnbStats, RestartStats};
use crate::domains::{Conflict, Literal};
use crate::model::VarId;

/// The share of the integer columns the root must have fixed for a
/// restart. HiGHS restarts from a much smaller share, but its restart
/// costs it only the root again, ours also repeats the root heuristics'
/// sub-MIPs and the cut rounds; a fifth keeps restarts to the roots whose
/// tree shrinks clearly (see docs/bnb.md, "Restarts").
pub(crate) const MIN_FIXED_SHARE: f64 = 0.2;

/// How a search ended (one value per search: the size difference of the
/// variants costs nothing).
#[allow(clippy::large_enum_variant)]
pub(crate) enum Ended {
    /// The run's result.
    Done(BnbResult),
    /// A restart is due: what the next search keeps.
    Restart(Box<Restart>),
}

/// What a search hands over at a restart (in its own columns).
pub(crate) struct Restart {
    /// The root's global domains: the fixings the next problem gets.
    pub lower: Vec<f64>,
    /// Upper bounds of the same.
    pub upper: Vec<f64>,
    /// The root LP's cut rows `Σ a_j x_j <= rhs` (column, coefficient).
    pub cuts: Vec<(Vec<(usize, f64)>, f64)>,
    /// The learned clauses, each as literals one of which holds.
    pub clauses: Vec<Vec<Literal>>,
    /// Everything else the next search continues from.
    pub carry: Carry,
}

/// What the next search continues from (cuts and clauses in its columns).
pub(crate) struct Carry {
    /// The statistics so far (components included; the restart recorded).
    pub stats: BnbStats,
    /// Every incumbent so far: (seconds since the start, objective).
    pub incumbents: Vec<(f64, f64)>,
    /// The incumbent, a point of the original problem.
    pub incumbent: Option<Vec<f64>>,
    /// Its objective in the problem's sense.
    pub objective: Option<f64>,
    /// Cut rows `Σ a_j x_j <= rhs` over the next problem's columns.
    pub cuts: Vec<(Vec<(usize, f64)>, f64)>,
    /// Learned clauses over the next problem's columns.
    pub clauses: Vec<Vec<Literal>>,
    /// Restarts still allowed.
    pub restarts_left: usize,
    /// The objective offset of the first search's problem.
    pub first_offset: f64,
    /// The global bound at the restart, in that problem's terms (valid
    /// for the next problem: its points lie within the root's domains).
    pub root_bound: f64,
}

/// The restarts a run with `settings` may make.
pub(crate) fn allowed(settings: &BnbSettings) -> usize {
    let off = !settings.presolve || settings.disabled.iter().any(|d| d == "restarts");
    if off { 0 } else { settings.restarts }
}

impl<'a> Search<'a> {
    /// A search that continues from what an earlier one handed over.
    pub fn with_carry(mut self, mut carry: Carry) -> Self {
        self.earlier_components = std::mem::take(&mut carry.stats.components);
        self.stats = std::mem::take(&mut carry.stats);
        self.first_node = self.stats.nodes;
        self.restarts_left = carry.restarts_left;
        self.first_offset = carry.first_offset;
        self.earlier_root_bound = carry.root_bound;
        for &(at, z) in &carry.incumbents {
            self.progress.record_incumbent(at, z);
        }
        self.carried = Some(carry);
        self
    }

    /// Whether the root fixed enough integer columns for a restart, after
    /// reduced-cost fixing against the final root LP under the current
    /// cutoff; the fixings stay only when it is due. `Err` when they leave
    /// no point that beats the incumbent.
    pub(super) fn restart_due(&mut self) -> Result<bool, Conflict> {
        let node_limit = self.settings.node_limit;
        if self.restarts_left == 0
            || self.out_of_time()
            || node_limit.is_some_and(|l| self.stats.nodes >= l)
        {
            return Ok(false);
        }
        let mark = self.domains.mark();
        let t = Instant::now();
        let result = self.propagate(None);
        self.stats.time_propagation_s += t.elapsed().as_secs_f64();
        result?;
        let p = self.p;
        let (lower, upper) = self.relax.globals();
        let (mut fixed, mut free) = (0, 0);
        for v in p.vars().filter(|&v| p.var_kind(v).is_integral()) {
            let j = v.index();
            if lower[j] < upper[j] {
                free += 1;
                fixed += usize::from(self.domains.is_fixed(v));
            }
        }
        let due = free > 0 && fixed as f64 >= MIN_FIXED_SHARE * free as f64;
        if self.settings.log && !due {
            eprintln!(
                "restart: {fixed} of {free} integer columns fixed at the root, fewer than {:.0}%: \
                 no restart",
                100.0 * MIN_FIXED_SHARE
            );
        }
        if due {
            self.stats.restarts.push(RestartStats {
                at_s: self.budget.elapsed_s(),
                fixed_columns: fixed,
                integer_columns: free,
                columns_before: p.num_vars(),
                rows_before: p.num_rows(),
                ..RestartStats::default()
            });
        } else {
            self.domains.undo(mark);
        }
        Ok(due)
    }

    /// What the next search keeps: the root's domains, its LP's cut rows,
    /// the learned clauses, the incumbent and the statistics.
    pub(super) fn hand_over(mut self) -> Restart {
        let lp = self.relax.lp();
        let cuts = (self.p.num_rows()..lp.num_rows())
            .map(|i| (lp.row_entries(i).to_vec(), lp.row_bounds(i).1))
            .filter(|(_, rhs)| rhs.is_finite())
            .collect();
        let clauses = self.domains.learned().map(<[Literal]>::to_vec).collect();
        self.count_components_and_clauses();
        let objective = self.store.reported_incumbent();
        let root_bound = self
            .global_bound()
            .map_or(f64::NEG_INFINITY, |b| b + self.offset_shift());
        Restart {
            lower: self.domains.lowers().to_vec(),
            upper: self.domains.uppers().to_vec(),
            cuts,
            clauses,
            carry: Carry {
                stats: self.stats,
                incumbents: self.progress.take_incumbents(),
                incumbent: self.store.incumbent().map(|(x, _)| x.clone()),
                objective,
                cuts: Vec::new(),
                clauses: Vec::new(),
                restarts_left: self.restarts_left - 1,
                first_offset: self.first_offset,
                root_bound,
            },
        }
    }

    /// Takes the incumbent handed over (without a new log line: it is not
    /// new).
    pub(super) fn adopt_incumbent(&mut self) {
        let x = self.carried.as_mut().and_then(|c| c.incumbent.take());
        if let Some(x) = x
            && self.store.offer_original(x)
        {
            self.domains.set_cutoff(self.store.threshold());
        }
    }

    /// Learns the clauses handed over (before the root's propagation, which
    /// then propagates them).
    pub(super) fn learn_carried_clauses(&mut self) {
        let Some(carry) = self.carried.as_mut() else {
            return;
        };
        for clause in std::mem::take(&mut carry.clauses) {
            // `learn` takes "not all of": the negated literals.
            let negated: Vec<Literal> = clause
                .iter()
                .map(|l| Literal {
                    var: l.var,
                    value: !l.value,
                })
                .collect();
            self.domains.learn(&negated);
        }
    }

    /// Adds the cut rows handed over to the LP (as cuts: rows past the
    /// problem's, dropped again when loose after the cut rounds).
    pub(super) fn add_carried_cuts(&mut self) {
        let Some(carry) = self.carried.take() else {
            return;
        };
        for (entries, rhs) in carry.cuts {
            if self
                .relax
                .lp_mut()
                .add_row(&entries, f64::NEG_INFINITY, rhs)
                .is_err()
            {
                self.stats.lp_failures += 1;
            }
        }
    }

    /// What turns an LP value of this search's problem (minimization
    /// form, no offset) into one of the first search's problem: presolve
    /// after a restart moves the fixed columns' costs into the offset.
    pub(super) fn offset_shift(&self) -> f64 {
        let sign = self.p.sense().sign();
        sign * (self.p.objective_offset() - self.first_offset)
    }

    /// The root node's first bound: the bound the root had before the
    /// restart, in this search's problem's terms.
    pub(super) fn carried_root_bound(&self) -> f64 {
        self.earlier_root_bound - self.offset_shift()
    }

    /// The restarts line of the log's end.
    pub(super) fn print_restarts(&self) {
        let r = &self.stats.restarts;
        let fixed: Vec<String> = r
            .iter()
            .map(|r| format!("{} of {}", r.fixed_columns, r.integer_columns))
            .collect();
        eprintln!(
            "  restarts: {}{}",
            r.len(),
            if r.is_empty() {
                String::new()
            } else {
                format!(" (integer columns fixed at the root: {})", fixed.join(", "))
            }
        );
    }

    /// The components' statistics (those of the searches before the
    /// restarts added by name) and the clause counters into the
    /// statistics.
    pub(super) fn count_components_and_clauses(&mut self) {
        let mut all = std::mem::take(&mut self.earlier_components);
        merge_components(&mut all, self.components.stats());
        self.stats.components = all;
        self.stats.clause_propagations += self.domains.clause_propagations();
        self.stats.clauses_deleted += self.domains.deleted_clauses();
    }
}

/// Adds `later` into `all`: calls, time and findings summed by name, new
/// names appended.
fn merge_components(all: &mut Vec<ComponentStats>, later: Vec<ComponentStats>) {
    for c in later {
        match all.iter_mut().find(|a| a.name == c.name) {
            Some(a) => {
                a.calls += c.calls;
                a.time_s += c.time_s;
                a.found += c.found;
            }
            None => all.push(c),
        }
    }
}

/// Literal `l` of a clause over the previous problem's columns, over the
/// next problem's: `Ok(Some(l'))` for a kept column, `Ok(None)` when its
/// column is fixed against it (the literal is false: it drops out),
/// `Err(true)` when fixed for it (the clause always holds), `Err(false)`
/// when the column was substituted or aggregated (the clause is dropped).
pub(crate) fn map_literal(
    l: Literal,
    fates: &[crate::bnb::presolve::Fate],
) -> Result<Option<Literal>, bool> {
    use crate::bnb::presolve::Fate;
    match fates[l.var.index()] {
        Fate::Kept(i) => Ok(Some(Literal {
            var: VarId(i as u32),
            value: l.value,
        })),
        Fate::Fixed(v) if (v > 0.5) == l.value => Err(true),
        Fate::Fixed(_) => Ok(None),
        Fate::Expressed => Err(false),
    }
}
