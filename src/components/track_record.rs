//! The year-end populations reported since the census, as every trend
//! chart shows them: marks with their hover text, a table with their
//! sources (the chart's table alternative), and the one line that says a
//! unit has none (never a zero).

use crate::charts::trend::{Mark, TrendLabels};
use crate::i18n::{reported_tip, source_tip, texts, year_end};
use atlas_core::model::backtest::Page;
use atlas_core::model::track_record::ReportedPoint;
use atlas_core::Lang;
use leptos::prelude::*;

/// A point's hover text: the figure, then every page with its address.
pub fn tip(point: &ReportedPoint, lang: Lang) -> String {
    std::iter::once(reported_tip(point.year, &point.text(lang), lang))
        .chain(
            point
                .pages
                .iter()
                .map(|s| source_tip(&s.page.title, &s.page.url, s.weak, lang)),
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// The points as chart marks.
pub fn marks(points: &[ReportedPoint], lang: Lang) -> Vec<Mark> {
    points
        .iter()
        .map(|p| Mark {
            x: p.x,
            value: p.persons,
            weak: p.weak,
            tip: tip(p, lang),
        })
        .collect()
}

/// The legend texts of a trend chart.
pub fn labels(lang: Lang) -> TrendLabels {
    let t = texts(lang);
    TrendLabels {
        band: t.band_10_90.into(),
        census: t.census_points.into(),
        reported: t.reported_points.into(),
        weak: t.weak_points.into(),
    }
}

/// The host of an address, for a short mention beside a page title.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest)
}

/// A page a figure was read on: its title linking to it (in a new tab),
/// its host, and "weak source" where it is one.
pub fn page_link(page: &Page, weak: bool, lang: Lang) -> impl IntoView {
    let weak = weak.then(|| view! { " " <span class="weak-tag">{texts(lang).weak_source}</span> });
    view! {
        <span class="source-link">
            <a href=page.url.clone() target="_blank" rel="noopener">{page.title.clone()}</a>
            " "
            <small>{format!("({})", host(&page.url))}</small>
            {weak}
        </span>
    }
}

/// Every page of a figure.
pub fn source_links(point: &ReportedPoint, lang: Lang) -> impl IntoView {
    point
        .pages
        .iter()
        .map(|s| page_link(&s.page, s.weak, lang))
        .collect_view()
}

/// The reported figures of a chart as a table (nothing when there are
/// none). `region`: the figures are sums of the provinces'.
#[component]
pub fn ReportedTable(
    points: Vec<ReportedPoint>,
    lang: Lang,
    #[prop(optional)] region: bool,
) -> impl IntoView {
    let t = texts(lang);
    if points.is_empty() {
        return ().into_any();
    }
    let rows = points
        .iter()
        .map(|p| {
            view! {
                <tr class="reported-row" class:weak=p.weak data-year=p.year.to_string()>
                    <th scope="row">{year_end(p.year, lang)}</th>
                    <td>{p.text(lang)}</td>
                    <td class="wrap">{source_links(p, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table reported-table">
            <caption>{t.reported_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.year_column}</th>
                    <th scope="col">{t.residents_column}</th>
                    <th scope="col">{t.source_column}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {region.then(|| view! { <p class="note">{t.reported_region_note}</p> })}
    }
    .into_any()
}

/// "No figure reported since the census", under a chart.
#[component]
pub fn NoReportedFigure(lang: Lang) -> impl IntoView {
    view! { <p class="note no-reported" data-field="no-reported">{texts(lang).no_reported_figure}</p> }
}
