//! The reader's own weights for the shrinkage measures, per dimension: each
//! set is checked by the core before it replaces the entropy weights.

use crate::data::use_data;
use crate::i18n::methods::methods_texts;
use crate::state::use_lang;
use atlas_core::measures::{Dimension, WeightChoice};
use atlas_core::Lang;
use leptos::prelude::*;

/// The reader's own weights per dimension, replacing the entropy weights.
#[component]
pub(super) fn WeightEditor() -> impl IntoView {
    let lang = use_lang();
    let weights = use_data().weights;
    view! {
        <h3 id="weights">{move || methods_texts(lang.get()).weights_heading}</h3>
        <p>{move || methods_texts(lang.get()).weights_intro}</p>
        {Dimension::ALL.into_iter().map(|dimension| view! { <DimensionWeights dimension=dimension /> }).collect_view()}
        {move || (weights.get() != WeightChoice::entropy()).then(|| view! {
            <p class="note">{methods_texts(lang.get()).own_weights_in_use}</p>
        })}
    }
}

/// One dimension's weights: the entropy weight of each measure beside an
/// input for the reader's own, applied (if the core accepts them) or reset.
#[component]
fn DimensionWeights(dimension: Dimension) -> impl IntoView {
    let lang = use_lang();
    let weights = use_data().weights;
    move || {
        let lang = lang.get();
        let mt = methods_texts(lang);
        let m = use_data().measures()?;
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
            let Ok(values) = parsed else {
                error.set(Some(methods_texts(lang).enter_numbers.into()));
                return;
            };
            let candidate = weights.get_untracked().with_user(dimension, values);
            // Validate before applying: a bad set keeps the current weights.
            match m.prefecture.reweighted(&candidate) {
                Ok(_) => {
                    error.set(None);
                    weights.set(candidate);
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        };
        let reset = move |_| weights.update(|w| *w = w.clone().with_entropy(dimension));
        let rows = dw
            .keys
            .iter()
            .zip(dw.entropy.iter())
            .zip(inputs.iter())
            .map(|((key, entropy), input)| weight_row(key, *entropy, *input, lang))
            .collect_view();
        Some(view! {
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
        })
    }
}

/// A measure's name, its entropy weight and the reader's input.
fn weight_row(key: &str, entropy: f64, input: RwSignal<String>, lang: Lang) -> impl IntoView {
    let name =
        atlas_core::measures::indicator(key).map_or_else(|| key.to_string(), |d| d.name(lang));
    view! {
        <tr>
            <th scope="row">{name.clone()}</th>
            <td>{format!("{entropy:.3}")}</td>
            <td>
                <input
                    type="text"
                    inputmode="decimal"
                    size="6"
                    aria-label=name
                    prop:value=move || input.get()
                    on:input=move |ev| input.set(event_target_value(&ev))
                />
            </td>
        </tr>
    }
}
