//! "What drives this result": for the selected place, the reader's scenario
//! and the output on the chart, each assumption at its low and its high
//! value (the others where the reader put them), ranked by the swing it
//! makes in 2035 (`atlas_core::model::sensitivity`), as a tornado chart with
//! a table alternative. Computed once the reader pauses (56 runs of one
//! unit), never during a drag.

use super::results::Scope;
use super::{use_lab, user_settings};
use crate::charts::tornado::Tornado;
use crate::charts::trend::AxisFormat;
use crate::charts::{ChartCanvas, ChartSpec};
use crate::data::use_data;
use crate::i18n::lab::{drivers_chart_label, lab_texts};
use crate::state::{use_app, use_lang};
use atlas_core::model::sensitivity::{sensitivity, Sensitivity};
use atlas_core::model::Output;
use atlas_core::Lang;
use leptos::prelude::*;

/// The year the swings are read in.
pub const DRIVERS_YEAR: u32 = 2035;
/// Bars shown (the table lists every assumption).
const SHOWN: usize = 10;
fn axis(output: Output) -> AxisFormat {
    match output {
        Output::Population | Output::WorkingAge => AxisFormat::Persons,
        Output::PolicyCostYuan => AxisFormat::Yuan,
        Output::WorkingAgeShare | Output::Age60Share => AxisFormat::Percent,
        _ => AxisFormat::Index,
    }
}

fn value_text(v: f64, output: Output, lang: Lang) -> String {
    match axis(output) {
        AxisFormat::Persons => atlas_core::format::grouped(v.max(0.0).round() as u64),
        AxisFormat::Yuan => axis(output).format(v, lang),
        _ => format!("{v:.2}"),
    }
}

#[component]
pub fn DriversSection() -> impl IntoView {
    let lang = use_lang();
    let lab = use_lab();
    let state = use_app();
    // Recomputed when the reader has paused (the deferred pass is in) and
    // whenever the place, scenario, output or assumptions change.
    let result = Memo::new(move |_| -> Option<Sensitivity> {
        lab.deferred.get()?;
        let Scope::Unit(code) = lab.scope.get() else {
            return None;
        };
        let prepared = use_data().prepared()?;
        let levers = user_settings(&state.levers.get());
        sensitivity(
            &prepared,
            code,
            &levers,
            &lab.assumptions.get(),
            lab.output.get(),
            DRIVERS_YEAR,
        )
    });
    let name = move |key: atlas_core::model::AssumptionKey| key.def().name(lang.get()).to_string();
    let spec = Signal::derive(move || {
        let s = result.get()?;
        let bars: Vec<(String, f64, f64)> = s
            .moving()
            .take(SHOWN)
            .map(|w| (name(w.key), w.at_low, w.at_high))
            .collect();
        (!bars.is_empty()).then(|| {
            ChartSpec::Tornado(Tornado {
                bars,
                central: s.central,
                axis: axis(s.output),
                lang: lang.get(),
            })
        })
    });
    let label =
        Signal::derive(move || drivers_chart_label(lab.output.get(), DRIVERS_YEAR, lang.get()));
    let file = Signal::derive(|| "drivers".to_string());
    let note = move || {
        let t = lab_texts(lang.get());
        let text = match (lab.scope.get(), lab.deferred.get().is_some()) {
            (Scope::Region, _) => t.drivers_pick_place,
            (_, false) => t.drivers_pending,
            _ => return None,
        };
        Some(view! { <p class="note">{text}</p> })
    };
    view! {
        <section class="drivers" aria-labelledby="drivers-heading">
            <h3 id="drivers-heading">{move || lab_texts(lang.get()).drivers_heading}</h3>
            {note}
            <Show when=move || spec.get().is_some()>
                <ChartCanvas spec=spec height=300 file_name=file label=label />
            </Show>
            <DriversTable result=result />
        </section>
    }
}

/// Every assumption's swing as a table (the chart shows the largest).
#[component]
fn DriversTable(result: Memo<Option<Sensitivity>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let s = result.get()?;
        let lang = lang.get();
        let t = lab_texts(lang);
        let rows = s
            .swings
            .iter()
            .map(|w| {
                view! {
                    <tr data-assumption=w.key.key()>
                        <th scope="row">{w.key.def().name(lang).to_string()}</th>
                        <td>{w.basis.label(lang)}</td>
                        <td>{value_text(w.at_low, s.output, lang)}</td>
                        <td>{value_text(w.at_high, s.output, lang)}</td>
                        <td>{value_text(w.swing, s.output, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <details class="chart-table">
                <summary>{t.drivers_table_summary}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t.drivers_table_label>
                    <table class="data-table drivers-table">
                        <thead><tr>{t.drivers_table_head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        })
    }
}
