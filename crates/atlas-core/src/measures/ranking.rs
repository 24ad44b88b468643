//! Ranks by the composite index within province and region, and "places
//! like mine".

use crate::indicators::{nearest_all, rank_descending};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many similar units [`super::UnitMeasures::similar`] lists.
pub const SIMILAR_COUNT: usize = 5;

/// Rank of a unit by its composite index among the units of its level, 1 =
/// most shrinkage, competition ranking for ties ("1224"). `None` without a
/// composite; `*_of` is the number of ranked units, so "3 of 21" can be shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranks {
    /// Among all units of the level in the five provinces.
    pub region: Option<u32>,
    pub region_of: u32,
    /// Among the units of the same level in the same province.
    pub province: Option<u32>,
    pub province_of: u32,
}

/// Ranks of `scores` (one per unit), in the region and within each unit's
/// province (`provinces`, parallel to `scores`).
pub(super) fn ranks(scores: &[Option<f64>], provinces: &[u32]) -> Vec<Ranks> {
    let region = rank_descending(scores);
    let region_of = scores.iter().flatten().count() as u32;
    let mut members: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, p) in provinces.iter().enumerate() {
        members.entry(*p).or_default().push(i);
    }
    let mut within = vec![None; scores.len()];
    let mut within_of = vec![0; scores.len()];
    for indices in members.values() {
        let subset: Vec<Option<f64>> = indices.iter().map(|&i| scores[i]).collect();
        let ranked = subset.iter().flatten().count() as u32;
        for (&i, rank) in indices.iter().zip(rank_descending(&subset)) {
            within[i] = rank;
            within_of[i] = ranked;
        }
    }
    (0..scores.len())
        .map(|i| Ranks {
            region: region[i],
            region_of,
            province: within[i],
            province_of: within_of[i],
        })
        .collect()
}

/// The [`SIMILAR_COUNT`] nearest units of each unit over all indicator
/// values (standardised, see [`crate::indicators::nearest`]), as codes.
/// `features` and `codes` are parallel and in code order, so that equal
/// distances are broken by the lower code.
pub(super) fn similar(features: &[Vec<Option<f64>>], codes: &[u32]) -> Vec<Vec<u32>> {
    debug_assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "similar: units must be in code order"
    );
    nearest_all(features, SIMILAR_COUNT)
        .into_iter()
        .map(|neighbours| neighbours.into_iter().map(|j| codes[j]).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_within_province_and_region() {
        // Region: 0.9 (1), 0.5 (3), 0.7 (2), None, 0.1 (4).
        // Province A = units 0, 1, 3: 0.9 (1), 0.5 (2), None -> 2 ranked.
        // Province B = units 2, 4: 0.7 (1), 0.1 (2).
        let scores = [Some(0.9), Some(0.5), Some(0.7), None, Some(0.1)];
        let r = ranks(&scores, &[1, 1, 2, 1, 2]);
        let region: Vec<Option<u32>> = r.iter().map(|x| x.region).collect();
        let province: Vec<Option<u32>> = r.iter().map(|x| x.province).collect();
        assert_eq!(region, [Some(1), Some(3), Some(2), None, Some(4)]);
        assert_eq!(province, [Some(1), Some(2), Some(1), None, Some(2)]);
        assert!(r.iter().all(|x| x.region_of == 4));
        assert_eq!(
            r.iter().map(|x| x.province_of).collect::<Vec<_>>(),
            [2, 2, 2, 2, 2]
        );
    }

    #[test]
    fn similar_breaks_ties_by_code() {
        // Codes 10 and 30 are both at distance 1 from code 20; 10 comes first.
        let f = |x: f64| vec![Some(x)];
        let s = similar(&[f(1.0), f(2.0), f(3.0)], &[10, 20, 30]);
        assert_eq!(s, [vec![20, 30], vec![10, 30], vec![20, 10]]);
    }
}
