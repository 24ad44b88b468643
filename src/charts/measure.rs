//! Text sizes for chart layout, measured on a detached canvas.
//!
//! plotters measures text in the browser by appending a `<span>` to the
//! page and reading its `offsetHeight`, once per axis label and legend
//! line: every read forces the whole page's layout, and in the lab that
//! was about 4 ms of each slider move (Chrome profile: `offsetHeight` the
//! largest self time). `measureText` on a canvas that is not in the page
//! never touches the layout.

use plotters_backend::BackendTextStyle;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

thread_local! {
    /// The measuring context and the font it is set to (setting a font
    /// parses it, so it is set only when it changes).
    static CONTEXT: RefCell<Option<(CanvasRenderingContext2d, String)>> = const { RefCell::new(None) };
}

fn context() -> Option<CanvasRenderingContext2d> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?;
    canvas
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?
        .get_context("2d")
        .ok()??
        .dyn_into()
        .ok()
}

/// Width and height in pixels of `text` in `style`, the box plotters'
/// own estimate gives (the line box of the font: its ascent plus descent).
pub fn text_size<S: BackendTextStyle>(text: &str, style: &S) -> (u32, u32) {
    let font = format!(
        "{} {}px {}",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    );
    let fallback = (
        (style.size() * 0.6 * text.chars().count() as f64) as u32,
        (style.size() * 1.2) as u32,
    );
    CONTEXT.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = context().map(|c| (c, String::new()));
        }
        let Some((context, set)) = cell.as_mut() else {
            return fallback;
        };
        if *set != font {
            context.set_font(&font);
            *set = font;
        }
        match context.measure_text(text) {
            Ok(m) => {
                let height = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
                let height = if height > 0.0 {
                    height
                } else {
                    style.size() * 1.2
                };
                (m.width().ceil() as u32, height.ceil() as u32)
            }
            Err(_) => fallback,
        }
    })
}
