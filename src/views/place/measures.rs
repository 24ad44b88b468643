//! The shrinkage sub-indices, the composite and its ranks, the coupling
//! class and the places most like this one.

use crate::components::loading::Loading;
use crate::data::use_data;
use crate::i18n::{county_spread_line, coupling_line, texts};
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::{Lang, Level};
use leptos::prelude::*;

/// The three sub-indices, the composite with its ranks, the coupling class
/// and the places most like this one.
#[component]
pub(super) fn MeasuresSection(code: u32, level: Level) -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        let t = texts(lang);
        let Some(measures) = use_data().measures() else {
            return view! { <Loading inline=true /> }.into_any();
        };
        let Some(m) = measures.at(level).unit(code).cloned() else {
            return ().into_any();
        };
        let fmt = |v: Option<f64>| {
            v.map(|v| format!("{v:.3}"))
                .unwrap_or_else(|| t.no_data.to_string())
        };
        let rows = [
            m.index.population,
            m.index.industry,
            m.index.space,
            m.index.composite,
        ]
        .into_iter()
        .zip(t.index_rows)
        .map(|(v, name)| {
            let width = v
                .map(|v| format!("width:{:.1}%", v * 100.0))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="index-cell"><span class="index-bar" style=width></span>{fmt(v)}</td>
                </tr>
            }
        })
        .collect_view();
        let rank =
            |r: Option<u32>, of: u32| r.map(|r| format!("{r}/{of}")).unwrap_or_else(|| "–".into());
        let ranks = format!(
            "{} {} · {} {}",
            t.rank_in_province,
            rank(m.rank.province, m.rank.province_of),
            t.rank_in_region,
            rank(m.rank.region, m.rank.region_of)
        );
        let coupling = m
            .coupling
            .as_ref()
            .map(|c| coupling_line(c.d, c.class.name(lang), lang));
        let spread = m
            .county_spread
            .as_ref()
            .map(|s| county_spread_line(s.counties, s.comparable, s.shrinking, lang));
        let similar = similar_list(code, level, &m.similar, lang);
        view! {
            <table class="data-table index-table">
                <caption>{t.index_caption}</caption>
                <tbody>{rows}</tbody>
            </table>
            <p class="card-rank">{t.composite_rank}{ranks}</p>
            {coupling.map(|c| view! { <p>{c}</p> })}
            {spread.map(|s| view! { <p>{s}</p> })}
            <h4>{t.similar_places}</h4>
            <ul class="similar-list">{similar}</ul>
        }
        .into_any()
    };
    view! {
        <section class="measures-section">
            <h3>{move || texts(lang.get()).indices_heading}</h3>
            {body}
        </section>
    }
}

/// The places most like this one, each opening its profile, with a link
/// comparing it with this one.
fn similar_list(code: u32, level: Level, similar: &[u32], lang: Lang) -> impl IntoView {
    let state = use_app();
    let bundle = use_data().bundle.clone();
    similar
        .iter()
        .filter_map(|c| bundle.unit_at(level, *c))
        .map(|u| {
            let other = u.code;
            let name = display_name(u, lang);
            view! {
                <li>
                    <button class="link-button" on:click=move |_| state.unit.set(Some(other))>{name}</button>
                    " "
                    <span class="no-print">"("<super::CompareLink code=code with=Some(other) />")"</span>
                </li>
            }
        })
        .collect_view()
}
