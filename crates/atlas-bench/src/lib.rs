//! Shared set-up of the model benchmarks: the committed bundle, prepared
//! once. The benchmarks themselves are in `benches/model.rs`.

use atlas_core::model::{run, PreparedData, RunInputs, UnitSet};
use atlas_core::{Bundle, Cohorts};

/// Units the model projects: 54 prefectures and 517 counties (540173 has no
/// age table). Checked, because a bundle without its details file would
/// leave most counties unprojected and the timings meaningless.
pub const PROJECTED_UNITS: usize = 571;

/// The real bundle (`public/data/`, both files), prepared for the model.
pub fn prepared() -> PreparedData {
    let bundle = Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .expect("bundle decodes");
    let cohorts = Cohorts::from_json(include_str!("../../../public/data/cohorts.json"))
        .expect("cohorts decode");
    let prepared = PreparedData::new(&bundle, &cohorts);
    let projected = run(&prepared, &RunInputs::new(UnitSet::All, Vec::new()))
        .units
        .len();
    assert_eq!(
        projected, PROJECTED_UNITS,
        "the benchmark must run on the whole region"
    );
    prepared
}
