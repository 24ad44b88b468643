//! The lab's results: the chosen output over the years for the baseline and
//! every scenario (with a 10-90 % band), each lever's wedge, the cost table,
//! and the map of the reader's scenario. Each chart has a table next to it.

use super::controls::show_number;
use super::results::{LabResults, ScenarioLine, Scope};
use super::use_lab;
use crate::charts::trend::{AxisFormat, Line, Trend};
use crate::charts::wedge::Wedges;
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::embed_code::EmbedCode;
use crate::components::track_record;
use crate::data::use_data;
use crate::i18n::lab::{lab_texts, output_with_unit, yuan};
use crate::i18n::texts;
use crate::map::scale::DIVERGING;
use crate::map::zoom::ViewBox;
use crate::map::{RegionMap, TooltipContent};
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::classify::class_of;
use atlas_core::format::population_short;
use atlas_core::model::track_record::{reported_points, summed_points, ReportedPoint};
use atlas_core::model::{LeverKey, Output, Preset, YEARS};
use atlas_core::{Lang, Level};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

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

/// Breaks of the lab map: population change 2020-2040 in %.
const MAP_BREAKS: [f64; 5] = [-20.0, -10.0, 0.0, 10.0, 20.0];

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

#[component]
pub fn Results(compact: bool) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let lab = use_lab();
    let results = lab.results.output;

    // Keep the chosen output valid for the scope.
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

    // Census counts (2010 where comparable, 2020) of the residents.
    let bundle = data.bundle.clone();
    let census = move |output: Output, scope: Scope| -> Vec<(u32, f64)> {
        if output != Output::Population {
            return Vec::new();
        }
        let pops: Vec<(u32, Option<u64>)> = match scope {
            Scope::Region => {
                let sum = |f: &dyn Fn(&atlas_core::Unit) -> Option<u64>| -> Option<u64> {
                    bundle.units_at(Level::Prefecture).map(f).sum()
                };
                vec![
                    (2010, sum(&|u| u.y2010.as_ref()?.pop)),
                    (2020, sum(&|u| u.y2020.pop)),
                ]
            }
            Scope::Unit(code) => {
                let Some(full) = use_data().full.get().ready() else {
                    return Vec::new();
                };
                let Some(u) = full.unit(code) else {
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
    };
    // Figures reported since the census (residents only): the unit's own,
    // or for the region the sum of its provinces'.
    // (Cheap: a filter of a few dozen figures, so no memo.)
    let reported = move || -> Option<Vec<ReportedPoint>> {
        if lab.output.get() != Output::Population {
            return None;
        }
        let data = use_data();
        let cohorts = data.cohorts.get().ready()?;
        Some(match lab.scope.get() {
            Scope::Unit(code) => reported_points(&cohorts.reported, code),
            Scope::Region => {
                let provinces: Vec<u32> = data.bundle.provinces.iter().map(|p| p.code).collect();
                summed_points(&cohorts.reported, &provinces)
            }
        })
    };
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
        let deferred = lab.deferred.get();
        let band = deferred.as_ref().and_then(|d| d.bands.as_ref()).map(|b| {
            let colour = if r.scenarios.iter().any(|s| s.preset.is_none()) {
                0
            } else {
                usize::MAX
            };
            (
                b.p10.series(output).to_vec(),
                b.p90.series(output).to_vec(),
                colour,
            )
        });
        let band = band.map(|(lo, hi, c)| {
            if c == usize::MAX {
                (lo, hi, 0)
            } else {
                (lo, hi, c)
            }
        });
        Some(ChartSpec::Trend(Trend {
            lines,
            band,
            census: census(output, scope),
            reported: reported()
                .map(|points| track_record::marks(&points, lang))
                .unwrap_or_default(),
            axis: axis(output, scope),
            lang,
            labels: track_record::labels(lang),
        }))
    });
    let trend_label =
        Signal::derive(move || output_name(lab.output.get(), lab.scope.get(), lang.get()));
    let trend_file = Signal::derive(move || format!("scenario-{}", lab.output.get().key()));

    // Trend as a table: every fifth year.
    let trend_table = move || {
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
        let years = [2020u32, 2025, 2030, 2035, 2040];
        Some(view! {
            <details class="chart-table">
                <summary>{lab_texts(lang).show_as_table}</summary>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{lab_texts(lang).scenario_column}</th>
                            {years.iter().map(|y| view! { <th scope="col">{y.to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|(name, v)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                {years.iter().map(|y| view! { <td>{fmt(v[(*y - 2020) as usize])}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <div inner_html=reported().map(|points| track_record::reported_table(&points, lang, scope == Scope::Region)).unwrap_or_default()></div>
            </details>
        })
    };
    let no_figure = move || track_record::no_reported_figure(reported().as_deref(), lang.get());

    view! {
        <div class="lab-output">
            <label class="control">
                <span class="control-label">{move || lab_texts(lang.get()).chart_shows}</span>
                <select on:change=on_output>{options}</select>
            </label>
            {move || results.get().and_then(|r| r.skipped).map(|why| view! { <p class="caveat" role="note">{move || why.text(lang.get())}</p> })}
            <ChartCanvas spec=trend height=320 file_name=trend_file label=trend_label />
            {no_figure}
            {trend_table}
            <p class="note">{move || {
                let t = lab_texts(lang.get());
                match lab.scope.get() {
                    Scope::Region => t.band_note_region,
                    Scope::Unit(_) => t.band_note_unit,
                }
            }}</p>
            <p class="note">{move || texts(lang.get()).trend_note}</p>
        </div>
        <CostTable />
        {(!compact).then(|| view! {
            <WedgeSection />
            <LabMap />
            <EmbedCode chart="trend" />
        })}
    }
}

#[component]
fn CostTable() -> impl IntoView {
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

#[component]
fn WedgeSection() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let metric = move || match lab.output.get() {
        Output::WorkingAge | Output::WorkingAgeShare => 1,
        Output::JobsIndex | Output::JobRatioIndex => 2,
        _ => 0,
    };
    let bars = move || {
        let d = lab.deferred.get()?;
        if d.wedges.is_empty() {
            return None;
        }
        let lang = lang.get();
        let m = metric();
        let mut bars: Vec<(String, f64)> = d
            .wedges
            .iter()
            .map(|(k, v): &(LeverKey, [f64; 3])| (k.def().name(lang).to_string(), v[m]))
            .collect();
        bars.push((
            lab_texts(lang).wedge_interaction.to_string(),
            d.interaction[m],
        ));
        Some(bars)
    };
    let spec = Signal::derive(move || {
        let bars = bars()?;
        Some(ChartSpec::Wedges(Wedges {
            bars,
            interaction_last: true,
            axis: AxisFormat::Persons,
            lang: lang.get(),
        }))
    });
    let label = Signal::derive(move || {
        let t = lab_texts(lang.get());
        format!(
            "{}{}{}",
            t.wedge_label_before,
            t.wedge_metrics[metric()],
            t.wedge_label_after
        )
    });
    let file = Signal::derive(|| "wedges".to_string());
    let table = move || {
        let bars = bars()?;
        let lang = lang.get();
        Some(view! {
            <details class="chart-table">
                <summary>{lab_texts(lang).show_as_table}</summary>
                <table class="data-table">
                    <tbody>
                        {bars.into_iter().map(|(name, v)| view! { <tr><th scope="row">{name}</th><td>{signed_persons(v, lang)}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            </details>
        })
    };
    let height = 280;
    view! {
        <section class="wedges">
            <h3>{move || label.get()}</h3>
            {move || {
                let t = lab_texts(lang.get());
                match lab.deferred.get() {
                    None => Some(t.wedge_pending),
                    Some(d) if d.wedges.is_empty() => Some(t.wedge_no_levers),
                    _ => None,
                }
            }.map(|t| view! { <p class="note">{t}</p> })}
            <Show when=move || bars().is_some()>
                <ChartCanvas spec=spec height=height file_name=file label=label />
            </Show>
            {table}
            <p class="note">{move || lab_texts(lang.get()).wedge_method}</p>
        </section>
    }
}

/// The reader's scenario on the map: population change 2020-2040 of every
/// prefecture-level unit.
#[component]
fn LabMap() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let lab = use_lab();
    let bundle = data.bundle.clone();
    let home: ViewBox = bundle.map.view_box;
    let view_box = RwSignal::new(home);
    let changes = Memo::new(move |_| {
        lab.results
            .output
            .get()
            .map(|r| r.map.iter().copied().collect::<HashMap<u32, f64>>())
    });
    let fills = Memo::new(move |_| {
        Arc::new(
            changes
                .get()
                .map(|c| {
                    c.into_iter()
                        .map(|(code, v)| (code, DIVERGING[class_of(v, &MAP_BREAKS).min(5)]))
                        .collect::<HashMap<_, _>>()
                })
                .unwrap_or_default(),
        )
    });
    let b = bundle.clone();
    let tooltip = Callback::new(move |code: u32| {
        let unit = b.unit_at(Level::Prefecture, code)?;
        let change = changes.get_untracked()?.get(&code).copied()?;
        Some(TooltipContent {
            title: display_name(unit, lang.get_untracked()),
            lines: vec![format!(
                "2020—2040: {}",
                atlas_core::format::signed_pct(change, 1)
            )],
        })
    });
    let b = bundle.clone();
    let names: HashMap<u32, String> = b
        .units_at(Level::Prefecture)
        .map(|u| (u.code, u.name_zh.clone()))
        .collect();
    let legend = move || {
        let mut labels = vec![format!("< {}%", MAP_BREAKS[0])];
        labels.extend(
            MAP_BREAKS
                .windows(2)
                .map(|w| format!("{}% – {}%", w[0], w[1])),
        );
        labels.push(format!("≥ {}%", MAP_BREAKS[4]));
        DIVERGING
            .iter()
            .zip(labels)
            .map(|(c, l)| view! { <li><span class="swatch" style=format!("background:{c}")></span>{l}</li> })
            .collect_view()
    };
    view! {
        <section class="lab-map">
            <h3>{move || lab_texts(lang.get()).map_heading}</h3>
            <figure class="map">
                <RegionMap
                    shapes=Arc::new(bundle.map.prefectures.clone())
                    inner_outlines=Arc::new(Vec::new())
                    provinces=Arc::new(bundle.map.provinces.clone())
                    labels=Signal::derive(Vec::new)
                    fills=fills
                    names=Arc::new(names)
                    selected=state.unit
                    view_box=view_box
                    home=Signal::derive(move || home)
                    tooltip=tooltip
                    aria_label=Signal::derive(move || lab_texts(lang.get()).map_label.to_string())
                />
            </figure>
            <div class="legend"><ul>{legend}</ul></div>
        </section>
    }
}
