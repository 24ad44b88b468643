//! The map's time control: a year from the 2010 census to 2040 with a play
//! button, for the change in residents since 2010 (`year=2010` ... `2040`
//! in the link; values from [`atlas_core::timeline`]). Each stop says what
//! its figures are: census, reported or projection. The slider moves by
//! stop (the ten years between the censuses, which have no figures, are one
//! step), its value the stop's position; the year is in `aria-valuetext`.

use crate::data::use_data;
use crate::i18n::backtest_summary;
use crate::i18n::timeline::{basis_index, time_texts};
use crate::state::{use_app, use_lang, AppState};
use atlas_core::format::pct;
use atlas_core::model::calibration::HELD_OUT_YEAR;
use atlas_core::timeline::{self, Basis};
use atlas_core::url_state::{self, Year};
use leptos::prelude::*;
use std::time::Duration;

/// Time between steps while playing.
const STEP: Duration = Duration::from_millis(900);

/// The year the control shows (tracked): `time`, or the link's census year.
pub fn shown_year(state: AppState) -> u32 {
    timeline::shown(state.time.get(), state.year.get())
}

/// The year the map's change in residents is shown at when it is not the
/// 2020 census (whose values are the indicator's own), tracked.
pub fn timed_year(state: AppState) -> Option<u32> {
    Some(shown_year(state)).filter(|y| *y != timeline::CENSUS_2020)
}

/// "2030 · baseline projection", or "2030 · scenario projection" when the
/// projected years show the reader's scenario.
pub fn year_caption(year: u32, scenario: bool, lang: atlas_core::Lang) -> String {
    let t = time_texts(lang);
    let what = match timeline::basis(year).unwrap_or(Basis::Census) {
        Basis::Projection if scenario => t.scenario,
        basis => t.basis[basis_index(basis)],
    };
    format!("{year} · {what}")
}

/// Whether the projected years show the reader's scenario (tracked): the
/// link carries the lab's levers or moved assumptions. They apply to every
/// unit, as on the lab's region map.
pub fn scenario_on(state: AppState) -> bool {
    state
        .levers
        .with(|levers| url_state::carries_scenario(levers, &state.assume.get()))
}

/// The model's error against the held-out reported figures, next to the
/// projected years (the methods page has the whole back-test).
pub fn backtest_line() -> impl IntoView {
    let lang = use_lang();
    let text = move || {
        let h = use_data().backtest()?.held_out;
        Some(backtest_summary(
            h.baseline.n,
            HELD_OUT_YEAR,
            &pct(h.baseline.median_abs, 2),
            &pct(h.no_change.median_abs, 2),
            &pct(h.trend.median_abs, 2),
            lang.get(),
        ))
    };
    view! { <p class="note time-backtest">{text}</p> }
}

#[component]
pub fn TimeControl() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let (first, last) = (timeline::FIRST, timeline::LAST);
    // (The timer's steps run outside the component: no context there.)
    let year = move || shown_year(state);
    // Every year given here is a stop of `timeline::years()`.
    let set_year = move |y: u32| {
        state.time.set((y > timeline::CENSUS_2020).then_some(y));
        state.year.set(match y {
            timeline::FIRST => Year::Y2010,
            _ => Year::Y2020,
        });
    };
    let playing = RwSignal::new(false);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    let step = move || {
        let y = untrack(year);
        if y >= last {
            stop();
        } else {
            let next = timeline::stop_of(y).and_then(|i| timeline::years().nth(i + 1));
            set_year(next.unwrap_or(last));
        }
    };
    let toggle = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        if year() >= last {
            set_year(first);
        }
        playing.set(true);
        timer.set_value(set_interval_with_handle(step, STEP).ok());
    };
    on_cleanup(stop);
    let on_input = move |ev| {
        stop();
        let stop = event_target_value(&ev).parse::<usize>().ok();
        if let Some(y) = stop.and_then(|i| timeline::years().nth(i)) {
            set_year(y);
        }
    };
    let note = move || {
        let t = time_texts(lang.get());
        match timeline::basis(year()).unwrap_or(Basis::Census) {
            _ if year() == first => t.base_year_note,
            Basis::Projection if scenario_on(state) => t.scenario_note,
            basis => t.basis_note[basis_index(basis)],
        }
    };
    view! {
        <div class="time-control" data-year=move || year().to_string()>
            <button class="small play" on:click=toggle aria-pressed=move || playing.get().to_string()>
                {move || if playing.get() { time_texts(lang.get()).pause } else { time_texts(lang.get()).play }}
            </button>
            <label class="control time-slider">
                <span class="control-label">{move || time_texts(lang.get()).slider_label}</span>
                <input type="range" min="0" max=(timeline::years().count() - 1).to_string() step="1"
                    prop:value=move || timeline::stop_of(year()).unwrap_or(0).to_string()
                    aria-valuetext=move || year_caption(year(), scenario_on(state), lang.get())
                    on:input=on_input />
                <output class="time-year">{move || year_caption(year(), scenario_on(state), lang.get())}</output>
            </label>
            <p class="note time-note">{note}</p>
            {move || (timeline::basis(year()) == Some(Basis::Projection)).then(backtest_line)}
        </div>
    }
}
