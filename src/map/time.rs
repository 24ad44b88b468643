//! The map's time control: a year from the 2020 census to 2040 with a play
//! button, for the change in residents since 2010 (`year=2021` ... `2040`
//! in the link; values from [`atlas_core::timeline`]). Each step says what
//! its figures are: census, reported or projection.

use crate::data::use_data;
use crate::i18n::backtest_summary;
use crate::i18n::timeline::{basis_index, time_texts};
use crate::state::{use_app, use_lang};
use atlas_core::format::pct;
use atlas_core::model::calibration::HELD_OUT_YEAR;
use atlas_core::timeline::{self, Basis};
use atlas_core::url_state::Year;
use leptos::prelude::*;
use std::time::Duration;

/// Time between steps while playing.
const STEP: Duration = Duration::from_millis(900);

/// The year shown: `time`, or the 2020 census.
pub fn shown_year(time: Option<u32>) -> u32 {
    time.unwrap_or(*timeline::years().start())
}

/// "2030 · baseline projection".
pub fn year_caption(year: u32, lang: atlas_core::Lang) -> String {
    let basis = timeline::basis(year).unwrap_or(Basis::Census);
    format!("{year} · {}", time_texts(lang).basis[basis_index(basis)])
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
    let (first, last) = (*timeline::years().start(), *timeline::years().end());
    let year = move || shown_year(state.time.get());
    let set_year = move |y: u32| {
        let y = y.clamp(first, last);
        state.time.set((y > first).then_some(y));
        if y == first {
            state.year.set(Year::Y2020);
        }
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
        let y = shown_year(state.time.get_untracked());
        if y >= last {
            stop();
        } else {
            set_year(y + 1);
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
        if let Ok(y) = event_target_value(&ev).parse::<u32>() {
            set_year(y);
        }
    };
    let note = move || {
        let basis = timeline::basis(year()).unwrap_or(Basis::Census);
        time_texts(lang.get()).basis_note[basis_index(basis)]
    };
    view! {
        <div class="time-control" data-year=move || year().to_string()>
            <button class="small play" on:click=toggle aria-pressed=move || playing.get().to_string()>
                {move || if playing.get() { time_texts(lang.get()).pause } else { time_texts(lang.get()).play }}
            </button>
            <label class="control time-slider">
                <span class="control-label">{move || time_texts(lang.get()).slider_label}</span>
                <input type="range" min=first.to_string() max=last.to_string() step="1"
                    prop:value=move || year().to_string()
                    aria-valuetext=move || year_caption(year(), lang.get())
                    on:input=on_input />
                <output class="time-year">{move || year_caption(year(), lang.get())}</output>
            </label>
            <p class="note time-note">{note}</p>
            {move || (timeline::basis(year()) == Some(Basis::Projection)).then(backtest_line)}
        </div>
    }
}
