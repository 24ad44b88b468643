//! A chart on a canvas, redrawn when its data changes, with PNG and SVG
//! downloads, and hover (and keyboard) targets over the points that carry
//! a text (a trend's reported figures and their sources).

use super::png::{self, framed_png, PNG_SCALE};
use super::{AnyBackend, ChartSpec, Scale};
use crate::download::{download_data_url, download_text};
use crate::embed::Heading;
use crate::i18n::texts;
use crate::state::use_lang;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// The device pixel ratio, between 1 and 3 (sharp on phones).
fn pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 3.0)
}

/// The canvas's CSS box, or `height` (and 320 px wide) while it has none.
fn css_box(canvas: &HtmlCanvasElement, height: u32) -> (u32, u32) {
    let css = |got: i32, or: u32| if got > 0 { got as u32 } else { or };
    (
        css(canvas.client_width(), 320),
        css(canvas.client_height(), height),
    )
}

/// The canvas's CSS box, kept up to date by a `ResizeObserver`, so that a
/// redraw never reads the layout: the lab redraws right after the page has
/// changed, and reading `clientWidth` then forced a layout (1.5-2 ms of
/// every slider move in the Chrome profile). The observer reports after
/// layout, when reading is free; it is disconnected with the chart.
fn use_css_box(canvas_ref: NodeRef<Canvas>, height: u32) -> RwSignal<Option<(u32, u32)>> {
    let size = RwSignal::new(None);
    let observer = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let watched = canvas.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let now = Some(css_box(&watched, height));
            if size.get_untracked() != now {
                size.set(now);
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            o.observe(&canvas);
            observer.set_value(Some((o, callback)));
        }
    });
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some((o, _)) = o {
                o.disconnect();
            }
        })
    });
    size
}

#[component]
pub fn ChartCanvas(
    spec: Signal<Option<ChartSpec>>,
    /// CSS height in pixels.
    height: u32,
    /// Download file name without extension.
    file_name: Signal<String>,
    /// Accessible description of the chart (the table next to it has the
    /// numbers).
    label: Signal<String>,
    /// The title, subtitle and source line the PNG carries (by default the
    /// description and the census source).
    #[prop(optional, into)]
    heading: Option<Signal<Heading>>,
) -> impl IntoView {
    let lang = use_lang();
    let canvas_ref = NodeRef::<Canvas>::new();
    let width = RwSignal::new(320u32);
    let css_box_now = use_css_box(canvas_ref, height);
    // Hover targets: (left %, top %, text), placed in shares of the canvas
    // so they follow it when the page's width changes.
    let spots = RwSignal::new(Vec::<(f64, f64, String)>::new());
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let Some(spec) = spec.get() else { return };
        // Before the observer's first report the box is read once.
        let (css_width, css_height) = css_box_now
            .get()
            .unwrap_or_else(|| css_box(&canvas, height));
        let ratio = pixel_ratio();
        canvas.set_width((css_width as f64 * ratio).round() as u32);
        canvas.set_height((css_height as f64 * ratio).round() as u32);
        width.set(css_width);
        let Some(backend) = AnyBackend::canvas(canvas) else {
            return;
        };
        match spec.draw(&backend.into_drawing_area(), Scale(ratio)) {
            Ok(at) => {
                let (w, h) = (css_width as f64 * ratio, css_height as f64 * ratio);
                spots.set(
                    at.into_iter()
                        .zip(spec.tips())
                        .map(|((x, y), tip)| (x / w * 100.0, y / h * 100.0, tip))
                        .collect(),
                );
            }
            Err(e) => leptos::logging::warn!("chart: {e}"),
        }
        // When it was last drawn, for the benchmark harness.
        if let (Some(c), Some(p)) = (
            canvas_ref.get_untracked(),
            web_sys::window().and_then(|w| w.performance()),
        ) {
            let _ = c.set_attribute("data-drawn-at", &format!("{:.3}", p.now()));
        }
    });
    let png = move |_| {
        let Some(spec) = spec.get_untracked() else {
            return;
        };
        let heading = heading
            .map(|h| h.get_untracked())
            .unwrap_or_else(|| Heading {
                title: label.get_untracked(),
                subtitle: String::new(),
                source: texts(lang.get_untracked()).source_short,
            });
        let css = (width.get_untracked().max(320) as f64, height as f64);
        // The chart drawn afresh for the image's width at twice the scale.
        let url = framed_png(&heading, css.0, css.1, |context, top, width| {
            let Some((chart, _)) = png::canvas(width, css.1 * PNG_SCALE) else {
                return;
            };
            if let Some(backend) = AnyBackend::canvas(chart.clone()) {
                let area = backend.into_drawing_area();
                if let Err(e) = spec.draw(&area, Scale(PNG_SCALE)) {
                    leptos::logging::warn!("png: {e}");
                }
            }
            let _ = context.draw_image_with_html_canvas_element(&chart, 0.0, top);
        });
        if let Some(url) = url {
            download_data_url(&url, &format!("{}.png", file_name.get_untracked()));
        }
    };
    let svg = move |_| {
        if let Some(spec) = spec.get_untracked() {
            match spec.to_svg(width.get_untracked().max(320), height) {
                Ok(text) => download_text(
                    &text,
                    "image/svg+xml",
                    &format!("{}.svg", file_name.get_untracked()),
                ),
                Err(e) => leptos::logging::warn!("svg export: {e}"),
            }
        }
    };
    view! {
        <figure class="chart-figure">
            <div class="chart-stage">
                <canvas node_ref=canvas_ref class="chart" style=format!("height:{height}px") role="img" aria-label=move || label.get()></canvas>
                {move || spots.get().into_iter().map(|(left, top, tip)| view! {
                    <span class="chart-spot" class:spot-right={left > 50.0} role="img" tabindex="0" title=tip.clone() aria-label=tip style=format!("left:{left:.2}%;top:{top:.2}%")></span>
                }).collect_view()}
            </div>
            <div class="chart-downloads">
                <button class="small" on:click=png>{move || texts(lang.get()).download_png}</button>
                <button class="small" on:click=svg>{move || texts(lang.get()).download_svg}</button>
            </div>
        </figure>
    }
}
