//! The page shell: loads the bundle, provides the state and data contexts,
//! keeps the URL in step, and shows the header, navigation, notices, the
//! current view and the footer (or, with `embed=1`, the embed frame).

use crate::components::loading::Loading;
use crate::components::share::ShareLink;
use crate::data::{fetch_bundle, Data, FileResult};
use crate::i18n::{notice, texts, view_name};
use crate::state::{use_app, use_lang, AppState};
use crate::url;
use crate::views;
use atlas_core::url_state::View;
use atlas_core::{Bundle, Notice, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// The app as mounted by `main`: reads the URL, fetches the bundle.
#[component]
pub fn App() -> impl IntoView {
    let (initial, notices) = url::read();
    let bundle = LocalResource::new(fetch_bundle);
    view! { <Atlas bundle=bundle initial=initial notices=notices sync_url=true /> }
}

/// The atlas for a given bundle load. Separate from [`App`] so browser
/// tests can mount it with a bundle they already hold.
#[component]
pub fn Atlas(
    bundle: LocalResource<FileResult<Bundle>>,
    initial: ViewState,
    notices: Vec<Notice>,
    /// Write the view state back to the address bar (off in tests).
    #[prop(default = false)]
    sync_url: bool,
) -> impl IntoView {
    let state = AppState::new(initial, notices);
    provide_context(state);
    let ready = move || bundle.get().and_then(Result::ok);

    // Once the data is here, drop units the dataset does not have.
    Effect::new(move |_| {
        if let Some(bundle) = ready() {
            let mut s = ViewState {
                unit: state.unit.get_untracked(),
                within: state.within.get_untracked(),
                with: state.with.get_untracked(),
                ..Default::default()
            };
            let dropped = s.resolve_units(|code| bundle.unit(code).is_some());
            if !dropped.is_empty() {
                state.unit.set(s.unit);
                state.within.set(s.within);
                state.with.set(s.with);
                state.add_notices(dropped);
            }
        }
    });
    if sync_url {
        Effect::new(move |_| {
            let snapshot = state.snapshot();
            if ready().is_some() {
                url::write(&snapshot);
            }
        });
    }
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.html_tag());
            }
            doc.set_title(texts(lang).title);
        }
    });

    // The loading line and a failure inside the Suspense, the atlas beside
    // it (see `components::loading::with_file` for why).
    let failed = move || {
        let message = bundle.get()?.err()?;
        Some(view! { <LoadError message=message /> })
    };
    let body = move || ready().map(|bundle| view! { <Loaded bundle=bundle /> });
    view! {
        <div class="atlas" class:embedded=move || state.embed.get()>
            <Suspense fallback=|| view! { <Loading /> }>{failed}</Suspense>
            {body}
        </div>
    }
}

#[component]
fn Loaded(bundle: Arc<Bundle>) -> impl IntoView {
    let data = Data::new(bundle);
    data.follow_link_weights(use_app().weights);
    provide_context(data);
    let state = use_app();
    move || {
        if state.embed.get() {
            view! { <Notices /> {views::chunk(views::chunks::embed)} }.into_any()
        } else {
            view! { <Page /> }.into_any()
        }
    }
}

#[component]
fn Page() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let toggle_lang = move |_| state.lang.update(|l| *l = l.other());
    let tab = move |view: View| {
        view! {
            <a
                href=move || AppState::link(&ViewState { view, ..state.snapshot() })
                class="tab"
                aria-current=move || (state.view.get() == view).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    state.view.set(view);
                }
            >
                {move || view_name(view, lang.get())}
            </a>
        }
    };
    view! {
        <a class="skip-link" href="#content">{move || texts(lang.get()).skip_to_content}</a>
        <header class="site-header">
            <div>
                <h1>{move || texts(lang.get()).title}</h1>
                <p class="subtitle">{move || texts(lang.get()).subtitle}</p>
            </div>
            <div class="header-actions">
                <ShareLink />
                <button class="lang-switch" on:click=toggle_lang aria-label=move || texts(lang.get()).switch_lang_label>
                    {move || texts(lang.get()).switch_lang}
                </button>
            </div>
        </header>
        <nav class="tabs" aria-label=move || texts(lang.get()).nav_label>
            {View::ALL.into_iter().map(tab).collect_view()}
        </nav>
        <Notices />
        <main id="content" tabindex="-1">{move || views::render(state.view.get())}</main>
        <views::methods::SourcesFooter />
    }
}

#[component]
fn Notices() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    move || {
        let list = state.notices.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice" role="alert">
                    <ul>{list.iter().map(|n| view! { <li>{notice(n, lang.get())}</li> }).collect_view()}</ul>
                    <button class="link-button" on:click=move |_| state.notices.set(Vec::new())>
                        {texts(lang.get()).dismiss}
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn LoadError(message: String) -> impl IntoView {
    let lang = use_lang();
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="load-error" role="alert">
            <p><strong>{move || texts(lang.get()).load_failed}</strong></p>
            <p class="detail">{message}</p>
            <button on:click=reload>{move || texts(lang.get()).reload}</button>
        </div>
    }
}
