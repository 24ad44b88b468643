//! The shrinkage sub-indices, the composite and its ranks, the coupling
//! class and the places most like this one.

use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::{Lang, Level};
use leptos::prelude::*;

/// The three sub-indices, the composite with its ranks, the coupling class
/// and the places most like this one.
#[component]
pub(super) fn MeasuresSection(code: u32, level: Level) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        let t = texts(lang);
        let Some(measures) = use_data().measures() else {
            return view! { <p class="loading inline" role="status"><span class="spinner"></span>{t.loading}</p> }.into_any();
        };
        let Some(m) = measures.at(level).unit(code).cloned() else {
            return ().into_any();
        };
        let zh = lang == Lang::Zh;
        let fmt = |v: Option<f64>| {
            v.map(|v| format!("{v:.3}"))
                .unwrap_or_else(|| t.no_data.to_string())
        };
        let rows = [
            (
                if zh { "人口维度" } else { "Population" },
                m.index.population,
            ),
            (if zh { "产业维度" } else { "Industry" }, m.index.industry),
            (if zh { "空间维度" } else { "Space" }, m.index.space),
            (if zh { "综合指数" } else { "Composite" }, m.index.composite),
        ]
        .into_iter()
        .map(|(name, v)| {
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
        let coupling = m.coupling.as_ref().map(|c| {
            let class = if zh {
                c.class.name_zh()
            } else {
                c.class.name_en()
            };
            if zh {
                format!("耦合协调度 D = {:.3}（{class}）", c.d)
            } else {
                format!("Coupling coordination D = {:.3} ({class})", c.d)
            }
        });
        let spread = m.county_spread.as_ref().map(|s| {
            if zh {
                format!(
                    "所辖 {} 个区县中，{} 个有可比数据，其中 {} 个人口减少。",
                    s.counties, s.comparable, s.shrinking
                )
            } else {
                format!(
                    "Of its {} counties, {} have a comparable 2010 figure and {} of those shrank.",
                    s.counties, s.comparable, s.shrinking
                )
            }
        });
        let bundle = use_data().bundle.clone();
        let similar = m
            .similar
            .iter()
            .filter_map(|c| bundle.unit_at(level, *c))
            .map(|u| {
                let code = u.code;
                let name = display_name(u, lang);
                view! { <li><button class="link-button" on:click=move |_| state.unit.set(Some(code))>{name}</button></li> }
            })
            .collect_view();
        view! {
            <table class="data-table index-table">
                <caption>{if zh { "收缩指数（0—1，越高收缩越明显）" } else { "Shrinkage indices (0-1, higher = more shrinkage)" }}</caption>
                <tbody>{rows}</tbody>
            </table>
            <p class="card-rank">{if zh { "综合指数排名（1 = 收缩最明显）：" } else { "Composite rank (1 = most shrinkage): " }}{ranks}</p>
            {coupling.map(|c| view! { <p>{c}</p> })}
            {spread.map(|s| view! { <p>{s}</p> })}
            <h4>{if zh { "相似的地区" } else { "Places like this one" }}</h4>
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
