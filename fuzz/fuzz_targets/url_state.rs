//! URL state: any bytes, read as a query string, give a state whose
//! canonical query reads back as the same state, without notices.

#![no_main]

use atlas_core::ViewState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (state, _) = ViewState::from_query(&query);
    let canonical = state.to_query();
    let (again, notices) = ViewState::from_query(&canonical);
    assert_eq!(again, state, "{query:?} -> {canonical:?}");
    assert!(notices.is_empty(), "{canonical:?} raised {notices:?}");
    assert_eq!(again.to_query(), canonical);
});
