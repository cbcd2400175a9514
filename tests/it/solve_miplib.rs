//! The solver path on the shared MIPLIB instances with known optima.
//!
//! - microlp reaches each optimum (1e-6 relative) or returns an honest
//!   limit status (`Feasible` with a verified incumbent that does not beat
//!   the optimum, or `NoSolutionFound`) within [`MICROLP_LIMIT`];
//! - with the `highs` feature, HiGHS reaches every optimum;
//! - `infeasible-mip0` is `Infeasible` and the LPs afiro and adlittle give
//!   their optimum on every backend.
//!
//! Skips (with a message) when `../shared/instances` is absent.

use crate::common;

use std::time::Duration;

use symbreak::io::read_problem;
use symbreak::model::Problem;
use symbreak::solve::{Backend, MicrolpBackend, SolveOutcome, SolveSettings, Status, solve};
use symbreak::verify::{Tolerances, verify};

/// microlp's budget per instance (the file runs its tests in parallel).
const MICROLP_LIMIT: Duration = Duration::from_secs(15);

/// The branch-and-cut's budget per instance (vpm2 may need more in a dev
/// build: then the honest-limit branch is checked).
const BNB_LIMIT: Duration = Duration::from_secs(20);

/// HiGHS' budget per instance: far more than it needs on these.
#[cfg(feature = "highs")]
const HIGHS_LIMIT: Duration = Duration::from_secs(60);

fn load(file: &str) -> Option<Problem> {
    let path = common::miplib(file)?;
    Some(
        read_problem(&path)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .problem,
    )
}

fn run(p: &Problem, backend: &dyn Backend, limit: Duration) -> SolveOutcome {
    let settings = SolveSettings {
        time_limit: Some(limit),
        ..SolveSettings::default()
    };
    let out = solve(p, &settings, backend).unwrap();
    // Whatever the status: a reported solution is feasible for the file's problem.
    if let Some(s) = &out.solution {
        assert!(
            verify(p, s.values(), &Tolerances::default()).feasible,
            "{}: reported solution fails verify",
            p.name()
        );
    }
    assert_eq!(out.solution.is_some(), out.status.has_solution());
    eprintln!(
        "{:>10} {:>8}: {:<12} obj {:?} bound {:?} in {:.2?}",
        p.name(),
        out.backend,
        out.status.as_str(),
        out.objective,
        out.bound,
        out.time
    );
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// Optimal at `optimum`, or an honest limit status.
fn microlp_reaches_or_stops_honestly(file: &str, optimum: f64) {
    let Some(p) = load(file) else { return };
    let out = run(&p, &MicrolpBackend, MICROLP_LIMIT);
    match out.status {
        Status::Optimal => assert!(
            close(out.objective.unwrap(), optimum),
            "{file}: microlp claims optimum {:?}, known {optimum}",
            out.objective
        ),
        Status::Feasible => {
            let obj = out.objective.unwrap();
            assert!(
                !p.sense().is_better(obj, optimum) || close(obj, optimum),
                "{file}: incumbent {obj} beats the known optimum {optimum}"
            );
        }
        Status::NoSolutionFound => {}
        other => panic!("{file}: microlp status {other}: {:?}", out.message),
    }
}

/// symbreak's branch-and-cut: optimal at `optimum`, or (on a time limit)
/// a verified incumbent that does not beat it and a bound that does not
/// pass it.
fn bnb_reaches_or_stops_honestly(file: &str, optimum: f64) {
    let Some(p) = load(file) else { return };
    let out = run(&p, &symbreak::solve::BnbBackend::default(), BNB_LIMIT);
    let worse_or_equal = |a: f64, b: f64| !p.sense().is_better(a, b) || close(a, b);
    if let Some(bound) = out.bound {
        assert!(
            worse_or_equal(optimum, bound),
            "{file}: bound {bound} passes the known optimum {optimum}"
        );
    }
    match out.status {
        Status::Optimal => assert!(
            close(out.objective.unwrap(), optimum),
            "{file}: bnb claims optimum {:?}, known {optimum}",
            out.objective
        ),
        Status::Feasible => {
            let obj = out.objective.unwrap();
            assert!(
                worse_or_equal(obj, optimum),
                "{file}: incumbent {obj} beats the known optimum {optimum}"
            );
        }
        Status::NoSolutionFound => {}
        other => panic!("{file}: bnb status {other}: {:?}", out.message),
    }
}

#[cfg(feature = "highs")]
fn highs_reaches(file: &str, optimum: f64) {
    let Some(p) = load(file) else { return };
    let out = run(&p, &symbreak::solve::HighsBackend, HIGHS_LIMIT);
    assert_eq!(out.status, Status::Optimal, "{file}: {:?}", out.message);
    assert!(
        close(out.objective.unwrap(), optimum),
        "{file}: HiGHS {:?}, known {optimum}",
        out.objective
    );
}

macro_rules! known_optimum {
    ($($name:ident: $file:literal => $opt:expr,)*) => {
        mod microlp {
            $(#[test] fn $name() { super::microlp_reaches_or_stops_honestly($file, $opt); })*
        }
        mod bnb {
            $(#[test] fn $name() { super::bnb_reaches_or_stops_honestly($file, $opt); })*
        }
        #[cfg(feature = "highs")]
        mod highs {
            $(#[test] fn $name() { super::highs_reaches($file, $opt); })*
        }
    };
}

// Optima from ../shared/instances/README.md (rounded there to the digits
// shown, which is within 1e-6 relative).
known_optimum! {
    egout: "egout.mps" => 568.1007,
    enigma: "enigma.mps" => 0.0,
    flugpl: "flugpl.mps" => 1_201_500.0,
    lseu: "lseu.mps" => 1120.0,
    misc03: "misc03.mps" => 3360.0,
    stein27: "stein27.mps" => 18.0,
    vpm2: "vpm2.mps" => 13.75,
}

fn backends() -> Vec<Box<dyn Backend>> {
    symbreak::solve::BackendChoice::available()
        .into_iter()
        .map(|c| c.backend().unwrap())
        .collect()
}

#[test]
fn infeasible_mip0_is_infeasible_on_every_backend() {
    let Some(p) = load("infeasible-mip0.mps") else {
        return;
    };
    for b in backends() {
        let out = run(&p, b.as_ref(), MICROLP_LIMIT);
        assert_eq!(
            out.status,
            Status::Infeasible,
            "{}: {:?}",
            b.name(),
            out.message
        );
    }
}

#[test]
fn the_lps_afiro_and_adlittle_give_their_optimum_on_every_backend() {
    for (file, optimum) in [("afiro.mps", -464.7531), ("adlittle.mps", 225_494.96)] {
        let Some(p) = load(file) else { return };
        for b in backends() {
            let out = run(&p, b.as_ref(), MICROLP_LIMIT);
            assert_eq!(
                out.status,
                Status::Optimal,
                "{file} {}: {:?}",
                b.name(),
                out.message
            );
            let obj = out.objective.unwrap();
            assert!(
                (obj - optimum).abs() <= 1e-6 * optimum.abs(),
                "{file} {}: {obj} vs {optimum}",
                b.name()
            );
        }
    }
}

#[test]
fn small_mip_is_solved_to_optimality_and_the_backends_agree() {
    let Some(p) = load("small_mip.mps") else {
        return;
    };
    let objectives: Vec<f64> = backends()
        .iter()
        .map(|b| {
            let out = run(&p, b.as_ref(), MICROLP_LIMIT);
            assert_eq!(
                out.status,
                Status::Optimal,
                "{}: {:?}",
                b.name(),
                out.message
            );
            out.objective.unwrap()
        })
        .collect();
    for w in objectives.windows(2) {
        assert!(close(w[0], w[1]), "backends disagree: {objectives:?}");
    }
}

/// Conflict analysis (clauses from propagation, infeasible and cut-off
/// LPs) changes the tree, never the optimum: with it on and off the
/// branch-and-cut proves the known optimum (or stops honestly at the
/// limit), and with it on it learns clauses.
#[test]
fn the_optimum_is_the_same_with_conflict_analysis_on_and_off() {
    use symbreak::bnb::{BnbSettings, branch_and_cut};
    let cases = [
        ("enigma.mps", 0.0),
        ("lseu.mps", 1120.0),
        ("stein27.mps", 18.0),
        ("misc03.mps", 3360.0),
    ];
    let mut learned = 0;
    for (file, optimum) in cases {
        let Some(p) = load(file) else { return };
        for conflicts in [true, false] {
            let settings = BnbSettings {
                conflicts,
                time_limit: Some(BNB_LIMIT),
                ..BnbSettings::default()
            };
            let r = branch_and_cut(&p, &settings);
            if let Some(x) = &r.solution {
                assert!(verify(&p, x, &Tolerances::default()).feasible, "{file}");
            }
            match r.status {
                Status::Optimal => assert!(
                    close(r.objective.unwrap(), optimum),
                    "{file} (conflicts {conflicts}): {:?}, known {optimum}",
                    r.objective
                ),
                Status::Feasible => {}
                other => panic!("{file} (conflicts {conflicts}): {other}"),
            }
            if conflicts {
                learned += r.stats.conflicts;
            } else {
                assert_eq!(r.stats.conflicts, 0, "{file}");
            }
        }
    }
    assert!(learned > 0, "no clause learned on any instance");
}
