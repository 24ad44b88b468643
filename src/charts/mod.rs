//! Charts drawn with plotters: on a `<canvas>` in the page, and the same
//! drawing code into an SVG string for download. Every chart has a table
//! alternative next to it, so no figure is canvas-only.

pub mod age_structure;
mod backend;
mod canvas;
pub mod legend;
mod measure;
pub mod png;
pub mod pyramid;
pub mod tornado;
pub mod trend;
pub mod wedge;

pub use backend::AnyBackend;
pub use canvas::ChartCanvas;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

/// A chart with numbers on both axes (every chart of the atlas).
pub type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A drawable chart: its data and how to draw it on any plotters backend.
#[derive(Clone, PartialEq)]
pub enum ChartSpec {
    AgeStructure(age_structure::AgeStructure),
    Pyramid(pyramid::Pyramid),
    Trend(trend::Trend),
    Tornado(tornado::Tornado),
    Wedges(wedge::Wedges),
}

/// Sizes in CSS pixels times `scale` (the device pixel ratio on screen, 2
/// for downloads), so text and lines keep their size on any screen.
#[derive(Clone, Copy)]
pub struct Scale(pub f64);

impl Scale {
    pub fn px(self, v: f64) -> u32 {
        (v * self.0).round() as u32
    }
    pub fn font(self, size: f64) -> FontDesc<'static> {
        ("sans-serif", size * self.0).into_font()
    }
}

/// Axes for horizontal bars, one row per label (the first label on top,
/// row `i` spanning y = n-1-i .. n-i), values along x formatted by `axis`;
/// the wedge and the tornado charts share them.
pub struct BarRows<'l> {
    pub labels: &'l [String],
    pub x: std::ops::Range<f64>,
    /// Width of the label column (backend pixels).
    pub label_area: u32,
    pub x_labels: usize,
    pub axis: trend::AxisFormat,
    pub lang: atlas_core::Lang,
}

impl BarRows<'_> {
    pub fn draw<'a, DB: DrawingBackend + 'a>(
        &self,
        root: &'a DrawingArea<DB, Shift>,
        scale: Scale,
    ) -> Result<Chart<'a, DB>, String> {
        let n = self.labels.len();
        let (axis, lang, labels) = (self.axis, self.lang, self.labels);
        let mut chart = ChartBuilder::on(root)
            .margin(scale.px(8.0))
            .x_label_area_size(scale.px(24.0))
            .y_label_area_size(self.label_area)
            .build_cartesian_2d(self.x.clone(), 0.0..n as f64)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xe6, 0xe6, 0xe6))
            .x_labels(self.x_labels)
            .x_label_formatter(&|x| axis.format(*x, lang))
            .y_labels(n * 2 + 1)
            .y_label_formatter(&|y| {
                let i = (y - 0.5).round();
                if (y - 0.5 - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < n {
                    labels[n - 1 - i as usize].clone()
                } else {
                    String::new()
                }
            })
            .label_style(scale.font(11.5))
            .draw()
            .map_err(err)?;
        Ok(chart)
    }
}

/// Errors of any backend, as text.
pub fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

impl ChartSpec {
    /// Draws the chart; returns where its hover targets are (backend
    /// pixels, in the order of [`ChartSpec::tips`]).
    pub fn draw(
        &self,
        root: &DrawingArea<AnyBackend<'_>, Shift>,
        scale: Scale,
    ) -> Result<Vec<(f64, f64)>, String> {
        root.fill(&WHITE).map_err(err)?;
        let spots = match self {
            ChartSpec::AgeStructure(c) => c.draw(root, scale).map(|_| Vec::new()),
            ChartSpec::Pyramid(c) => c.draw(root, scale).map(|_| Vec::new()),
            ChartSpec::Trend(c) => c.draw(root, scale),
            ChartSpec::Wedges(c) => c.draw(root, scale).map(|_| Vec::new()),
            ChartSpec::Tornado(c) => c.draw(root, scale).map(|_| Vec::new()),
        }?;
        root.present().map_err(err)?;
        Ok(spots)
    }

    /// Hover texts of the points that have one (a trend's reported figures).
    pub fn tips(&self) -> Vec<String> {
        match self {
            ChartSpec::Trend(c) => c.reported.iter().map(|m| m.tip.clone()).collect(),
            _ => Vec::new(),
        }
    }

    /// The chart as a standalone SVG document of `width` x `height` CSS px.
    pub fn to_svg(&self, width: u32, height: u32) -> Result<String, String> {
        let mut out = String::new();
        {
            let root = AnyBackend::Svg(SVGBackend::with_string(&mut out, (width, height)))
                .into_drawing_area();
            self.draw(&root, Scale(1.0))?;
        }
        Ok(out)
    }
}
