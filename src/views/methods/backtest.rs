//! How good is the baseline: the back-test against the year-end
//! populations reported after the census, on the methods page.

use crate::components::simple_table::{esc, table_html, Cell, Row, SourceRef};
use crate::data::use_data;
use crate::i18n::{
    backtest_in_band, backtest_intro, backtest_score_columns, backtest_summary, texts,
};
use crate::state::use_lang;
use atlas_core::format::{pct, signed_pct};
use atlas_core::model::backtest::{Backtest, BacktestRow, Role};
use atlas_core::model::calibration::{FIT_YEARS, HELD_OUT_YEAR};
use atlas_core::model::track_record::{compared_text, is_weak_kind, reported_text};
use atlas_core::Lang;
use leptos::prelude::*;

/// Chongqing is a province and a prefecture-level unit at once.
const CHONGQING: u32 = 500000;

/// How good is the baseline? The back-test's summary and every row, with
/// the pages the figures were read on. Computed once, when this section
/// first shows (it needs the prepared model and the full bundle).
#[component]
pub(super) fn BacktestSection() -> impl IntoView {
    let lang = use_lang();
    // Computed once for the page (a memo of the data context).
    let result = move || use_data().backtest();
    let fit = (*FIT_YEARS.start(), *FIT_YEARS.end());
    // Static text and tables as HTML (see `components::simple_table`).
    let html = move || {
        let lang = lang.get();
        let t = texts(lang);
        let mut out = format!(
            "<h3 id=\"backtest\">{}</h3><p>{}</p>",
            esc(t.backtest_heading),
            esc(&backtest_intro(fit, HELD_OUT_YEAR, lang))
        );
        match result() {
            Some(bt) => out.push_str(&backtest_html(&bt, fit, lang)),
            None => out.push_str(&format!(
                "<p class=\"loading inline\" role=\"status\"><span class=\"spinner\"></span>{}</p>",
                esc(t.backtest_loading)
            )),
        }
        out
    };
    view! { <div class="backtest-section" inner_html=html></div> }
}

/// The summary, the score table, the share in the band and every row.
fn backtest_html(bt: &Backtest, fit: (u32, u32), lang: Lang) -> String {
    let t = texts(lang);
    let (held, fitted) = (bt.held_out, bt.fitted);
    let summary = backtest_summary(
        held.baseline.n,
        HELD_OUT_YEAR,
        &pct(held.baseline.median_abs, 2),
        &pct(held.no_change.median_abs, 2),
        &pct(held.trend.median_abs, 2),
        lang,
    );
    let in_band = backtest_in_band(
        &pct(held.in_band_share * 100.0, 0),
        held.baseline.n,
        &pct(fitted.in_band_share * 100.0, 0),
        fitted.baseline.n,
        lang,
    );
    let heads =
        backtest_score_columns(fit, HELD_OUT_YEAR, held.baseline.n, fitted.baseline.n, lang);
    let columns = t.backtest_columns.map(String::from);
    let rows: Vec<Row> = bt.rows.iter().map(|r| row_of(r, lang)).collect();
    let scroller = |label: &str, table: String| {
        format!(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{table}</div>",
            esc(label)
        )
    };
    let scores = table_html(
        "backtest-scores",
        Some(t.backtest_scores_caption),
        &heads,
        &score_rows(bt, lang),
        lang,
    );
    let mut out = format!("<p>{}</p>", esc(&summary));
    out.push_str(&scroller(t.backtest_scores_caption, scores));
    out.push_str(&format!("<p>{}</p>", esc(&in_band)));
    out.push_str(&scroller(
        t.backtest_table_label,
        table_html("backtest-table", None, &columns, &rows, lang),
    ));
    out
}

/// Median and largest absolute errors of the baseline and the two naive
/// forecasts, held-out year and fit years.
fn score_rows(bt: &Backtest, lang: Lang) -> Vec<Row> {
    let (held, fitted) = (bt.held_out, bt.fitted);
    [
        (held.baseline, fitted.baseline),
        (held.no_change, fitted.no_change),
        (held.trend, fitted.trend),
    ]
    .into_iter()
    .zip(texts(lang).backtest_forecasts)
    .map(|((h, f), name)| Row {
        head: name.into(),
        cells: [h.median_abs, h.max_abs, f.median_abs, f.max_abs]
            .map(|v| Cell::text(pct(v, 2)))
            .into(),
        ..Row::default()
    })
    .collect()
}

/// One back-test row: reported against projected, the band, the naive
/// forecasts' errors and the pages the figure was read on.
fn row_of(r: &BacktestRow, lang: Lang) -> Row {
    let t = texts(lang);
    let fmt = |v: f64| compared_text(v, lang);
    let (role, key) = match r.role {
        Role::Fitted => (t.roles[0], "fitted"),
        Role::HeldOut => (t.roles[1], "held_out"),
        Role::Weak => (t.roles[2], "weak"),
    };
    let sources = r
        .pages
        .iter()
        .map(|p| SourceRef {
            title: p.title.clone(),
            url: p.url.clone(),
            weak: is_weak_kind(&p.kind),
        })
        .collect();
    Row {
        head: r.name(lang).to_string(),
        sub: (r.province && r.code != CHONGQING).then(|| t.province_sum.into()),
        cells: vec![
            Cell::text(r.year.to_string()),
            Cell::text(role),
            Cell::text(reported_text(r.reported, lang)).with_class("reported"),
            Cell::text(fmt(r.projected)),
            Cell::text(signed_pct(r.error_pct(), 2)),
            Cell::text(format!("{} – {}", fmt(r.p10), fmt(r.p90))),
            Cell::text(if r.in_band() { t.yes } else { t.no }),
            Cell::text(signed_pct(r.no_change_error_pct(), 2)),
            Cell::text(signed_pct(r.trend_error_pct(), 2)),
            Cell::sources(sources),
        ],
        class: if r.role == Role::HeldOut {
            "held-out"
        } else {
            ""
        },
        code: Some(r.code),
        year: Some(r.year),
        role: Some(key),
    }
}
