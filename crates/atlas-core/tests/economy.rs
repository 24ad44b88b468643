//! The economy indicators on the committed bundle: the figures as the
//! source prints them, "no data" where it does not cover a unit, coverage
//! by province as SOURCES.md states it.

mod common;

use atlas_core::catalogue::{self, Source};
use atlas_core::dataset::Level;
use atlas_core::url_state::Year;
use atlas_core::Lang;

#[test]
fn chengdu_gdp_2015_is_the_yearbook_figure() {
    let bundle = common::bundle();
    let chengdu = bundle.unit(510100).unwrap();
    let gdp = catalogue::GDP_2015.of(chengdu, Year::Y2020).unwrap();
    assert_eq!(catalogue::GDP_2015.format(gdp, Lang::Zh), "10,801.16 亿元");
    assert_eq!(
        catalogue::GDP_2015.format(gdp, Lang::En),
        "1,080.1 billion yuan"
    );
    let chongqing = bundle.unit(500000).unwrap();
    let gdp = catalogue::GDP_2015.of(chongqing, Year::Y2020).unwrap();
    assert_eq!(catalogue::GDP_2015.format(gdp, Lang::Zh), "15,717.27 亿元");
}

#[test]
fn uncovered_units_have_no_figure_and_say_why() {
    let bundle = common::bundle();
    for code in [513400, 540200, 532900] {
        let unit = bundle.unit(code).unwrap();
        for ind in catalogue::INDICATORS
            .iter()
            .filter(|i| i.source == Source::Economy2015)
        {
            assert_eq!(ind.of(unit, Year::Y2020), None, "{code} {}", ind.key);
        }
    }
    assert_eq!(
        Source::Economy2015.missing(Lang::Zh),
        "无数据（来源未覆盖）"
    );
    // Counties have none either.
    assert!(bundle
        .units_at(Level::County)
        .all(|u| catalogue::GDP_PER_RESIDENT_2015
            .of(u, Year::Y2020)
            .is_none()));
}

#[test]
fn coverage_by_province_is_as_documented() {
    let bundle = common::bundle();
    let covered = |province: u32| {
        bundle
            .units_at(Level::Prefecture)
            .filter(|u| u.province == province)
            .filter(|u| catalogue::GDP_2015.of(u, Year::Y2020).is_some())
            .count()
    };
    // SOURCES.md section I: Sichuan 18/21, Chongqing 1/1, Guizhou 6/9,
    // Yunnan 8/16, Tibet 1/7.
    assert_eq!(
        [510000, 500000, 520000, 530000, 540000].map(covered),
        [18, 1, 6, 8, 1]
    );
}

#[test]
fn per_resident_figures_use_2015_boundaries() {
    let bundle = common::bundle();
    let e = |code| {
        bundle
            .unit(code)
            .unwrap()
            .economy
            .clone()
            .unwrap()
            .y2015
            .unwrap()
    };
    let (chengdu, ziyang) = (e(510100), e(512000));
    let jianyang = bundle.unit(510185).unwrap();
    let est = |u: &atlas_core::Unit| {
        atlas_core::economy::residents_mid_2015(
            u.y2010.as_ref().unwrap().pop.unwrap() as f64,
            u.y2020.pop.unwrap() as f64,
        )
        .unwrap()
    };
    let today_chengdu = est(bundle.unit(510100).unwrap());
    let moved = est(jianyang);
    assert!((chengdu.residents_est - (today_chengdu - moved)).abs() <= 1.0);
    assert!((ziyang.residents_est - (est(bundle.unit(512000).unwrap()) + moved)).abs() <= 1.0);
    // Chengdu's GDP per resident: 10,801.16 亿元 over ~16.5 million.
    let per = catalogue::GDP_PER_RESIDENT_2015
        .of(bundle.unit(510100).unwrap(), Year::Y2020)
        .unwrap();
    assert!((per - chengdu.gdp_10k * 1e4 / chengdu.residents_est).abs() < 1e-6);
}

#[test]
fn the_city_series_follows_the_source() {
    let bundle = common::bundle();
    let series = |code| bundle.unit(code).unwrap().economy.clone().unwrap().series;
    let chongqing = series(500000);
    assert!(chongqing
        .iter()
        .filter(|y| y.year <= 2008)
        .all(|y| y.doubtful));
    assert!(chongqing
        .iter()
        .filter(|y| y.year > 2008)
        .all(|y| !y.doubtful));
    // 31 cities, 217 rows (SOURCES.md section G).
    let all: Vec<_> = bundle
        .units_at(Level::Prefecture)
        .filter_map(|u| u.economy.as_ref())
        .filter(|e| !e.series.is_empty())
        .collect();
    assert_eq!(all.len(), 31);
    assert_eq!(all.iter().map(|e| e.series.len()).sum::<usize>(), 217);
}

#[test]
fn official_english_names() {
    let bundle = common::bundle();
    let name = |code| bundle.unit(code).unwrap().name_en.clone();
    assert_eq!(
        name(513200),
        "Ngawa Tibetan and Qiang Autonomous Prefecture"
    );
    assert_eq!(name(513400), "Liangshan Yi Autonomous Prefecture");
    assert_eq!(name(540100), "Lhasa");
    assert_eq!(name(530800), "Pu'er");
    assert_eq!(name(511800), "Ya'an");
    assert!(bundle
        .unit(513200)
        .unwrap()
        .also_known_as
        .contains(&"Aba Tibetan and Qiang Autonomous Prefecture".to_string()));
    assert_eq!(bundle.province(540000).unwrap().name_en, "Tibet");
}
