//! Build a symbreak [`Problem`] from a model written with good_lp, so a
//! planner that models with good_lp can call the learned solver.
//!
//! good_lp stores every constraint normalized as `expression <= 0` or
//! `expression == 0`; each becomes one row `Σ a x <= −constant` (or `=`).
//! Variables keep their bounds, integrality (integer with bounds `[0, 1]`
//! becomes binary) and names (unnamed ones are called `x<i>`).
//!
//! ```
//! use good_lp::{constraint, variable, Expression, ProblemVariables};
//! use symbreak::good_lp_adapter::GoodLpModel;
//! use symbreak::model::Sense;
//!
//! let mut vars = ProblemVariables::new();
//! let a = vars.add(variable().binary().name("a"));
//! let b = vars.add(variable().binary().name("b"));
//! let objective: Expression = 3 * a + 2 * b;
//! let constraints = vec![constraint!(a + b <= 1)];
//! let model = GoodLpModel::new("pick", &vars, Sense::Maximize, objective, &constraints).unwrap();
//! assert_eq!(model.problem.num_vars(), 2);
//! assert_eq!(model.problem.num_rows(), 1);
//! assert_eq!(model.problem.var_name(model.var(a).unwrap()), "a");
//! ```

use std::collections::HashMap;

use good_lp::{Constraint, Expression, IntoAffineExpression, ProblemVariables, Variable};

use crate::model::{ModelError, Problem, ProblemBuilder, Sense, Solution, VarId, VarKind};

/// A good_lp model converted to a [`Problem`], with the map back from
/// good_lp variables.
#[derive(Clone, Debug)]
pub struct GoodLpModel {
    /// The converted problem.
    pub problem: Problem,
    ids: HashMap<Variable, VarId>,
}

impl GoodLpModel {
    /// Converts variables, an objective with its sense, and constraints.
    ///
    /// # Errors
    /// Duplicate names, NaN coefficients or bounds, a constraint over a
    /// variable not in `variables`.
    pub fn new(
        name: &str,
        variables: &ProblemVariables,
        sense: Sense,
        objective: Expression,
        constraints: &[Constraint],
    ) -> Result<Self, ModelError> {
        let mut b = ProblemBuilder::new(name);
        b.set_sense(sense);
        let mut ids = HashMap::with_capacity(variables.len());
        for (i, (v, def)) in variables.iter_variables_with_def().enumerate() {
            let kind = if def.is_integer() {
                VarKind::Integer
            } else {
                VarKind::Continuous
            };
            let name = match def.get_name() {
                "" => format!("x{i}"),
                n => n.to_string(),
            };
            let id = b.add_var(name, kind, def.get_min(), def.get_max(), 0.0)?;
            ids.insert(v, id);
        }
        let lookup = |v: &Variable| {
            ids.get(v).copied().ok_or(ModelError::UnknownName {
                what: "variable",
                name: format!("{v:?}"),
            })
        };
        b.set_objective_offset(objective.constant())?;
        for (v, c) in objective.linear_coefficients() {
            let id = lookup(&v)?;
            b.set_objective_coefficient(id, c)?;
        }
        for (k, c) in constraints.iter().enumerate() {
            let e = c.expression().clone();
            let rhs = -e.constant();
            let (lower, upper) = if c.is_equality() {
                (rhs, rhs)
            } else {
                (f64::NEG_INFINITY, rhs)
            };
            let name = c.name().map_or_else(|| format!("c{k}"), str::to_string);
            let entries: Vec<(VarId, f64)> = e
                .linear_coefficients()
                .map(|(v, a)| lookup(&v).map(|id| (id, a)))
                .collect::<Result<_, _>>()?;
            b.add_row(name, lower, upper, &entries)?;
        }
        Ok(GoodLpModel {
            problem: b.build()?,
            ids,
        })
    }

    /// The symbreak id of a good_lp variable.
    pub fn var(&self, v: Variable) -> Option<VarId> {
        self.ids.get(&v).copied()
    }

    /// The value of a good_lp variable in a symbreak solution (0 for a
    /// variable not in the model).
    pub fn value(&self, solution: &Solution, v: Variable) -> f64 {
        self.var(v).map_or(0.0, |id| solution[id])
    }
}
