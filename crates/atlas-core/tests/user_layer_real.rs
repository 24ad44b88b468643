//! Readers' CSV layers resolved against the real bundle: every code, and
//! every name that only one unit carries, finds its unit.

use atlas_core::user_layer::{parse_user_csv, UnitNames};
use atlas_core::{Bundle, Level};
use std::collections::HashMap;

fn bundle() -> Bundle {
    Bundle::from_json(include_str!("../../../public/data/atlas.json")).expect("bundle decodes")
}

#[test]
fn every_code_and_unshared_name_resolves() {
    let b = bundle();
    let names = UnitNames::from_bundle(&b);
    let mut zh_count: HashMap<&str, usize> = HashMap::new();
    for u in &b.units {
        *zh_count.entry(u.name_zh.as_str()).or_default() += 1;
    }
    for u in &b.units {
        assert_eq!(
            names.resolve(&u.code.to_string()),
            Some((u.code, u.level)),
            "{}",
            u.code
        );
        if zh_count[u.name_zh.as_str()] == 1 {
            assert_eq!(
                names.resolve(&u.name_zh),
                Some((u.code, u.level)),
                "{}",
                u.name_zh
            );
        } else {
            assert_eq!(names.resolve(&u.name_zh), None, "{} is shared", u.name_zh);
        }
    }
}

#[test]
fn a_prefecture_file_by_name_imports() {
    let b = bundle();
    let names = UnitNames::from_bundle(&b);
    let mut csv = String::from("\u{feff}城市,指标 (%)\r\n");
    for (i, u) in b.units_at(Level::Prefecture).enumerate() {
        csv.push_str(&format!("{},{}%\r\n", u.name_zh, i));
    }
    let layer = parse_user_csv(&csv, &|c| names.resolve(c)).expect("imports");
    assert_eq!(layer.level, Level::Prefecture);
    assert_eq!(layer.name, "指标 (%)");
    assert_eq!(layer.values.len(), b.units_at(Level::Prefecture).count());
    assert!(layer.warnings.is_empty());
}
