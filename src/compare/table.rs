//! The text table of a comparison: per instance one row per method
//! (status, objective, primal gap to the best-known, the run's own time to
//! its final solution, its time to the best-known solution, total time),
//! then the summary (see [`super::metrics`] for the
//! definitions).

use std::fmt::Write;

use super::metrics::{self, Summary, best_known, primal_gap, time_to_best_known};
use super::{Comparison, InstanceResult};

/// The whole table, ending with a newline.
pub fn render(comparison: &Comparison) -> String {
    let mut out = String::new();
    for inst in &comparison.instances {
        instance_block(&mut out, inst, comparison.time_limit_s);
        out.push('\n');
    }
    summary_block(&mut out, comparison, &comparison.summary());
    out
}

fn instance_block(out: &mut String, inst: &InstanceResult, limit_s: f64) {
    let best = best_known(inst);
    let _ = writeln!(
        out,
        "{}  (best known: {})",
        inst.name,
        best.map_or("none".to_string(), number)
    );
    let _ = writeln!(
        out,
        "  {:<10} {:<17} {:>14} {:>8} {:>9} {:>9} {:>9}",
        "method", "status", "objective", "gap", "t_best", "t_known", "time"
    );
    for run in &inst.runs {
        let gap = best.map(|b| primal_gap(run.objective, b));
        let known = best.and_then(|b| time_to_best_known(run, b, limit_s));
        let _ = writeln!(
            out,
            "  {:<10} {:<17} {:>14} {:>8} {:>9} {:>9} {:>9}",
            run.method.as_str(),
            run.status.as_str(),
            run.objective.map_or("-".to_string(), number),
            gap.map_or("-".to_string(), |g| format!("{:.2}%", 100.0 * g)),
            run.time_to_best_s.map_or("-".to_string(), seconds),
            known.map_or("-".to_string(), seconds),
            seconds(run.time_s),
        );
    }
}

fn summary_block(out: &mut String, comparison: &Comparison, s: &Summary) {
    let _ = writeln!(
        out,
        "summary: {} instances, {} with a best-known solution, time limit {}",
        s.instances,
        s.instances_with_best_known,
        seconds(comparison.time_limit_s)
    );
    let _ = writeln!(
        out,
        "  {:<10} {:>5} {:>9} {:>8} {:>14} {:>15} {:>16} {:>12} {:>12}",
        "method",
        "wins",
        "solutions",
        "optimal",
        "median speedup",
        "geomean speedup",
        "primal integral",
        "sgm t_known",
        "sgm t_proof"
    );
    for m in &comparison.methods {
        let name = m.as_str();
        let count = |map: &std::collections::BTreeMap<String, usize>| {
            map.get(name).map_or("-".to_string(), |c| c.to_string())
        };
        let ratio = |map: &std::collections::BTreeMap<String, f64>| {
            map.get(name)
                .map_or("-".to_string(), |r| format!("{r:.2}x"))
        };
        let _ = writeln!(
            out,
            "  {:<10} {:>5} {:>9} {:>8} {:>14} {:>15} {:>16} {:>12} {:>12}",
            name,
            count(&s.wins),
            count(&s.solutions),
            count(&s.optimal),
            if *m == super::Method::Plain {
                "1.00x".to_string()
            } else {
                ratio(&s.median_speedup_by_method)
            },
            if *m == super::Method::Plain {
                "1.00x".to_string()
            } else {
                ratio(&s.geomean_speedup_by_method)
            },
            s.primal_integral
                .get(name)
                .map_or("-".to_string(), |p| seconds(*p)),
            s.time_to_best_known_sgm
                .get(name)
                .map_or("-".to_string(), |p| seconds(*p)),
            s.time_to_proof_sgm
                .get(name)
                .map_or("-".to_string(), |p| seconds(*p)),
        );
    }
    let _ = writeln!(
        out,
        "speed-up of learned over plain on time to the best-known solution: median {}, geometric mean {}",
        s.median_speedup
            .map_or("-".to_string(), |r| format!("{r:.2}x")),
        s.geomean_speedup
            .map_or("-".to_string(), |r| format!("{r:.2}x")),
    );
    let _ = writeln!(
        out,
        "(gap: primal gap to the best known; t_best: the run's time to its final solution; \
t_known: its time to the best-known solution, '-' if never; speed-ups count a run that never \
reaches the best known as the limit, times floored at {} ms; sgm: shifted geometric mean, shift \
1 s, a run without it counting as the limit; t_proof: time to a proof of optimality)",
        metrics::MIN_TIME_S * 1e3
    );
}

/// An objective for humans: integers without a fraction, others with up to
/// 6 significant decimals.
fn number(x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn seconds(t: f64) -> String {
    format!("{t:.2}s")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Method, Run};
    use crate::model::Sense;
    use crate::solve::Status;

    #[test]
    fn table_shows_every_run_and_the_summary() {
        let run = |method, objective: Option<f64>, t: f64| Run {
            method,
            status: if objective.is_some() {
                Status::Optimal
            } else {
                Status::NoSolutionFound
            },
            objective,
            bound: objective,
            time_to_best_s: objective.map(|_| t),
            time_s: t,
            trajectory: objective.map(|o| vec![(t, o)]).unwrap_or_default(),
        };
        let comparison = Comparison {
            time_limit_s: 10.0,
            methods: vec![Method::Plain, Method::Learned],
            instances: vec![InstanceResult {
                name: "bpp_a".into(),
                sense: Sense::Minimize,
                runs: vec![
                    run(Method::Plain, None, 10.0),
                    run(Method::Learned, Some(7.0), 0.5),
                ],
            }],
        };
        let text = render(&comparison);
        assert!(text.contains("bpp_a  (best known: 7)"), "{text}");
        assert!(text.contains("no_solution"), "{text}");
        assert!(text.contains("100.00%"), "{text}");
        assert!(
            text.contains("plain on time to the best-known solution: median 20.00x"),
            "{text}"
        );
        assert_eq!(
            text.lines()
                .filter(|l| l.trim_start().starts_with("learned"))
                .count(),
            2
        );
    }
}
