//! The cost table: residents in 2040, residents and working-age residents
//! kept, cumulative cost and cost per resident kept, for every scenario.

use super::{scenario_name, signed_persons};
use crate::i18n::lab::{lab_texts, yuan};
use crate::lab::controls::show_number;
use crate::lab::use_lab;
use crate::state::use_lang;
use atlas_core::format::population_short;
use atlas_core::model::YEARS;
use leptos::prelude::*;

#[component]
pub(super) fn CostTable() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let body = move || {
        let r = lab.results.output.get()?;
        let lang = lang.get();
        let t = lab_texts(lang);
        let base_2040 = r.baseline.population[YEARS - 1];
        let mut rows = vec![view! {
            <tr>
                <th scope="row">{t.cost_baseline}</th>
                <td>{population_short(base_2040.max(0.0) as u64, lang)}</td>
                <td>"–"</td>
                <td>"–"</td>
                <td>{yuan(0.0, lang)}</td>
                <td>"–"</td>
            </tr>
        }
        .into_any()];
        for s in &r.scenarios {
            rows.push(
                view! {
                    <tr data-scenario=s.key>
                        <th scope="row">{scenario_name(s, lang)}</th>
                        <td>{population_short(s.totals.population[YEARS - 1].max(0.0) as u64, lang)}</td>
                        <td>{signed_persons(s.retained_2040, lang)}</td>
                        <td>{signed_persons(s.working_age_retained_2040, lang)}</td>
                        <td>{yuan(s.cumulative_cost, lang)}</td>
                        <td>{s.cost_per_retained.map(|c| format!("{} {}", show_number((c / 1e3).round()), t.thousand_yuan)).unwrap_or_else(|| "–".into())}</td>
                    </tr>
                }
                .into_any(),
            );
        }
        Some(view! {
            <table class="data-table cost-table">
                <caption>{t.cost_caption}</caption>
                <thead>
                    <tr>
                        {t.cost_table_head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    let label = move || lab_texts(lang.get()).cost_table_label;
    view! { <div class="table-scroll" tabindex="0" role="region" aria-label=label>{body}</div> }
}
