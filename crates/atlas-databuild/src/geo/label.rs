//! Where to put a shape's name: a point well inside its largest ring.
//!
//! A centroid can fall outside a crescent-shaped prefecture or inside an
//! enclave, so instead the placer looks along a few horizontal and vertical
//! lines through the largest ring, takes the middle of every stretch of
//! line that is inside the shape, and keeps the one farthest from any
//! border: a cheap stand-in for the pole of inaccessibility that is inside
//! by construction.

use super::planar::{
    crossings_at_y, distance_to_boundary, inside_even_odd, signed_area, to_points, Point,
};
use super::svg_path::Ring;

/// Scanlines per direction across the largest ring's bounding box.
const SCANLINES: usize = 24;

/// A label point in integer map units inside the shape's largest ring (and
/// outside its holes), or `None` for a shape without rings.
pub fn label_point(rings: &[Ring]) -> Option<(i64, i64)> {
    let shape = to_points(rings);
    let largest = shape
        .iter()
        .max_by(|a, b| signed_area(a).abs().total_cmp(&signed_area(b).abs()))?
        .clone();
    let in_largest = std::slice::from_ref(&largest);

    let mut candidates: Vec<Point> = Vec::new();
    candidates.extend(span_midpoints(&shape, &largest));
    let swap = |rs: &[Vec<Point>]| -> Vec<Vec<Point>> {
        rs.iter()
            .map(|r| r.iter().map(|&(x, y)| (y, x)).collect())
            .collect()
    };
    let (shape_t, largest_t) = (swap(&shape), swap(in_largest).remove(0));
    candidates.extend(
        span_midpoints(&shape_t, &largest_t)
            .into_iter()
            .map(|(y, x)| (x, y)),
    );
    candidates.retain(|&p| inside_even_odd(in_largest, p));

    let mut scored: Vec<(f64, Point)> = candidates
        .into_iter()
        .map(|p| (distance_to_boundary(&shape, p), p))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));

    // Labels are integers: take the best candidate that stays strictly
    // inside after rounding; a shape too thin for that gets the best one
    // rounded anyway (it is then at most half a unit off).
    let rounded = |p: Point| (p.0.round() as i64, p.1.round() as i64);
    let strictly_inside = |q: (i64, i64)| {
        let q = (q.0 as f64, q.1 as f64);
        inside_even_odd(&shape, q)
            && inside_even_odd(in_largest, q)
            && distance_to_boundary(&shape, q) > 0.0
    };
    scored
        .iter()
        .map(|&(_, p)| rounded(p))
        .find(|&q| strictly_inside(q))
        .or_else(|| scored.first().map(|&(_, p)| rounded(p)))
        .or_else(|| largest.first().map(|&p| rounded(p)))
}

/// Midpoints of the even-odd interior spans of `shape` on horizontal lines
/// evenly spread over the height of `ring`.
fn span_midpoints(shape: &[Vec<Point>], ring: &[Point]) -> Vec<Point> {
    let (min_y, max_y) = ring
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
            (lo.min(p.1), hi.max(p.1))
        });
    let mut out = Vec::new();
    for k in 0..SCANLINES {
        let y = min_y + (k as f64 + 0.5) / SCANLINES as f64 * (max_y - min_y);
        for span in crossings_at_y(shape, y).chunks_exact(2) {
            out.push(((span[0] + span[1]) / 2.0, y));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lands_inside_a_crescent_whose_centroid_is_outside() {
        // A "C": the centroid of its bounding box lies in the gap.
        let c = vec![
            (0, 0),
            (30, 0),
            (30, 6),
            (10, 6),
            (10, 24),
            (30, 24),
            (30, 30),
            (0, 30),
        ];
        let (x, y) = label_point(std::slice::from_ref(&c)).unwrap();
        let shape = to_points(&[c]);
        assert!(inside_even_odd(&shape, (x as f64, y as f64)), "({x}, {y})");
        assert!(x < 10, "should sit in the spine of the C, got ({x}, {y})");
    }

    #[test]
    fn avoids_holes_and_prefers_the_largest_ring() {
        let outer = vec![(0, 0), (40, 0), (40, 40), (0, 40)];
        let hole = vec![(10, 10), (30, 10), (30, 30), (10, 30)];
        let islet = vec![(100, 100), (102, 100), (102, 102)];
        let (x, y) = label_point(&[islet, outer, hole]).unwrap();
        assert!((0..=40).contains(&x) && (0..=40).contains(&y), "({x}, {y})");
        assert!(
            !((10..=30).contains(&x) && (10..=30).contains(&y)),
            "in the hole: ({x}, {y})"
        );
    }

    #[test]
    fn tiny_shapes_still_get_a_point() {
        assert!(label_point(&[vec![(0, 0), (1, 0), (0, 1)]]).is_some());
        assert_eq!(label_point(&[]), None);
    }
}
