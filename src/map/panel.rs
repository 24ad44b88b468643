//! The map's side panel: the selected unit's figures and age-structure
//! chart (with a table alternative), or a summary of the region.

use crate::charts::{age_structure::AgeStructure, ChartCanvas, ChartSpec};
use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::{context_line, display_name};
use atlas_core::catalogue::Indicator;
use atlas_core::change::{annualised_pct, change_pct, shrink_class};
use atlas_core::dataset::{Census, Comparability, Unit};
use atlas_core::format::{grouped, pct, signed_pct};
use atlas_core::url_state::Year;
use atlas_core::{Lang, Level};
use leptos::prelude::*;

/// CSS height of the chart canvas.
const CHART_HEIGHT: u32 = 200;

#[component]
pub fn UnitPanel(indicator: Signal<&'static Indicator>) -> impl IntoView {
    let state = use_app();
    let data = use_data();
    move || {
        let level = state.level.get();
        let Some(code) = state.unit.get() else {
            return view! { <RegionSummary /> }.into_any();
        };
        let Some(found) = data.bundle.unit_at(level, code).or(data.bundle.unit(code)) else {
            return view! { <RegionSummary /> }.into_any();
        };
        // A county's figures come with the details file.
        let source = if found.level == Level::County {
            data.bundle_for(true)
        } else {
            Some(data.bundle.clone())
        };
        match source.and_then(|b| b.unit_at(found.level, code).cloned()) {
            Some(unit) => view! { <UnitDetails unit=unit indicator=indicator /> }.into_any(),
            None => view! {
                <p class="loading inline" role="status"><span class="spinner"></span>{texts(state.lang.get()).loading}</p>
            }
            .into_any(),
        }
    }
}

#[component]
fn RegionSummary() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let units: Vec<&Unit> = data.bundle.units_at(Level::Prefecture).collect();
    let shrinking = units
        .iter()
        .filter(|u| shrink_class(u).is_some_and(|c| c.is_shrinking()))
        .count();
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
fn UnitDetails(unit: Unit, indicator: Signal<&'static Indicator>) -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let (code, level) = (unit.code, unit.level);
    let no_comparable = matches!(
        unit.comparability,
        Some(Comparability::NoComparable2010 { .. })
    );
    let caveat = (no_comparable || unit.boundary_caveat).then(|| {
        view! {
            <p class="caveat" role="note">
                {move || if no_comparable { texts(lang.get()).no_comparable_2010 } else { texts(lang.get()).boundary_caveat }}
            </p>
        }
    });
    let unit_for_names = unit.clone();
    let title = move || display_name(&unit_for_names, lang.get());
    let bundle = data.bundle.clone();
    let unit_for_context = unit.clone();
    let context = move || context_line(&unit_for_context, &bundle, lang.get());
    view! {
        <section class="panel unit-details" aria-live="polite" data-selected=code.to_string()>
            <header class="panel-header">
                <div>
                    <h2>{title}</h2>
                    <p class="context">{context}</p>
                </div>
                <button class="link-button" on:click=move |_| state.unit.set(None)>
                    {move || texts(lang.get()).clear_selection}
                </button>
            </header>
            <p class="indicator-line">{move || indicator_line(indicator.get(), state.year.get(), level, code, lang.get())}</p>
            <Figures unit=unit.clone() />
            {caveat}
            <div class="panel-actions">
                <button on:click=move |_| state.open_place(code)>{move || texts(lang.get()).open_profile}</button>
                {(level == Level::Prefecture).then(|| view! {
                    <button on:click=move |_| {
                        state.level.set(Level::County);
                        state.within.set(Some(code));
                    }>{move || texts(lang.get()).show_counties}</button>
                })}
            </div>
            <AgeStructureSection unit=unit />
            <p class="note">{move || texts(lang.get()).class_note}</p>
        </section>
    }
}

/// "<indicator> <year>: <value>" of the map's layer for this unit (the
/// reader's uploaded layer too), "no data" when it has none.
fn indicator_line(
    ind: &'static Indicator,
    year: Year,
    level: Level,
    code: u32,
    lang: Lang,
) -> String {
    let data = use_data();
    let measures = if ind.needs_measures() {
        data.measures()
    } else {
        None
    };
    let value = if ind.key == atlas_core::catalogue::USER_KEY {
        data.user_layer
            .get()
            .and_then(|l| l.values.iter().find(|(c, _)| *c == code).map(|(_, v)| *v))
    } else {
        data.bundle_for(ind.details())
            .as_ref()
            .and_then(|b| b.unit_at(level, code))
            .and_then(|u| ind.value_in(u, year, measures.as_ref().map(|m| m.at(level))))
    };
    let year = if ind.yearly {
        format!(" {}", year.key())
    } else {
        String::new()
    };
    format!(
        "{}{year}: {}",
        ind.name(lang),
        value
            .map(|v| ind.format(v, lang))
            .unwrap_or(texts(lang).no_data.into())
    )
}

/// Residents 2010 and 2020, the change (and per year) and the class.
#[component]
fn Figures(unit: Unit) -> impl IntoView {
    let lang = use_lang();
    let change = change_pct(&unit);
    let annual = annualised_pct(&unit);
    let class = shrink_class(&unit);
    let pop2010 = unit.y2010.as_ref().and_then(|f| f.pop);
    let pop2020 = unit.y2020.pop;
    let fmt_pop = move |p: Option<u64>, missing: &'static str| {
        p.map(grouped).unwrap_or_else(|| missing.to_string())
    };
    view! {
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
                    {move || class.map(|c| c.name(lang.get())).unwrap_or(texts(lang.get()).no_data)}
                </dd>
            </div>
        </dl>
    }
}

/// The broad age structure 2010 and 2020 as a chart and as a table.
#[component]
fn AgeStructureSection(unit: Unit) -> impl IntoView {
    let lang = use_lang();
    let code = unit.code;
    let ages2010 = unit.y2010.as_ref().and_then(age_shares);
    let ages2020 = age_shares(&unit.y2020);
    let chart = Signal::derive(move || {
        let t = texts(lang.get());
        Some(ChartSpec::AgeStructure(AgeStructure {
            groups: t.age_groups.map(String::from),
            years: [("2010".into(), ages2010), ("2020".into(), ages2020)],
            no_data: t.no_data.into(),
        }))
    });
    let file_name = Signal::derive(move || format!("age-structure-{code}"));
    let chart_label = Signal::derive(move || texts(lang.get()).age_chart_title.to_string());
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
        <h3>{move || texts(lang.get()).age_chart_title}</h3>
        <ChartCanvas spec=chart height=CHART_HEIGHT file_name=file_name label=chart_label />
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
    }
}

/// The three broad age shares, or `None` if any is missing.
fn age_shares(f: &Census) -> Option<[f64; 3]> {
    Some([f.age_0_14?, f.age_15_59?, f.age_60_plus?])
}
