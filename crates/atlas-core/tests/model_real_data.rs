//! The projection model on the real bundle: the prefecture-vs-county gap,
//! facts a reader can check, the comparison and the command-line rows.

use atlas_core::model::compare::{compare, NamedScenario};
use atlas_core::model::report::{project_rows, scenario_list, ReportError};
use atlas_core::model::*;
use atlas_core::{Bundle, Cohorts, Level};
use std::sync::OnceLock;

fn prepared() -> &'static PreparedData {
    static P: OnceLock<PreparedData> = OnceLock::new();
    P.get_or_init(|| {
        let b = Bundle::from_files(
            include_str!("../../../public/data/atlas.json"),
            include_str!("../../../public/data/details.json"),
        )
        .unwrap();
        let c = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).unwrap();
        PreparedData::new(&b, &c)
    })
}

/// Gap (%) between the sum of a prefecture's county baselines and the
/// prefecture's own baseline, per prefecture, for 2030 and 2040.
fn county_sum_gaps(assumptions: Assumptions) -> Vec<(u32, f64, f64)> {
    let p = prepared();
    let out = run(
        p,
        &RunInputs {
            units: UnitSet::All,
            levers: vec![],
            assumptions,
            seed: 0,
            draws: 0,
        },
    );
    p.units
        .iter()
        .filter(|u| u.level == Level::Prefecture)
        .map(|pref| {
            let own = out
                .units
                .iter()
                .find(|r| r.level == Level::Prefecture && r.code == pref.code)
                .unwrap();
            let gap = |year| {
                let sum: f64 = out
                    .units
                    .iter()
                    .filter(|r| {
                        r.level == Level::County && p.units[r.unit_index].parent == Some(pref.code)
                    })
                    .map(|r| r.baseline.get(Output::Population, year))
                    .sum();
                let whole = own.baseline.get(Output::Population, year);
                (sum - whole) / whole * 100.0
            };
            (pref.code, gap(2030), gap(2040))
        })
        .collect()
}

fn max_and_median(mut v: Vec<f64>) -> (f64, f64) {
    v.iter_mut().for_each(|x| *x = x.abs());
    v.sort_by(f64::total_cmp);
    (
        v[v.len() - 1],
        (v[v.len() / 2] + v[(v.len() - 1) / 2]) / 2.0,
    )
}

/// The counties of every prefecture add up to the prefecture's baseline in
/// every year: the calibration rakes them with one yearly factor per
/// prefecture (`calibration::align_counties`). Before it, counties at their
/// prefecture's fitted level drifted up to 9.5 % from it by 2030
/// (Mianyang, level 1.7).
#[test]
fn prefecture_sum_of_county_baselines_matches_the_prefecture() {
    let gaps = county_sum_gaps(Assumptions::central());
    let (max30, _) = max_and_median(gaps.iter().map(|g| g.1).collect());
    let (max40, _) = max_and_median(gaps.iter().map(|g| g.2).collect());
    assert!(
        max30 < 1e-6 && max40 < 1e-6,
        "2030: {max30} %, 2040: {max40} %"
    );
    assert_eq!(gaps.len(), 54);
}

#[test]
fn baselines_a_reader_can_check() {
    let p = prepared();
    let out = run(
        p,
        &RunInputs::new(
            UnitSet::Level {
                level: Level::Prefecture,
            },
            vec![],
        ),
    );
    let pop = |code, year| {
        out.unit(code)
            .unwrap()
            .baseline
            .get(Output::Population, year)
    };
    // 2020 is the census.
    assert_eq!(pop(511900, 2020), 2_712_894.0);
    assert_eq!(pop(510100, 2020), 20_937_757.0);
    // Bazhong, the fastest-shrinking prefecture in 2010-2020 (-17.4 %),
    // keeps shrinking and ageing; Chengdu keeps growing.
    assert!(pop(511900, 2040) < pop(511900, 2030) && pop(511900, 2030) < pop(511900, 2020));
    let bazhong = &out.unit(511900).unwrap().baseline;
    assert!(bazhong.get(Output::Age60Share, 2040) > bazhong.get(Output::Age60Share, 2020));
    assert!(bazhong.shrink_class(2040).unwrap().is_shrinking());
    assert!(pop(510100, 2040) > pop(510100, 2020));
    // Every prefecture is projected.
    assert_eq!(out.units.len(), 54);
    assert!(out.skipped.is_empty());
}

#[test]
fn comparison_wedges_and_interaction_add_up_to_the_difference() {
    let p = prepared();
    let units = UnitSet::Province {
        province: 511900 / 10000 * 10000,
        level: Level::County,
    };
    let scenarios: Vec<NamedScenario> = [Preset::PeopleLed, Preset::Combined]
        .iter()
        .map(|p| NamedScenario {
            name: p.key().into(),
            levers: p.settings(),
        })
        .collect();
    let cmp = compare(p, &units, &scenarios, &Assumptions::central());
    assert_eq!(cmp.scenarios.len(), 2);
    for s in &cmp.scenarios {
        let sum_pop: f64 = s
            .wedges
            .iter()
            .map(|w| w.difference.population[20])
            .sum::<f64>()
            + s.interaction.population[20];
        assert!((sum_pop - s.difference.population[20]).abs() < 1e-6 * s.totals.population[20]);
        let sum_cost: f64 = s
            .wedges
            .iter()
            .map(|w| w.difference.cost_yuan[20])
            .sum::<f64>()
            + s.interaction.cost_yuan[20];
        assert!(
            (sum_cost - s.difference.cost_yuan[20]).abs() <= 1e-6 * s.totals.cost_yuan[20].max(1.0)
        );
        assert!(s.residents_retained_2040 > 0.0, "{}", s.name);
        let per = s.cost_per_resident_retained.unwrap();
        assert!((per - s.cumulative_cost_yuan / s.residents_retained_2040).abs() < 1e-6 * per);
    }
    assert_eq!(cmp.scenarios[0].wedges.len(), 5);
    assert_eq!(cmp.scenarios[1].wedges.len(), 12);
}

#[test]
fn command_line_rows() {
    let p = prepared();
    let by_code = project_rows(p, "511900", Preset::PeopleLed).unwrap();
    let by_name = project_rows(p, "巴中市", Preset::PeopleLed).unwrap();
    let by_en = project_rows(p, "bazhong", Preset::PeopleLed).unwrap();
    assert_eq!(by_code, by_name);
    assert_eq!(by_code, by_en);
    assert_eq!(by_code.rows.len(), 21);
    assert_eq!((by_code.rows[0].year, by_code.rows[20].year), (2020, 2040));
    assert_eq!(by_code.rows[0].cost_yuan, 0.0);
    assert!(by_code.rows[10].cost_yuan > 0.0);
    let json = serde_json::to_value(&by_code).unwrap();
    for key in [
        "year",
        "population",
        "working_age",
        "age60_share",
        "jobs_index",
        "cost_yuan",
    ] {
        assert!(json["rows"][5].get(key).is_some(), "{key}");
    }
    assert!(by_code.to_text().lines().count() == 23);
    assert!(matches!(
        project_rows(p, "540173", Preset::Baseline),
        Err(ReportError::NotProjected { .. })
    ));
    assert!(matches!(
        project_rows(p, "nowhere", Preset::Baseline),
        Err(ReportError::UnknownUnit(_))
    ));
    let list = scenario_list();
    assert_eq!(
        list.iter().map(|s| s.key).collect::<Vec<_>>(),
        ["baseline", "industry", "people", "space", "combined"]
    );
    assert!(serde_json::to_string(&list)
        .unwrap()
        .contains("skilled_post_subsidy"));
}

#[test]
fn projected_men_are_part_of_each_age_group() {
    // The pyramid of a projection needs the sexes apart.
    let out = run(
        prepared(),
        &RunInputs::new(
            UnitSet::Codes {
                codes: vec![511900],
            },
            vec![],
        ),
    );
    let s = &out.unit(511900).unwrap().baseline;
    for t in 0..YEARS {
        for g in 0..atlas_core::dataset::AGE_GROUPS {
            assert!(
                s.men[g][t] >= 0.0 && s.men[g][t] <= s.age_groups[g][t],
                "group {g}, year {t}"
            );
        }
        let men: f64 = s.men.iter().map(|g| g[t]).sum();
        let all = s.get(Output::Population, FIRST_YEAR + t as u32);
        // Bazhong: men are close to half (sex ratio near 100).
        assert!(
            (0.45..0.55).contains(&(men / all)),
            "year {t}: {men} of {all}"
        );
    }
}

/// No assumption is dead weight: under the combined package, set to its low
/// and then its high value (the others central), each one changes some
/// output of some unit of the region.
#[test]
fn every_assumption_changes_something() {
    let p = prepared();
    let levers = Preset::Combined.settings();
    let at = |assumptions: Assumptions| {
        run(
            p,
            &RunInputs {
                units: UnitSet::All,
                levers: levers.clone(),
                assumptions,
                seed: 0,
                draws: 0,
            },
        )
    };
    let dead: Vec<&str> = ASSUMPTIONS
        .iter()
        .filter(|d| {
            let (mut low, mut high) = (Assumptions::central(), Assumptions::central());
            low.0[d.key.index()] = d.low;
            high.0[d.key.index()] = d.high;
            at(low) == at(high)
        })
        .map(|d| d.key_str)
        .collect();
    assert!(dead.is_empty(), "assumptions that change nothing: {dead:?}");
}

/// The map's projected years: with no lever on they are the baseline; with
/// levers they are the scenario, which moves places (and never the census).
#[test]
fn the_map_shows_the_scenario_of_the_run_it_is_given() {
    use atlas_core::timeline::change_since_2010;
    let b = Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .unwrap();
    let p = prepared();
    let baseline = run(p, &RunInputs::new(UnitSet::All, vec![]));
    let levers = vec![LeverSetting::new(
        LeverKey::from_key("emerging_industry").unwrap(),
        1.0,
        Target::All,
    )];
    let scenario = run(p, &RunInputs::new(UnitSet::All, levers));
    let at = |year, out: &RunOutputs| {
        change_since_2010(year, b.units_at(Level::Prefecture), None, Some(out)).unwrap()
    };
    let (base, lever) = (at(2035, &baseline), at(2035, &scenario));
    assert_eq!(base.len(), 54);
    // The baseline run's scenario is its baseline.
    for (r, (code, v)) in baseline
        .units
        .iter()
        .zip(&base)
        .filter(|(r, _)| r.level == Level::Prefecture)
    {
        assert_eq!(r.code, *code);
        let p2010 = b
            .unit_at(Level::Prefecture, r.code)
            .unwrap()
            .y2010
            .as_ref()
            .and_then(|c| c.pop);
        if let (Some(v), Some(p2010)) = (v, p2010) {
            let from_baseline =
                (r.baseline.get(Output::Population, 2035) / p2010 as f64 - 1.0) * 100.0;
            assert!((v - from_baseline).abs() < 1e-9, "{code}");
        }
    }
    let moved = base
        .iter()
        .zip(&lever)
        .filter(|((_, a), (_, b))| matches!((a, b), (Some(a), Some(b)) if (a - b).abs() > 0.05))
        .count();
    assert!(moved > 10, "{moved} of 54 places moved by the lever");
    assert_eq!(at(2020, &scenario), at(2020, &baseline));
}
