//! The regional dataset: units (prefectures and counties), their census
//! figures for 2010 and 2020, and national age-sex totals.
//!
//! Every value comes from a source file (see `data/sources/PROVENANCE.md`);
//! a value the sources do not give is `None` ("no data"), never zero.
//! Shares are percentages (0-100).

use crate::url_state::Lang;
use serde::{Deserialize, Serialize};

/// Administrative level of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Prefecture,
    County,
}

impl Default for Level {
    /// The map opens on prefectures.
    fn default() -> Level {
        Level::Prefecture
    }
}

impl Level {
    pub fn key(self) -> &'static str {
        match self {
            Level::Prefecture => "prefecture",
            Level::County => "county",
        }
    }

    /// What a unit of this level is called ("地级", "county").
    pub fn kind(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Level::Prefecture, crate::Lang::Zh) => "地级",
            (Level::County, crate::Lang::Zh) => "县级",
            (Level::Prefecture, crate::Lang::En) => "prefecture",
            (Level::County, crate::Lang::En) => "county",
        }
    }
}

/// Five-year age groups of the census tables: 0-4, 5-9, ..., 80-84, 85+.
pub const AGE_GROUPS: usize = 18;

/// Lower bound (years) of age group `i`.
pub fn age_group_start(i: usize) -> u32 {
    5 * i as u32
}

/// Resident population by sex and five-year age group (persons).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeSex {
    pub male: [u64; AGE_GROUPS],
    pub female: [u64; AGE_GROUPS],
}

impl AgeSex {
    pub fn total(&self) -> u64 {
        self.male.iter().chain(self.female.iter()).sum()
    }

    /// Persons in age groups `from..to` (group indices), both sexes.
    pub fn sum_groups(&self, from: usize, to: usize) -> u64 {
        (from..to.min(AGE_GROUPS))
            .map(|i| self.male[i] + self.female[i])
            .sum()
    }

    /// Share (%) of persons in age groups `from..to`; `None` if empty.
    pub fn share(&self, from: usize, to: usize) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| self.sum_groups(from, to) as f64 / total as f64 * 100.0)
    }

    pub fn add(&mut self, other: &AgeSex) {
        for i in 0..AGE_GROUPS {
            self.male[i] += other.male[i];
            self.female[i] += other.female[i];
        }
    }

    pub fn zero() -> AgeSex {
        AgeSex {
            male: [0; AGE_GROUPS],
            female: [0; AGE_GROUPS],
        }
    }
}

/// Employment by sector group, comparable between the 2002 (used in 2010)
/// and 2017 (used in 2020) editions of the national industry classification.
/// Shares (%) of employed persons in the census long-form sample.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectorShares {
    /// Agriculture, forestry, animal husbandry, fishery (section A).
    pub agriculture: f64,
    /// Mining (B).
    pub mining: f64,
    /// Manufacturing (C).
    pub manufacturing: f64,
    /// Utilities and construction (D, E).
    pub construction_utilities: f64,
    /// Wholesale and retail, transport, storage and post, hotels and catering.
    pub trade_transport_hospitality: f64,
    /// Information technology, finance, leasing and business services,
    /// scientific research and technical services.
    pub knowledge_services: f64,
    /// Real estate, water and environment, resident services, education,
    /// health and social work, culture, public administration, other.
    pub public_other_services: f64,
}

impl SectorShares {
    /// Primary, secondary and tertiary industry shares (%).
    pub fn three_sectors(&self) -> [f64; 3] {
        let secondary = self.mining + self.manufacturing + self.construction_utilities;
        let tertiary =
            self.trade_transport_hospitality + self.knowledge_services + self.public_other_services;
        [self.agriculture, secondary, tertiary]
    }
}

/// Employment by occupation group (%), the seven major groups of the 1999
/// (2010 census) and 2015 (2020 census) occupation classifications.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OccupationShares {
    pub heads_of_organisations: f64,
    pub professionals: f64,
    pub clerical: f64,
    /// Commerce and service workers (2010) / social production and life
    /// service workers (2020).
    pub services: f64,
    pub agriculture: f64,
    /// Production and transport equipment operators (2010) / production and
    /// manufacturing workers (2020).
    pub production: f64,
    pub other: f64,
}

/// One census year's figures for a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Census {
    /// Resident (常住) population, persons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pop: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pop_urban: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pop_rural: Option<u64>,
    /// Males per 100 females.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex_ratio: Option<f64>,
    /// Average persons per family household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household_size: Option<f64>,
    /// Shares of residents aged 0-14, 15-59, 60+ and 65+ (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_0_14: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_15_59: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_60_plus: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_65_plus: Option<f64>,
    /// Registered (户籍) population; the 2010 yearbook only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered: Option<u64>,
    /// Residents whose registration (hukou) is in another township of the
    /// same county, another county of the same province, another province
    /// (% of residents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_elsewhere_county: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_elsewhere_province: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_elsewhere_outside: Option<f64>,
    /// Average years of schooling, population aged 6+.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schooling_years: Option<f64>,
    /// Share of the population aged 6+ with junior college (大专) or higher (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub college_share: Option<f64>,
    /// Employed persons per 100 residents aged 15+ (long-form sample).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_rate: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sectors: Option<SectorShares>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupations: Option<OccupationShares>,
    /// Housing floor area per person in family households (m²).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor_area_per_person: Option<f64>,
    /// Rooms per family household.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rooms_per_household: Option<f64>,
}

/// GHSL degree of urbanisation (2020), from the tudigong county table
/// (GHS-POP and GHS-SMOD R2023A aggregated to counties).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ghsl {
    /// GHSL-modelled population 2020.
    pub pop: u64,
    /// Share of that population living in urban centres (SMOD class 30, %).
    pub urban_centre_share: f64,
    /// Share living in urban clusters of any kind (classes 21-30, %).
    pub urban_cluster_share: f64,
}

/// Degree of urbanisation of a local unit (the EU-OECD-UN rule applied to the
/// GHSL shares): a city if at least half its population lives in urban
/// centres, a town or semi-dense area if at least half lives in urban
/// clusters, otherwise rural.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Degurba {
    City,
    TownSemiDense,
    Rural,
}

impl Ghsl {
    pub fn degurba(&self) -> Degurba {
        if self.urban_centre_share >= 50.0 {
            Degurba::City
        } else if self.urban_cluster_share >= 50.0 {
            Degurba::TownSemiDense
        } else {
            Degurba::Rural
        }
    }
}

/// Why a county's 2010 figure is missing or to be read with care.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparability {
    /// Matched one-to-one to a 2010 unit.
    Matched {
        code_2010: u32,
        name_2010: String,
        how: MatchRule,
    },
    /// No one-to-one 2010 counterpart (new unit, merger or split): see the
    /// generated report `data/reports/county_matching.md`.
    NoComparable2010 { reason: NoMatchReason },
}

/// Why a 2020 county has no one-to-one 2010 counterpart: a typed message
/// the data build writes and the reader's language puts in words
/// ([`NoMatchReason::text`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoMatchReason {
    /// A development zone given an unofficial statistical code after 2010.
    DevelopmentZone,
    /// A merger or split: the names of the 2010 units involved.
    BoundaryChange { units_2010: Vec<String> },
    /// No 2010 unit links by code, name or a recorded renaming.
    NotLinked,
}

impl NoMatchReason {
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (NoMatchReason::DevelopmentZone, Lang::Zh) => {
                "2010年后设立的开发区（非正式统计代码）".to_string()
            }
            (NoMatchReason::DevelopmentZone, Lang::En) => {
                "development zone created after 2010 (unofficial statistical code)".to_string()
            }
            (NoMatchReason::BoundaryChange { units_2010 }, Lang::Zh) => {
                format!("涉及2010年{}的行政区划调整", units_2010.join("、"))
            }
            (NoMatchReason::BoundaryChange { units_2010 }, Lang::En) => format!(
                "boundary change involving the 2010 units {}",
                units_2010.join(", ")
            ),
            (NoMatchReason::NotLinked, Lang::Zh) => {
                "无法按代码、名称或有记录的更名与2010年的单位对应".to_string()
            }
            (NoMatchReason::NotLinked, Lang::En) => {
                "no 2010 unit could be linked by code, name or a recorded renaming".to_string()
            }
        }
    }
}

/// How a 2020 county was linked to its 2010 counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchRule {
    /// Same code and the same name stem.
    Code,
    /// Same code, different name (a renaming that kept the code).
    CodeRenamed,
    /// Same name stem within the (crosswalked) prefecture or province.
    Name,
    /// A renaming recorded in the FIERsity crosswalk's event notes.
    CrosswalkEvent,
}

/// A prefecture- or county-level unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Six-digit code (2020). Chongqing is `500000`; development zones carry
    /// the census tabulation's unofficial `XXYY7Z` codes.
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
    /// Other English names a reader may search for (variants of an official
    /// name, the romanised form it replaced).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_known_as: Vec<String>,
    pub level: Level,
    /// Province code (`510000`, ...).
    pub province: u32,
    /// Prefecture code for counties.
    pub parent: Option<u32>,
    /// Land area from the polygons (km², equal-area projection).
    pub area_km2: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ghsl: Option<Ghsl>,
    /// 2010 on 2020 boundaries; `None` when no comparable figure exists.
    pub y2010: Option<Census>,
    pub y2020: Census,
    /// How the 2010 figure was obtained (counties only).
    pub comparability: Option<Comparability>,
    /// True where a unit of the same prefecture was created, merged or split
    /// between the censuses, so that this unit's territory may have changed
    /// even though its name and code did not.
    pub boundary_caveat: bool,
    /// Economic figures (prefecture-level cities the sources cover only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub economy: Option<crate::economy::Economy>,
}

/// A province: code and names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Province {
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
}

impl Province {
    /// The name in the reader's language.
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.name_zh,
            crate::Lang::En => &self.name_en,
        }
    }
}

impl Census {
    /// Splits into (headline fields, all other fields). The headline fields
    /// (population and the four age shares) ship in the first-loaded file:
    /// the first map, the search and a place's headline need nothing else.
    /// The rest travel in the lazily loaded details file.
    pub fn split_headline(&self) -> (Census, Census) {
        let headline = Census {
            pop: self.pop,
            age_0_14: self.age_0_14,
            age_15_59: self.age_15_59,
            age_60_plus: self.age_60_plus,
            age_65_plus: self.age_65_plus,
            ..Default::default()
        };
        let details = Census {
            pop: None,
            age_0_14: None,
            age_15_59: None,
            age_60_plus: None,
            age_65_plus: None,
            ..self.clone()
        };
        (headline, details)
    }

    /// Fills every missing field from `other` (the inverse of
    /// [`Census::split_headline`]). The exhaustive destructuring makes a new
    /// field a compile error here until it is merged too.
    pub fn fill_from(&mut self, other: &Census) {
        let Census {
            pop,
            pop_urban,
            pop_rural,
            sex_ratio,
            household_size,
            age_0_14,
            age_15_59,
            age_60_plus,
            age_65_plus,
            registered,
            reg_elsewhere_county,
            reg_elsewhere_province,
            reg_elsewhere_outside,
            schooling_years,
            college_share,
            employment_rate,
            sectors,
            occupations,
            floor_area_per_person,
            rooms_per_household,
        } = other.clone();
        fn fill<T>(slot: &mut Option<T>, value: Option<T>) {
            if slot.is_none() {
                *slot = value;
            }
        }
        fill(&mut self.pop, pop);
        fill(&mut self.pop_urban, pop_urban);
        fill(&mut self.pop_rural, pop_rural);
        fill(&mut self.sex_ratio, sex_ratio);
        fill(&mut self.household_size, household_size);
        fill(&mut self.age_0_14, age_0_14);
        fill(&mut self.age_15_59, age_15_59);
        fill(&mut self.age_60_plus, age_60_plus);
        fill(&mut self.age_65_plus, age_65_plus);
        fill(&mut self.registered, registered);
        fill(&mut self.reg_elsewhere_county, reg_elsewhere_county);
        fill(&mut self.reg_elsewhere_province, reg_elsewhere_province);
        fill(&mut self.reg_elsewhere_outside, reg_elsewhere_outside);
        fill(&mut self.schooling_years, schooling_years);
        fill(&mut self.college_share, college_share);
        fill(&mut self.employment_rate, employment_rate);
        fill(&mut self.sectors, sectors);
        fill(&mut self.occupations, occupations);
        fill(&mut self.floor_area_per_person, floor_area_per_person);
        fill(&mut self.rooms_per_household, rooms_per_household);
    }
}

impl Unit {
    /// The name in the reader's language.
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.name_zh,
            crate::Lang::En => &self.name_en,
        }
    }

    /// Population density 2020 (residents per km²).
    pub fn density(&self) -> Option<f64> {
        let area = self.area_km2.filter(|a| *a > 0.0)?;
        Some(self.y2020.pop? as f64 / area)
    }
}
