//! Readers' CSV uploads: any bytes, read as text, give a layer that keeps
//! the documented promises or an error with a one-line message.

#![no_main]

use atlas_core::user_layer::{parse_user_csv, UnitNames};
use atlas_core::{Bundle, Lang};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Two prefectures and four counties of the real bundle (the bundle seed),
/// looked up the way the app looks them up.
fn names() -> &'static UnitNames {
    static NAMES: OnceLock<UnitNames> = OnceLock::new();
    NAMES.get_or_init(|| {
        let bundle = Bundle::from_json(include_str!("../corpus/bundle/small-atlas.json")).expect("seed bundle decodes");
        UnitNames::from_bundle(&bundle)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let names = names();
    match parse_user_csv(&text, &|cell| names.resolve(cell)) {
        Ok(layer) => {
            assert!(!layer.values.is_empty());
            let mut codes: Vec<u32> = layer.values.iter().map(|&(code, _)| code).collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), layer.values.len(), "codes are unique");
            for &(code, value) in &layer.values {
                assert!(value.is_finite());
                assert_eq!(names.resolve(&code.to_string()).map(|(_, level)| level), Some(layer.level));
            }
            for warning in &layer.warnings {
                for lang in [Lang::Zh, Lang::En] {
                    assert!(!warning.message(lang).contains('\n'));
                }
            }
        }
        Err(error) => {
            for lang in [Lang::Zh, Lang::En] {
                let message = error.message(lang);
                assert!(!message.is_empty() && !message.contains('\n'), "{message:?}");
            }
        }
    }
});
