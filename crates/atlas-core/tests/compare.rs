//! Two places side by side on the real bundle: Chengdu (510100) against
//! Bazhong (511900).

mod common;
use common::bundle;

use atlas_core::profile::compare::{challenge_pairs, rows, Higher};
use atlas_core::profile::{ChallengeKind, CARDS};

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
