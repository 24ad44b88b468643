//! What drives a result: one horizontal bar per assumption from the output
//! with that assumption at its low value to the output at its high value,
//! around a vertical line at the central run, largest swing on top (a
//! "tornado" chart).

use super::trend::AxisFormat;
use super::{err, BarRows, Scale};
use atlas_core::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The end of a bar at the assumption's low value, and at its high value
/// (colour-blind safe pair).
const LOW_END: RGBColor = RGBColor(0x00, 0x72, 0xb2);
const HIGH_END: RGBColor = RGBColor(0xe6, 0x9f, 0x00);

/// `name` cut to `columns` display columns (a CJK character is two), with
/// an ellipsis when cut.
fn short_label(name: &str, columns: usize) -> String {
    if atlas_core::format::display_width(name) <= columns {
        return name.to_string();
    }
    let mut out = String::new();
    for c in name.chars() {
        let next = format!("{out}{c}");
        if atlas_core::format::display_width(&next) > columns - 1 {
            break;
        }
        out = next;
    }
    out.push('…');
    out
}

#[derive(Clone, PartialEq)]
pub struct Tornado {
    /// (label, output at the low value, output at the high value), largest
    /// swing first.
    pub bars: Vec<(String, f64, f64)>,
    pub central: f64,
    pub axis: AxisFormat,
    pub lang: Lang,
}

impl Tornado {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<(), String> {
        let n = self.bars.len();
        if n == 0 {
            return Ok(());
        }
        let (lo, hi) = self
            .bars
            .iter()
            .fold((self.central, self.central), |(a, b), (_, l, h)| {
                (a.min(*l).min(*h), b.max(*l).max(*h))
            });
        let pad = ((hi - lo) * 0.08).max(self.central.abs() * 1e-6).max(1e-9);
        let (axis, lang) = (self.axis, self.lang);
        // Labels take at most 45 % of the width (a phone keeps room for the
        // bars); longer names are cut with an ellipsis (the table next to the
        // chart has them whole). About 6 px a column at 11.5 px.
        let width = root.dim_in_pixel().0 as f64;
        let area = (0.45 * width).min(scale.px(250.0) as f64);
        let columns = ((area / (6.2 * scale.0)) as usize).max(8);
        let labels: Vec<String> = self
            .bars
            .iter()
            .map(|(l, _, _)| short_label(l, columns))
            .collect();
        let x_labels = if width < scale.px(500.0) as f64 { 3 } else { 5 };
        let rows = BarRows {
            labels: &labels,
            x: (lo - pad)..(hi + pad),
            label_area: area as u32,
            x_labels,
            axis,
            lang,
        };
        let mut chart = rows.draw(root, scale)?;
        let c = self.central;
        // Each bar in two parts: from the central run to the low end and to
        // the high end, coloured by which end it is.
        let halves = self
            .bars
            .iter()
            .enumerate()
            .flat_map(|(i, (_, low, high))| {
                let y = (n - 1 - i) as f64;
                [(*low, LOW_END), (*high, HIGH_END)].map(|(end, colour)| {
                    Rectangle::new(
                        [(c.min(end), y + 0.2), (c.max(end), y + 0.8)],
                        colour.filled(),
                    )
                })
            });
        chart.draw_series(halves).map_err(err)?;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(c, 0.0), (c, n as f64)],
                BLACK.stroke_width(1),
            )))
            .map_err(err)?;
        Ok(())
    }
}
