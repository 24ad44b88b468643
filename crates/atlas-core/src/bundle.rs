//! The data bundle: the compact, generated file the app ships
//! (`public/data/atlas.json`). `atlas-databuild` writes it from the committed
//! sources; the app and the CLI decode it with [`Bundle::from_json`].
//!
//! Every number here comes from a source file; a value that a source does not
//! give is `None` ("no data"), never zero.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the bundle layout; bump when a field changes meaning.
pub const BUNDLE_VERSION: u32 = 1;

/// Administrative level of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Prefecture,
    County,
}

/// One census year's figures for a unit, as the source gives them.
/// Shares are percentages (0-100); `None` means the source has no value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CensusFigures {
    /// Resident (常住) population, persons.
    pub pop: Option<u64>,
    pub pop_urban: Option<u64>,
    pub pop_rural: Option<u64>,
    /// Average household size, persons.
    pub household_size: Option<f64>,
    /// Males per 100 females.
    pub sex_ratio: Option<f64>,
    pub age_0_14: Option<f64>,
    pub age_15_59: Option<f64>,
    pub age_60_plus: Option<f64>,
    pub age_65_plus: Option<f64>,
}

/// A prefecture- or county-level unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    /// Six-digit administrative code (adcode, 2020). Chongqing is `500000`.
    pub code: u32,
    pub name_zh: String,
    /// Adcode of the province (`510000`, ...).
    pub province: u32,
    pub level: Level,
    /// 2010 census on 2020 boundaries; `None` when no comparable figure exists.
    pub y2010: Option<CensusFigures>,
    /// 2020 census.
    pub y2020: CensusFigures,
}

/// A province: code and Chinese name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Province {
    pub code: u32,
    pub name_zh: String,
}

/// One region shape as an SVG path (`d` attribute), already projected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub code: u32,
    pub d: String,
}

/// Projected map geometry: Albers equal-area (lat0 36N, parallels 24N/48N,
/// lon0 104.5E, the projection of the tudigong topology), y pointing down, in
/// the bundle's map units (see `units_per_km`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapGeometry {
    /// `[min_x, min_y, width, height]` for the SVG `viewBox`.
    pub view_box: [f64; 4],
    pub units_per_km: f64,
    pub regions: Vec<Shape>,
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

/// The whole bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub version: u32,
    pub sources: Vec<SourceRef>,
    pub provinces: Vec<Province>,
    /// Sorted by code.
    pub units: Vec<Unit>,
    pub map: MapGeometry,
}

/// Why a bundle could not be read.
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
            BundleError::Malformed(m) => write!(f, "data bundle is malformed: {m}"),
            BundleError::Version { found, expected } => {
                write!(f, "data bundle version {found}, this app reads version {expected}")
            }
            BundleError::Invalid(m) => write!(f, "data bundle is inconsistent: {m}"),
        }
    }
}

impl std::error::Error for BundleError {}

impl Bundle {
    /// Decodes and validates a bundle. Never panics, whatever the input.
    pub fn from_json(text: &str) -> Result<Bundle, BundleError> {
        let bundle: Bundle =
            serde_json::from_str(text).map_err(|e| BundleError::Malformed(e.to_string()))?;
        if bundle.version != BUNDLE_VERSION {
            return Err(BundleError::Version { found: bundle.version, expected: BUNDLE_VERSION });
        }
        bundle.validate()?;
        Ok(bundle)
    }

    /// Serialises the bundle in its canonical compact form (what the data
    /// build writes and the freshness test compares).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("bundle types always serialise")
    }

    fn validate(&self) -> Result<(), BundleError> {
        let invalid = |m: String| Err(BundleError::Invalid(m));
        for pair in self.units.windows(2) {
            if pair[0].code >= pair[1].code {
                return invalid(format!("units not sorted or duplicated at {}", pair[1].code));
            }
        }
        for unit in &self.units {
            if !(100_000..=999_999).contains(&unit.code) {
                return invalid(format!("code {} is not six digits", unit.code));
            }
            if !self.provinces.iter().any(|p| p.code == unit.province) {
                return invalid(format!("unit {} has unknown province {}", unit.code, unit.province));
            }
        }
        let vb = self.map.view_box;
        if vb.iter().any(|v| !v.is_finite()) || vb[2] <= 0.0 || vb[3] <= 0.0 {
            return invalid("map view box is empty or not finite".into());
        }
        Ok(())
    }

    /// The unit with this adcode, if any.
    pub fn unit(&self, code: u32) -> Option<&Unit> {
        self.units.binary_search_by_key(&code, |u| u.code).ok().map(|i| &self.units[i])
    }

    /// All units of one level, in code order.
    pub fn units_at(&self, level: Level) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.level == level)
    }

    /// The province with this adcode, if any.
    pub fn province(&self, code: u32) -> Option<&Province> {
        self.provinces.iter().find(|p| p.code == code)
    }
}
