//! The place profile's decisions on the real bundle: headline, cards and
//! ranks, and the paper's three challenges.

mod common;
use common::bundle;

use atlas_core::catalogue::{Formula, OUTFLOW, POP_CHANGE};
use atlas_core::profile::challenges::PAPER_AGE60_SHARE;
use atlas_core::profile::{challenges, headline, ranks, rules, ChallengeKind, Finding, CARDS};
use atlas_core::{change_pct, Lang, Level};

#[test]
fn headline_of_a_shrinking_and_a_growing_place() {
    let b = bundle();
    let bazhong = b.unit(511900).unwrap();
    let zh = headline(bazhong, "巴中市", Lang::Zh);
    assert!(
        zh.contains("减少 17.4%") && zh.contains("属重度收缩"),
        "{zh}"
    );
    let en = headline(bazhong, "Bazhong", Lang::En);
    assert!(
        en.starts_with("Bazhong lost 17.4%") && en.ends_with("severe shrinkage."),
        "{en}"
    );
    let chengdu = b.unit(510100).unwrap();
    assert!(headline(chengdu, "Chengdu", Lang::En).starts_with("Chengdu gained 38.5%"));
}

#[test]
fn cards_are_census_indicators_with_ranks_among_units_with_data() {
    let b = bundle();
    for ind in CARDS {
        assert!(matches!(ind.formula, Formula::Figure(_)), "{}", ind.key);
    }
    let prefectures: Vec<_> = b.units_at(Level::Prefecture).collect();
    // The largest growth ranks first in the region; every rank is within its count.
    let best = prefectures
        .iter()
        .max_by(|a, c| change_pct(a).unwrap().total_cmp(&change_pct(c).unwrap()))
        .unwrap();
    let (_, region) = ranks(&POP_CHANGE, best, &b);
    assert_eq!(region.unwrap().rank, 1);
    assert_eq!(region.unwrap().of, 54);
    for u in &prefectures {
        let (province, region) = ranks(&OUTFLOW, u, &b);
        let (p, r) = (province.unwrap(), region.unwrap());
        assert!(p.rank as usize <= p.of && r.rank as usize <= r.of && p.of <= r.of);
    }
    // A county without a comparable 2010 figure has no rank on the change.
    let dazi = b.unit(540173).unwrap();
    assert_eq!(ranks(&POP_CHANGE, dazi, &b), (None, None));
}

#[test]
fn the_three_challenges_follow_their_rules() {
    let b = bundle();
    let mut applies = [0usize; 3];
    for u in b.units_at(Level::Prefecture) {
        let list = challenges(u, &b);
        assert_eq!(
            list.iter().map(|c| c.kind).collect::<Vec<_>>(),
            ChallengeKind::ALL.to_vec()
        );
        let lost = change_pct(u).is_some_and(|c| c < 0.0);
        let age60 = u.y2020.age_60_plus.unwrap();
        assert_eq!(
            list[0].applies,
            lost || age60 > PAPER_AGE60_SHARE,
            "{}",
            u.code
        );
        if let [Finding::KnowledgeServices {
            share: k,
            median: km,
        }, Finding::Mining {
            share: m,
            median: mm,
        }] = list[1].findings.as_slice()
        {
            assert_eq!(list[1].applies, k < km && m > mm);
        } else {
            panic!("{}: industry findings {:?}", u.code, list[1].findings);
        }
        let more_space = u.y2020.floor_area_per_person.unwrap()
            > u.y2010.as_ref().unwrap().floor_area_per_person.unwrap();
        assert_eq!(list[2].applies, lost && more_space, "{}", u.code);
        for (i, c) in list.iter().enumerate() {
            applies[i] += usize::from(c.applies);
            for f in &c.findings {
                assert!(!f.text("X", Lang::Zh).is_empty() && !f.text("X", Lang::En).is_empty());
            }
        }
    }
    // Each rule separates: some places meet it, some do not.
    for n in applies {
        assert!(n > 0 && n < 54, "{applies:?}");
    }
    let bazhong = challenges(b.unit(511900).unwrap(), &b);
    assert!(bazhong[0].applies);
    assert!(bazhong[0].findings[0]
        .text("巴中市", Lang::Zh)
        .contains("减少 17.4%"));
}

#[test]
fn the_methods_rules_quote_the_same_threshold() {
    for lang in [Lang::Zh, Lang::En] {
        let r = rules(lang);
        assert_eq!(r.len(), 3);
        assert!(r[0].1.contains(&PAPER_AGE60_SHARE.to_string()));
    }
}

#[test]
fn profile_projections_hold_their_band_and_sum_to_the_total() {
    use atlas_core::model::PreparedData;
    use atlas_core::profile::{baseline_age_sex, residents_with_band, PYRAMID_YEAR};
    use atlas_core::Cohorts;
    let b = bundle();
    let cohorts =
        Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).expect("cohorts");
    let prepared = PreparedData::new(&b, &cohorts);
    let band = residents_with_band(&prepared, 511900).unwrap().unwrap();
    assert_eq!(band.central.len(), 21);
    for t in 0..21 {
        assert!(
            band.p10[t] <= band.central[t] && band.central[t] <= band.p90[t],
            "{t}"
        );
    }
    let pyramid = baseline_age_sex(&prepared, 511900, PYRAMID_YEAR).unwrap();
    let total: f64 = pyramid.men.iter().chain(pyramid.women.iter()).sum();
    let t = (PYRAMID_YEAR - 2020) as usize;
    assert!(
        (total / band.central[t] - 1.0).abs() < 1e-9,
        "{total} vs {}",
        band.central[t]
    );
    let (m, w) = pyramid.shares().unwrap();
    assert!((m.iter().chain(w.iter()).sum::<f64>() - 100.0).abs() < 1e-9);
    assert!(baseline_age_sex(&prepared, 511900, 2050).is_none());
    // Dazi Industrial Park is not projected, and says why.
    assert!(residents_with_band(&prepared, 540173).unwrap().is_err());
}
