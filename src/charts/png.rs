//! PNG downloads that carry their own title, subtitle and source line, as
//! an embed does, so that a still image pasted where frames cannot run still
//! says what it shows and where the figures come from. Drawn at twice the
//! on-screen size (sharp in print).

use crate::embed::Heading;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Image pixels per CSS pixel.
pub const PNG_SCALE: f64 = 2.0;
/// Narrower images wrap their titles into too many lines.
pub const MIN_WIDTH: f64 = 560.0;
const PAD: f64 = 14.0;
const TITLE_PX: f64 = 17.0;
const SMALL_PX: f64 = 12.0;
const INK: &str = "#1a1a1a";
const INK_SOFT: &str = "#555555";

/// A new canvas of `w` x `h` image pixels and its 2D context.
pub fn canvas(w: f64, h: f64) -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas: HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(w.round() as u32);
    canvas.set_height(h.round() as u32);
    let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    Some((canvas, context))
}

/// `text` broken into lines no wider than `max` (image pixels) in the
/// context's current font: at spaces where there are any (English), else
/// between characters (Chinese).
fn wrap(context: &CanvasRenderingContext2d, text: &str, max: f64) -> Vec<String> {
    let fits = |s: &str| {
        context
            .measure_text(s)
            .map(|m| m.width() <= max)
            .unwrap_or(true)
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(' ') {
        let candidate = format!("{line}{word}");
        if fits(candidate.trim_end()) || line.is_empty() && !word.contains(' ') && fits(word) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        // A word (or a run of Chinese) wider than the line: by characters.
        for c in word.chars() {
            line.push(c);
            if !fits(line.trim_end()) {
                line.pop();
                lines.push(line.trim_end().to_string());
                line = c.to_string();
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The image as a PNG data URL: the heading above, the source line below,
/// and between them `body_height` CSS pixels painted by `paint` (given the
/// context, the body's top and its width, in image pixels).
pub fn framed_png(
    heading: &Heading,
    css_width: f64,
    body_height: f64,
    paint: impl FnOnce(&CanvasRenderingContext2d, f64, f64),
) -> Option<String> {
    let s = PNG_SCALE;
    let width = css_width.max(MIN_WIDTH) * s;
    let text_width = width - 2.0 * PAD * s;
    // Measure on a scratch canvas first: the height depends on the wrapping.
    let (_, probe) = canvas(1.0, 1.0)?;
    let font = |weight: &str, px: f64| format!("{weight} {}px sans-serif", px * s);
    probe.set_font(&font("bold", TITLE_PX));
    let title = wrap(&probe, &heading.title, text_width);
    probe.set_font(&font("", SMALL_PX));
    let subtitle = wrap(&probe, &heading.subtitle, text_width);
    let source = wrap(&probe, heading.source, text_width);
    let (title_line, small_line) = (TITLE_PX * 1.35 * s, SMALL_PX * 1.45 * s);
    let head = PAD * s + title.len() as f64 * title_line + subtitle.len() as f64 * small_line;
    let foot = source.len() as f64 * small_line + PAD * s;
    let body = body_height * s;
    let (image, context) = canvas(width, head + 6.0 * s + body + 6.0 * s + foot)?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width, head + body + foot + 12.0 * s);
    context.set_text_baseline("top");
    let mut y = PAD * s;
    let lines = |rows: &[String], colour: &str, font: String, step: f64, y: &mut f64| {
        context.set_fill_style_str(colour);
        context.set_font(&font);
        for line in rows {
            let _ = context.fill_text(line, PAD * s, *y);
            *y += step;
        }
    };
    lines(&title, INK, font("bold", TITLE_PX), title_line, &mut y);
    lines(&subtitle, INK_SOFT, font("", SMALL_PX), small_line, &mut y);
    paint(&context, head + 6.0 * s, width);
    let mut y = head + 6.0 * s + body + 6.0 * s;
    lines(&source, INK_SOFT, font("", SMALL_PX), small_line, &mut y);
    image.to_data_url().ok()
}
