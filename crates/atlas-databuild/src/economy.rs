//! The economic figures: the 2015 cross-section (quanturban/firm) and the
//! 2004-2012 city series (jcdasheng). Both name cities in Chinese only, so
//! every row is matched to today's code through the crosswalk by its name in
//! that year; a name that looks like one of the region's (same first two
//! characters) but matches no unit, or two rows of one unit, fail the build.

use crate::crosswalk::Crosswalk;
use crate::table::{Row, Table};
use atlas_core::economy::EconomyYear;
use std::collections::{BTreeMap, BTreeSet};

/// A 2015 row as printed (2015 boundaries).
#[derive(Clone, Debug, PartialEq)]
pub struct Row2015 {
    pub name: String,
    pub gdp_10k: f64,
    pub budget_revenue_10k: f64,
    pub light_sum: f64,
    pub establishments: [u32; 3],
}

/// The year of the 2015 cross-section (the figures are the 2015 yearbook
/// values: SOURCES.md section I).
pub const CROSS_SECTION_YEAR: u32 = 2015;

fn required(row: &Row, table: &Table, name: &str, header: &str) -> Result<f64, String> {
    row.num(header)?
        .ok_or(format!("{}: {name} without {header}", table.name))
}

/// The region's 2015 rows by today's code. `names_in_region` are every name
/// the crosswalk knows (to catch a regional name spelled otherwise).
pub fn read_2015(
    table: &Table,
    crosswalk: &Crosswalk,
    names_in_region: &BTreeSet<String>,
) -> Result<BTreeMap<u32, Row2015>, String> {
    let mut out = BTreeMap::new();
    for (code, name, row) in regional_2015_rows(table, crosswalk, names_in_region)? {
        let count =
            |h: &str| -> Result<u32, String> { Ok(required(&row, table, &name, h)? as u32) };
        let parsed = Row2015 {
            gdp_10k: required(&row, table, &name, "GDP10000")?,
            budget_revenue_10k: required(&row, table, &name, "Fiscal10000")?,
            light_sum: required(&row, table, &name, "light_sum")?,
            establishments: [
                count("first_sum")?,
                count("second_sum")?,
                count("third_sum")?,
            ],
            name: name.clone(),
        };
        let total = count("firm_total")?;
        if parsed.establishments.iter().sum::<u32>() != total {
            return Err(format!(
                "{}: {} sectors do not add up to firm_total",
                table.name, parsed.name
            ));
        }
        if [parsed.gdp_10k, parsed.budget_revenue_10k, parsed.light_sum]
            .iter()
            .any(|v| *v <= 0.0)
        {
            return Err(format!("{}: {} has a figure <= 0", table.name, parsed.name));
        }
        if out.insert(code, parsed).is_some() {
            return Err(format!("{}: two rows for unit {code}", table.name));
        }
    }
    Ok(out)
}

/// Checks that the HEAD file (`yearbook_light.csv`) gives the same figures
/// as the older-commit file the build reads.
pub fn check_against_head(
    read: &BTreeMap<u32, Row2015>,
    head: &Table,
    crosswalk: &Crosswalk,
    names_in_region: &BTreeSet<String>,
) -> Result<(), String> {
    let mut seen = 0;
    for (code, name, row) in regional_2015_rows(head, crosswalk, names_in_region)? {
        let ours = read
            .get(&code)
            .ok_or(format!("{}: {name} is not in the older file", head.name))?;
        let same = required(&row, head, &name, "GDP10000")? == ours.gdp_10k
            && required(&row, head, &name, "Fiscal10000")? == ours.budget_revenue_10k
            && required(&row, head, &name, "light_sum")? == ours.light_sum;
        if !same {
            return Err(format!(
                "{}: {name} differs between the two commits",
                head.name
            ));
        }
        seen += 1;
    }
    if seen != read.len() {
        return Err(format!(
            "{}: {seen} regional rows, the older file {}",
            head.name,
            read.len()
        ));
    }
    Ok(())
}

/// The rows of a 2015 file that name a unit of the region, with today's
/// code and the name as printed (rows of other cities are skipped).
fn regional_2015_rows<'a>(
    table: &'a Table,
    crosswalk: &Crosswalk,
    names_in_region: &BTreeSet<String>,
) -> Result<Vec<(u32, String, Row<'a>)>, String> {
    let mut out = Vec::new();
    for row in table.rows() {
        let name = row.text("city")?;
        let year = CROSS_SECTION_YEAR;
        if let Some(code) = match_name(&table.name, &name, year, crosswalk, names_in_region)? {
            out.push((code, name, row));
        }
    }
    Ok(out)
}

/// The 2004-2012 series by today's code, each sorted by year. Chongqing's
/// 2004-2008 GDP is flagged doubtful (SOURCES.md section G: 10-14 % off).
pub fn read_series(
    table: &Table,
    crosswalk: &Crosswalk,
    names_in_region: &BTreeSet<String>,
) -> Result<BTreeMap<u32, Vec<EconomyYear>>, String> {
    let mut out: BTreeMap<u32, Vec<EconomyYear>> = BTreeMap::new();
    for row in table.rows() {
        let name = row.text("城市")?;
        let year = required(&row, table, &name, "年份")? as u32;
        let code = match_name(&table.name, &name, year, crosswalk, names_in_region)?
            .ok_or(format!("{}: {name} {year} matches no unit", table.name))?;
        let gdp_10k = required(&row, table, &name, "地区生产总值_当年价格_全市_万元")?;
        let series = out.entry(code).or_default();
        if series.iter().any(|y| y.year == year) {
            return Err(format!("{}: two rows for {code} in {year}", table.name));
        }
        series.push(EconomyYear {
            year,
            gdp_10k,
            tertiary_share: row.num("第三产业占GDP的比重_全市_百分比")?,
            // The source gives a ratio (0.27); the bundle a percentage.
            fiscal_share: row
                .num("财政收入市占GDP比重")?
                .map(|r| crate::indicators::round2(r * 100.0)),
            doubtful: code == 500000 && year <= 2008,
        });
    }
    for series in out.values_mut() {
        series.sort_by_key(|y| y.year);
    }
    Ok(out)
}

/// Today's code of a row's city name in `year`; `None` for a city outside
/// the region. A name the crosswalk knows for another year of one unit only
/// is that unit (the series writes 思茅市 for Pu'er in 2012, five years
/// after the renaming). A name outside the crosswalk whose first two characters are
/// those of a regional name is an error (a spelling the crosswalk lacks
/// would otherwise drop a unit silently).
fn match_name(
    file: &str,
    name: &str,
    year: u32,
    crosswalk: &Crosswalk,
    names_in_region: &BTreeSet<String>,
) -> Result<Option<u32>, String> {
    if let Some(code) = crosswalk
        .code_in(name, year)
        .or_else(|| crosswalk.code_ever(name))
    {
        return Ok(Some(code));
    }
    let stem: String = name.chars().take(2).collect();
    if let Some(similar) = names_in_region.iter().find(|n| n.starts_with(&stem)) {
        return Err(format!(
            "{file}: {name} ({year}) matches no unit, but looks like {similar}"
        ));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crosswalk() -> Crosswalk {
        let entities =
            Table::from_csv("e", "entity_id,legacy_entity_id\nA,E510100\nB,E530800\n").unwrap();
        let names = Table::from_csv(
            "n",
            "entity_id,name_zh,start_year,end_year\nA,成都市,2000,2024\nB,思茅市,2003,2006\nB,普洱市,2007,2024\n",
        )
        .unwrap();
        let events = Table::from_csv("v", "年份,新单位,处理凭证（释义）\n").unwrap();
        Crosswalk::read(&entities, &names, &events).unwrap()
    }

    fn region() -> BTreeSet<String> {
        ["成都市", "思茅市", "普洱市"].map(String::from).into()
    }

    const HEADER: &str = "city,city_sel,first_sum,second_sum,third_sum,firm_total,GDP10000,Fiscal10000,Employment,light_sum\n";

    #[test]
    fn rows_are_matched_by_name_and_others_skipped() {
        let t = Table::from_csv(
            "f",
            &format!("{HEADER}成都市,,1,2,3,6,100,10,,5.5\n金昌市,,1,1,1,3,9,9,9,9\n"),
        )
        .unwrap();
        let rows = read_2015(&t, &crosswalk(), &region()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[&510100].establishments, [1, 2, 3]);
        assert_eq!(rows[&510100].gdp_10k, 100.0);
    }

    #[test]
    fn an_unmatched_regional_looking_name_fails() {
        let t = Table::from_csv("f", &format!("{HEADER}成都地区,,1,2,3,6,100,10,,5.5\n")).unwrap();
        let err = read_2015(&t, &crosswalk(), &region()).unwrap_err();
        assert!(err.contains("looks like 成都市"), "{err}");
    }

    #[test]
    fn a_doubly_matched_unit_fails() {
        let t = Table::from_csv(
            "f",
            &format!("{HEADER}成都市,,1,2,3,6,100,10,,5.5\n成都市,,1,2,3,6,100,10,,5.5\n"),
        )
        .unwrap();
        assert!(read_2015(&t, &crosswalk(), &region()).is_err());
    }

    #[test]
    fn series_follow_renamings() {
        let t = Table::from_csv(
            "s",
            "城市,年份,地区生产总值_当年价格_全市_万元,第三产业占GDP的比重_全市_百分比,财政收入 市 占GDP比重\n思茅市,2006,50,30,0.1\n普洱市,2007,60,,0.12\n思茅市,2012,70,40,0.1\n",
        )
        .unwrap();
        let s = read_series(&t, &crosswalk(), &region()).unwrap();
        let years: Vec<u32> = s[&530800].iter().map(|y| y.year).collect();
        assert_eq!(years, [2006, 2007, 2012]);
        assert_eq!(s[&530800][0].fiscal_share, Some(10.0));
        assert_eq!(s[&530800][1].tertiary_share, None);
    }
}
