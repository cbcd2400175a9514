//! Statistics per component: calls, time and what it found, as SCIP prints
//! them at the end of a run.

use serde::Serialize;

/// The kind of a component.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    /// A [`Separator`](super::Separator): `found` counts the cuts it
    /// produced that entered the LP.
    Separator,
    /// A [`PrimalHeuristic`](super::PrimalHeuristic): `found` counts the
    /// improving points it offered.
    Heuristic,
    /// A [`Propagator`](super::Propagator): `found` counts its bound
    /// changes.
    Propagator,
    /// A [`BranchingRule`](super::BranchingRule): `found` counts the
    /// branchings it decided.
    Branching,
}

impl ComponentKind {
    /// The kind's name in the table.
    pub fn as_str(self) -> &'static str {
        match self {
            ComponentKind::Separator => "separator",
            ComponentKind::Heuristic => "heuristic",
            ComponentKind::Propagator => "propagator",
            ComponentKind::Branching => "branching",
        }
    }

    /// What `found` counts, for the table's column.
    fn found_label(self) -> &'static str {
        match self {
            ComponentKind::Separator => "cuts",
            ComponentKind::Heuristic => "solutions",
            ComponentKind::Propagator => "fixings",
            ComponentKind::Branching => "branchings",
        }
    }
}

/// One component's statistics.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComponentStats {
    /// The component's name (`cuts.gomory`, `heur.lp_dive`, ...).
    pub name: String,
    /// Its kind.
    pub kind: ComponentKind,
    /// Times it was called.
    pub calls: u64,
    /// Seconds spent in it.
    pub time_s: f64,
    /// What it found: cuts added to the LP, improving solutions, bound
    /// changes or branchings, by kind.
    pub found: u64,
}

impl ComponentStats {
    /// Zero statistics for `name`.
    pub fn new(name: &str, kind: ComponentKind) -> Self {
        ComponentStats {
            name: name.to_string(),
            kind,
            calls: 0,
            time_s: 0.0,
            found: 0,
        }
    }

    /// Counts one call that started at `start` and found `found`.
    pub(crate) fn record(&mut self, start: std::time::Instant, found: u64) {
        self.calls += 1;
        self.time_s += start.elapsed().as_secs_f64();
        self.found += found;
    }
}

/// The table of every component's statistics, to stderr.
pub(crate) fn print_table(components: &[ComponentStats]) {
    eprintln!(
        "  {:<28} {:<11} {:>10} {:>10} {:>12}",
        "component", "kind", "calls", "time (s)", "found"
    );
    for c in components {
        eprintln!(
            "  {:<28} {:<11} {:>10} {:>10.2} {:>12}",
            c.name,
            c.kind.as_str(),
            c.calls,
            c.time_s,
            format!("{} {}", c.found, c.kind.found_label())
        );
    }
}
