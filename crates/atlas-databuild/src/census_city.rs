//! The leiii prefecture-level census file
//! (`data/sources/leiii_census/sw_census_city_2010_2020.csv`): 2010 and 2020
//! figures on constant 2020 boundaries, the 2010 ones re-based by its
//! authors (e.g. Chengdu 2010 includes Jianyang, which moved from Ziyang in
//! 2016). It is the source of the prefectures' population totals.

use crate::table::Table;

/// leiii codes Chongqing as `500100`; every other source (tudigong, the
/// crosswalk, the county files) uses the municipality's adcode `500000`.
pub const LEIII_CHONGQING: u32 = 500100;
pub const CHONGQING: u32 = 500000;

/// One year's figures as the city file gives them (shares in %).
#[derive(Clone, Debug, PartialEq)]
pub struct CityFigures {
    pub pop: u64,
    pub pop_urban: Option<u64>,
    pub pop_rural: Option<u64>,
    pub household_size: Option<f64>,
    pub sex_ratio: Option<f64>,
    pub age_shares: Option<[f64; 4]>,
}

#[derive(Clone, Debug)]
pub struct CityRow {
    pub code: u32,
    pub name: String,
    pub province: u32,
    pub province_name: String,
    pub y2010: Option<CityFigures>,
    pub y2020: CityFigures,
}

fn figures(row: &crate::table::Row, year: &str) -> Result<Option<CityFigures>, String> {
    let h = |name: &str| format!("{name}_{year}");
    let Some(pop) = row.num(&h("popu"))? else {
        return Ok(None);
    };
    let int =
        |name: &str| -> Result<Option<u64>, String> { Ok(row.num(&h(name))?.map(|v| v as u64)) };
    let shares = [
        row.num(&h("age_0_14"))?,
        row.num(&h("age_15_59"))?,
        row.num(&h("age_60"))?,
        row.num(&h("age_65"))?,
    ];
    Ok(Some(CityFigures {
        pop: pop as u64,
        pop_urban: int("popu_urban")?,
        pop_rural: int("popu_rural")?,
        household_size: row.num(&h("household"))?,
        sex_ratio: row.num(&h("male_female"))?,
        age_shares: match shares {
            [Some(a), Some(b), Some(c), Some(d)] => Some([a, b, c, d]),
            _ => None,
        },
    }))
}

/// The 54 rows, sorted by code.
pub fn read(table: &Table) -> Result<Vec<CityRow>, String> {
    let mut rows = Vec::new();
    for row in table.rows() {
        let mut code = row
            .code("city_code")?
            .ok_or("city file: row without code")?;
        if code == LEIII_CHONGQING {
            code = CHONGQING;
        }
        rows.push(CityRow {
            code,
            name: row.text("city")?,
            province: row
                .code("province_code")?
                .ok_or("city file: row without province")?,
            province_name: row.text("province")?,
            y2010: figures(&row, "2010")?,
            y2020: figures(&row, "2020")?
                .ok_or(format!("city file: {code} has no 2020 population"))?,
        });
    }
    rows.sort_by_key(|r| r.code);
    Ok(rows)
}
