//! Every profile figure of both places in one table, and the shrinkage
//! indices in another: the higher value marked with ▲ and a word for
//! screen readers (bold too), never by colour alone.

use crate::data::use_data;
use crate::i18n::compare::compare_texts;
use crate::i18n::economy::economy_texts;
use crate::i18n::texts;
use crate::state::use_lang;
use crate::units::display_name;
use atlas_core::catalogue::Source;
use atlas_core::profile::compare::{any_value, economy_rows, index_pairs, rows, Higher, Pair, Row};
use atlas_core::{Lang, Unit};
use leptos::prelude::*;

/// One cell of a place's value; `mine` is the side it stands for.
fn value_cell(
    value: Option<f64>,
    pair: Pair,
    mine: Higher,
    side: &'static str,
    text: String,
    lang: Lang,
) -> impl IntoView {
    let ct = compare_texts(lang);
    let marker = match pair.higher {
        h if h == mine => Some(("▲ ", ct.higher)),
        Higher::Same => Some(("= ", ct.same)),
        _ => None,
    };
    let is_higher = pair.higher == mine;
    view! {
        <td class:higher=is_higher data-side=side data-value=value.map(|v| v.to_string())>
            {marker.map(|(symbol, word)| view! {
                <span class="marker" aria-hidden="true">{symbol}</span>
                <span class="visually-hidden">{format!("({word}) ")}</span>
            })}
            {text}
        </td>
    }
}

/// The table's head: the indicator column and both names.
fn head_row(first: &'static str, a: &Unit, b: &Unit, lang: Lang) -> impl IntoView {
    view! {
        <thead>
            <tr>
                <th scope="col">{first}</th>
                <th scope="col">{display_name(a, lang)}</th>
                <th scope="col">{display_name(b, lang)}</th>
            </tr>
        </thead>
    }
}

/// The rows of a figures table: each indicator's name (with " 2020" for
/// yearly ones when `with_year`) and both values, the higher one marked.
fn figure_rows(rows: Vec<Row>, with_year: bool, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    rows.into_iter()
        .map(|row| {
            let ind = row.indicator;
            let year = if with_year && ind.yearly { " 2020" } else { "" };
            let fmt = |v: Option<f64>| {
                v.map(|v| ind.format(v, lang))
                    .unwrap_or_else(|| t.no_data.into())
            };
            let p = row.pair;
            view! {
                <tr data-indicator=ind.key data-higher=p.higher.key()>
                    <th scope="row">{format!("{}{year}", ind.name(lang))}</th>
                    {value_cell(p.a, p, Higher::A, "a", fmt(p.a), lang)}
                    {value_cell(p.b, p, Higher::B, "b", fmt(p.b), lang)}
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub(super) fn FiguresTable(a: Unit, b: Unit) -> impl IntoView {
    let lang = use_lang();
    let table = move || {
        let lang = lang.get();
        let ct = compare_texts(lang);
        view! {
            <table class="data-table compare-table figures-table">
                <caption>{ct.figures_caption}</caption>
                {head_row(ct.indicator_column, &a, &b, lang)}
                <tbody>{figure_rows(rows(&a, &b), true, lang)}</tbody>
            </table>
        }
    };
    view! {
        <section class="compare-figures">
            <h3>{move || compare_texts(lang.get()).figures_heading}</h3>
            {table}
        </section>
    }
}

/// The 2015 economy of both places with its source; one line when neither
/// is covered (counties, autonomous prefectures, most of Tibet).
#[component]
pub(super) fn EconomyTable(a: Unit, b: Unit) -> impl IntoView {
    let lang = use_lang();
    let rows = economy_rows(&a, &b);
    let covered = any_value(&rows);
    let table = move || {
        let lang = lang.get();
        let ct = compare_texts(lang);
        if !covered {
            return view! { <p class="note" data-field="no-economy">{ct.economy_none}</p> }
                .into_any();
        }
        view! {
            <table class="data-table compare-table economy-table">
                <caption>{ct.economy_caption}</caption>
                {head_row(ct.indicator_column, &a, &b, lang)}
                <tbody>{figure_rows(rows.clone(), false, lang)}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="compare-economy" data-section="economy">
            <h3>{move || economy_texts(lang.get()).heading}</h3>
            {table}
            <p class="note source-note">{move || Source::Economy2015.note(lang.get())}</p>
        </section>
    }
}

#[component]
pub(super) fn IndicesTable(a: Unit, b: Unit) -> impl IntoView {
    let lang = use_lang();
    let table = move || {
        let lang = lang.get();
        let (t, ct) = (texts(lang), compare_texts(lang));
        let measures = use_data().measures()?;
        let ia = measures.at(a.level).unit(a.code).map(|m| m.index);
        let ib = measures.at(b.level).unit(b.code).map(|m| m.index);
        let fmt = |v: Option<f64>| {
            v.map(|v| format!("{v:.3}"))
                .unwrap_or_else(|| t.no_data.into())
        };
        let body = index_pairs(ia.as_ref(), ib.as_ref())
            .into_iter()
            .zip(t.index_rows)
            .map(|(p, name)| {
                view! {
                    <tr data-higher=p.higher.key()>
                        <th scope="row">{name}</th>
                        {value_cell(p.a, p, Higher::A, "a", fmt(p.a), lang)}
                        {value_cell(p.b, p, Higher::B, "b", fmt(p.b), lang)}
                    </tr>
                }
            })
            .collect_view();
        Some(
            view! {
                <table class="data-table compare-table indices-table">
                    <caption>{ct.indices_caption}</caption>
                    {head_row(ct.indicator_column, &a, &b, lang)}
                    <tbody>{body}</tbody>
                </table>
            }
            .into_any(),
        )
    };
    view! {
        <section class="compare-indices">
            <h3>{move || texts(lang.get()).indices_heading}</h3>
            {move || table().unwrap_or_else(|| view! { <crate::components::loading::Loading inline=true /> }.into_any())}
        </section>
    }
}
