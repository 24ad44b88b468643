//! The lab's results: the chosen output over the years for the baseline and
//! every scenario (with a 10-90 % band), each lever's wedge, the cost table,
//! and the map of the reader's scenario. Each chart has a table next to it.
//! One file per part; the helpers here are shared by them.

mod cost_table;
mod lab_map;
mod trend;
mod wedges;

use super::results::{LabResults, ScenarioLine, Scope};
use super::use_lab;
use crate::charts::trend::AxisFormat;
use crate::components::embed_code::EmbedCode;
use crate::i18n::lab::{lab_texts, output_with_unit};
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::format::population_short;
use atlas_core::model::{Output, Preset};
use atlas_core::url_state::EmbedChart;
use atlas_core::Lang;
use cost_table::CostTable;
use lab_map::LabMap;
use leptos::prelude::*;
use trend::{ScenarioTrend, TrendNotes};
use wedges::WedgeSection;

/// Outputs the chart offers: for the whole region the totals, for one place
/// every series of the model.
const REGION_OUTPUTS: [Output; 4] = [
    Output::Population,
    Output::WorkingAge,
    Output::JobsIndex,
    Output::PolicyCostYuan,
];
const UNIT_OUTPUTS: [Output; 13] = [
    Output::Population,
    Output::WorkingAge,
    Output::WorkingAgeShare,
    Output::Age60Share,
    Output::OldAgeDependency,
    Output::JobsIndex,
    Output::JobRatioIndex,
    Output::HousingVacancyIndex,
    Output::SchoolAgeIndex,
    Output::HospitalDemandIndex,
    Output::InfrastructureUtilisationIndex,
    Output::FiscalPressureIndex,
    Output::PolicyCostYuan,
];

fn output_name(output: Output, scope: Scope, lang: Lang) -> String {
    match (scope, output) {
        (Scope::Region, Output::JobsIndex) => lab_texts(lang).region_jobs_output.into(),
        _ => output_with_unit(output, lang),
    }
}

fn axis(output: Output, scope: Scope) -> AxisFormat {
    match output {
        Output::Population | Output::WorkingAge => AxisFormat::Persons,
        Output::JobsIndex if scope == Scope::Region => AxisFormat::Persons,
        Output::PolicyCostYuan => AxisFormat::Yuan,
        Output::WorkingAgeShare | Output::Age60Share => AxisFormat::Percent,
        _ => AxisFormat::Index,
    }
}

/// The values of a scenario line (or the baseline) for an output.
fn values(
    r: &LabResults,
    line: Option<&ScenarioLine>,
    output: Output,
    scope: Scope,
) -> Option<Vec<f64>> {
    let totals = line.map(|l| &l.totals).unwrap_or(&r.baseline);
    match scope {
        Scope::Region => Some(match output {
            Output::Population => totals.population.to_vec(),
            Output::WorkingAge => totals.working_age.to_vec(),
            Output::JobsIndex => totals.jobs.to_vec(),
            Output::PolicyCostYuan => totals.cost_yuan.to_vec(),
            _ => return None,
        }),
        Scope::Unit(_) => {
            let series = match line {
                Some(l) => l.series.as_ref()?,
                None => r.baseline_series.as_ref()?,
            };
            Some(series.series(output).to_vec())
        }
    }
}

fn scenario_name(line: &ScenarioLine, lang: Lang) -> String {
    match line.preset {
        Some(p) => p.name(lang).to_string(),
        None => lab_texts(lang).my_scenario.into(),
    }
}

fn colour_of(line: &ScenarioLine) -> usize {
    match line.preset {
        None => 0,
        Some(p) => Preset::ALL.iter().position(|q| *q == p).unwrap_or(1),
    }
}

fn signed_persons(v: f64, lang: Lang) -> String {
    let sign = if v < 0.0 { "-" } else { "+" };
    format!("{sign}{}", population_short(v.abs().round() as u64, lang))
}

/// The chart and its output picker: what stays in view while a slider moves
/// (on a phone it sticks to the top of the screen above the levers).
#[component]
pub fn ScenarioChart() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let skipped = move || {
        let why = lab.results.output.get()?.skipped?;
        Some(view! { <p class="caveat" role="note">{move || why.text(lang.get())}</p> })
    };
    view! {
        <div class="lab-output">
            <OutputPicker />
            {skipped}
            <ScenarioTrend />
        </div>
    }
}

/// Everything else: the chart's notes and table, the costs, and (not in
/// an embed) the wedges, the map and the embed code.
#[component]
pub fn Results(compact: bool) -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let band_note = move || {
        let t = lab_texts(lang.get());
        match lab.scope.get() {
            Scope::Region => t.band_note_region,
            Scope::Unit(_) => t.band_note_unit,
        }
    };
    view! {
        <TrendNotes />
        <p class="note">{band_note}</p>
        <p class="note">{move || texts(lang.get()).trend_note}</p>
        <CostTable />
        {(!compact).then(|| view! {
            <WedgeSection />
            <LabMap />
            <EmbedCode charts=&[EmbedChart::Lab] />
        })}
    }
}

/// The output the chart shows: the scope's list, kept valid when the scope
/// changes.
#[component]
fn OutputPicker() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    Effect::new(move |_| {
        if lab.scope.get() == Scope::Region && !REGION_OUTPUTS.contains(&lab.output.get()) {
            lab.output.set(Output::Population);
        }
    });
    let options = move || {
        let (scope, lang) = (lab.scope.get(), lang.get());
        let list: &[Output] = if scope == Scope::Region {
            &REGION_OUTPUTS
        } else {
            &UNIT_OUTPUTS
        };
        list.iter()
            .map(|o| {
                let o = *o;
                view! { <option value=o.key() selected=move || lab.output.get() == o>{output_name(o, scope, lang)}</option> }
            })
            .collect_view()
    };
    let on_output = move |ev| {
        let key = event_target_value(&ev);
        if let Some(o) = Output::ALL.iter().find(|o| o.key() == key) {
            lab.output.set(*o);
        }
    };
    view! {
        <label class="control">
            <span class="control-label">{move || lab_texts(lang.get()).chart_shows}</span>
            <select on:change=on_output>{options}</select>
        </label>
    }
}
