//! Geometry for the bundle: projection, simplification, SVG path encoding,
//! and readers for the two boundary sources.
//!
//! [`region`] builds the county, prefecture and province map from the one
//! county topology (shared borders identical at every level); [`iou`]
//! checks its prefectures against the leiii polygons.

pub mod albers;
pub mod drawn_arcs;
pub mod geojson;
pub mod iou;
pub mod label;
pub mod merge;
pub mod planar;
pub mod region;
pub mod simplify;
pub mod svg_path;
pub mod topojson;

/// Map units per kilometre in the bundle (0.5 km resolution: finer than a
/// pixel at 2x zoom of the whole-region map).
pub const UNITS_PER_KM: f64 = 2.0;

/// Douglas-Peucker tolerance in map units (1 km): keeps the prefecture map
/// light while outlines stay recognisable at 2x zoom.
pub const SIMPLIFY_TOLERANCE: f64 = 2.0;

/// A polygon as rings of projected metres (x east, y north).
pub type MetricRing = Vec<(f64, f64)>;

/// Projected metres -> map units, y flipped to point down as in SVG.
pub fn to_map_units(p: (f64, f64)) -> (f64, f64) {
    (p.0 / 1000.0 * UNITS_PER_KM, -p.1 / 1000.0 * UNITS_PER_KM)
}

/// Simplifies, quantises and encodes rings given in projected metres.
/// Rings that collapse under simplification are dropped.
pub fn rings_to_path(rings: &[MetricRing]) -> (String, Vec<svg_path::Ring>) {
    let quantised: Vec<svg_path::Ring> = rings
        .iter()
        .filter_map(|ring| {
            let mapped: Vec<(f64, f64)> = ring.iter().copied().map(to_map_units).collect();
            svg_path::quantise(&simplify::douglas_peucker(&mapped, SIMPLIFY_TOLERANCE))
        })
        .collect();
    (svg_path::encode(&quantised), quantised)
}
