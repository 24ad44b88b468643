//! The side panel: the selected unit's figures, its age-structure chart with
//! a table alternative, or a summary of the region when nothing is selected.

use crate::charts::{age_structure, prepare_canvas};
use crate::i18n::{class_name, texts};
use atlas_core::dataset::{Census, Unit};
use atlas_core::change::{annualised_pct, change_pct, shrink_class};
use atlas_core::format::{grouped, pct, signed_pct};
use atlas_core::{Bundle, Lang, Level};
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;

/// CSS height of the chart canvas.
const CHART_HEIGHT: u32 = 220;

#[component]
pub fn UnitPanel(bundle: Arc<Bundle>, selected: RwSignal<Option<u32>>, lang: Signal<Lang>) -> impl IntoView {
    let b = bundle.clone();
    move || match selected.get().and_then(|code| b.unit(code).cloned()) {
        Some(unit) => view! { <UnitDetails unit=unit selected=selected lang=lang /> }.into_any(),
        None => view! { <RegionSummary bundle=b.clone() lang=lang /> }.into_any(),
    }
}

#[component]
fn RegionSummary(bundle: Arc<Bundle>, lang: Signal<Lang>) -> impl IntoView {
    let units: Vec<&Unit> = bundle.units_at(Level::Prefecture).collect();
    let shrinking = units.iter().filter(|u| shrink_class(u).is_some_and(|c| c.is_shrinking())).count();
    let total = units.len();
    view! {
        <section class="panel" aria-live="polite">
            <p class="summary">
                <strong class="big-number">{format!("{shrinking} / {total}")}</strong>
                " "
                {move || texts(lang.get()).region_summary_tail}
            </p>
            <p class="hint">{move || texts(lang.get()).pick_a_unit}</p>
        </section>
    }
}

#[component]
fn UnitDetails(unit: Unit, selected: RwSignal<Option<u32>>, lang: Signal<Lang>) -> impl IntoView {
    let change = change_pct(&unit);
    let annual = annualised_pct(&unit);
    let class = shrink_class(&unit);
    let pop2010 = unit.y2010.as_ref().and_then(|f| f.pop);
    let pop2020 = unit.y2020.pop;
    let ages2010 = unit.y2010.as_ref().and_then(age_shares);
    let ages2020 = age_shares(&unit.y2020);

    let canvas_ref = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(canvas) = canvas_ref.get() else { return };
        let t = texts(lang);
        let scale = prepare_canvas(&canvas, 320, CHART_HEIGHT);
        let data = age_structure::AgeStructure {
            groups: t.age_groups,
            years: [("2010", ages2010), ("2020", ages2020)],
            no_data: t.no_data,
        };
        if let Err(e) = age_structure::draw(canvas, &data, scale) {
            leptos::logging::warn!("age chart: {e}");
        }
    });

    let fmt_pop = move |p: Option<u64>, missing: &'static str| p.map(grouped).unwrap_or_else(|| missing.to_string());
    let table_rows = move || {
        let t = texts(lang.get());
        (0..3)
            .map(|g| {
                let cell = |v: Option<[f64; 3]>| v.map(|v| pct(v[g], 2)).unwrap_or_else(|| t.no_data.to_string());
                view! { <tr><th scope="row">{t.age_groups[g]}</th><td>{cell(ages2010)}</td><td>{cell(ages2020)}</td></tr> }
            })
            .collect_view()
    };

    view! {
        <section class="panel unit-details" aria-live="polite" data-selected=unit.code.to_string()>
            <header class="panel-header">
                <h2>{unit.name_zh.clone()}</h2>
                <button class="link-button" on:click=move |_| selected.set(None)>
                    {move || texts(lang.get()).clear_selection}
                </button>
            </header>
            <dl class="figures">
                <div>
                    <dt>{move || texts(lang.get()).pop_2010}</dt>
                    <dd data-field="pop2010">{move || fmt_pop(pop2010, texts(lang.get()).no_comparable_2010)}</dd>
                </div>
                <div>
                    <dt>{move || texts(lang.get()).pop_2020}</dt>
                    <dd data-field="pop2020">{move || fmt_pop(pop2020, texts(lang.get()).no_data)}</dd>
                </div>
                <div>
                    <dt>{move || texts(lang.get()).change}</dt>
                    <dd data-field="change">
                        {move || change.map(|c| signed_pct(c, 1)).unwrap_or_else(|| texts(lang.get()).no_data.into())}
                        <small>
                            {move || annual.map(|a| format!(" ({}{})", signed_pct(a, 2), texts(lang.get()).per_year))}
                        </small>
                    </dd>
                </div>
                <div>
                    <dt>{move || texts(lang.get()).class}</dt>
                    <dd data-field="class" class=move || class.map(|c| format!("class-{}", c.key()))>
                        {move || class.map(|c| class_name(c, lang.get())).unwrap_or(texts(lang.get()).no_data)}
                    </dd>
                </div>
            </dl>
            <p class="note">{move || texts(lang.get()).class_note}</p>
            <h3>{move || texts(lang.get()).age_chart_title}</h3>
            <canvas node_ref=canvas_ref class="chart" style=format!("height:{CHART_HEIGHT}px") aria-hidden="true"></canvas>
            <details class="chart-table">
                <summary>{move || texts(lang.get()).chart_as_table}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{move || texts(lang.get()).age_group}</th>
                            <th scope="col">"2010"</th>
                            <th scope="col">"2020"</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </section>
    }
}

/// The three broad age shares, or `None` if any is missing.
fn age_shares(f: &Census) -> Option<[f64; 3]> {
    Some([f.age_0_14?, f.age_15_59?, f.age_60_plus?])
}
