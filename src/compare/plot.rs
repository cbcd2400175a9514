//! The SVG plots of a comparison, drawn with plotters' SVG backend into
//! one file with two charts side by side:
//!
//! - **left, primal gap over time**: for every method, the primal gap to
//!   the best-known objective at time `t` (a step function per run, 1
//!   before its first solution) averaged over the instances that have a
//!   best-known objective, for `t` in `[0, limit]`;
//! - **right, performance profile**: for every method, the fraction of
//!   those instances where its time to the best-known solution is within a
//!   factor `τ` of the fastest method's, `τ` on a log axis (runs that never
//!   reach it never count).
//!
//! Text is written as SVG `<text>` elements, so no font is bundled or read:
//! plotters' built-in layout estimate (no `ttf`/`ab_glyph` feature) is
//! enough for the SVG backend, which leaves the rendering to the viewer.

use std::path::Path;

use plotters::prelude::*;

use super::metrics::{best_known, gap_at, performance_ratios, profile_fraction};
use super::{CompareError, Comparison, Method};

/// Width and height of the whole SVG, pixels.
pub const SIZE: (u32, u32) = (1200, 480);

/// Samples of the primal-gap curve over the time limit.
const GAP_SAMPLES: usize = 400;

/// Writes [`render_svg`]'s SVG to `path`.
///
/// # Errors
/// [`CompareError::Plot`] when drawing fails, [`CompareError::Write`] when
/// the file cannot be written.
pub fn write_svg(comparison: &Comparison, path: &Path) -> Result<(), CompareError> {
    let svg = render_svg(comparison)?;
    std::fs::write(path, svg).map_err(|source| CompareError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// Both charts side by side, as SVG text.
///
/// # Errors
/// [`CompareError::Plot`] when plotters fails to draw.
pub fn render_svg(comparison: &Comparison) -> Result<String, CompareError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(plot_error)?;
        let (left, right) = root.split_horizontally(SIZE.0 / 2);
        draw_gap_over_time(&left, comparison)?;
        draw_profile(&right, comparison)?;
        root.present().map_err(plot_error)?;
    }
    Ok(svg)
}

fn plot_error(e: impl std::fmt::Display) -> CompareError {
    CompareError::Plot(e.to_string())
}

/// The color of a method, the same in both charts.
fn color(method: Method) -> RGBColor {
    match method {
        Method::Plain => RGBColor(214, 39, 40),
        Method::PlainSym => RGBColor(31, 119, 180),
        Method::Learned => RGBColor(44, 160, 44),
        Method::Highs => RGBColor(148, 103, 189),
    }
}

/// Per method, `(t, mean gap at t)` on an even grid over `[0, limit]`.
pub fn mean_gap_curves(comparison: &Comparison) -> Vec<(Method, Vec<(f64, f64)>)> {
    let limit = comparison.time_limit_s;
    let known: Vec<_> = comparison
        .instances
        .iter()
        .filter_map(|i| best_known(i).map(|b| (i, b)))
        .collect();
    comparison
        .methods
        .iter()
        .map(|&m| {
            let runs: Vec<_> = known
                .iter()
                .filter_map(|&(i, b)| i.run(m).map(|r| (r, b)))
                .collect();
            let curve = (0..=GAP_SAMPLES)
                .map(|k| {
                    let t = limit * k as f64 / GAP_SAMPLES as f64;
                    let mean = if runs.is_empty() {
                        1.0
                    } else {
                        runs.iter().map(|&(r, b)| gap_at(r, b, t)).sum::<f64>() / runs.len() as f64
                    };
                    (t, mean)
                })
                .collect();
            (m, curve)
        })
        .collect()
}

/// Per method, the corners of its performance-profile staircase from
/// `τ = 1` to `tau_max`.
pub fn profile_curves(comparison: &Comparison, tau_max: f64) -> Vec<(Method, Vec<(f64, f64)>)> {
    performance_ratios(comparison)
        .into_iter()
        .map(|(m, ratios)| {
            let mut steps: Vec<f64> = ratios
                .iter()
                .flatten()
                .copied()
                .filter(|&r| r > 1.0)
                .collect();
            steps.sort_by(f64::total_cmp);
            steps.dedup();
            let mut points = vec![(1.0, profile_fraction(&ratios, 1.0))];
            for r in steps {
                let before = points.last().map_or(0.0, |p| p.1);
                points.push((r, before));
                points.push((r, profile_fraction(&ratios, r)));
            }
            points.push((tau_max, profile_fraction(&ratios, tau_max)));
            (m, points)
        })
        .collect()
}

fn draw_gap_over_time<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    comparison: &Comparison,
) -> Result<(), CompareError> {
    let limit = comparison.time_limit_s.max(1e-3);
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Primal gap over time (mean over instances)",
            ("sans-serif", 18),
        )
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..limit, 0.0..1.05)
        .map_err(plot_error)?;
    chart
        .configure_mesh()
        .x_desc("time (s)")
        .y_desc("primal gap")
        .draw()
        .map_err(plot_error)?;
    for (method, curve) in mean_gap_curves(comparison) {
        let c = color(method);
        chart
            .draw_series(LineSeries::new(curve, c.stroke_width(2)))
            .map_err(plot_error)?
            .label(method.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(plot_error)
}

fn draw_profile<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    comparison: &Comparison,
) -> Result<(), CompareError> {
    let largest = performance_ratios(comparison)
        .iter()
        .flat_map(|(_, r)| r.iter().flatten().copied())
        .fold(1.0, f64::max);
    let tau_max = (largest * 2.0).max(10.0);
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Performance profile: time to best known",
            ("sans-serif", 18),
        )
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d((1.0..tau_max).log_scale(), 0.0..1.05)
        .map_err(plot_error)?;
    chart
        .configure_mesh()
        .x_desc("τ (factor of the fastest method's time)")
        .x_label_formatter(&|tau| format!("{tau}"))
        .y_desc("fraction of instances")
        .draw()
        .map_err(plot_error)?;
    for (method, points) in profile_curves(comparison, tau_max) {
        let c = color(method);
        chart
            .draw_series(LineSeries::new(points, c.stroke_width(2)))
            .map_err(plot_error)?
            .label(method.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(plot_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{InstanceResult, Run};
    use crate::model::Sense;
    use crate::solve::Status;

    fn comparison() -> Comparison {
        let run = |method, t: f64, z: f64| Run {
            method,
            status: Status::Feasible,
            objective: Some(z),
            bound: None,
            time_to_best_s: Some(t),
            time_s: t,
            trajectory: vec![(t, z)],
        };
        Comparison {
            time_limit_s: 10.0,
            methods: vec![Method::Plain, Method::Learned],
            instances: vec![InstanceResult {
                name: "a".into(),
                sense: Sense::Minimize,
                runs: vec![run(Method::Plain, 8.0, 4.0), run(Method::Learned, 2.0, 4.0)],
            }],
        }
    }

    #[test]
    fn gap_curves_drop_to_zero_when_each_method_reaches_the_best_known() {
        let curves = mean_gap_curves(&comparison());
        let at = |m: usize, t: f64| {
            curves[m]
                .1
                .iter()
                .rev()
                .find(|p| p.0 <= t)
                .map(|p| p.1)
                .unwrap()
        };
        assert_eq!(at(0, 7.9), 1.0);
        assert_eq!(at(0, 8.0), 0.0);
        assert_eq!(at(1, 1.9), 1.0);
        assert_eq!(at(1, 2.0), 0.0);
    }

    #[test]
    fn profile_staircase_steps_at_each_ratio() {
        let curves = profile_curves(&comparison(), 10.0);
        assert_eq!(
            curves[0].1,
            vec![(1.0, 0.0), (4.0, 0.0), (4.0, 1.0), (10.0, 1.0)]
        );
        assert_eq!(curves[1].1, vec![(1.0, 1.0), (10.0, 1.0)]);
    }

    #[test]
    fn svg_has_both_charts_and_every_method() {
        let svg = render_svg(&comparison()).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..80.min(svg.len())]);
        assert!(svg.contains("Primal gap over time"));
        assert!(svg.contains("Performance profile"));
        assert!(svg.contains(">learned<") || svg.contains("learned"));
    }
}
