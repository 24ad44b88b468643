//! Residents over time: censuses, reported figures and the baseline
//! projection with its band.

use crate::charts::trend::{AxisFormat, Line, Trend};
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::simple_table::{esc, table_html, Cell, Row};
use crate::components::track_record;
use crate::data::use_data;
use crate::embed::chart_heading;
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::dataset::Comparability;
use atlas_core::format::grouped;
use atlas_core::model::track_record::{compared_text, reported_points, ReportedPoint};
use atlas_core::profile;
use atlas_core::url_state::EmbedChart;
use atlas_core::{Lang, Unit};
use leptos::prelude::*;

/// The baseline projection of a unit's residents with its band, or why it
/// has none (decided in the core).
type Projection = Result<profile::ResidentsBand, atlas_core::model::NotProjected>;

fn projection_with_band(code: u32) -> Option<Projection> {
    let prepared = use_data().prepared()?;
    profile::residents_with_band(&prepared, code)
}

/// The census counts of a unit (2010 only when comparable).
fn census_points(unit: &Unit) -> Vec<(u32, f64)> {
    let comparable = !matches!(
        unit.comparability,
        Some(Comparability::NoComparable2010 { .. })
    );
    [
        (
            2010,
            unit.y2010
                .as_ref()
                .and_then(|y| y.pop)
                .filter(|_| comparable),
        ),
        (2020, unit.y2020.pop),
    ]
    .into_iter()
    .filter_map(|(y, p)| Some((y, p? as f64)))
    .collect()
}

/// The chart: the baseline with its band, the censuses, reported figures.
fn trend_spec(
    projection: Option<Projection>,
    census: Vec<(u32, f64)>,
    reported: Option<Vec<ReportedPoint>>,
    lang: Lang,
) -> ChartSpec {
    let t = texts(lang);
    let lines = match projection {
        Some(Ok(profile::ResidentsBand { central, p10, p90 })) => Some((central, p10, p90)),
        _ => None,
    };
    ChartSpec::Trend(Trend {
        lines: lines
            .iter()
            .map(|(central, _, _)| Line {
                label: t.baseline.into(),
                values: central.clone(),
                colour: None,
            })
            .collect(),
        band: lines.map(|(_, p10, p90)| (p10, p90, 2)),
        census,
        reported: reported
            .map(|p| track_record::marks(&p, lang))
            .unwrap_or_default(),
        axis: AxisFormat::Persons,
        lang,
        labels: track_record::labels(lang),
    })
}

/// The heading and the projection's status (why none, or loading), as
/// HTML (see `components::simple_table`).
fn head_html(projection: Option<&Projection>, lang: Lang) -> String {
    let t = texts(lang);
    let status = match projection {
        Some(Err(why)) => {
            format!(
                "<p class=\"caveat\" role=\"note\">{}</p>",
                esc(why.text(lang))
            )
        }
        Some(Ok(_)) => String::new(),
        None => format!(
            "<p class=\"loading inline\" role=\"status\"><span class=\"spinner\"></span>{}</p>",
            esc(t.loading)
        ),
    };
    format!("<h3>{}</h3>{status}", esc(t.trend_heading))
}

/// The census and projected rows of the chart's table.
fn table_rows(census: &[(u32, f64)], projection: Option<&Projection>, lang: Lang) -> Vec<Row> {
    let t = texts(lang);
    let fmt = |v: f64| compared_text(v, lang);
    let mut rows: Vec<Row> = census
        .iter()
        .map(|(y, v)| Row {
            head: format!("{} {y}", t.census_row),
            cells: vec![Cell::text(grouped(*v as u64)), Cell::text("–")],
            ..Row::default()
        })
        .collect();
    if let Some(Ok(profile::ResidentsBand { central, p10, p90 })) = projection {
        for year in [2025u32, 2030, 2035, 2040] {
            let i = (year - 2020) as usize;
            rows.push(Row {
                head: format!("{} {year}", t.projected_row),
                cells: vec![
                    Cell::text(fmt(central[i])),
                    Cell::text(format!("{} – {}", fmt(p10[i]), fmt(p90[i]))),
                ],
                ..Row::default()
            });
        }
    }
    rows
}

/// Below the chart, as HTML: "no reported figure", the chart as tables,
/// the notes.
fn below_html(
    census: &[(u32, f64)],
    projection: Option<&Projection>,
    reported: Option<Vec<ReportedPoint>>,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let mut html = String::new();
    if reported.as_ref().is_some_and(|p| p.is_empty()) {
        html.push_str(&format!(
            "<p class=\"note no-reported\" data-field=\"no-reported\">{}</p>",
            esc(t.no_reported_figure)
        ));
    }
    let rows = table_rows(census, projection, lang);
    let columns = [t.year_column, t.residents_column, t.band_10_90].map(String::from);
    html.push_str(&format!(
        "<details class=\"chart-table\"><summary>{}</summary>{}{}</details>",
        esc(t.chart_as_table),
        table_html("projection-table", None, &columns, &rows, lang),
        reported
            .map(|p| track_record::reported_table(&p, lang, false))
            .unwrap_or_default(),
    ));
    html.push_str(&format!(
        "<p class=\"note\">{} {}</p>",
        esc(t.profile_trend_note),
        esc(t.trend_note)
    ));
    html
}

/// Residents over time: the censuses, the figures reported since and the
/// baseline projection to 2040 with its band, and all of it as tables.
#[component]
pub fn TrendSection(unit: Unit) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    data.cohorts.want();
    let code = unit.code;
    let census = census_points(&unit);
    // Computed once (400 draws), when the model's data are here.
    let cache = StoredValue::new(None::<Projection>);
    let projection = move || {
        if let Some(p) = cache.get_value() {
            return Some(p);
        }
        let p = projection_with_band(code)?;
        cache.set_value(Some(p.clone()));
        Some(p)
    };
    // (Cheap: a filter of a few dozen figures, so no memo.)
    let reported = move || {
        use_data()
            .cohorts
            .get()
            .map(|c| reported_points(&c.reported, code))
    };
    let census_for_chart = census.clone();
    let spec = Signal::derive(move || {
        Some(trend_spec(
            projection(),
            census_for_chart.clone(),
            reported(),
            lang.get(),
        ))
    });
    let file_name = Signal::derive(move || format!("trend-{code}"));
    let label = Signal::derive(move || texts(lang.get()).trend_heading.to_string());
    let head = move || head_html(projection().as_ref(), lang.get());
    let below = move || below_html(&census, projection().as_ref(), reported(), lang.get());
    view! {
        <section class="trend-section">
            <div inner_html=head></div>
            <ChartCanvas spec=spec height=300 file_name=file_name label=label heading=chart_heading(EmbedChart::Trend, Some(code)) />
            <div inner_html=below></div>
        </section>
    }
}
