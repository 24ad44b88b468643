//! The scenario chart: the chosen output over the years for the baseline
//! and every scenario (with the 10-90 % band once it is computed), the
//! census counts and the figures reported since, and all of it as a table.

use super::{axis, colour_of, output_name, scenario_name, values};
use crate::charts::trend::{AxisFormat, Line, Trend};
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::track_record;
use crate::data::use_data;
use crate::embed::chart_heading;
use crate::i18n::lab::{lab_texts, yuan};
use crate::i18n::texts;
use crate::lab::results::Scope;
use crate::lab::use_lab;
use crate::state::use_lang;
use atlas_core::format::population_short;
use atlas_core::model::track_record::{reported_points, summed_points, ReportedPoint};
use atlas_core::model::Output;
use atlas_core::url_state::EmbedChart;
use atlas_core::{Bundle, Level, Unit};
use leptos::prelude::*;

/// Years the table lists.
const TABLE_YEARS: [u32; 5] = [2020, 2025, 2030, 2035, 2040];

/// Census counts (2010 where comparable, 2020) of the residents: a place's
/// own (from the details, `None` until they are here), or the sum of the
/// prefectures' (none if any is missing, never a partial sum).
fn census_counts(core: &Bundle, output: Output, scope: Scope) -> Vec<(u32, f64)> {
    if output != Output::Population {
        return Vec::new();
    }
    let pops: Vec<(u32, Option<u64>)> = match scope {
        Scope::Region => {
            let sum = |f: &dyn Fn(&Unit) -> Option<u64>| -> Option<u64> {
                core.units_at(Level::Prefecture).map(f).sum()
            };
            vec![
                (2010, sum(&|u| u.y2010.as_ref()?.pop)),
                (2020, sum(&|u| u.y2020.pop)),
            ]
        }
        Scope::Unit(code) => {
            let Some(u) = use_data()
                .full
                .get()
                .and_then(|full| full.unit(code).cloned())
            else {
                return Vec::new();
            };
            vec![
                (2010, u.y2010.as_ref().and_then(|y| y.pop)),
                (2020, u.y2020.pop),
            ]
        }
    };
    pops.into_iter()
        .filter_map(|(y, p)| Some((y, p? as f64)))
        .collect()
}

/// Figures reported since the census (residents only): the unit's own, or
/// for the region the sum of its provinces'. (Cheap: a filter of a few
/// dozen figures, so no memo.)
fn reported_figures(output: Output, scope: Scope) -> Option<Vec<ReportedPoint>> {
    if output != Output::Population {
        return None;
    }
    let data = use_data();
    let cohorts = data.cohorts.get()?;
    Some(match scope {
        Scope::Unit(code) => reported_points(&cohorts.reported, code),
        Scope::Region => {
            let provinces: Vec<u32> = data.bundle.provinces.iter().map(|p| p.code).collect();
            summed_points(&cohorts.reported, &provinces)
        }
    })
}

#[component]
pub(super) fn ScenarioTrend() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let results = lab.results.output;
    let core = use_data().bundle;
    let trend = Signal::derive(move || {
        let r = results.get()?;
        let (output, scope, lang) = (lab.output.get(), lab.scope.get(), lang.get());
        let mut lines = vec![Line {
            label: texts(lang).baseline.into(),
            values: values(&r, None, output, scope)?,
            colour: None,
        }];
        for s in &r.scenarios {
            if let Some(v) = values(&r, Some(s), output, scope) {
                lines.push(Line {
                    label: scenario_name(s, lang),
                    values: v,
                    colour: Some(colour_of(s)),
                });
            }
        }
        // The band is the reader's scenario's (colour 0) or, with no
        // levers, the baseline's.
        let band = lab.deferred.get().and_then(|d| {
            let b = d.bands.as_ref()?;
            Some((
                b.p10.series(output).to_vec(),
                b.p90.series(output).to_vec(),
                0,
            ))
        });
        Some(ChartSpec::Trend(Trend {
            lines,
            band,
            census: census_counts(&core, output, scope),
            reported: reported_figures(output, scope)
                .map(|points| track_record::marks(&points, lang))
                .unwrap_or_default(),
            axis: axis(output, scope),
            lang,
            labels: track_record::labels(lang),
        }))
    });
    let label = Signal::derive(move || output_name(lab.output.get(), lab.scope.get(), lang.get()));
    let file = Signal::derive(move || format!("scenario-{}", lab.output.get().key()));
    view! { <ChartCanvas spec=trend height=320 file_name=file label=label heading=chart_heading(EmbedChart::Lab, None) /> }
}

/// What goes with the chart below it (on a phone, below the levers): "no
/// figure reported" where that is so, and the chart as a table.
#[component]
pub(super) fn TrendNotes() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let no_figure = move || {
        let reported = reported_figures(lab.output.get(), lab.scope.get());
        track_record::no_reported_figure(reported.as_deref(), lang.get())
    };
    view! {
        {no_figure}
        <TrendTable />
    }
}

/// The chart as a table: every fifth year, then the reported figures.
/// Only the table of values follows the runs; the box (and whether the
/// reader opened it) and the reported figures stay.
#[component]
fn TrendTable() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let results = lab.results.output;
    let reported = reported_table();
    let values_table = move || {
        let r = results.get()?;
        let (output, scope, lang) = (lab.output.get(), lab.scope.get(), lang.get());
        let fmt = |v: f64| match axis(output, scope) {
            AxisFormat::Persons => population_short(v.max(0.0) as u64, lang),
            AxisFormat::Yuan => yuan(v, lang),
            AxisFormat::Percent => format!("{v:.1}%"),
            AxisFormat::Index => format!("{v:.1}"),
        };
        let mut rows = vec![(
            texts(lang).baseline.to_string(),
            values(&r, None, output, scope)?,
        )];
        for s in &r.scenarios {
            rows.extend(values(&r, Some(s), output, scope).map(|v| (scenario_name(s, lang), v)));
        }
        Some(view! {
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{lab_texts(lang).scenario_column}</th>
                        {TABLE_YEARS.iter().map(|y| view! { <th scope="col">{y.to_string()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(name, v)| view! {
                        <tr>
                            <th scope="row">{name}</th>
                            {TABLE_YEARS.iter().map(|y| view! { <td>{fmt(v[(*y - 2020) as usize])}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    view! {
        <details class="chart-table" hidden=move || results.with(Option::is_none)>
            <summary>{move || lab_texts(lang.get()).show_as_table}</summary>
            {values_table}
            <div inner_html=reported></div>
        </details>
    }
}

/// The figures reported since the census as a table: they do not change
/// with the levers, so the table is rebuilt only when the output, the
/// scope or the language changes (not on every run).
fn reported_table() -> Memo<String> {
    let lang = use_lang();
    let lab = use_lab();
    Memo::new(move |_| {
        let (output, scope) = (lab.output.get(), lab.scope.get());
        reported_figures(output, scope)
            .map(|points| track_record::reported_table(&points, lang.get(), scope == Scope::Region))
            .unwrap_or_default()
    })
}
