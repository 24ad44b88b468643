//! Grouped bars: shares of residents aged 0-14, 15-59 and 60+ in 2010 and
//! 2020. A year without data draws no bar and says so.

use super::legend::{Corner, Legend, Mark};
use super::{err, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours of the two census years: neutral grey for the past, the scale's
/// dark purple for the present (distinct in greyscale too).
pub const YEAR_COLOURS: [RGBColor; 2] = [RGBColor(0x99, 0x99, 0x99), RGBColor(0x54, 0x27, 0x88)];

/// What the chart shows: group labels and, per year, the three shares.
#[derive(Clone, PartialEq)]
pub struct AgeStructure {
    pub groups: [String; 3],
    pub years: [(String, Option<[f64; 3]>); 2],
    pub no_data: String,
}

impl AgeStructure {
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<(), String> {
        let data = self;
        let px = |v: f64| scale.px(v);
        let font = |size: f64| scale.font(size);
        let max = data
            .years
            .iter()
            .filter_map(|(_, v)| *v)
            .flat_map(|v| v.into_iter())
            .fold(0.0_f64, f64::max);
        let y_top = ((max / 10.0).ceil() * 10.0).max(10.0);

        let mut chart = ChartBuilder::on(root)
            .margin(px(8.0))
            .x_label_area_size(px(26.0))
            .y_label_area_size(px(38.0))
            .build_cartesian_2d(-0.5f64..2.5f64, 0f64..y_top)
            .map_err(err)?;
        let groups = data.groups.clone();
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(3)
            .x_label_formatter(&|x| {
                let i = x.round();
                if (x - i).abs() < 1e-9 && (0.0..=2.0).contains(&i) {
                    groups[i as usize].clone()
                } else {
                    String::new()
                }
            })
            .y_labels(5)
            .y_label_formatter(&|y| format!("{y:.0}%"))
            .label_style(font(13.0))
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xe3, 0xe3, 0xe3))
            .draw()
            .map_err(err)?;

        let mut legend = Legend::default();
        for (year_index, (year, values)) in data.years.iter().enumerate() {
            let colour = YEAR_COLOURS[year_index];
            let offset = if year_index == 0 { -0.36 } else { 0.0 };
            match values {
                Some(values) => {
                    chart
                        .draw_series(values.iter().enumerate().map(|(g, v)| {
                            let x0 = g as f64 + offset + 0.02;
                            Rectangle::new([(x0, 0.0), (x0 + 0.32, *v)], colour.filled())
                        }))
                        .map_err(err)?;
                    legend.add(&year.to_string(), Mark::Swatch(colour.mix(1.0)));
                }
                None => {
                    chart
                        .draw_series(std::iter::once(Text::new(
                            format!("{year}: {}", data.no_data),
                            (-0.4, y_top * (0.95 - 0.08 * year_index as f64)),
                            font(13.0),
                        )))
                        .map_err(err)?;
                }
            }
        }
        legend.draw(&chart, Corner::UpperRight, scale)?;
        Ok(())
    }
}
