//! Methods and sources: the shrinkage measures (definitions, directions,
//! weights the reader can change, formulas), the model (feedback loop,
//! levers, assumptions), the challenge rules, limitations, every data source
//! with its licence and citation, and how to cite the atlas. Everything is
//! generated from the same definitions the code computes with.

use crate::components::feedback_diagram::FeedbackDiagram;
use crate::components::simple_table::{esc, table_html, Cell, Row, SourceRef};
use crate::data::use_data;
use crate::i18n::methods::methods_texts;
use crate::i18n::{
    backtest_in_band, backtest_intro, backtest_score_columns, backtest_summary, texts,
};
use crate::state::{use_app, use_lang};
use atlas_core::format::{pct, signed_pct};
use atlas_core::measures::methods::{sections, Section};
use atlas_core::measures::{Dimension, WeightChoice};
use atlas_core::model::backtest::{backtest, Backtest, Role};
use atlas_core::model::calibration::{FIT_YEARS, HELD_OUT_YEAR};
use atlas_core::model::track_record::{compared_text, is_weak_kind, reported_text};
use atlas_core::model::{feedback, ASSUMPTIONS, LEVERS};
use atlas_core::url_state::View;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MethodsView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="methods-view prose">
            <h2>{move || crate::i18n::view_name(atlas_core::url_state::View::Methods, lang.get())}</h2>
            <nav class="toc" aria-label=move || methods_texts(lang.get()).contents>
                <a href="#measures">{move || methods_texts(lang.get()).measures_heading}</a>
                <a href="#weights">{move || methods_texts(lang.get()).weights_heading}</a>
                <a href="#model">{move || methods_texts(lang.get()).model_heading}</a>
                <a href="#backtest">{move || texts(lang.get()).backtest_heading}</a>
                <a href="#limitations">{move || methods_texts(lang.get()).limitations_heading}</a>
                <a href="#sources">{move || texts(lang.get()).sources}</a>
            </nav>
            <p>{move || texts(lang.get()).scenario_not_forecast}</p>
            <MeasuresMethods />
            <WeightEditor />
            <ModelMethods />
            <BacktestSection />
            <Limitations />
            <SourceList />
            <h3>{move || texts(lang.get()).cite_atlas_heading}</h3>
            <p class="citation">{move || texts(lang.get()).cite_atlas}</p>
        </section>
    }
}

fn section_view(s: Section) -> impl IntoView {
    let label = s.heading.clone();
    let table = s.table.map(|t| {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=label>
                <table class="data-table methods-table">
                    <thead><tr>{t.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {t.rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <h4>{s.heading}</h4>
        {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        {table}
        {s.notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
    }
}

/// Definitions, directions, weights and formulas of the shrinkage measures.
#[component]
fn MeasuresMethods() -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        match use_data().measures() {
            Some(m) => sections(lang, &[&m.prefecture, &m.county]).into_iter().map(section_view).collect_view().into_any(),
            None => view! { <p class="loading inline" role="status"><span class="spinner"></span>{texts(lang).loading}</p> }.into_any(),
        }
    };
    view! {
        <h3 id="measures">{move || methods_texts(lang.get()).measures_heading}</h3>
        <p>{move || texts(lang.get()).class_note}</p>
        {body}
        <ChallengeRules />
    }
}

/// The reader's own weights per dimension, replacing the entropy weights.
#[component]
fn WeightEditor() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let weights = data.weights;
    let editor = move |dimension: Dimension| {
        let lang = lang.get();
        let mt = methods_texts(lang);
        let Some(m) = use_data().measures() else {
            return ().into_any();
        };
        let dw = m.prefecture.weights(dimension).clone();
        let inputs: Vec<RwSignal<String>> = dw
            .weights
            .iter()
            .map(|w| RwSignal::new(format!("{w:.3}")))
            .collect();
        let error = RwSignal::new(None::<String>);
        let inputs_for_apply = inputs.clone();
        let apply = move |_| {
            let parsed: Result<Vec<f64>, _> = inputs_for_apply
                .iter()
                .map(|s| s.get_untracked().trim().parse::<f64>())
                .collect();
            match parsed {
                Ok(values) => {
                    let candidate = weights.get_untracked().with_user(dimension, values);
                    // Validate before applying: a bad set keeps the current weights.
                    match m.prefecture.reweighted(&candidate) {
                        Ok(_) => {
                            error.set(None);
                            weights.set(candidate);
                        }
                        Err(e) => error.set(Some(e.to_string())),
                    }
                }
                Err(_) => error.set(Some(methods_texts(lang).enter_numbers.into())),
            }
        };
        let reset = move |_| weights.update(|w| *w = w.clone().with_entropy(dimension));
        let rows = dw
            .keys
            .iter()
            .zip(dw.entropy.iter())
            .zip(inputs.iter())
            .map(|((key, entropy), input)| {
                let input = *input;
                let name = atlas_core::measures::indicator(key)
                    .map_or_else(|| key.to_string(), |d| d.name(lang));
                view! {
                    <tr>
                        <th scope="row">{name.clone()}</th>
                        <td>{format!("{entropy:.3}")}</td>
                        <td>
                            <input
                                type="text"
                                inputmode="decimal"
                                size="6"
                                aria-label=format!("{name}")
                                prop:value=move || input.get()
                                on:input=move |ev| input.set(event_target_value(&ev))
                            />
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <fieldset class="weights">
                <legend>{dimension.name(lang)}</legend>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{mt.weight_columns[0]}</th>
                            <th scope="col">{mt.weight_columns[1]}</th>
                            <th scope="col">{mt.weight_columns[2]}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <div class="panel-actions">
                    <button class="small" on:click=apply>{mt.apply_weights}</button>
                    <button class="small" on:click=reset>{mt.entropy_weights_back}</button>
                </div>
                {move || error.get().map(|e| view! { <p class="notice-inline" role="alert">{e}</p> })}
            </fieldset>
        }
        .into_any()
    };
    view! {
        <h3 id="weights">{move || methods_texts(lang.get()).weights_heading}</h3>
        <p>{move || methods_texts(lang.get()).weights_intro}</p>
        {move || Dimension::ALL.into_iter().map(editor).collect_view()}
        {move || (weights.get() != WeightChoice::entropy()).then(|| view! {
            <p class="note">{methods_texts(lang.get()).own_weights_in_use}</p>
        })}
    }
}

/// How the "challenges" of a place profile are decided.
#[component]
fn ChallengeRules() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h4>{move || methods_texts(lang.get()).challenge_rules_heading}</h4>
        <ul>
            {move || atlas_core::profile::rules(lang.get()).into_iter().map(|(_, rule)| view! { <li>{rule}</li> }).collect_view()}
        </ul>
    }
}

/// The scenario model: the feedback loop, the levers with the paper's
/// figures, the assumptions with their ranges and reasons.
#[component]
fn ModelMethods() -> impl IntoView {
    let lang = use_lang();
    let levers = move || {
        let lang = lang.get();
        LEVERS
            .iter()
            .map(|l| {
                let paper = l
                    .paper
                    .map(|p| format!("“{}”（{}）", p.quote_zh, p.section))
                    .unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{l.name(lang)}</th>
                        <td>{l.family.name(lang)}</td>
                        <td>{format!("{} – {} {}", l.min, l.max, l.unit(lang))}</td>
                        <td>{format!("{}", l.on_value)}</td>
                        <td class="wrap">{l.effect(lang)}</td>
                        <td class="wrap">{paper}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let assumptions = move || {
        let lang = lang.get();
        ASSUMPTIONS
            .iter()
            .map(|a| {
                let basis = a.basis.label(lang);
                view! {
                    <tr>
                        <th scope="row">{a.name(lang)}</th>
                        <td>{format!("{} / {} / {} {}", a.low, a.central, a.high, a.unit(lang))}</td>
                        <td>{basis}</td>
                        <td class="wrap">{a.why(lang)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="model">{move || methods_texts(lang.get()).model_heading}</h3>
        <p>{move || methods_texts(lang.get()).model_intro}</p>
        <h4>{move || methods_texts(lang.get()).feedback_heading}</h4>
        <FeedbackDiagram />
        <p>{move || feedback::summary(lang.get())}</p>
        <h4>{move || methods_texts(lang.get()).levers_heading}</h4>
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || methods_texts(lang.get()).levers_heading>
            <table class="data-table methods-table">
                <thead>
                    <tr>
                        {move || {
                            let h = methods_texts(lang.get()).lever_columns;
                            h.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>{levers}</tbody>
            </table>
        </div>
        <h4>{move || methods_texts(lang.get()).assumptions_heading}</h4>
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || methods_texts(lang.get()).assumptions_label>
            <table class="data-table methods-table">
                <thead>
                    <tr>
                        {move || {
                            let h = methods_texts(lang.get()).assumption_columns;
                            h.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>{assumptions}</tbody>
            </table>
        </div>
    }
}

/// Chongqing is a province and a prefecture-level unit at once.
const CHONGQING: u32 = 500000;

/// How good is the baseline? The back-test's summary and every row, with
/// the pages the figures were read on. Computed once, when this section
/// first shows (it needs the prepared model and the full bundle).
#[component]
fn BacktestSection() -> impl IntoView {
    let lang = use_lang();
    // Computed once (400 draws of the fitted units), when the model's data
    // and the details are here.
    let cache = StoredValue::new(None::<Arc<Backtest>>);
    let result = move || {
        if let Some(b) = cache.get_value() {
            return Some(b);
        }
        let data = use_data();
        let prepared = data.prepared()?;
        let full = data.bundle_for(true)?;
        let b = Arc::new(backtest(&prepared, &full));
        cache.set_value(Some(b.clone()));
        Some(b)
    };
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
        let Some(bt) = result() else {
            out.push_str(&format!(
                "<p class=\"loading inline\" role=\"status\"><span class=\"spinner\"></span>{}</p>",
                esc(t.backtest_loading)
            ));
            return out;
        };
        let abs = |v: f64| pct(v, 2);
        let (held, fitted) = (bt.held_out, bt.fitted);
        let summary = backtest_summary(
            held.baseline.n,
            HELD_OUT_YEAR,
            &abs(held.baseline.median_abs),
            &abs(held.no_change.median_abs),
            &abs(held.trend.median_abs),
            lang,
        );
        let score_rows: Vec<Row> = [
            (held.baseline, fitted.baseline),
            (held.no_change, fitted.no_change),
            (held.trend, fitted.trend),
        ]
        .into_iter()
        .zip(t.backtest_forecasts)
        .map(|((h, f), name)| Row {
            head: name.into(),
            cells: [h.median_abs, h.max_abs, f.median_abs, f.max_abs]
                .map(|v| Cell::text(abs(v)))
                .into(),
            ..Row::default()
        })
        .collect();
        let in_band = backtest_in_band(
            &pct(held.in_band_share * 100.0, 0),
            held.baseline.n,
            &pct(fitted.in_band_share * 100.0, 0),
            fitted.baseline.n,
            lang,
        );
        let fmt = |v: f64| compared_text(v, lang);
        let rows: Vec<Row> = bt
            .rows
            .iter()
            .map(|r| {
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
            })
            .collect();
        let heads =
            backtest_score_columns(fit, HELD_OUT_YEAR, held.baseline.n, fitted.baseline.n, lang);
        let columns = t.backtest_columns.map(String::from);
        let scroller = |label: &str, table: String| {
            format!(
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{table}</div>",
                esc(label)
            )
        };
        out.push_str(&format!("<p>{}</p>", esc(&summary)));
        out.push_str(&scroller(
            t.backtest_scores_caption,
            table_html(
                "backtest-scores",
                Some(t.backtest_scores_caption),
                &heads,
                &score_rows,
                lang,
            ),
        ));
        out.push_str(&format!("<p>{}</p>", esc(&in_band)));
        out.push_str(&scroller(
            t.backtest_table_label,
            table_html("backtest-table", None, &columns, &rows, lang),
        ));
        out
    };
    view! { <div class="backtest-section" inner_html=html></div> }
}

#[component]
fn Limitations() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h3 id="limitations">{move || methods_texts(lang.get()).limitations_heading}</h3>
        <ul>
            {move || methods_texts(lang.get()).limitations.iter().map(|l| view! { <li>{*l}</li> }).collect_view()}
        </ul>
    }
}

/// Every source of the bundle with licence, citation and a link to the
/// exact commit it was taken from.
#[component]
pub fn SourceList() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let items = data
        .bundle
        .sources
        .iter()
        .map(|s| {
            let link = format!("{}/tree/{}", s.repository, s.commit);
            view! {
                <li>
                    <a href=link>{s.title.clone()}</a>
                    <br />
                    <span class="licence">{s.licence.clone()}</span>
                    " · "
                    <cite>{s.citation.clone()}</cite>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 id="sources">{move || texts(lang.get()).sources}</h3>
        <p>{move || texts(lang.get()).source_line}</p>
        <ul class="source-list">{items}</ul>
        <p class="note">{move || methods_texts(lang.get()).colours_note}</p>
    }
}

/// The footer on every view: the short source line, one click from the full
/// list.
#[component]
pub fn SourcesFooter() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    view! {
        <footer class="sources">
            <p>
                {move || texts(lang.get()).source_short}
                " · "
                <a href="./?view=methods#sources" on:click=move |ev| {
                    ev.prevent_default();
                    state.view.set(View::Methods);
                }>{move || texts(lang.get()).sources}</a>
            </p>
        </footer>
    }
}
