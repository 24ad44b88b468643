//! "Add your own data": a reader's CSV (unit code or name, a value) becomes
//! a map layer. The file never leaves the browser. A bad file gets a clear
//! message and the map keeps what it showed.

use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::catalogue::{self, USER_KEY};
use atlas_core::user_layer::{parse_user_csv, ImportError, ImportWarning, UnitNames, MAX_BYTES};
use atlas_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What the last upload did, kept typed and put in words when shown, so
/// switching the language rewords it.
#[derive(Clone)]
enum UploadMessage {
    Refused(ImportError),
    Unreadable,
    NotUtf8,
    Loaded {
        name: String,
        units: usize,
        warnings: Vec<ImportWarning>,
    },
}

impl UploadMessage {
    fn is_error(&self) -> bool {
        !matches!(self, UploadMessage::Loaded { .. })
    }

    fn text(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            UploadMessage::Refused(e) => e.message(lang),
            UploadMessage::Unreadable => t.upload_unreadable.to_string(),
            UploadMessage::NotUtf8 => t.upload_not_utf8.to_string(),
            UploadMessage::Loaded {
                name,
                units,
                warnings,
            } => {
                let summary = t
                    .upload_loaded
                    .replace("{name}", name)
                    .replace("{units}", &units.to_string());
                std::iter::once(summary)
                    .chain(warnings.iter().map(|w| w.message(lang)))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        }
    }
}

#[component]
pub fn UploadLayer() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let message = RwSignal::new(None::<UploadMessage>);
    let names = Arc::new(UnitNames::from_bundle(&data.bundle));
    let layer = data.user_layer;
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Too large: say so without reading it.
        if file.size() > MAX_BYTES as f64 {
            let e = ImportError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_BYTES,
            };
            message.set(Some(UploadMessage::Refused(e)));
            return;
        }
        let names = names.clone();
        let promise = file.text();
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(t) => t,
                None => {
                    message.set(Some(UploadMessage::Unreadable));
                    return;
                }
            };
            // `File.text()` decodes as UTF-8 and replaces what is not: a CSV
            // saved by Excel on Chinese Windows is usually GBK.
            if text.contains('\u{fffd}') {
                message.set(Some(UploadMessage::NotUtf8));
                return;
            }
            match parse_user_csv(&text, &|cell| names.resolve(cell)) {
                Ok(parsed) => {
                    message.set(Some(UploadMessage::Loaded {
                        name: parsed.name.clone(),
                        units: parsed.values.len(),
                        warnings: parsed.warnings.clone(),
                    }));
                    state.level.set(parsed.level);
                    layer.set(Some(Arc::new(parsed)));
                    state.indicator.set(Some(&catalogue::USER));
                }
                Err(e) => message.set(Some(UploadMessage::Refused(e))),
            }
        });
        // Let the same file be chosen again after a fix.
        input.set_value("");
    };
    let clear = move |_| {
        layer.set(None);
        message.set(None);
        if state
            .indicator
            .get_untracked()
            .is_some_and(|i| i.key == USER_KEY)
        {
            state.indicator.set(None);
        }
    };
    view! {
        <details class="upload">
            <summary>{move || texts(lang.get()).upload_summary}</summary>
            <p class="note">{move || texts(lang.get()).upload_note}</p>
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" on:change=on_change
                aria-label=move || texts(lang.get()).upload_choose />
            {move || layer.get().map(|_| view! {
                <button class="small" on:click=clear>{move || texts(lang.get()).upload_remove}</button>
            })}
            {move || message.get().map(|m| {
                let error = m.is_error();
                view! {
                    <p class=if error { "notice-inline" } else { "note" } role=if error { "alert" } else { "status" }>
                        {move || m.text(lang.get())}
                    </p>
                }
            })}
        </details>
    }
}
