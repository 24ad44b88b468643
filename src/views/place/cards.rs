//! The indicator cards with their ranks, and the paper's three challenges.

use crate::components::loading::with_file;
use crate::data::use_data;
use crate::i18n::texts;
use crate::state::use_lang;
use crate::units::display_name;
use atlas_core::profile;
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Unit};
use leptos::prelude::*;
use std::sync::Arc;

/// The headline and the cards alone (the `chart=cards` embed); the cards
/// need the details file.
#[component]
pub fn PlaceCards(unit: Unit) -> impl IntoView {
    let lang = use_lang();
    let (level, code) = (unit.level, unit.code);
    let head = move || super::headline(&unit, lang.get());
    view! {
        <p class="headline" data-field="headline">{head}</p>
        {with_file(use_data().full, |t| t.loading, true, move |full| {
            let unit = full.unit_at(level, code)?.clone();
            Some(view! { <Cards unit=unit bundle=full /> })
        })}
    }
}

#[component]
pub(super) fn Cards(unit: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let cards = profile::CARDS
        .iter()
        .copied()
        .map(|ind| {
            let value = ind.of(&unit, Year::Y2020);
            let (in_province, in_region) = profile::ranks(ind, &unit, &bundle);
            let year = if ind.yearly { " 2020" } else { "" };
            view! {
                <div class="card" data-indicator=ind.key>
                    <p class="card-label">{move || format!("{}{year}", ind.name(lang.get()))}</p>
                    <p class="card-value">
                        {move || value.map(|v| ind.format(v, lang.get())).unwrap_or_else(|| texts(lang.get()).no_data.into())}
                    </p>
                    <p class="card-rank">
                        {move || {
                            let t = texts(lang.get());
                            let fmt = |r: Option<profile::Rank>| r.map(|r| format!("{}/{}", r.rank, r.of)).unwrap_or("–".into());
                            format!("{} {} · {} {}", t.rank_in_province, fmt(in_province), t.rank_in_region, fmt(in_region))
                        }}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="cards-section">
            <h3>{move || texts(lang.get()).indicators_heading}</h3>
            <p class="note">{move || texts(lang.get()).ranks_note}</p>
            <div class="cards">{cards}</div>
        </section>
    }
}

#[component]
pub(super) fn Challenges(unit: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let list = move || {
        let lang = lang.get();
        let name = display_name(&unit, lang);
        profile::challenges(&unit, &bundle)
            .into_iter()
            .map(|profile::Challenge { kind, applies, findings }| {
                let reasons: Vec<String> = findings.iter().map(|f| f.text(&name, lang)).collect();
                view! {
                    <li class:applies=applies data-challenge=kind.key()>
                        <strong>{kind.title(lang)}</strong>
                        <span class="badge">{if applies { texts(lang).challenge_applies } else { texts(lang).challenge_not_evident }}</span>
                        <ul>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="challenges">
            <h3>{move || texts(lang.get()).challenges_heading}</h3>
            <ul class="challenge-list">{list}</ul>
        </section>
    }
}
