//! The baseline's track record (issue "a projection with a track record"):
//! read from the committed bundle, whose reported figures are the committed
//! `data/sources/reported/reported_population.csv` (the data build's
//! freshness test keeps the two equal). Fails unless the calibrated
//! baseline meets every bar below and beats both naive forecasts.

use atlas_core::model::backtest::{backtest, Backtest, Role};
use atlas_core::model::calibration::FitSource;
use atlas_core::model::PreparedData;
use atlas_core::{Bundle, Cohorts};
use std::sync::OnceLock;

fn data() -> &'static (PreparedData, Backtest) {
    static D: OnceLock<(PreparedData, Backtest)> = OnceLock::new();
    D.get_or_init(|| {
        let b = Bundle::from_files(
            include_str!("../../../public/data/atlas.json"),
            include_str!("../../../public/data/details.json"),
        )
        .unwrap();
        let c = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).unwrap();
        let p = PreparedData::new(&b, &c);
        let bt = backtest(&p, &b);
        (p, bt)
    })
}

#[test]
fn the_reported_figures_are_all_in() {
    let (p, bt) = data();
    assert_eq!(p.reported.len(), 61, "rows of reported_population.csv");
    // Distinct figures: 61 rows less 4 pages that repeat a figure (Chongqing 2021 and 2022, Chengdu 2023, Yunnan 2023).
    assert_eq!(bt.rows.len(), 57);
    assert_eq!(bt.held_out_rows().len(), 11);
    // Every row keeps its pages (title and address).
    assert!(bt
        .rows
        .iter()
        .all(|r| !r.pages.is_empty() && r.pages.iter().all(|pg| !pg.url.is_empty())));
}

#[test]
fn provinces_match_their_2023_figures_within_one_per_cent() {
    let (_, bt) = data();
    let provinces: Vec<_> = bt
        .rows
        .iter()
        .filter(|r| r.province && r.year == 2023 && r.role == Role::Fitted)
        .collect();
    assert_eq!(
        provinces.len(),
        5,
        "Chongqing, Sichuan, Guizhou, Yunnan, Tibet"
    );
    for r in provinces {
        assert!(
            r.error_pct().abs() <= 1.0,
            "{} 2023: {:+.2} %",
            r.name_en,
            r.error_pct()
        );
    }
}

#[test]
fn held_out_2024_figures_are_met() {
    let (_, bt) = data();
    let held = &bt.held_out;
    println!("held out 2024: {held:?}");
    assert_eq!(held.baseline.n, 11);
    assert!(
        held.baseline.median_abs <= 2.0,
        "median {:.2} %",
        held.baseline.median_abs
    );
    assert!(
        held.baseline.max_abs <= 4.0,
        "max {:.2} %",
        held.baseline.max_abs
    );
    let bazhong = bt
        .held_out_rows()
        .into_iter()
        .find(|r| r.code == 511900)
        .unwrap();
    assert!(
        bazhong.error_pct().abs() <= 3.0,
        "Bazhong 2024 {:+.2} %",
        bazhong.error_pct()
    );
    // Better than "nothing changed" and than "the 2010s went on".
    assert!(held.baseline.median_abs < held.no_change.median_abs);
    assert!(held.baseline.median_abs < held.trend.median_abs);
    // The band holds most of what happened (the goal is 70 %).
    assert!(
        held.in_band_share >= 0.7,
        "{:.0} % in band",
        100.0 * held.in_band_share
    );
}

#[test]
fn nothing_of_2024_and_no_weak_source_is_fitted() {
    let (p, bt) = data();
    for fit in &p.calibration.fits {
        if let FitSource::Own { years } | FitSource::Province { years, .. } = &fit.source {
            assert!(
                years.iter().all(|y| (2021..=2023).contains(y)),
                "{} fits {years:?}",
                fit.code
            );
        }
    }
    // Tongren 2023 (a Q&A page), Dali 2023 (Wikipedia) and Tibet's 366.01
    // (measure not stated) are shown but not fitted.
    let weak: Vec<(u32, u32)> = bt
        .rows
        .iter()
        .filter(|r| r.role == Role::Weak)
        .map(|r| (r.code, r.year))
        .collect();
    assert_eq!(weak, vec![(520600, 2023), (532900, 2023), (540000, 2023)]);
    assert_eq!(p.calibration.excluded.len(), 3);
    // Tongren has no level of its own: it takes its province's.
    assert!(matches!(
        p.calibration.fit(520600).unwrap().source,
        FitSource::Province {
            province: 520000,
            ..
        }
    ));
}
