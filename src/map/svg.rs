//! The SVG choropleth: one `path` per unit with `data-code="<adcode>"` (a
//! stable interface for tests and embeds), province outlines on top, the
//! selected unit outlined again above its neighbours, zoom and pan by mouse,
//! touch and keyboard.

use super::zoom::{pan, screen_to_map, zoom_about, ViewBox};
use atlas_core::bundle::Shape;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

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

/// Pointer movement (CSS px) below which a press counts as a click.
const CLICK_SLOP_PX: f64 = 4.0;

#[derive(Default)]
struct Gesture {
    /// Active pointers: id -> last client position.
    pointers: Vec<(i32, f64, f64)>,
    moved: f64,
    /// A drag just ended: swallow the click that follows it.
    suppress_click: bool,
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
    let gesture = StoredValue::new(Gesture::default());
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            crate::bench::mark_first_map_paint();
        }
    });

    let select = move |code: u32| {
        let swallowed = gesture
            .try_update_value(|g| std::mem::take(&mut g.suppress_click))
            .unwrap_or(false);
        if !swallowed {
            selected.set(Some(code));
        }
    };

    let regions = shapes
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
        .collect_view();
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

    let label_views = move || {
        let vb = view_box.get();
        // Text keeps its on-screen size whatever the zoom.
        let font = vb[2] / 60.0;
        labels
            .get()
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
    };

    let rect = move || -> Option<[f64; 4]> {
        let svg: web_sys::Element = svg_ref.get()?.unchecked_into();
        let r = svg.get_bounding_client_rect();
        Some([r.left(), r.top(), r.width(), r.height()])
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let Some(r) = rect() else { return };
        ev.prevent_default();
        let vb = view_box.get_untracked();
        let (px, py, _) = screen_to_map(vb, r, ev.client_x() as f64, ev.client_y() as f64);
        let factor = (ev.delta_y() * 0.0015).clamp(-0.5, 0.5).exp();
        view_box.set(zoom_about(vb, factor, px, py, home.get_untracked()));
    };
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.pointers
                .push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64));
            if g.pointers.len() == 1 {
                g.moved = 0.0;
            }
        });
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let Some(r) = rect() else { return };
        let (id, x, y) = (ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64);
        let vb = view_box.get_untracked();
        let (_, _, scale) = screen_to_map(vb, r, x, y);
        let mut next = None;
        gesture.update_value(|g| {
            let Some(i) = g.pointers.iter().position(|p| p.0 == id) else {
                return;
            };
            let (_, ox, oy) = g.pointers[i];
            if g.pointers.len() == 1 {
                g.moved += (x - ox).hypot(y - oy);
                if g.moved > CLICK_SLOP_PX {
                    next = Some(pan(vb, -(x - ox) * scale, -(y - oy) * scale));
                }
            } else if g.pointers.len() == 2 {
                let (_, qx, qy) = g.pointers[1 - i];
                let before = (ox - qx).hypot(oy - qy);
                let after = (x - qx).hypot(y - qy);
                if before > 0.0 && after > 0.0 {
                    let (mx, my, _) = screen_to_map(vb, r, (x + qx) / 2.0, (y + qy) / 2.0);
                    next = Some(zoom_about(vb, before / after, mx, my, home.get_untracked()));
                }
                g.moved += CLICK_SLOP_PX + 1.0;
            }
            g.pointers[i] = (id, x, y);
        });
        if let Some(vb) = next {
            view_box.set(vb);
        }
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            if g.pointers.is_empty() && g.moved > CLICK_SLOP_PX {
                g.suppress_click = true;
            }
        });
    };
    let tooltip_view = move || {
        let (code, x, y) = hover.get()?;
        let content = tooltip.run(code)?;
        Some(view! {
            <div class="map-tooltip" role="status" style=format!("left:{}px;top:{}px", x + 14, y + 14)>
                <strong>{content.title}</strong>
                {content.lines.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
            </div>
        })
    };

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
                on:wheel=on_wheel
                on:pointerdown=on_pointer_down
                on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up
                on:pointerleave=on_pointer_up
            >
                <defs>
                    <pattern id="no-data-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="8" height="8" fill="#f2f2f2" />
                        <line x1="0" y1="0" x2="0" y2="8" stroke="#8c8c8c" stroke-width="3" />
                    </pattern>
                </defs>
                <g class="regions">{regions}</g>
                <g class="inner-outlines" aria-hidden="true">{inner}</g>
                <g class="province-outlines" aria-hidden="true">{outer}</g>
                <g class="highlight" aria-hidden="true">{highlight}</g>
                <g class="labels" aria-hidden="true">{label_views}</g>
            </svg>
            {tooltip_view}
        </div>
    }
}
