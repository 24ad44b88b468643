//! The model's inputs, prepared once from the bundle: per unit the 2020
//! residents by sex and single year of age, the yearly net migration by
//! age and sex of 2010-2020 (the unit's fitted rates less the national
//! ones, see [`cohort_component`](super::cohort_component)), births per
//! woman, the 2020 bases of every index, and the migration level fitted to
//! the figures reported since the census ([`calibration`](super::calibration)).
//! Everything here traces to a census or a reported figure; what is missing
//! is said by [`CohortBasis`], never filled with zero.

use super::calibration::{align_counties, calibrate, Calibration};
use super::cohort_component::{
    decade_rates, from_age_sex, split_even, women_15_49, SexAges, SexYears, FEMALE, MALE, ZERO,
};
use super::outputs::YEARS;
use super::tiers::RoleTier;
use crate::bundle::{Bundle, Cohorts, ReportedFigure};
use crate::dataset::{Census, Level, SectorShares, Unit, AGE_GROUPS};
use crate::url_state::Lang;
use serde::Serialize;

/// The seven comparable sector groups of the census employment tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Agriculture,
    Mining,
    Manufacturing,
    ConstructionUtilities,
    TradeTransportHospitality,
    KnowledgeServices,
    PublicOtherServices,
}

pub const SECTOR_COUNT: usize = 7;

impl Sector {
    pub const ALL: [Sector; SECTOR_COUNT] = [
        Sector::Agriculture,
        Sector::Mining,
        Sector::Manufacturing,
        Sector::ConstructionUtilities,
        Sector::TradeTransportHospitality,
        Sector::KnowledgeServices,
        Sector::PublicOtherServices,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// "Basic" sectors sell beyond the unit and need workers: their jobs
    /// follow the working-age population. The others serve residents and
    /// follow the resident population (local demand).
    pub fn is_basic(self) -> bool {
        matches!(
            self,
            Sector::Agriculture
                | Sector::Mining
                | Sector::Manufacturing
                | Sector::KnowledgeServices
        )
    }

    pub fn key(self) -> &'static str {
        match self {
            Sector::Agriculture => "agriculture",
            Sector::Mining => "mining",
            Sector::Manufacturing => "manufacturing",
            Sector::ConstructionUtilities => "construction_utilities",
            Sector::TradeTransportHospitality => "trade_transport_hospitality",
            Sector::KnowledgeServices => "knowledge_services",
            Sector::PublicOtherServices => "public_other_services",
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            Sector::Agriculture => "农林牧渔业",
            Sector::Mining => "采矿业",
            Sector::Manufacturing => "制造业",
            Sector::ConstructionUtilities => "建筑与公用事业",
            Sector::TradeTransportHospitality => "商贸、交通、住宿餐饮",
            Sector::KnowledgeServices => "知识密集型服务",
            Sector::PublicOtherServices => "公共及其他服务",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Sector::Agriculture => "agriculture",
            Sector::Mining => "mining",
            Sector::Manufacturing => "manufacturing",
            Sector::ConstructionUtilities => "construction and utilities",
            Sector::TradeTransportHospitality => "trade, transport, hospitality",
            Sector::KnowledgeServices => "knowledge services",
            Sector::PublicOtherServices => "public and other services",
        }
    }
}

fn sector_shares(s: &SectorShares) -> [f64; SECTOR_COUNT] {
    [
        s.agriculture,
        s.mining,
        s.manufacturing,
        s.construction_utilities,
        s.trade_transport_hospitality,
        s.knowledge_services,
        s.public_other_services,
    ]
}

/// Where a unit's cohort change ratios come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CohortBasis {
    /// Its own 2010 and 2020 age-sex tables.
    Own,
    /// The parent prefecture's migration component, i.e. the prefecture's
    /// change ratios, applied to the county's own 2020 cohorts; its own
    /// child-woman ratios and 2020 figures. `why` says why the county's own
    /// ratios are not used.
    ParentMigration { parent: u32, why: BorrowReason },
    /// Not projected, with the reason (a unit without a 2020 age-sex table
    /// or 2020 employment figures).
    NoProjection { reason: NotProjected },
}

/// Why a unit is not projected: a typed message, put in words in the
/// reader's language where it is shown ([`NotProjected::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotProjected {
    No2020AgeSexTable,
    /// Neither its own 2010-2020 change ratios nor its prefecture's.
    NoChangeRates,
    NoChildrenOrWomen,
    No2020Employment,
    No2020FloorArea,
}

impl NotProjected {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (NotProjected::No2020AgeSexTable, Lang::Zh) => "没有2020年分年龄性别人口表",
            (NotProjected::No2020AgeSexTable, Lang::En) => "no 2020 age-sex table",
            (NotProjected::NoChangeRates, Lang::Zh) => {
                "没有本地区或所属地级单位可比的2010年分年龄性别人口表"
            }
            (NotProjected::NoChangeRates, Lang::En) => {
                "no comparable 2010 age-sex table of its own or of its prefecture"
            }
            (NotProjected::NoChildrenOrWomen, Lang::Zh) => "2020年没有0-4岁儿童或15-49岁女性",
            (NotProjected::NoChildrenOrWomen, Lang::En) => {
                "no children or no women aged 15-49 in 2020"
            }
            (NotProjected::No2020Employment, Lang::Zh) => "没有2020年分行业就业数据",
            (NotProjected::No2020Employment, Lang::En) => "no 2020 employment figures",
            (NotProjected::No2020FloorArea, Lang::Zh) => "没有2020年人均住房面积",
            (NotProjected::No2020FloorArea, Lang::En) => "no 2020 floor area per person",
        }
    }
}

impl std::fmt::Display for NotProjected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text(Lang::En))
    }
}

/// Why a county borrows its prefecture's change ratios.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BorrowReason {
    /// No comparable 2010 table (a new unit, a merger or a split; the 18
    /// counties of `data/reports/county_matching.md`, less 540173 which has
    /// no 2020 table either).
    NoComparable2010,
    /// The bundle flags the county's territory as possibly changed between
    /// the censuses (`Unit::boundary_caveat`: a unit of its prefecture was
    /// created, merged or split). Its own ratios would mix migration with
    /// the transfer of townships (Tongchuan in Dazhou: x1.89 in a decade;
    /// Bazhou in Bazhong: x0.58), which compounding turns into nonsense by
    /// 2040, so the prefecture's ratios, which a transfer inside the
    /// prefecture does not touch, are used instead.
    BoundaryChanged,
}

/// The 2020 figures and rates of a projected unit.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitBase {
    /// Residents by sex and five-year group, 2020.
    pub pop_2020: SexAges,
    /// The same split evenly into single years: the launch table.
    pub start: SexYears,
    /// Yearly net migration rate by sex and group in 2010-2020: the unit's
    /// fitted yearly rate of change less the national one (the residual).
    /// Groups 0-4 and 5-9 share the rate of 5-9; 85+ has twice that of 80-84.
    pub migration: SexAges,
    /// Yearly births per woman aged 15-49 in 2015-2020: the children 0-4 of
    /// 2020 per woman 15-49, less their own change since birth, over five years.
    pub births_per_woman: f64,
    /// Boys' share of the children 0-4 of 2020 (the sex ratio at birth).
    pub boys_share: f64,
    /// Share of the 2010-2020 migration rates in force after 2020, fitted to
    /// the reported figures ([`calibration`](super::calibration)).
    pub migration_level: f64,
    /// Its standard error (the calibration uncertainty of the bands).
    pub migration_level_se: f64,
    /// A yearly net migration rate added at every age after 2020: the
    /// change common to a province that its reported totals show and its
    /// 2010-2020 flows do not contain (0 for a unit fitted on its own figures).
    pub migration_shift: f64,
    /// A county's growth factor in each year (index 1 = the first year after
    /// the census) that keeps its prefecture's counties summing to the
    /// prefecture ([`align_counties`](super::calibration::align_counties));
    /// 1 for prefectures.
    pub alignment: [f64; YEARS],
    /// Employed persons by sector group, 2020: employment per 100 aged 15+
    /// x residents 15+ x sector shares (normalised to sum to one).
    pub jobs_2020: [f64; SECTOR_COUNT],
    /// Professionals' share of the employed, 2020 (0-1).
    pub professionals_share: f64,
    /// Housing floor area per person in family households, 2020 (m²).
    pub floor_area_per_person: f64,
}

/// A unit as the model sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedUnit {
    pub code: u32,
    pub level: Level,
    pub province: u32,
    pub parent: Option<u32>,
    pub tier: RoleTier,
    pub name_zh: String,
    pub name_en: String,
    pub basis: CohortBasis,
    /// `None` exactly when the basis is `NoProjection`.
    pub base: Option<UnitBase>,
}

/// Everything the model needs, prepared once.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedData {
    /// In bundle order: prefectures, then counties, each by code.
    pub units: Vec<PreparedUnit>,
    /// Yearly survival by sex and group: the national yearly rates of change
    /// 2010-2020 (the country is nearly closed), at most 0 (a national rate
    /// above 0 in a young group reflects the 2010 census's undercount of
    /// children, not survival above one).
    pub survival: SexAges,
    /// The national yearly rates themselves, against which migration is measured.
    pub national_rates: SexAges,
    /// The migration levels and how they were fitted.
    pub calibration: Calibration,
    /// The figures reported since the census (the bundle's, in its order).
    pub reported: Vec<ReportedFigure>,
    /// Yearly log change of each sector's share of employment across the
    /// region 2010 -> 2020 (54 prefectures).
    pub sector_trend: [f64; SECTOR_COUNT],
    /// 2020 manufacturing jobs of the core and of the node tier, by level
    /// (`[prefecture, county]`), for the role-division lever.
    pub core_manufacturing: [f64; 2],
    pub node_manufacturing: [f64; 2],
}

/// Index of a level in `[prefecture, county]` arrays.
pub fn level_index(level: Level) -> usize {
    match level {
        Level::Prefecture => 0,
        Level::County => 1,
    }
}

/// Employed persons by sector from a census year and its age-sex table.
fn jobs_by_sector(census: &Census, pop: &SexAges) -> Option<[f64; SECTOR_COUNT]> {
    let rate = census.employment_rate?;
    let shares = sector_shares(census.sectors.as_ref()?);
    let sum: f64 = shares.iter().sum();
    if sum <= 0.0 {
        return None;
    }
    let aged_15_plus: f64 = (3..AGE_GROUPS).map(|g| pop[MALE][g] + pop[FEMALE][g]).sum();
    let employed = rate / 100.0 * aged_15_plus;
    Some(shares.map(|s| employed * s / sum))
}

impl PreparedData {
    /// Prepares the model from the bundle and the cohorts, and calibrates
    /// it on the reported figures they carry. Never fails: a unit that
    /// cannot be projected says why in its basis.
    pub fn new(bundle: &Bundle, cohorts: &Cohorts) -> PreparedData {
        let mut data = PreparedData::uncalibrated(bundle, cohorts);
        data.calibration = calibrate(&data);
        data.calibration.county_alignment = align_counties(&data, &data.calibration);
        data.calibration.apply(&mut data.units);
        data
    }

    /// The same, with every migration level at 1 (the 2010-2020 rates
    /// continue) and no calibration: what the fit starts from.
    pub fn uncalibrated(bundle: &Bundle, cohorts: &Cohorts) -> PreparedData {
        let national_rates = decade_rates(
            &from_age_sex(&cohorts.national_2010),
            &from_age_sex(&cohorts.national_2020),
        );
        let survival = national_rates.map(|sex| sex.map(|r| r.min(0.0)));

        let own_rates = own_decade_rates(bundle, cohorts);
        let prefecture_rates = |code: u32| -> Option<SexAges> {
            let i = bundle
                .units
                .iter()
                .position(|u| u.level == Level::Prefecture && u.code == code)?;
            own_rates[i]
        };
        let units: Vec<PreparedUnit> = bundle
            .units
            .iter()
            .zip(&own_rates)
            .map(|(unit, own)| {
                prepared_unit(unit, own, &prefecture_rates, cohorts, &national_rates)
            })
            .collect();

        let sector_trend = region_sector_trend(bundle, cohorts);
        let (core_manufacturing, node_manufacturing) = manufacturing_by_tier(&units);
        PreparedData {
            units,
            survival,
            national_rates,
            calibration: Calibration::default(),
            reported: cohorts.reported.clone(),
            sector_trend,
            core_manufacturing,
            node_manufacturing,
        }
    }

    /// The unit of a level with this code.
    pub fn unit_at(&self, level: Level, code: u32) -> Option<&PreparedUnit> {
        self.units
            .binary_search_by_key(&(level, code), |u| (u.level, u.code))
            .ok()
            .map(|i| &self.units[i])
    }

    /// The unit with this code, the prefecture if both levels had it.
    pub fn unit(&self, code: u32) -> Option<&PreparedUnit> {
        self.unit_at(Level::Prefecture, code)
            .or_else(|| self.unit_at(Level::County, code))
    }
}

/// Own yearly rates of every unit with both tables, in bundle order
/// (prefectures first, so counties can borrow their parent's).
fn own_decade_rates(bundle: &Bundle, cohorts: &Cohorts) -> Vec<Option<SexAges>> {
    bundle
        .units
        .iter()
        .map(|unit| {
            let c = cohorts.unit(unit.level, unit.code)?;
            Some(decade_rates(
                &from_age_sex(c.y2010.as_ref()?),
                &from_age_sex(c.y2020.as_ref()?),
            ))
        })
        .collect()
}

/// One unit ready to project: which rates it uses (its own, or its
/// parent's where it has none comparable) and its base, or why it has none.
fn prepared_unit(
    unit: &Unit,
    own: &Option<SexAges>,
    prefecture_rates: &dyn Fn(u32) -> Option<SexAges>,
    cohorts: &Cohorts,
    national_rates: &SexAges,
) -> PreparedUnit {
    let tier = RoleTier::of_prefecture(unit.parent.unwrap_or(unit.code));
    let pop = cohorts
        .unit(unit.level, unit.code)
        .and_then(|c| c.y2020.as_ref())
        .map(from_age_sex);
    let borrow = |parent: u32, why: BorrowReason| {
        (
            CohortBasis::ParentMigration { parent, why },
            prefecture_rates(parent),
        )
    };
    let (basis, rates) = match (own, unit.parent) {
        (Some(_), Some(parent)) if unit.boundary_caveat => {
            borrow(parent, BorrowReason::BoundaryChanged)
        }
        (Some(rates), _) => (CohortBasis::Own, Some(*rates)),
        (None, Some(parent)) => borrow(parent, BorrowReason::NoComparable2010),
        (None, None) => (
            CohortBasis::NoProjection {
                reason: NotProjected::NoChangeRates,
            },
            None,
        ),
    };
    let base = match (pop, rates) {
        (None, _) => Err(NotProjected::No2020AgeSexTable),
        (_, None) => Err(NotProjected::NoChangeRates),
        (Some(pop), Some(rates)) => unit_base(&unit.y2020, pop, &rates, national_rates),
    };
    let (basis, base) = match base {
        Ok(b) => (basis, Some(b)),
        Err(reason) => (CohortBasis::NoProjection { reason }, None),
    };
    PreparedUnit {
        code: unit.code,
        level: unit.level,
        province: unit.province,
        parent: unit.parent,
        tier,
        name_zh: unit.name_zh.clone(),
        name_en: unit.name_en.clone(),
        basis,
        base,
    }
}

/// 2020 manufacturing jobs of the core and of the node cities, by level.
fn manufacturing_by_tier(units: &[PreparedUnit]) -> ([f64; 2], [f64; 2]) {
    let mut core_manufacturing = [0.0; 2];
    let mut node_manufacturing = [0.0; 2];
    for u in units {
        if let Some(b) = &u.base {
            let m = b.jobs_2020[Sector::Manufacturing.index()];
            match u.tier {
                RoleTier::Core => core_manufacturing[level_index(u.level)] += m,
                RoleTier::Node => node_manufacturing[level_index(u.level)] += m,
                RoleTier::Rest => {}
            }
        }
    }
    (core_manufacturing, node_manufacturing)
}

fn unit_base(
    census: &Census,
    pop: SexAges,
    rates: &SexAges,
    national: &SexAges,
) -> Result<UnitBase, NotProjected> {
    let start = split_even(&pop);
    let women = women_15_49(&start);
    let kids = pop[MALE][0] + pop[FEMALE][0];
    if women <= 0.0 || kids <= 0.0 {
        return Err(NotProjected::NoChildrenOrWomen);
    }
    let jobs_2020 = jobs_by_sector(census, &pop).ok_or(NotProjected::No2020Employment)?;
    let floor_area_per_person = census
        .floor_area_per_person
        .ok_or(NotProjected::No2020FloorArea)?;
    let professionals_share = census
        .occupations
        .as_ref()
        .map_or(0.0, |o| o.professionals / 100.0);
    let mut migration = ZERO;
    for sex in [MALE, FEMALE] {
        for (g, m) in migration[sex].iter_mut().enumerate() {
            *m = rates[sex][g] - national[sex][g];
        }
    }
    // The children 0-4 of 2020 were born over the five years before, each
    // year's births changing at the 0-4 rate since (half a year for the
    // youngest): births per year = kids / sum of those factors.
    let child_rate = 0.5 * (rates[MALE][0] + rates[FEMALE][0]);
    let survived: f64 = (0..5).map(|k| (child_rate * (k as f64 + 0.5)).exp()).sum();
    Ok(UnitBase {
        pop_2020: pop,
        start,
        migration,
        births_per_woman: kids / survived / women,
        boys_share: pop[MALE][0] / kids,
        migration_level: 1.0,
        migration_level_se: 0.0,
        migration_shift: 0.0,
        alignment: [1.0; YEARS],
        jobs_2020,
        professionals_share,
        floor_area_per_person,
    })
}

/// Yearly log change of the region's sector shares, from the 54 prefectures
/// (all have both censuses), weighting each by its employed persons.
fn region_sector_trend(bundle: &Bundle, cohorts: &Cohorts) -> [f64; SECTOR_COUNT] {
    let mut jobs = [[0.0; SECTOR_COUNT]; 2];
    for unit in bundle.units_at(Level::Prefecture) {
        let Some(c) = cohorts.unit(Level::Prefecture, unit.code) else {
            continue;
        };
        let years = [
            (unit.y2010.as_ref(), c.y2010.as_ref()),
            (Some(&unit.y2020), c.y2020.as_ref()),
        ];
        let found: Vec<_> = years
            .iter()
            .map(|(census, pop)| jobs_by_sector((*census)?, &from_age_sex((*pop)?)))
            .collect();
        if let [Some(a), Some(b)] = found[..] {
            for s in 0..SECTOR_COUNT {
                jobs[0][s] += a[s];
                jobs[1][s] += b[s];
            }
        }
    }
    let totals = [jobs[0].iter().sum::<f64>(), jobs[1].iter().sum::<f64>()];
    std::array::from_fn(|s| {
        let (a, b) = (jobs[0][s] / totals[0], jobs[1][s] / totals[1]);
        if a > 0.0 && b > 0.0 {
            (b / a).ln() / 10.0
        } else {
            0.0
        }
    })
}
