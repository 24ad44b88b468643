//! The SVG map of the region's units, its legend and hover tooltip.

mod legend;
pub mod scale;

pub use legend::Legend;

use crate::i18n::{class_name, texts};
use atlas_core::change::{change_pct, shrink_class};
use atlas_core::format::{population_short, signed_pct};
use atlas_core::{Bundle, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// What the pointer is over: a unit and where to show its tooltip.
#[derive(Clone, Copy, PartialEq)]
struct Hover {
    code: u32,
    x: i32,
    y: i32,
}

/// The choropleth of 2010 -> 2020 change. Each region is a `path` with
/// `data-code="<adcode>"` (a stable interface for tests and embeds).
#[component]
pub fn RegionMap(bundle: Arc<Bundle>, selected: RwSignal<Option<u32>>, lang: Signal<Lang>) -> impl IntoView {
    let hover = RwSignal::new(None::<Hover>);
    let [x, y, w, h] = bundle.map.view_box;
    let view_box = format!("{x} {y} {w} {h}");

    let regions = bundle
        .map
        .prefectures
        .iter()
        .map(|shape| {
            let code = shape.code;
            let name = bundle.unit(code).map(|u| u.name_zh.clone()).unwrap_or_default();
            let fill = scale::change_fill(bundle.unit(code).and_then(change_pct));
            let select = move || selected.set(Some(code));
            view! {
                <path
                    class="region"
                    class:is-selected=move || selected.get() == Some(code)
                    d=shape.d.clone()
                    data-code=code.to_string()
                    fill=fill
                    tabindex="0"
                    role="button"
                    aria-label=name
                    on:click=move |_| select()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            select();
                        }
                    }
                    on:mousemove=move |ev| hover.set(Some(Hover { code, x: ev.client_x(), y: ev.client_y() }))
                    on:mouseleave=move |_| hover.set(None)
                />
            }
        })
        .collect_view();

    let outlines = bundle
        .map
        .provinces
        .iter()
        .map(|shape| view! { <path class="province-outline" d=shape.d.clone() /> })
        .collect_view();

    // The selected unit is drawn again on top so its outline is not hidden by
    // its neighbours' fills.
    let bundle_for_highlight = bundle.clone();
    let highlight = move || {
        let code = selected.get()?;
        let shape = bundle_for_highlight.map.prefectures.iter().find(|s| s.code == code)?;
        Some(view! { <path class="region-highlight" d=shape.d.clone() /> })
    };

    let bundle_for_tip = bundle.clone();
    let tooltip = move || {
        let Hover { code, x, y } = hover.get()?;
        let unit = bundle_for_tip.unit(code)?;
        let lang = lang.get();
        let t = texts(lang);
        let change = match (change_pct(unit), shrink_class(unit)) {
            (Some(pct), Some(class)) => format!("{} · {}", signed_pct(pct, 1), class_name(class, lang)),
            _ => t.no_comparable_2010.to_string(),
        };
        let pop = unit.y2020.pop.map(|p| population_short(p, lang)).unwrap_or_else(|| t.no_data.into());
        Some(view! {
            <div class="map-tooltip" role="status" style=format!("left:{}px;top:{}px", x + 14, y + 14)>
                <strong>{unit.name_zh.clone()}</strong>
                <span>{format!("{}: {pop}", t.pop_2020)}</span>
                <span>{change}</span>
            </div>
        })
    };

    view! {
        <figure class="map">
            <svg
                viewBox=view_box
                role="group"
                aria-label=move || texts(lang.get()).map_label
                preserveAspectRatio="xMidYMid meet"
            >
                <defs>
                    <pattern id="no-data-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="8" height="8" fill="#f2f2f2" />
                        <line x1="0" y1="0" x2="0" y2="8" stroke="#8c8c8c" stroke-width="3" />
                    </pattern>
                </defs>
                <g class="regions">{regions}</g>
                <g class="province-outlines" aria-hidden="true">{outlines}</g>
                <g class="highlight" aria-hidden="true">{highlight}</g>
            </svg>
            {tooltip}
        </figure>
    }
}
