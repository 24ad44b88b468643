//! Reads the leiii prefecture-level census file
//! (`data/sources/leiii_census/sw_census_city_2010_2020.csv`): 2010 and 2020
//! figures on constant 2020 boundaries.

use atlas_core::bundle::{CensusFigures, Level, Province, Unit};
use std::collections::BTreeMap;

/// leiii codes Chongqing as `500100`; every other source (tudigong, the
/// crosswalk, the county files) uses the municipality's adcode `500000`.
pub const LEIII_CHONGQING: u32 = 500100;
pub const CHONGQING: u32 = 500000;

/// Units (sorted by code) and provinces read from the city file.
pub fn read(text: &str) -> Result<(Vec<Unit>, Vec<Province>), String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name).ok_or(format!("city csv: no column {name}"));
    let c = |n: &str| col(n);
    let (city, code, prov, prov_code) = (c("city")?, c("city_code")?, c("province")?, c("province_code")?);
    let year_cols = |y: &str| -> Result<[usize; 9], String> {
        Ok([
            c(&format!("popu_{y}"))?,
            c(&format!("popu_urban_{y}"))?,
            c(&format!("popu_rural_{y}"))?,
            c(&format!("household_{y}"))?,
            c(&format!("male_female_{y}"))?,
            c(&format!("age_0_14_{y}"))?,
            c(&format!("age_15_59_{y}"))?,
            c(&format!("age_60_{y}"))?,
            c(&format!("age_65_{y}"))?,
        ])
    };
    let (cols2010, cols2020) = (year_cols("2010")?, year_cols("2020")?);
    let mut units = Vec::new();
    let mut provinces = BTreeMap::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("city csv line {}: {e}", line + 2))?;
        let parse_code = |i: usize| record[i].trim().parse::<u32>().map_err(|e| format!("code {:?}: {e}", &record[i]));
        let mut unit_code = parse_code(code)?;
        if unit_code == LEIII_CHONGQING {
            unit_code = CHONGQING;
        }
        let province = parse_code(prov_code)?;
        provinces.insert(province, record[prov].trim().to_string());
        let figures = |cols: [usize; 9]| -> Result<CensusFigures, String> {
            let int = |i: usize| parse_opt::<u64>(&record[i]);
            let real = |i: usize| parse_opt::<f64>(&record[i]);
            Ok(CensusFigures {
                pop: int(cols[0])?,
                pop_urban: int(cols[1])?,
                pop_rural: int(cols[2])?,
                household_size: real(cols[3])?,
                sex_ratio: real(cols[4])?,
                age_0_14: real(cols[5])?,
                age_15_59: real(cols[6])?,
                age_60_plus: real(cols[7])?,
                age_65_plus: real(cols[8])?,
            })
        };
        let y2010 = figures(cols2010)?;
        units.push(Unit {
            code: unit_code,
            name_zh: record[city].trim().to_string(),
            province,
            level: Level::Prefecture,
            y2010: y2010.pop.is_some().then_some(y2010),
            y2020: figures(cols2020)?,
        });
    }
    units.sort_by_key(|u| u.code);
    let provinces = provinces.into_iter().map(|(code, name_zh)| Province { code, name_zh }).collect();
    Ok((units, provinces))
}

/// An empty cell is "no data"; anything else must parse.
fn parse_opt<T: std::str::FromStr>(cell: &str) -> Result<Option<T>, String>
where
    T::Err: std::fmt::Display,
{
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    cell.parse().map(Some).map_err(|e| format!("value {cell:?}: {e}"))
}
