//! Validation of the real bundle (`public/data/*.json`) against figures known
//! from the sources (data/sources/SHARED_SOURCES.md, section 3) and against
//! its own invariants. Each test can fail on a wrong build.

mod common;
use common::bundle;

use atlas_core::bundle::{Cohorts, CountyShapes, Details};
use atlas_core::dataset::{Comparability, NoMatchReason, AGE_GROUPS};
use atlas_core::{change_pct, shrink_class, Bundle, Lang, Level};
use std::collections::BTreeMap;

fn cohorts() -> Cohorts {
    Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).expect("cohorts decode")
}

fn county_shapes() -> CountyShapes {
    CountyShapes::from_json(include_str!("../../../public/data/counties-map.json"))
        .expect("county shapes decode")
}

const PROVINCES: [u32; 5] = [500000, 510000, 520000, 530000, 540000];

fn count_per_province(b: &Bundle, level: Level) -> Vec<usize> {
    PROVINCES
        .iter()
        .map(|p| b.units_at(level).filter(|u| u.province == *p).count())
        .collect()
}

#[test]
fn unit_counts_per_province_and_level() {
    let b = bundle();
    assert_eq!(
        count_per_province(&b, Level::Prefecture),
        vec![1, 21, 9, 16, 7]
    );
    // 518 county-level units of the 2020 county tabulation, including the
    // six development zones (tudigong, SHARED_SOURCES.md B).
    assert_eq!(
        count_per_province(&b, Level::County),
        vec![38, 186, 88, 129, 77]
    );
    for county in b.units_at(Level::County) {
        let parent = county.parent.expect("county has a parent");
        assert_eq!(
            b.unit_at(Level::Prefecture, parent).unwrap().province,
            county.province,
            "{}",
            county.code
        );
    }
}

#[test]
fn known_2020_populations() {
    let b = bundle();
    assert_eq!(
        b.unit_at(Level::Prefecture, 510100).unwrap().y2020.pop,
        Some(20_937_757),
        "Chengdu"
    );
    assert_eq!(
        b.unit_at(Level::Prefecture, 500000).unwrap().y2020.pop,
        Some(32_054_159),
        "Chongqing"
    );
}

#[test]
fn county_sums_equal_prefecture_totals_in_2020() {
    // Prefecture totals come from the leiii city file, county figures from
    // the tudigong tabulation: two sources, no exception.
    let b = bundle();
    for p in b.units_at(Level::Prefecture) {
        let sum: u64 = b.counties_of(p.code).map(|c| c.y2020.pop.unwrap()).sum();
        assert_eq!(Some(sum), p.y2020.pop, "{} {}", p.code, p.name_zh);
    }
}

#[test]
fn county_age_sex_sums_equal_prefecture_rows_in_2020() {
    // The yearbook's county rows against its own prefecture rows. Exception:
    // Lhasa, whose 达孜工业园区 (632 residents) has no yearbook row.
    let b = bundle();
    let c = cohorts();
    let mut exceptions = Vec::new();
    for p in b.units_at(Level::Prefecture) {
        let mut sum = atlas_core::AgeSex::zero();
        let mut complete = true;
        for county in b.counties_of(p.code) {
            match &c.unit(Level::County, county.code).unwrap().y2020 {
                Some(a) => sum.add(a),
                None => complete = false,
            }
        }
        let row = c
            .unit(Level::Prefecture, p.code)
            .unwrap()
            .y2020
            .as_ref()
            .unwrap();
        if !complete || &sum != row {
            exceptions.push((p.code, row.total() as i64 - sum.total() as i64));
        }
    }
    assert_eq!(exceptions, vec![(540100, 632)]);
}

#[test]
fn bazhong_and_neijiang_changes() {
    let b = bundle();
    let pct = |code| {
        format!(
            "{:.1}",
            change_pct(b.unit_at(Level::Prefecture, code).unwrap()).unwrap()
        )
    };
    assert_eq!(pct(511900), "-17.4");
    assert_eq!(pct(511000), "-15.2");
}

#[test]
fn twenty_four_of_54_prefecture_units_shrank() {
    let b = bundle();
    let shrinking = b
        .units_at(Level::Prefecture)
        .filter(|u| shrink_class(u).is_some_and(|c| c.is_shrinking()))
        .count();
    assert_eq!(shrinking, 24);
}

#[test]
fn age_shares_add_up() {
    let b = bundle();
    for u in &b.units {
        for y in [Some(&u.y2020), u.y2010.as_ref()].into_iter().flatten() {
            if let (Some(a), Some(c), Some(d)) = (y.age_0_14, y.age_15_59, y.age_60_plus) {
                assert!(
                    (a + c + d - 100.0).abs() < 0.05,
                    "{} {}: {a}+{c}+{d}",
                    u.code,
                    u.name_zh
                );
                assert!(y.age_65_plus.unwrap() <= d, "{}", u.code);
            }
        }
    }
}

#[test]
fn every_unit_has_a_shape_and_both_names() {
    let b = bundle();
    let shapes = county_shapes();
    let prefecture_shapes: Vec<u32> = b.map.prefectures.iter().map(|s| s.code).collect();
    let county_codes: Vec<u32> = shapes.counties.iter().map(|s| s.code).collect();
    for u in &b.units {
        assert!(
            !u.name_zh.is_empty() && !u.name_en.is_empty(),
            "{} lacks a name",
            u.code
        );
        assert!(
            u.name_en
                .chars()
                .all(|c| c.is_ascii() || c == 'ü' || c == 'ê'),
            "{}: {}",
            u.code,
            u.name_en
        );
        let has_shape = match u.level {
            Level::Prefecture => prefecture_shapes.contains(&u.code),
            Level::County => county_codes.contains(&u.code),
        };
        assert!(has_shape, "{} has no shape", u.code);
        assert!(
            u.area_km2.is_some_and(|a| a > 0.0),
            "{} has no area",
            u.code
        );
    }
    assert_eq!(b.map.provinces.len(), 5);
    for p in &b.provinces {
        assert!(!p.name_en.is_empty());
    }
}

#[test]
fn counties_without_comparable_2010_say_why_and_have_no_2010_figures() {
    let b = bundle();
    let mut without = 0;
    for u in b.units_at(Level::County) {
        match u
            .comparability
            .as_ref()
            .expect("counties carry comparability")
        {
            Comparability::Matched { .. } => {
                assert!(u.y2010.as_ref().and_then(|y| y.pop).is_some(), "{}", u.code)
            }
            Comparability::NoComparable2010 { reason } => {
                without += 1;
                // Worded in both languages; a boundary change names its
                // 2010 units.
                for lang in [Lang::Zh, Lang::En] {
                    assert!(!reason.text(lang).is_empty());
                }
                if let NoMatchReason::BoundaryChange { units_2010 } = reason {
                    assert!(!units_2010.is_empty(), "{}", u.code);
                }
                assert!(u.y2010.is_none(), "{} must not carry a 2010 figure", u.code);
                assert_eq!(change_pct(u), None);
            }
        }
    }
    // Matches the generated report data/reports/county_matching.md.
    assert_eq!(without, 518 - 500);
}

#[test]
fn national_totals_are_the_censuses() {
    // Sums of the 31 province rows: 2020 equals the 2020 yearbook's own
    // 全国 row; 2010 is the 6th census total for the 31 provinces.
    let c = cohorts();
    assert_eq!(c.national_2020.total(), 1_409_778_724);
    assert_eq!(c.national_2010.total(), 1_332_810_869);
    assert_eq!(c.national_2020.male.len(), AGE_GROUPS);
}

#[test]
fn shrinking_counties_per_province() {
    let b = bundle();
    let mut per: BTreeMap<u32, usize> = BTreeMap::new();
    for u in b.units_at(Level::County) {
        if shrink_class(u).is_some_and(|c| c.is_shrinking()) {
            *per.entry(u.province).or_default() += 1;
        }
    }
    // Every province has shrinking counties; Tibet's growth leaves few.
    assert!(per.len() >= 4, "{per:?}");
}

#[test]
fn decoder_rejects_bad_input_with_a_message() {
    assert!(Bundle::from_json("").is_err());
    assert!(Bundle::from_json("{\"version\":2}").is_err());
    let text = include_str!("../../../public/data/atlas.json");
    let wrong_version = text.replacen("\"version\":2", "\"version\":99", 1);
    assert!(matches!(
        Bundle::from_json(&wrong_version),
        Err(atlas_core::BundleError::Version { found: 99, .. })
    ));
    let duplicate = text.replacen("\"code\":510300", "\"code\":510100", 1);
    assert!(matches!(
        Bundle::from_json(&duplicate),
        Err(atlas_core::BundleError::Invalid(_))
    ));
}

#[test]
fn first_loaded_file_carries_only_headline_figures() {
    let core = Bundle::from_json(include_str!("../../../public/data/atlas.json")).unwrap();
    let chengdu = core.unit_at(Level::Prefecture, 510100).unwrap();
    assert_eq!(chengdu.y2020.pop, Some(20_937_757));
    assert!(chengdu.y2020.age_60_plus.is_some());
    assert!(chengdu.y2020.college_share.is_none() && chengdu.ghsl.is_none());
    assert!(bundle()
        .unit_at(Level::Prefecture, 510100)
        .unwrap()
        .y2020
        .college_share
        .is_some());
    // Counties: names and comparability first, figures with the details.
    let county = core.unit_at(Level::County, 511902).unwrap();
    assert_eq!(county.name_zh, "巴州区");
    assert!(county.y2020.pop.is_none() && county.y2010.is_some());
    assert!(
        core.unit_at(Level::County, 511504).unwrap().y2010.is_none(),
        "叙州区 has no comparable 2010"
    );
    assert_eq!(
        bundle().unit_at(Level::County, 511902).unwrap().y2020.pop,
        Some(651_534)
    );
}

#[test]
fn mismatched_details_are_rejected() {
    let core = Bundle::from_json(include_str!("../../../public/data/atlas.json")).unwrap();
    let mut details =
        Details::from_json(include_str!("../../../public/data/details.json")).unwrap();
    details.units.pop();
    assert!(core.with_details(&details).is_err());
}
