//! Loading the data bundle that Trunk copies next to the app (`data/`).

use atlas_core::Bundle;
use std::sync::Arc;

/// Relative to the page, so the site works from any folder of a static host.
pub const BUNDLE_URL: &str = "data/atlas.json";

/// The state of the one-time bundle load.
#[derive(Clone)]
pub enum Load {
    Loading,
    Ready(Arc<Bundle>),
    /// A message for the reader (network failure, bad file).
    Failed(String),
}

/// Fetches and decodes the bundle.
pub async fn fetch_bundle() -> Result<Bundle, String> {
    let response = gloo::net::http::Request::get(BUNDLE_URL).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {} for {BUNDLE_URL}", response.status()));
    }
    let text = response.text().await.map_err(|e| e.to_string())?;
    Bundle::from_json(&text).map_err(|e| e.to_string())
}
