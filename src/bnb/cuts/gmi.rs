//! Gomory mixed-integer (GMI) cuts from simplex tableau rows.
//!
//! **Convention** (what the LP hands over). The LP over `n` structural
//! columns and `m` rows is read over `n + m` *extended* variables: `k < n`
//! is structural column `k`, `k = n + i` is the slack `s_i := (A x)_i` of LP
//! row `i`, with bounds `[row_lower_i, row_upper_i]`. A tableau row is
//!
//! ```text
//! x_b + Σ_k alpha_k z_k = beta        (over the NONBASIC z_k)
//! ```
//!
//! an identity that holds for every solution of the row equations, where
//! `x_b` is the basic variable (any extended variable) and every nonbasic
//! `z_k` sits at its lower or upper bound ([`TableauEntry::at_upper`]). With
//! `s = A x` the system is `A x - s = 0`, so a plain `B⁻¹[A | -I]` gives
//! `beta = 0`; an LP that keeps right-hand sides passes its own `beta`. The
//! bounds, integrality and rows come from a [`TableauLp`]
//! ([`ProblemTableau`] when the LP rows are the problem's rows).
//!
//! **Derivation.** Each nonbasic is shifted to its bound: `z'_k = z_k - l_k`
//! at lower, `z'_k = u_k - z_k` at upper (coefficient `-alpha_k`), so
//! `x_b + Σ a'_k z'_k = beta'` with `z' >= 0` and `beta'` the basic value.
//! With `f0 = frac(beta')` and `f_k = frac(a'_k)`, the GMI cut is
//! `Σ g_k z'_k >= 1` where `g_k = f_k/f0` if `f_k <= f0` else
//! `(1 - f_k)/(1 - f0)` for an integral `z'_k` (integral variable and
//! integral bound), and `g_k = a'_k/f0` if `a'_k >= 0` else
//! `-a'_k/(1 - f0)` for a continuous one. Nonbasics fixed (`l_k == u_k`,
//! e.g. equality-row slacks) are dropped: `z'_k = 0` in every feasible
//! point. The cut is then written in `z`, slacks are substituted by
//! `s_i = Σ_j a_ij x_j`, and it is scaled so the largest `|coefficient|` is 1.
//! It cuts off the LP vertex (`z' = 0` there) and is valid wherever the
//! bounds of the [`TableauLp`] hold: pass global bounds (with nonbasics at
//! global bounds, as at the root) for a globally valid cut; node bounds give
//! a cut valid in that node's subtree.
//!
//! **Rejection rules** ([`GmiSettings`]): no cut when the basic variable is
//! not integral; when `f0 < min_fractionality` or `f0 > 1 -
//! min_fractionality`; when a nonbasic with `alpha_k != 0` sits at an
//! infinite bound (a free nonbasic); when, after substitution, a coefficient
//! below `max|c| / max_dynamism` must be moved to the right-hand side with an
//! infinite bound (finite ones are moved: `c_j x_j >= c_j·l_j` for `c_j > 0`,
//! `c_j·u_j` for `c_j < 0`, so the cut stays valid and its dynamism is at
//! most `max_dynamism`); when it has more than `10 + max_density·n`
//! nonzeros; when nothing is left or anything is not finite.

use super::{Cut, CutFamily};
use crate::model::{ConsId, Problem, VarId};

/// What the GMI derivation needs to know about the LP a tableau row comes
/// from, over extended variables (`k < n` structural, `k = n + i` slack of
/// LP row `i`; see the [module documentation](self)).
pub trait TableauLp {
    /// The number `n` of structural columns.
    fn num_structural(&self) -> usize;
    /// The bounds of extended variable `k`; for the slack of row `i`, the
    /// row's bounds. Infinite values allowed.
    fn bounds(&self, k: usize) -> (f64, f64);
    /// True when extended variable `k` is integer in every feasible point:
    /// an integer column, or the slack of a row over integer columns with
    /// integer coefficients ([`slack_is_integral`]).
    fn is_integral(&self, k: usize) -> bool;
    /// Calls `f(j, a_ij)` on each structural nonzero of LP row `i`.
    fn for_each_in_row(&self, i: usize, f: &mut dyn FnMut(usize, f64));
}

/// A nonbasic extended variable of a tableau row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableauEntry {
    /// The extended index `k`.
    pub column: usize,
    /// Its coefficient `alpha_k` in `x_b + Σ alpha_k z_k = beta`.
    pub alpha: f64,
    /// True when `z_k` is at its upper bound, false at its lower bound.
    pub at_upper: bool,
}

/// One tableau row `x_basic + Σ alpha_k z_k = beta` with its LP.
#[derive(Clone, Copy)]
pub struct GmiInput<'a> {
    /// The LP: bounds, integrality, rows.
    pub lp: &'a dyn TableauLp,
    /// The extended index of the basic variable.
    pub basic: usize,
    /// The nonbasic entries (zeros may be left out).
    pub entries: &'a [TableauEntry],
    /// The right-hand side of the row (0 for `B⁻¹[A | -I]` with `s = Ax`).
    pub beta: f64,
}

/// The rejection thresholds of [`gomory_mixed_integer`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GmiSettings {
    /// Smallest distance of the basic value to an integer. [default: 0.01]
    /// [range: (0, 0.5)]
    pub min_fractionality: f64,
    /// Largest ratio of the largest to the smallest |coefficient|; smaller
    /// coefficients are moved to the right-hand side with their bounds.
    /// [default: 1e6]
    pub max_dynamism: f64,
    /// Nonzeros allowed: `10 + max_density·n`. [default: 0.5] [range: [0, 1]]
    pub max_density: f64,
}

impl Default for GmiSettings {
    fn default() -> Self {
        GmiSettings {
            min_fractionality: 0.01,
            max_dynamism: 1e6,
            max_density: 0.5,
        }
    }
}

/// True when `x` is within 1e-9 of an integer.
fn is_integer(x: f64) -> bool {
    (x - x.round()).abs() <= 1e-9
}

/// The Gomory mixed-integer cut of the tableau row `input`, or `None` when
/// a rule of the [module documentation](self) rejects it.
pub fn gomory_mixed_integer(input: &GmiInput, settings: &GmiSettings) -> Option<Cut> {
    if !input.lp.is_integral(input.basic) {
        return None;
    }
    let f0 = shifted_fractionality(input, settings)?;
    let (dense, support, rhs) = raw_cut(input, f0);
    scaled_cut(input.lp, &dense, &support, rhs, settings)
}

/// The fractional part `f0` of the basic value once every nonbasic is
/// shifted to its bound; `None` when a bound is infinite or `f0` is too
/// close to an integer.
fn shifted_fractionality(input: &GmiInput, settings: &GmiSettings) -> Option<f64> {
    // Shift every nonbasic to its bound: beta' is the basic value.
    let mut beta_shifted = input.beta;
    for e in input.entries.iter().filter(|e| e.alpha != 0.0) {
        let (lo, up) = input.lp.bounds(e.column);
        let bound = if e.at_upper { up } else { lo };
        if !bound.is_finite() {
            return None;
        }
        beta_shifted -= e.alpha * bound;
    }
    let f0 = beta_shifted - beta_shifted.floor();
    if !f0.is_finite() || f0 < settings.min_fractionality || f0 > 1.0 - settings.min_fractionality {
        return None;
    }
    Some(f0)
}

/// `Σ g_k z'_k >= 1` written as `Σ c_k z_k <= rhs` over the structural
/// columns, slacks substituted: the dense coefficients, their support
/// (sorted) and the right-hand side.
fn raw_cut(input: &GmiInput, f0: f64) -> (Vec<f64>, Vec<usize>, f64) {
    let lp = input.lp;
    let n = lp.num_structural();
    let mut dense = vec![0.0; n];
    let mut touched = vec![false; n];
    let mut support: Vec<usize> = Vec::new();
    let mut add = |j: usize, c: f64| {
        if !touched[j] {
            touched[j] = true;
            support.push(j);
        }
        dense[j] += c;
    };
    let mut rhs = -1.0;
    for e in input.entries.iter().filter(|e| e.alpha != 0.0) {
        let (lo, up) = lp.bounds(e.column);
        if lo == up {
            continue;
        }
        let bound = if e.at_upper { up } else { lo };
        let a = if e.at_upper { -e.alpha } else { e.alpha };
        let g = if lp.is_integral(e.column) && is_integer(bound) {
            let f = a - a.floor();
            if f <= f0 {
                f / f0
            } else {
                (1.0 - f) / (1.0 - f0)
            }
        } else if a >= 0.0 {
            a / f0
        } else {
            -a / (1.0 - f0)
        };
        if g == 0.0 {
            continue;
        }
        // -g (z - l) <= ... for a lower shift, -g (u - z) for an upper one.
        let c = if e.at_upper { g } else { -g };
        rhs += if e.at_upper { g * up } else { -g * lo };
        if e.column < n {
            add(e.column, c);
        } else {
            lp.for_each_in_row(e.column - n, &mut |j, a_ij| add(j, c * a_ij));
        }
    }
    support.sort_unstable();
    (dense, support, rhs)
}

/// The cut scaled to a largest coefficient of 1, the coefficients below
/// the dynamism limit moved onto their bounds; `None` when it is empty,
/// too dense, or a dropped coefficient has an infinite bound.
fn scaled_cut(
    lp: &dyn TableauLp,
    dense: &[f64],
    support: &[usize],
    mut rhs: f64,
    settings: &GmiSettings,
) -> Option<Cut> {
    let n = lp.num_structural();
    let max_abs = support.iter().map(|&j| dense[j].abs()).fold(0.0, f64::max);
    if !(max_abs > 0.0 && max_abs.is_finite()) {
        return None;
    }
    let smallest_kept = max_abs / settings.max_dynamism;
    let mut terms = Vec::with_capacity(support.len());
    for &j in support {
        let c = dense[j];
        if c.abs() >= smallest_kept {
            terms.push((VarId(u32::try_from(j).ok()?), c / max_abs));
            continue;
        }
        if c == 0.0 {
            continue;
        }
        let (lo, up) = lp.bounds(j);
        let bound = if c > 0.0 { lo } else { up };
        if !bound.is_finite() {
            return None;
        }
        rhs -= c * bound;
    }
    let max_nonzeros = 10 + (settings.max_density * n as f64) as usize;
    if terms.is_empty() || terms.len() > max_nonzeros {
        return None;
    }
    let cut = Cut::from_terms(terms, rhs / max_abs, CutFamily::Gomory);
    (cut.is_well_formed() && !cut.vars.is_empty()).then_some(cut)
}

/// True when row `r`'s activity is integer at every integer point: all its
/// columns are integral and all its coefficients integers.
pub fn slack_is_integral(problem: &Problem, r: ConsId) -> bool {
    problem
        .row(r)
        .all(|(v, a)| problem.var_kind(v).is_integral() && is_integer(a))
}

/// A [`TableauLp`] whose LP rows are exactly the problem's rows (no cuts
/// added), with the structural bounds given.
#[derive(Clone, Debug)]
pub struct ProblemTableau<'a> {
    problem: &'a Problem,
    lower: &'a [f64],
    upper: &'a [f64],
    slack_integral: Vec<bool>,
}

impl<'a> ProblemTableau<'a> {
    /// The tableau view of `problem` with structural bounds `lower`/`upper`
    /// (pass the hull for semi-continuous columns). Costs one pass over the
    /// rows (slack integrality).
    ///
    /// # Panics
    /// When `lower` or `upper` is shorter than `problem.num_vars()`.
    pub fn new(problem: &'a Problem, lower: &'a [f64], upper: &'a [f64]) -> Self {
        assert!(lower.len() >= problem.num_vars() && upper.len() >= problem.num_vars());
        let slack_integral = problem
            .rows()
            .map(|r| slack_is_integral(problem, r))
            .collect();
        ProblemTableau {
            problem,
            lower,
            upper,
            slack_integral,
        }
    }
}

impl TableauLp for ProblemTableau<'_> {
    fn num_structural(&self) -> usize {
        self.problem.num_vars()
    }

    fn bounds(&self, k: usize) -> (f64, f64) {
        let n = self.problem.num_vars();
        if k < n {
            (self.lower[k], self.upper[k])
        } else {
            let r = ConsId(u32::try_from(k - n).expect("row index fits u32"));
            (self.problem.row_lower(r), self.problem.row_upper(r))
        }
    }

    fn is_integral(&self, k: usize) -> bool {
        let n = self.problem.num_vars();
        if k < n {
            self.problem
                .var_kind(VarId(u32::try_from(k).expect("column index fits u32")))
                .is_integral()
        } else {
            self.slack_integral[k - n]
        }
    }

    fn for_each_in_row(&self, i: usize, f: &mut dyn FnMut(usize, f64)) {
        let r = ConsId(u32::try_from(i).expect("row index fits u32"));
        for (v, a) in self.problem.row(r) {
            f(v.index(), a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};
    use proptest::prelude::*;

    /// Solves the dense square system `m·z = rhs` by Gaussian elimination
    /// with partial pivoting; `None` when (nearly) singular.
    fn solve_dense(mut m: Vec<Vec<f64>>, mut rhs: Vec<Vec<f64>>) -> Option<Vec<Vec<f64>>> {
        let k = m.len();
        for col in 0..k {
            let piv = (col..k).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
            if m[piv][col].abs() < 1e-9 {
                return None;
            }
            m.swap(col, piv);
            rhs.swap(col, piv);
            let pivot_row = m[col].clone();
            let pivot_rhs = rhs[col].clone();
            for row in (0..k).filter(|&row| row != col) {
                let factor = m[row][col] / pivot_row[col];
                if factor != 0.0 {
                    for (a, p) in m[row].iter_mut().zip(&pivot_row) {
                        *a -= factor * p;
                    }
                    for (a, p) in rhs[row].iter_mut().zip(&pivot_rhs) {
                        *a -= factor * p;
                    }
                }
            }
        }
        for row in 0..k {
            let d = m[row][row];
            for v in rhs[row].iter_mut() {
                *v /= d;
            }
        }
        Some(rhs)
    }

    /// A basic solution of `[A | -I] z = 0` over extended variables: which
    /// variables are basic, the nonbasics' bound sides, the point and the
    /// tableau rows.
    struct BasicSolution {
        x: Vec<f64>,
        /// (basic extended index, entries) per basic variable.
        rows: Vec<(usize, Vec<TableauEntry>)>,
    }

    /// Every primal-feasible basic solution (vertex) of the LP relaxation of
    /// a tiny problem with finite bounds, by enumeration of bases and bound
    /// sides.
    fn vertices(p: &Problem, lp: &ProblemTableau) -> Vec<BasicSolution> {
        let n = p.num_vars();
        let m = p.num_rows();
        let ext = n + m;
        // the m × ext matrix [A | -I]
        let mut a = vec![vec![0.0; ext]; m];
        for r in p.rows() {
            for (v, c) in p.row(r) {
                a[r.index()][v.index()] = c;
            }
            a[r.index()][n + r.index()] = -1.0;
        }
        let mut out = Vec::new();
        let subsets: Vec<Vec<usize>> = (0u32..1 << ext)
            .filter(|s| s.count_ones() as usize == m)
            .map(|s| (0..ext).filter(|&k| s >> k & 1 == 1).collect())
            .collect();
        for basis in subsets {
            let nonbasic: Vec<usize> = (0..ext).filter(|k| !basis.contains(k)).collect();
            let bmat: Vec<Vec<f64>> = (0..m)
                .map(|i| basis.iter().map(|&k| a[i][k]).collect())
                .collect();
            // B⁻¹ N, column per nonbasic
            let nmat: Vec<Vec<f64>> = (0..m)
                .map(|i| nonbasic.iter().map(|&k| a[i][k]).collect())
                .collect();
            let Some(tab) = solve_dense(bmat, nmat) else {
                continue;
            };
            for sides in 0u32..1 << nonbasic.len() {
                let mut z = vec![0.0; ext];
                let mut ok = true;
                for (t, &k) in nonbasic.iter().enumerate() {
                    let (lo, up) = lp.bounds(k);
                    let v = if sides >> t & 1 == 1 { up } else { lo };
                    ok &= v.is_finite();
                    z[k] = v;
                }
                if !ok {
                    continue;
                }
                for (i, &b) in basis.iter().enumerate() {
                    z[b] = -nonbasic
                        .iter()
                        .enumerate()
                        .map(|(t, &k)| tab[i][t] * z[k])
                        .sum::<f64>();
                    let (lo, up) = lp.bounds(b);
                    ok &= z[b] >= lo - 1e-9 && z[b] <= up + 1e-9;
                }
                if !ok {
                    continue;
                }
                let rows = basis
                    .iter()
                    .enumerate()
                    .map(|(i, &b)| {
                        let entries = nonbasic
                            .iter()
                            .enumerate()
                            .map(|(t, &k)| TableauEntry {
                                column: k,
                                alpha: tab[i][t],
                                at_upper: sides >> t & 1 == 1,
                            })
                            .collect();
                        (b, entries)
                    })
                    .collect();
                out.push(BasicSolution {
                    x: z[..n].to_vec(),
                    rows,
                });
            }
        }
        out
    }

    /// Panics unless `cut` holds at every feasible point of `p`: integer
    /// columns enumerated, at most one continuous column checked at both
    /// ends of its feasible interval.
    fn assert_valid_mixed(p: &Problem, cut: &Cut) {
        let n = p.num_vars();
        let cont: Vec<usize> = (0..n)
            .filter(|&j| !p.var_kind(VarId(j as u32)).is_integral())
            .collect();
        assert!(cont.len() <= 1);
        let ints: Vec<usize> = (0..n).filter(|j| !cont.contains(j)).collect();
        let mut x = vec![0.0; n];
        let mut cur: Vec<i64> = ints
            .iter()
            .map(|&j| p.var_lower(VarId(j as u32)) as i64)
            .collect();
        loop {
            for (t, &j) in ints.iter().enumerate() {
                x[j] = cur[t] as f64;
            }
            let mut candidates = Vec::new();
            if let Some(&c) = cont.first() {
                let v = VarId(c as u32);
                let (mut lo, mut up) = (p.var_lower(v), p.var_upper(v));
                x[c] = 0.0;
                for r in p.rows() {
                    let a = p.row(r).find(|(w, _)| *w == v).map_or(0.0, |(_, a)| a);
                    let rest = p.row_activity(r, &x);
                    let (rl, ru) = (p.row_lower(r) - rest, p.row_upper(r) - rest);
                    if a > 0.0 {
                        lo = lo.max(rl / a);
                        up = up.min(ru / a);
                    } else if a < 0.0 {
                        lo = lo.max(ru / a);
                        up = up.min(rl / a);
                    } else if rl > 1e-9 || ru < -1e-9 {
                        up = lo - 1.0;
                    }
                }
                if lo <= up + 1e-12 {
                    candidates.push((c, lo));
                    candidates.push((c, up));
                }
            } else if p.rows().all(|r| {
                let act = p.row_activity(r, &x);
                act >= p.row_lower(r) - 1e-9 && act <= p.row_upper(r) + 1e-9
            }) {
                candidates.push((usize::MAX, 0.0));
            }
            for (c, value) in candidates {
                if c != usize::MAX {
                    x[c] = value;
                }
                assert!(
                    cut.violation(&x) <= 1e-7,
                    "cut {cut:?} cuts off the feasible point {x:?} by {}",
                    cut.violation(&x)
                );
            }
            let mut t = 0;
            loop {
                if t == ints.len() {
                    return;
                }
                let j = ints[t];
                if cur[t] < p.var_upper(VarId(j as u32)) as i64 {
                    cur[t] += 1;
                    break;
                }
                cur[t] = p.var_lower(VarId(j as u32)) as i64;
                t += 1;
            }
        }
    }

    /// Every GMI cut of every tableau row of every vertex of `p`: each is
    /// checked to cut off its vertex and no feasible point. Returns how many.
    fn check_all_vertices(p: &Problem) -> usize {
        let lp = ProblemTableau::new(p, p.var_lowers(), p.var_uppers());
        let mut count = 0;
        for vertex in vertices(p, &lp) {
            for (basic, entries) in &vertex.rows {
                let input = GmiInput {
                    lp: &lp,
                    basic: *basic,
                    entries,
                    beta: 0.0,
                };
                if let Some(cut) = gomory_mixed_integer(&input, &GmiSettings::default()) {
                    assert!(cut.is_well_formed());
                    assert!(
                        cut.violation(&vertex.x) > 1e-6,
                        "cut {cut:?} does not cut off its vertex {:?}",
                        vertex.x
                    );
                    assert_valid_mixed(p, &cut);
                    count += 1;
                }
            }
        }
        count
    }

    /// max x2: 3x1 + 2x2 <= 6, -3x1 + 2x2 <= 0; LP optimum (1, 1.5).
    fn classic() -> Problem {
        let mut b = ProblemBuilder::new("classic");
        let x1 = b.add_var("x1", VarKind::Integer, 0.0, 10.0, 0.0).unwrap();
        let x2 = b.add_var("x2", VarKind::Integer, 0.0, 10.0, 1.0).unwrap();
        b.add_row("a", f64::NEG_INFINITY, 6.0, &[(x1, 3.0), (x2, 2.0)])
            .unwrap();
        b.add_row("b", f64::NEG_INFINITY, 0.0, &[(x1, -3.0), (x2, 2.0)])
            .unwrap();
        b.build().unwrap()
    }

    /// The classic example's tableau row of x2 at its LP optimum:
    /// x2 - s1/4 - s2/4 = 0, both slacks nonbasic at their upper bounds.
    fn classic_x2_row() -> [TableauEntry; 2] {
        [
            TableauEntry {
                column: 2,
                alpha: -0.25,
                at_upper: true,
            },
            TableauEntry {
                column: 3,
                alpha: -0.25,
                at_upper: true,
            },
        ]
    }

    #[test]
    fn the_classic_two_variable_example_gives_x2_at_most_1() {
        // max x2: 3x1 + 2x2 <= 6, -3x1 + 2x2 <= 0; LP optimum (1, 1.5).
        let p = classic();
        let x2 = VarId(1);
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        let entries = classic_x2_row();
        let input = GmiInput {
            lp: &lp,
            basic: 1,
            entries: &entries,
            beta: 0.0,
        };
        let cut = gomory_mixed_integer(&input, &GmiSettings::default()).unwrap();
        assert_eq!(cut.vars, vec![x2]);
        assert_eq!(cut.coefs, vec![1.0]);
        assert!((cut.rhs - 1.0).abs() < 1e-12);
        assert!(cut.violation(&[1.0, 1.5]) > 0.4);
        // the row of x1 has an integral basic value: no cut
        let entries = [
            TableauEntry {
                column: 2,
                alpha: -1.0 / 6.0,
                at_upper: true,
            },
            TableauEntry {
                column: 3,
                alpha: 1.0 / 6.0,
                at_upper: true,
            },
        ];
        let input = GmiInput {
            lp: &lp,
            basic: 0,
            entries: &entries,
            beta: 0.0,
        };
        assert!(gomory_mixed_integer(&input, &GmiSettings::default()).is_none());
        assert!(check_all_vertices(&p) > 0);
    }

    #[test]
    fn continuous_basic_rows_and_free_nonbasics_give_no_cut() {
        let mut b = ProblemBuilder::new("cont");
        let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 0.0).unwrap();
        let y = b
            .add_var(
                "y",
                VarKind::Continuous,
                f64::NEG_INFINITY,
                f64::INFINITY,
                0.0,
            )
            .unwrap();
        b.add_row("r", f64::NEG_INFINITY, 2.5, &[(x, 1.0), (y, 1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        let entries = [TableauEntry {
            column: 0,
            alpha: 1.0,
            at_upper: false,
        }];
        let continuous_basic = GmiInput {
            lp: &lp,
            basic: 1,
            entries: &entries,
            beta: 2.5,
        };
        assert!(gomory_mixed_integer(&continuous_basic, &GmiSettings::default()).is_none());
        // x + y = s: x basic with y nonbasic "at" an infinite bound
        let entries = [
            TableauEntry {
                column: 1,
                alpha: 1.0,
                at_upper: false,
            },
            TableauEntry {
                column: 2,
                alpha: -1.0,
                at_upper: true,
            },
        ];
        let free = GmiInput {
            lp: &lp,
            basic: 0,
            entries: &entries,
            beta: 0.0,
        };
        assert!(gomory_mixed_integer(&free, &GmiSettings::default()).is_none());
    }

    #[test]
    fn a_mixed_row_uses_the_continuous_formula() {
        // x - y <= 0.5 with x integer in [0, 3], y continuous in [0, 2]:
        // vertex x = 0.5, y = 0 (x basic, y at 0, slack at 0.5).
        let mut b = ProblemBuilder::new("mixed");
        let x = b.add_var("x", VarKind::Integer, 0.0, 3.0, 1.0).unwrap();
        let y = b.add_var("y", VarKind::Continuous, 0.0, 2.0, 0.0).unwrap();
        b.add_row("r", f64::NEG_INFINITY, 0.5, &[(x, 1.0), (y, -1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        // x - y - s = 0 → x + (-1)·y + (-1)·s = 0
        let entries = [
            TableauEntry {
                column: 1,
                alpha: -1.0,
                at_upper: false,
            },
            TableauEntry {
                column: 2,
                alpha: -1.0,
                at_upper: true,
            },
        ];
        let input = GmiInput {
            lp: &lp,
            basic: 0,
            entries: &entries,
            beta: 0.0,
        };
        let cut = gomory_mixed_integer(&input, &GmiSettings::default()).unwrap();
        // f0 = 0.5: g_y = 1/(0.5) = 2 on y, the slack is continuous (0.5 bound
        // is fractional): g_s = 1/0.5 = 2 on (0.5 - s): 2y + 1 - 2s >= 1, i.e.
        // x - 2y <= 0 after s = x - y, scaled to 0.5x - y <= 0.
        assert_eq!(cut.vars, vec![x, y]);
        assert!(
            (cut.coefs[0] - 0.5).abs() < 1e-12 && (cut.coefs[1] + 1.0).abs() < 1e-12,
            "{cut:?}"
        );
        assert!(cut.rhs.abs() < 1e-12);
        assert!(cut.violation(&[0.5, 0.0]) > 0.0);
        assert_valid_mixed(&p, &cut);
        assert!(check_all_vertices(&p) > 0);
    }

    #[test]
    fn an_integral_nonbasic_above_f0_gets_the_complemented_coefficient() {
        // xb + 0.8 z - y = 2.5, xb and z integer, y continuous: f0 = 0.5,
        // f_z = 0.8 > f0 gives g_z = 0.2/0.5 = 0.4, g_y = 1/(1 - 0.5) = 2:
        // 0.4 z + 2 y >= 1, tight at xb = 2, z = 1, y = 0.3.
        let mut b = ProblemBuilder::new("above");
        let xb = b.add_var("xb", VarKind::Integer, 0.0, 5.0, 0.0).unwrap();
        let z = b.add_var("z", VarKind::Integer, 0.0, 3.0, 0.0).unwrap();
        let y = b.add_var("y", VarKind::Continuous, 0.0, 5.0, 0.0).unwrap();
        b.add_row("r", 2.5, 2.5, &[(xb, 1.0), (z, 0.8), (y, -1.0)])
            .unwrap();
        let p = b.build().unwrap();
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        // xb + 0.8 z - y - s = 0, s fixed at 2.5.
        let entries = [
            TableauEntry {
                column: 1,
                alpha: 0.8,
                at_upper: false,
            },
            TableauEntry {
                column: 2,
                alpha: -1.0,
                at_upper: false,
            },
            TableauEntry {
                column: 3,
                alpha: -1.0,
                at_upper: false,
            },
        ];
        let input = GmiInput {
            lp: &lp,
            basic: 0,
            entries: &entries,
            beta: 0.0,
        };
        let cut = gomory_mixed_integer(&input, &GmiSettings::default()).unwrap();
        // -0.4 z - 2 y <= -1, scaled by 2.
        assert_eq!(cut.vars, vec![z, y]);
        assert!(
            (cut.coefs[0] + 0.2).abs() < 1e-12 && (cut.coefs[1] + 1.0).abs() < 1e-12,
            "{cut:?}"
        );
        assert!((cut.rhs + 0.5).abs() < 1e-12);
        assert!(cut.violation(&[1.0, 1.0, 0.3]).abs() < 1e-12, "tight");
        assert_valid_mixed(&p, &cut);
        assert!(check_all_vertices(&p) > 0);
    }

    #[test]
    fn settings_reject_nearly_integral_rows_and_dense_cuts() {
        let p = classic();
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        let entries = classic_x2_row();
        let input = GmiInput {
            lp: &lp,
            basic: 1,
            entries: &entries,
            beta: 0.0,
        };
        let strict = GmiSettings {
            min_fractionality: 0.6,
            ..GmiSettings::default()
        };
        assert!(gomory_mixed_integer(&input, &strict).is_none());
        // beta shifted by 0.495: basic value 1.995, f0 = 0.995 > 0.99
        let near = GmiInput {
            beta: 0.495,
            ..input
        };
        assert!(gomory_mixed_integer(&near, &GmiSettings::default()).is_none());
    }

    #[test]
    fn tiny_coefficients_are_moved_to_the_right_hand_side() {
        // x0 + 1e-8 x1 ... : alpha on x1 tiny, continuous in [0, 1]: after
        // scaling its coefficient is below 1/1e6 and is relaxed with x1's bound.
        let mut b = ProblemBuilder::new("dyn");
        b.add_var("x0", VarKind::Integer, 0.0, 5.0, 0.0).unwrap();
        b.add_var("x1", VarKind::Continuous, 0.0, 1.0, 0.0).unwrap();
        let x2 = b.add_var("x2", VarKind::Continuous, 0.0, 2.0, 0.0).unwrap();
        let p = b.build().unwrap();
        let lp = ProblemTableau::new(&p, p.var_lowers(), p.var_uppers());
        // x0 + 1e-9·x1 - 0.5·x2 = 0.5 with x1, x2 at 0.
        let entries = [
            TableauEntry {
                column: 1,
                alpha: 1e-9,
                at_upper: false,
            },
            TableauEntry {
                column: 2,
                alpha: -0.5,
                at_upper: false,
            },
        ];
        let input = GmiInput {
            lp: &lp,
            basic: 0,
            entries: &entries,
            beta: 0.5,
        };
        let cut = gomory_mixed_integer(&input, &GmiSettings::default()).unwrap();
        assert_eq!(cut.vars, vec![x2], "{cut:?}");
        // validity: x0 + 1e-9 x1 - 0.5 x2 = 0.5 has integer x0 only with
        // x2 = 2(x0 - 0.5 + 1e-9 x1) in [0, 1]: x0 = 1, x2 ≈ 1.
        for x1v in [0.0, 0.5, 1.0] {
            let point = [1.0, x1v, 1.0 + 2e-9 * x1v];
            assert!(cut.violation(&point) <= 1e-9, "{cut:?} at {point:?}");
        }
        assert!(cut.violation(&[0.5, 0.0, 0.0]) > 0.0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(150))]
        #[test]
        fn gmi_cuts_cut_off_their_vertex_and_no_feasible_point(
            coefs in prop::collection::vec(-4i32..=4, 6),
            his in prop::collection::vec(1i32..=12, 2),
            lo_first in -6i32..=0,
            halves in prop::collection::vec(0i32..=1, 2),
            with_continuous in any::<bool>(),
        ) {
            let n = if with_continuous { 3 } else { 2 };
            let mut b = ProblemBuilder::new("random");
            let mut vars = vec![
                b.add_var("a", VarKind::Integer, 0.0, 3.0, 0.0).unwrap(),
                b.add_var("b", VarKind::Integer, 0.0, 3.0, 0.0).unwrap(),
            ];
            if with_continuous {
                vars.push(b.add_var("y", VarKind::Continuous, 0.0, 2.5, 0.0).unwrap());
            }
            for r in 0..2 {
                let terms: Vec<(VarId, f64)> = (0..n)
                    .map(|j| (vars[j], f64::from(coefs[3 * r + j])))
                    .filter(|t| t.1 != 0.0)
                    .collect();
                let hi = f64::from(his[r]) + 0.5 * f64::from(halves[r]);
                let lo = if r == 0 { f64::from(lo_first) } else { f64::NEG_INFINITY };
                b.add_row(format!("r{r}"), lo, hi, &terms).unwrap();
            }
            let p = b.build().unwrap();
            check_all_vertices(&p);
        }
    }

    #[test]
    fn random_tiny_problems_give_gmi_cuts() {
        // Guards the property test above against passing vacuously.
        let mut total = 0;
        for (c, h) in [
            ([3, 2, -3, 2], [6.0, 0.0]),
            ([2, 3, 4, -1], [7.0, 5.0]),
            ([5, 3, 1, 4], [9.5, 8.0]),
        ] {
            let mut b = ProblemBuilder::new("t");
            let x1 = b.add_var("x1", VarKind::Integer, 0.0, 4.0, 0.0).unwrap();
            let x2 = b.add_var("x2", VarKind::Integer, 0.0, 4.0, 0.0).unwrap();
            b.add_row(
                "a",
                f64::NEG_INFINITY,
                h[0],
                &[(x1, f64::from(c[0])), (x2, f64::from(c[1]))],
            )
            .unwrap();
            b.add_row(
                "b",
                f64::NEG_INFINITY,
                h[1],
                &[(x1, f64::from(c[2])), (x2, f64::from(c[3]))],
            )
            .unwrap();
            total += check_all_vertices(&b.build().unwrap());
        }
        assert!(total >= 5, "only {total} cuts");
    }
}
