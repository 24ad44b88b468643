//! "Copy link": every view keeps its whole state in the query string
//! (`url.rs`), so the page's address is the link to share. It goes to the
//! clipboard, and the button says so for a moment; where the browser
//! refuses (no permission, or a page not served over https, which has no
//! clipboard), the browser's own dialog shows the link in a text field,
//! selected, to copy by hand (no code of ours for a rare case).

use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::url::page_url;
use leptos::prelude::*;
use std::time::Duration;

/// Puts `text` on the clipboard, then calls `done` with whether it got there
/// (boxed: one copy of the code for every caller).
pub fn copy_text(text: &str, done: Box<dyn FnOnce(bool)>) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .filter(|c| !c.is_undefined());
    let Some(clipboard) = clipboard else {
        return done(false);
    };
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Sets `flag` for three seconds (a confirmation's time on screen).
pub fn flash(flag: RwSignal<bool>) {
    flag.set(true);
    set_timeout(move || flag.set(false), Duration::from_secs(3));
}

/// The page shell's "copy link" button (not in embeds). Its label is a
/// live region, so the confirmation is also read out.
#[component]
pub fn ShareLink() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let link = page_url(&state.snapshot().to_query());
        copy_text(
            &link.clone(),
            Box::new(move |ok| match (ok, web_sys::window()) {
                (true, _) => flash(copied),
                (false, Some(w)) => {
                    let label = texts(lang.get_untracked()).link_field_label;
                    let _ = w.prompt_with_message_and_default(label, &link);
                }
                _ => {}
            }),
        )
    };
    view! {
        <button class="share no-print" aria-live="polite" on:click=copy>
            {move || {
                let t = texts(lang.get());
                if copied.get() { t.link_copied } else { t.copy_link }
            }}
        </button>
    }
}
