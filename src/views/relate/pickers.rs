//! The view's controls: the two axes (every catalogue indicator by its
//! name), what colours the points, the level and the census year. Each
//! writes the link. One [`Picker`] component for all five, so that the
//! five selects cost one view type (the first-load budget).

use crate::i18n::relate::relate_texts;
use crate::i18n::{level_name, texts};
use crate::state::{use_app, use_lang};
use atlas_core::catalogue::{self, INDICATORS};
use atlas_core::relate::axes;
use atlas_core::url_state::{PointColour, Year, DEFAULT_X, DEFAULT_Y};
use atlas_core::{Lang, Level};
use leptos::prelude::*;

/// A labelled select: its options as (value, words), the value shown, and
/// what a pick does.
#[component]
fn Picker(
    select_id: &'static str,
    label: Signal<String>,
    options: Signal<Vec<(&'static str, String)>>,
    value: Signal<&'static str>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let options = move || {
        options
            .get()
            .into_iter()
            .map(|(key, words)| view! { <option value=key selected=move || value.get() == key>{words}</option> })
            .collect_view()
    };
    view! {
        <label class="control">
            <span class="control-label">{label}</span>
            <select id=select_id on:change=move |ev| on_pick.run(event_target_value(&ev))>{options}</select>
        </label>
    }
}

/// Every indicator by its name in `lang`.
fn indicator_options(lang: Lang) -> Vec<(&'static str, String)> {
    INDICATORS
        .iter()
        .map(|i| (i.key, i.name(lang).to_string()))
        .collect()
}

#[component]
pub fn Pickers() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let words = |f: fn(Lang) -> &'static str| Signal::derive(move || f(lang.get()).to_string());
    let indicators = Signal::derive(move || indicator_options(lang.get()));
    let current = move || axes(state.x.get(), state.y.get());
    // The default axis is written as no key, so both links are one view.
    let pick_x = Callback::new(move |key: String| {
        if let Some(ind) = catalogue::find(&key) {
            state.x.set((ind.key != DEFAULT_X).then_some(ind));
        }
    });
    let pick_y = Callback::new(move |key: String| {
        if let Some(ind) = catalogue::find(&key) {
            state.y.set((ind.key != DEFAULT_Y).then_some(ind));
        }
    });
    let colours = Signal::derive(move || {
        let rt = relate_texts(lang.get());
        PointColour::ALL
            .iter()
            .zip(rt.colours)
            .map(|(c, w)| (c.key(), w.to_string()))
            .collect()
    });
    let pick_colour = Callback::new(move |key: String| {
        let by = PointColour::ALL.into_iter().find(|c| c.key() == key);
        state.colour.set(by.unwrap_or_default());
    });
    let levels = Signal::derive(move || {
        let l = lang.get();
        [Level::Prefecture, Level::County]
            .map(|v| (v.key(), level_name(v, l).to_string()))
            .to_vec()
    });
    let pick_level = Callback::new(move |key: String| {
        state.level.set(if key == "county" {
            Level::County
        } else {
            Level::Prefecture
        })
    });
    let years = Signal::derive(|| {
        [Year::Y2020, Year::Y2010]
            .map(|y| (y.key(), y.key().to_string()))
            .to_vec()
    });
    let pick_year = Callback::new(move |key: String| {
        state.year.set(if key == "2010" {
            Year::Y2010
        } else {
            Year::Y2020
        })
    });
    view! {
        <div class="controls relate-controls">
            <Picker select_id="relate-x" label=words(|l| relate_texts(l).x_label) options=indicators
                value=Signal::derive(move || current().0.key) on_pick=pick_x />
            <Picker select_id="relate-y" label=words(|l| relate_texts(l).y_label) options=indicators
                value=Signal::derive(move || current().1.key) on_pick=pick_y />
            <Picker select_id="relate-colour" label=words(|l| relate_texts(l).colour_label) options=colours
                value=Signal::derive(move || state.colour.get().key()) on_pick=pick_colour />
            <Picker select_id="relate-level" label=words(|l| texts(l).level_label) options=levels
                value=Signal::derive(move || state.level.get().key()) on_pick=pick_level />
            <Picker select_id="relate-year" label=words(|l| texts(l).year_label) options=years
                value=Signal::derive(move || state.year.get().key()) on_pick=pick_year />
        </div>
    }
}
