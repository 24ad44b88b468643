//! "Places like mine": units nearest to a chosen one in standardised
//! indicator space.

use super::{column_count, order_free_sum};

/// Z-scores per column (rows = units, columns = features): `(x - mean) / sd`
/// with the population standard deviation, both taken over the units that
/// have the value. Missing (and non-finite) values stay `None` and do not
/// count in mean or sd.
///
/// A constant column (or one with a single value) gives 0 for every unit
/// that has it: it does not tell units apart, so it must add no distance,
/// and `sd = 0` would otherwise divide 0 by 0. Constancy is tested exactly
/// (all values equal), not by a small `sd`, because the mean of equal
/// values can be off by an ulp and a computed `sd` of 1e-17 would blow the
/// noise up to z-scores of order 1.
///
/// Panics if rows differ in length.
pub fn standardise(matrix: &[Vec<Option<f64>>]) -> Vec<Vec<Option<f64>>> {
    let m = column_count(matrix, "standardise");
    let mut out: Vec<Vec<Option<f64>>> = vec![vec![None; m]; matrix.len()];
    for j in 0..m {
        let present: Vec<f64> = matrix
            .iter()
            .filter_map(|row| row[j])
            .filter(|x| x.is_finite())
            .collect();
        let constant = present.iter().all(|&x| x == present[0]);
        let k = present.len() as f64;
        let mean = order_free_sum(present.clone()) / k;
        let sd = (order_free_sum(present.iter().map(|x| (x - mean).powi(2)).collect()) / k).sqrt();
        for (row, out_row) in matrix.iter().zip(&mut out) {
            out_row[j] =
                row[j]
                    .filter(|x| x.is_finite())
                    .map(|x| if constant { 0.0 } else { (x - mean) / sd });
        }
    }
    out
}

/// Up to `k` units most similar to unit `target`, nearest first.
///
/// Features (rows = units, columns = indicators) are standardised per
/// column ([`standardise`]) so that indicators in persons and in percent
/// count alike. The distance between two units uses only the features both
/// have, as the root mean square of their z-score differences, i.e. scaled
/// to the number of shared features, so that a unit with gaps is neither
/// favoured (fewer terms) nor penalised. Units sharing no feature with the
/// target are left out, as is the target itself. Equal distances are
/// ordered by unit index, so the answer is deterministic.
///
/// An out-of-range `target` or `k = 0` gives an empty list. Panics if rows
/// differ in length.
pub fn nearest(features: &[Vec<Option<f64>>], target: usize, k: usize) -> Vec<usize> {
    nearest_standardised(&standardise(features), target, k)
}

/// [`nearest`] for every unit at once: `result[i] == nearest(features, i, k)`.
/// Standardises once instead of once per unit, which turns a cubic cost
/// into a quadratic one (about 500 county units: seconds -> milliseconds).
pub fn nearest_all(features: &[Vec<Option<f64>>], k: usize) -> Vec<Vec<usize>> {
    let z = standardise(features);
    (0..z.len())
        .map(|target| nearest_standardised(&z, target, k))
        .collect()
}

/// [`nearest`] on features already standardised.
fn nearest_standardised(z: &[Vec<Option<f64>>], target: usize, k: usize) -> Vec<usize> {
    let Some(me) = z.get(target) else {
        return Vec::new();
    };
    if k == 0 {
        return Vec::new();
    }
    let mut found: Vec<(f64, usize)> = z
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != target)
        .filter_map(|(i, other)| {
            let (mut sum, mut shared) = (0.0, 0usize);
            for (a, b) in me.iter().zip(other) {
                if let (Some(a), Some(b)) = (a, b) {
                    sum += (a - b).powi(2);
                    shared += 1;
                }
            }
            (shared > 0).then(|| ((sum / shared as f64).sqrt(), i))
        })
        .collect();
    // Distance, then index: a total order, so selecting the k smallest
    // first (linear) and sorting only those gives exactly the full sort's
    // first k.
    let order = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
    if found.len() > k {
        found.select_nth_unstable_by(k - 1, order);
        found.truncate(k);
    }
    crate::order::sort_by(&mut found, order);
    found.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn standardise_hand_computed() {
        // Column 1 [1, 3, 5, 7]: mean 4, deviations [-3, -1, 1, 3],
        // population variance (9 + 1 + 1 + 9) / 4 = 5, z = dev / sqrt 5.
        // Column 2 constant among the units that have it -> 0; None stays.
        let m = vec![
            vec![Some(1.0), Some(2.0)],
            vec![Some(3.0), None],
            vec![Some(5.0), Some(2.0)],
            vec![Some(7.0), Some(f64::NAN)],
        ];
        let z = standardise(&m);
        let s5 = 5f64.sqrt();
        for (row, dev) in z.iter().zip([-3.0, -1.0, 1.0, 3.0]) {
            assert!(close(row[0].unwrap(), dev / s5), "{z:?}");
        }
        let col2: Vec<Option<f64>> = z.iter().map(|r| r[1]).collect();
        assert_eq!(col2, [Some(0.0), None, Some(0.0), None]);
        // Equal values whose mean is inexact still give exact zeros.
        let tenths = vec![vec![Some(0.1)], vec![Some(0.1)], vec![Some(0.1)]];
        assert_eq!(standardise(&tenths), vec![vec![Some(0.0)]; 3]);
        assert!(standardise(&[]).is_empty());
    }

    #[test]
    fn nearest_hand_computed_standardisation_matters() {
        // Feature 1 (persons) [1000, 3000, 5000, 7000]: mean 4000,
        //   sd 1000 sqrt 5, z = [-3, -1, 1, 3] / sqrt 5.
        // Feature 2 (percent) [10, 10, 40, 10]: mean 17.5, deviations
        //   [-7.5, -7.5, 22.5, -7.5], variance (3 * 56.25 + 506.25) / 4 = 168.75,
        //   sd = 7.5 sqrt 3, z = [-1, -1, 3, -1] / sqrt 3.
        // From unit 0, RMS over 2 features:
        //   unit 1: z diffs (2/√5, 0)     -> sqrt((0.8 + 0) / 2)    = 0.632
        //   unit 2: z diffs (4/√5, 4/√3)  -> sqrt((3.2 + 5.333) / 2) = 2.066
        //   unit 3: z diffs (6/√5, 0)     -> sqrt((7.2 + 0) / 2)    = 1.897
        // so [1, 3, 2]; raw Euclidean distances (2000, 4000.1, 6000) would
        // have said [1, 2, 3], persons drowning out percent.
        let f = |a: f64, b: f64| vec![Some(a), Some(b)];
        let features = vec![
            f(1000.0, 10.0),
            f(3000.0, 10.0),
            f(5000.0, 40.0),
            f(7000.0, 10.0),
        ];
        assert_eq!(nearest(&features, 0, 3), [1, 3, 2]);
        assert_eq!(nearest(&features, 0, 2), [1, 3]);
        assert_eq!(nearest(&features, 0, 10), [1, 3, 2]);
        assert!(nearest(&features, 0, 0).is_empty());
        assert!(nearest(&features, 4, 3).is_empty());
    }

    #[test]
    fn nearest_uses_shared_features_scaled_and_breaks_ties_by_index() {
        // Both columns are already z-scores over the units that have them
        // (values ±1, mean 0, sd 1), so standardising leaves them unchanged.
        //   unit 0 [-1, -1]  (target)
        //   unit 1 [ 1,  -]  shared f1: diff 2        -> sqrt(4 / 1) = 2
        //   unit 2 [-1,  1]  diffs (0, 2)             -> sqrt(4 / 2) = 1.414
        //   unit 3 [ -,  -]  shares nothing           -> left out
        //   unit 4 [ 1,  1]  diffs (2, 2)             -> sqrt(8 / 2) = 2 (ties unit 1)
        //   unit 5 [ -, -1]  shared f2: diff 0        -> 0
        // Nearest first, the 1-4 tie by index: [5, 2, 1, 4]. Without the
        // scaling, units 1 and 2 would tie at 2 and come out [1, 2].
        let features = vec![
            vec![Some(-1.0), Some(-1.0)],
            vec![Some(1.0), None],
            vec![Some(-1.0), Some(1.0)],
            vec![None, None],
            vec![Some(1.0), Some(1.0)],
            vec![None, Some(-1.0)],
        ];
        assert_eq!(standardise(&features), features);
        assert_eq!(nearest(&features, 0, 10), [5, 2, 1, 4]);
        assert_eq!(nearest(&features, 0, 3), [5, 2, 1]);
        // A target without data has no neighbours.
        assert!(nearest(&features, 3, 10).is_empty());
    }

    #[test]
    fn nearest_all_equals_nearest_per_unit() {
        // A small table with gaps and a constant column.
        let features: Vec<Vec<Option<f64>>> = (0..12)
            .map(|i| {
                let x = i as f64;
                vec![
                    Some((x * 7.3) % 5.0),
                    (i % 4 != 0).then_some(x * x),
                    Some(2.0),
                    (i % 3 != 1).then_some(-x),
                ]
            })
            .collect();
        let all = nearest_all(&features, 4);
        for (i, row) in all.iter().enumerate() {
            assert_eq!(row, &nearest(&features, i, 4), "unit {i}");
        }
        assert!(nearest_all(&features, 0).iter().all(Vec::is_empty));
        assert!(nearest_all(&[], 3).is_empty());
    }
}
