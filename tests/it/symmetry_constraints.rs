//! Static symmetry-breaking constraints keep the optimum: on small
//! generated bin packing, coloring and scheduling instances the plain solve
//! and the solve with orbitope constraints prove the same optimal value,
//! and a solution mapped to the representative satisfies the constraints.

use std::time::Duration;

use crate::common::{bin_packing, coloring, pcmax};
use symbreak::model::Problem;
use symbreak::solve::{MicrolpBackend, SolveSettings, Status, solve};
use symbreak::symmetry::{SymmetryOptions, breaking, detect};
use symbreak::verify::{Tolerances, verify};

fn optimum(p: &Problem) -> f64 {
    let settings = SolveSettings {
        time_limit: Some(Duration::from_secs(60)),
        ..SolveSettings::default()
    };
    let o = solve(p, &settings, &MicrolpBackend).unwrap();
    assert_eq!(o.status, Status::Optimal, "{}", p.name());
    o.objective.unwrap()
}

fn check(p: &Problem) {
    let s = detect(p, &SymmetryOptions::default());
    assert!(
        !s.orbitopes.is_empty(),
        "{}: an orbitope is expected",
        p.name()
    );
    let q = breaking::with_breaking_constraints(p, &s.orbitopes).unwrap();
    assert!(q.num_rows() > p.num_rows());
    let plain = optimum(p);
    let constrained = optimum(&q);
    assert!(
        (plain - constrained).abs() < 1e-6,
        "{}: {plain} vs {constrained}",
        p.name()
    );
    // The plain optimum, mapped to the representative, is feasible for the
    // constrained problem with an objective no worse.
    let settings = SolveSettings::default();
    let x = solve(p, &settings, &MicrolpBackend)
        .unwrap()
        .solution
        .unwrap();
    let rep = breaking::to_representative(p, &s.orbitopes, x.values());
    let r = verify(&q, &rep, &Tolerances::default());
    assert!(r.feasible, "{}: {:?}", p.name(), r.worst);
    assert!(r.objective <= plain + 1e-9);
}

#[test]
fn bin_packing_optimum_survives() {
    check(&bin_packing(&[45, 30, 62, 18, 27, 51, 33], 100));
}

#[test]
fn coloring_optimum_survives() {
    let edges = [
        (0, 1),
        (1, 2),
        (2, 0),
        (2, 3),
        (3, 4),
        (4, 5),
        (5, 3),
        (1, 5),
    ];
    check(&coloring(6, &edges, 4));
}

#[test]
fn scheduling_optimum_survives() {
    check(&pcmax(&[7, 13, 22, 31, 9, 16], 3));
}
