//! The map of the reader's scenario: population change 2020-2040 of every
//! prefecture-level unit.

use crate::data::use_data;
use crate::i18n::lab::lab_texts;
use crate::lab::use_lab;
use crate::map::scale::DIVERGING;
use crate::map::zoom::ViewBox;
use crate::map::{RegionMap, TooltipContent};
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::classify::class_of;
use atlas_core::Level;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Breaks of the lab map: population change 2020-2040 in %.
const MAP_BREAKS: [f64; 5] = [-20.0, -10.0, 0.0, 10.0, 20.0];

/// The reader's scenario on the map: population change 2020-2040 of every
/// prefecture-level unit.
#[component]
pub(super) fn LabMap() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let lab = use_lab();
    let bundle = data.bundle.clone();
    let home: ViewBox = bundle.map.view_box;
    let view_box = RwSignal::new(home);
    let changes = Memo::new(move |_| {
        lab.results
            .output
            .get()
            .map(|r| r.map.iter().copied().collect::<HashMap<u32, f64>>())
    });
    let fills = Memo::new(move |_| {
        Arc::new(
            changes
                .get()
                .map(|c| {
                    c.into_iter()
                        .map(|(code, v)| (code, DIVERGING[class_of(v, &MAP_BREAKS).min(5)]))
                        .collect::<HashMap<_, _>>()
                })
                .unwrap_or_default(),
        )
    });
    let b = bundle.clone();
    let tooltip = Callback::new(move |code: u32| {
        let unit = b.unit_at(Level::Prefecture, code)?;
        let change = changes.get_untracked()?.get(&code).copied()?;
        Some(TooltipContent {
            title: display_name(unit, lang.get_untracked()),
            lines: vec![format!(
                "2020—2040: {}",
                atlas_core::format::signed_pct(change, 1)
            )],
        })
    });
    let b = bundle.clone();
    let names: HashMap<u32, String> = b
        .units_at(Level::Prefecture)
        .map(|u| (u.code, u.name_zh.clone()))
        .collect();
    let legend = move || {
        let mut labels = vec![format!("< {}%", MAP_BREAKS[0])];
        labels.extend(
            MAP_BREAKS
                .windows(2)
                .map(|w| format!("{}% – {}%", w[0], w[1])),
        );
        labels.push(format!("≥ {}%", MAP_BREAKS[4]));
        DIVERGING
            .iter()
            .zip(labels)
            .map(|(c, l)| view! { <li><span class="swatch" style=format!("background:{c}")></span>{l}</li> })
            .collect_view()
    };
    view! {
        <section class="lab-map">
            <h3>{move || lab_texts(lang.get()).map_heading}</h3>
            <figure class="map">
                <RegionMap
                    shapes=Arc::new(bundle.map.prefectures.clone())
                    inner_outlines=Arc::new(Vec::new())
                    provinces=Arc::new(bundle.map.provinces.clone())
                    labels=Signal::derive(Vec::new)
                    fills=fills
                    names=Arc::new(names)
                    selected=state.unit
                    view_box=view_box
                    home=Signal::derive(move || home)
                    tooltip=tooltip
                    aria_label=Signal::derive(move || lab_texts(lang.get()).map_label.to_string())
                />
            </figure>
            <div class="legend"><ul>{legend}</ul></div>
        </section>
    }
}
