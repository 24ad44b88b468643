//! The union of neighbouring polygons of one topology, computed on arcs
//! rather than coordinates.
//!
//! Two counties that share a border both list the arc that draws it, in
//! opposite directions. Inside a group of counties (a prefecture, a
//! province) such arcs cancel; the arcs used exactly once form the group's
//! outline. Because the outline reuses the very arcs the counties are drawn
//! with, a prefecture border is the same polyline as the county borders
//! beneath it at every simplification level: no slivers, no gaps.

use super::topojson::{ArcRef, ArcRing};
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// The outline of the union of `rings`, as closed rings of arcs.
///
/// `ends(i)` gives the first and last node of arc `i` in stored order; nodes
/// must compare equal exactly where arcs meet. Rings keep the direction of
/// the arcs they are made of, so outer rings and holes keep the winding
/// they had in the source (and the even-odd fill rule draws either).
///
/// Fails when an arc is used twice in the same direction or more than twice:
/// that is not a clean polygon coverage, and cancelling would be wrong.
pub fn outline<N: Copy + Eq + Hash>(
    rings: &[ArcRing],
    ends: impl Fn(usize) -> (N, N),
) -> Result<Vec<ArcRing>, String> {
    // Forward and backward uses per arc, keeping the order of first use so
    // the result does not depend on hashing.
    let mut uses: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut order: Vec<ArcRef> = Vec::new();
    for r in rings.iter().flatten() {
        let count = uses.entry(r.index).or_insert_with(|| {
            order.push(*r);
            (0, 0)
        });
        if r.reversed {
            count.1 += 1;
        } else {
            count.0 += 1;
        }
    }
    let mut boundary: Vec<ArcRef> = Vec::new();
    for first_use in order {
        match uses[&first_use.index] {
            (1, 1) => {} // shared by two members: interior
            (1, 0) | (0, 1) => boundary.push(first_use),
            (f, b) => {
                return Err(format!(
                    "arc {} is used {f} times forwards and {b} backwards",
                    first_use.index
                ))
            }
        }
    }

    let directed_ends = |r: ArcRef| {
        let (a, b) = ends(r.index);
        if r.reversed {
            (b, a)
        } else {
            (a, b)
        }
    };
    let mut leaving: HashMap<N, Vec<usize>> = HashMap::new();
    for (i, &r) in boundary.iter().enumerate() {
        leaving.entry(directed_ends(r).0).or_default().push(i);
    }

    // Every node of a clean boundary has as many arcs arriving as leaving,
    // so a walk that starts at a node can only get stuck back at that node;
    // closing the ring as soon as it returns there splits outlines that
    // touch themselves at a point into separate rings.
    let mut used = vec![false; boundary.len()];
    let mut out = Vec::new();
    for start in 0..boundary.len() {
        if used[start] {
            continue;
        }
        let start_node = directed_ends(boundary[start]).0;
        let mut ring = Vec::new();
        let mut current = start;
        loop {
            used[current] = true;
            ring.push(boundary[current]);
            let node = directed_ends(boundary[current]).1;
            if node == start_node {
                break;
            }
            current = leaving
                .get(&node)
                .and_then(|next| next.iter().copied().find(|&i| !used[i]))
                .ok_or_else(|| format!("outline is open after arc {}", boundary[current].index))?;
        }
        out.push(ring);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(i: i64) -> ArcRef {
        ArcRef::from_topojson(i)
    }

    /// Two unit squares side by side, A on the left, B on the right, drawn
    /// clockwise; nodes are points on a grid:
    /// arc 0: (1,0)->(0,0)->(0,1)->(1,1)   A's outer part
    /// arc 1: (1,1)->(1,0)                 shared border (A forwards)
    /// arc 2: (1,1)->(2,1)->(2,0)->(1,0)   B's outer part
    fn two_squares_ends(i: usize) -> ((i32, i32), (i32, i32)) {
        [((1, 0), (1, 1)), ((1, 1), (1, 0)), ((1, 1), (1, 0))][i]
    }

    #[test]
    fn shared_arc_cancels() {
        let a = vec![r(0), r(1)];
        let b = vec![r(2), r(-2)];
        let merged = outline(&[a, b], two_squares_ends).unwrap();
        assert_eq!(merged, vec![vec![r(0), r(2)]]);
    }

    #[test]
    fn a_single_ring_is_its_own_outline() {
        let a = vec![r(0), r(1)];
        assert_eq!(
            outline(std::slice::from_ref(&a), two_squares_ends).unwrap(),
            vec![a]
        );
    }

    #[test]
    fn separate_islands_stay_separate_rings() {
        // Arcs 0 and 1 are closed loops (each a ring by itself).
        let loops = |i: usize| [((0, 0), (0, 0)), ((5, 5), (5, 5))][i];
        let merged = outline(&[vec![r(0)], vec![r(1)]], loops).unwrap();
        assert_eq!(merged, vec![vec![r(0)], vec![r(1)]]);
    }

    #[test]
    fn an_enclave_filling_a_hole_disappears_into_the_union() {
        // A has an outer loop (arc 0) and a hole (arc 1 backwards) that B fills.
        let loops = |i: usize| [((0, 0), (0, 0)), ((5, 5), (5, 5))][i];
        let a_outer = vec![r(0)];
        let a_hole = vec![r(-2)];
        let b = vec![r(1)];
        assert_eq!(
            outline(&[a_outer, a_hole, b], loops).unwrap(),
            vec![vec![r(0)]]
        );
    }

    #[test]
    fn rejects_an_arc_used_twice_the_same_way() {
        let err = outline(&[vec![r(0), r(1)], vec![r(2), r(1)]], two_squares_ends).unwrap_err();
        assert!(err.contains("arc 1"), "{err}");
    }

    #[test]
    fn reports_an_open_outline() {
        assert!(outline(&[vec![r(0)]], two_squares_ends).is_err());
    }
}
