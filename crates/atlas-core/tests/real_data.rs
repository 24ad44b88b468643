//! Checks on the real bundle (`public/data/atlas.json`) against figures
//! known from the sources (data/sources/SHARED_SOURCES.md, section 3).

use atlas_core::{change_pct, shrink_class, Bundle, Level};

fn bundle() -> Bundle {
    Bundle::from_json(include_str!("../../../public/data/atlas.json")).expect("bundle decodes")
}

#[test]
fn has_the_54_prefecture_level_units_with_shapes() {
    let b = bundle();
    assert_eq!(b.units_at(Level::Prefecture).count(), 54);
    assert_eq!(b.map.regions.len(), 54);
    for unit in &b.units {
        assert!(b.map.regions.iter().any(|s| s.code == unit.code), "{} has no shape", unit.code);
    }
    let per_province: Vec<usize> =
        [500000, 510000, 520000, 530000, 540000].iter().map(|p| b.units.iter().filter(|u| u.province == *p).count()).collect();
    assert_eq!(per_province, vec![1, 21, 9, 16, 7]);
}

#[test]
fn known_2020_populations() {
    let b = bundle();
    assert_eq!(b.unit(510100).unwrap().y2020.pop, Some(20_937_757), "Chengdu");
    assert_eq!(b.unit(500000).unwrap().y2020.pop, Some(32_054_159), "Chongqing");
}

#[test]
fn bazhong_lost_17_4_percent() {
    let b = bundle();
    let bazhong = b.unit(511900).unwrap();
    assert_eq!(bazhong.name_zh, "巴中市");
    assert_eq!(format!("{:.1}", change_pct(bazhong).unwrap()), "-17.4");
}

#[test]
fn twenty_four_of_54_units_shrank() {
    let b = bundle();
    let shrinking = b.units.iter().filter(|u| shrink_class(u).is_some_and(|c| c.is_shrinking())).count();
    assert_eq!(shrinking, 24);
}

#[test]
fn decoder_rejects_bad_input_with_a_message() {
    assert!(Bundle::from_json("").is_err());
    assert!(Bundle::from_json("{\"version\":1}").is_err());
    let mut text = include_str!("../../../public/data/atlas.json").replacen("\"version\":1", "\"version\":99", 1);
    assert!(matches!(Bundle::from_json(&text), Err(atlas_core::BundleError::Version { found: 99, .. })));
    text = include_str!("../../../public/data/atlas.json").replacen("\"code\":511900", "\"code\":511800", 1);
    assert!(matches!(Bundle::from_json(&text), Err(atlas_core::BundleError::Invalid(_))));
}
