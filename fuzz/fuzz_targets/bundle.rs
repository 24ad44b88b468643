//! Bundle decoders: any bytes given to each of the four `from_json`
//! decoders, to `with_details` and to `from_files` give a value or an error,
//! never a panic; a decoded bundle splits and merges back to itself.

#![no_main]

use atlas_core::bundle::{Bundle, Cohorts, CountyShapes, Details};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// A small valid pair (two prefectures, four counties), the same as the
/// seeds `small-atlas.json` and `small-details.json`: fuzzed details are
/// merged into it and fuzzed bundles take its details.
fn fixed() -> &'static (Bundle, Details) {
    static FIXED: OnceLock<(Bundle, Details)> = OnceLock::new();
    FIXED.get_or_init(|| {
        let bundle = Bundle::from_json(include_str!("../corpus/bundle/small-atlas.json")).expect("seed bundle decodes");
        let details = Details::from_json(include_str!("../corpus/bundle/small-details.json")).expect("seed details decode");
        bundle.with_details(&details).expect("seed pair matches");
        (bundle, details)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (fixed_bundle, fixed_details) = fixed();
    if let Ok(bundle) = Bundle::from_json(&text) {
        let _ = bundle.with_details(fixed_details);
        let (core, details) = bundle.split_details();
        assert_eq!(core.with_details(&details).as_ref(), Ok(&bundle), "split and merge lose nothing");
    }
    if let Ok(details) = Details::from_json(&text) {
        let _ = fixed_bundle.with_details(&details);
    }
    let _ = Cohorts::from_json(&text);
    let _ = CountyShapes::from_json(&text);
    // Two files in one input: the bundle, a NUL (never in JSON), the details.
    if let Some((atlas, details)) = text.split_once('\0') {
        let _ = Bundle::from_files(atlas, details);
    }
});
