//! # atlas-core
//!
//! The pure core of the Shrinkage Atlas of Southwest China: dataset types and
//! bundle decoding ([`bundle`]), shrinkage measures ([`change`]), the
//! indicator engine (sub-indices, composite, coupling coordination, ranks,
//! similar places: [`indicators`]), the view state carried in URLs
//! ([`url_state`]) and number formatting ([`format`]).
//! No web dependency: it is compiled and tested natively, and read by the
//! browser app, the data build and the command line alike.
//!
//! Data flow: `data/sources` -> `atlas-databuild` -> `public/data/atlas.json`
//! -> [`bundle::Bundle::from_json`] -> the app (`src/`).

pub mod bundle;
pub mod change;
pub mod format;
pub mod indicators;
pub mod url_state;

pub use bundle::{Bundle, BundleError, CensusFigures, Level, Unit};
pub use change::{change_pct, shrink_class, ShrinkClass};
pub use url_state::{Lang, Notice, ViewState};

#[cfg(test)]
pub(crate) mod test_support {
    use crate::bundle::{CensusFigures, Level, Unit};

    /// A prefecture with the given 2010 and 2020 populations and nothing else.
    pub fn unit_with_pops(p2010: u64, p2020: u64) -> Unit {
        Unit {
            code: 510000 + 100,
            name_zh: "测试".into(),
            province: 510000,
            level: Level::Prefecture,
            y2010: Some(CensusFigures { pop: Some(p2010), ..Default::default() }),
            y2020: CensusFigures { pop: Some(p2020), ..Default::default() },
        }
    }
}
