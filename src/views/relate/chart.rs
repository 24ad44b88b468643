//! The scatter as SVG text: the frame, ticks and grid, the fitted line,
//! one `<circle data-code>` per point with its name on hover, the selected
//! place ringed and named, the axis titles and the colour legend. It is
//! written as escaped text that the page sets in one go (as the track
//! record's tables are): far less WebAssembly than a view type per element
//! (the first-load budget), and the same text is the SVG download and the
//! source of the PNG. Colours and sizes are attributes, not CSS, so that
//! the downloads look like the page.
//!
//! The drawing is in CSS pixels of the width it is shown at (measured, and
//! again when the window is resized), so its text keeps its size on a
//! phone instead of shrinking with the picture.

use super::colours::{fill, legend};
use super::Scene;
use crate::components::simple_table::esc;
use crate::i18n::relate::{axis_title, chart_label, fit_line, point_tip};
use crate::units::display_name;
use atlas_core::catalogue::Indicator;
use atlas_core::relate::{size_share, tick_label, AxisScale, Point};
use atlas_core::url_state::PointColour;
use atlas_core::Lang;
use leptos::prelude::*;
use std::fmt::Write;

/// Room around the plot for the tick labels and axis titles (px).
const LEFT: f64 = 58.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 46.0;
const RIGHT: f64 = 16.0;
/// The narrowest drawing (px): below it the ticks would collide.
const MIN_WIDTH: f64 = 280.0;
/// The largest point's radius (px); the smallest is a share of it.
const MAX_RADIUS: f64 = 16.0;
/// A legend entry's width and row height (px).
const LEGEND_COLUMN: f64 = 170.0;
const LEGEND_ROW: f64 = 20.0;
const INK: &str = "#1f2328";
const GRID: &str = "#e3e5e8";
const EDGE: &str = "#4a4f55";

/// The plot's box in the drawing and the two axes.
struct Frame {
    plot_width: f64,
    plot_height: f64,
    x: AxisScale,
    y: AxisScale,
}

impl Frame {
    fn px(&self, v: f64) -> f64 {
        LEFT + self.x.share(v) * self.plot_width
    }
    fn py(&self, v: f64) -> f64 {
        TOP + (1.0 - self.y.share(v)) * self.plot_height
    }
    fn bottom(&self) -> f64 {
        TOP + self.plot_height
    }
}

/// The width the chart's box is shown at, followed as the window resizes.
pub fn measured_width(host: NodeRef<leptos::html::Div>) -> RwSignal<f64> {
    let width = RwSignal::new(640.0);
    let measure = move || {
        if let Some(el) = host.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if host.get().is_some() {
            measure();
        }
    });
    let listener = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || listener.remove());
    width
}

/// How the scatter is drawn: the width (px), the colouring, the selected
/// place and the language.
pub struct Style {
    pub width: f64,
    pub colour: PointColour,
    pub selected: Option<u32>,
    pub lang: Lang,
}

/// An SVG document and its size (px).
#[derive(Clone, PartialEq)]
pub struct Drawing {
    pub text: String,
    pub width: f64,
    pub height: f64,
}

/// The scatter of `scene` as an SVG document; `None` without a point.
pub fn svg(scene: &Scene, style: &Style) -> Option<Drawing> {
    let r = &scene.relation;
    let x = AxisScale::over(r.points.iter().map(|p| p.x), r.log_x)?;
    let y = AxisScale::over(r.points.iter().map(|p| p.y), r.log_y)?;
    let width = style.width.max(MIN_WIDTH).round();
    let plot_width = width - LEFT - RIGHT;
    let frame = Frame {
        plot_width,
        plot_height: (plot_width * 0.7).clamp(220.0, 420.0).round(),
        x,
        y,
    };
    let lang = style.lang;
    let drawn = r.points.iter().filter_map(|p| scene.unit(p.code));
    let entries = legend(style.colour, &scene.bundle, drawn, lang);
    let columns = ((width - LEFT) / LEGEND_COLUMN).floor().max(1.0) as usize;
    let legend_top = frame.bottom() + BOTTOM + 4.0;
    let height = legend_top + entries.len().div_ceil(columns) as f64 * LEGEND_ROW;
    let fit = fit_line(r.points.len(), r.fit.map(|f| f.r), r.missing, lang);
    let label = chart_label(
        &name(scene.x, scene, lang),
        &name(scene.y, scene, lang),
        &fit,
        lang,
    );
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"12\" \
         role=\"img\" aria-label=\"{}\"><rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>",
        esc(&label)
    );
    grid(&mut out, &frame, scene, lang);
    fitted_line(&mut out, &frame, scene);
    points(&mut out, &frame, scene, style);
    titles(&mut out, &frame, scene, lang);
    for (i, (colour, words)) in entries.iter().enumerate() {
        let x = LEFT + (i % columns) as f64 * LEGEND_COLUMN;
        let y = legend_top + (i / columns) as f64 * LEGEND_ROW;
        let _ = write!(
            out,
            "<g class=\"relate-legend-entry\"><circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{colour}\" stroke=\"{EDGE}\" stroke-width=\"0.8\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"{INK}\">{}</text></g>",
            x + 6.0,
            y + 6.0,
            x + 18.0,
            y + 10.0,
            esc(words)
        );
    }
    out.push_str("</svg>");
    Some(Drawing {
        text: out,
        width,
        height,
    })
}

/// An indicator's name with its year (of a yearly one).
fn name(ind: &'static Indicator, scene: &Scene, lang: Lang) -> String {
    ind.column(scene.year).name(lang)
}

/// Grid lines and tick labels of both axes, and the plot's frame.
fn grid(out: &mut String, frame: &Frame, scene: &Scene, lang: Lang) {
    let (bottom, right) = (frame.bottom(), LEFT + frame.plot_width);
    out.push_str("<g class=\"relate-grid\">");
    for &v in &frame.x.ticks {
        let at = frame.px(v);
        let _ = write!(
            out,
            "<line x1=\"{at:.1}\" x2=\"{at:.1}\" y1=\"{TOP}\" y2=\"{bottom}\" stroke=\"{GRID}\"/>\
             <text x=\"{at:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
            bottom + 16.0,
            esc(&tick_label(scene.x.kind, v, lang))
        );
    }
    for &v in &frame.y.ticks {
        let at = frame.py(v);
        let _ = write!(
            out,
            "<line x1=\"{LEFT}\" x2=\"{right}\" y1=\"{at:.1}\" y2=\"{at:.1}\" stroke=\"{GRID}\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"{INK}\">{}</text>",
            LEFT - 6.0,
            at + 4.0,
            esc(&tick_label(scene.y.kind, v, lang))
        );
    }
    let _ = write!(
        out,
        "<rect x=\"{LEFT}\" y=\"{TOP}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#8c959f\"/></g>",
        frame.plot_width, frame.plot_height
    );
}

/// The least squares line, clipped to the plot by a nested `<svg>`.
fn fitted_line(out: &mut String, frame: &Frame, scene: &Scene) {
    let Some([(x0, y0), (x1, y1)]) = scene.relation.line_ends(&frame.x) else {
        return;
    };
    let (w, h) = (frame.plot_width, frame.plot_height);
    let _ = write!(
        out,
        "<svg x=\"{LEFT}\" y=\"{TOP}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" overflow=\"hidden\">\
         <line class=\"relate-line\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{INK}\" \
         stroke-width=\"2\" stroke-dasharray=\"6 4\"/></svg>",
        frame.px(x0) - LEFT,
        frame.py(y0) - TOP,
        frame.px(x1) - LEFT,
        frame.py(y1) - TOP
    );
}

/// One circle per point, the largest first so that the small ones stay on
/// top and clickable; the selected place last, ringed and named.
fn points(out: &mut String, frame: &Frame, scene: &Scene, style: &Style) {
    let largest = scene.relation.largest_residents();
    // One sort key: the selected place last, then from the most residents
    // to the fewest.
    let key = |p: &Point| match Some(p.code) == style.selected {
        true => f64::INFINITY,
        false => -p.residents.unwrap_or(0.0),
    };
    let mut order: Vec<&Point> = scene.relation.points.iter().collect();
    atlas_core::order::sort_by(&mut order, |a, b| key(a).total_cmp(&key(b)));
    out.push_str("<g class=\"relate-points\">");
    for p in order {
        let Some(unit) = scene.unit(p.code) else {
            continue;
        };
        let lang = style.lang;
        let name = display_name(unit, lang);
        let (xv, yv) = (scene.x.format(p.x, lang), scene.y.format(p.y, lang));
        let (xn, yn) = (
            self::name(scene.x, scene, lang),
            self::name(scene.y, scene, lang),
        );
        let tip = point_tip(&name, (&xn, &xv), (&yn, &yv), lang);
        let selected = Some(p.code) == style.selected;
        let (cx, cy) = (frame.px(p.x), frame.py(p.y));
        let radius =
            size_share(p.residents, largest) * MAX_RADIUS + if selected { 2.0 } else { 0.0 };
        let (class, edge, edge_width) = match selected {
            true => ("relate-point selected", INK, 3.0),
            false => ("relate-point", EDGE, 0.8),
        };
        let _ = write!(
            out,
            "<circle class=\"{class}\" data-code=\"{}\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{radius:.1}\" fill=\"{}\" \
             fill-opacity=\"0.85\" stroke=\"{edge}\" stroke-width=\"{edge_width}\"><title>{}</title></circle>",
            p.code,
            fill(unit, style.colour, &scene.bundle),
            esc(&tip)
        );
        if selected {
            // Beside the point, on the side with more room.
            let (at, anchor) = match cx > LEFT + frame.plot_width / 2.0 {
                true => (cx - radius - 4.0, "end"),
                false => (cx + radius + 4.0, "start"),
            };
            let _ = write!(
                out,
                "<text class=\"relate-selected-name\" x=\"{at:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"{INK}\" \
                 font-weight=\"bold\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
                cy + 4.0,
                esc(&name)
            );
        }
    }
    out.push_str("</g>");
}

fn titles(out: &mut String, frame: &Frame, scene: &Scene, lang: Lang) {
    let title = |ind: &'static Indicator, log: bool| {
        esc(&axis_title(
            &name(ind, scene, lang),
            ind.kind.unit(lang),
            log,
            lang,
        ))
    };
    let _ = write!(
        out,
        "<text class=\"relate-x-title\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"{INK}\" font-weight=\"bold\">{}</text>\
         <text class=\"relate-y-title\" x=\"4\" y=\"16\" fill=\"{INK}\" font-weight=\"bold\">{}</text>",
        LEFT + frame.plot_width / 2.0,
        frame.bottom() + 36.0,
        title(scene.x, scene.relation.log_x),
        title(scene.y, scene.relation.log_y)
    );
}
