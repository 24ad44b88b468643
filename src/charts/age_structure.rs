//! Grouped bars: shares of residents aged 0-14, 15-59 and 60+ in 2010 and
//! 2020 (leiii city file). A year without data draws no bar and says so.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colours of the two census years: neutral grey for the past, the scale's
/// dark purple for the present (distinct in greyscale too).
pub const YEAR_COLOURS: [RGBColor; 2] = [RGBColor(0x99, 0x99, 0x99), RGBColor(0x54, 0x27, 0x88)];

/// What the chart shows: group labels and, per year, the three shares.
pub struct AgeStructure<'a> {
    pub groups: [&'a str; 3],
    pub years: [(&'a str, Option<[f64; 3]>); 2],
    pub no_data: &'a str,
}

/// Draws the chart on `canvas`; `scale` is the device pixel ratio.
pub fn draw(canvas: HtmlCanvasElement, data: &AgeStructure, scale: f64) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas).ok_or("no 2d context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let px = |v: f64| (v * scale).round() as u32;
    let font = |size: f64| ("sans-serif", size * scale).into_font();

    let max = data
        .years
        .iter()
        .filter_map(|(_, v)| *v)
        .flat_map(|v| v.into_iter())
        .fold(0.0_f64, f64::max);
    let y_top = ((max / 10.0).ceil() * 10.0).max(10.0);

    let mut chart = ChartBuilder::on(&root)
        .margin(px(8.0))
        .x_label_area_size(px(26.0))
        .y_label_area_size(px(38.0))
        .build_cartesian_2d(-0.5f64..2.5f64, 0f64..y_top)
        .map_err(|e| e.to_string())?;
    let groups = data.groups;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(3)
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 1e-9 && (0.0..=2.0).contains(&i) { groups[i as usize].to_string() } else { String::new() }
        })
        .y_labels(5)
        .y_label_formatter(&|y| format!("{y:.0}%"))
        .label_style(font(13.0))
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xe3, 0xe3, 0xe3))
        .draw()
        .map_err(|e| e.to_string())?;

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
                    .map_err(|e| e.to_string())?
                    .label(year.to_string())
                    .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
            }
            None => {
                chart
                    .draw_series(std::iter::once(Text::new(
                        format!("{year}: {}", data.no_data),
                        (-0.4, y_top * (0.95 - 0.08 * year_index as f64)),
                        font(13.0),
                    )))
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(font(13.0))
        .background_style(WHITE.mix(0.8))
        .border_style(RGBColor(0xcc, 0xcc, 0xcc))
        .draw()
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(())
}
