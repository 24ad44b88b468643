//! The SVG choropleth: one `path` per unit with `data-code="<adcode>"` (a
//! stable interface for tests and embeds), province outlines on top, the
//! selected unit outlined again above its neighbours, zoom and pan by mouse,
//! touch and keyboard (gestures.rs).

use super::gestures::PanZoom;
use super::zoom::ViewBox;
use atlas_core::bundle::Shape;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// What a hover shows: a title and lines.
#[derive(Clone, PartialEq)]
pub struct TooltipContent {
    pub title: String,
    pub lines: Vec<String>,
}

/// A label drawn on the map.
#[derive(Clone, PartialEq)]
pub struct MapLabel {
    pub at: [i64; 2],
    pub text: String,
    pub major: bool,
}

#[component]
pub fn RegionMap(
    shapes: Arc<Vec<Shape>>,
    /// Thin outlines drawn over the regions (prefectures at county level).
    inner_outlines: Arc<Vec<Shape>>,
    provinces: Arc<Vec<Shape>>,
    labels: Signal<Vec<MapLabel>>,
    fills: Memo<Arc<HashMap<u32, &'static str>>>,
    names: Arc<HashMap<u32, String>>,
    selected: RwSignal<Option<u32>>,
    view_box: RwSignal<ViewBox>,
    home: Signal<ViewBox>,
    tooltip: Callback<u32, Option<TooltipContent>>,
    aria_label: Signal<String>,
) -> impl IntoView {
    let hover = RwSignal::new(None::<(u32, i32, i32)>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let pan_zoom = PanZoom::new(svg_ref, view_box, home);
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            crate::bench::mark_first_map_paint();
        }
    });

    let select = move |code: u32| {
        if !pan_zoom.take_drag_end() {
            selected.set(Some(code));
        }
    };

    let regions = region_paths(&shapes, &names, fills, selected, hover, select);
    let outline = |list: &Arc<Vec<Shape>>, class: &'static str| {
        list.iter()
            .map(|s| view! { <path class=class d=s.d.clone() /> })
            .collect_view()
    };
    let inner = outline(&inner_outlines, "inner-outline");
    let outer = outline(&provinces, "province-outline");

    let shapes_for_highlight = shapes.clone();
    let highlight = move || {
        let code = selected.get()?;
        let shape = shapes_for_highlight.iter().find(|s| s.code == code)?;
        Some(view! { <path class="region-highlight" d=shape.d.clone() /> })
    };

    let label_views = move || label_texts(labels.get(), view_box.get());

    view! {
        <div class="map-canvas">
            <svg
                node_ref=svg_ref
                viewBox=move || {
                    let vb = view_box.get();
                    format!("{:.1} {:.1} {:.1} {:.1}", vb[0], vb[1], vb[2], vb[3])
                }
                role="group"
                aria-label=move || aria_label.get()
                preserveAspectRatio="xMidYMid meet"
                on:wheel=move |ev| pan_zoom.wheel(ev)
                on:pointerdown=move |ev| pan_zoom.pointer_down(ev)
                on:pointermove=move |ev| pan_zoom.pointer_move(ev)
                on:pointerup=move |ev| pan_zoom.pointer_up(ev)
                on:pointercancel=move |ev| pan_zoom.pointer_up(ev)
                on:pointerleave=move |ev| pan_zoom.pointer_up(ev)
            >
                {no_data_hatch()}
                <g class="regions">{regions}</g>
                <g class="inner-outlines" aria-hidden="true">{inner}</g>
                <g class="province-outlines" aria-hidden="true">{outer}</g>
                <g class="highlight" aria-hidden="true">{highlight}</g>
                <g class="labels" aria-hidden="true">{label_views}</g>
            </svg>
            <Tooltip hover=hover tooltip=tooltip />
        </div>
    }
}

/// The colours of the hatching that marks units without data (never a
/// colour of the scale): ground and stripes.
pub(super) const HATCH: (&str, &str) = ("#f2f2f2", "#8c8c8c");

/// The hatching that marks units without data.
fn no_data_hatch() -> impl IntoView {
    view! {
        <defs>
            <pattern id="no-data-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill=HATCH.0 />
                <line x1="0" y1="0" x2="0" y2="8" stroke=HATCH.1 stroke-width="3" />
            </pattern>
        </defs>
    }
}

/// The hovered unit's name and figures, beside the pointer.
#[component]
fn Tooltip(
    hover: RwSignal<Option<(u32, i32, i32)>>,
    tooltip: Callback<u32, Option<TooltipContent>>,
) -> impl IntoView {
    move || {
        let (code, x, y) = hover.get()?;
        let content = tooltip.run(code)?;
        Some(view! {
            <div class="map-tooltip" role="status" style=format!("left:{}px;top:{}px", x + 14, y + 14)>
                <strong>{content.title}</strong>
                {content.lines.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
            </div>
        })
    }
}

/// One path per unit: `data-code`, its fill, focusable and selectable by
/// click or Enter, with hover for the tooltip.
fn region_paths(
    shapes: &[Shape],
    names: &HashMap<u32, String>,
    fills: Memo<Arc<HashMap<u32, &'static str>>>,
    selected: RwSignal<Option<u32>>,
    hover: RwSignal<Option<(u32, i32, i32)>>,
    select: impl Fn(u32) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    shapes
        .iter()
        .map(|shape| {
            let code = shape.code;
            let name = names.get(&code).cloned().unwrap_or_default();
            view! {
                <path
                    class="region"
                    class:is-selected=move || selected.get() == Some(code)
                    d=shape.d.clone()
                    data-code=code.to_string()
                    fill=move || fills.with(|f| f.get(&code).copied().unwrap_or(super::scale::NO_DATA_FILL))
                    tabindex="0"
                    role="button"
                    aria-label=name
                    on:click=move |_| select(code)
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            selected.set(Some(code));
                        }
                    }
                    on:mousemove=move |ev| hover.set(Some((code, ev.client_x(), ev.client_y())))
                    on:mouseleave=move |_| hover.set(None)
                />
            }
        })
        .collect_view()
}

/// The place names; text keeps its on-screen size whatever the zoom.
fn label_texts(labels: Vec<MapLabel>, vb: ViewBox) -> impl IntoView {
    let font = vb[2] / 60.0;
    labels
        .into_iter()
        .map(|l| {
            view! {
                <text
                    class="map-label"
                    class:major=l.major
                    x=l.at[0]
                    y=l.at[1]
                    font-size=if l.major { font } else { font * 0.8 }
                    text-anchor="middle"
                >
                    {l.text}
                </text>
            }
        })
        .collect_view()
}
