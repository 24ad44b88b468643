//! The place profile, what a citizen opens: find a place, read in plain
//! words what happened to it, its key indicators with ranks, its population
//! pyramid, which of the paper's challenges apply and why, and (for a
//! prefecture) its counties. One section per file; what they say is decided
//! in the core (`atlas_core::profile`).

mod cards;
mod counties;
mod economy;
mod measures;
mod pyramid;
mod trend;

pub use cards::PlaceCards;
pub use pyramid::PyramidSection;
pub use trend::TrendSection;

use crate::i18n::compare::compare_texts;
use crate::state::AppState;
use atlas_core::url_state::{EmbedChart, View};
use atlas_core::ViewState;

use cards::{Cards, Challenges};
use counties::CountyList;
use economy::EconomySection;
use measures::MeasuresSection;

use crate::components::embed_code::EmbedCode;
use crate::components::loading::with_file;
use crate::components::print::{PrintButton, PrintFooter};
use crate::components::search::PlaceSearch;
use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::{context_line, display_name};
use atlas_core::dataset::Comparability;
use atlas_core::profile;
use atlas_core::{Lang, Level, Unit};
use leptos::prelude::*;

#[component]
pub fn PlaceView() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let pick = Callback::new(move |code: u32| state.unit.set(Some(code)));
    let bundle = data.bundle.clone();
    let profile = move || {
        let code = state.unit.get()?;
        let found = bundle
            .unit_at(state.level.get(), code)
            .or(bundle.unit(code))?;
        // A county's figures come with the details file.
        Some(if found.level == Level::County {
            let level = found.level;
            with_file(
                use_data().full,
                |t| t.loading,
                false,
                move |full| {
                    let unit = full.unit_at(level, code)?.clone();
                    Some(view! { <Profile unit=unit /> })
                },
            )
            .into_any()
        } else {
            view! { <Profile unit=found.clone() /> }.into_any()
        })
    };
    view! {
        <section class="place-view">
            <h2 class="visually-hidden">{move || crate::i18n::view_name(atlas_core::url_state::View::Place, lang.get())}</h2>
            <PlaceSearch on_pick=pick />
            {move || state.unit.get().is_none().then(|| view! { <p class="intro">{texts(lang.get()).place_intro}</p> })}
            {profile}
        </section>
    }
}

/// The profile's opening sentence (decided in the core).
fn headline(unit: &Unit, lang: Lang) -> String {
    profile::headline(unit, &display_name(unit, lang), lang)
}

#[component]
fn Profile(unit: Unit) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let code = unit.code;
    let level = unit.level;
    let u = unit.clone();
    let title = move || display_name(&u, lang.get());
    let bundle = data.bundle.clone();
    let u = unit.clone();
    let context = move || context_line(&u, &bundle, lang.get());
    let u = unit.clone();
    let head = move || headline(&u, lang.get());
    let caveat = match (&unit.comparability, unit.boundary_caveat) {
        (Some(Comparability::NoComparable2010 { reason }), _) => Some(Some(reason.clone())),
        (_, true) => Some(None),
        _ => None,
    };
    let caveat_view = caveat.map(|reason| {
        view! {
            <p class="caveat" role="note">
                {move || {
                    let t = texts(lang.get());
                    match &reason {
                        None => t.boundary_caveat.to_string(),
                        Some(why) => format!("{}: {}", t.no_comparable_2010, why.text(lang.get())),
                    }
                }}
            </p>
        }
    });

    // Cards and challenges need the details file.
    let details = with_file(
        data.full,
        |t| t.loading,
        true,
        move |full| {
            let unit = full.unit_at(level, code)?.clone();
            Some(view! {
                <Cards unit=unit.clone() bundle=full.clone() />
                {(level == Level::Prefecture).then(|| view! { <EconomySection unit=unit.clone() bundle=full.clone() /> })}
                <MeasuresSection code=code level=level />
                <Challenges unit=unit bundle=full />
            })
        },
    );

    view! {
        <article class="profile" data-unit=code.to_string()>
            <header>
                <h2>{title}</h2>
                <p class="context">{context}</p>
                <p class="profile-actions no-print">
                    <CompareLink code=code with=None />
                    <PrintButton />
                </p>
            </header>
            <p class="headline" data-field="headline">{head}</p>
            {caveat_view}
            {details}
            <TrendSection unit=unit.clone() />
            <PyramidSection code=code level=level />
            {(level == Level::Prefecture).then(|| view! { <CountyList prefecture=code /> })}
            <EmbedCode charts=&[EmbedChart::Trend, EmbedChart::Pyramid, EmbedChart::Cards] />
            <PrintFooter />
        </article>
    }
}

/// A link to the compare view with `code` as the first place: "compare
/// with..." (no second place yet) or, with `with`, that place as the second.
#[component]
pub(super) fn CompareLink(code: u32, with: Option<u32>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let href = move || {
        AppState::link(&ViewState {
            view: View::Compare,
            unit: Some(code),
            with,
            ..state.snapshot()
        })
    };
    let open = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        state.unit.set(Some(code));
        state.with.set(with);
        state.view.set(View::Compare);
    };
    let text = move || {
        let ct = compare_texts(lang.get());
        if with.is_some() {
            ct.compare
        } else {
            ct.compare_with
        }
    };
    view! {
        <a class="compare-link" class:compare-with=with.is_none() href=href on:click=open data-with=with.map(|w| w.to_string())>
            {text}
        </a>
    }
}
