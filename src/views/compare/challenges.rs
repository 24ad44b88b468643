//! The paper's three challenges for both places, each with its verdict
//! and the figures why.

use crate::i18n::texts;
use crate::state::use_lang;
use crate::units::display_name;
use atlas_core::profile::compare::challenge_pairs;
use atlas_core::profile::Challenge;
use atlas_core::{Bundle, Lang, Unit};
use leptos::prelude::*;
use std::sync::Arc;

fn side(c: &Challenge, unit: &Unit, key: &'static str, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let name = display_name(unit, lang);
    let reasons = c
        .findings
        .iter()
        .map(|f| view! { <li>{f.text(&name, lang)}</li> })
        .collect_view();
    view! {
        <div class="challenge-side" class:applies=c.applies data-side=key>
            <p>
                <span class="side-name">{name.clone()}</span>
                " "
                <span class="badge">{if c.applies { t.challenge_applies } else { t.challenge_not_evident }}</span>
            </p>
            <ul>{reasons}</ul>
        </div>
    }
}

#[component]
pub(super) fn ChallengesCompared(a: Unit, b: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let list = move || {
        let lang = lang.get();
        challenge_pairs(&a, &b, &bundle)
            .into_iter()
            .map(|pair| {
                view! {
                    <li data-challenge=pair.kind.key()>
                        <strong>{pair.kind.title(lang)}</strong>
                        <div class="challenge-pair">
                            {side(&pair.a, &a, "a", lang)}
                            {side(&pair.b, &b, "b", lang)}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="challenges compare-challenges">
            <h3>{move || texts(lang.get()).challenges_heading}</h3>
            <ul class="challenge-list">{list}</ul>
        </section>
    }
}
