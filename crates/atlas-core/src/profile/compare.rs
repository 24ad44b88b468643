//! Two places side by side: every profile figure of both, which one is
//! higher and by how much, the three sub-indices and the composite, and
//! the paper's three challenges for each. Decided here; the compare view
//! only lays it out.

use super::{challenges, Challenge, ChallengeKind, CARDS, ECONOMY_CARDS};
use crate::catalogue::{self, Indicator};
use crate::dataset::Unit;
use crate::measures::Indices;
use crate::url_state::Year;
use crate::Bundle;

/// Which of the two places has the higher value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Higher {
    /// The first place (`unit=`).
    A,
    /// The second place (`with=`).
    B,
    /// Equal values (to a relative 1e-9).
    Same,
    /// One or both have no value: nothing to compare.
    Unknown,
}

impl Higher {
    /// A stable key for the page (`data-higher`).
    pub fn key(self) -> &'static str {
        match self {
            Higher::A => "a",
            Higher::B => "b",
            Higher::Same => "same",
            Higher::Unknown => "unknown",
        }
    }

    /// The other way round (for a swap).
    pub fn swapped(self) -> Higher {
        match self {
            Higher::A => Higher::B,
            Higher::B => Higher::A,
            other => other,
        }
    }
}

/// Which of `a` and `b` is higher. Non-finite values count as missing.
pub fn higher(a: Option<f64>, b: Option<f64>) -> Higher {
    match (a.filter(|v| v.is_finite()), b.filter(|v| v.is_finite())) {
        (Some(a), Some(b)) => {
            let scale = a.abs().max(b.abs()).max(f64::MIN_POSITIVE);
            if (a - b).abs() <= 1e-9 * scale {
                Higher::Same
            } else if a > b {
                Higher::A
            } else {
                Higher::B
            }
        }
        _ => Higher::Unknown,
    }
}

/// One figure of both places.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    pub a: Option<f64>,
    pub b: Option<f64>,
    pub higher: Higher,
    /// `a - b`, when both have a value.
    pub difference: Option<f64>,
}

impl Pair {
    pub fn new(a: Option<f64>, b: Option<f64>) -> Pair {
        let higher = higher(a, b);
        let difference = match (higher, a, b) {
            (Higher::Unknown, _, _) => None,
            (_, Some(a), Some(b)) => Some(a - b),
            _ => None,
        };
        Pair {
            a,
            b,
            higher,
            difference,
        }
    }
}

/// A row of the comparison table: an indicator (2020 values of yearly
/// ones) for both places.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    pub indicator: &'static Indicator,
    pub pair: Pair,
}

/// The rows of the comparison, in order: residents 2020, then every
/// profile card.
pub fn rows(a: &Unit, b: &Unit) -> Vec<Row> {
    std::iter::once(&catalogue::POP)
        .chain(CARDS.iter().copied())
        .map(|indicator| Row {
            indicator,
            pair: Pair::new(indicator.of(a, Year::Y2020), indicator.of(b, Year::Y2020)),
        })
        .collect()
}

/// The rows of the 2015 economy (the profile's economy cards, in order)
/// for both places; a place the source does not cover has no values, and
/// `any_value` of the result says whether either has one.
pub fn economy_rows(a: &Unit, b: &Unit) -> Vec<Row> {
    ECONOMY_CARDS
        .iter()
        .map(|&indicator| Row {
            indicator,
            pair: Pair::new(indicator.of(a, Year::Y2020), indicator.of(b, Year::Y2020)),
        })
        .collect()
}

/// Whether any row has a value for either place (else the table would be
/// all "no data" and the view says so in one line instead).
pub fn any_value(rows: &[Row]) -> bool {
    rows.iter()
        .any(|r| r.pair.a.is_some() || r.pair.b.is_some())
}

/// The three sub-indices and the composite (the order of the profile's
/// index table) of both places; a place without measures has none.
pub fn index_pairs(a: Option<&Indices>, b: Option<&Indices>) -> [Pair; 4] {
    let get = |i: Option<&Indices>| {
        i.map(|i| [i.population, i.industry, i.space, i.composite])
            .unwrap_or_default()
    };
    let (a, b) = (get(a), get(b));
    std::array::from_fn(|k| Pair::new(a[k], b[k]))
}

/// One of the paper's challenges for both places.
#[derive(Clone, Debug, PartialEq)]
pub struct ChallengePair {
    pub kind: ChallengeKind,
    pub a: Challenge,
    pub b: Challenge,
}

impl ChallengePair {
    /// Whether it applies to both, one or neither.
    pub fn applies_to(&self) -> (bool, bool) {
        (self.a.applies, self.b.applies)
    }
}

/// The three challenges for both places (each judged among the units of
/// its own level, as on its profile).
pub fn challenge_pairs(a: &Unit, b: &Unit, bundle: &Bundle) -> Vec<ChallengePair> {
    let (ca, cb) = (challenges(a, bundle), challenges(b, bundle));
    ChallengeKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let find = |list: &[Challenge]| list.iter().find(|c| c.kind == kind).cloned();
            Some(ChallengePair {
                kind,
                a: find(&ca)?,
                b: find(&cb)?,
            })
        })
        .collect()
}

/// Places to suggest as a second place: the places most like `a` (nearest
/// first, from the measures), without `a`, at most `k`.
pub fn suggestions(a: u32, similar: &[u32], k: usize) -> Vec<u32> {
    similar
        .iter()
        .copied()
        .filter(|c| *c != a)
        .take(k)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::unit_with_pops;

    #[test]
    fn higher_knows_a_b_equal_and_missing() {
        assert_eq!(higher(Some(2.0), Some(1.0)), Higher::A);
        assert_eq!(higher(Some(-3.0), Some(1.0)), Higher::B);
        assert_eq!(higher(Some(0.1 + 0.2), Some(0.3)), Higher::Same);
        assert_eq!(higher(Some(0.0), Some(0.0)), Higher::Same);
        assert_eq!(higher(None, Some(1.0)), Higher::Unknown);
        assert_eq!(higher(Some(1.0), None), Higher::Unknown);
        assert_eq!(higher(Some(f64::NAN), Some(1.0)), Higher::Unknown);
        assert_eq!(higher(Some(2.0), Some(1.0)).swapped(), Higher::B);
        assert_eq!(Higher::Same.swapped(), Higher::Same);
    }

    #[test]
    fn pair_difference_is_a_minus_b_and_absent_without_both() {
        let p = Pair::new(Some(5.0), Some(7.5));
        assert_eq!(p.difference, Some(-2.5));
        assert_eq!(p.higher, Higher::B);
        let p = Pair::new(None, Some(7.5));
        assert_eq!(p.difference, None);
        assert_eq!(p.higher, Higher::Unknown);
    }

    #[test]
    fn rows_start_with_residents_then_every_card() {
        let a = unit_with_pops(100, 80);
        let mut b = unit_with_pops(100, 120);
        b.code = 511900;
        let rows = rows(&a, &b);
        assert_eq!(rows.len(), CARDS.len() + 1);
        assert_eq!(rows[0].indicator.key, "pop");
        assert_eq!(rows[0].pair.a, Some(80.0));
        assert_eq!(rows[0].pair.b, Some(120.0));
        assert_eq!(rows[0].pair.higher, Higher::B);
        assert_eq!(rows[0].pair.difference, Some(-40.0));
        for (row, card) in rows[1..].iter().zip(CARDS.iter()) {
            assert_eq!(row.indicator.key, card.key);
        }
        // Population change: -20 % against +20 %.
        assert_eq!(rows[1].indicator.key, "pop_change");
        assert_eq!(rows[1].pair.higher, Higher::B);
        // A card without data in either place compares as unknown.
        assert!(rows[1..]
            .iter()
            .filter(|r| r.pair.a.is_none())
            .all(|r| r.pair.higher == Higher::Unknown && r.pair.difference.is_none()));
    }

    #[test]
    fn swapping_the_places_swaps_every_verdict() {
        let a = unit_with_pops(100, 80);
        let b = unit_with_pops(90, 95);
        for (ab, ba) in rows(&a, &b).iter().zip(rows(&b, &a)) {
            assert_eq!(ab.pair.higher.swapped(), ba.pair.higher);
            assert_eq!(ab.pair.difference.map(|d| -d), ba.pair.difference);
        }
    }

    #[test]
    fn index_pairs_follow_the_index_table_order() {
        let a = Indices {
            population: Some(0.8),
            industry: Some(0.2),
            space: None,
            composite: Some(0.5),
        };
        let b = Indices {
            population: Some(0.3),
            industry: Some(0.4),
            space: Some(0.1),
            composite: Some(0.5),
        };
        let p = index_pairs(Some(&a), Some(&b));
        let verdicts: Vec<Higher> = p.iter().map(|p| p.higher).collect();
        assert_eq!(
            verdicts,
            [Higher::A, Higher::B, Higher::Unknown, Higher::Same]
        );
        assert!(index_pairs(None, Some(&b))
            .iter()
            .all(|p| p.higher == Higher::Unknown && p.b.is_some()));
    }

    #[test]
    fn suggestions_drop_the_place_itself() {
        assert_eq!(suggestions(1, &[2, 1, 3, 4], 2), vec![2, 3]);
        assert!(suggestions(1, &[], 5).is_empty());
    }
}
