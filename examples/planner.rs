//! A small crew planner: assign jobs to identical crews, modelled with
//! good_lp, solved by symbreak's learned solver.
//!
//! Each of `n` jobs takes some hours; each crew works at most a shift of
//! `SHIFT` hours; crews are identical, so any relabeling of crews is an
//! equally good plan — exactly the symmetry that stalls a plain
//! branch-and-bound. We minimize the number of crews called in.
//!
//! Run: `cargo run --release --example planner`

use std::time::Duration;

use good_lp::{Expression, ProblemVariables, constraint, variable};
use symbreak::good_lp_adapter::GoodLpModel;
use symbreak::model::Sense;
use symbreak::pipeline::{LearnedSettings, LearnedSolver};

const SHIFT: f64 = 8.0;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let hours = [5.0, 3.5, 2.0, 6.0, 1.5, 4.0, 2.5, 3.0, 7.0, 1.0, 2.0, 4.5];
    let crews = hours.len();

    // The model, as a good_lp user writes it.
    let mut vars = ProblemVariables::new();
    let assign: Vec<Vec<_>> = (0..hours.len())
        .map(|j| {
            (0..crews)
                .map(|c| vars.add(variable().binary().name(format!("x_{j}_{c}"))))
                .collect()
        })
        .collect();
    let used: Vec<_> = (0..crews)
        .map(|c| vars.add(variable().binary().name(format!("y_{c}"))))
        .collect();
    let objective: Expression = used.iter().sum();
    let mut constraints = Vec::new();
    for row in &assign {
        let once: Expression = row.iter().sum();
        constraints.push(constraint!(once == 1));
    }
    for c in 0..crews {
        let load: Expression = hours.iter().zip(&assign).map(|(&h, row)| h * row[c]).sum();
        constraints.push(constraint!(load <= SHIFT * used[c]));
    }

    // Hand it to symbreak.
    let model = GoodLpModel::new("crews", &vars, Sense::Minimize, objective, &constraints)?;
    let settings = LearnedSettings {
        time_limit: Duration::from_secs(10),
        ..LearnedSettings::default()
    };
    let outcome = LearnedSolver::new(settings).solve(&model.problem);
    println!(
        "status {} with {} crews in {:.2} s (lower bound {})",
        outcome.status,
        outcome.objective.map_or("-".into(), |o| o.to_string()),
        outcome.time_s,
        (hours.iter().sum::<f64>() / SHIFT).ceil()
    );
    let Some(solution) = outcome.solution else {
        return Err("no plan found".into());
    };
    // Use the answer: a roster per crew.
    for c in 0..crews {
        let jobs: Vec<usize> = assign
            .iter()
            .enumerate()
            .filter(|(_, row)| model.value(&solution, row[c]) > 0.5)
            .map(|(j, _)| j)
            .collect();
        if !jobs.is_empty() {
            let total: f64 = jobs.iter().map(|&j| hours[j]).sum();
            println!("crew {c}: jobs {jobs:?}, {total} of {SHIFT} hours");
            assert!(total <= SHIFT + 1e-9, "a verified plan respects the shift");
        }
    }
    Ok(())
}
