//! The map as a still image: the SVG on screen (its fills, outlines, labels
//! and zoom) rasterised at twice its size, with the legend drawn under it
//! and the embed's title, subtitle and source line around it
//! ([`crate::charts::png::framed_png`]). Its code is a chunk fetched on the
//! first click (docs/size.md): the first download does not carry it.

use crate::charts::png::{canvas, framed_png, PNG_SCALE};
use crate::data::use_data;
use crate::download::download_data_url;
use crate::embed::{heading, lab_map_heading, Heading};
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::catalogue;
use atlas_core::url_state::EmbedChart;
use atlas_core::ViewState;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element};

/// "Download image (PNG)" under the map: the map as it is on screen, with
/// its legend, title, subtitle and source line. The first click fetches the
/// chunk (whose failure shows the chunk message and "Try again"); every
/// click makes an image.
#[component]
pub fn MapPngButton(
    /// The strategy lab's scenario map (else the atlas's map).
    #[prop(optional)]
    lab: bool,
) -> impl IntoView {
    let lang = use_lang();
    let clicks = RwSignal::new(0u32);
    // Made once, at the first click; it follows the clicks from then on.
    let maker =
        crate::views::chunk_once(move || clicks.get() > 0, move || map_png_maker(clicks, lab));
    view! {
        <div class="downloads map-downloads">
            <button class="small" on:click=move |_| clicks.update(|n| *n += 1)>
                {move || texts(lang.get()).download_png}
            </button>
            {maker}
        </div>
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(map_png, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn map_png_maker(clicks: RwSignal<u32>, lab: bool) -> crate::views::Loaded {
    Ok(view! { <MapPngMaker clicks=clicks lab=lab /> }.into_any())
}

/// Makes the image on each click (nothing on screen).
#[component]
fn MapPngMaker(clicks: RwSignal<u32>, lab: bool) -> impl IntoView {
    let app = use_app();
    let bundle = use_data().bundle;
    Effect::new(move |_| {
        clicks.track();
        let state = ViewState {
            chart: EmbedChart::Map,
            ..untrack(|| app.snapshot())
        };
        let (selector, heading, file) = match lab {
            true => (
                ".lab-map",
                lab_map_heading(&state, &bundle, state.lang),
                format!("shrinkage-atlas-scenario-map-{}.png", state.level.key()),
            ),
            false => (
                ".map-view .map-column",
                heading(&state, &bundle, state.lang),
                file_name(&state),
            ),
        };
        let column = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(column) = column {
            download_map_png(&column, heading, file);
        }
    });
}

/// The image's file name: what it shows, at which level and year.
fn file_name(state: &ViewState) -> String {
    let key = state.indicator.map_or(catalogue::DEFAULT_KEY, |i| i.key);
    let year = atlas_core::timeline::shown(state.time, state.year);
    format!("shrinkage-atlas-map-{key}-{}-{year}.png", state.level.key())
}

/// Styles the page's stylesheet gives the map's shapes and labels, copied
/// onto the image's elements (an SVG drawn as an image sees no stylesheet).
const STYLED: [&str; 8] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-linejoin",
    "paint-order",
    "font-family",
    "font-weight",
    "vector-effect",
];
const LEGEND_PX: f64 = 12.0;
const SWATCH: f64 = 12.0;
const ROW: f64 = 20.0;
const GAP: f64 = 14.0;

/// Starts the download of the map in `column` (its figure and legend) as
/// `file_name`, once the browser has decoded the SVG.
fn download_map_png(column: &Element, heading: Heading, file_name: String) {
    let Some(svg) = column.query_selector("figure.map svg").ok().flatten() else {
        return;
    };
    let rect = svg.get_bounding_client_rect();
    let (w, h) = (rect.width().max(1.0), rect.height().max(1.0));
    let legend = legend_items(column);
    let Some(text) = standalone_svg(&svg, w, h) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let width = w.max(crate::charts::png::MIN_WIDTH);
        let legend_height = legend_rows(&legend, width) as f64 * ROW + 6.0;
        let png = framed_png(
            &heading,
            w,
            h + legend_height,
            |context, top, image_width| {
                let (dw, dh) = (w * PNG_SCALE, h * PNG_SCALE);
                let left = ((image_width - dw) / 2.0).max(0.0);
                let _ = context
                    .draw_image_with_html_image_element_and_dw_and_dh(&loaded, left, top, dw, dh);
                draw_legend(context, &legend, top + dh + 6.0 * PNG_SCALE, image_width);
            },
        );
        if let Some(png) = png {
            download_data_url(&png, &file_name);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&text)
    ));
}

/// The map's SVG as a file of its own: a copy at its on-screen size, each
/// shape and label carrying the styles it has on screen.
fn standalone_svg(svg: &Element, w: f64, h: f64) -> Option<String> {
    let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    copy.set_attribute("width", &format!("{w:.0}")).ok()?;
    copy.set_attribute("height", &format!("{h:.0}")).ok()?;
    let window = web_sys::window()?;
    let (on_screen, copied) = (
        svg.query_selector_all("path, text").ok()?,
        copy.query_selector_all("path, text").ok()?,
    );
    for i in 0..on_screen.length().min(copied.length()) {
        let (Some(from), Some(to)) = (on_screen.item(i), copied.item(i)) else {
            continue;
        };
        let (Ok(from), Ok(to)) = (from.dyn_into::<Element>(), to.dyn_into::<Element>()) else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&from) else {
            continue;
        };
        let inline: Vec<String> = STYLED
            .iter()
            .filter_map(|p| {
                let v = style.get_property_value(p).ok()?;
                (!v.is_empty()).then(|| format!("{p}:{v}"))
            })
            .collect();
        let _ = to.set_attribute("style", &inline.join(";"));
    }
    // An SVG element's HTML serialisation is well-formed XML too (every
    // element closed, attributes quoted).
    Some(copy.outer_html())
}

/// One legend entry: its swatch colour (`None` = the no-data hatch) and label.
type LegendItem = (Option<String>, String);

/// The legend's entries as they are on screen.
fn legend_items(column: &Element) -> Vec<LegendItem> {
    let Ok(items) = column.query_selector_all(".legend li") else {
        return Vec::new();
    };
    let window = web_sys::window();
    (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into::<Element>().ok())
        .map(|li| {
            let swatch = li.query_selector(".swatch").ok().flatten();
            let colour = swatch
                .filter(|s| !s.class_list().contains("swatch-no-data"))
                .and_then(|s| window.as_ref()?.get_computed_style(&s).ok()?)
                .and_then(|style| style.get_property_value("background-color").ok());
            (
                colour,
                li.text_content().unwrap_or_default().trim().to_string(),
            )
        })
        .collect()
}

/// Each entry's width in CSS pixels, at the legend's font.
fn item_widths(items: &[LegendItem]) -> Vec<f64> {
    let Some((_, probe)) = canvas(1.0, 1.0) else {
        return vec![120.0; items.len()];
    };
    probe.set_font(&format!("{LEGEND_PX}px sans-serif"));
    items
        .iter()
        .map(|(_, label)| {
            let text = probe.measure_text(label).map(|m| m.width()).unwrap_or(0.0);
            SWATCH + 5.0 + text + GAP
        })
        .collect()
}

/// Where each entry goes: its row and its left edge (CSS pixels), the
/// entries flowing left to right and wrapping at `width`.
fn layout(items: &[LegendItem], width: f64) -> Vec<(usize, f64)> {
    let max = width - 28.0;
    let mut at = Vec::new();
    let (mut row, mut x) = (0, 0.0);
    for w in item_widths(items) {
        if x > 0.0 && x + w > max {
            row += 1;
            x = 0.0;
        }
        at.push((row, x));
        x += w;
    }
    at
}

fn legend_rows(items: &[LegendItem], width: f64) -> usize {
    layout(items, width).last().map_or(0, |(row, _)| row + 1)
}

fn draw_legend(context: &CanvasRenderingContext2d, items: &[LegendItem], top: f64, width: f64) {
    let s = PNG_SCALE;
    context.set_font(&format!("{}px sans-serif", LEGEND_PX * s));
    context.set_text_baseline("middle");
    for ((colour, label), (row, x)) in items.iter().zip(layout(items, width / s)) {
        let (x, y) = ((14.0 + x) * s, top + row as f64 * ROW * s);
        match colour {
            Some(c) => {
                context.set_fill_style_str(c);
                context.fill_rect(x, y, SWATCH * s, SWATCH * s);
            }
            None => hatch(context, x, y, SWATCH * s),
        }
        context.set_fill_style_str("#1a1a1a");
        let _ = context.fill_text(label, x + (SWATCH + 5.0) * s, y + SWATCH * s / 2.0);
    }
    context.set_text_baseline("top");
}

/// The no-data swatch: the map's hatching, light grey with darker stripes.
fn hatch(context: &CanvasRenderingContext2d, x: f64, y: f64, size: f64) {
    context.set_fill_style_str(super::svg::HATCH.0);
    context.fill_rect(x, y, size, size);
    context.save();
    context.begin_path();
    context.rect(x, y, size, size);
    context.clip();
    context.set_stroke_style_str(super::svg::HATCH.1);
    context.set_line_width(size / 6.0);
    let mut d = -size;
    while d < size {
        context.begin_path();
        context.move_to(x + d, y + size);
        context.line_to(x + d + size, y);
        context.stroke();
        d += size / 3.0;
    }
    context.restore();
}
