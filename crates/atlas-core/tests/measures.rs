//! The shrinkage measures on the real bundle (`public/data/atlas.json`):
//! figures known from the sources, invariants every index must keep, and
//! the behaviour of user weights. Each test can fail on a wrong build or a
//! wrong formula.

use atlas_core::indicators::SubIndexError;
use atlas_core::measures::{
    compute, Dimension, LevelMeasures, WeightChoice, WeightError, INDICATORS, SIMILAR_COUNT,
};
use atlas_core::{Bundle, Level, ShrinkClass};
use std::collections::BTreeMap;

fn bundle() -> Bundle {
    Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .expect("bundle decodes")
}

fn measures(bundle: &Bundle, level: Level) -> LevelMeasures {
    compute(bundle, level, &WeightChoice::entropy()).expect("entropy weights always work")
}

fn shrinking(class: Option<ShrinkClass>) -> bool {
    class.is_some_and(ShrinkClass::is_shrinking)
}

#[test]
fn prefecture_shrinkage_counts_and_known_changes() {
    let b = bundle();
    let m = measures(&b, Level::Prefecture);
    assert_eq!(m.units().len(), 54);
    let shrank = |province: Option<u32>| {
        let units = m
            .units()
            .iter()
            .filter(|u| province.is_none_or(|p| u.province == p));
        let all: Vec<_> = units.collect();
        (
            all.iter().filter(|u| shrinking(u.demography.class)).count(),
            all.len(),
        )
    };
    assert_eq!(shrank(None), (24, 54));
    assert_eq!(shrank(Some(510000)), (13, 21), "Sichuan");
    assert_eq!(shrank(Some(530000)), (11, 16), "Yunnan");
    let pct = |code| {
        format!(
            "{:.1}",
            m.unit(code).unwrap().demography.change_pct.unwrap()
        )
    };
    assert_eq!(pct(511900), "-17.4", "Bazhong");
    assert_eq!(pct(511000), "-15.2", "Neijiang");
    assert_eq!(
        m.unit(511900).unwrap().demography.class,
        Some(ShrinkClass::Severe)
    );
    // Annualised: (1 - 0.174)^(1/10) - 1 is about -1.9 % a year.
    let annual = m.unit(511900).unwrap().demography.annualised_pct.unwrap();
    assert!((-1.95..-1.85).contains(&annual), "{annual}");
}

#[test]
fn shrinking_counties_per_province_of_comparable_ones() {
    let b = bundle();
    let m = measures(&b, Level::County);
    let mut per: BTreeMap<u32, (usize, usize, usize)> = BTreeMap::new();
    for u in m.units() {
        let entry = per.entry(u.province).or_default();
        entry.2 += 1;
        if u.demography.class.is_some() {
            entry.1 += 1;
            entry.0 += usize::from(shrinking(u.demography.class));
        }
    }
    // (shrank, with a comparable 2010 figure, all counties)
    let expected = BTreeMap::from([
        (500000, (13, 36, 38)),
        (510000, (105, 180, 186)),
        (520000, (25, 84, 88)),
        (530000, (90, 129, 129)),
        (540000, (11, 71, 77)),
    ]);
    assert_eq!(per, expected);
}

#[test]
fn county_spread_of_prefectures_adds_up() {
    let b = bundle();
    let m = measures(&b, Level::Prefecture);
    let spreads: Vec<_> = m
        .units()
        .iter()
        .map(|u| u.county_spread.expect("prefectures carry it"))
        .collect();
    assert_eq!(spreads.iter().map(|s| s.counties).sum::<u32>(), 518);
    assert_eq!(spreads.iter().map(|s| s.comparable).sum::<u32>(), 500);
    assert_eq!(spreads.iter().map(|s| s.shrinking).sum::<u32>(), 244);
    // Bazhong: 巴州区, 恩阳区 (new), 通江县, 南江县, 平昌县, 巴中经济开发区 (new).
    let bazhong = m.unit(511900).unwrap().county_spread.unwrap();
    assert_eq!(
        (bazhong.counties, bazhong.comparable, bazhong.without_2010()),
        (6, 4, 2)
    );
    assert_eq!(bazhong.shrinking, 4);
    // Shrinkage hidden in growth: some growing prefecture has shrinking counties.
    assert!(m
        .units()
        .iter()
        .any(|u| u.demography.class == Some(ShrinkClass::Growing)
            && u.county_spread.unwrap().shrinking > 0));
    let counties = measures(&b, Level::County);
    assert!(counties.units().iter().all(|u| u.county_spread.is_none()));
}

#[test]
fn outflow_registration_and_ageing_hand_checked_for_chongqing() {
    let b = bundle();
    let cq = measures(&b, Level::Prefecture)
        .unit(500000)
        .unwrap()
        .demography;
    // 2010: registered 33,149,845, resident 28,846,170.
    let outflow = (33_149_845.0 - 28_846_170.0) / 33_149_845.0 * 100.0;
    assert!((cq.outflow_2010_pct.unwrap() - outflow).abs() < 1e-9);
    assert!((12.9..13.0).contains(&outflow));
    assert_eq!(cq.registered_elsewhere_2020.other_province, Some(6.84));
    // 2020: 0-14 15.91 %, 65+ 17.08 %: 15-64 = 67.01 %, dependency 25.49.
    let dependency = cq.ageing.old_age_dependency.y2020.unwrap();
    assert!(
        (dependency - 17.08 / 67.01 * 100.0).abs() < 1e-9,
        "{dependency}"
    );
    // 60+ 17.42 % -> 21.87 %: +4.45 points; 15-59 65.58 % -> 62.22 %.
    assert!((cq.ageing.age_60_plus.change.unwrap() - 4.45).abs() < 1e-9);
    assert!((cq.ageing.working_age_15_59.change.unwrap() - (62.22 - 65.58)).abs() < 1e-9);
}

#[test]
fn every_index_is_within_0_and_1() {
    let b = bundle();
    for level in [Level::Prefecture, Level::County] {
        let m = measures(&b, level);
        for u in m.units() {
            let parts = Dimension::ALL.map(|d| u.index.get(d));
            for value in parts.iter().chain([&u.index.composite]).flatten() {
                assert!((0.0..=1.0).contains(value), "{} {:?}", u.code, u.index);
            }
            if let Some(k) = u.coupling {
                for v in [k.c, k.t, k.d] {
                    assert!((0.0..=1.0).contains(&v), "{} {k:?}", u.code);
                }
                assert!(
                    (k.t - u.index.composite.unwrap()).abs() < 1e-12,
                    "T is the composite"
                );
            }
            assert_eq!(
                u.coupling.is_some(),
                u.index.composite.is_some(),
                "{}",
                u.code
            );
            assert_eq!(
                u.index.composite.is_some(),
                parts.iter().all(Option::is_some),
                "{}",
                u.code
            );
        }
        // Every dimension spans its scale: TOPSIS puts someone at each end
        // unless the units do not differ.
        for d in Dimension::ALL {
            let scores: Vec<f64> = m.units().iter().filter_map(|u| u.index.get(d)).collect();
            let max = scores.iter().copied().fold(0.0, f64::max);
            assert!(max > 0.5, "{level:?} {d:?} max {max}");
        }
    }
}

#[test]
fn weights_sum_to_one_for_every_dimension_and_level() {
    let b = bundle();
    let user = WeightChoice::entropy().with_user(Dimension::Space, vec![1.0, 2.0, 3.0, 4.0, 5.0]);
    for level in [Level::Prefecture, Level::County] {
        for choice in [WeightChoice::entropy(), user.clone()] {
            let m = compute(&b, level, &choice).unwrap();
            for d in Dimension::ALL {
                let w = m.weights(d);
                assert_eq!(w.weights.len(), d.indicators().count());
                assert_eq!(w.keys, d.indicators().map(|i| i.key).collect::<Vec<_>>());
                for weights in [&w.weights, &w.entropy] {
                    assert!(
                        weights.iter().all(|x| *x >= 0.0),
                        "{level:?} {d:?} {weights:?}"
                    );
                    assert!(
                        (weights.iter().sum::<f64>() - 1.0).abs() < 1e-12,
                        "{level:?} {d:?}"
                    );
                }
            }
        }
    }
}

/// A deterministic shuffle (xorshift, Fisher-Yates), so a failure can be
/// reproduced without a random-number crate.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

#[test]
fn results_do_not_depend_on_the_order_of_units() {
    let b = bundle();
    for level in [Level::Prefecture, Level::County] {
        let reference = measures(&b, level);
        for seed in [1, 0x9E37_79B9_7F4A_7C15] {
            let mut shuffled = b.clone();
            shuffle(&mut shuffled.units, seed);
            assert_ne!(shuffled.units, b.units, "the shuffle must change the order");
            let again = measures(&shuffled, level);
            assert_eq!(again.units().len(), reference.units().len());
            for (a, r) in again.units().iter().zip(reference.units()) {
                assert_eq!(
                    a, r,
                    "{level:?} unit {} differs after shuffling (seed {seed})",
                    r.code
                );
            }
        }
    }
}

#[test]
fn ranks_follow_the_composite_within_province_and_region() {
    let b = bundle();
    for level in [Level::Prefecture, Level::County] {
        let m = measures(&b, level);
        let ranked = m.by_composite();
        assert_eq!(ranked[0].rank.region, Some(1));
        for pair in ranked.windows(2) {
            assert!(pair[0].rank.region <= pair[1].rank.region);
        }
        for u in m.units() {
            match u.rank.province {
                Some(r) => {
                    assert!(r >= 1 && r <= u.rank.province_of && r <= u.rank.region.unwrap())
                }
                None => assert!(u.index.composite.is_none() && u.rank.region.is_none()),
            }
            assert_eq!(u.rank.region_of as usize, ranked.len());
        }
    }
    // Chongqing is the only prefecture-level unit of its province.
    let cq = measures(&b, Level::Prefecture).unit(500000).unwrap().rank;
    assert_eq!((cq.province, cq.province_of), (Some(1), 1));
}

#[test]
fn similar_units_are_five_distinct_others_of_the_same_level() {
    let b = bundle();
    for level in [Level::Prefecture, Level::County] {
        let m = measures(&b, level);
        for u in m.units() {
            assert_eq!(u.similar.len(), SIMILAR_COUNT, "{}", u.code);
            let mut codes = u.similar.clone();
            codes.sort();
            codes.dedup();
            assert_eq!(codes.len(), SIMILAR_COUNT);
            assert!(!u.similar.contains(&u.code));
            assert!(u.similar.iter().all(|c| m.unit(*c).is_some()), "{}", u.code);
        }
    }
    // Chengdu's nearest prefectures include another provincial capital or
    // Chongqing: fast growth, inflow, services and education set them apart.
    let m = measures(&b, Level::Prefecture);
    let chengdu = &m.unit(510100).unwrap().similar;
    assert!(
        chengdu.iter().any(|c| [530100, 520100, 500000].contains(c)),
        "{chengdu:?}"
    );
}

#[test]
fn missing_sub_indices_are_the_units_without_inputs() {
    let b = bundle();
    let prefectures = measures(&b, Level::Prefecture);
    for d in Dimension::ALL {
        assert!(prefectures.missing(d).is_empty(), "{d:?}");
    }
    let counties = measures(&b, Level::County);
    let without_2010: Vec<u32> = counties
        .units()
        .iter()
        .filter(|u| u.demography.pop_2010.is_none())
        .map(|u| u.code)
        .collect();
    assert_eq!(without_2010.len(), 18);
    // Every dimension has a change indicator, so the 18 lack all three.
    for d in Dimension::ALL {
        let missing = counties.missing(d);
        assert!(without_2010.iter().all(|c| missing.contains(c)), "{d:?}");
    }
    assert_eq!(counties.missing(Dimension::Population), without_2010);
    assert_eq!(counties.missing(Dimension::Space), without_2010);
    // Industry also misses three counties without 2010 sectors and three
    // without a 2010 employment rate.
    let extra: Vec<u32> = counties
        .missing(Dimension::Industry)
        .into_iter()
        .filter(|c| !without_2010.contains(c))
        .collect();
    assert_eq!(extra, [510682, 513433, 532932, 533102, 533103, 540421]);
    assert_eq!(counties.missing_composite().len(), 24);
    // A missing value never leaks in as a number.
    let xuzhou = counties.unit(511504).unwrap();
    assert_eq!(xuzhou.indicator("pop_change"), None);
    assert!(xuzhou.indicator("age60_2020").is_some());
}

#[test]
fn user_weights_change_the_result_and_invalid_ones_are_rejected() {
    let b = bundle();
    let entropy = measures(&b, Level::Prefecture);
    // All of the industry weight on agriculture instead of mostly mining.
    let agriculture_only = WeightChoice::entropy()
        .with_user(Dimension::Industry, vec![0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]);
    let user = compute(&b, Level::Prefecture, &agriculture_only).unwrap();
    let w = user.weights(Dimension::Industry);
    assert_eq!(w.weights, [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]);
    assert_eq!(
        w.entropy,
        entropy.weights(Dimension::Industry).weights,
        "the default is still reported"
    );
    assert_eq!(
        user.weights(Dimension::Population),
        entropy.weights(Dimension::Population)
    );
    let changed = user
        .units()
        .iter()
        .zip(entropy.units())
        .filter(|(a, b)| a.index.industry != b.index.industry)
        .count();
    assert!(changed > 40, "{changed} industry indices changed");
    assert_ne!(user.by_composite()[0].code, entropy.by_composite()[0].code);
    assert_eq!(
        user.units()[0].index.population,
        entropy.units()[0].index.population
    );
    // With a single indicator, the sub-index is its min-max value: the
    // largest agricultural share scores 1.
    let top = user.units().iter().max_by(|a, b| {
        a.indicator("agriculture_2020")
            .unwrap()
            .total_cmp(&b.indicator("agriculture_2020").unwrap())
    });
    assert_eq!(top.unwrap().index.industry, Some(1.0));

    let reject = |d: Dimension, w: Vec<f64>| {
        compute(&b, Level::County, &WeightChoice::entropy().with_user(d, w)).unwrap_err()
    };
    assert_eq!(
        reject(Dimension::Population, vec![1.0; 5]),
        WeightError {
            dimension: Dimension::Population,
            error: SubIndexError::WeightCount {
                expected: 6,
                found: 5
            }
        }
    );
    assert_eq!(
        reject(Dimension::Space, vec![1.0, 1.0, -1.0, 1.0, 1.0]).error,
        SubIndexError::WeightNegative { indicator: 2 }
    );
    assert_eq!(
        reject(Dimension::Space, vec![1.0, f64::NAN, 1.0, 1.0, 1.0]).error,
        SubIndexError::WeightNotFinite { indicator: 1 }
    );
    assert_eq!(
        reject(Dimension::Industry, vec![0.0; 7]).error,
        SubIndexError::WeightsAllZero
    );
    assert_eq!(
        reject(Dimension::Industry, vec![0.0; 7]).to_string(),
        "industry weights: all weights are zero"
    );
}

#[test]
fn reweighting_equals_a_full_computation() {
    let b = bundle();
    let choice = WeightChoice::entropy()
        .with_user(Dimension::Population, vec![3.0, 1.0, 1.0, 1.0, 1.0, 1.0])
        .with_user(Dimension::Space, vec![1.0; 5]);
    for level in [Level::Prefecture, Level::County] {
        let base = measures(&b, level);
        assert_eq!(
            base.reweighted(&choice).unwrap(),
            compute(&b, level, &choice).unwrap()
        );
        assert_eq!(
            base.reweighted(&choice)
                .unwrap()
                .reweighted(&WeightChoice::entropy())
                .unwrap(),
            base
        );
        assert!(base
            .reweighted(&WeightChoice::entropy().with_user(Dimension::Space, vec![]))
            .is_err());
    }
}

#[test]
fn indicator_values_follow_their_definitions() {
    let b = bundle();
    let m = measures(&b, Level::Prefecture);
    let bazhong = m.unit(511900).unwrap();
    assert_eq!(bazhong.indicators.len(), INDICATORS.len());
    assert_eq!(
        bazhong.indicator("pop_change"),
        bazhong.demography.change_pct
    );
    assert_eq!(
        bazhong.indicator("outflow_2010"),
        bazhong.demography.outflow_2010_pct
    );
    assert_eq!(
        bazhong.indicator("age60_change"),
        bazhong.demography.ageing.age_60_plus.change
    );
    let unit = b.unit(511900).unwrap();
    let density = unit.y2020.pop.unwrap() as f64 / unit.area_km2.unwrap();
    assert!((bazhong.indicator("density_log_2020").unwrap() - density.log10()).abs() < 1e-12);
    assert_eq!(bazhong.indicator("no_such_indicator"), None);
}
