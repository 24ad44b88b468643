//! # atlas-databuild
//!
//! Turns the committed source files (`data/sources/`) into the bundle the app
//! ships (`public/data/atlas.json`). Deterministic: the same sources give the
//! same bytes, and a test rebuilds the bundle and compares it with the
//! committed one.

pub mod census_city;
pub mod geo;
pub mod sources;

use atlas_core::bundle::{Bundle, MapGeometry, Shape, BUNDLE_VERSION};
use std::path::{Path, PathBuf};

/// Where the bundle is written, relative to the repository root.
pub const BUNDLE_PATH: &str = "public/data/atlas.json";

/// Province codes of the region (Chongqing, Sichuan, Guizhou, Yunnan, Tibet).
pub const REGION_PROVINCES: [u32; 5] = [500000, 510000, 520000, 530000, 540000];

/// Margin around the region in the map's view box, in map units.
const VIEW_MARGIN: f64 = 10.0;

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root exists")
}

fn read(sources: &Path, rel: &str) -> Result<String, String> {
    std::fs::read_to_string(sources.join(rel)).map_err(|e| format!("{rel}: {e}"))
}

/// Builds the bundle from the source folder (`data/sources`).
pub fn build(sources: &Path) -> Result<Bundle, String> {
    let (units, provinces) = census_city::read(&read(sources, sources::LEIII_CITY_CSV)?)?;

    let mut polygons = geo::geojson::read_prefectures(&read(sources, sources::LEIII_CITY_GEOJSON)?)?;
    if let Some(cq) = polygons.remove(&census_city::LEIII_CHONGQING) {
        polygons.insert(census_city::CHONGQING, cq);
    }
    let mut bounds = Bounds::default();
    let mut regions = Vec::new();
    for unit in &units {
        let rings = polygons.get(&unit.code).ok_or(format!("no polygon for unit {}", unit.code))?;
        let (d, quantised) = geo::rings_to_path(rings);
        quantised.iter().flatten().for_each(|&p| bounds.add(p));
        regions.push(Shape { code: unit.code, d });
    }

    let topology = geo::topojson::Topology::parse(&read(sources, sources::TUDIGONG_TOPOJSON)?)?;
    let mut outlines = Vec::new();
    for polygon in topology.polygons("province")? {
        let code = polygon.properties["CODE"].as_u64().ok_or("province without CODE")? as u32;
        if REGION_PROVINCES.contains(&code) {
            outlines.push(Shape { code, d: geo::rings_to_path(&polygon.rings).0 });
        }
    }
    outlines.sort_by_key(|s| s.code);
    if outlines.len() != REGION_PROVINCES.len() {
        return Err(format!("expected {} province outlines, found {}", REGION_PROVINCES.len(), outlines.len()));
    }

    Ok(Bundle {
        version: BUNDLE_VERSION,
        sources: sources::all(),
        provinces,
        units,
        map: MapGeometry {
            view_box: bounds.view_box(VIEW_MARGIN),
            units_per_km: geo::UNITS_PER_KM,
            regions,
            provinces: outlines,
        },
    })
}

#[derive(Default)]
struct Bounds {
    min: Option<(i64, i64)>,
    max: Option<(i64, i64)>,
}

impl Bounds {
    fn add(&mut self, (x, y): (i64, i64)) {
        let (minx, miny) = self.min.unwrap_or((x, y));
        let (maxx, maxy) = self.max.unwrap_or((x, y));
        self.min = Some((minx.min(x), miny.min(y)));
        self.max = Some((maxx.max(x), maxy.max(y)));
    }

    fn view_box(&self, margin: f64) -> [f64; 4] {
        let (min, max) = (self.min.unwrap_or_default(), self.max.unwrap_or_default());
        [
            min.0 as f64 - margin,
            min.1 as f64 - margin,
            (max.0 - min.0) as f64 + 2.0 * margin,
            (max.1 - min.1) as f64 + 2.0 * margin,
        ]
    }
}
