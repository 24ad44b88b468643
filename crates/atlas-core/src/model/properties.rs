//! Properties of the model over the whole lever x assumption box, on the
//! synthetic region and on a sample of real units. Inputs come from a small
//! deterministic generator (SplitMix64), so every run sees the same cases
//! and a failure names a reproducible case number.

use super::assumptions::{Assumptions, ASSUMPTIONS, ASSUMPTION_COUNT};
use super::cohort_component::MALE;
use super::levers::{LeverKey, LeverSetting, Target, LEVERS};
use super::outputs::{Output, RunOutputs, Series, YEARS};
use super::prepared::{BorrowReason, CohortBasis, PreparedData};
use super::rng::SplitMix64;
use super::run::{run, RunInputs, UnitSet};
use super::synthetic;
use super::tiers::RoleTier;
use crate::bundle::{Bundle, Cohorts};
use crate::dataset::{Level, AGE_GROUPS};
use std::sync::OnceLock;

fn real() -> &'static PreparedData {
    static REAL: OnceLock<PreparedData> = OnceLock::new();
    REAL.get_or_init(|| {
        let b = Bundle::from_files(
            include_str!("../../../../public/data/atlas.json"),
            include_str!("../../../../public/data/details.json"),
        )
        .unwrap();
        let c = Cohorts::from_json(include_str!("../../../../public/data/cohorts.json")).unwrap();
        PreparedData::new(&b, &c)
    })
}

fn synthetic() -> &'static PreparedData {
    static SYN: OnceLock<PreparedData> = OnceLock::new();
    SYN.get_or_init(|| {
        let (b, c) = synthetic::region();
        PreparedData::new(&b, &c)
    })
}

/// Real units for the property runs: every prefecture, every county
/// without its own 2010 table, the fastest-growing and the smallest
/// counties, and every tenth other county.
fn real_sample() -> UnitSet {
    let p = real();
    let mut codes: Vec<u32> = p
        .units
        .iter()
        .enumerate()
        .filter(|(i, u)| {
            u.level == Level::Prefecture
                || u.basis != CohortBasis::Own
                || [530114, 510117, 520111, 540237, 540629].contains(&u.code)
                || i % 10 == 0
        })
        .map(|(_, u)| u.code)
        .collect();
    codes.sort();
    codes.dedup();
    UnitSet::Codes { codes }
}

const PROVINCES: [u32; 5] = [500000, 510000, 520000, 530000, 540000];

/// A random lever value on the lever's grid.
fn random_value(rng: &mut SplitMix64, lever: LeverKey) -> f64 {
    let d = lever.def();
    let steps = ((d.max - d.min) / d.step).round() as usize;
    d.min + rng.below(steps + 1) as f64 * d.step
}

fn random_target(rng: &mut SplitMix64, codes: &[u32]) -> Target {
    match rng.below(4) {
        0 => Target::All,
        1 => Target::Province(PROVINCES[rng.below(PROVINCES.len())]),
        2 => Target::Tier(RoleTier::ALL[rng.below(3)]),
        _ => Target::Unit(codes[rng.below(codes.len())]),
    }
}

/// Each lever on with probability one half, at a random value and target,
/// sometimes twice.
fn random_scenario(rng: &mut SplitMix64, codes: &[u32]) -> Vec<LeverSetting> {
    let mut out = Vec::new();
    for lever in LeverKey::ALL {
        while rng.unit() < 0.5 {
            out.push(LeverSetting::new(
                lever,
                random_value(rng, lever),
                random_target(rng, codes),
            ));
            if out.len() % 3 == 0 {
                break;
            }
        }
    }
    out
}

/// Corners (low or high) half of the time, otherwise uniform in the range.
fn random_assumptions(rng: &mut SplitMix64) -> Assumptions {
    Assumptions(std::array::from_fn(|i| {
        let d = &ASSUMPTIONS[i];
        match rng.below(4) {
            0 => d.low,
            1 => d.high,
            _ => d.low + rng.unit() * (d.high - d.low),
        }
    }))
}

fn codes_of(p: &PreparedData) -> Vec<u32> {
    p.units.iter().map(|u| u.code).collect()
}

fn check_series(s: &Series, what: &str) {
    for (r, row) in s.rows().enumerate() {
        for (t, x) in row.iter().enumerate() {
            assert!(x.is_finite() && *x >= 0.0, "{what}: row {r} year {t}: {x}");
        }
    }
    for t in 0..YEARS {
        let by_age: f64 = (0..AGE_GROUPS).map(|g| s.age_groups[g][t]).sum();
        assert_eq!(
            s.values[Output::Population.index()][t],
            by_age,
            "{what}: year {t}: population != sum of ages"
        );
    }
}

fn check_outputs(out: &RunOutputs, case: &str) {
    for u in &out.units {
        let what = format!("{case} unit {}", u.code);
        check_series(&u.scenario, &what);
        check_series(&u.baseline, &what);
        if let Some(b) = &u.bands {
            for (name, s) in [("p10", &b.p10), ("p50", &b.p50), ("p90", &b.p90)] {
                for row in &s.values {
                    assert!(
                        row.iter().all(|x| x.is_finite() && *x >= 0.0),
                        "{what} {name}"
                    );
                }
            }
            for (lo, (mid, hi)) in b
                .p10
                .values
                .iter()
                .zip(b.p50.values.iter().zip(&b.p90.values))
            {
                for t in 0..YEARS {
                    assert!(
                        lo[t] <= mid[t] && mid[t] <= hi[t],
                        "{what}: bands out of order"
                    );
                }
            }
        }
    }
}

#[test]
fn outputs_are_finite_non_negative_and_add_up_over_the_box() {
    let mut rng = SplitMix64::new(20_240_601);
    for (data, units, cases) in [
        (synthetic(), UnitSet::All, 150),
        (real(), real_sample(), 25),
    ] {
        let codes = codes_of(data);
        for case in 0..cases {
            let inputs = RunInputs {
                units: units.clone(),
                levers: random_scenario(&mut rng, &codes),
                assumptions: random_assumptions(&mut rng),
                seed: rng.next_u64(),
                draws: if case % 5 == 0 { 4 } else { 0 },
            };
            check_outputs(&run(data, &inputs), &format!("case {case}"));
        }
    }
}

#[test]
fn every_lever_at_its_extremes_with_every_assumption_at_its_corners() {
    let data = real();
    let units = real_sample();
    for assumptions in [
        Assumptions::low(),
        Assumptions::central(),
        Assumptions::high(),
    ] {
        for lever in LeverKey::ALL {
            for value in [lever.def().min, lever.def().max] {
                let inputs = RunInputs {
                    units: units.clone(),
                    levers: vec![LeverSetting::new(lever, value, Target::All)],
                    assumptions,
                    seed: 0,
                    draws: 0,
                };
                check_outputs(&run(data, &inputs), &format!("{lever:?} = {value}"));
            }
        }
    }
}

#[test]
fn all_levers_off_reproduces_the_baseline_exactly() {
    let mut rng = SplitMix64::new(7);
    for (data, units) in [(synthetic(), UnitSet::All), (real(), real_sample())] {
        for case in 0..10 {
            let assumptions = random_assumptions(&mut rng);
            // No setting, and settings that cover no unit of the run.
            let nowhere: Vec<LeverSetting> = LeverKey::ALL
                .iter()
                .filter(|l| **l != LeverKey::RoleDivision && **l != LeverKey::TalentParks)
                .map(|l| LeverSetting::new(*l, l.def().max, Target::Unit(999_999)))
                .collect();
            for levers in [Vec::new(), nowhere] {
                let out = run(
                    data,
                    &RunInputs {
                        units: units.clone(),
                        levers,
                        assumptions,
                        seed: 1,
                        draws: 0,
                    },
                );
                for u in &out.units {
                    assert_eq!(u.scenario, u.baseline, "case {case} unit {}", u.code);
                    assert!(u.scenario.values[Output::PolicyCostYuan.index()]
                        .iter()
                        .all(|c| *c == 0.0));
                }
            }
        }
    }
}

/// Working-age series of a run, per unit.
fn working_age(out: &RunOutputs) -> Vec<[f64; YEARS]> {
    out.units
        .iter()
        .map(|u| *u.scenario.series(Output::WorkingAge))
        .collect()
}

fn cost(out: &RunOutputs) -> Vec<[f64; YEARS]> {
    out.units
        .iter()
        .map(|u| *u.scenario.series(Output::PolicyCostYuan))
        .collect()
}

/// Runs the same scenario with one lever at two values.
fn pair(
    data: &PreparedData,
    units: &UnitSet,
    others: &[LeverSetting],
    lever: LeverKey,
    (weak, strong): (f64, f64),
    assumptions: Assumptions,
) -> (RunOutputs, RunOutputs) {
    let with = |v: f64| {
        let mut levers = others.to_vec();
        levers.push(LeverSetting::new(lever, v, Target::All));
        run(
            data,
            &RunInputs {
                units: units.clone(),
                levers,
                assumptions,
                seed: 0,
                draws: 0,
            },
        )
    };
    (with(weak), with(strong))
}

#[test]
fn more_retention_never_lowers_the_working_age_population() {
    let mut rng = SplitMix64::new(99);
    let retention = [
        LeverKey::SkilledPostSubsidy,
        LeverKey::TalentLossCap,
        LeverKey::VocationalMatch,
        LeverKey::ServiceAlliances,
    ];
    for (data, units, cases) in [(synthetic(), UnitSet::All, 60), (real(), real_sample(), 12)] {
        let codes = codes_of(data);
        for case in 0..cases {
            let lever = retention[case % retention.len()];
            let others: Vec<LeverSetting> = random_scenario(&mut rng, &codes)
                .into_iter()
                .filter(|s| s.lever != lever)
                .collect();
            let (a, b) = (random_value(&mut rng, lever), random_value(&mut rng, lever));
            // A lower cap is more retention.
            let (weak, strong) = if lever.def().larger_is_stronger {
                (a.min(b), a.max(b))
            } else {
                (a.max(b), a.min(b))
            };
            let assumptions = random_assumptions(&mut rng);
            let (w, s) = pair(data, &units, &others, lever, (weak, strong), assumptions);
            for (i, (lo, hi)) in working_age(&w).iter().zip(working_age(&s)).enumerate() {
                for t in 0..YEARS {
                    assert!(
                        hi[t] >= lo[t] * (1.0 - 1e-12),
                        "case {case}: {lever:?} {weak} -> {strong} lowers working age of unit {} in {}: {} < {}",
                        w.units[i].code,
                        2020 + t,
                        hi[t],
                        lo[t]
                    );
                }
            }
        }
    }
}

#[test]
fn a_larger_subsidy_never_costs_less() {
    let mut rng = SplitMix64::new(123);
    for (data, units, cases) in [(synthetic(), UnitSet::All, 60), (real(), real_sample(), 12)] {
        let codes = codes_of(data);
        for case in 0..cases {
            let others: Vec<LeverSetting> = random_scenario(&mut rng, &codes)
                .into_iter()
                .filter(|s| s.lever != LeverKey::SkilledPostSubsidy)
                .collect();
            let (a, b) = (
                random_value(&mut rng, LeverKey::SkilledPostSubsidy),
                random_value(&mut rng, LeverKey::SkilledPostSubsidy),
            );
            let assumptions = random_assumptions(&mut rng);
            let (w, s) = pair(
                data,
                &units,
                &others,
                LeverKey::SkilledPostSubsidy,
                (a.min(b), a.max(b)),
                assumptions,
            );
            for (i, (lo, hi)) in cost(&w).iter().zip(cost(&s)).enumerate() {
                for t in 0..YEARS {
                    assert!(
                        hi[t] >= lo[t] * (1.0 - 1e-12),
                        "case {case}: subsidy {} -> {} costs less in unit {} in {}",
                        a.min(b),
                        a.max(b),
                        w.units[i].code,
                        2020 + t
                    );
                }
            }
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_bands() {
    let data = real();
    let inputs = |seed| RunInputs {
        units: UnitSet::Codes {
            codes: vec![511900, 530114],
        },
        levers: super::presets::Preset::Combined.settings(),
        assumptions: Assumptions::central(),
        seed,
        draws: 40,
    };
    let (a, b, c) = (
        run(data, &inputs(5)),
        run(data, &inputs(5)),
        run(data, &inputs(6)),
    );
    for ((x, y), z) in a.units.iter().zip(&b.units).zip(&c.units) {
        assert_eq!(x.bands, y.bands);
        assert_ne!(x.bands, z.bands, "another seed, other bands");
        // The central run is inside its own band most of the time; at least
        // the band is not degenerate.
        let band = x.bands.as_ref().unwrap();
        assert!(band.p90.get(Output::Population, 2040) > band.p10.get(Output::Population, 2040));
    }
    // Reusing an output buffer gives the same result as a fresh run.
    let mut reused = run(data, &inputs(6));
    super::run::run_into(data, &inputs(5), &mut reused);
    assert_eq!(reused, a);
}

/// A buffer reused across scenarios keeps each unit's baseline only while
/// the assumptions stay the same, and every reused run equals a fresh one
/// to the last bit (the lab relies on both on every slider move).
#[test]
fn reused_baselines_equal_fresh_runs() {
    let data = real();
    let mut rng = SplitMix64::new(7);
    let codes = codes_of(data);
    let mut reused = RunOutputs::default();
    for case in 0..12 {
        let assumptions = if case % 4 == 3 {
            random_assumptions(&mut rng)
        } else {
            Assumptions::central()
        };
        let units = if case == 5 {
            UnitSet::Codes {
                codes: vec![511900],
            }
        } else {
            real_sample()
        };
        let inputs = RunInputs {
            units,
            levers: random_scenario(&mut rng, &codes),
            assumptions,
            seed: 0,
            draws: 0,
        };
        super::run::run_into(data, &inputs, &mut reused);
        assert_eq!(reused, run(data, &inputs), "case {case}");
    }
}

#[test]
fn cohort_component_by_hand_on_a_synthetic_unit() {
    let (bundle, cohorts) = synthetic::region();
    let data = PreparedData::new(&bundle, &cohorts);
    let c = cohorts.unit(Level::Prefecture, 511900).unwrap();
    let (p10, p20) = (c.y2010.as_ref().unwrap(), c.y2020.as_ref().unwrap());
    let b = data
        .unit_at(Level::Prefecture, 511900)
        .unwrap()
        .base
        .as_ref()
        .unwrap();
    // No reported figures in the synthetic bundle: the 2010-2020 rates go on.
    assert_eq!(
        (b.migration_level, b.migration_level_se, b.migration_shift),
        (1.0, 0.0, 0.0)
    );
    // The migration of men 15-19: the ratio men 20-24 (2020) / men 10-14
    // (2010) over ten years, less the national rate.
    let own = (p20.male[4] as f64 / p10.male[2] as f64).ln() / 10.0;
    assert!((b.migration[MALE][3] - (own - data.national_rates[MALE][3])).abs() < 1e-15);
    assert!(
        b.migration[MALE][3] < -0.03,
        "this unit lost young adults: {}",
        b.migration[MALE][3]
    );
    let out = run(
        &data,
        &RunInputs {
            units: UnitSet::Codes {
                codes: vec![511900],
            },
            levers: vec![],
            assumptions: Assumptions::central(),
            seed: 0,
            draws: 0,
        },
    );
    let s = &out.unit(511900).unwrap().baseline;
    // One year on, men 20-24 are four fifths of the men 20-24 of 2020 at
    // their group's rate and one fifth of the men 15-19 at theirs.
    let rate = |g: usize| (data.survival[MALE][g] + b.migration[MALE][g]).exp();
    let men_20_24 = 0.8 * p20.male[4] as f64 * rate(4) + 0.2 * p20.male[3] as f64 * rate(3);
    assert!(
        (s.men[4][1] - men_20_24).abs() < 1e-6,
        "{} vs {men_20_24}",
        s.men[4][1]
    );
    // Boys 0-4: four fifths stay, plus a year's births (births per woman x
    // the fertility factor x women 15-49) after half a year at the 0-4 rate.
    let women: f64 = p20.female[3..10].iter().map(|x| *x as f64).sum();
    let fertility =
        Assumptions::central().get(super::assumptions::AssumptionKey::FertilityAfter2020);
    let boys = b.births_per_woman * fertility * women * b.boys_share * rate(0).sqrt();
    let want = 0.8 * p20.male[0] as f64 * rate(0) + boys;
    assert!(
        (s.men[0][1] - want).abs() < 1e-6,
        "{} vs {want}",
        s.men[0][1]
    );
    // Totals are the sum of the groups every year.
    for t in 0..YEARS {
        let sum: f64 = (0..AGE_GROUPS).map(|g| s.age_groups[g][t]).sum();
        assert_eq!(sum, s.values[Output::Population.index()][t]);
    }
}

#[test]
fn units_without_tables_take_the_named_fallbacks() {
    let data = synthetic();
    let fallback = data.unit(511903).unwrap();
    assert_eq!(
        fallback.basis,
        CohortBasis::ParentMigration {
            parent: 511900,
            why: BorrowReason::NoComparable2010
        }
    );
    let parent = data.unit(511900).unwrap();
    assert_eq!(
        fallback.base.as_ref().unwrap().migration,
        parent.base.as_ref().unwrap().migration
    );
    let none = data.unit(511971).unwrap();
    assert!(matches!(none.basis, CohortBasis::NoProjection { .. }) && none.base.is_none());
    let out = run(data, &RunInputs::new(UnitSet::All, Vec::new()));
    assert_eq!(out.skipped.len(), 1);
    assert_eq!(out.skipped[0].code, 511971);
    assert!(!out.skipped[0].reason.text(crate::Lang::Zh).is_empty());
    assert!(out.unit(511971).is_none(), "never a zero series");
    // On the real data: 17 counties without a 2010 table and the 79 whose
    // territory may have changed borrow their prefecture's ratios; Dazi
    // Industrial Park (540173) is not projected.
    let real = real();
    let borrowed = |why| {
        real.units
            .iter()
            .filter(|u| matches!(u.basis, CohortBasis::ParentMigration { why: w, .. } if w == why))
            .count()
    };
    let none: Vec<u32> = real
        .units
        .iter()
        .filter(|u| matches!(u.basis, CohortBasis::NoProjection { .. }))
        .map(|u| u.code)
        .collect();
    assert_eq!(borrowed(BorrowReason::NoComparable2010), 17);
    assert_eq!(borrowed(BorrowReason::BoundaryChanged), 79);
    assert_eq!(none, vec![540173]);
}

#[test]
fn every_lever_moves_something_in_the_expected_direction() {
    // Each lever alone, at its "on" value, for all units, central
    // assumptions: what it must raise, summed over the prefectures.
    let data = real();
    let units = UnitSet::Level {
        level: Level::Prefecture,
    };
    let base = run(data, &RunInputs::new(units.clone(), Vec::new()));
    let sum = |out: &RunOutputs, o: Output| -> f64 {
        out.units
            .iter()
            .map(|u| {
                u.scenario.get(o, 2040)
                    * if o.key().starts_with("jobs") {
                        u.jobs_2020
                    } else {
                        1.0
                    }
            })
            .sum()
    };
    let cumulative_cost = |out: &RunOutputs| -> f64 {
        out.units
            .iter()
            .map(|u| {
                u.scenario
                    .series(Output::PolicyCostYuan)
                    .iter()
                    .sum::<f64>()
            })
            .sum()
    };
    for def in LEVERS.iter() {
        let out = run(
            data,
            &RunInputs::new(units.clone(), vec![LeverSetting::on(def.key)]),
        );
        assert!(cumulative_cost(&out) > 0.0, "{:?} costs nothing", def.key);
        let raised = match def.key {
            LeverKey::InfrastructureRepurpose => Output::InfrastructureUtilisationIndex,
            LeverKey::RoleDivision => {
                // Mianyang (a node) gains manufacturing, Chengdu (core) loses it.
                let m = |o: &RunOutputs, code| {
                    o.unit(code)
                        .unwrap()
                        .scenario
                        .get(Output::JobsManufacturing, 2040)
                };
                assert!(m(&out, 510700) > m(&base, 510700));
                assert!(m(&out, 510100) < m(&base, 510100));
                continue;
            }
            LeverKey::SkilledPostSubsidy
            | LeverKey::TalentLossCap
            | LeverKey::VocationalMatch
            | LeverKey::ServiceAlliances => Output::WorkingAge,
            _ => Output::JobsIndex,
        };
        assert!(
            sum(&out, raised) > sum(&base, raised),
            "{:?} does not raise {raised:?}",
            def.key
        );
    }
    let conversion = run(
        data,
        &RunInputs::new(units, vec![LeverSetting::on(LeverKey::LandConversion)]),
    );
    assert!(
        sum(&conversion, Output::HousingVacancyIndex) < sum(&base, Output::HousingVacancyIndex)
    );
}

#[test]
fn assumption_count_matches_the_table() {
    assert_eq!(ASSUMPTIONS.len(), ASSUMPTION_COUNT);
}

/// Turns of a series: changes of direction that reverse at least
/// `TURN_TOLERANCE` of the level since the last extreme. Smaller wiggles are
/// cohort echoes of small places, not turns: Amdo county in Nagqu
/// (540628, 56,200 residents) moves +36, -60, +122 and -116 persons
/// (0.06-0.22 %) as its uneven 2020 cohorts age through childbearing.
const TURN_TOLERANCE: f64 = 0.0025;

fn turns(series: &[f64]) -> usize {
    let (mut turns, mut direction, mut extreme) = (0, 0i8, series[0]);
    for &x in &series[1..] {
        let moved = (x - extreme) / extreme.abs().max(1.0);
        match direction {
            1 if x > extreme => extreme = x,
            -1 if x < extreme => extreme = x,
            _ if moved.abs() >= TURN_TOLERANCE => {
                if direction != 0 {
                    turns += 1;
                }
                direction = if moved > 0.0 { 1 } else { -1 };
                extreme = x;
            }
            _ => {}
        }
    }
    turns
}

#[test]
fn turns_by_hand() {
    assert_eq!(turns(&[100.0, 101.0, 102.0, 101.0, 100.0]), 1);
    assert_eq!(
        turns(&[100.0, 100.1, 100.0, 100.1, 100.0]),
        0,
        "wiggles under the tolerance"
    );
    assert_eq!(turns(&[100.0, 102.0, 100.0, 103.0]), 2);
}

#[test]
fn yearly_totals_turn_at_most_once() {
    // The decade steps with interpolation made totals sag mid-decade; the
    // yearly engine has one smooth path per unit: at most one turn, for
    // every unit, in the baseline and under every preset.
    let data = real();
    for preset in super::presets::Preset::ALL {
        let out = run(data, &RunInputs::new(UnitSet::All, preset.settings()));
        let mut worst = Vec::new();
        for u in &out.units {
            for (what, s) in [("baseline", &u.baseline), ("scenario", &u.scenario)] {
                let n = turns(s.series(Output::Population));
                if n > 1 {
                    worst.push((u.code, what, n));
                }
            }
        }
        assert!(
            worst.is_empty(),
            "{preset:?}: {} series turn more than once, e.g. {:?}",
            worst.len(),
            &worst[..worst.len().min(5)]
        );
    }
}

#[test]
fn the_central_run_lies_inside_its_own_band() {
    // For every unit, output and year, the central run is within its
    // 10-90 % band (bands come from the same model with the assumptions
    // drawn; the calibration draw is centred on the fit).
    let data = real();
    for preset in [
        super::presets::Preset::Baseline,
        super::presets::Preset::Combined,
    ] {
        let out = run(
            data,
            &RunInputs {
                units: UnitSet::All,
                levers: preset.settings(),
                assumptions: Assumptions::central(),
                seed: 2026,
                draws: 200,
            },
        );
        let mut outside = Vec::new();
        for u in &out.units {
            let band = u.bands.as_ref().unwrap();
            for o in Output::ALL {
                for t in 0..YEARS {
                    let (c, lo, hi) = (
                        u.scenario.values[o.index()][t],
                        band.p10.values[o.index()][t],
                        band.p90.values[o.index()][t],
                    );
                    if c < lo - 1e-9 * c.abs().max(1.0) || c > hi + 1e-9 * c.abs().max(1.0) {
                        outside.push((u.code, o.key(), t, c, lo, hi));
                    }
                }
            }
        }
        let mut codes: Vec<u32> = outside.iter().map(|o| o.0).collect();
        codes.dedup();
        assert!(
            outside.is_empty(),
            "{preset:?}: {} values outside in {codes:?}, e.g. {:?}",
            outside.len(),
            &outside[..outside.len().min(8)]
        );
    }
}
