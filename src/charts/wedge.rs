//! Wedge breakdown: each lever's own contribution to the difference between
//! a scenario and the baseline in 2040, and what the levers add together
//! beyond their sum (the interaction), as horizontal bars.

use super::trend::AxisFormat;
use super::{err, Scale};
use atlas_core::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;

const GAIN: RGBColor = RGBColor(0x54, 0x27, 0x88);
const LOSS: RGBColor = RGBColor(0xb3, 0x58, 0x06);
const INTERACTION: RGBColor = RGBColor(0x99, 0x99, 0x99);

#[derive(Clone, PartialEq)]
pub struct Wedges {
    /// (label, value); the last may be the interaction.
    pub bars: Vec<(String, f64)>,
    pub interaction_last: bool,
    pub axis: AxisFormat,
    pub lang: Lang,
}

impl Wedges {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<(), String> {
        let n = self.bars.len();
        if n == 0 {
            return Ok(());
        }
        let max = self
            .bars
            .iter()
            .fold(0.0_f64, |m, (_, v)| m.max(v.abs()))
            .max(1e-9)
            * 1.1;
        let (axis, lang) = (self.axis, self.lang);
        let labels: Vec<String> = self.bars.iter().map(|(l, _)| l.clone()).collect();
        let mut chart = ChartBuilder::on(root)
            .margin(scale.px(8.0))
            .x_label_area_size(scale.px(24.0))
            .y_label_area_size(scale.px(230.0))
            .build_cartesian_2d(-max..max, 0.0..n as f64)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xe6, 0xe6, 0xe6))
            .x_labels(5)
            .x_label_formatter(&|x| axis.format(*x, lang))
            .y_labels(n * 2 + 1)
            .y_label_formatter(&|y| {
                let i = (y - 0.5).round();
                if (y - 0.5 - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < labels.len() {
                    labels[labels.len() - 1 - i as usize].clone()
                } else {
                    String::new()
                }
            })
            .label_style(scale.font(11.5))
            .draw()
            .map_err(err)?;
        chart
            .draw_series(self.bars.iter().enumerate().map(|(i, (_, v))| {
                let y = (n - 1 - i) as f64;
                let colour = if self.interaction_last && i == n - 1 {
                    INTERACTION
                } else if *v >= 0.0 {
                    GAIN
                } else {
                    LOSS
                };
                Rectangle::new(
                    [(0.0_f64.min(*v), y + 0.15), (0.0_f64.max(*v), y + 0.85)],
                    colour.filled(),
                )
            }))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(0.0, 0.0), (0.0, n as f64)],
                BLACK.stroke_width(1),
            )))
            .map_err(err)?;
        Ok(())
    }
}
