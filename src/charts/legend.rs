//! The series legend of every chart, drawn here rather than by plotters:
//! plotters lays its legend out with its own text estimate, which in the
//! browser adds a `<span>` to the page and forces a layout per line (see
//! `measure`); this one measures through the backend, on a canvas. Same
//! look: a white box with a grey border in a corner of the plot, one line
//! per series with its mark on the left.

use super::{err, Chart, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;

/// How a series is drawn in the legend.
#[derive(Clone, Copy)]
pub enum Mark {
    /// A filled rectangle (bars, the uncertainty band).
    Swatch(RGBAColor),
    /// A thick line (the trend's lines, the pyramid's outlines).
    Line(RGBAColor),
    /// A filled circle (census counts).
    Dot(RGBAColor),
    /// A hollow diamond (reported figures).
    Diamond(RGBAColor),
}

/// Which corner of the plot the legend sits in.
#[derive(Clone, Copy)]
pub enum Corner {
    UpperRight,
    LowerRight,
}

/// The entries of one chart's legend, in the order they are drawn.
#[derive(Default)]
pub struct Legend(Vec<(String, Mark)>);

impl Legend {
    pub fn add(&mut self, label: &str, mark: Mark) {
        self.0.push((label.to_string(), mark));
    }

    /// Draws the legend in `corner` of the chart's plotting area.
    pub fn draw<DB: DrawingBackend>(
        &self,
        chart: &Chart<'_, DB>,
        corner: Corner,
        scale: Scale,
    ) -> Result<(), String> {
        if self.0.is_empty() {
            return Ok(());
        }
        let area = chart.plotting_area().strip_coord_spec();
        let px = |v: f64| (v * scale.0).round() as i32;
        let font: TextStyle = scale.font(12.0).into();
        let line_height = 12.0 * scale.0 * 1.25;
        let mut text_width = 0;
        let mut text_height = 0;
        for (label, _) in &self.0 {
            let (w, h) = area.estimate_text_size(label, &font).map_err(err)?;
            text_width = text_width.max(w as i32);
            text_height = h as i32;
        }
        let (margin, mark_area) = (px(10.0), px(30.0));
        let rows = self.0.len() as f64 - 1.0;
        let width = text_width + mark_area + 2 * margin;
        let height = (rows * line_height).round() as i32 + text_height + 2 * margin;
        let (area_w, area_h) = area.dim_in_pixel();
        let x = area_w as i32 - width - px(5.0);
        let y = match corner {
            Corner::UpperRight => px(5.0),
            Corner::LowerRight => area_h as i32 - height - px(5.0),
        };
        let corners = [(x, y), (x + width, y + height)];
        area.draw(&Rectangle::new(corners, WHITE.mix(0.85).filled()))
            .map_err(err)?;
        area.draw(&Rectangle::new(corners, RGBColor(0xcc, 0xcc, 0xcc)))
            .map_err(err)?;
        for (i, (label, mark)) in self.0.iter().enumerate() {
            let top = y + margin + (i as f64 * line_height).round() as i32;
            draw_mark(&area, *mark, (x + margin, top + text_height / 2), px)?;
            area.draw(&Text::new(
                label.as_str(),
                (x + margin + mark_area, top),
                font.clone(),
            ))
            .map_err(err)?;
        }
        Ok(())
    }
}

/// One mark with its left end at `(x, y)`, sized in CSS pixels by `px`.
fn draw_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    mark: Mark,
    (x, y): (i32, i32),
    px: impl Fn(f64) -> i32,
) -> Result<(), String> {
    let drawn = match mark {
        Mark::Swatch(c) => area.draw(&Rectangle::new(
            [(x, y - px(5.0)), (x + px(12.0), y + px(5.0))],
            c.filled(),
        )),
        Mark::Line(c) => area.draw(&PathElement::new(
            vec![(x, y), (x + px(14.0), y)],
            c.stroke_width(px(3.0) as u32),
        )),
        Mark::Dot(c) => area.draw(&Circle::new((x + px(6.0), y), px(4.0) as u32, c.filled())),
        Mark::Diamond(c) => area.draw(&PathElement::new(
            vec![
                (x + px(6.0), y - px(5.0)),
                (x + px(11.0), y),
                (x + px(6.0), y + px(5.0)),
                (x + px(1.0), y),
                (x + px(6.0), y - px(5.0)),
            ],
            c.stroke_width(px(2.0) as u32),
        )),
    };
    drawn.map_err(err)
}
