//! The one place where the search's components are listed: the built-in
//! ones with their priorities, the ones a library user registers through
//! [`Plugins`], minus the ones switched off by name.

use std::fmt;
use std::sync::Arc;

use super::stats::{ComponentKind, ComponentStats};
use super::{BranchingRule, PrimalHeuristic, Propagator, Separator};
use crate::bnb::settings::BnbSettings;
use crate::bnb::{branching, heuristics, propagators, separators};

/// Builds a fresh separator for one run.
pub type SeparatorFactory = Arc<dyn Fn() -> Box<dyn Separator> + Send + Sync>;
/// Builds a fresh primal heuristic for one run.
pub type HeuristicFactory = Arc<dyn Fn() -> Box<dyn PrimalHeuristic> + Send + Sync>;
/// Builds a fresh propagator for one run.
pub type PropagatorFactory = Arc<dyn Fn() -> Box<dyn Propagator> + Send + Sync>;
/// Builds a fresh branching rule for one run.
pub type BranchingFactory = Arc<dyn Fn() -> Box<dyn BranchingRule> + Send + Sync>;

/// The built-in components, each with its priority (higher runs first;
/// ties keep this order). Adding a component is one line here. Symmetry
/// fixing (`prop.orbitopal`, `prop.orbital`) is built by the search once
/// the symmetry is known and runs before every other propagator.
fn builtins(settings: &BnbSettings) -> Plugins {
    let mut p = Plugins::default();
    if settings.cuts {
        p = p
            .separator(4000, || Box::new(separators::Covers))
            .separator(3000, || Box::<separators::Cliques>::default())
            .separator(2000, || Box::<separators::Mir>::default())
            .separator(1500, || Box::<separators::Aggregation>::default())
            .separator(1000, || Box::new(separators::Gomory));
    }
    p = p
        .heuristic(5000, || Box::new(heuristics::FixAndPropagate))
        .heuristic(4500, || Box::<heuristics::FeasibilityPump>::default())
        .heuristic(4000, || Box::<heuristics::FeasibilityJump>::default())
        .heuristic(3000, || Box::new(heuristics::LpDive))
        .heuristic(2800, || Box::<heuristics::PscostDive>::default())
        .heuristic(2600, || Box::<heuristics::GuidedDive>::default())
        .heuristic(2000, || Box::new(heuristics::OneOpt))
        .heuristic(1800, || Box::<heuristics::LocalSearch>::default())
        .heuristic(1500, || Box::<heuristics::Rens>::default())
        .heuristic(1000, || Box::<heuristics::Rins>::default())
        .heuristic(1000, || Box::<heuristics::LocalBranching>::default());
    p = p
        .propagator(3000, || Box::<propagators::ReducedCostsAtRoot>::default())
        .propagator(2000, || Box::new(propagators::ReducedCostsAtNode));
    p.branching(2000, || Box::new(branching::Reliability))
        .branching(1000, || Box::new(branching::MostFractional))
}

/// The names of the built-in components (symmetry fixing included: its
/// propagators are built from the detected symmetry).
pub fn builtin_names() -> Vec<String> {
    let mut names = Components::new(&BnbSettings::default()).names();
    names.extend(propagators::SYMMETRY_NAMES.iter().map(|s| s.to_string()));
    names
}

/// Components added to the built-in ones, each as a factory (every run
/// builds its own) with a priority (the built-ins use 1000 to 5000;
/// higher runs first).
#[derive(Clone, Default)]
pub struct Plugins {
    separators: Vec<(i32, SeparatorFactory)>,
    heuristics: Vec<(i32, HeuristicFactory)>,
    propagators: Vec<(i32, PropagatorFactory)>,
    branching: Vec<(i32, BranchingFactory)>,
}

impl Plugins {
    /// Adds a separator.
    pub fn separator(
        mut self,
        priority: i32,
        make: impl Fn() -> Box<dyn Separator> + Send + Sync + 'static,
    ) -> Self {
        self.separators.push((priority, Arc::new(make)));
        self
    }

    /// Adds a primal heuristic.
    pub fn heuristic(
        mut self,
        priority: i32,
        make: impl Fn() -> Box<dyn PrimalHeuristic> + Send + Sync + 'static,
    ) -> Self {
        self.heuristics.push((priority, Arc::new(make)));
        self
    }

    /// Adds a propagator.
    pub fn propagator(
        mut self,
        priority: i32,
        make: impl Fn() -> Box<dyn Propagator> + Send + Sync + 'static,
    ) -> Self {
        self.propagators.push((priority, Arc::new(make)));
        self
    }

    /// Adds a branching rule.
    pub fn branching(
        mut self,
        priority: i32,
        make: impl Fn() -> Box<dyn BranchingRule> + Send + Sync + 'static,
    ) -> Self {
        self.branching.push((priority, Arc::new(make)));
        self
    }

    /// True when nothing is registered.
    pub fn is_empty(&self) -> bool {
        self.separators.is_empty()
            && self.heuristics.is_empty()
            && self.propagators.is_empty()
            && self.branching.is_empty()
    }
}

impl fmt::Debug for Plugins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Plugins({} separators, {} heuristics, {} propagators, {} branching rules)",
            self.separators.len(),
            self.heuristics.len(),
            self.propagators.len(),
            self.branching.len()
        )
    }
}

/// A name in [`BnbSettings::disabled`] that no component has.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown component '{name}' (known: {})", known.join(", "))]
pub struct UnknownComponent {
    /// The name given.
    pub name: String,
    /// Every component's name.
    pub known: Vec<String>,
}

/// One component with its statistics.
pub(crate) struct Registered<T: ?Sized> {
    pub(in crate::bnb) component: Box<T>,
    pub(in crate::bnb) stats: ComponentStats,
    /// The store's incumbent count at the last call (heuristics that run
    /// after a new incumbent).
    pub(in crate::bnb) seen_incumbents: u64,
}

/// Sorts by priority (higher first, stable), builds, and drops the
/// disabled ones.
type Factory<T> = Arc<dyn Fn() -> Box<T> + Send + Sync>;

fn build<T: ?Sized>(
    mut list: Vec<(i32, Factory<T>)>,
    kind: ComponentKind,
    name: impl Fn(&T) -> String,
    disabled: &[&str],
) -> Vec<Registered<T>> {
    list.sort_by_key(|(priority, _)| std::cmp::Reverse(*priority));
    list.into_iter()
        .map(|(_, make)| make())
        .filter(|c| !disabled.contains(&name(c).as_str()))
        .map(|c| {
            let stats = ComponentStats::new(&name(&c), kind);
            Registered {
                component: c,
                stats,
                seen_incumbents: 0,
            }
        })
        .collect()
}

/// The lists the search calls, in order.
pub(crate) struct Components {
    pub(in crate::bnb) separators: Vec<Registered<dyn Separator>>,
    pub(in crate::bnb) heuristics: Vec<Registered<dyn PrimalHeuristic>>,
    pub(in crate::bnb) propagators: Vec<Registered<dyn Propagator>>,
    pub(in crate::bnb) branching: Vec<Registered<dyn BranchingRule>>,
}

impl Components {
    /// The built-ins and the settings' plugins, minus the disabled ones.
    pub(crate) fn new(settings: &BnbSettings) -> Self {
        let mut all = builtins(settings);
        let user = &settings.plugins;
        all.separators.extend(user.separators.iter().cloned());
        all.heuristics.extend(user.heuristics.iter().cloned());
        all.propagators.extend(user.propagators.iter().cloned());
        all.branching.extend(user.branching.iter().cloned());
        let off: Vec<&str> = settings.disabled.iter().map(String::as_str).collect();
        Components {
            separators: build(
                all.separators,
                ComponentKind::Separator,
                |c| c.name().to_string(),
                &off,
            ),
            heuristics: build(
                all.heuristics,
                ComponentKind::Heuristic,
                |c| c.name().to_string(),
                &off,
            ),
            propagators: build(
                all.propagators,
                ComponentKind::Propagator,
                |c| c.name().to_string(),
                &off,
            ),
            branching: build(
                all.branching,
                ComponentKind::Branching,
                |c| c.name().to_string(),
                &off,
            ),
        }
    }

    /// Puts `first` (symmetry fixing, built once the symmetry is known)
    /// before the other propagators, minus the disabled ones.
    pub(crate) fn prepend_propagators(
        &mut self,
        first: Vec<Box<dyn Propagator>>,
        disabled: &[String],
    ) {
        let kept = first
            .into_iter()
            .filter(|c| !disabled.iter().any(|d| d == c.name()))
            .map(|c| Registered {
                stats: ComponentStats::new(c.name(), ComponentKind::Propagator),
                component: c,
                seen_incumbents: 0,
            });
        let rest = std::mem::take(&mut self.propagators);
        self.propagators = kept.chain(rest).collect();
    }

    /// Every component's name, in calling order by kind.
    pub(crate) fn names(&self) -> Vec<String> {
        self.stats().into_iter().map(|s| s.name).collect()
    }

    /// Every component's statistics: separators, heuristics, propagators,
    /// branching rules.
    pub(crate) fn stats(&self) -> Vec<ComponentStats> {
        let s = self.separators.iter().map(|r| r.stats.clone());
        let h = self.heuristics.iter().map(|r| r.stats.clone());
        let p = self.propagators.iter().map(|r| r.stats.clone());
        let b = self.branching.iter().map(|r| r.stats.clone());
        s.chain(h).chain(p).chain(b).collect()
    }
}

impl BnbSettings {
    /// Checks that every name in [`disabled`](Self::disabled) is a
    /// component's (a built-in one or one of [`plugins`](Self::plugins)).
    ///
    /// # Errors
    /// [`UnknownComponent`] with the list of known names.
    pub fn check_disabled(&self) -> Result<(), UnknownComponent> {
        let all = BnbSettings {
            cuts: true,
            disabled: Vec::new(),
            ..self.clone()
        };
        let mut known = Components::new(&all).names();
        known.extend(propagators::SYMMETRY_NAMES.iter().map(|s| s.to_string()));
        // Not a component: conflict analysis (BnbSettings::conflicts).
        known.push("conflicts".to_string());
        // Not a component either: the prediction's child order.
        known.push(crate::bnb::search::GUIDED_CHILD_ORDER.to_string());
        // Nor are the cut rounds at nodes below the root.
        known.push(crate::bnb::search::NODE_CUTS.to_string());
        // Nor are root restarts (BnbSettings::restarts).
        known.push("restarts".to_string());
        // Nor is presolve's probing.
        known.push(crate::bnb::presolve::PROBING.to_string());
        match self.disabled.iter().find(|d| !known.contains(d)) {
            Some(name) => Err(UnknownComponent {
                name: name.clone(),
                known,
            }),
            None => Ok(()),
        }
    }
}
