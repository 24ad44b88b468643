//! "Add your own data": a reader's CSV (unit code or name, a value) becomes
//! a map layer. The file never leaves the browser. A bad file gets a clear
//! message and the map keeps what it showed.

use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::catalogue::{self, USER_KEY};
use atlas_core::user_layer::{
    detect_encoding, parse_user_csv, DetectedEncoding, ImportError, ImportWarning, UnitNames,
    UserLayer, MAX_BYTES,
};
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
    /// A UTF-16 byte order mark (Excel's "Unicode Text").
    Utf16,
    /// Neither UTF-8 nor GB18030.
    UnknownEncoding,
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
            UploadMessage::Utf16 => t.upload_utf16.to_string(),
            UploadMessage::UnknownEncoding => t.upload_unknown_encoding.to_string(),
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

/// Which decoding gave an upload's text.
#[derive(Clone, Copy, PartialEq)]
enum ReadAs {
    Utf8,
    /// Excel's Chinese encoding, decoded by the browser.
    Gb18030,
}

/// The last upload's message and, once its bytes were decoded, how.
#[derive(Clone)]
struct UploadVerdict {
    message: UploadMessage,
    read_as: Option<ReadAs>,
}

impl UploadVerdict {
    /// A refusal before the bytes were decoded.
    fn undecoded(message: UploadMessage) -> Self {
        UploadVerdict {
            message,
            read_as: None,
        }
    }
}

/// Decodes GB18030 (which includes GBK) with the browser's own
/// `TextDecoder`, so that no decoding table ships in the WebAssembly.
/// `None` if the bytes are not GB18030 either (`fatal`: no replacement
/// characters) or the browser has no such decoder.
pub fn decode_gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    web_sys::TextDecoder::new_with_label_and_options("gb18030", &options)
        .ok()?
        .decode_with_u8_array(bytes)
        .ok()
}

/// The upload's text: UTF-8 as it is, a legacy Chinese encoding decoded as
/// GB18030; otherwise the message that refuses it.
fn decode_upload(bytes: &[u8]) -> Result<(String, ReadAs), UploadMessage> {
    match detect_encoding(bytes) {
        DetectedEncoding::Utf8(text) => Ok((text.to_string(), ReadAs::Utf8)),
        DetectedEncoding::Utf16 { .. } => Err(UploadMessage::Utf16),
        DetectedEncoding::LegacyChinese => decode_gb18030(bytes)
            .map(|text| (text, ReadAs::Gb18030))
            .ok_or(UploadMessage::UnknownEncoding),
    }
}

/// Reads an upload's bytes into a layer, or says why not.
fn read_upload(bytes: &[u8], names: &UnitNames) -> (UploadVerdict, Option<UserLayer>) {
    let (text, read_as) = match decode_upload(bytes) {
        Ok(decoded) => decoded,
        Err(message) => return (UploadVerdict::undecoded(message), None),
    };
    let verdict = |message| UploadVerdict {
        message,
        read_as: Some(read_as),
    };
    match parse_user_csv(&text, &|cell| names.resolve(cell)) {
        Ok(parsed) => {
            let message = UploadMessage::Loaded {
                name: parsed.name.clone(),
                units: parsed.values.len(),
                warnings: parsed.warnings.clone(),
            };
            (verdict(message), Some(parsed))
        }
        Err(e) => (verdict(UploadMessage::Refused(e)), None),
    }
}

/// Every byte of a chosen file, or `None` if the browser cannot read it.
async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The file input of a change event and the file chosen in it.
fn chosen_file(ev: &leptos::ev::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// "Add your own data": a closed panel whose contents (the file input, the
/// reading of the file and its messages) are a chunk of the WebAssembly
/// (docs/size.md), fetched when a reader first opens it.
#[component]
pub fn UploadLayer() -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let panel = crate::views::chunk_once(move || open.get(), upload_panel);
    // `toggle` fires however the panel opens (click, keyboard, script).
    let on_toggle = move |ev: leptos::ev::Event| {
        let opened = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|d| d.has_attribute("open"));
        open.set(opened);
    };
    view! {
        <details class="upload" on:toggle=on_toggle>
            <summary>{move || texts(lang.get()).upload_summary}</summary>
            {panel}
        </details>
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(upload, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn upload_panel() -> crate::views::Loaded {
    Ok(view! { <UploadPanel /> }.into_any())
}

/// The upload's note, file input, remove button and last message.
#[component]
fn UploadPanel() -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let verdict = RwSignal::new(None::<UploadVerdict>);
    let bundle = data.bundle.clone();
    let layer = data.user_layer;
    let on_change = move |ev: leptos::ev::Event| {
        let Some((input, file)) = chosen_file(&ev) else {
            return;
        };
        // Too large: say so without reading it.
        if file.size() > MAX_BYTES as f64 {
            let e = ImportError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_BYTES,
            };
            verdict.set(Some(UploadVerdict::undecoded(UploadMessage::Refused(e))));
            return;
        }
        let bundle = bundle.clone();
        leptos::task::spawn_local(async move {
            let Some(bytes) = file_bytes(&file).await else {
                verdict.set(Some(UploadVerdict::undecoded(UploadMessage::Unreadable)));
                return;
            };
            let (read, parsed) = read_upload(&bytes, &UnitNames::from_bundle(&bundle));
            verdict.set(Some(read));
            if let Some(parsed) = parsed {
                state.level.set(parsed.level);
                layer.set(Some(Arc::new(parsed)));
                state.indicator.set(Some(&catalogue::USER));
            }
        });
        // Let the same file be chosen again after a fix.
        input.set_value("");
    };
    let clear = move |_| {
        layer.set(None);
        verdict.set(None);
        if state
            .indicator
            .get_untracked()
            .is_some_and(|i| i.key == USER_KEY)
        {
            state.indicator.set(None);
        }
    };
    view! {
            <p class="note">{move || texts(lang.get()).upload_note}</p>
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" on:change=on_change
                aria-label=move || texts(lang.get()).upload_choose />
            {move || layer.get().map(|_| view! {
                <button class="small" on:click=clear>{move || texts(lang.get()).upload_remove}</button>
            })}
            {move || verdict.get().map(|v| view! { <UploadVerdictLines verdict=v /> })}
    }
}

/// The verdict in words: the message, then how the text was decoded when
/// it was not UTF-8 (so a reader whose names come out wrong knows why).
#[component]
fn UploadVerdictLines(verdict: UploadVerdict) -> impl IntoView {
    let lang = use_lang();
    let error = verdict.message.is_error();
    let message = verdict.message.clone();
    let encoding_note = (verdict.read_as == Some(ReadAs::Gb18030)).then(|| {
        view! { <p class="note encoding-note">{move || texts(lang.get()).upload_read_as_gb18030}</p> }
    });
    view! {
        <p class=if error { "notice-inline" } else { "note" } role=if error { "alert" } else { "status" }>
            {move || message.text(lang.get())}
        </p>
        {encoding_note}
    }
}
