//! The year-end populations reported since the census, as every trend
//! chart shows them: marks with their hover text, a table with their
//! sources (the chart's table alternative), and the one line that says a
//! unit has none (never a zero).

use super::simple_table::{esc, table_html, Cell, Row, SourceRef};
use crate::charts::trend::{Mark, TrendLabels};
use crate::i18n::{reported_tip, source_tip, texts, year_end};
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

/// The pages of a figure, for a table's source cell.
pub fn sources_of(point: &ReportedPoint) -> Vec<SourceRef> {
    point
        .pages
        .iter()
        .map(|s| SourceRef {
            title: s.page.title.clone(),
            url: s.page.url.clone(),
            weak: s.weak,
        })
        .collect()
}

/// The reported figures of a chart as a table, in HTML (nothing when there
/// are none). `region`: the figures are sums of the provinces'.
pub fn reported_table(points: &[ReportedPoint], lang: Lang, region: bool) -> String {
    if points.is_empty() {
        return String::new();
    }
    let t = texts(lang);
    let rows: Vec<Row> = points
        .iter()
        .map(|p| Row {
            head: year_end(p.year, lang),
            cells: vec![Cell::text(p.text(lang)), Cell::sources(sources_of(p))],
            class: if p.weak {
                "reported-row weak"
            } else {
                "reported-row"
            },
            year: Some(p.year),
            ..Row::default()
        })
        .collect();
    let head = [t.year_column, t.residents_column, t.source_column].map(String::from);
    let mut html = table_html(
        "reported-table",
        Some(t.reported_heading),
        &head,
        &rows,
        lang,
    );
    if region {
        html.push_str(&format!(
            "<p class=\"note\">{}</p>",
            esc(t.reported_region_note)
        ));
    }
    html
}

/// "No figure reported since the census", under a chart, when `points` is
/// known and empty.
pub fn no_reported_figure(points: Option<&[ReportedPoint]>, lang: Lang) -> Option<AnyView> {
    points.is_some_and(|p| p.is_empty()).then(|| {
        view! { <p class="note no-reported" data-field="no-reported">{texts(lang).no_reported_figure}</p> }
            .into_any()
    })
}
