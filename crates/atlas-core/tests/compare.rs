//! Two places side by side on the real bundle: Chengdu (510100) against
//! Bazhong (511900).

mod common;
use common::bundle;

use atlas_core::profile::compare::{any_value, challenge_pairs, economy_rows, rows, Higher};
use atlas_core::profile::{ChallengeKind, CARDS, ECONOMY_CARDS};

#[test]
fn chengdu_against_bazhong() {
    let b = bundle();
    let (chengdu, bazhong) = (b.unit(510100).unwrap(), b.unit(511900).unwrap());
    let rows = rows(chengdu, bazhong);
    assert_eq!(rows.len(), CARDS.len() + 1);
    let pop = &rows[0];
    assert_eq!(pop.pair.a, chengdu.y2020.pop.map(|p| p as f64));
    assert_eq!(pop.pair.b, bazhong.y2020.pop.map(|p| p as f64));
    assert_eq!(pop.pair.higher, Higher::A);
    let by_key = |k: &str| rows.iter().find(|r| r.indicator.key == k).unwrap().pair;
    // Chengdu grew, Bazhong shrank; Bazhong is older.
    assert_eq!(by_key("pop_change").higher, Higher::A);
    assert_eq!(by_key("age60").higher, Higher::B);
    assert!(by_key("pop_change").difference.unwrap() > 50.0);

    let pairs = challenge_pairs(chengdu, bazhong, &b);
    assert_eq!(pairs.len(), 3);
    let population = pairs
        .iter()
        .find(|p| p.kind == ChallengeKind::Population)
        .unwrap();
    assert_eq!(population.applies_to(), (false, true));
}

#[test]
fn economy_rows_compare_only_what_the_source_covers() {
    let b = bundle();
    let (chengdu, bazhong) = (b.unit(510100).unwrap(), b.unit(511900).unwrap());
    let rows = economy_rows(chengdu, bazhong);
    assert_eq!(rows.len(), ECONOMY_CARDS.len());
    assert!(any_value(&rows));
    let gdp = rows.iter().find(|r| r.indicator.key == "gdp_2015").unwrap();
    // Chengdu's 2015 GDP: 10,801.16 亿元 (yuan in the bundle).
    assert!((gdp.pair.a.unwrap() - 1.080_116e12).abs() < 1e6);
    assert_eq!(gdp.pair.higher, Higher::A);

    // Liangshan is not covered: a row with one side missing compares nothing.
    let liangshan = b.unit(513400).unwrap();
    let rows = economy_rows(chengdu, liangshan);
    assert!(rows.iter().all(|r| r.pair.b.is_none()));
    assert!(rows.iter().all(|r| r.pair.higher == Higher::Unknown));
    let county = b.units_at(atlas_core::Level::County).next().unwrap();
    assert!(!any_value(&economy_rows(liangshan, county)));
}
