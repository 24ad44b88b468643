//! The 2015 figures as the bundle carries them: the source's values with
//! the two denominators made here, the mid-2015 resident population and the
//! land area, both on 2015 boundaries. The only boundary change between
//! 2015 and the 2020 census among the covered units is Jianyang's move from
//! Ziyang to Chengdu (May 2016): its estimate and area are moved back.

use crate::economy::Row2015;
use atlas_core::dataset::{Level, Unit};
use atlas_core::economy::{residents_mid_2015, Economy2015, JIANYANG, JIANYANG_MOVE};
use std::collections::BTreeMap;

/// A unit's mid-2015 estimate and area on today's boundaries.
fn today(unit: &Unit) -> Result<(f64, Option<f64>), String> {
    let pop = |p: Option<u64>| p.map(|p| p as f64);
    let residents = residents_mid_2015(
        pop(unit.y2010.as_ref().and_then(|c| c.pop)).unwrap_or(0.0),
        pop(unit.y2020.pop).unwrap_or(0.0),
    )
    .ok_or(format!("economy: {} lacks a census count", unit.code))?;
    Ok((residents, unit.area_km2))
}

pub fn figures(
    rows: &BTreeMap<u32, Row2015>,
    units: &[Unit],
) -> Result<BTreeMap<u32, Economy2015>, String> {
    let find = |level: Level, code: u32| {
        units
            .iter()
            .find(|u| u.level == level && u.code == code)
            .ok_or(format!("economy: no unit {code}"))
    };
    let (jianyang_residents, jianyang_area) = today(find(Level::County, JIANYANG)?)?;
    let mut out = BTreeMap::new();
    for (code, row) in rows {
        let (mut residents, mut area) = today(find(Level::Prefecture, *code)?)?;
        let sign = if *code == JIANYANG_MOVE.0 {
            1.0
        } else if *code == JIANYANG_MOVE.1 {
            -1.0
        } else {
            0.0
        };
        if sign != 0.0 {
            residents += sign * jianyang_residents;
            area = area.zip(jianyang_area).map(|(a, j)| a + sign * j);
        }
        out.insert(
            *code,
            Economy2015 {
                gdp_10k: row.gdp_10k,
                budget_revenue_10k: row.budget_revenue_10k,
                light_sum: row.light_sum,
                establishments: row.establishments,
                residents_est: residents.round(),
                area_km2: area.map(crate::indicators::round2),
            },
        );
    }
    Ok(out)
}
