//! The projections a place profile shows: residents 2020-2040 with the
//! back-test's band, and the 2035 age structure of the baseline.

use crate::dataset::AGE_GROUPS;
use crate::model::backtest::{BACKTEST_DRAWS, BACKTEST_SEED};
use crate::model::{run, NotProjected, Output, PreparedData, RunInputs, UnitSet, FIRST_YEAR};

/// The baseline projection of a unit's residents, one value a year from
/// 2020, with its 10-90 % band over the assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct ResidentsBand {
    pub central: Vec<f64>,
    pub p10: Vec<f64>,
    pub p90: Vec<f64>,
}

/// Residents with their band (the back-test's draws and seed, so the band
/// shown is the one whose coverage the methods page reports), or why the
/// unit is not projected; `None` for a code the model does not know.
pub fn residents_with_band(
    prepared: &PreparedData,
    code: u32,
) -> Option<Result<ResidentsBand, NotProjected>> {
    let out = run(
        prepared,
        &RunInputs {
            seed: BACKTEST_SEED,
            draws: BACKTEST_DRAWS,
            ..RunInputs::new(UnitSet::Codes { codes: vec![code] }, Vec::new())
        },
    );
    if let Some(s) = out.skipped.first() {
        return Some(Err(s.reason));
    }
    let u = out.unit(code)?;
    let bands = u.bands.as_ref()?;
    let series = |s: &crate::model::Series| s.series(Output::Population).to_vec();
    Some(Ok(ResidentsBand {
        central: series(&u.baseline),
        p10: series(&bands.p10),
        p90: series(&bands.p90),
    }))
}

/// Persons by sex and five-year age group in one projected year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AgeSexProjection {
    pub year: u32,
    pub men: [f64; AGE_GROUPS],
    pub women: [f64; AGE_GROUPS],
}

impl AgeSexProjection {
    /// Shares of the projected total in percent (men, women); `None` for an
    /// empty projection.
    pub fn shares(&self) -> Option<([f64; AGE_GROUPS], [f64; AGE_GROUPS])> {
        let total: f64 = self.men.iter().chain(self.women.iter()).sum();
        (total > 0.0).then(|| {
            (
                std::array::from_fn(|g| self.men[g] / total * 100.0),
                std::array::from_fn(|g| self.women[g] / total * 100.0),
            )
        })
    }
}

/// The year of the profile's projected pyramid.
pub const PYRAMID_YEAR: u32 = 2035;

/// The baseline's age structure of a unit in `year` (2020..=2040).
pub fn baseline_age_sex(prepared: &PreparedData, code: u32, year: u32) -> Option<AgeSexProjection> {
    let t = year.checked_sub(FIRST_YEAR)? as usize;
    let out = run(
        prepared,
        &RunInputs::new(UnitSet::Codes { codes: vec![code] }, Vec::new()),
    );
    let s = &out.unit(code)?.baseline;
    s.men.first()?.get(t)?;
    Some(AgeSexProjection {
        year,
        men: std::array::from_fn(|g| s.men[g][t]),
        women: std::array::from_fn(|g| s.age_groups[g][t] - s.men[g][t]),
    })
}
