//! The lab's inputs: which units, which presets to compare, the reader's own
//! levers (grouped by the paper's three families) and, apart from them, the
//! model's assumptions.

use super::use_lab;
use crate::components::search::PlaceSearch;
use crate::data::use_data;
use crate::i18n::lab::{lab_texts, paper_reference, scope_whole_region};
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::model::levers::LeverDef;
use atlas_core::model::{Family, Preset, ASSUMPTIONS, LEVERS};
use leptos::prelude::*;

/// A number as the lab shows it: no trailing zeros, grouped thousands.
pub fn show_number(v: f64) -> String {
    if v.fract().abs() < 1e-9 && v.abs() >= 1000.0 {
        atlas_core::format::grouped(v.abs() as u64)
    } else if v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[component]
pub fn ScopePicker() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let lab = use_lab();
    let pick = Callback::new(move |code: u32| {
        state.unit.set(Some(code));
        lab.unit_scope.set(true);
    });
    let bundle = data.bundle.clone();
    let prefectures = bundle.units_at(atlas_core::Level::Prefecture).count();
    let unit_name = move || {
        let code = state.unit.get()?;
        let u = bundle.unit(code)?;
        Some(display_name(u, lang.get()))
    };
    view! {
        <fieldset class="lab-box">
            <legend>{move || lab_texts(lang.get()).scope_legend}</legend>
            <label class="radio">
                <input type="radio" name="lab-scope" prop:checked=move || !lab.unit_scope.get() on:change=move |_| lab.unit_scope.set(false) />
                {move || scope_whole_region(prefectures, lang.get())}
            </label>
            <label class="radio">
                <input
                    type="radio"
                    name="lab-scope"
                    prop:checked=move || lab.unit_scope.get() && state.unit.get().is_some()
                    prop:disabled=move || state.unit.get().is_none()
                    on:change=move |_| lab.unit_scope.set(true)
                />
                {move || match unit_name() {
                    Some(n) => n,
                    None => lab_texts(lang.get()).scope_one_place_unpicked.to_string(),
                }}
            </label>
            <PlaceSearch on_pick=pick />
        </fieldset>
    }
}

#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let item = move |preset: Preset| {
        let checked = move || state.compare.get().contains(&preset);
        let toggle = move |_| {
            state.compare.update(|c| {
                if let Some(i) = c.iter().position(|p| *p == preset) {
                    c.remove(i);
                } else {
                    c.push(preset);
                }
            })
        };
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=checked on:change=toggle />
                <span>
                    <strong>{move || preset.name(lang.get())}</strong>
                    <small>{move || preset.description(lang.get())}</small>
                </span>
            </label>
        }
    };
    view! {
        <fieldset class="lab-box">
            <legend>{move || lab_texts(lang.get()).presets_legend}</legend>
            {Preset::ALL.into_iter().filter(|p| *p != Preset::Baseline).map(item).collect_view()}
        </fieldset>
    }
}

fn lever_row(def: &'static LeverDef) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let (lever, key) = (def.key, def.key_str);
    let value = move || {
        state
            .levers
            .get()
            .iter()
            .find(|(k, _)| *k == lever)
            .map(|(_, v)| *v)
    };
    let set = move |v: f64| {
        let v = def.clamp(v).unwrap_or(def.on_value);
        state
            .levers
            .update(|ls| match ls.iter_mut().find(|(k, _)| *k == lever) {
                Some(slot) => slot.1 = v,
                None => ls.push((lever, v)),
            });
    };
    let toggle = move |_| {
        if value().is_some() {
            state.levers.update(|ls| ls.retain(|(k, _)| *k != lever));
        } else {
            set(def.on_value);
        }
    };
    // The value and unit, or that the lever is off: beside the name and
    // as the slider's spoken value.
    let shown = move || match value() {
        Some(v) => format!("{} {}", show_number(v), def.unit(lang.get())),
        None => lab_texts(lang.get()).lever_off.to_string(),
    };
    let id = format!("lever-{key}");
    let paper = def.paper.map(|p| {
        view! {
            <p class="paper-quote">
                <span class="quote">{format!("“{}”", p.quote_zh)}</span>
                " "
                <small>{move || paper_reference(p.section, p.gloss_en, lang.get())}</small>
            </p>
        }
    });
    view! {
        <div class="lever" data-lever=key class:on=move || value().is_some()>
            <div class="lever-head">
                <label class="check">
                    <input type="checkbox" prop:checked=move || value().is_some() on:change=toggle />
                    <span>{move || def.name(lang.get())}</span>
                </label>
                <output for=id.clone()>{shown}</output>
            </div>
            // Never disabled: moving the slider of a lever that is off (one
            // tap on a phone) switches it on at that value.
            <input
                id=id
                type="range"
                min=def.min
                max=def.max
                step=def.step
                prop:value=move || value().unwrap_or(def.on_value).to_string()
                aria-label=move || def.name(lang.get())
                aria-valuetext=shown
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        set(v);
                    }
                }
            />
            <details class="lever-more">
                <summary>{move || lab_texts(lang.get()).lever_how_it_works}</summary>
                <p>{move || def.effect(lang.get())}</p>
                {paper}
            </details>
        </div>
    }
}

#[component]
pub fn LeverPanel() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let family = move |family: Family| {
        view! {
            <fieldset class="lab-box lever-family">
                <legend>{move || family.name(lang.get())}</legend>
                {LEVERS.iter().filter(|l| l.family == family).map(lever_row).collect_view()}
            </fieldset>
        }
    };
    view! {
        <div class="levers">
            <div class="lever-toolbar">
                <h3>{move || lab_texts(lang.get()).levers_heading}</h3>
                <button class="small" on:click=move |_| state.levers.set(Vec::new())>
                    {move || lab_texts(lang.get()).levers_all_off}
                </button>
            </div>
            {Family::ALL.into_iter().map(family).collect_view()}
        </div>
    }
}

#[component]
pub fn AssumptionsPanel() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let rows = ASSUMPTIONS
        .iter()
        .map(|a| {
            let key = a.key;
            let step = (a.high - a.low) / 20.0;
            let value = move || lab.assumptions.get().get(key);
            view! {
                <div class="assumption">
                    <label>
                        <span>{move || a.name(lang.get())}</span>
                        <output>{move || format!("{} {}", show_number(value()), a.unit(lang.get()))}</output>
                        <input
                            type="range"
                            min=a.low
                            max=a.high
                            step=step
                            prop:value=move || value().to_string()
                            on:input=move |ev| {
                                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                    lab.assumptions.update(|s| s.set(key, v));
                                }
                            }
                        />
                    </label>
                    <small>{format!("{} / {} / {}", show_number(a.low), show_number(a.central), show_number(a.high))}</small>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="lab-box assumptions">
            <summary>{move || lab_texts(lang.get()).assumptions_summary}</summary>
            <p class="note">{move || lab_texts(lang.get()).assumptions_note}</p>
            <button class="small" on:click=move |_| lab.assumptions.set(atlas_core::model::Assumptions::central())>
                {move || lab_texts(lang.get()).assumptions_reset}
            </button>
            {rows}
        </details>
    }
}
