//! [`Status`]: what a solve established about the problem, the one verdict
//! every path reports (the branch-and-cut, each backend, the learned path,
//! every `compare` method), and [`relative_gap`], the one gap formula.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The verdict of a solve. Infeasibility and hit limits are answers, not
/// errors.
///
/// Serialized (JSON, CLI) as `"optimal"`, `"feasible"`, `"infeasible"`,
/// `"unbounded"`, `"no_solution"`, `"numerical_trouble"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// The backend proved the reported solution optimal (within the relative
    /// gap asked for); the solution passed verification.
    #[serde(rename = "optimal")]
    Optimal,
    /// A limit stopped the search with a verified incumbent, not proven
    /// optimal.
    #[serde(rename = "feasible")]
    Feasible,
    /// The backend proved that no point satisfies the (sub-)problem, or a
    /// fixing contradicts a bound.
    #[serde(rename = "infeasible")]
    Infeasible,
    /// The backend proved the objective unbounded.
    #[serde(rename = "unbounded")]
    Unbounded,
    /// A limit stopped the search before any verified point was found.
    #[serde(rename = "no_solution")]
    NoSolutionFound,
    /// The backend failed (an error, a panic, a contradictory claim) or
    /// returned a point that fails verification. Nothing is reported as a
    /// solution.
    #[serde(rename = "numerical_trouble")]
    NumericalTrouble,
}

impl Status {
    /// Every status, in declaration order.
    pub const ALL: [Status; 6] = [
        Status::Optimal,
        Status::Feasible,
        Status::Infeasible,
        Status::Unbounded,
        Status::NoSolutionFound,
        Status::NumericalTrouble,
    ];

    /// The serialized name, e.g. `"no_solution"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Optimal => "optimal",
            Status::Feasible => "feasible",
            Status::Infeasible => "infeasible",
            Status::Unbounded => "unbounded",
            Status::NoSolutionFound => "no_solution",
            Status::NumericalTrouble => "numerical_trouble",
        }
    }

    /// True for the statuses that come with a verified solution
    /// (`Optimal`, `Feasible`).
    pub fn has_solution(self) -> bool {
        matches!(self, Status::Optimal | Status::Feasible)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The relative gap between an incumbent objective and a bound:
/// `|objective − bound| / max(|objective|, 1)`. The one formula of the log,
/// the JSON and the stopping rule.
pub fn relative_gap(objective: f64, bound: f64) -> f64 {
    if objective == bound {
        return 0.0;
    }
    (objective - bound).abs() / objective.abs().max(1.0)
}

/// A string that is not the name of a [`Status`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown status '{0}' (expected optimal, feasible, infeasible, unbounded, no_solution or numerical_trouble)"
)]
pub struct UnknownStatus(pub String);

impl FromStr for Status {
    type Err = UnknownStatus;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_display_from_str_and_json() {
        for st in Status::ALL {
            assert_eq!(st.to_string().parse::<Status>(), Ok(st));
            let json = serde_json::to_string(&st).unwrap();
            assert_eq!(json, format!("\"{}\"", st.as_str()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), st);
        }
        assert_eq!(Status::NoSolutionFound.as_str(), "no_solution");
        assert!("optimum".parse::<Status>().is_err());
    }

    #[test]
    fn relative_gap_divides_by_the_objective_but_never_below_one() {
        assert_eq!(relative_gap(10.0, 9.0), 0.1);
        assert_eq!(relative_gap(0.5, 0.0), 0.5);
        assert_eq!(relative_gap(-20.0, -22.0), 0.1);
        assert_eq!(relative_gap(3.0, 3.0), 0.0);
    }

    #[test]
    fn only_optimal_and_feasible_carry_a_solution() {
        let with: Vec<_> = Status::ALL
            .into_iter()
            .filter(|s| s.has_solution())
            .collect();
        assert_eq!(with, vec![Status::Optimal, Status::Feasible]);
    }
}
