//! What a view shows around a file that loads when it is first needed: the
//! loading line while it is on its way (a `<Suspense>` fallback), the
//! reader's message with a retry button if it failed, the view once it is
//! here.

use crate::data::{LazyFile, UntypedFile};
use crate::i18n::{texts, Texts};
use crate::state::use_lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Which loading line to show (a field of the language table).
pub type LoadingText = fn(&'static Texts) -> &'static str;

/// The loading line: a spinner and what is loading.
#[component]
pub fn Loading(
    #[prop(default = |t| t.loading)] text: LoadingText,
    /// Inside a section rather than in place of a view.
    #[prop(default = false)]
    inline: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="loading" class:inline=inline role="status">
            <span class="spinner" aria-hidden="true"></span>
            {move || text(texts(lang.get()))}
        </p>
    }
}

/// The message for a file that could not be loaded; the button asks for it
/// again.
#[component]
pub fn LoadFailed(file: UntypedFile, message: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="load-error" role="alert">
            <p>{move || texts(lang.get()).load_failed} ": " {message}</p>
            <button class="link-button" on:click=move |_| file.want()>
                {move || texts(lang.get()).reload}
            </button>
        </div>
    }
}

/// `show(file)` once the file is here, the loading line (`text`) until
/// then, the failure message if it could not be loaded. Asks for the file.
///
/// Only the loading line and the failure are inside the `<Suspense>`; the
/// view is its sibling. A file read inside a Suspense's children holds the
/// whole Suspense while it loads, so a view that reads a second file (a
/// profile reading the cohorts, say) would otherwise vanish behind the
/// loading line until that one is here too.
pub fn with_file<T, V>(
    file: LazyFile<T>,
    text: LoadingText,
    inline: bool,
    show: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    file.want();
    view! {
        {loading_or_failure(file.untyped(), text, inline)}
        {move || file.get().map(&show)}
    }
}

/// The `<Suspense>` of [`with_file`]: not generic, so every file shares it.
fn loading_or_failure(file: UntypedFile, text: LoadingText, inline: bool) -> AnyView {
    let failed = move || {
        let message = file.failure()?;
        Some(view! { <LoadFailed file=file message=message /> })
    };
    view! {
        <Suspense fallback=move || view! { <Loading text=text inline=inline /> }>{failed}</Suspense>
    }
    .into_any()
}
