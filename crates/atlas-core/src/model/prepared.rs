//! The model's inputs, prepared once from the bundle: per unit the 2020
//! cohorts, cohort change ratios, child-woman ratios, the migration
//! component against the national ratios, and the 2020 bases of every
//! index. Everything here traces to a census figure; what is missing is
//! said by [`CohortBasis`], never filled with zero.

use super::hamilton_perry::{
    child_woman_ratios, cohort_change_ratios, from_age_sex, ChildWomanRatios, SexAges, FEMALE, GROUP_SHIFT, MALE, ZERO,
};
use super::tiers::RoleTier;
use crate::bundle::{Bundle, Cohorts};
use crate::dataset::{Census, Level, SectorShares, AGE_GROUPS};
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
        matches!(self, Sector::Agriculture | Sector::Mining | Sector::Manufacturing | Sector::KnowledgeServices)
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
    NoProjection { reason: String },
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

/// The 2020 figures and ratios of a projected unit.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitBase {
    /// Residents by sex and age, 2020.
    pub pop_2020: SexAges,
    /// Cohort change ratios 2010 -> 2020 by target group (groups 0 and 1
    /// unused).
    pub ccr: SexAges,
    /// ln(1 + m): the local migration component against the national
    /// ratios, CCR = CCR_nation x (1 + m), as a log (an annual net migration
    /// rate is this / 10).
    pub log_migration: SexAges,
    pub cwr: ChildWomanRatios,
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
    /// National cohort change ratios 2010 -> 2020 (the survival proxy).
    pub national_ccr: SexAges,
    /// Yearly log change of each sector's share of employment across the
    /// region 2010 -> 2020 (54 prefectures).
    pub sector_trend: [f64; SECTOR_COUNT],
    /// 2020 manufacturing jobs of the core and of the node tier, by level
    /// (`[prefecture, county]`), for the role-division lever.
    pub core_manufacturing: [f64; 2],
    pub node_manufacturing: [f64; 2],
    /// Change-ratio cells whose feeding 2010 cohort is empty, replaced by the
    /// national ratio: `(code, sex, group)`. Empty on the real data.
    pub empty_feeding_cells: Vec<(u32, usize, usize)>,
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
    /// Prepares the model from the bundle and the cohorts. Never fails: a
    /// unit that cannot be projected says why in its basis.
    pub fn new(bundle: &Bundle, cohorts: &Cohorts) -> PreparedData {
        let nat_2010 = from_age_sex(&cohorts.national_2010);
        let nat_2020 = from_age_sex(&cohorts.national_2020);
        let national_ccr = unwrap_ratios(cohort_change_ratios(&nat_2010, &nat_2020), &ZERO, 0, &mut Vec::new());

        let mut empty_feeding_cells = Vec::new();
        // Own change ratios of every unit with both tables (prefectures first,
        // so counties can borrow their parent's).
        let mut own_ccr: Vec<Option<SexAges>> = Vec::with_capacity(bundle.units.len());
        for unit in &bundle.units {
            let c = cohorts.unit(unit.level, unit.code);
            let ccr = c.and_then(|c| Some((c.y2010.as_ref()?, c.y2020.as_ref()?))).map(|(a, b)| {
                let ratios = cohort_change_ratios(&from_age_sex(a), &from_age_sex(b));
                unwrap_ratios(ratios, &national_ccr, unit.code, &mut empty_feeding_cells)
            });
            own_ccr.push(ccr);
        }
        let ccr_of = |level: Level, code: u32| -> Option<&SexAges> {
            let i = bundle.units.iter().position(|u| u.level == level && u.code == code)?;
            own_ccr[i].as_ref()
        };

        let mut units = Vec::with_capacity(bundle.units.len());
        for (unit, own) in bundle.units.iter().zip(&own_ccr) {
            let tier = RoleTier::of_prefecture(unit.parent.unwrap_or(unit.code));
            let pop = cohorts.unit(unit.level, unit.code).and_then(|c| c.y2020.as_ref()).map(from_age_sex);
            let borrow = |parent: u32, why: BorrowReason| {
                (CohortBasis::ParentMigration { parent, why }, ccr_of(Level::Prefecture, parent).copied())
            };
            let (basis, ccr) = match (own, unit.parent) {
                (Some(_), Some(parent)) if unit.boundary_caveat => borrow(parent, BorrowReason::BoundaryChanged),
                (Some(ccr), _) => (CohortBasis::Own, Some(*ccr)),
                (None, Some(parent)) => borrow(parent, BorrowReason::NoComparable2010),
                (None, None) => (CohortBasis::NoProjection { reason: "no comparable 2010 age-sex table".into() }, None),
            };
            let base = match (pop, ccr) {
                (None, _) => Err("no 2020 age-sex table".to_string()),
                (_, None) => Err("no change ratios of its own or of its prefecture".to_string()),
                (Some(pop), Some(ccr)) => unit_base(&unit.y2020, pop, ccr, &national_ccr),
            };
            let (basis, base) = match base {
                Ok(b) => (basis, Some(b)),
                Err(reason) => (CohortBasis::NoProjection { reason }, None),
            };
            units.push(PreparedUnit {
                code: unit.code,
                level: unit.level,
                province: unit.province,
                parent: unit.parent,
                tier,
                name_zh: unit.name_zh.clone(),
                name_en: unit.name_en.clone(),
                basis,
                base,
            });
        }

        let sector_trend = region_sector_trend(bundle, cohorts);
        let mut core_manufacturing = [0.0; 2];
        let mut node_manufacturing = [0.0; 2];
        for u in &units {
            if let Some(b) = &u.base {
                let m = b.jobs_2020[Sector::Manufacturing.index()];
                match u.tier {
                    RoleTier::Core => core_manufacturing[level_index(u.level)] += m,
                    RoleTier::Node => node_manufacturing[level_index(u.level)] += m,
                    RoleTier::Rest => {}
                }
            }
        }
        PreparedData { units, national_ccr, sector_trend, core_manufacturing, node_manufacturing, empty_feeding_cells }
    }

    /// The unit of a level with this code.
    pub fn unit_at(&self, level: Level, code: u32) -> Option<&PreparedUnit> {
        self.units.binary_search_by_key(&(level, code), |u| (u.level, u.code)).ok().map(|i| &self.units[i])
    }

    /// The unit with this code, the prefecture if both levels had it.
    pub fn unit(&self, code: u32) -> Option<&PreparedUnit> {
        self.unit_at(Level::Prefecture, code).or_else(|| self.unit_at(Level::County, code))
    }
}

/// Ratios with undefined cells replaced by `fallback` (recorded).
fn unwrap_ratios(
    ratios: [[Option<f64>; AGE_GROUPS]; 2],
    fallback: &SexAges,
    code: u32,
    notes: &mut Vec<(u32, usize, usize)>,
) -> SexAges {
    let mut out = ZERO;
    for sex in [MALE, FEMALE] {
        for g in GROUP_SHIFT..AGE_GROUPS {
            out[sex][g] = ratios[sex][g].unwrap_or_else(|| {
                notes.push((code, sex, g));
                fallback[sex][g]
            });
        }
    }
    out
}

fn unit_base(census: &Census, pop: SexAges, ccr: SexAges, national: &SexAges) -> Result<UnitBase, String> {
    let cwr = child_woman_ratios(&pop).ok_or("no children or no women aged 15-54 in 2020")?;
    let jobs_2020 = jobs_by_sector(census, &pop).ok_or("no 2020 employment figures")?;
    let floor_area_per_person = census.floor_area_per_person.ok_or("no 2020 floor area per person")?;
    let professionals_share = census.occupations.as_ref().map_or(0.0, |o| o.professionals / 100.0);
    let mut log_migration = ZERO;
    for sex in [MALE, FEMALE] {
        for g in GROUP_SHIFT..AGE_GROUPS {
            log_migration[sex][g] = (ccr[sex][g] / national[sex][g]).ln();
        }
    }
    Ok(UnitBase { pop_2020: pop, ccr, log_migration, cwr, jobs_2020, professionals_share, floor_area_per_person })
}

/// Yearly log change of the region's sector shares, from the 54 prefectures
/// (all have both censuses), weighting each by its employed persons.
fn region_sector_trend(bundle: &Bundle, cohorts: &Cohorts) -> [f64; SECTOR_COUNT] {
    let mut jobs = [[0.0; SECTOR_COUNT]; 2];
    for unit in bundle.units_at(Level::Prefecture) {
        let Some(c) = cohorts.unit(Level::Prefecture, unit.code) else { continue };
        let years = [(unit.y2010.as_ref(), c.y2010.as_ref()), (Some(&unit.y2020), c.y2020.as_ref())];
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
