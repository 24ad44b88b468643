//! Each lever's own contribution to the reader's scenario in 2040 (and
//! what they add up to together beyond their sum), after a pause.

use super::signed_persons;
use crate::charts::trend::AxisFormat;
use crate::charts::wedge::Wedges;
use crate::charts::{ChartCanvas, ChartSpec};
use crate::i18n::lab::lab_texts;
use crate::lab::use_lab;
use crate::state::use_lang;
use atlas_core::model::{LeverKey, Output};
use leptos::prelude::*;

#[component]
pub(super) fn WedgeSection() -> impl IntoView {
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
