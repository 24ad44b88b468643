//! The chart's downloads: the points as CSV (the core's columns, the same
//! as `atlas relate --csv`), the drawing as SVG, and as PNG by drawing that
//! SVG on a canvas at twice its size, under the embed's title and subtitle
//! and above its source line.

use super::chart::Drawing;
use super::Scene;
use crate::charts::png::{framed_png, PNG_SCALE};
use crate::download::{download_csv, download_data_url, download_text};
use crate::embed::{chart_heading, Heading};
use crate::i18n::relate::relate_texts;
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::relate::csv_rows;
use atlas_core::url_state::EmbedChart;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

#[component]
pub fn Downloads(scene: Memo<Option<Scene>>, drawing: Memo<Option<Drawing>>) -> impl IntoView {
    let lang = use_lang();
    let heading = chart_heading(EmbedChart::Relate, None);
    let csv = move |_| {
        if let Some(s) = scene.get_untracked() {
            let (head, rows) = csv_rows(&s.relation, &s.units(), s.x, s.y, s.year);
            download_csv(&head, &rows, &format!("{}.csv", stem(&s)));
        }
    };
    let svg_file = move |_| {
        if let (Some(s), Some(d)) = (scene.get_untracked(), drawing.get_untracked()) {
            download_text(&d.text, "image/svg+xml", &format!("{}.svg", stem(&s)));
        }
    };
    let png_file = move |_| {
        if let (Some(s), Some(d)) = (scene.get_untracked(), drawing.get_untracked()) {
            rasterise(&d, heading.get_untracked(), format!("{}.png", stem(&s)));
        }
    };
    view! {
        <div class="downloads relate-downloads">
            <button on:click=csv>{move || relate_texts(lang.get()).download_points}</button>
            <button on:click=svg_file>{move || texts(lang.get()).download_svg}</button>
            <button on:click=png_file>{move || texts(lang.get()).download_png}</button>
        </div>
    }
}

/// The files' name: the axes, the level and the year.
fn stem(s: &Scene) -> String {
    let (x, y) = (s.x.key, s.y.key);
    format!(
        "shrinkage-atlas-relate-{x}-{y}-{}-{}",
        s.level.key(),
        s.year.key()
    )
}

/// Draws the SVG on a canvas and downloads the PNG once the browser has
/// decoded the image (the SVG paints its own white background).
fn rasterise(drawing: &Drawing, heading: Heading, file_name: String) {
    let (w, h) = (drawing.width, drawing.height);
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&drawing.text)
    );
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let png = framed_png(&heading, w, h, |context, top, width| {
            let (dw, dh) = (w * PNG_SCALE, h * PNG_SCALE);
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
                &loaded,
                ((width - dw) / 2.0).max(0.0),
                top,
                dw,
                dh,
            );
        });
        if let Some(png) = png {
            download_data_url(&png, &file_name);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
}
