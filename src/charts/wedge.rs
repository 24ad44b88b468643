//! Wedge breakdown: each lever's own contribution to the difference between
//! a scenario and the baseline in 2040, and what the levers add together
//! beyond their sum (the interaction), as horizontal bars.

use super::trend::AxisFormat;
use super::{err, BarRows, Scale};
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
        let rows = BarRows {
            labels: &labels,
            x: -max..max,
            label_area: scale.px(230.0),
            x_labels: 5,
            axis,
            lang,
        };
        let mut chart = rows.draw(root, scale)?;
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
