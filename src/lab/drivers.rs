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
    let name = move |key: atlas_core::model::AssumptionKey| {
        let d = key.def();
        (if lang.get() == Lang::Zh {
            d.name_zh
        } else {
            d.name_en
        })
        .to_string()
    };
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
    let label = Signal::derive(move || {
        let (_, zh, en, _, _) = lab.output.get().names();
        if lang.get() == Lang::Zh {
            format!(
                "哪些假设左右{DRIVERS_YEAR}年的{zh}：每个假设取低值（蓝）与高值（橙），其余不变"
            )
        } else {
            format!("What drives {en} in {DRIVERS_YEAR}: each assumption at its low (blue) and high (orange) value, the others unchanged")
        }
    });
    let file = Signal::derive(|| "drivers".to_string());
    let note = move || {
        let zh = lang.get() == Lang::Zh;
        let text = match (lab.scope.get(), lab.deferred.get().is_some()) {
            (Scope::Region, _) if zh => "选择一个地方（上方“范围”）即可看到左右其结果的假设。",
            (Scope::Region, _) => {
                "Pick a place (Scope, above) to see which assumptions drive its result."
            }
            (_, false) if zh => "停止拖动后计算…",
            (_, false) => "Computed once you pause…",
            _ => return None,
        };
        Some(view! { <p class="note">{text}</p> })
    };
    let table = move || {
        let s = result.get()?;
        let lang = lang.get();
        let zh = lang == Lang::Zh;
        let head = if zh {
            ["假设", "依据", "取低值时", "取高值时", "摆幅"]
        } else {
            ["Assumption", "Status", "At low", "At high", "Swing"]
        };
        Some(view! {
            <details class="chart-table">
                <summary>{if zh { "以表格查看（全部假设）" } else { "Show as a table (every assumption)" }}</summary>
                <div class="table-scroll" tabindex="0" aria-label=if zh { "假设的影响" } else { "Effect of each assumption" }>
                    <table class="data-table drivers-table">
                        <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {s.swings.iter().map(|w| view! {
                                <tr data-assumption=w.key.key()>
                                    <th scope="row">{name(w.key)}</th>
                                    <td>{w.basis.label(lang)}</td>
                                    <td>{value_text(w.at_low, s.output, lang)}</td>
                                    <td>{value_text(w.at_high, s.output, lang)}</td>
                                    <td>{value_text(w.swing, s.output, lang)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        })
    };
    view! {
        <section class="drivers" aria-labelledby="drivers-heading">
            <h3 id="drivers-heading">{move || if lang.get() == Lang::Zh { "什么左右这一结果" } else { "What drives this result" }}</h3>
            {note}
            <Show when=move || spec.get().is_some()>
                <ChartCanvas spec=spec height=300 file_name=file label=label />
            </Show>
            {table}
        </section>
    }
}
