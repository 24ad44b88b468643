//! Properties of the model over the whole lever x assumption box, on the
//! synthetic region and on a sample of real units. Inputs come from a small
//! deterministic generator (SplitMix64), so every run sees the same cases
//! and a failure names a reproducible case number.

use super::assumptions::{Assumptions, ASSUMPTIONS, ASSUMPTION_COUNT};
use super::hamilton_perry::{FEMALE, MALE};
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
            out.push(LeverSetting::new(lever, random_value(rng, lever), random_target(rng, codes)));
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
        assert_eq!(s.values[Output::Population.index()][t], by_age, "{what}: year {t}: population != sum of ages");
    }
}

fn check_outputs(out: &RunOutputs, case: &str) {
    for u in &out.units {
        let what = format!("{case} unit {}", u.code);
        check_series(&u.scenario, &what);
        check_series(&u.baseline, &what);
        if let Some(b) = &u.bands {
            for (name, s) in [("p10", &b.p10), ("p50", &b.p50), ("p90", &b.p90)] {
                for row in s.rows() {
                    assert!(row.iter().all(|x| x.is_finite() && *x >= 0.0), "{what} {name}");
                }
            }
            for (lo, (mid, hi)) in b.p10.rows().zip(b.p50.rows().zip(b.p90.rows())) {
                for t in 0..YEARS {
                    assert!(lo[t] <= mid[t] && mid[t] <= hi[t], "{what}: bands out of order");
                }
            }
        }
    }
}

#[test]
fn outputs_are_finite_non_negative_and_add_up_over_the_box() {
    let mut rng = SplitMix64::new(20_240_601);
    for (data, units, cases) in [(synthetic(), UnitSet::All, 150), (real(), real_sample(), 25)] {
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
    for assumptions in [Assumptions::low(), Assumptions::central(), Assumptions::high()] {
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
                let out = run(data, &RunInputs { units: units.clone(), levers, assumptions, seed: 1, draws: 0 });
                for u in &out.units {
                    assert_eq!(u.scenario, u.baseline, "case {case} unit {}", u.code);
                    assert!(u.scenario.values[Output::PolicyCostYuan.index()].iter().all(|c| *c == 0.0));
                }
            }
        }
    }
}

/// Working-age series of a run, per unit.
fn working_age(out: &RunOutputs) -> Vec<[f64; YEARS]> {
    out.units.iter().map(|u| *u.scenario.series(Output::WorkingAge)).collect()
}

fn cost(out: &RunOutputs) -> Vec<[f64; YEARS]> {
    out.units.iter().map(|u| *u.scenario.series(Output::PolicyCostYuan)).collect()
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
        run(data, &RunInputs { units: units.clone(), levers, assumptions, seed: 0, draws: 0 })
    };
    (with(weak), with(strong))
}

#[test]
fn more_retention_never_lowers_the_working_age_population() {
    let mut rng = SplitMix64::new(99);
    let retention = [LeverKey::SkilledPostSubsidy, LeverKey::TalentLossCap, LeverKey::VocationalMatch, LeverKey::ServiceAlliances];
    for (data, units, cases) in [(synthetic(), UnitSet::All, 60), (real(), real_sample(), 12)] {
        let codes = codes_of(data);
        for case in 0..cases {
            let lever = retention[case % retention.len()];
            let others: Vec<LeverSetting> =
                random_scenario(&mut rng, &codes).into_iter().filter(|s| s.lever != lever).collect();
            let (a, b) = (random_value(&mut rng, lever), random_value(&mut rng, lever));
            // A lower cap is more retention.
            let (weak, strong) = if lever.def().larger_is_stronger { (a.min(b), a.max(b)) } else { (a.max(b), a.min(b)) };
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
            let (a, b) = (random_value(&mut rng, LeverKey::SkilledPostSubsidy), random_value(&mut rng, LeverKey::SkilledPostSubsidy));
            let assumptions = random_assumptions(&mut rng);
            let (w, s) = pair(data, &units, &others, LeverKey::SkilledPostSubsidy, (a.min(b), a.max(b)), assumptions);
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
        units: UnitSet::Codes { codes: vec![511900, 530114] },
        levers: super::presets::Preset::Combined.settings(),
        assumptions: Assumptions::central(),
        seed,
        draws: 40,
    };
    let (a, b, c) = (run(data, &inputs(5)), run(data, &inputs(5)), run(data, &inputs(6)));
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

#[test]
fn hamilton_perry_by_hand_on_a_synthetic_unit() {
    let (bundle, cohorts) = synthetic::region();
    let data = PreparedData::new(&bundle, &cohorts);
    let c = cohorts.unit(Level::Prefecture, 511900).unwrap();
    let (p10, p20) = (c.y2010.as_ref().unwrap(), c.y2020.as_ref().unwrap());
    // Pure Hamilton-Perry: migration persists, fertility as observed.
    let mut pure = Assumptions::central();
    pure.0[super::assumptions::AssumptionKey::MigrationPersistence.index()] = 1.0;
    pure.0[super::assumptions::AssumptionKey::ChildWomanRatioFactor.index()] = 1.0;
    let out = run(&data, &RunInputs { units: UnitSet::Codes { codes: vec![511900] }, levers: vec![], assumptions: pure, seed: 0, draws: 0 });
    let s = &out.unit(511900).unwrap().baseline;
    // Men 25-29 in 2030 = men 15-19 in 2020 x (men 25-29 in 2020 / men 15-19 in 2010).
    let ccr = p20.male[5] as f64 / p10.male[3] as f64;
    let expected_m = p20.male[3] as f64 * ccr;
    let ccr_f = p20.female[5] as f64 / p10.female[3] as f64;
    let expected = expected_m + p20.female[3] as f64 * ccr_f;
    assert!((s.age_groups[5][10] - expected).abs() < 1e-6, "{} vs {expected}", s.age_groups[5][10]);
    // 85+ in 2030 = (75-79 + 80-84 + 85+ in 2020) x (85+ 2020 / 75+ 2010), per sex.
    let open = |p20: &[u64; 18], p10: &[u64; 18]| {
        (p20[15] + p20[16] + p20[17]) as f64 * p20[17] as f64 / (p10[15] + p10[16] + p10[17]) as f64
    };
    let expected_open = open(&p20.male, &p10.male) + open(&p20.female, &p10.female);
    assert!((s.age_groups[17][10] - expected_open).abs() < 1e-6);
    // Children 0-4 in 2030 = CWR(2020) x women 15-49 in 2030.
    let women_2020: f64 = p20.female[3..10].iter().map(|x| *x as f64).sum();
    let cwr = (p20.male[0] + p20.female[0]) as f64 / women_2020;
    let b = data.unit_at(Level::Prefecture, 511900).unwrap().base.as_ref().unwrap();
    let women_2030: f64 = (3..10)
        .map(|g| {
            let fed = b.pop_2020[FEMALE][g - 2];
            fed * b.ccr[FEMALE][g]
        })
        .sum();
    assert!((s.age_groups[0][10] - cwr * women_2030).abs() < 1e-6);
    // 2025 is the geometric mean of 2020 and 2030, group by group.
    let m2025 = (p20.male[5] as f64 * (p20.male[3] as f64 * ccr)).sqrt();
    let f2025 = (p20.female[5] as f64 * (p20.female[3] as f64 * ccr_f)).sqrt();
    assert!((s.age_groups[5][5] - (m2025 + f2025)).abs() < 1e-6);
    // The migration component: CCR = national CCR x (1 + m).
    let m = b.log_migration[MALE][5].exp() - 1.0;
    assert!((data.national_ccr[MALE][5] * (1.0 + m) - b.ccr[MALE][5]).abs() < 1e-12);
    // This unit lost young adults (migration 0.6 in the synthetic data).
    assert!(m < -0.3, "{m}");
}

#[test]
fn units_without_tables_take_the_named_fallbacks() {
    let data = synthetic();
    let fallback = data.unit(511903).unwrap();
    assert_eq!(fallback.basis, CohortBasis::ParentMigration { parent: 511900, why: BorrowReason::NoComparable2010 });
    let parent = data.unit(511900).unwrap();
    assert_eq!(fallback.base.as_ref().unwrap().ccr, parent.base.as_ref().unwrap().ccr);
    let none = data.unit(511971).unwrap();
    assert!(matches!(none.basis, CohortBasis::NoProjection { .. }) && none.base.is_none());
    let out = run(data, &RunInputs::new(UnitSet::All, Vec::new()));
    assert_eq!(out.skipped.len(), 1);
    assert_eq!(out.skipped[0].code, 511971);
    assert!(!out.skipped[0].reason.is_empty());
    assert!(out.unit(511971).is_none(), "never a zero series");
    // On the real data: 17 counties without a 2010 table and the 79 whose
    // territory may have changed borrow their prefecture's ratios; Dazi
    // Industrial Park (540173) is not projected.
    let real = real();
    let borrowed = |why| {
        real.units.iter().filter(|u| matches!(u.basis, CohortBasis::ParentMigration { why: w, .. } if w == why)).count()
    };
    let none: Vec<u32> =
        real.units.iter().filter(|u| matches!(u.basis, CohortBasis::NoProjection { .. })).map(|u| u.code).collect();
    assert_eq!(borrowed(BorrowReason::NoComparable2010), 17);
    assert_eq!(borrowed(BorrowReason::BoundaryChanged), 79);
    assert_eq!(none, vec![540173]);
    assert!(real.empty_feeding_cells.is_empty());
}

#[test]
fn every_lever_moves_something_in_the_expected_direction() {
    // Each lever alone, at its "on" value, for all units, central
    // assumptions: what it must raise, summed over the prefectures.
    let data = real();
    let units = UnitSet::Level { level: Level::Prefecture };
    let base = run(data, &RunInputs::new(units.clone(), Vec::new()));
    let sum = |out: &RunOutputs, o: Output| -> f64 {
        out.units.iter().map(|u| u.scenario.get(o, 2040) * if o.key().starts_with("jobs") { u.jobs_2020 } else { 1.0 }).sum()
    };
    let cumulative_cost =
        |out: &RunOutputs| -> f64 { out.units.iter().map(|u| u.scenario.series(Output::PolicyCostYuan).iter().sum::<f64>()).sum() };
    for def in LEVERS.iter() {
        let out = run(data, &RunInputs::new(units.clone(), vec![LeverSetting::on(def.key)]));
        assert!(cumulative_cost(&out) > 0.0, "{:?} costs nothing", def.key);
        let raised = match def.key {
            LeverKey::InfrastructureRepurpose => Output::InfrastructureUtilisationIndex,
            LeverKey::RoleDivision => {
                // Mianyang (a node) gains manufacturing, Chengdu (core) loses it.
                let m = |o: &RunOutputs, code| o.unit(code).unwrap().scenario.get(Output::JobsManufacturing, 2040);
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
        assert!(sum(&out, raised) > sum(&base, raised), "{:?} does not raise {raised:?}", def.key);
    }
    let conversion = run(data, &RunInputs::new(units, vec![LeverSetting::on(LeverKey::LandConversion)]));
    assert!(sum(&conversion, Output::HousingVacancyIndex) < sum(&base, Output::HousingVacancyIndex));
}

#[test]
fn assumption_count_matches_the_table() {
    assert_eq!(ASSUMPTIONS.len(), ASSUMPTION_COUNT);
}
