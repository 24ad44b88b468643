//! TOPSIS: score each unit by how close it is to the most-shrinking ideal
//! and how far from the least-shrinking one.

use super::column_count;

/// TOPSIS scores, one per row of `matrix` (rows = units, columns =
/// indicators, min-max scaled and oriented so that larger = more shrinkage,
/// see [`crate::indicators::min_max`]), in 0..1 with 1 = most shrinkage.
///
/// With `v_ij = w_j x_ij`, the positive ideal is each column's maximum of
/// `v`, the negative ideal each column's minimum; `D+` and `D-` are a unit's
/// Euclidean distances to them and the score is `D- / (D+ + D-)`.
///
/// Weights must be finite and >= 0; they need not sum to 1, since scaling
/// all of them scales both distances alike and leaves the score unchanged.
///
/// If `D+ + D- = 0` the unit sits on both ideals at once, which happens only
/// when no weighted column varies (then it holds for every unit). The score
/// is then 0, not 0.5: for a single indicator TOPSIS reduces to the min-max
/// value itself (`D+ = 1 - x`, `D- = x`), and min-max gives a constant column
/// 0, so 0 keeps "one indicator's sub-index = its scaled value" true in every
/// case. It also keeps a dimension in which the units do not differ from
/// painting the map mid-scale.
///
/// Panics if rows differ in length or `weights` does not have one entry per
/// column. No rows give an empty result.
pub fn topsis(matrix: &[Vec<f64>], weights: &[f64]) -> Vec<f64> {
    if matrix.is_empty() {
        return Vec::new();
    }
    let m = column_count(matrix, "topsis");
    assert_eq!(weights.len(), m, "topsis: need one weight per column");
    debug_assert!(
        weights.iter().all(|w| w.is_finite() && *w >= 0.0),
        "topsis: bad weight"
    );
    let weighted: Vec<Vec<f64>> = matrix
        .iter()
        .map(|row| row.iter().zip(weights).map(|(x, w)| x * w).collect())
        .collect();
    let column = |j: usize| weighted.iter().map(move |row| row[j]);
    let best: Vec<f64> = (0..m)
        .map(|j| column(j).fold(f64::NEG_INFINITY, f64::max))
        .collect();
    let worst: Vec<f64> = (0..m)
        .map(|j| column(j).fold(f64::INFINITY, f64::min))
        .collect();
    let distance = |row: &[f64], ideal: &[f64]| -> f64 {
        row.iter()
            .zip(ideal)
            .map(|(v, i)| (v - i).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    weighted
        .iter()
        .map(|row| {
            let d_plus = distance(row, &best);
            let d_minus = distance(row, &worst);
            let total = d_plus + d_minus;
            // D- <= D+ + D- survives rounding, so no clamp is needed.
            if total > 0.0 {
                d_minus / total
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn topsis_hand_computed_three_by_two() {
        // Weights [0.6, 0.4]; weighted rows v:
        //   A [0, 1]   -> [0,   0.4]
        //   B [0.5, 0] -> [0.3, 0  ]
        //   C [1, 1]   -> [0.6, 0.4]
        // Positive ideal [0.6, 0.4], negative ideal [0, 0].
        //   A: D+ = sqrt(0.6² + 0²) = 0.6,              D- = 0.4,  score 0.4 / 1.0   = 0.4
        //   B: D+ = sqrt(0.3² + 0.4²) = 0.5,            D- = 0.3,  score 0.3 / 0.8   = 0.375
        //   C: D+ = 0,  D- = sqrt(0.6² + 0.4²) = 0.7211,           score 0.7211 / 0.7211 = 1
        let matrix = vec![vec![0.0, 1.0], vec![0.5, 0.0], vec![1.0, 1.0]];
        let s = topsis(&matrix, &[0.6, 0.4]);
        assert!(
            close(s[0], 0.4) && close(s[1], 0.375) && close(s[2], 1.0),
            "{s:?}"
        );
        // Scaling the weights changes nothing.
        let scaled = topsis(&matrix, &[6.0, 4.0]);
        assert!(
            s.iter().zip(&scaled).all(|(a, b)| close(*a, *b)),
            "{scaled:?}"
        );
    }

    #[test]
    fn topsis_of_one_indicator_is_its_scaled_value() {
        // D+ = 1 - x, D- = x, so score = x.
        let matrix = vec![vec![0.0], vec![0.25], vec![1.0], vec![0.7]];
        let s = topsis(&matrix, &[1.0]);
        assert!(
            s.iter()
                .zip([0.0, 0.25, 1.0, 0.7])
                .all(|(a, b)| close(*a, b)),
            "{s:?}"
        );
    }

    #[test]
    fn topsis_without_variation_scores_zero() {
        // Every column constant: D+ = D- = 0 for every unit -> 0 by choice.
        let flat = vec![vec![0.0, 0.3], vec![0.0, 0.3]];
        assert_eq!(topsis(&flat, &[0.5, 0.5]), [0.0, 0.0]);
        // A varying column with zero weight does not count either.
        let unweighted = vec![vec![0.0, 0.3], vec![1.0, 0.3]];
        assert_eq!(topsis(&unweighted, &[0.0, 1.0]), [0.0, 0.0]);
        // One unit.
        assert_eq!(topsis(&[vec![0.0, 0.0]], &[0.5, 0.5]), [0.0]);
        assert!(topsis(&[], &[0.5, 0.5]).is_empty());
    }

    #[test]
    #[should_panic(expected = "one weight per column")]
    fn topsis_wrong_weight_count_panics() {
        topsis(&[vec![0.0, 1.0]], &[1.0]);
    }
}
