//! The map of the reader's scenario: population change 2020-2040 of every
//! prefecture-level unit (run on the page with the chart) or of every
//! county (run in the lab's Web Worker, `lab::lab_worker`), with a level
//! switch (`level=county` in the link).

use crate::data::use_data;
use crate::i18n::lab::lab_texts;
use crate::i18n::{level_name, texts};
use crate::lab::lab_worker::inputs_query;
use crate::lab::use_lab;
use crate::map::scale::DIVERGING;
use crate::map::zoom::ViewBox;
use crate::map::{backtest_line, level_shapes, RegionMap, Shapes, TooltipContent};
use crate::state::{use_app, use_lang};
use crate::units::{display_name, names_at};
use atlas_core::classify::class_of;
use atlas_core::Level;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// Breaks of the lab map: population change 2020-2040 in %.
const MAP_BREAKS: [f64; 5] = [-20.0, -10.0, 0.0, 10.0, 20.0];

#[component]
pub(super) fn LabMap() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let lab = use_lab();
    let bundle = data.bundle.clone();
    let home: ViewBox = bundle.map.view_box;
    let view_box = RwSignal::new(home);
    let level = Signal::derive(move || state.level.get());
    // The counties run in the worker while the map shows them.
    let county_inputs = Signal::derive(move || {
        (level.get() == Level::County)
            .then(|| inputs_query(state.levers.get(), lab.assumptions.get()))
    });
    let worker = lab.worker;
    Effect::new(move |_| {
        if let Some(query) = county_inputs.get() {
            worker.post("counties", query, 0);
        }
    });
    Effect::new(move |_| {
        if level.get() == Level::County {
            use_data().county_shapes.want();
        }
    });
    let changes = Memo::new(move |_| match level.get() {
        Level::Prefecture => lab
            .results
            .output
            .get()
            .map(|r| Arc::new(r.map.iter().copied().collect::<HashMap<u32, f64>>())),
        Level::County => worker.county_changes.get(),
    });
    let fills = Memo::new(move |_| {
        Arc::new(
            changes
                .get()
                .map(|c| {
                    c.iter()
                        .map(|(code, v)| (*code, DIVERGING[class_of(*v, &MAP_BREAKS).min(5)]))
                        .collect::<HashMap<_, _>>()
                })
                .unwrap_or_default(),
        )
    });
    let b = bundle.clone();
    let tooltip = Callback::new(move |code: u32| {
        let unit = b.unit_at(level.get_untracked(), code)?;
        let lang = lang.get_untracked();
        // Once the run is in, a unit it does not project says so.
        let value = match changes.get_untracked()?.get(&code) {
            Some(change) => atlas_core::format::signed_pct(*change, 1),
            None => texts(lang).no_data.to_string(),
        };
        Some(TooltipContent {
            title: display_name(unit, lang),
            lines: vec![format!("2020—2040: {value}")],
        })
    });
    let prefectures = Arc::new(bundle.map.prefectures.clone());
    let provinces = Arc::new(bundle.map.provinces.clone());
    let county_shapes = StoredValue::new(None::<Shapes>);
    let b = bundle.clone();
    let map = move || {
        let level = level.get();
        let (shapes, inner) = match level_shapes(level, &prefectures, county_shapes) {
            Ok(shapes) => shapes,
            Err(waiting) => return waiting,
        };
        let names = names_at(&b, level, lang.get());
        view! {
            <RegionMap
                shapes=shapes
                inner_outlines=inner
                provinces=provinces.clone()
                labels=Signal::derive(Vec::new)
                fills=fills
                names=Arc::new(names)
                selected=state.unit
                view_box=view_box
                home=Signal::derive(move || home)
                tooltip=tooltip
                aria_label=Signal::derive(move || lab_texts(lang.get()).map_label.to_string())
            />
        }
        .into_any()
    };
    let status = move || {
        if level.get() != Level::County {
            return None;
        }
        let t = lab_texts(lang.get());
        let text = if let Some(why) = worker.failed.get() {
            format!("{}{why}", t.map_counties_failed)
        } else if let Some(c) = worker.county_changes.get() {
            let [before, between, after] = t.map_counties_ran;
            format!(
                "{before}{}{between}{:.0}{after}",
                c.len(),
                worker.county_run_ms.get()
            )
        } else {
            t.map_counties_pending.to_string()
        };
        Some(view! { <p class="note county-runs" role="status">{text}</p> })
    };
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
    let level_button = move |l: Level| {
        view! {
            <button class="segment" aria-pressed=move || (level.get() == l).to_string() on:click=move |_| state.level.set(l)>
                {move || level_name(l, lang.get())}
            </button>
        }
    };
    view! {
        <section class="lab-map" data-county-runs=move || worker.county_runs.get().to_string() data-county-answered-at=move || format!("{:.3}", worker.county_answered_at.get())>
            <h3>{move || lab_texts(lang.get()).map_heading}</h3>
            <div class="control" role="group" aria-label=move || texts(lang.get()).level_label>
                <span class="control-label">{move || texts(lang.get()).level_label}</span>
                {level_button(Level::Prefecture)}
                {level_button(Level::County)}
            </div>
            {status}
            <figure class="map">{map}</figure>
            <div class="legend"><ul>{legend}</ul></div>
            // A projection shows the model's own error (as the map's
            // projected years do).
            {backtest_line()}
            <crate::map::MapPngButton lab=true />
        </section>
    }
}
