//! The branch-and-cut's component seams from outside the crate: a new
//! separator and a new heuristic registered in a few lines are called and
//! counted; components switch off by name; unknown names are refused with
//! the list of known ones.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use symbreak::bnb::components::{
    HeuristicContext, Plugins, PrimalHeuristic, Schedule, SeparationContext, Separator,
    builtin_names,
};
use symbreak::bnb::cuts::{Cut, CutFamily};
use symbreak::bnb::{BnbSettings, branch_and_cut};
use symbreak::model::{Problem, VarId};
use symbreak::status::Status;

use crate::common::bin_packing;

/// A cut family in one struct: `x_j <= floor(x_j*)` is not valid, so this
/// one separates the trivially valid upper bound `x_j <= 1` of a binary
/// (never violated: it is counted as called, and adds nothing).
struct UnitBounds(Arc<AtomicU64>);

impl Separator for UnitBounds {
    fn name(&self) -> &str {
        "cuts.unit_bounds"
    }

    fn separate(&mut self, ctx: &mut SeparationContext<'_>) -> Vec<Cut> {
        self.0.fetch_add(1, Ordering::Relaxed);
        ctx.fractional()
            .iter()
            .map(|&(j, _)| Cut::from_terms(vec![(VarId(j), 1.0)], 1.0, CutFamily::Other))
            .collect()
    }
}

/// A heuristic that offers a point it was given (a stand-in for a real
/// one), at the root before the cuts and at every node.
struct OfferKnown(Vec<f64>, Arc<AtomicU64>);

impl PrimalHeuristic for OfferKnown {
    fn name(&self) -> &str {
        "heur.offer_known"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            before_cuts: true,
            every: 1,
            offset: 0,
            ..Schedule::default()
        }
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        self.1.fetch_add(1, Ordering::Relaxed);
        ctx.offer(self.0.clone());
    }
}

fn problem() -> Problem {
    // LP bound 3.4 bins, optimum 5: the root is fractional and not cut off.
    bin_packing(&[6, 6, 6, 6, 5, 5], 10)
}

#[test]
fn a_separator_and_a_heuristic_registered_from_outside_are_called_and_counted() {
    let (cuts_calls, heur_calls) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let (c, h) = (cuts_calls.clone(), heur_calls.clone());
    // Every item in its own bin (x_i_j at i·n + j, y_j after them): 6
    // bins, feasible, one worse than the optimum.
    let n = 6;
    let mut known = vec![0.0; n * n + n];
    for i in 0..n {
        known[i * n + i] = 1.0;
        known[n * n + i] = 1.0;
    }
    // The new heuristic runs first (priority above the built-ins' 1000 to
    // 5000), the new separator last.
    let settings = BnbSettings {
        plugins: Plugins::default()
            .separator(500, move || Box::new(UnitBounds(c.clone())))
            .heuristic(6000, move || Box::new(OfferKnown(known.clone(), h.clone()))),
        // The root LP (3.4 bins) stays fractional and above no cutoff: no
        // lifting, no built-in heuristic finding the optimum first.
        presolve: false,
        symmetry: false,
        disabled: vec!["heur.fix_and_propagate".into()],
        ..BnbSettings::default()
    };
    let r = branch_and_cut(&problem(), &settings);
    assert_eq!(r.status, Status::Optimal);
    assert_eq!(r.objective, Some(5.0));
    let sep = r.stats.component("cuts.unit_bounds").expect("registered");
    let heur = r.stats.component("heur.offer_known").expect("registered");
    assert!(sep.calls >= 1, "{sep:?}");
    assert_eq!(sep.calls, cuts_calls.load(Ordering::Relaxed));
    assert_eq!(sep.found, 0, "x <= 1 never cuts an LP point off");
    assert!(heur.calls >= 1, "{heur:?}");
    assert_eq!(heur.calls, heur_calls.load(Ordering::Relaxed));
    // Its first call, at the root, gave the first incumbent (6 bins).
    assert_eq!(heur.found, 1, "{heur:?}");
    // The built-in ones are there too, with their own counts.
    assert!(r.stats.component("cuts.cover").is_some());
    assert!(r.stats.component("heur.lp_dive").is_some());
}

#[test]
fn components_switch_off_by_name_and_the_answer_stays() {
    let p = problem();
    let all = branch_and_cut(&p, &BnbSettings::default());
    let off = BnbSettings {
        disabled: vec![
            "cuts.gomory".into(),
            "heur.lp_dive".into(),
            "branch.reliability".into(),
            "prop.orbitopal".into(),
        ],
        ..BnbSettings::default()
    };
    off.check_disabled().unwrap();
    let r = branch_and_cut(&p, &off);
    assert_eq!(r.status, Status::Optimal);
    assert_eq!(r.objective, all.objective);
    for name in &off.disabled {
        assert!(r.stats.component(name).is_none(), "{name} still ran");
    }
    let mf = r.stats.component("branch.most_fractional").unwrap();
    assert_eq!(
        mf.found, mf.calls,
        "the fallback rule decides every branching"
    );
}

#[test]
fn unknown_component_names_are_refused_with_the_known_ones() {
    let s = BnbSettings {
        disabled: vec!["cuts.nonsense".into()],
        ..BnbSettings::default()
    };
    let e = s.check_disabled().unwrap_err();
    assert_eq!(e.name, "cuts.nonsense");
    let text = e.to_string();
    for name in builtin_names() {
        assert!(text.contains(&name), "{text}");
    }
    assert!(text.contains("cuts.gomory") && text.contains("prop.orbital"));
}
