//! The population pyramid: 2010, 2020 and the baseline's 2035, as a chart
//! and a table.

use crate::charts::pyramid::{group_label, Pyramid, Series};
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::loading::{LoadFailed, Loading};
use crate::data::use_data;
use crate::embed::chart_heading;
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::bundle::UnitCohorts;
use atlas_core::dataset::AGE_GROUPS;
use atlas_core::format::grouped;
use atlas_core::profile;
use atlas_core::url_state::EmbedChart;
use atlas_core::{Lang, Level};
use leptos::prelude::*;

/// The 2035 baseline's ages and sexes (`None` until the model's data are
/// here, or for a unit it does not project).
type Projected = Memo<Option<profile::AgeSexProjection>>;

#[component]
pub fn PyramidSection(code: u32, level: Level) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let cohorts = data.cohorts;
    // One model run for the chart and its table, not one per render.
    let projected: Projected = Memo::new(move |_| {
        let prepared = use_data().prepared()?;
        profile::baseline_age_sex(&prepared, code, profile::PYRAMID_YEAR)
    });
    let spec = Signal::derive(move || {
        let cohorts = cohorts.get()?;
        pyramid_spec(cohorts.unit(level, code)?, projected.get(), lang.get())
    });
    let file_name = Signal::derive(move || format!("pyramid-{code}"));
    let label =
        Signal::derive(move || format!("{} 2010, 2020, 2035", texts(lang.get()).pyramid_title));
    let status = move || match cohorts.state() {
        Some(Ok(_)) => None,
        Some(Err(message)) => {
            Some(view! { <LoadFailed file=cohorts.untyped() message=message /> }.into_any())
        }
        None => Some(view! { <Loading text=|t| t.loading_cohorts inline=true /> }.into_any()),
    };
    view! {
        <section class="pyramid-section">
            <h3>{move || texts(lang.get()).pyramid_title}</h3>
            {status}
            <ChartCanvas spec=spec height=300 file_name=file_name label=label heading=chart_heading(EmbedChart::Pyramid, Some(code)) />
            <PyramidTable code=code level=level projected=projected />
        </section>
    }
}

/// The chart: 2020 filled, 2010 and the projection as outlines.
fn pyramid_spec(
    unit: &UnitCohorts,
    projected: Option<profile::AgeSexProjection>,
    lang: Lang,
) -> Option<ChartSpec> {
    let mut series: Vec<Series> = [(&unit.y2020, "2020", false), (&unit.y2010, "2010", false)]
        .into_iter()
        .filter_map(|(c, label, projected)| {
            Series::from_counts(label.into(), c.as_ref()?, projected)
        })
        .collect();
    let t = texts(lang);
    if let Some(p) = projected.and_then(|p| projected_series(&p, lang)) {
        series.push(p);
    }
    (!series.is_empty()).then(|| {
        ChartSpec::Pyramid(Pyramid {
            series,
            male_label: t.male.into(),
            female_label: t.female.into(),
        })
    })
}

/// The chart as a table: men and women of each age group in 2010, 2020
/// and the baseline's 2035.
#[component]
fn PyramidTable(code: u32, level: Level, projected: Projected) -> impl IntoView {
    let cohorts = use_data().cohorts;
    let lang = use_lang();
    move || {
        let cohorts = cohorts.get()?;
        let unit = cohorts.unit(level, code)?.clone();
        let t = texts(lang.get());
        let cell = |v: Option<u64>| v.map(grouped).unwrap_or_else(|| t.no_data.to_string());
        let projected = projected.get();
        let rows = (0..AGE_GROUPS)
            .rev()
            .map(|i| {
                let get = |c: &Option<atlas_core::AgeSex>, male: bool| {
                    c.as_ref()
                        .map(|a| if male { a.male[i] } else { a.female[i] })
                };
                view! {
                    <tr>
                        <th scope="row">{group_label(i)}</th>
                        <td>{cell(get(&unit.y2010, true))}</td>
                        <td>{cell(get(&unit.y2010, false))}</td>
                        <td>{cell(get(&unit.y2020, true))}</td>
                        <td>{cell(get(&unit.y2020, false))}</td>
                        <td>{cell(projected.map(|p| p.men[i].round() as u64))}</td>
                        <td>{cell(projected.map(|p| p.women[i].round() as u64))}</td>
                    </tr>
                }
            })
            .collect_view();
        let heads = [
            ("2010", t.male),
            ("2010", t.female),
            ("2020", t.male),
            ("2020", t.female),
            ("2035*", t.male),
            ("2035*", t.female),
        ]
        .map(|(year, sex)| view! { <th scope="col">{format!("{year} {sex}")}</th> });
        Some(view! {
            <details class="chart-table">
                <summary>{t.chart_as_table}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.age_group}</th>
                            {heads.into_iter().collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="note">{t.pyramid_projection_note}</p>
            </details>
        })
    }
}

/// The projected pyramid as a series (shares of the projected total).
fn projected_series(p: &profile::AgeSexProjection, lang: Lang) -> Option<Series> {
    let (male, female) = p.shares()?;
    let label = texts(lang)
        .pyramid_projected_label
        .replace("{year}", &p.year.to_string());
    Some(Series {
        label,
        male,
        female,
        projected: true,
    })
}
