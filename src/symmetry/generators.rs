//! Sparse permutations of a problem's variables and rows, and the check
//! that one is a formulation symmetry.

use serde::Serialize;

use crate::model::{ConsId, Problem, VarId};

/// A formulation symmetry stored by its support: only the moved variables
/// and rows, each as `(point, image)`, sorted by point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Generator {
    /// Moved variables: `(j, π(j))`.
    pub vars: Vec<(VarId, VarId)>,
    /// Moved rows: `(i, σ(i))`.
    pub rows: Vec<(ConsId, ConsId)>,
}

impl Generator {
    /// The image of variable `v` (itself when not moved).
    pub fn var_image(&self, v: VarId) -> VarId {
        match self.vars.binary_search_by_key(&v, |p| p.0) {
            Ok(i) => self.vars[i].1,
            Err(_) => v,
        }
    }

    /// The image of row `r` (itself when not moved).
    pub fn row_image(&self, r: ConsId) -> ConsId {
        match self.rows.binary_search_by_key(&r, |p| p.0) {
            Ok(i) => self.rows[i].1,
            Err(_) => r,
        }
    }

    /// Number of moved variables and rows.
    pub fn support_size(&self) -> usize {
        self.vars.len() + self.rows.len()
    }

    /// The cycles of the variable part (each of length >= 2), each starting
    /// at its smallest member.
    pub fn var_cycles(&self) -> Vec<Vec<VarId>> {
        let mut seen = std::collections::BTreeSet::new();
        let mut cycles = Vec::new();
        for &(start, _) in &self.vars {
            if seen.contains(&start) {
                continue;
            }
            let mut cycle = vec![start];
            seen.insert(start);
            let mut v = self.var_image(start);
            while v != start {
                seen.insert(v);
                cycle.push(v);
                v = self.var_image(v);
            }
            cycles.push(cycle);
        }
        cycles
    }
}

/// Checks that `g` is a formulation symmetry of `problem`: every moved
/// variable keeps kind, bounds and objective coefficient, every moved row
/// keeps its sides, and `a[σ(i)][π(j)] = a[i][j]` for every row touched by
/// the support. Works directly on the problem's data, independently of the
/// graph the search used, so it catches a wrong search.
///
/// # Errors
/// A description of the first property that fails.
pub fn check_symmetry(problem: &Problem, g: &Generator) -> Result<(), String> {
    let n = problem.num_vars();
    let m = problem.num_rows();
    let mut var_targets: Vec<VarId> = Vec::with_capacity(g.vars.len());
    for &(v, w) in &g.vars {
        if v.index() >= n || w.index() >= n {
            return Err(format!("variable id out of range in ({v}, {w})"));
        }
        let (a, b) = (v, w);
        let same = problem.var_kind(a) == problem.var_kind(b)
            && problem.is_semi(a) == problem.is_semi(b)
            && problem.var_lower(a).to_bits() == problem.var_lower(b).to_bits()
            && problem.var_upper(a).to_bits() == problem.var_upper(b).to_bits()
            && problem.objective_coefficient(a) == problem.objective_coefficient(b);
        if !same {
            return Err(format!(
                "variable '{}' is mapped to '{}' with a different kind, bound or cost",
                problem.var_name(a),
                problem.var_name(b)
            ));
        }
        var_targets.push(w);
    }
    var_targets.sort_unstable();
    var_targets.dedup();
    if var_targets.len() != g.vars.len() || !g.vars.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err("the variable part is not a permutation".into());
    }
    let mut row_targets: Vec<ConsId> = Vec::with_capacity(g.rows.len());
    for &(r, s) in &g.rows {
        if r.index() >= m || s.index() >= m {
            return Err(format!("row id out of range in ({r}, {s})"));
        }
        if problem.row_lower(r).to_bits() != problem.row_lower(s).to_bits()
            || problem.row_upper(r).to_bits() != problem.row_upper(s).to_bits()
        {
            return Err(format!(
                "row '{}' is mapped to '{}' with different sides",
                problem.row_name(r),
                problem.row_name(s)
            ));
        }
        row_targets.push(s);
    }
    row_targets.sort_unstable();
    row_targets.dedup();
    if row_targets.len() != g.rows.len() || !g.rows.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err("the row part is not a permutation".into());
    }
    // Every row that holds a moved variable or is moved itself.
    let mut affected: Vec<ConsId> = g.rows.iter().map(|p| p.0).collect();
    for &(v, _) in &g.vars {
        affected.extend(problem.column(v).map(|(r, _)| r));
    }
    affected.sort_unstable();
    affected.dedup();
    let mut image: Vec<(VarId, u64)> = Vec::new();
    for r in affected {
        let s = g.row_image(r);
        image.clear();
        image.extend(problem.row(r).map(|(v, a)| (g.var_image(v), a.to_bits())));
        image.sort_unstable();
        let target = problem.row(s).map(|(v, a)| (v, a.to_bits()));
        if !image.iter().copied().eq(target) {
            return Err(format!(
                "row '{}' is not mapped onto row '{}'",
                problem.row_name(r),
                problem.row_name(s)
            ));
        }
    }
    Ok(())
}
