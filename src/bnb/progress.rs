//! The progress log: a line every few seconds (and at every new
//! incumbent) with nodes, open nodes, bound, incumbent and gap, as SCIP and
//! HiGHS print; the gap is [`relative_gap`], the one the report gives.

use std::time::{Duration, Instant};

use crate::status::relative_gap;

/// One line's numbers; objective and bound in the problem's sense.
pub(crate) struct Line {
    pub nodes: u64,
    pub open: usize,
    pub depth: u32,
    pub lp_iterations: u64,
    pub bound: Option<f64>,
    pub incumbent: Option<f64>,
}

/// Prints progress lines to stderr when enabled.
pub(crate) struct Progress {
    enabled: bool,
    interval: Duration,
    last: Option<Instant>,
    /// Every new incumbent, logged or not: (seconds since the start, its
    /// objective), the times the `*` lines print.
    incumbents: Vec<(f64, f64)>,
}

impl Progress {
    pub fn new(enabled: bool, interval: Duration) -> Self {
        Progress {
            enabled,
            interval,
            last: None,
            incumbents: Vec::new(),
        }
    }

    /// The column titles.
    pub fn header(&mut self) {
        if self.enabled {
            eprintln!(
                "  {:>8} {:>10} {:>9} {:>6} {:>11} {:>15} {:>15} {:>9}",
                "time", "nodes", "open", "depth", "lp iter", "bound", "incumbent", "gap"
            );
            self.last = Some(Instant::now());
        }
    }

    /// A line when the interval has passed since the last one.
    pub fn tick(&mut self, start: Instant, line: &Line) {
        if self.enabled && self.last.is_none_or(|t| t.elapsed() >= self.interval) {
            self.print(' ', start, line);
        }
    }

    /// A line marked `*`: a new incumbent, recorded with its time whether
    /// the log is on or not.
    pub fn incumbent(&mut self, start: Instant, line: &Line) {
        let at = start.elapsed().as_secs_f64();
        if let Some(z) = line.incumbent {
            self.incumbents.push((at, z));
        }
        if self.enabled {
            self.print_at('*', at, line);
        }
    }

    /// Records an incumbent found before (by the search before a restart)
    /// without printing it.
    pub fn record_incumbent(&mut self, at: f64, z: f64) {
        self.incumbents.push((at, z));
    }

    /// The incumbents recorded so far, in time order.
    pub fn take_incumbents(&mut self) -> Vec<(f64, f64)> {
        std::mem::take(&mut self.incumbents)
    }

    /// The last line.
    pub fn finish(&mut self, start: Instant, line: &Line) {
        if self.enabled {
            self.print(' ', start, line);
        }
    }

    fn print(&mut self, mark: char, start: Instant, line: &Line) {
        self.print_at(mark, start.elapsed().as_secs_f64(), line);
    }

    fn print_at(&mut self, mark: char, at: f64, line: &Line) {
        let show = |v: Option<f64>| match v {
            Some(v) if v.is_finite() => format!("{v:.6}"),
            _ => "-".to_string(),
        };
        let gap = match (line.incumbent, line.bound) {
            (Some(i), Some(b)) if relative_gap(i, b).is_finite() => {
                format!("{:.2}%", 100.0 * relative_gap(i, b))
            }
            _ => "-".to_string(),
        };
        eprintln!(
            "{mark} {:>7.1}s {:>10} {:>9} {:>6} {:>11} {:>15} {:>15} {:>9}",
            at,
            line.nodes,
            line.open,
            line.depth,
            line.lp_iterations,
            show(line.bound),
            show(line.incumbent),
            gap
        );
        self.last = Some(Instant::now());
    }
}
