//! One plotters backend for the canvas on screen and the SVG download.
//!
//! plotters' chart code (axes, meshes, series, legends) is generic over the
//! backend, so drawing every chart on two backends put two copies of all of
//! it in the wasm (5.8 kB brotli measured). Drawing on this enum instead
//! keeps one copy; only the few primitives below dispatch to the real
//! backend.

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub enum AnyBackend<'a> {
    Canvas(CanvasBackend, CanvasText),
    Svg(SVGBackend<'a>),
}

/// The canvas's context, for drawing level text without plotters-canvas:
/// it sets the context's font for every label, and setting a font parses
/// it (0.35 ms of a lab slider move in a Chrome profile). Here the font is
/// set only when it changes. Rotated text still goes through plotters,
/// whose save / restore leaves the font as it was.
pub struct CanvasText {
    context: CanvasRenderingContext2d,
    font: String,
}

impl AnyBackend<'_> {
    /// A backend drawing on `canvas`, or none where it has no 2D context.
    pub fn canvas(canvas: HtmlCanvasElement) -> Option<AnyBackend<'static>> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let backend = CanvasBackend::with_canvas_object(canvas)?;
        Some(AnyBackend::Canvas(
            backend,
            CanvasText {
                context,
                font: String::new(),
            },
        ))
    }
}

impl CanvasText {
    fn draw<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) {
        let color = style.color();
        if color.alpha == 0.0 {
            return;
        }
        let c = &self.context;
        c.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        c.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        let (r, g, b) = color.rgb;
        c.set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        if font != self.font {
            c.set_font(&font);
            self.font = font;
        }
        let _ = c.fill_text(text, f64::from(x), f64::from(y));
    }
}

/// A backend's error as text (the charts only ever log it).
#[derive(Debug)]
pub struct BackendError(String);

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for BackendError {}

type Drawn = Result<(), DrawingErrorKind<BackendError>>;

fn lift<E: std::error::Error + Send + Sync>(r: Result<(), DrawingErrorKind<E>>) -> Drawn {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(BackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// Calls the same method on whichever backend this is.
macro_rules! on_backend {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            AnyBackend::Canvas($b, _) => lift($call),
            AnyBackend::Svg($b) => lift($call),
        }
    };
}

impl DrawingBackend for AnyBackend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            AnyBackend::Canvas(b, _) => b.get_size(),
            AnyBackend::Svg(b) => b.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Drawn {
        on_backend!(self, b => b.ensure_prepared())
    }
    fn present(&mut self) -> Drawn {
        on_backend!(self, b => b.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        on_backend!(self, b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        on_backend!(self, b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        on_backend!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        on_backend!(self, b => b.draw_path(path, style))
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        on_backend!(self, b => b.draw_circle(center, radius, style, fill))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        on_backend!(self, b => b.fill_polygon(vert, style))
    }
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        if let (AnyBackend::Canvas(_, canvas_text), FontTransform::None) =
            (&mut *self, style.transform())
        {
            canvas_text.draw(text, style, pos);
            return Ok(());
        }
        on_backend!(self, b => b.draw_text(text, style, pos))
    }
    /// Measured on a detached canvas for both backends (see `measure`).
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<BackendError>> {
        Ok(super::measure::text_size(text, style))
    }
    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Drawn {
        on_backend!(self, b => b.blit_bitmap(pos, size, src))
    }
}
