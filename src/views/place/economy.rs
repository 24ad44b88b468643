//! The economy section of a prefecture's profile: the 2015 cards with their
//! rank among the units that have a figure, the source and its coverage,
//! and the 2004-2012 city series where the source has it.

use crate::i18n::economy::{economy_texts, rank_of};
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::catalogue::{Source, ValueKind, GDP_2015};
use atlas_core::economy::EconomyYear;
use atlas_core::profile;
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Unit};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn EconomySection(unit: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let cards = profile::ECONOMY_CARDS
        .iter()
        .copied()
        .map(|ind| {
            let value = ind.of(&unit, Year::Y2020);
            let (_, in_region) = profile::ranks(ind, &unit, &bundle);
            view! {
                <div class="card" data-indicator=ind.key class:no-data=value.is_none()>
                    <p class="card-label">{move || ind.name(lang.get())}</p>
                    <p class="card-value">
                        {move || value.map(|v| ind.format(v, lang.get())).unwrap_or_else(|| ind.source.missing(lang.get()).into())}
                    </p>
                    <p class="card-rank">
                        {move || in_region.map(|r| rank_of(r.rank, r.of, lang.get())).unwrap_or_default()}
                    </p>
                </div>
            }
        })
        .collect_view();
    let series = unit.economy.map(|e| e.series).unwrap_or_default();
    view! {
        <section class="economy-section" data-section="economy">
            <h3>{move || economy_texts(lang.get()).heading}</h3>
            <div class="cards">{cards}</div>
            <p class="note source-note">{move || Source::Economy2015.note(lang.get())}</p>
            <Series series=series />
        </section>
    }
}

/// The 2004-2012 series as a table (a handful of rows: a chart would add
/// little and cost a canvas).
#[component]
fn Series(series: Vec<EconomyYear>) -> impl IntoView {
    let lang = use_lang();
    if series.is_empty() {
        return view! { <p class="note" data-field="no-series">{move || economy_texts(lang.get()).no_series}</p> }
            .into_any();
    }
    let doubtful = series.iter().any(|y| y.doubtful);
    let pct = move |v: Option<f64>| {
        v.map(|v| ValueKind::Percent.format(v, lang.get()))
            .unwrap_or_else(|| texts(lang.get()).no_data.into())
    };
    let rows = series
        .into_iter()
        .map(|y| {
            let mark = if y.doubtful { " *" } else { "" };
            view! {
                <tr data-year=y.year>
                    <th scope="row">{format!("{}{mark}", y.year)}</th>
                    <td>{move || GDP_2015.format(y.gdp_10k * 1e4, lang.get())}</td>
                    <td>{move || pct(y.tertiary_share)}</td>
                    <td>{move || pct(y.fiscal_share)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0">
            <table class="simple-table economy-series">
                <caption>{move || economy_texts(lang.get()).series_heading}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || economy_texts(lang.get()).year}</th>
                        <th scope="col">{move || economy_texts(lang.get()).gdp}</th>
                        <th scope="col">{move || economy_texts(lang.get()).tertiary_share}</th>
                        <th scope="col">{move || economy_texts(lang.get()).fiscal_share}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="note">{move || economy_texts(lang.get()).series_caption}</p>
        {doubtful.then(|| view! { <p class="note">{move || economy_texts(lang.get()).doubtful}</p> })}
    }
    .into_any()
}
