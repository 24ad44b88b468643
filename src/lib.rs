//! # shrinkage-atlas (the browser app)
//!
//! A thin Leptos UI over `atlas-core`: it fetches the bundle, keeps the view
//! state in the URL, and draws the map, the unit panel and its chart. All
//! numbers come from the core; this crate only presents them.

pub mod app;
pub mod charts;
pub mod data;
pub mod i18n;
pub mod map;
pub mod panel;
pub mod url;

pub use app::App;
