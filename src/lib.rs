//! # shrinkage-atlas (the browser app)
//!
//! A thin Leptos UI over `atlas-core`: it fetches the bundle, keeps the view
//! state in the URL, and draws the views. All numbers come from the core or
//! the bundle; this crate only presents them.

pub mod app;
pub mod bench;
pub mod charts;
pub mod clock;
pub mod components;
pub mod data;
pub mod download;
pub mod embed;
pub mod errors;
pub mod i18n;

pub mod lab;
pub mod map;
pub mod offline;
pub mod state;
pub mod units;
pub mod url;
pub mod views;
pub mod worker;

pub use app::App;
