//! The page: header, URL notices, map with legend, unit panel, sources.

use crate::data::{fetch_bundle, Load};
use crate::i18n::{notice, texts};
use crate::map::{Legend, RegionMap};
use crate::panel::UnitPanel;
use crate::url;
use atlas_core::{Bundle, Lang, Notice, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// The app as mounted by `main`: reads the URL, fetches the bundle.
#[component]
pub fn App() -> impl IntoView {
    let (initial, notices) = url::read();
    let load = RwSignal::new(Load::Loading);
    leptos::task::spawn_local(async move {
        load.set(match fetch_bundle().await {
            Ok(bundle) => Load::Ready(Arc::new(bundle)),
            Err(message) => Load::Failed(message),
        });
    });
    view! { <Atlas load=load initial=initial notices=notices sync_url=true /> }
}

/// The atlas for a given load state. Separate from [`App`] so browser tests
/// can mount it with a bundle they already hold.
#[component]
pub fn Atlas(
    load: RwSignal<Load>,
    initial: ViewState,
    notices: Vec<Notice>,
    /// Write the view state back to the address bar (off in tests).
    #[prop(default = false)]
    sync_url: bool,
) -> impl IntoView {
    let lang = RwSignal::new(initial.lang);
    let selected = RwSignal::new(initial.unit);
    let notices = RwSignal::new(notices);
    let lang_signal: Signal<Lang> = lang.into();

    // Once the data is here, drop a unit the dataset does not have.
    Effect::new(move |_| {
        if let Load::Ready(bundle) = load.get() {
            let mut state = ViewState { unit: selected.get_untracked(), lang: lang.get_untracked() };
            if let Some(n) = state.resolve_unit(|code| bundle.unit(code).is_some()) {
                selected.set(None);
                notices.update(|list| list.push(n));
            }
        }
    });

    if sync_url {
        Effect::new(move |_| {
            let state = ViewState { unit: selected.get(), lang: lang.get() };
            if matches!(load.get(), Load::Ready(_)) {
                url::write(&state);
            }
        });
    }
    Effect::new(move |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", if lang.get() == Lang::Zh { "zh-CN" } else { "en" });
            }
            doc.set_title(texts(lang.get()).title);
        }
    });

    let toggle_lang = move |_| lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh });

    view! {
        <div class="atlas">
            <header class="site-header">
                <div>
                    <h1>{move || texts(lang.get()).title}</h1>
                    <p class="subtitle">{move || texts(lang.get()).subtitle}</p>
                </div>
                <button
                    class="lang-switch"
                    on:click=toggle_lang
                    aria-label=move || texts(lang.get()).switch_lang_label
                >
                    {move || texts(lang.get()).switch_lang}
                </button>
            </header>
            <Notices notices=notices lang=lang_signal />
            <main>
                {move || match load.get() {
                    Load::Loading => view! {
                        <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>{texts(lang.get()).loading}</p>
                    }.into_any(),
                    Load::Failed(message) => view! { <LoadError message=message lang=lang_signal /> }.into_any(),
                    Load::Ready(bundle) => view! { <Explorer bundle=bundle selected=selected lang=lang_signal /> }.into_any(),
                }}
            </main>
        </div>
    }
}

#[component]
fn Explorer(bundle: Arc<Bundle>, selected: RwSignal<Option<u32>>, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <div class="explorer">
            <div class="map-column">
                <RegionMap bundle=bundle.clone() selected=selected lang=lang />
                <Legend lang=lang />
            </div>
            <aside class="panel-column">
                <UnitPanel bundle=bundle.clone() selected=selected lang=lang />
            </aside>
        </div>
        <Sources bundle=bundle lang=lang />
    }
}

#[component]
fn Notices(notices: RwSignal<Vec<Notice>>, lang: Signal<Lang>) -> impl IntoView {
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice" role="alert">
                    <ul>{list.iter().map(|n| view! { <li>{notice(n, lang.get())}</li> }).collect_view()}</ul>
                    <button class="link-button" on:click=move |_| notices.set(Vec::new())>
                        {texts(lang.get()).dismiss}
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn LoadError(message: String, lang: Signal<Lang>) -> impl IntoView {
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

/// Every source with its licence and citation, one click from any view.
#[component]
fn Sources(bundle: Arc<Bundle>, lang: Signal<Lang>) -> impl IntoView {
    let items = bundle
        .sources
        .iter()
        .map(|s| {
            let link = format!("{}/tree/{}", s.repository, s.commit);
            view! {
                <li>
                    <a href=link>{s.title.clone()}</a>
                    {format!(" — {}. ", s.licence)}
                    <cite>{s.citation.clone()}</cite>
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="sources" id="sources">
            <details>
                <summary>{move || texts(lang.get()).sources}</summary>
                <p>{move || texts(lang.get()).source_line}</p>
                <ul>{items}</ul>
            </details>
        </footer>
    }
}
