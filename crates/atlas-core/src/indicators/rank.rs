//! Ranking of scores.

/// Ranks of `values`, 1 = largest, with competition ranking for ties
/// ("1224": tied values share the smallest rank and the next rank skips).
/// `None` (and NaN, which has no place in an order) stays `None` and does not
/// take a rank.
///
/// A rank is 1 + the number of values strictly larger, so it depends only on
/// the multiset of values, never on the order they are listed in.
pub fn rank_descending(values: &[Option<f64>]) -> Vec<Option<u32>> {
    let mut sorted: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| !v.is_nan())
        .collect();
    crate::order::sort_floats(&mut sorted);
    sorted.reverse();
    values
        .iter()
        .map(|v| {
            let v = v.filter(|v| !v.is_nan())?;
            // `>` rather than total order, so that 0.0 and -0.0 tie.
            let larger = sorted.partition_point(|w| *w > v);
            Some(larger as u32 + 1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_are_competition_ranks() {
        // Sorted: 5 (1), 3 (2), 3 (2), 1 (4); None keeps None.
        let ranks = rank_descending(&[Some(3.0), None, Some(5.0), Some(3.0), Some(1.0)]);
        assert_eq!(ranks, [Some(2), None, Some(1), Some(2), Some(4)]);
        // "1224" literally, plus a three-way tie at the bottom.
        let ranks = rank_descending(&[
            Some(9.0),
            Some(7.0),
            Some(7.0),
            Some(2.0),
            Some(2.0),
            Some(2.0),
        ]);
        assert_eq!(
            ranks,
            [Some(1), Some(2), Some(2), Some(4), Some(4), Some(4)]
        );
    }

    #[test]
    fn ranks_skip_nan_and_tie_signed_zeros() {
        let ranks = rank_descending(&[Some(f64::NAN), Some(0.0), Some(-0.0), Some(-1.0)]);
        assert_eq!(ranks, [None, Some(1), Some(1), Some(3)]);
        assert_eq!(rank_descending(&[None, None]), [None, None]);
        assert!(rank_descending(&[]).is_empty());
    }
}
