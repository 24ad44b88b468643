//! Downloads made in the browser: CSV (UTF-8 with a byte-order mark, so
//! Excel opens Chinese text correctly), SVG, PNG.

use wasm_bindgen::JsCast;

/// Starts a download of `url` (a data: or blob: URL) as `file_name`.
pub fn download_data_url(url: &str, file_name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
    anchor.set_href(url);
    anchor.set_download(file_name);
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
        anchor.click();
        let _ = body.remove_child(&anchor);
    }
}

/// Starts a download of `text` with the given MIME type.
pub fn download_text(text: &str, mime: &str, file_name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_data_url(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// A CSV document: a header row and rows, quoted where needed, with a BOM.
pub fn csv(header: &[String], rows: &[Vec<String>]) -> String {
    // The core's quoting, so the web CSV and `atlas list --csv` agree.
    let quote = |cell: &String| atlas_core::catalogue::table::cell(cell);
    let line = |cells: &[String]| cells.iter().map(quote).collect::<Vec<_>>().join(",");
    let mut out = String::from('\u{feff}');
    out.push_str(&line(header));
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out
}

pub fn download_csv(header: &[String], rows: &[Vec<String>], file_name: &str) {
    download_text(&csv(header, rows), "text/csv", file_name);
}
