//! Lines over the years 2020-2040 (and the 2010 census where known): the
//! baseline and each scenario, with a 10-90 % band for one of them.

use super::{err, Scale};
use atlas_core::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours of the lines: the baseline in grey, the reader's scenario in the
/// atlas's purple, presets in Okabe-Ito colours (colour-blind safe).
pub const BASELINE: RGBColor = RGBColor(0x6b, 0x6b, 0x6b);
pub const PALETTE: [RGBColor; 6] = [
    RGBColor(0x54, 0x27, 0x88),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0xcc, 0x79, 0xa7),
];

/// How the y axis is labelled.
#[derive(Clone, Copy, PartialEq)]
pub enum AxisFormat {
    Persons,
    Percent,
    Index,
    Yuan,
}

impl AxisFormat {
    pub fn format(self, v: f64, lang: Lang) -> String {
        let a = v.abs();
        match (self, lang) {
            (AxisFormat::Persons, Lang::Zh) if a >= 1e5 => format!("{:.0}万", v / 1e4),
            (AxisFormat::Persons, Lang::Zh) if a >= 1e4 => format!("{:.1}万", v / 1e4),
            (AxisFormat::Persons, Lang::En) if a >= 1e6 => format!("{:.1}M", v / 1e6),
            (AxisFormat::Persons, Lang::En) if a >= 1e4 => format!("{:.0}k", v / 1e3),
            (AxisFormat::Persons, Lang::En) if a >= 1e3 => format!("{:.1}k", v / 1e3),
            (AxisFormat::Persons, _) => format!("{v:.0}"),
            (AxisFormat::Percent, _) => format!("{v:.0}%"),
            (AxisFormat::Index, _) => format!("{v:.0}"),
            (AxisFormat::Yuan, Lang::Zh) => format!("{:.0}亿", v / 1e8),
            (AxisFormat::Yuan, Lang::En) => format!("{:.1}bn", v / 1e9),
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Line {
    pub label: String,
    /// Values for 2020..=2040.
    pub values: Vec<f64>,
    /// `None` for the baseline, else an index into [`PALETTE`].
    pub colour: Option<usize>,
}

#[derive(Clone, PartialEq)]
pub struct Trend {
    pub lines: Vec<Line>,
    /// 10 % and 90 % values for 2020..=2040, drawn in the colour of `colour`.
    pub band: Option<(Vec<f64>, Vec<f64>, usize)>,
    /// The 2010 census value, drawn as a point and joined to 2020.
    pub observed_2010: Option<f64>,
    pub axis: AxisFormat,
    pub lang: Lang,
    pub band_label: String,
}

fn colour(c: Option<usize>) -> RGBColor {
    c.map(|i| PALETTE[i % PALETTE.len()]).unwrap_or(BASELINE)
}

impl Trend {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<(), String> {
        let first_year = if self.observed_2010.is_some() {
            2010
        } else {
            2020
        };
        let all = self
            .lines
            .iter()
            .flat_map(|l| l.values.iter().copied())
            .chain(
                self.band
                    .iter()
                    .flat_map(|(lo, hi, _)| lo.iter().chain(hi.iter()).copied()),
            )
            .chain(self.observed_2010)
            .filter(|v| v.is_finite());
        let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        if lo > hi {
            return Ok(());
        }
        let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.01).max(1e-9);
        let (y0, y1) = (
            if lo >= 0.0 {
                (lo - pad).max(0.0)
            } else {
                lo - pad
            },
            hi + pad,
        );
        let axis = self.axis;
        let lang = self.lang;
        let mut chart = ChartBuilder::on(root)
            .margin(scale.px(8.0))
            .x_label_area_size(scale.px(24.0))
            .y_label_area_size(scale.px(54.0))
            .build_cartesian_2d(first_year as f64..2040.5, y0..y1)
            .map_err(err)?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xe6, 0xe6, 0xe6))
            .x_labels(if first_year == 2010 { 7 } else { 5 })
            .x_label_formatter(&|x| format!("{x:.0}"))
            .y_labels(6)
            .y_label_formatter(&|y| axis.format(*y, lang))
            .label_style(scale.font(12.0))
            .draw()
            .map_err(err)?;
        let years = |n: usize| (0..n).map(|i| 2020.0 + i as f64);
        if let Some((lo, hi, c)) = &self.band {
            let mut points: Vec<(f64, f64)> = years(lo.len()).zip(lo.iter().copied()).collect();
            points.extend(
                years(hi.len())
                    .zip(hi.iter().copied())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev(),
            );
            chart
                .draw_series(std::iter::once(Polygon::new(
                    points,
                    colour(Some(*c)).mix(0.18).filled(),
                )))
                .map_err(err)?
                .label(self.band_label.clone())
                .legend(move |(x, y)| {
                    Rectangle::new(
                        [(x, y - 5), (x + 12, y + 5)],
                        colour(Some(*c)).mix(0.25).filled(),
                    )
                });
        }
        if let (Some(v2010), Some(first)) = (self.observed_2010, self.lines.first()) {
            let style = BASELINE.stroke_width(scale.px(1.5).max(1));
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(2010.0, v2010), (2020.0, first.values[0])],
                    style,
                )))
                .map_err(err)?;
            chart
                .draw_series(std::iter::once(Circle::new(
                    (2010.0, v2010),
                    scale.px(3.5),
                    BASELINE.filled(),
                )))
                .map_err(err)?;
        }
        for line in &self.lines {
            let c = colour(line.colour);
            let width = scale
                .px(if line.colour.is_none() { 2.0 } else { 2.5 })
                .max(1);
            chart
                .draw_series(std::iter::once(PathElement::new(
                    years(line.values.len())
                        .zip(line.values.iter().copied())
                        .collect::<Vec<_>>(),
                    c.stroke_width(width),
                )))
                .map_err(err)?
                .label(line.label.clone())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], c.stroke_width(3))
                });
            // The decade points are the projection proper; the years between
            // are interpolated.
            chart
                .draw_series([0usize, 10, 20].into_iter().filter_map(|i| {
                    line.values
                        .get(i)
                        .map(|v| Circle::new((2020.0 + i as f64, *v), scale.px(3.0), c.filled()))
                }))
                .map_err(err)?;
        }
        let falling = self
            .lines
            .first()
            .is_some_and(|l| l.values.last() < l.values.first());
        super::draw_series_legend(
            &mut chart,
            if falling {
                SeriesLabelPosition::UpperRight
            } else {
                SeriesLabelPosition::LowerRight
            },
            scale,
        )?;
        Ok(())
    }
}
