//! Shared set-up of the model benchmarks: the committed bundle, prepared
//! once. The benchmarks themselves are in `benches/model.rs`.

use atlas_core::model::PreparedData;
use atlas_core::{Bundle, Cohorts};

/// The real bundle (`public/data/`), prepared for the model.
pub fn prepared() -> PreparedData {
    let bundle = Bundle::from_json(include_str!("../../../public/data/atlas.json")).expect("bundle decodes");
    let cohorts = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).expect("cohorts decode");
    PreparedData::new(&bundle, &cohorts)
}
