//! # atlas-core
//!
//! The pure core of the Shrinkage Atlas of Southwest China: the regional
//! dataset ([`dataset`]) with its economic figures ([`economy`]) and the files that carry it ([`bundle`]),
//! population change ([`change`]), the indicator engine (sub-indices,
//! composite, coupling coordination, ranks, similar places:
//! [`indicators`]), the shrinkage measures of every prefecture and county
//! built on it, with their methods text ([`measures`]), the projection and
//! policy model ([`model`]), the view state carried in URLs ([`url_state`])
//! number formatting ([`mod@format`]) and readers' own CSV layers
//! ([`user_layer`]). No web dependency: it is compiled
//! and tested natively, and read by the browser app, the data build and the
//! command line alike.
//!
//! Data flow: `data/sources` -> `atlas-databuild` -> `public/data/*.json`
//! -> [`bundle`] decoders -> the app (`src/`) and the `atlas` CLI.

pub mod bundle;
pub mod catalogue;
pub mod change;
pub mod classify;
pub mod dataset;
pub mod economy;
pub mod fold;
pub mod format;
pub mod geometry;
pub mod indicators;
pub mod measures;
pub mod model;
pub mod order;
pub mod profile;
pub mod relate;
pub mod timeline;
pub mod url_state;
pub mod user_layer;

pub use bundle::{Bundle, BundleError, Cohorts, CountyShapes};
pub use change::{change_pct, shrink_class, ShrinkClass};
pub use dataset::{AgeSex, Census, Level, Province, Unit};
pub use url_state::{Lang, Notice, ViewState};
pub use user_layer::{parse_user_csv, ImportError, ImportWarning, UnitNames, UserLayer};

#[cfg(test)]
pub(crate) mod test_support {
    use crate::dataset::{Census, Level, Unit};

    /// A prefecture with the given 2010 and 2020 populations and nothing else.
    pub fn unit_with_pops(p2010: u64, p2020: u64) -> Unit {
        Unit {
            code: 510100,
            name_zh: "测试".into(),
            name_en: "Test".into(),
            also_known_as: Vec::new(),
            level: Level::Prefecture,
            province: 510000,
            parent: None,
            area_km2: None,
            ghsl: None,
            y2010: Some(Census {
                pop: Some(p2010),
                ..Default::default()
            }),
            y2020: Census {
                pop: Some(p2020),
                ..Default::default()
            },
            comparability: None,
            boundary_caveat: false,
            economy: None,
        }
    }
}
