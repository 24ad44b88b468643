//! Population pyramid: men to the left, women to the right, as shares of
//! all residents in each five-year age group. The first series is drawn as
//! filled bars, the others as outlines (so 2010, 2020 and a projection can
//! be read on top of each other; a projection in a lighter colour).

use super::legend::{Corner, Legend, Mark};
use super::{err, Chart, Scale};
use atlas_core::dataset::{age_group_start, AgeSex, AGE_GROUPS};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Filled series colours (men, women) and outline colours per series.
const FILL: [RGBColor; 2] = [RGBColor(0x2c, 0x7f, 0xb8), RGBColor(0xb3, 0x58, 0x06)];
const OUTLINES: [RGBColor; 3] = [
    RGBColor(0x1f, 0x23, 0x28),
    RGBColor(0x54, 0x27, 0x88),
    RGBColor(0x99, 0x99, 0x99),
];

#[derive(Clone, PartialEq)]
pub struct Series {
    pub label: String,
    /// Shares (%) of the series' total, by age group.
    pub male: [f64; AGE_GROUPS],
    pub female: [f64; AGE_GROUPS],
    pub projected: bool,
}

impl Series {
    /// Shares from counts; `None` for an empty table.
    pub fn from_counts(label: String, counts: &AgeSex, projected: bool) -> Option<Series> {
        let total = counts.total() as f64;
        if total <= 0.0 {
            return None;
        }
        let share = |v: &[u64; AGE_GROUPS]| std::array::from_fn(|i| v[i] as f64 / total * 100.0);
        Some(Series {
            label,
            male: share(&counts.male),
            female: share(&counts.female),
            projected,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct Pyramid {
    /// Filled first, outlines after.
    pub series: Vec<Series>,
    pub male_label: String,
    pub female_label: String,
}

/// "0-4", ..., "85+".
pub fn group_label(i: usize) -> String {
    let a = age_group_start(i);
    if i + 1 == AGE_GROUPS {
        format!("{a}+")
    } else {
        format!("{a}-{}", a + 4)
    }
}

impl Pyramid {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<(), String> {
        let max = self
            .series
            .iter()
            .flat_map(|s| s.male.iter().chain(s.female.iter()))
            .fold(1.0_f64, |m, v| m.max(*v));
        let x_max = (max / 2.0).ceil() * 2.0;
        let mut chart = ChartBuilder::on(root)
            .margin(scale.px(8.0))
            .x_label_area_size(scale.px(24.0))
            .y_label_area_size(scale.px(40.0))
            .build_cartesian_2d(-x_max..x_max, 0.0..AGE_GROUPS as f64)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xe3, 0xe3, 0xe3))
            .x_labels(5)
            .x_label_formatter(&|x| format!("{:.0}%", x.abs()))
            .y_labels(AGE_GROUPS / 2)
            .y_label_formatter(&|y| {
                let i = y.floor() as usize;
                if (y - y.floor()).abs() < 1e-9 && i < AGE_GROUPS {
                    group_label(i)
                } else {
                    String::new()
                }
            })
            .label_style(scale.font(11.0))
            .draw()
            .map_err(err)?;

        let mut legend = Legend::default();
        self.draw_filled(&mut chart, &mut legend)?;
        self.draw_outlines(&mut chart, scale, &mut legend)?;
        chart
            .draw_series([
                Text::new(
                    self.male_label.clone(),
                    (-x_max * 0.95, 1.0),
                    scale.font(12.0),
                ),
                Text::new(
                    self.female_label.clone(),
                    (x_max * 0.6, 1.0),
                    scale.font(12.0),
                ),
            ])
            .map_err(err)?;
        legend.draw(&chart, Corner::UpperRight, scale)?;
        Ok(())
    }

    /// The first series as filled bars, men to the left.
    fn draw_filled<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        legend: &mut Legend,
    ) -> Result<(), String> {
        let Some(first) = self.series.first() else {
            return Ok(());
        };
        let bar = |i: usize, x: f64| [(x.min(0.0), i as f64 + 0.08), (x.max(0.0), i as f64 + 0.92)];
        chart
            .draw_series(
                (0..AGE_GROUPS)
                    .map(|i| Rectangle::new(bar(i, -first.male[i]), FILL[0].mix(0.85).filled())),
            )
            .map_err(err)?;
        chart
            .draw_series(
                (0..AGE_GROUPS)
                    .map(|i| Rectangle::new(bar(i, first.female[i]), FILL[1].mix(0.85).filled())),
            )
            .map_err(err)?;
        legend.add(&first.label, Mark::Swatch(FILL[1].mix(1.0)));
        Ok(())
    }

    /// Every later series as an outline: each side one stepped line, a
    /// projection in a lighter purple and a little thicker.
    fn draw_outlines<DB: DrawingBackend>(
        &self,
        chart: &mut Chart<'_, DB>,
        scale: Scale,
        legend: &mut Legend,
    ) -> Result<(), String> {
        for (k, s) in self.series.iter().enumerate().skip(1) {
            let colour = if s.projected {
                RGBColor(0x99, 0x8e, 0xc3)
            } else {
                OUTLINES[(k - 1) % OUTLINES.len()]
            };
            let style = colour.stroke_width(scale.px(if s.projected { 2.5 } else { 2.0 }).max(1));
            for side in [-1.0, 1.0] {
                let values = if side < 0.0 { &s.male } else { &s.female };
                let mut points = vec![(0.0, 0.0)];
                for (i, v) in values.iter().enumerate() {
                    points.push((side * v, i as f64));
                    points.push((side * v, i as f64 + 1.0));
                }
                points.push((0.0, AGE_GROUPS as f64));
                chart
                    .draw_series(std::iter::once(PathElement::new(points, style)))
                    .map_err(err)?;
            }
            legend.add(&s.label, Mark::Line(colour.mix(1.0)));
        }
        Ok(())
    }
}
