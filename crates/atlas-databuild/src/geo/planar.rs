//! Plane geometry on rings shared by the label placer, the area sums and the
//! rasteriser: areas, even-odd containment, distance to the boundary and
//! scanline crossings.
//!
//! A ring is a list of points, closed implicitly (a repeated first point is
//! harmless: it only adds a zero-length edge). A shape is a list of rings
//! read with the even-odd rule, as the map's SVG paths are, so holes and
//! islands need no separate bookkeeping.

/// A point in any planar frame (metres or map units).
pub type Point = (f64, f64);

/// The edges of a ring, including the closing one.
fn edges(ring: &[Point]) -> impl Iterator<Item = (Point, Point)> + '_ {
    let n = ring.len();
    (0..n).map(move |i| (ring[i], ring[(i + 1) % n]))
}

/// Shoelace area: positive when the ring turns counter-clockwise in a frame
/// with y up (clockwise on screen, where y points down).
pub fn signed_area(ring: &[Point]) -> f64 {
    edges(ring).map(|(a, b)| a.0 * b.1 - b.0 * a.1).sum::<f64>() / 2.0
}

/// Integer rings (map units) as floating-point rings.
pub fn to_points(rings: &[Vec<(i64, i64)>]) -> Vec<Vec<Point>> {
    rings
        .iter()
        .map(|r| r.iter().map(|&(x, y)| (x as f64, y as f64)).collect())
        .collect()
}

/// The x of every crossing of the horizontal line at `y` with the rings'
/// edges, sorted. An edge counts when its ends lie on opposite sides with
/// the half-open rule `(y1 > y) != (y2 > y)`, so a vertex on the line is
/// counted once and horizontal edges never: consecutive pairs of the result
/// are then exactly the even-odd interior spans of the line.
pub fn crossings_at_y(rings: &[Vec<Point>], y: f64) -> Vec<f64> {
    let mut xs: Vec<f64> = rings
        .iter()
        .flat_map(|r| edges(r))
        .filter(|(a, b)| (a.1 > y) != (b.1 > y))
        .map(|(a, b)| a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0))
        .collect();
    xs.sort_by(f64::total_cmp);
    xs
}

/// Whether `p` is inside the shape by the even-odd rule (a ray to the right
/// crosses its boundary an odd number of times). Points exactly on the
/// boundary may go either way; callers that care check
/// [`distance_to_boundary`].
pub fn inside_even_odd(rings: &[Vec<Point>], p: Point) -> bool {
    crossings_at_y(rings, p.1)
        .iter()
        .filter(|&&x| x > p.0)
        .count()
        % 2
        == 1
}

/// The shortest distance from `p` to any edge of the shape.
pub fn distance_to_boundary(rings: &[Vec<Point>], p: Point) -> f64 {
    rings
        .iter()
        .flat_map(|r| edges(r))
        .map(|(a, b)| distance_to_segment(p, a, b))
        .fold(f64::INFINITY, f64::min)
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, side: f64) -> Vec<Point> {
        vec![(x, y), (x + side, y), (x + side, y + side), (x, y + side)]
    }

    #[test]
    fn area_sign_follows_winding() {
        let ccw = square(0.0, 0.0, 2.0);
        let cw: Vec<Point> = ccw.iter().rev().copied().collect();
        assert_eq!(signed_area(&ccw), 4.0);
        assert_eq!(signed_area(&cw), -4.0);
        let mut closed = ccw.clone();
        closed.push(ccw[0]);
        assert_eq!(signed_area(&closed), 4.0);
    }

    #[test]
    fn even_odd_treats_a_nested_ring_as_a_hole() {
        let shape = vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)];
        assert!(inside_even_odd(&shape, (1.0, 1.0)));
        assert!(!inside_even_odd(&shape, (5.0, 5.0)));
        assert!(!inside_even_odd(&shape, (11.0, 5.0)));
        assert_eq!(crossings_at_y(&shape, 5.0), vec![0.0, 4.0, 6.0, 10.0]);
    }

    #[test]
    fn a_vertex_on_the_scanline_counts_once() {
        let diamond = vec![vec![(0.0, 1.0), (1.0, 0.0), (2.0, 1.0), (1.0, 2.0)]];
        assert_eq!(crossings_at_y(&diamond, 1.0), vec![0.0, 2.0]);
        // Extreme vertices give an empty span or none, never a lone crossing.
        assert_eq!(crossings_at_y(&diamond, 0.0), vec![1.0, 1.0]);
        assert_eq!(crossings_at_y(&diamond, 2.0), Vec::<f64>::new());
    }

    #[test]
    fn distance_reaches_the_nearest_edge() {
        let shape = vec![square(0.0, 0.0, 10.0)];
        assert_eq!(distance_to_boundary(&shape, (3.0, 5.0)), 3.0);
        assert_eq!(distance_to_boundary(&shape, (13.0, 14.0)), 5.0);
    }
}
