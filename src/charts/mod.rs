//! Charts drawn with plotters on a `<canvas>`. Each chart also has a table
//! alternative next to it (see the panel), so no figure is canvas-only.

pub mod age_structure;

use web_sys::HtmlCanvasElement;

/// Sizes the canvas's backing store to its CSS box times the device pixel
/// ratio (sharp on phones) and returns that ratio, by which the drawing code
/// scales fonts and margins.
pub fn prepare_canvas(canvas: &HtmlCanvasElement, fallback_css_width: u32, css_height: u32) -> f64 {
    let ratio = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).clamp(1.0, 3.0);
    let css_width = match canvas.client_width() {
        w if w > 0 => w as u32,
        _ => fallback_css_width,
    };
    canvas.set_width((css_width as f64 * ratio).round() as u32);
    canvas.set_height((css_height as f64 * ratio).round() as u32);
    ratio
}
