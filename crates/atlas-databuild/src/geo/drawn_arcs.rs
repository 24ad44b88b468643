//! Topology arcs as the map draws them: each arc simplified (Douglas-Peucker,
//! end points fixed) and rounded to integer map units exactly once, then
//! reused by every ring at every level that runs along it.
//!
//! Simplifying rings instead would move a shared border differently on its
//! two sides (the two rings start at different points and see different
//! neighbours), which is what made the old per-prefecture map show slivers
//! and gaps. Fixing the arc end points keeps the nodes where three or more
//! units meet in place, so arcs still join after simplification.

use super::simplify::douglas_peucker;
use super::svg_path::Ring;
use super::to_map_units;
use super::topojson::{ArcRef, Topology};
use std::collections::BTreeMap;

/// An arc in integer map units with repeated points removed.
pub type DrawnArc = Vec<(i64, i64)>;

/// The drawn form of a chosen set of arcs.
pub struct DrawnArcs {
    arcs: BTreeMap<usize, DrawnArc>,
}

impl DrawnArcs {
    /// Simplifies every arc of `tolerances` with its own tolerance (map
    /// units). One tolerance normally serves all arcs; the region build
    /// lowers it only on the arcs of units that would otherwise vanish.
    pub fn new(
        topology: &Topology,
        tolerances: &BTreeMap<usize, f64>,
    ) -> Result<DrawnArcs, String> {
        let mut arcs = BTreeMap::new();
        for (&index, &tolerance) in tolerances {
            let metres = topology
                .arc(index)
                .ok_or_else(|| format!("no arc {index}"))?;
            arcs.insert(index, draw_arc(metres, tolerance));
        }
        Ok(DrawnArcs { arcs })
    }

    /// Points kept over all arcs (a node shared by several arcs counts once
    /// per arc, as the topology itself counts them).
    pub fn point_count(&self) -> usize {
        self.arcs.values().map(Vec::len).sum()
    }

    /// The ring made of these arcs, or `None` when it collapses to fewer than
    /// three distinct points or to no area at this resolution. Every ring
    /// built from the same arcs collapses the same way at every level, so
    /// dropping it never opens a gap between levels.
    ///
    /// Spikes (`A B A`) are cut off: they appear where a unit reaches a node
    /// through a corridor narrower than the simplification, whose two sides
    /// then draw as the same segment. The spike has no area, and the
    /// neighbours on either side still draw that segment as their border.
    pub fn ring(&self, refs: &[ArcRef]) -> Option<Ring> {
        let mut points: Ring = Vec::new();
        for r in refs {
            let arc = &self.arcs[&r.index];
            let mut push = |p: (i64, i64)| push_cutting_spikes(&mut points, p);
            if r.reversed {
                arc.iter().rev().for_each(|&p| push(p));
            } else {
                arc.iter().for_each(|&p| push(p));
            }
        }
        // The same clean-up across the point where the ring closes.
        loop {
            let n = points.len();
            if n >= 2 && points[0] == points[n - 1] {
                points.pop();
            } else if n >= 3 && points[n - 1] == points[1] {
                points.remove(0);
                points.pop();
            } else if n >= 3 && points[n - 2] == points[0] {
                points.truncate(n - 2);
            } else {
                break;
            }
        }
        let doubled_area: i64 = (0..points.len())
            .map(|i| {
                let (a, b) = (points[i], points[(i + 1) % points.len()]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum();
        (points.len() >= 3 && doubled_area != 0).then_some(points)
    }
}

/// Appends `p` unless it repeats the last point; when it returns to the
/// point before the last (`A B` + `A`), drops the tip instead.
fn push_cutting_spikes(points: &mut Ring, p: (i64, i64)) {
    if points.last() == Some(&p) {
        return;
    }
    if points.len() >= 2 && points[points.len() - 2] == p {
        points.pop();
        return;
    }
    points.push(p);
}

/// Projects an arc to map units, simplifies it and rounds it to integers.
/// The end points survive both steps unchanged, and the same end point
/// always rounds to the same integer point, so arcs meeting at a node still
/// meet when drawn.
pub fn draw_arc(metres: &[(f64, f64)], tolerance: f64) -> DrawnArc {
    let mapped: Vec<(f64, f64)> = metres.iter().copied().map(to_map_units).collect();
    let simplified = if tolerance > 0.0 {
        douglas_peucker(&mapped, tolerance)
    } else {
        mapped
    };
    let mut out: DrawnArc = Vec::with_capacity(simplified.len());
    for (x, y) in simplified {
        let p = (x.round() as i64, y.round() as i64);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_ends_and_drops_wiggles() {
        // 0 to 10 km east with a 100 m wiggle: 20 map units, 0.2 off the line.
        let metres = [(0.0, 0.0), (5_000.0, 100.0), (10_000.0, 0.0)];
        assert_eq!(draw_arc(&metres, 1.0), vec![(0, 0), (20, 0)]);
        assert_eq!(draw_arc(&metres, 0.0), vec![(0, 0), (10, 0), (20, 0)]);
    }

    #[test]
    fn rings_drop_when_they_collapse() {
        let text = r#"{"type":"Topology","transform":{"scale":[100,100],"translate":[0,0]},
            "arcs":[[[0,0],[100,0],[0,100],[-100,0],[0,-100]],[[0,0],[1,0],[0,1],[-1,0],[0,-1]]],
            "objects":{}}"#;
        let topology = Topology::parse(text).unwrap();
        let tolerances = BTreeMap::from([(0, 1.0), (1, 1.0)]);
        let drawn = DrawnArcs::new(&topology, &tolerances).unwrap();
        // 10 km square: 20 units a side.
        let big = drawn.ring(&[ArcRef::from_topojson(0)]).unwrap();
        assert_eq!(big, vec![(0, 0), (20, 0), (20, -20), (0, -20)]);
        // 100 m square: rounds to a point.
        assert_eq!(drawn.ring(&[ArcRef::from_topojson(1)]), None);
        assert_eq!(drawn.ring(&[ArcRef::from_topojson(-2)]), None);
    }

    #[test]
    fn spikes_are_cut_also_where_the_ring_closes() {
        let mut ring = Ring::new();
        for p in [(0, 0), (5, 0), (9, 9), (5, 0), (5, 5), (5, 5), (0, 5)] {
            push_cutting_spikes(&mut ring, p);
        }
        assert_eq!(ring, vec![(0, 0), (5, 0), (5, 5), (0, 5)]);

        // A square drawn from the tip of a spike at (-3, -3).
        let text = r#"{"type":"Topology","transform":{"scale":[500,500],"translate":[0,0]},
            "arcs":[[[-3,-3],[3,3],[10,0],[0,10],[-10,0],[0,-10],[-3,-3]]],"objects":{}}"#;
        let topology = Topology::parse(text).unwrap();
        let drawn = DrawnArcs::new(&topology, &BTreeMap::from([(0, 0.0)])).unwrap();
        let ring = drawn.ring(&[ArcRef::from_topojson(0)]).unwrap();
        assert_eq!(ring, vec![(0, 0), (10, 0), (10, -10), (0, -10)]);
    }
}
