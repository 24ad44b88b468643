//! The committed bundle, as the app loads it, for the real-data tests.

use atlas_core::bundle::Details;
use atlas_core::Bundle;

/// The core bundle with the details merged in (county figures included).
pub fn bundle() -> Bundle {
    let core = Bundle::from_json(include_str!("../../../../public/data/atlas.json"))
        .expect("bundle decodes");
    let details = Details::from_json(include_str!("../../../../public/data/details.json"))
        .expect("details decode");
    core.with_details(&details)
        .expect("details match the bundle")
}
