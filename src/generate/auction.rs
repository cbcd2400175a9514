//! Combinatorial auction (`auction`), a control family: the "arbitrary
//! relationships" bids of Leyton-Brown, Pearson and Shoham ("Towards a
//! universal test suite for combinatorial auction algorithms", EC 2000), as
//! in Ecole's `CombinatorialAuctionGenerator`.
//!
//! ```text
//!   max  Σ_b p_b x_b
//!   s.t. item_i:    Σ_{b ∋ i} x_b ≤ 1      every item in at least one bid
//!        bidder_k:  Σ_{b of k} x_b ≤ 1     every bidder with 3+ bids (XOR)
//!        x_b ∈ {0, 1}
//! ```
//!
//! Columns `x_b` (bid b accepted), exactly `bids` of them; rows `item_i`
//! (ascending) then `bidder_k` (Ecole's "dummy items"). Rows and nonzeros
//! depend on the draw: nonzeros = Σ_b |bundle_b| + (bids of bidders with 3+
//! bids).
//!
//! The bids: every item has a common value uniform in `[min_value,
//! max_value]`; every pair of items a compatibility uniform in [0, 1]
//! (each column normalized to sum 1). Bidders come one at a time, each with
//! private interests u_i uniform in [0, 1] and private values
//! `value_i + max_value · value_deviation · (2u_i − 1)`. A bidder's bundle
//! starts with one item drawn by interest, then grows while a coin with
//! `add_item_prob` comes up heads, each next item drawn with probability ∝
//! interest × mean compatibility with the bundle. Its price is the sum of
//! private values plus `|bundle|^(1 + additivity)`. Then, for each item of
//! the bundle, a substitute bundle of the same size grows from that item;
//! substitutes are kept, highest price first, while the bidder has at most
//! `max_n_sub_bids` of them, if their price lies in `[0, budget_factor ·
//! price]`, their common value is at least `resale_factor` times the
//! original bundle's, and no kept bundle has the same items.
//!
//! Departures from Ecole, for exact and portable files: prices are rounded
//! down to integers (Ecole's `integers = True`), and the power
//! `|bundle|^(1 + additivity)` is computed with [`portable_pow`], which uses
//! only correctly rounded operations.

use rand::RngExt;
use serde::Serialize;

use super::{ChaCha8Rng, Family, GenerateError, check_positive, choose_weighted, rng};
use crate::model::{Problem, ProblemBuilder, Sense, VarKind};

const FAMILY: &str = "auction";

/// Consecutive bidders whose bundles all get a negative price before the
/// generator gives up (parameters with a huge deviation).
const MAX_REJECTED_BIDDERS: u32 = 10_000;

/// Parameters of the combinatorial auction family (Ecole's defaults).
#[derive(Clone, Debug, PartialEq, Serialize, clap::Args)]
pub struct AuctionParams {
    /// Number of items. [default: 100] [range: >= 1]
    #[arg(long, default_value_t = 100, hide_default_value = true)]
    pub items: u32,
    /// Number of bids (columns). [default: 500] [range: >= 1]
    #[arg(long, default_value_t = 500, hide_default_value = true)]
    pub bids: u32,
    /// Smallest common item value. [default: 1] [range: >= 0]
    #[arg(long, default_value_t = 1.0, hide_default_value = true)]
    pub min_value: f64,
    /// Largest common item value. [default: 100] [range: >= --min-value]
    #[arg(long, default_value_t = 100.0, hide_default_value = true)]
    pub max_value: f64,
    /// How far a bidder's private values stray from the common values, as a
    /// fraction of --max-value. [default: 0.5] [range: >= 0]
    #[arg(long, default_value_t = 0.5, hide_default_value = true)]
    pub value_deviation: f64,
    /// Probability of adding one more item to a bundle. [default: 0.65]
    /// [range: [0, 1]]
    #[arg(long, default_value_t = 0.65, hide_default_value = true)]
    pub add_item_prob: f64,
    /// Most substitute bids per bidder. [default: 5] [range: >= 0]
    #[arg(long, default_value_t = 5, hide_default_value = true)]
    pub max_n_sub_bids: u32,
    /// Exponent bonus of bundle size: a bundle of s items is worth
    /// s^(1 + additivity) beyond its items. [default: 0.2] [range: [-1, 1]]
    #[arg(long, default_value_t = 0.2, hide_default_value = true)]
    pub additivity: f64,
    /// A substitute bid costs at most this times the bidder's first bid.
    /// [default: 1.5] [range: >= 0]
    #[arg(long, default_value_t = 1.5, hide_default_value = true)]
    pub budget_factor: f64,
    /// A substitute bundle's common value is at least this times the first
    /// bundle's. [default: 0.5] [range: >= 0]
    #[arg(long, default_value_t = 0.5, hide_default_value = true)]
    pub resale_factor: f64,
}

impl Default for AuctionParams {
    fn default() -> Self {
        AuctionParams {
            items: 100,
            bids: 500,
            min_value: 1.0,
            max_value: 100.0,
            value_deviation: 0.5,
            add_item_prob: 0.65,
            max_n_sub_bids: 5,
            additivity: 0.2,
            budget_factor: 1.5,
            resale_factor: 0.5,
        }
    }
}

impl Family for AuctionParams {
    const NAME: &'static str = FAMILY;

    fn label(&self) -> String {
        format!("{}x{}", self.items, self.bids)
    }

    fn generate(&self, seed: u64) -> Result<Problem, GenerateError> {
        auction(self, seed)
    }
}

fn range_error(parameter: &'static str, value: f64, expected: &'static str) -> GenerateError {
    GenerateError::OutOfRange {
        family: FAMILY,
        parameter,
        value: value.to_string(),
        expected,
    }
}

impl AuctionParams {
    fn check(&self) -> Result<(), GenerateError> {
        check_positive(FAMILY, "items", self.items)?;
        check_positive(FAMILY, "bids", self.bids)?;
        let nonneg = |name, v: f64, expected| {
            if v >= 0.0 && v.is_finite() {
                Ok(())
            } else {
                Err(range_error(name, v, expected))
            }
        };
        nonneg("min_value", self.min_value, "a finite number >= 0")?;
        if !(self.max_value >= self.min_value && self.max_value.is_finite()) {
            return Err(range_error(
                "max_value",
                self.max_value,
                "a finite number >= min_value",
            ));
        }
        nonneg(
            "value_deviation",
            self.value_deviation,
            "a finite number >= 0",
        )?;
        if !(0.0..=1.0).contains(&self.add_item_prob) {
            return Err(range_error(
                "add_item_prob",
                self.add_item_prob,
                "a number in [0, 1]",
            ));
        }
        if !(-1.0..=1.0).contains(&self.additivity) {
            return Err(range_error(
                "additivity",
                self.additivity,
                "a number in [-1, 1]",
            ));
        }
        nonneg("budget_factor", self.budget_factor, "a finite number >= 0")?;
        nonneg("resale_factor", self.resale_factor, "a finite number >= 0")?;
        Ok(())
    }
}

/// `base^exponent` for `base >= 1` with only `+ - * /` (so the same bits on
/// every platform, unlike the C library's `pow`): `exp(exponent · ln base)`
/// with `ln` by the `atanh` series on the mantissa and `exp` by range
/// reduction and a Taylor series. Accurate to a few ulps.
pub fn portable_pow(base: f64, exponent: f64) -> f64 {
    debug_assert!(base >= 1.0 && base.is_finite());
    portable_exp(exponent * portable_ln(base))
}

fn portable_ln(x: f64) -> f64 {
    // x = m · 2^e with m in [1, 2), exactly, from the bits (x normal, >= 1)
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52));
    // ln m = 2 atanh(z), z = (m - 1) / (m + 1) in [0, 1/3)
    let z = (m - 1.0) / (m + 1.0);
    let z2 = z * z;
    let mut term = z;
    let mut sum = 0.0;
    let mut k = 1.0;
    while k < 80.0 {
        sum += term / k;
        term *= z2;
        k += 2.0;
    }
    e as f64 * std::f64::consts::LN_2 + 2.0 * sum
}

fn portable_exp(y: f64) -> f64 {
    // y = k ln2 + r, |r| <= ln2 / 2
    let k = (y / std::f64::consts::LN_2).round();
    let r = y - k * std::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..30 {
        term = term * r / f64::from(n);
        sum += term;
    }
    let mut scale = 1.0;
    let (factor, steps) = if k >= 0.0 { (2.0, k) } else { (0.5, -k) };
    let mut s = 0.0;
    while s < steps {
        scale *= factor;
        s += 1.0;
    }
    sum * scale
}

/// The next item for a bundle: probability ∝ interest × mean compatibility
/// with the bundle's items; the lowest-index free item if all are 0.
fn choose_next_item(
    r: &mut ChaCha8Rng,
    in_bundle: &[bool],
    bundle: &[usize],
    interests: &[f64],
    compat: &[Vec<f64>],
) -> usize {
    let n = interests.len();
    let mut weights = vec![0.0; n];
    let mut total = 0.0;
    for i in 0..n {
        if in_bundle[i] {
            continue;
        }
        let mut c = 0.0;
        for &b in bundle {
            c += compat[b][i];
        }
        let w = interests[i] * (c / bundle.len() as f64);
        weights[i] = w;
        total += w;
    }
    if total > 0.0 {
        choose_weighted(r, &weights, total)
    } else {
        (0..n).find(|&i| !in_bundle[i]).unwrap_or(0)
    }
}

/// A bundle grown from `start` to `size` items (or while the coin says so
/// when `size` is `None`), sorted.
fn grow_bundle(
    r: &mut ChaCha8Rng,
    start: usize,
    size: Option<usize>,
    params: &AuctionParams,
    interests: &[f64],
    compat: &[Vec<f64>],
) -> Vec<usize> {
    let n = interests.len();
    let mut in_bundle = vec![false; n];
    in_bundle[start] = true;
    let mut bundle = vec![start];
    loop {
        let more = match size {
            Some(s) => bundle.len() < s,
            None => r.random::<f64>() < params.add_item_prob,
        };
        if !more || bundle.len() == n {
            break;
        }
        let item = choose_next_item(r, &in_bundle, &bundle, interests, compat);
        in_bundle[item] = true;
        bundle.push(item);
    }
    bundle.sort_unstable();
    bundle
}

/// The combinatorial auction instance of these parameters and seed, named
/// `auction_<label>_<seed>`.
///
/// # Errors
/// A parameter outside its documented range, or
/// [`GenerateError::Inconsistent`] if 10 000 bidders in a row price all
/// their bundles below 0 (a huge `value_deviation`).
pub fn auction(params: &AuctionParams, seed: u64) -> Result<Problem, GenerateError> {
    params.check()?;
    let mut r = rng(seed);
    let n = params.items as usize;
    let values: Vec<f64> = (0..n)
        .map(|_| params.min_value + (params.max_value - params.min_value) * r.random::<f64>())
        .collect();
    let mut compat = vec![vec![0.0; n]; n];
    // pairs i < j in lexicographic order, one draw each
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect();
    for (i, j) in pairs {
        let c = r.random::<f64>();
        compat[i][j] = c;
        compat[j][i] = c;
    }
    for j in 0..n {
        let s: f64 = (0..n).map(|i| compat[i][j]).sum();
        if s > 0.0 {
            for row in compat.iter_mut() {
                row[j] /= s;
            }
        }
    }

    let target = params.bids as usize;
    // (bundle, price, bidder with an XOR row)
    let mut bids: Vec<(Vec<usize>, f64, Option<u32>)> = Vec::with_capacity(target);
    let mut xor_bidders: u32 = 0;
    let mut rejected = 0;
    let size_bonus = |s: usize| portable_pow(s as f64, 1.0 + params.additivity);
    while bids.len() < target {
        let interests: Vec<f64> = (0..n).map(|_| r.random::<f64>()).collect();
        let private: Vec<f64> = (0..n)
            .map(|i| {
                values[i] + params.max_value * params.value_deviation * (2.0 * interests[i] - 1.0)
            })
            .collect();
        let total_interest: f64 = interests.iter().sum();
        let first = if total_interest > 0.0 {
            choose_weighted(&mut r, &interests, total_interest)
        } else {
            0
        };
        let bundle = grow_bundle(&mut r, first, None, params, &interests, &compat);
        let price_of =
            |b: &[usize]| b.iter().map(|&i| private[i]).sum::<f64>() + size_bonus(b.len());
        let price = price_of(&bundle);
        if price < 0.0 {
            rejected += 1;
            if rejected >= MAX_REJECTED_BIDDERS {
                return Err(GenerateError::Inconsistent {
                    family: FAMILY,
                    message: format!(
                        "{MAX_REJECTED_BIDDERS} bidders in a row priced their bundle below 0; \
                         lower value_deviation"
                    ),
                });
            }
            continue;
        }
        rejected = 0;
        let mut mine: Vec<(Vec<usize>, f64)> = vec![(bundle.clone(), price.floor())];
        let mut candidates: Vec<(Vec<usize>, f64)> = bundle
            .iter()
            .map(|&start| {
                let sub = grow_bundle(
                    &mut r,
                    start,
                    Some(bundle.len()),
                    params,
                    &interests,
                    &compat,
                );
                let p = price_of(&sub);
                (sub, p)
            })
            .collect();
        // highest price first; equal prices keep their order
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let budget = params.budget_factor * price;
        let common = |b: &[usize]| b.iter().map(|&i| values[i]).sum::<f64>();
        let min_resale = params.resale_factor * common(&bundle);
        for (sub, p) in candidates {
            if mine.len() > params.max_n_sub_bids as usize || bids.len() + mine.len() >= target {
                break;
            }
            if p < 0.0 || p > budget || common(&sub) < min_resale {
                continue;
            }
            if mine.iter().any(|(b, _)| *b == sub) {
                continue;
            }
            mine.push((sub, p.floor()));
        }
        let xor = if mine.len() > 2 {
            xor_bidders += 1;
            Some(xor_bidders - 1)
        } else {
            None
        };
        bids.extend(mine.into_iter().map(|(b, p)| (b, p, xor)));
    }

    let mut b = ProblemBuilder::new(params.instance_name(seed));
    b.set_sense(Sense::Maximize);
    let x: Vec<_> = bids
        .iter()
        .enumerate()
        .map(|(k, (_, price, _))| b.add_var(format!("x_{k}"), VarKind::Binary, 0.0, 1.0, *price))
        .collect::<Result<_, _>>()?;
    let mut by_item: Vec<Vec<_>> = vec![Vec::new(); n];
    let mut by_bidder: Vec<Vec<_>> = vec![Vec::new(); xor_bidders as usize];
    for (k, (bundle, _, xor)) in bids.iter().enumerate() {
        for &i in bundle {
            by_item[i].push((x[k], 1.0));
        }
        if let Some(d) = xor {
            by_bidder[*d as usize].push((x[k], 1.0));
        }
    }
    for (i, row) in by_item.iter().enumerate() {
        if !row.is_empty() {
            b.add_row(format!("item_{i}"), f64::NEG_INFINITY, 1.0, row)?;
        }
    }
    for (d, row) in by_bidder.iter().enumerate() {
        b.add_row(format!("bidder_{d}"), f64::NEG_INFINITY, 1.0, row)?;
    }
    Ok(b.build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_pow_matches_powf_closely() {
        for s in 1..=100 {
            let x = f64::from(s);
            for e in [0.0, 0.8, 1.0, 1.2, 2.0] {
                let (a, b) = (portable_pow(x, e), x.powf(e));
                assert!((a - b).abs() <= 1e-12 * b, "{x}^{e}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn every_bid_count_is_met_exactly() {
        for bids in [1, 7, 60] {
            let p = AuctionParams {
                items: 15,
                bids,
                ..Default::default()
            };
            assert_eq!(auction(&p, 3).unwrap().num_vars(), bids as usize);
        }
    }

    #[test]
    fn probability_above_one_is_rejected() {
        let p = AuctionParams {
            add_item_prob: 1.5,
            ..Default::default()
        };
        assert_eq!(
            auction(&p, 0).unwrap_err().parameter(),
            Some("add_item_prob")
        );
    }
}
