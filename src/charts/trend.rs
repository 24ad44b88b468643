//! Lines over the years 2020-2040 (and the 2010 census where known): the
//! baseline and each scenario, with a 10-90 % band for one of them, the
//! census counts as filled circles and the year-end populations reported
//! since the census as hollow diamonds (weak sources paler).

use super::legend::{Corner, Legend, Mark as LegendMark};
use super::{err, Chart, Scale};
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
/// Census counts (filled circles) and reported figures (hollow diamonds).
pub const CENSUS: RGBColor = RGBColor(0x1f, 0x23, 0x28);
pub const REPORTED: RGBColor = RGBColor(0xb2, 0x18, 0x2b);

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
        match self {
            AxisFormat::Persons => atlas_core::format::axis_persons(v, lang),
            AxisFormat::Percent => format!("{v:.0}%"),
            AxisFormat::Index => format!("{v:.0}"),
            AxisFormat::Yuan => atlas_core::format::axis_yuan(v, lang),
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Line {
    pub label: String,
    /// Values for 2020..=2040 (index = years after the census).
    pub values: Vec<f64>,
    /// `None` for the baseline, else an index into [`PALETTE`].
    pub colour: Option<usize>,
}

/// A reported figure on the chart, with its hover text.
#[derive(Clone, PartialEq)]
pub struct Mark {
    /// On the axis (2020 = the census, see `track_record::ReportedPoint::x`).
    pub x: f64,
    pub value: f64,
    pub weak: bool,
    /// What the point is and where it was read.
    pub tip: String,
}

/// Legend texts.
#[derive(Clone, PartialEq)]
pub struct TrendLabels {
    pub band: String,
    pub census: String,
    pub reported: String,
    pub weak: String,
}

#[derive(Clone, PartialEq)]
pub struct Trend {
    pub lines: Vec<Line>,
    /// 10 % and 90 % values for 2020..=2040, drawn in the colour of `colour`.
    pub band: Option<(Vec<f64>, Vec<f64>, usize)>,
    /// Census counts `(year, value)` (2010, 2020): the 2010 one is joined to
    /// the start of the first line.
    pub census: Vec<(u32, f64)>,
    /// Figures reported since the census.
    pub reported: Vec<Mark>,
    pub axis: AxisFormat,
    pub lang: Lang,
    pub labels: TrendLabels,
}

fn colour(c: Option<usize>) -> RGBColor {
    c.map(|i| PALETTE[i % PALETTE.len()]).unwrap_or(BASELINE)
}

impl Trend {
    /// Draws the chart; returns where the reported points are, in backend
    /// pixels (for their hover targets).
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<Vec<(f64, f64)>, String> {
        let first_year = if self.census.iter().any(|(y, _)| *y < 2020) {
            2010
        } else {
            2020
        };
        let Some((y0, y1)) = self.value_range() else {
            return Ok(Vec::new());
        };
        let (axis, lang) = (self.axis, self.lang);
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
        let mut legend = Legend::default();
        self.draw_band(&mut chart, &mut legend)?;
        self.draw_lines(&mut chart, scale, &mut legend)?;
        self.draw_census(&mut chart, scale, &mut legend)?;
        self.draw_reported(&mut chart, scale, &mut legend)?;
        let falling = self
            .lines
            .first()
            .is_some_and(|l| l.values.last() < l.values.first());
        let corner = if falling {
            Corner::UpperRight
        } else {
            Corner::LowerRight
        };
        legend.draw(&chart, corner, scale)?;
        Ok(self
            .reported
            .iter()
            .map(|m| {
                let (x, y) = chart.backend_coord(&(m.x, m.value));
                (x as f64, y as f64)
            })
            .collect())
    }

    /// The value axis: every line, band, census and reported value with 8 %
    /// padding (never below zero for counts); `None` when nothing is finite.
    fn value_range(&self) -> Option<(f64, f64)> {
        let all = self
            .lines
            .iter()
            .flat_map(|l| l.values.iter().copied())
            .chain(
                self.band
                    .iter()
                    .flat_map(|(lo, hi, _)| lo.iter().chain(hi.iter()).copied()),
            )
            .chain(self.census.iter().map(|c| c.1))
            .chain(self.reported.iter().map(|m| m.value))
            .filter(|v| v.is_finite());
        let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        if lo > hi {
            return None;
        }
        let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.01).max(1e-9);
        let bottom = if lo >= 0.0 {
            (lo - pad).max(0.0)
        } else {
            lo - pad
        };
        Some((bottom, hi + pad))
    }

    /// The 10-90 % band as one polygon (lower edge forward, upper back).
    fn draw_band<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        legend: &mut Legend,
    ) -> Result<(), String> {
        let Some((lo, hi, c)) = &self.band else {
            return Ok(());
        };
        let mut points: Vec<(f64, f64)> = years(lo.len()).zip(lo.iter().copied()).collect();
        points.extend(
            years(hi.len())
                .zip(hi.iter().copied())
                .collect::<Vec<_>>()
                .into_iter()
                .rev(),
        );
        let c = *c;
        chart
            .draw_series(std::iter::once(Polygon::new(
                points,
                colour(Some(c)).mix(0.18).filled(),
            )))
            .map_err(err)?;
        legend.add(
            &self.labels.band,
            LegendMark::Swatch(colour(Some(c)).mix(0.25)),
        );
        Ok(())
    }

    /// The baseline and scenario lines, the first joined back to the 2010
    /// census where there is one.
    fn draw_lines<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        scale: Scale,
        legend: &mut Legend,
    ) -> Result<(), String> {
        if let (Some((_, v2010)), Some(first)) = (
            self.census.iter().find(|(y, _)| *y < 2020),
            self.lines.first(),
        ) {
            chart
                .draw_series(std::iter::once(PathElement::new(
                    vec![(2010.0, *v2010), (2020.0, first.values[0])],
                    BASELINE.stroke_width(scale.px(1.5).max(1)),
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
                .map_err(err)?;
            legend.add(&line.label, LegendMark::Line(c.mix(1.0)));
        }
        Ok(())
    }

    /// Census counts as filled circles. One element per call, of the types
    /// the lines, the band and the legend already use (every other iterator
    /// type is more code).
    fn draw_census<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        scale: Scale,
        legend: &mut Legend,
    ) -> Result<(), String> {
        let r = scale.px(3.5);
        for (y, v) in &self.census {
            chart
                .draw_series(std::iter::once(Circle::new(
                    (*y as f64, *v),
                    r,
                    CENSUS.filled(),
                )))
                .map_err(err)?;
        }
        if !self.census.is_empty() {
            legend.add(&self.labels.census, LegendMark::Dot(CENSUS.mix(1.0)));
        }
        Ok(())
    }

    /// Reported figures as hollow diamonds (weak sources paler), sized in
    /// pixels and drawn in data units; one legend entry per kind.
    fn draw_reported<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        scale: Scale,
        legend: &mut Legend,
    ) -> Result<(), String> {
        let (w, h) = chart.plotting_area().dim_in_pixel();
        let (xs, ys) = (chart.x_range(), chart.y_range());
        let r = scale.0 * 5.0;
        let dx = r * (xs.end - xs.start) / w.max(1) as f64;
        let dy = r * (ys.end - ys.start) / h.max(1) as f64;
        let stroke = scale.px(1.8).max(1);
        for weak in [false, true] {
            let c = if weak {
                REPORTED.mix(0.4)
            } else {
                REPORTED.mix(1.0)
            };
            let mut first = true;
            for m in self.reported.iter().filter(|m| m.weak == weak) {
                let diamond = vec![
                    (m.x, m.value + dy),
                    (m.x + dx, m.value),
                    (m.x, m.value - dy),
                    (m.x - dx, m.value),
                    (m.x, m.value + dy),
                ];
                chart
                    .draw_series(std::iter::once(Polygon::new(
                        diamond.clone(),
                        WHITE.filled(),
                    )))
                    .map_err(err)?;
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        diamond,
                        c.stroke_width(stroke),
                    )))
                    .map_err(err)?;
                if std::mem::take(&mut first) {
                    let label = if weak {
                        &self.labels.weak
                    } else {
                        &self.labels.reported
                    };
                    legend.add(label, LegendMark::Diamond(c));
                }
            }
        }
        Ok(())
    }
}

/// The years 2020, 2021, ... of `n` yearly values.
fn years(n: usize) -> impl Iterator<Item = f64> {
    (0..n).map(|i| 2020.0 + i as f64)
}
