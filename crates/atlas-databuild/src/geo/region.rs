//! The region's map geometry at three levels (counties, prefectures,
//! provinces) from the one county topology.
//!
//! Every level is assembled from the same simplified arcs
//! ([`super::drawn_arcs`]): a county is drawn with its own arcs, a
//! prefecture or province with the arcs of its counties that are not shared
//! between two of them ([`super::merge`]). A border therefore has one shape
//! wherever it appears, so layers stacked on the map line up exactly.

use super::drawn_arcs::DrawnArcs;
use super::label::label_point;
use super::merge::outline;
use super::planar::{signed_area, to_points};
use super::svg_path::{encode, Ring};
use super::topojson::{ArcRing, Topology};
use super::UNITS_PER_KM;
use std::collections::BTreeMap;

/// Douglas-Peucker tolerance for every arc, in map units (0.5 km each).
///
/// The whole region is ~5,900 units wide; drawn ~900 px wide and zoomed 2x
/// that is ~3.3 units per pixel, so 1.5 units (750 m) keeps every border
/// within half a pixel of the topology (which is itself already generalised:
/// its SW arcs hold only 40,294 points). Measured with the
/// `region_geometry_sizes` example on the 518 counties, as compact JSON
/// `[{"code":..,"d":".."}]`, bytes raw / brotli (node zlib, quality 11):
///
/// | tolerance | points kept     | counties         | prefectures + provinces |
/// |-----------|-----------------|------------------|-------------------------|
/// | 0 (round) | 34,454 of 40,294| 236,310 / 71,467 | 135,247 / 28,645        |
/// | 1.0       | 31,110          | 217,321 / 67,822 | 118,528 / 26,705        |
/// | **1.5**   | 26,717          | 188,262 / 60,376 | 102,333 / 23,418        |
/// | 2.0       | 22,959          | 162,988 / 53,009 |  88,690 / 20,547        |
/// | 3.0       | 17,997          | 128,535 / 42,187 |  70,353 / 16,495        |
///
/// Every row is inside the budgets (counties <= 100 kB, prefectures +
/// provinces <= 40 kB brotli), so the choice is about the look: 1.5 is the
/// coarsest tolerance that stays under half a pixel at 2x zoom, and no
/// county needs finer arcs at it (at 3.0 two Lhasa zones do).
pub const ARC_TOLERANCE: f64 = 1.5;

/// Margin around the region in the view box, in map units (5 km).
const VIEW_MARGIN: f64 = 10.0;

/// A county whose drawn area is off by more than this factor from its true
/// area (or that loses every ring) is redrawn with finer arcs: the small
/// development zones are a few square kilometres, which one coarse
/// simplification step can flatten to a sliver.
const MAX_AREA_DISTORTION: f64 = 2.0;

/// Below this tolerance a refinement step stops simplifying altogether.
const FINEST_TOLERANCE: f64 = 0.25;

/// Chongqing's adcode: the municipality has no prefectures, so all of its
/// districts and counties (5001xx, 5002xx) belong to it directly.
const CHONGQING: u32 = 500000;

/// One shape of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoShape {
    pub code: u32,
    /// Compact SVG path in integer map units (y down), drawn even-odd.
    pub d: String,
    /// A point inside the shape's largest ring, for its name.
    pub label: (i64, i64),
}

/// How much the arcs were simplified, and where less than planned.
#[derive(Clone, Debug, PartialEq)]
pub struct SimplificationReport {
    pub tolerance: f64,
    /// Points of the arcs the requested counties use, before and after.
    pub raw_points: usize,
    pub drawn_points: usize,
    /// Counties that needed finer arcs to stay visible, with the tolerance
    /// their arcs ended up with.
    pub finer: BTreeMap<u32, f64>,
}

/// The map geometry of the requested counties and their parents.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionGeometry {
    /// `[min_x, min_y, width, height]` in map units around all counties.
    pub view_box: [f64; 4],
    /// Sorted by code, as are the other shape lists.
    pub counties: Vec<GeoShape>,
    pub prefectures: Vec<GeoShape>,
    pub provinces: Vec<GeoShape>,
    /// Planar area of the unsimplified polygons; the projection is
    /// equal-area, so this is the true area.
    pub county_area_km2: BTreeMap<u32, f64>,
    pub prefecture_area_km2: BTreeMap<u32, f64>,
    /// Requested county codes without a polygon in the topology.
    pub missing: Vec<u32>,
    pub simplification: SimplificationReport,
}

/// The prefecture a county-level code belongs to: its first four digits,
/// except in Chongqing where every county belongs to the municipality.
pub fn prefecture_of_county(county: u32) -> u32 {
    if county / 10_000 * 10_000 == CHONGQING {
        CHONGQING
    } else {
        county / 100 * 100
    }
}

/// The province of any code.
pub fn province_of(code: u32) -> u32 {
    code / 10_000 * 10_000
}

/// County -> prefecture for every county of the topology in `provinces`.
/// Until the census county tables are in `data/sources`, the topology's own
/// list is the one we have; it also checks that each county's `PROV_CODE`
/// agrees with its code.
pub fn region_counties(
    topology: &Topology,
    provinces: &[u32],
) -> Result<BTreeMap<u32, u32>, String> {
    let mut out = BTreeMap::new();
    for g in topology.geometries("county")? {
        let code = county_code(g.properties)?;
        if !provinces.contains(&province_of(code)) {
            continue;
        }
        let stated = g.properties["PROV_CODE"].as_u64();
        if stated != Some(u64::from(province_of(code))) {
            return Err(format!("county {code} has PROV_CODE {stated:?}"));
        }
        out.insert(code, prefecture_of_county(code));
    }
    Ok(out)
}

/// Builds the geometry of the requested counties (code -> prefecture) from
/// the topology text, with [`ARC_TOLERANCE`].
pub fn build_region_geometry(
    topojson_text: &str,
    county_to_prefecture: &BTreeMap<u32, u32>,
) -> Result<RegionGeometry, String> {
    let topology = Topology::parse(topojson_text)?;
    build_region_geometry_from(&topology, county_to_prefecture, ARC_TOLERANCE)
}

/// [`build_region_geometry`] on a parsed topology with a chosen tolerance
/// (map units), for callers that reuse the topology or measure tolerances.
pub fn build_region_geometry_from(
    topology: &Topology,
    county_to_prefecture: &BTreeMap<u32, u32>,
    tolerance: f64,
) -> Result<RegionGeometry, String> {
    let county_rings = requested_county_rings(topology, county_to_prefecture)?;
    let missing: Vec<u32> = county_to_prefecture
        .keys()
        .copied()
        .filter(|c| !county_rings.contains_key(c))
        .collect();
    let county_area_km2: BTreeMap<u32, f64> = county_rings
        .iter()
        .map(|(&code, rings)| (code, area_km2(topology, rings)))
        .collect();

    let (drawn, simplification) =
        simplify_arcs(topology, &county_rings, &county_area_km2, tolerance)?;

    let (prefecture_members, province_members) =
        rings_by_prefecture_and_province(&county_rings, county_to_prefecture);
    let prefecture_rings = outlines(topology, prefecture_members)?;
    let province_rings = outlines(topology, province_members)?;
    let prefecture_area_km2 = prefecture_rings
        .iter()
        .map(|(&code, rings)| (code, area_km2(topology, rings)))
        .collect();

    let counties = draw_shapes(&drawn, &county_rings)?;
    let view_box = view_box(
        counties
            .iter()
            .flat_map(|(_, rings)| rings.iter().flatten()),
    );
    let only_shapes = |v: Vec<(GeoShape, Vec<Ring>)>| v.into_iter().map(|(s, _)| s).collect();

    Ok(RegionGeometry {
        view_box,
        counties: only_shapes(counties),
        prefectures: only_shapes(draw_shapes(&drawn, &prefecture_rings)?),
        provinces: only_shapes(draw_shapes(&drawn, &province_rings)?),
        county_area_km2,
        prefecture_area_km2,
        missing,
        simplification,
    })
}

/// The rings of the requested counties found in the topology; a county
/// that appears twice is an error.
fn requested_county_rings(
    topology: &Topology,
    county_to_prefecture: &BTreeMap<u32, u32>,
) -> Result<BTreeMap<u32, Vec<ArcRing>>, String> {
    let mut county_rings: BTreeMap<u32, Vec<ArcRing>> = BTreeMap::new();
    for g in topology.geometries("county")? {
        let code = county_code(g.properties)?;
        if county_to_prefecture.contains_key(&code) && county_rings.insert(code, g.rings).is_some()
        {
            return Err(format!("county {code} appears twice in the topology"));
        }
    }
    Ok(county_rings)
}

/// Every county's rings gathered under its prefecture and its province,
/// before their inner borders are removed.
#[allow(clippy::type_complexity)]
fn rings_by_prefecture_and_province(
    county_rings: &BTreeMap<u32, Vec<ArcRing>>,
    county_to_prefecture: &BTreeMap<u32, u32>,
) -> (BTreeMap<u32, Vec<ArcRing>>, BTreeMap<u32, Vec<ArcRing>>) {
    let mut prefecture_members: BTreeMap<u32, Vec<ArcRing>> = BTreeMap::new();
    let mut province_members: BTreeMap<u32, Vec<ArcRing>> = BTreeMap::new();
    for (code, rings) in county_rings {
        let prefecture = county_to_prefecture[code];
        prefecture_members
            .entry(prefecture)
            .or_default()
            .extend(rings.iter().cloned());
        province_members
            .entry(province_of(prefecture))
            .or_default()
            .extend(rings.iter().cloned());
    }
    (prefecture_members, province_members)
}

/// The outer rings of each group of member rings (their shared borders
/// removed), by code.
fn outlines(
    topology: &Topology,
    members: BTreeMap<u32, Vec<ArcRing>>,
) -> Result<BTreeMap<u32, Vec<ArcRing>>, String> {
    let ends = |index: usize| {
        let arc = topology
            .arc(index)
            .expect("arc indices are checked when geometries are read");
        (node_key(arc[0]), node_key(arc[arc.len() - 1]))
    };
    members
        .into_iter()
        .map(|(code, rings)| {
            Ok((
                code,
                outline(&rings, ends).map_err(|e| format!("outline of {code}: {e}"))?,
            ))
        })
        .collect()
}

/// [`draw_shape`] of every code.
fn draw_shapes(
    drawn: &DrawnArcs,
    rings_by_code: &BTreeMap<u32, Vec<ArcRing>>,
) -> Result<Vec<(GeoShape, Vec<Ring>)>, String> {
    rings_by_code
        .iter()
        .map(|(&code, rings)| draw_shape(drawn, code, rings))
        .collect()
}

/// Simplifies every arc the counties use once, then lowers the tolerance on
/// the arcs of any county that would vanish or be badly distorted, until
/// none is (the change reaches its neighbours too, since they share those
/// arcs, which keeps the borders consistent).
fn simplify_arcs(
    topology: &Topology,
    county_rings: &BTreeMap<u32, Vec<ArcRing>>,
    county_area_km2: &BTreeMap<u32, f64>,
    tolerance: f64,
) -> Result<(DrawnArcs, SimplificationReport), String> {
    let mut tolerances: BTreeMap<usize, f64> = county_rings
        .values()
        .flatten()
        .flatten()
        .map(|r| (r.index, tolerance))
        .collect();
    let raw_points = tolerances
        .keys()
        .map(|&i| topology.arc(i).map_or(0, <[_]>::len))
        .sum();
    let mut finer = BTreeMap::new();
    loop {
        let drawn = DrawnArcs::new(topology, &tolerances)?;
        let mut refined = false;
        for (&code, rings) in county_rings {
            if looks_right(&drawn, rings, county_area_km2[&code]) {
                continue;
            }
            let arcs: Vec<usize> = rings.iter().flatten().map(|r| r.index).collect();
            if arcs.iter().all(|i| tolerances[i] == 0.0) {
                // Unsimplified already: a distorted shape is the best the
                // 0.5 km grid allows, but no shape at all is an error.
                if rings.iter().any(|r| drawn.ring(r).is_some()) {
                    continue;
                }
                return Err(format!(
                    "county {code} vanishes on the map grid even unsimplified"
                ));
            }
            for i in &arcs {
                let t = tolerances
                    .get_mut(i)
                    .expect("every county arc has a tolerance");
                *t = if *t / 2.0 < FINEST_TOLERANCE {
                    0.0
                } else {
                    *t / 2.0
                };
            }
            let least = arcs
                .iter()
                .map(|i| tolerances[i])
                .fold(f64::INFINITY, f64::min);
            finer.insert(code, least);
            refined = true;
        }
        if !refined {
            let drawn_points = drawn.point_count();
            return Ok((
                drawn,
                SimplificationReport {
                    tolerance,
                    raw_points,
                    drawn_points,
                    finer,
                },
            ));
        }
    }
}

/// Whether a county's drawn rings keep roughly its true area.
fn looks_right(drawn: &DrawnArcs, rings: &[ArcRing], true_km2: f64) -> bool {
    let drawn_rings: Vec<Ring> = rings.iter().filter_map(|r| drawn.ring(r)).collect();
    let drawn_units2: f64 = to_points(&drawn_rings)
        .iter()
        .map(|r| signed_area(r))
        .sum::<f64>()
        .abs();
    let true_units2 = true_km2 * UNITS_PER_KM * UNITS_PER_KM;
    !drawn_rings.is_empty()
        && drawn_units2 * MAX_AREA_DISTORTION >= true_units2
        && drawn_units2 <= true_units2 * MAX_AREA_DISTORTION
}

/// One shape from its arc rings, dropping rings that collapse; also returns
/// the drawn rings (the view box is measured on them).
fn draw_shape(
    drawn: &DrawnArcs,
    code: u32,
    rings: &[ArcRing],
) -> Result<(GeoShape, Vec<Ring>), String> {
    let drawn_rings: Vec<Ring> = rings.iter().filter_map(|r| drawn.ring(r)).collect();
    let label =
        label_point(&drawn_rings).ok_or_else(|| format!("shape {code} has no ring left"))?;
    Ok((
        GeoShape {
            code,
            d: encode(&drawn_rings),
            label,
        },
        drawn_rings,
    ))
}

/// The planar area of rings of arcs, in km². Outer rings and holes wind in
/// opposite directions in the topology, so the signed sum is the area.
fn area_km2(topology: &Topology, rings: &[ArcRing]) -> f64 {
    rings
        .iter()
        .map(|r| signed_area(&topology.stitch(r)))
        .sum::<f64>()
        .abs()
        / 1e6
}

/// Arc ends meet where their decoded coordinates are bit-identical (see
/// [`Topology::arc`]).
fn node_key(p: (f64, f64)) -> (u64, u64) {
    (p.0.to_bits(), p.1.to_bits())
}

fn county_code(properties: &serde_json::Value) -> Result<u32, String> {
    properties["CODE"]
        .as_u64()
        .and_then(|c| u32::try_from(c).ok())
        .ok_or_else(|| format!("county without a numeric CODE: {properties}"))
}

fn view_box<'a>(points: impl Iterator<Item = &'a (i64, i64)>) -> [f64; 4] {
    let (mut min, mut max) = ((i64::MAX, i64::MAX), (i64::MIN, i64::MIN));
    for &(x, y) in points {
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    }
    if min.0 > max.0 {
        return [0.0; 4];
    }
    [
        min.0 as f64 - VIEW_MARGIN,
        min.1 as f64 - VIEW_MARGIN,
        (max.0 - min.0) as f64 + 2.0 * VIEW_MARGIN,
        (max.1 - min.1) as f64 + 2.0 * VIEW_MARGIN,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_follow_the_code_except_in_chongqing() {
        assert_eq!(prefecture_of_county(510104), 510100);
        assert_eq!(prefecture_of_county(540173), 540100); // development zone
        assert_eq!(prefecture_of_county(500101), CHONGQING);
        assert_eq!(prefecture_of_county(500241), CHONGQING);
        assert_eq!(province_of(532901), 530000);
    }

    /// Two prefectures of one province: A (counties 1 and 2, where 2 is an
    /// enclave filling a hole of 1) and B (county 3, sharing arc 1 with 1).
    /// Units of 500 m, so map units equal the topology's integers (y flipped).
    const TOPOLOGY: &str = r#"{"type":"Topology","transform":{"scale":[500,500],"translate":[0,0]},
        "arcs":[
          [[20,0],[-20,0],[0,20],[20,0]],
          [[20,20],[0,-20]],
          [[20,20],[20,0],[0,-20],[-20,0]],
          [[5,5],[0,10],[10,0],[0,-10],[-10,0]]
        ],
        "objects":{"county":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","arcs":[[0,1],[-4]],"properties":{"CODE":510101,"PROV_CODE":510000}},
          {"type":"Polygon","arcs":[[3]],"properties":{"CODE":510102,"PROV_CODE":510000}},
          {"type":"Polygon","arcs":[[2,-2]],"properties":{"CODE":510201,"PROV_CODE":510000}}
        ]}}}"#;

    #[test]
    fn merges_counties_into_prefectures_and_provinces() {
        let topology = Topology::parse(TOPOLOGY).unwrap();
        let mut requested = region_counties(&topology, &[510000]).unwrap();
        assert_eq!(requested.len(), 3);
        requested.insert(510199, 510100);
        let g = build_region_geometry_from(&topology, &requested, 1.0).unwrap();
        assert_eq!(g.missing, vec![510199]);
        assert_eq!(
            g.counties.iter().map(|s| s.code).collect::<Vec<_>>(),
            vec![510101, 510102, 510201]
        );
        // County 1 keeps its hole; prefecture A swallows the enclave.
        assert_eq!(g.counties[0].d.matches('M').count(), 2);
        assert_eq!(g.prefectures[0].code, 510100);
        assert_eq!(g.prefectures[0].d, "M20 0l-20 0 0-20 20 0z");
        assert_eq!(g.provinces.len(), 1);
        assert_eq!(g.provinces[0].d.matches('M').count(), 1);
        // 10 x 10 km, 10 x 10 km, 5 x 5 km enclave.
        assert_eq!(g.prefecture_area_km2[&510100], 100.0);
        assert_eq!(
            g.county_area_km2[&510101] + g.county_area_km2[&510102],
            100.0
        );
        assert_eq!(g.county_area_km2[&510201], 100.0);
        assert_eq!(
            g.view_box,
            [
                -VIEW_MARGIN,
                -20.0 - VIEW_MARGIN,
                40.0 + 2.0 * VIEW_MARGIN,
                20.0 + 2.0 * VIEW_MARGIN
            ]
        );
    }
}
