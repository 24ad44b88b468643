//! The data bundle: the compact, generated files the app ships in
//! `public/data/`. `atlas-databuild` writes them from the committed sources;
//! the app, the CLI and the tests decode them here.
//!
//! - `atlas.json` ([`Bundle`]): every unit's names and codes, the
//!   prefectures' headline figures (population, age shares), the prefecture
//!   and province map. Loaded first.
//! - `details.json` ([`Details`]): every other figure (education, jobs,
//!   housing, migration, GHSL, the economy), merged into the bundle with
//!   [`Bundle::with_details`]. Loaded when a view needs it.
//! - `cohorts.json` ([`Cohorts`]): age-sex counts for the pyramid and the
//!   projection. Loaded when a view needs them.
//! - `counties-map.json` ([`CountyShapes`]): county polygons. Loaded when the
//!   map switches to counties.

use crate::dataset::{AgeSex, Census, Comparability, Ghsl, Level, Province, Unit};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the bundle layout; bump when a field changes meaning.
pub const BUNDLE_VERSION: u32 = 2;

/// File names under `public/data/` (and `data/` of the built site).
pub const BUNDLE_FILE: &str = "atlas.json";
pub const DETAILS_FILE: &str = "details.json";
pub const COHORTS_FILE: &str = "cohorts.json";
pub const COUNTY_SHAPES_FILE: &str = "counties-map.json";

/// One region shape as an SVG path (`d` attribute), already projected, with
/// a point inside it for its label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub code: u32,
    pub d: String,
    pub label: [i64; 2],
}

/// Projected map geometry: Albers equal-area (lat0 36N, parallels 24N/48N,
/// lon0 104.5E, the projection of the tudigong topology), y pointing down, in
/// the bundle's map units (see `units_per_km`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapGeometry {
    /// `[min_x, min_y, width, height]` for the SVG `viewBox`.
    pub view_box: [f64; 4],
    pub units_per_km: f64,
    pub prefectures: Vec<Shape>,
    pub provinces: Vec<Shape>,
}

/// A source the bundle was built from, for the sources panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    pub title: String,
    pub repository: String,
    pub commit: String,
    pub paths: Vec<String>,
    pub licence: String,
    pub citation: String,
}

/// The first-loaded file: units, figures, prefecture and province map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub version: u32,
    pub sources: Vec<SourceRef>,
    pub provinces: Vec<Province>,
    /// Prefectures and counties, sorted by (level, code): prefectures first,
    /// then counties, each by code (the order of every file).
    pub units: Vec<Unit>,
    pub map: MapGeometry,
}

/// The figures of every unit that are not in the first-loaded file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Details {
    pub version: u32,
    /// Sorted like [`Bundle::units`].
    pub units: Vec<UnitDetails>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitDetails {
    pub code: u32,
    pub level: Level,
    /// A county's area and how it was matched to 2010 (the first file keeps
    /// only "no comparable 2010 figure", which views show at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_km2: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparability: Option<Comparability>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ghsl: Option<Ghsl>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y2010: Option<Census>,
    pub y2020: Census,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub economy: Option<crate::economy::Economy>,
}

/// Age-sex counts per unit and year, and the national totals used as the
/// survival proxy of the projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohorts {
    pub version: u32,
    /// All of China (sum of the 31 province rows of the county yearbooks).
    pub national_2010: AgeSex,
    pub national_2020: AgeSex,
    /// Sorted like [`Bundle::units`]; `None` where the yearbook has no row.
    pub units: Vec<UnitCohorts>,
    /// Year-end resident populations reported after the census, with their
    /// sources, sorted by code, year and address (absent in bundles made
    /// before they were added: then empty).
    #[serde(default)]
    pub reported: Vec<ReportedFigure>,
}

/// A year-end resident population (年末常住人口) published after the 2020
/// census, transcribed from a public page with its quote
/// (`data/sources/reported/`). Year Y means 31 December of Y.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportedFigure {
    /// Adcode: a province (510000) or a prefecture-level unit; Chongqing's
    /// 500000 is both.
    pub code: u32,
    pub year: u32,
    /// As printed, in 万人 (10,000 persons).
    pub population_10k: f64,
    pub quote: String,
    pub url: String,
    pub title: String,
    /// What kind of page it is, as the transcriber described it.
    pub source_kind: String,
}

impl ReportedFigure {
    /// Residents (persons).
    pub fn persons(&self) -> f64 {
        self.population_10k * 10_000.0
    }

    /// A weak source: a page that the transcriber flagged as of low
    /// reliability, an encyclopedia head count, or an article that does not
    /// say which measure it gives (`source_kind`; see
    /// `data/sources/reported/COLLECTION_NOTES.md`). Weak figures are shown
    /// and back-tested but not fitted to.
    pub fn is_weak(&self) -> bool {
        is_weak_source_kind(&self.source_kind)
    }
}

/// The one rule for a weak source, from the transcriber's `source_kind`
/// (see [`ReportedFigure::is_weak`]).
pub fn is_weak_source_kind(kind: &str) -> bool {
    let kind = kind.to_ascii_lowercase();
    [
        "low reliability",
        "encyclopedia",
        "wikipedia",
        "measure not stated",
        "disagrees",
    ]
    .iter()
    .any(|flag| kind.contains(flag))
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitCohorts {
    pub code: u32,
    pub level: Level,
    pub y2010: Option<AgeSex>,
    pub y2020: Option<AgeSex>,
}

/// County polygons, loaded lazily.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountyShapes {
    pub version: u32,
    pub counties: Vec<Shape>,
}

/// Why a bundle file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum BundleError {
    /// Not valid JSON of the expected shape.
    Malformed(String),
    /// A layout version this build does not understand.
    Version { found: u32, expected: u32 },
    /// Well-formed but inconsistent (duplicate code, unknown province, ...).
    Invalid(String),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Malformed(m) => write!(f, "data file is malformed: {m}"),
            BundleError::Version { found, expected } => {
                write!(
                    f,
                    "data file version {found}, this app reads version {expected}"
                )
            }
            BundleError::Invalid(m) => write!(f, "data file is inconsistent: {m}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// Decodes JSON and checks the layout version. Never panics.
fn decode<T: DeserializeOwned>(text: &str, version: impl Fn(&T) -> u32) -> Result<T, BundleError> {
    let value: T = serde_json::from_str(text).map_err(|e| BundleError::Malformed(e.to_string()))?;
    let found = version(&value);
    if found != BUNDLE_VERSION {
        return Err(BundleError::Version {
            found,
            expected: BUNDLE_VERSION,
        });
    }
    Ok(value)
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("bundle types always serialise")
}

impl Bundle {
    /// Decodes and validates the main bundle.
    pub fn from_json(text: &str) -> Result<Bundle, BundleError> {
        let bundle: Bundle = decode(text, |b: &Bundle| b.version)?;
        bundle.validate()?;
        Ok(bundle)
    }

    /// The complete bundle from the texts of `atlas.json` and `details.json`.
    pub fn from_files(atlas: &str, details: &str) -> Result<Bundle, BundleError> {
        Bundle::from_json(atlas)?.with_details(&Details::from_json(details)?)
    }

    /// The canonical compact form (what the data build writes and the
    /// freshness test compares).
    pub fn to_json(&self) -> String {
        to_json(self)
    }

    fn validate(&self) -> Result<(), BundleError> {
        let invalid = |m: String| Err(BundleError::Invalid(m));
        for pair in self.units.windows(2) {
            if (pair[0].level, pair[0].code) >= (pair[1].level, pair[1].code) {
                return invalid(format!(
                    "units not sorted or duplicated at {}",
                    pair[1].code
                ));
            }
        }
        for unit in &self.units {
            if !(100_000..=999_999).contains(&unit.code) {
                return invalid(format!("code {} is not six digits", unit.code));
            }
            if self.province(unit.province).is_none() {
                return invalid(format!(
                    "unit {} has unknown province {}",
                    unit.code, unit.province
                ));
            }
            if let Some(parent) = unit.parent {
                if self.unit_at(Level::Prefecture, parent).is_none() {
                    return invalid(format!("unit {} has unknown parent {parent}", unit.code));
                }
            }
        }
        let vb = self.map.view_box;
        if vb.iter().any(|v| !v.is_finite()) || vb[2] <= 0.0 || vb[3] <= 0.0 {
            return invalid("map view box is empty or not finite".into());
        }
        Ok(())
    }

    /// Splits a complete bundle into the first-loaded part and the details
    /// (what the data build writes).
    pub fn split_details(&self) -> (Bundle, Details) {
        let mut core = self.clone();
        let mut details = Vec::with_capacity(self.units.len());
        for unit in &mut core.units {
            // Counties ship no figures in the first file at all (only their
            // names, codes and comparability): the first map is the
            // prefectures', and the county level loads the details anyway.
            let split = |c: &Census| match unit.level {
                Level::Prefecture => c.split_headline(),
                Level::County => (Census::default(), c.clone()),
            };
            let (h2020, d2020) = split(&unit.y2020);
            let split_2010 = unit.y2010.as_ref().map(split);
            let county = unit.level == Level::County;
            let matched = matches!(unit.comparability, Some(Comparability::Matched { .. }));
            details.push(UnitDetails {
                code: unit.code,
                level: unit.level,
                area_km2: if county { unit.area_km2.take() } else { None },
                comparability: if county && matched {
                    unit.comparability.take()
                } else {
                    None
                },
                ghsl: unit.ghsl.take(),
                y2010: split_2010.as_ref().map(|s| s.1.clone()),
                y2020: d2020,
                economy: unit.economy.take(),
            });
            unit.y2020 = h2020;
            unit.y2010 = split_2010.map(|s| s.0);
        }
        (
            core,
            Details {
                version: BUNDLE_VERSION,
                units: details,
            },
        )
    }

    /// The bundle with the details merged in. Fails if the two files do not
    /// describe the same units (e.g. a stale cached file).
    pub fn with_details(&self, details: &Details) -> Result<Bundle, BundleError> {
        if details.units.len() != self.units.len() {
            return Err(BundleError::Invalid(format!(
                "details describe {} units, the bundle {}",
                details.units.len(),
                self.units.len()
            )));
        }
        let mut full = self.clone();
        for (unit, d) in full.units.iter_mut().zip(&details.units) {
            if (unit.code, unit.level) != (d.code, d.level) {
                return Err(BundleError::Invalid(format!(
                    "details for {} where the bundle has {}",
                    d.code, unit.code
                )));
            }
            if unit.y2010.is_some() != d.y2010.is_some() {
                return Err(BundleError::Invalid(format!(
                    "2010 figures of {} disagree between the files",
                    d.code
                )));
            }
            unit.ghsl = d.ghsl.clone();
            unit.economy = d.economy.clone();
            unit.area_km2 = unit.area_km2.or(d.area_km2);
            if unit.comparability.is_none() {
                unit.comparability = d.comparability.clone();
            }
            unit.y2020.fill_from(&d.y2020);
            if let (Some(y), Some(dy)) = (unit.y2010.as_mut(), &d.y2010) {
                y.fill_from(dy);
            }
        }
        Ok(full)
    }

    /// The unit of a level with this code.
    pub fn unit_at(&self, level: Level, code: u32) -> Option<&Unit> {
        self.units
            .binary_search_by_key(&(level, code), |u| (u.level, u.code))
            .ok()
            .map(|i| &self.units[i])
    }

    /// The unit with this code, the prefecture if both levels use it
    /// (Chongqing's `500000` is only a prefecture; no county shares a code
    /// with a prefecture, but the lookup is defined for safety).
    pub fn unit(&self, code: u32) -> Option<&Unit> {
        self.unit_at(Level::Prefecture, code)
            .or_else(|| self.unit_at(Level::County, code))
    }

    /// All units of one level, in code order.
    pub fn units_at(&self, level: Level) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.level == level)
    }

    /// The counties of a prefecture, in code order.
    pub fn counties_of(&self, prefecture: u32) -> impl Iterator<Item = &Unit> {
        self.units
            .iter()
            .filter(move |u| u.level == Level::County && u.parent == Some(prefecture))
    }

    /// The province with this code.
    pub fn province(&self, code: u32) -> Option<&Province> {
        self.provinces.iter().find(|p| p.code == code)
    }
}

impl Details {
    pub fn from_json(text: &str) -> Result<Details, BundleError> {
        decode(text, |d: &Details| d.version)
    }

    pub fn to_json(&self) -> String {
        to_json(self)
    }
}

impl Cohorts {
    pub fn from_json(text: &str) -> Result<Cohorts, BundleError> {
        let cohorts: Cohorts = decode(text, |c: &Cohorts| c.version)?;
        for pair in cohorts.units.windows(2) {
            if (pair[0].level, pair[0].code) >= (pair[1].level, pair[1].code) {
                return Err(BundleError::Invalid(format!(
                    "cohorts not sorted at {}",
                    pair[1].code
                )));
            }
        }
        Ok(cohorts)
    }

    pub fn to_json(&self) -> String {
        to_json(self)
    }

    /// The age-sex counts of a unit.
    pub fn unit(&self, level: Level, code: u32) -> Option<&UnitCohorts> {
        self.units
            .binary_search_by_key(&(level, code), |u| (u.level, u.code))
            .ok()
            .map(|i| &self.units[i])
    }
}

impl CountyShapes {
    pub fn from_json(text: &str) -> Result<CountyShapes, BundleError> {
        decode(text, |c: &CountyShapes| c.version)
    }

    pub fn to_json(&self) -> String {
        to_json(self)
    }
}
