//! What a run produces: yearly series 2020..2040 per unit for every output,
//! the population by age group, and (with Monte Carlo draws) 10 / 50 / 90 %
//! bands.

use super::prepared::{Sector, SECTOR_COUNT};
use crate::change::ShrinkClass;
use crate::dataset::{Level, AGE_GROUPS};
use serde::Serialize;

pub const FIRST_YEAR: u32 = 2020;
pub const LAST_YEAR: u32 = 2040;
/// Number of yearly values, 2020..=2040.
pub const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// The outputs, one yearly series each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Output {
    /// Residents (persons); equals the sum of the age groups.
    Population,
    /// Residents aged 15-59 (the Chinese statistical convention, as in the
    /// census shares of the bundle).
    WorkingAge,
    /// Residents aged 15-59, % of all.
    WorkingAgeShare,
    /// Residents aged 60+, % of all.
    Age60Share,
    /// Residents 60+ per 100 aged 15-59.
    OldAgeDependency,
    /// Jobs (employed persons), 2020 = 100.
    JobsIndex,
    /// Jobs of one sector group, in points of the 2020 total (2020 total =
    /// 100), so the seven add up to the jobs index.
    JobsAgriculture,
    JobsMining,
    JobsManufacturing,
    JobsConstructionUtilities,
    JobsTradeTransportHospitality,
    JobsKnowledgeServices,
    JobsPublicOtherServices,
    /// Jobs per resident aged 15-59, 2020 = 100.
    JobRatioIndex,
    /// Floor space per unit of residents' demand, 2020 = 100 (above 100:
    /// more empty floor space than in 2020).
    HousingVacancyIndex,
    /// Residents aged 5-14 (school age), 2020 = 100.
    SchoolAgeIndex,
    /// Age-weighted hospital demand, 2020 = 100.
    HospitalDemandIndex,
    /// Use of transport infrastructure relative to capacity, 2020 = 100.
    InfrastructureUtilisationIndex,
    /// Residents 60+ per job, 2020 = 100.
    FiscalPressureIndex,
    /// Policy cost in the year (yuan).
    PolicyCostYuan,
}

pub const OUTPUT_COUNT: usize = 20;

impl Output {
    pub const ALL: [Output; OUTPUT_COUNT] = [
        Output::Population,
        Output::WorkingAge,
        Output::WorkingAgeShare,
        Output::Age60Share,
        Output::OldAgeDependency,
        Output::JobsIndex,
        Output::JobsAgriculture,
        Output::JobsMining,
        Output::JobsManufacturing,
        Output::JobsConstructionUtilities,
        Output::JobsTradeTransportHospitality,
        Output::JobsKnowledgeServices,
        Output::JobsPublicOtherServices,
        Output::JobRatioIndex,
        Output::HousingVacancyIndex,
        Output::SchoolAgeIndex,
        Output::HospitalDemandIndex,
        Output::InfrastructureUtilisationIndex,
        Output::FiscalPressureIndex,
        Output::PolicyCostYuan,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The jobs output of a sector group.
    pub fn jobs_of(sector: Sector) -> Output {
        Output::ALL[Output::JobsAgriculture.index() + sector.index()]
    }

    pub fn key(self) -> &'static str {
        self.names().0
    }

    /// (key, name zh, name en, unit zh, unit en)
    // Long because: one table row per output, each five names that belong
    // together; split up, a reader would have to match them across tables.
    pub fn names(
        self,
    ) -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        match self {
            Output::Population => ("population", "常住人口", "population", "人", "persons"),
            Output::WorkingAge => (
                "working_age",
                "劳动年龄人口（15-59岁）",
                "working-age population (15-59)",
                "人",
                "persons",
            ),
            Output::WorkingAgeShare => (
                "working_age_share",
                "劳动年龄人口占比",
                "working-age share",
                "%",
                "%",
            ),
            Output::Age60Share => (
                "age60_share",
                "60岁及以上人口占比",
                "share aged 60+",
                "%",
                "%",
            ),
            Output::OldAgeDependency => (
                "old_age_dependency",
                "老年抚养比",
                "old-age dependency",
                "60+/每百名15-59岁",
                "60+ per 100 aged 15-59",
            ),
            Output::JobsIndex => (
                "jobs_index",
                "就业岗位指数",
                "jobs index",
                "2020=100",
                "2020 = 100",
            ),
            Output::JobsAgriculture => (
                "jobs_agriculture",
                "农林牧渔业岗位",
                "jobs: agriculture",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsMining => (
                "jobs_mining",
                "采矿业岗位",
                "jobs: mining",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsManufacturing => (
                "jobs_manufacturing",
                "制造业岗位",
                "jobs: manufacturing",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsConstructionUtilities => (
                "jobs_construction_utilities",
                "建筑与公用事业岗位",
                "jobs: construction and utilities",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsTradeTransportHospitality => (
                "jobs_trade_transport_hospitality",
                "商贸交通住宿餐饮岗位",
                "jobs: trade, transport, hospitality",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsKnowledgeServices => (
                "jobs_knowledge_services",
                "知识密集型服务岗位",
                "jobs: knowledge services",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobsPublicOtherServices => (
                "jobs_public_other_services",
                "公共及其他服务岗位",
                "jobs: public and other services",
                "2020总量=100",
                "points of 2020 total",
            ),
            Output::JobRatioIndex => (
                "job_ratio_index",
                "岗位比指数（每名劳动年龄人口的岗位）",
                "job ratio index (jobs per working-age resident)",
                "2020=100",
                "2020 = 100",
            ),
            Output::HousingVacancyIndex => (
                "housing_vacancy_index",
                "住房空置指数",
                "housing vacancy index",
                "2020=100",
                "2020 = 100",
            ),
            Output::SchoolAgeIndex => (
                "school_age_index",
                "学龄人口指数（5-14岁）",
                "school-age index (5-14)",
                "2020=100",
                "2020 = 100",
            ),
            Output::HospitalDemandIndex => (
                "hospital_demand_index",
                "医疗需求指数",
                "hospital demand index",
                "2020=100",
                "2020 = 100",
            ),
            Output::InfrastructureUtilisationIndex => (
                "infrastructure_utilisation_index",
                "基础设施利用指数",
                "infrastructure utilisation index",
                "2020=100",
                "2020 = 100",
            ),
            Output::FiscalPressureIndex => (
                "fiscal_pressure_index",
                "财政压力指数",
                "fiscal pressure index",
                "2020=100",
                "2020 = 100",
            ),
            Output::PolicyCostYuan => (
                "policy_cost_yuan",
                "政策成本",
                "policy cost",
                "元/年",
                "yuan a year",
            ),
        }
    }
}

/// Yearly values of every output and of the age groups (both sexes).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// `values[output][year - 2020]`.
    pub values: [[f64; YEARS]; OUTPUT_COUNT],
    /// `age_groups[group][year - 2020]`, persons of both sexes.
    pub age_groups: [[f64; YEARS]; AGE_GROUPS],
    /// The men among them (for pyramids; not part of the Monte Carlo bands).
    pub men: [[f64; YEARS]; AGE_GROUPS],
}

impl Default for Series {
    fn default() -> Series {
        Series {
            values: [[0.0; YEARS]; OUTPUT_COUNT],
            age_groups: [[0.0; YEARS]; AGE_GROUPS],
            men: [[0.0; YEARS]; AGE_GROUPS],
        }
    }
}

impl Series {
    pub fn get(&self, output: Output, year: u32) -> f64 {
        self.values[output.index()][year_index(year)]
    }

    pub fn series(&self, output: Output) -> &[f64; YEARS] {
        &self.values[output.index()]
    }

    /// The shrinkage class a year implies: the change since 2020 scaled to
    /// a decade at a constant yearly rate, in percent
    /// `((P_t / P_2020)^(10 / (t - 2020)) - 1) x 100`, classed with the
    /// atlas's bands ([`ShrinkClass::of_change`]). `None` for 2020 itself.
    pub fn shrink_class(&self, year: u32) -> Option<ShrinkClass> {
        decade_scaled_change(self.series(Output::Population), year).map(ShrinkClass::of_change)
    }

    /// Every value, outputs first then age groups, row by row.
    pub fn rows(&self) -> impl Iterator<Item = &[f64; YEARS]> {
        self.values.iter().chain(self.age_groups.iter())
    }
}

/// Decade-scaled change of a population series since 2020, in percent.
pub fn decade_scaled_change(population: &[f64; YEARS], year: u32) -> Option<f64> {
    let t = year
        .checked_sub(FIRST_YEAR)
        .filter(|t| *t > 0 && year <= LAST_YEAR)?;
    let (p0, p) = (population[0], population[t as usize]);
    (p0 > 0.0).then(|| ((p / p0).powf(10.0 / f64::from(t)) - 1.0) * 100.0)
}

/// Index of a year in the series (2020 -> 0); panics outside 2020..=2040.
pub fn year_index(year: u32) -> usize {
    assert!(
        (FIRST_YEAR..=LAST_YEAR).contains(&year),
        "year {year} outside {FIRST_YEAR}..={LAST_YEAR}"
    );
    (year - FIRST_YEAR) as usize
}

/// 10 %, 50 % and 90 % points of every output over the Monte Carlo draws,
/// each value separately. Only the outputs (`Series::values`) are banded:
/// the age tables of a band (`age_groups`, `men`) stay empty, as nothing
/// shows them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Bands {
    pub p10: Series,
    pub p50: Series,
    pub p90: Series,
}

/// The result for one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitResult {
    pub code: u32,
    pub level: Level,
    /// Position of the unit in `PreparedData::units`.
    pub unit_index: usize,
    /// Employed persons 2020 (the base of the jobs indices), to turn an
    /// index back into jobs.
    pub jobs_2020: f64,
    /// The scenario at the given assumptions.
    pub scenario: Box<Series>,
    /// All levers off, same assumptions (the Hamilton-Perry baseline).
    pub baseline: Box<Series>,
    /// The assumptions `baseline` was simulated at (a later `run_into` at
    /// the same ones keeps it).
    pub baseline_at: Option<super::assumptions::Assumptions>,
    /// Bands of the scenario over the draws; `None` when no draws were asked.
    pub bands: Option<Box<Bands>>,
}

impl Series {
    /// Numbers in one series: every output, then the age groups, then the men.
    pub const FLAT_LEN: usize = (OUTPUT_COUNT + 2 * AGE_GROUPS) * YEARS;

    /// Appends every number of the series to `out`, in a fixed order (for
    /// passing a series to and from the lab's Web Worker as numbers).
    pub fn push_flat(&self, out: &mut Vec<f64>) {
        for row in self.values.iter().chain(&self.age_groups).chain(&self.men) {
            out.extend_from_slice(row);
        }
    }

    /// The series [`push_flat`](Series::push_flat) wrote at the start of
    /// `flat`, or `None` if `flat` is shorter than a series.
    pub fn from_flat(flat: &[f64]) -> Option<Series> {
        if flat.len() < Series::FLAT_LEN {
            return None;
        }
        let mut series = Series::default();
        let rows = series
            .values
            .iter_mut()
            .chain(&mut series.age_groups)
            .chain(&mut series.men);
        for (row, chunk) in rows.zip(flat.chunks_exact(YEARS)) {
            row.copy_from_slice(chunk);
        }
        Some(series)
    }
}

impl UnitResult {
    /// The scenario's population change 2020 -> 2040 in % (the lab's maps).
    pub fn population_change_pct(&self) -> f64 {
        let p = self.scenario.series(Output::Population);
        (p[YEARS - 1] / p[0] - 1.0) * 100.0
    }
}

/// A unit that was asked for but is not projected, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    pub code: u32,
    pub level: Level,
    pub reason: super::prepared::NotProjected,
}

/// Everything a run returns.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RunOutputs {
    pub units: Vec<UnitResult>,
    pub skipped: Vec<Skipped>,
}

impl RunOutputs {
    pub fn unit(&self, code: u32) -> Option<&UnitResult> {
        self.units.iter().find(|u| u.code == code)
    }
}

/// The sector of a jobs output, if it is one.
pub fn sector_of(output: Output) -> Option<Sector> {
    let i = output
        .index()
        .checked_sub(Output::JobsAgriculture.index())?;
    (i < SECTOR_COUNT).then(|| Sector::ALL[i])
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_series_survives_its_flat_form() {
        let mut s = super::Series::default();
        for (i, row) in s
            .values
            .iter_mut()
            .chain(&mut s.age_groups)
            .chain(&mut s.men)
            .enumerate()
        {
            for (t, v) in row.iter_mut().enumerate() {
                *v = (i * 100 + t) as f64 + 0.25;
            }
        }
        let mut flat = vec![-1.0];
        s.push_flat(&mut flat);
        assert_eq!(flat.len(), 1 + super::Series::FLAT_LEN);
        assert_eq!(super::Series::from_flat(&flat[1..]), Some(s));
        assert_eq!(super::Series::from_flat(&flat[2..]), None);
    }

    use super::*;

    #[test]
    fn outputs_are_indexed_in_order_with_unique_keys() {
        for (i, o) in Output::ALL.iter().enumerate() {
            assert_eq!(o.index(), i);
        }
        let mut keys: Vec<_> = Output::ALL.iter().map(|o| o.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), OUTPUT_COUNT);
        for s in Sector::ALL {
            assert_eq!(sector_of(Output::jobs_of(s)), Some(s));
        }
        assert_eq!(sector_of(Output::JobRatioIndex), None);
    }

    #[test]
    fn decade_scaling_by_hand() {
        let mut p = [100.0; YEARS];
        p[5] = 100.0 * 0.95f64.sqrt(); // -5 % a decade, half a decade in
        p[20] = 81.0; // -10 % a decade for two decades
        assert!((decade_scaled_change(&p, 2025).unwrap() + 5.0).abs() < 1e-9);
        assert!((decade_scaled_change(&p, 2040).unwrap() + 10.0).abs() < 1e-9);
        assert_eq!(decade_scaled_change(&p, 2020), None);
        let s = Series {
            values: std::array::from_fn(|_| p),
            ..Default::default()
        };
        assert_eq!(s.shrink_class(2040), Some(ShrinkClass::Moderate));
    }
}
