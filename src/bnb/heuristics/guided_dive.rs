//! `heur.guided_dive`: guided diving (SCIP's `guideddiving`, Danna,
//! Rothberg and Le Pape 2005). Each step bounds one fractional integer
//! column of the LP point towards a guide point, then propagates and
//! re-solves ([`super::dive`]).
//!
//! The guide is the settings' reference point
//! ([`BnbSettings::guide`](crate::bnb::BnbSettings::guide): a prediction,
//! maybe fractional) when one is given, or the learned path's prediction
//! once it arrives through the incumbent feed
//! ([`IncumbentFeed::with_guide`](crate::bnb::IncumbentFeed::with_guide)),
//! else the incumbent; without
//! either the heuristic does not run. A column goes up when the guide's
//! value lies above its LP value, down when below (to the nearer side when
//! they are equal). Among the candidates, binaries come first, then the
//! column whose LP value is closest to the integer in its direction (the
//! dive changes the LP least), ties broken by the guide's distance to
//! that integer (the guide's most confident values first).
//!
//! It runs every 20 nodes (offset 9) and at the first node after each new
//! incumbent while the heuristics stay within 5 % of the time, backing off
//! after fruitless calls ([`BackOff`](super::sub_mip::BackOff)).

use super::dive::{dive, is_binary};
use super::sub_mip::BackOff;
use crate::bnb::components::{HeuristicContext, PrimalHeuristic, Schedule};

/// Guided diving.
#[derive(Default)]
pub(crate) struct GuidedDive {
    back_off: BackOff,
}

impl PrimalHeuristic for GuidedDive {
    fn name(&self) -> &str {
        "heur.guided_dive"
    }

    fn schedule(&self) -> Schedule {
        Schedule {
            every: 20,
            offset: 9,
            after_incumbent: true,
            time_share: 0.05,
            ..Schedule::default()
        }
    }

    fn ready(&mut self) -> bool {
        self.back_off.ready()
    }

    fn run(&mut self, ctx: &mut HeuristicContext<'_, '_>) {
        let Some(guide) = ctx.guide().map(<[f64]>::to_vec) else {
            return;
        };
        let found = dive(ctx, &|ctx, candidates| {
            guided_choice(ctx, candidates, &guide)
        });
        self.back_off.record(found);
    }
}

/// The candidate to bound towards `guide` and its direction.
fn guided_choice(
    ctx: &HeuristicContext<'_, '_>,
    candidates: &[(u32, f64)],
    guide: &[f64],
) -> Option<(u32, bool)> {
    // (binary, −distance of the LP value, −distance of the guide), column,
    // up: the largest key wins.
    let mut best: Option<((bool, f64, f64), u32, bool)> = None;
    for &(j, xv) in candidates {
        let g = guide[j as usize];
        let up = if g == xv {
            xv - xv.floor() >= 0.5
        } else {
            g > xv
        };
        let target = if up { xv.ceil() } else { xv.floor() };
        let key = (is_binary(ctx, j), -(target - xv).abs(), -(target - g).abs());
        let better = best.as_ref().is_none_or(|(b, _, _)| {
            (key.0, key.1, key.2).partial_cmp(&(b.0, b.1, b.2)) == Some(std::cmp::Ordering::Greater)
        });
        if better {
            best = Some((key, j, up));
        }
    }
    best.map(|(_, j, up)| (j, up))
}
