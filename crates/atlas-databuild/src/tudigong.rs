//! The tudigong county tables (NBS 2020 county tabulation): the list of the
//! region's 518 county-level units with their 2020 population, and the GHSL
//! degree-of-urbanisation shares.

use crate::table::Table;
use atlas_core::dataset::Ghsl;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct CountyRow {
    pub code: u32,
    pub name: String,
    pub pop: u64,
    /// Males per 100 females.
    pub sex_ratio: Option<f64>,
}

/// Southwest China: adcodes starting 50..54.
pub fn in_region(code: u32) -> bool {
    (500_000..550_000).contains(&code)
}

/// The county rows of `sw_population.csv`, sorted by code.
pub fn counties(table: &Table) -> Result<Vec<CountyRow>, String> {
    let mut out = Vec::new();
    for row in table.rows() {
        let code = row.code("CODE")?.ok_or("tudigong: row without CODE")?;
        let pop = row
            .num("POPU")?
            .ok_or(format!("tudigong: {code} without POPU"))?;
        out.push(CountyRow {
            code,
            name: row.text("NAME")?,
            pop: pop as u64,
            sex_ratio: row.num("POPU_WM")?,
        });
    }
    out.sort_by_key(|r| r.code);
    Ok(out)
}

/// GHSL shares per county of the region (shares converted to %).
pub fn ghsl(table: &Table) -> Result<BTreeMap<u32, Ghsl>, String> {
    let mut out = BTreeMap::new();
    for row in table.rows() {
        let Some(code) = row.code("CODE")? else {
            continue;
        };
        if !in_region(code) {
            continue;
        }
        let num = |h: &str| -> Result<f64, String> {
            row.num(h)?.ok_or(format!("ghsl: {code} without {h}"))
        };
        out.insert(
            code,
            Ghsl {
                pop: num("GHSL_POP")? as u64,
                urban_centre_share: crate::indicators::round2(num("GHSL_POP_30")? * 100.0),
                urban_cluster_share: crate::indicators::round2(num("GHSL_URB")? * 100.0),
            },
        );
    }
    Ok(out)
}

/// Population-weighted GHSL shares of a set of counties.
pub fn aggregate_ghsl<'a>(items: impl IntoIterator<Item = &'a Ghsl>) -> Option<Ghsl> {
    let (mut pop, mut centre, mut cluster) = (0u64, 0.0, 0.0);
    for g in items {
        pop += g.pop;
        centre += g.urban_centre_share * g.pop as f64;
        cluster += g.urban_cluster_share * g.pop as f64;
    }
    (pop > 0).then(|| Ghsl {
        pop,
        urban_centre_share: crate::indicators::round2(centre / pop as f64),
        urban_cluster_share: crate::indicators::round2(cluster / pop as f64),
    })
}
