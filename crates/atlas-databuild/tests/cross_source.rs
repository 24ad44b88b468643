//! Cross-source checks (data/sources/SHARED_SOURCES.md, section 3): the
//! figures the build derives from one source against another source that
//! reports the same thing.

use atlas_core::dataset::Level;
use atlas_databuild::table::Table;
use atlas_databuild::{build, census_city, repo_root, sources, Output};
use std::sync::OnceLock;

fn output() -> &'static Output {
    static OUTPUT: OnceLock<Output> = OnceLock::new();
    OUTPUT.get_or_init(|| build(&repo_root().join("data/sources")).expect("sources build"))
}

fn table(rel: &str) -> Table {
    let text = std::fs::read_to_string(repo_root().join("data/sources").join(rel)).unwrap();
    Table::from_csv(rel, &text).unwrap()
}

#[test]
fn leiii_city_file_and_tudigong_agree_on_2020_population_of_all_54_units() {
    let city = census_city::read(&table(sources::LEIII_CITY_CSV)).unwrap();
    let tudigong =
        atlas_databuild::tudigong::counties(&table(sources::TUDIGONG_POPULATION)).unwrap();
    assert_eq!(city.len(), 54);
    for c in &city {
        let sum: u64 = tudigong
            .iter()
            .filter(|t| atlas_databuild::counties::prefecture_of(t.code) == c.code)
            .map(|t| t.pop)
            .sum();
        assert_eq!(sum, c.y2020.pop, "{} {}", c.code, c.name);
    }
}

#[test]
fn yearbook_age_shares_match_the_city_file_except_dazhou() {
    // The city file took Dazhou's 65+ share from a local bulletin (17.69 %)
    // where the NBS tabulation says 17.96 %; everything else agrees within
    // rounding.
    let city = census_city::read(&table(sources::LEIII_CITY_CSV)).unwrap();
    let bundle = &output().bundle;
    let mut exceptions = Vec::new();
    for c in &city {
        let unit = bundle.unit_at(Level::Prefecture, c.code).unwrap();
        let ours = [
            unit.y2020.age_0_14,
            unit.y2020.age_15_59,
            unit.y2020.age_60_plus,
            unit.y2020.age_65_plus,
        ];
        for (i, theirs) in c.y2020.age_shares.unwrap().iter().enumerate() {
            if (ours[i].unwrap() - theirs).abs() > 0.06 {
                exceptions.push((c.code, i));
            }
        }
    }
    assert_eq!(exceptions, vec![(511700, 3)]);
}

#[test]
fn registration_elsewhere_shares_match_tudigong() {
    // Counts from the 2020 yearbook divided by residents, against the shares
    // tudigong tabulates (4 decimals): within 0.01 percentage point plus
    // the 0.005-point rounding of each.
    let reg = table(sources::TUDIGONG_POPULATION);
    let bundle = &output().bundle;
    let mut compared = 0;
    for row in reg.rows() {
        let code = row.code("CODE").unwrap().unwrap();
        let unit = bundle.unit_at(Level::County, code).unwrap();
        let ours = [
            unit.y2020.reg_elsewhere_county,
            unit.y2020.reg_elsewhere_province,
            unit.y2020.reg_elsewhere_outside,
        ];
        for (i, header) in ["POPU_REG_C", "POPU_REG_P", "POPU_REG_O"]
            .iter()
            .enumerate()
        {
            if let (Some(a), Some(b)) = (ours[i], row.num(header).unwrap()) {
                assert!(
                    (a - b * 100.0).abs() <= 0.016,
                    "{code} {header}: {a} vs {}",
                    b * 100.0
                );
                compared += 1;
            }
        }
    }
    assert!(compared >= 3 * 517, "{compared}");
}

#[test]
fn unchanged_prefectures_equal_the_sum_of_their_2010_counties() {
    // Re-basing check: the report lists the city file's 2010 totals against
    // the sum of 2010 counties by today's prefecture; the only differences
    // are the small corrections SHARED_SOURCES.md documents.
    let report = &output().report;
    for expected in [
        "| 510900 遂宁市 | 3252551 | 3252619 | +68 |",
        "| 520400 安顺市 | 2297339 | 2297612 | +273 |",
    ] {
        assert!(report.contains(expected), "report lacks {expected}");
    }
    let closure = &report[report.find("## Prefecture closure").unwrap()..];
    let listed: Vec<&str> = closure.lines().filter(|l| l.starts_with("| 5")).collect();
    // Chengdu -1, Deyang -1, Suining +68, Nanchong -8, Meishan -3, Yibin -105, Anshun +273.
    assert_eq!(listed.len(), 7, "{listed:?}");
}
