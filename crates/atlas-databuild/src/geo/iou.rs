//! How well the merged prefectures match an independent source: the leiii
//! census polygons, rasterised together with the drawn prefecture paths on
//! a 1 km grid, compared by intersection over union.
//!
//! The comparison runs on the decoded SVG paths, i.e. on exactly what the
//! map draws after merging, simplifying and rounding, so a mistake anywhere
//! in that chain (a prefecture missing a county, a ring stitched wrongly, a
//! hole filled) shows up as a low score.

use super::planar::{crossings_at_y, to_points, Point};
use super::region::RegionGeometry;
use super::{geojson, svg_path, to_map_units, UNITS_PER_KM};
use crate::census_city::{CHONGQING, LEIII_CHONGQING};
use std::collections::BTreeMap;

/// Grid cell side in map units: 1 km.
const CELL: f64 = UNITS_PER_KM;

/// Intersection over union of each drawn prefecture with the leiii polygon
/// of the same code (Chongqing's `500100` read as `500000`), sorted by code.
/// A prefecture leiii lacks scores 0.
pub fn prefecture_iou_against(
    leiii_geojson_text: &str,
    geometry: &RegionGeometry,
) -> Result<Vec<(u32, f64)>, String> {
    let mut leiii = geojson::read_prefectures(leiii_geojson_text)?;
    if let Some(cq) = leiii.remove(&LEIII_CHONGQING) {
        leiii.insert(CHONGQING, cq);
    }
    let mut out = Vec::new();
    for shape in &geometry.prefectures {
        let drawn = to_points(&svg_path::decode(&shape.d)?);
        let score = match leiii.get(&shape.code) {
            Some(rings) => {
                let reference: Vec<Vec<Point>> = rings
                    .iter()
                    .map(|r| r.iter().copied().map(to_map_units).collect())
                    .collect();
                iou(&rasterise(&drawn), &rasterise(&reference))
            }
            None => 0.0,
        };
        out.push((shape.code, score));
    }
    Ok(out)
}

/// Cells whose centre is inside the shape (even-odd), as sorted, disjoint
/// half-open column ranges per row.
type Raster = BTreeMap<i64, Vec<(i64, i64)>>;

fn rasterise(shape: &[Vec<Point>]) -> Raster {
    let (min_y, max_y) = shape
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.1), hi.max(p.1))
        });
    let mut raster = Raster::new();
    if min_y > max_y {
        return raster;
    }
    // Cell (i, j) covers [i, i+1) x [j, j+1) cells; its centre is inside a
    // span [x0, x1) when x0 <= (i + 0.5) * CELL < x1.
    let first_column = |x: f64| (x / CELL - 0.5).ceil() as i64;
    for row in (min_y / CELL).floor() as i64..=(max_y / CELL).ceil() as i64 {
        let y = (row as f64 + 0.5) * CELL;
        let spans: Vec<(i64, i64)> = crossings_at_y(shape, y)
            .chunks_exact(2)
            .map(|s| (first_column(s[0]), first_column(s[1])))
            .filter(|(a, b)| a < b)
            .collect();
        if !spans.is_empty() {
            raster.insert(row, spans);
        }
    }
    raster
}

fn cell_count(raster: &Raster) -> i64 {
    raster.values().flatten().map(|(a, b)| b - a).sum()
}

fn iou(a: &Raster, b: &Raster) -> f64 {
    let mut both = 0;
    for (row, spans_a) in a {
        let Some(spans_b) = b.get(row) else { continue };
        // Both lists are sorted and disjoint: walk them together.
        let (mut i, mut j) = (0, 0);
        while i < spans_a.len() && j < spans_b.len() {
            let (sa, sb) = (spans_a[i], spans_b[j]);
            both += (sa.1.min(sb.1) - sa.0.max(sb.0)).max(0);
            if sa.1 < sb.1 {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    let union = cell_count(a) + cell_count(b) - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<Point> {
        vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    }

    #[test]
    fn counts_cells_by_their_centres() {
        // 10 x 6 map units = 5 x 3 cells of 2 units.
        let r = rasterise(&[rect(0.0, 0.0, 10.0, 6.0)]);
        assert_eq!(cell_count(&r), 15);
        // A hole of 2 x 2 cells.
        let holed = rasterise(&[rect(0.0, 0.0, 10.0, 6.0), rect(2.0, 2.0, 6.0, 6.0)]);
        assert_eq!(cell_count(&holed), 11);
    }

    #[test]
    fn iou_of_overlapping_rectangles() {
        let a = rasterise(&[rect(0.0, 0.0, 20.0, 20.0)]); // 100 cells
        let b = rasterise(&[rect(10.0, 0.0, 30.0, 20.0)]); // 100 cells, 50 shared
        assert!((iou(&a, &b) - 50.0 / 150.0).abs() < 1e-12);
        assert_eq!(iou(&a, &a), 1.0);
        assert_eq!(
            iou(&a, &rasterise(&[rect(100.0, 100.0, 110.0, 110.0)])),
            0.0
        );
    }
}
