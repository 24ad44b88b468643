//! Entropy-method weights: an indicator weighs more the more unevenly it is
//! spread over the units, i.e. the more it tells them apart.

use super::{column_count, order_free_sum};

/// Entropy weights of the columns of `matrix` (rows = units, columns =
/// indicators, values already min-max scaled to 0..1, see
/// [`crate::indicators::min_max`]).
///
/// With `n` units: `p_ij = x_ij / Σ_i x_ij`,
/// `e_j = -(1 / ln n) Σ_i p_ij ln p_ij` (taking `0 ln 0 = 0`),
/// `d_j = 1 - e_j`, `w_j = d_j / Σ_j d_j`. The weights are >= 0 and sum to 1.
///
/// Degenerate cases, each resolved so the result is still a weighting:
/// - constant column (all zero is what min-max makes of a constant raw
///   column): it separates nobody, so `e = 1`, `d = 0`, weight 0. Set
///   exactly rather than computed, because for all zeros `p` is 0/0 and for
///   an even non-zero column rounding could leave `d` at 1e-16, which would
///   then grab all the weight if every other column is constant too;
/// - one unit (`n = 1`): `ln n = 0` and there is nothing to compare, so every
///   column gets the same weight `1 / m`;
/// - every `d_j = 0` (no column separates the units): no column is more
///   informative than another, so equal weights `1 / m`;
/// - rounding can make `e_j` exceed 1 by an ulp; `d_j` is floored at 0 so no
///   weight goes negative;
/// - no rows: the number of indicators is unknown, so the result is empty
///   (callers that know it, like [`crate::indicators::SubIndex`], fall back
///   to equal weights); no columns: empty.
///
/// Panics if rows differ in length. Values must be finite and >= 0.
pub fn entropy_weights(matrix: &[Vec<f64>]) -> Vec<f64> {
    let m = column_count(matrix, "entropy_weights");
    let n = matrix.len();
    debug_assert!(
        matrix.iter().flatten().all(|x| x.is_finite() && *x >= 0.0),
        "entropy_weights: values must be finite and >= 0"
    );
    if n < 2 {
        return equal_weights(m);
    }
    let ln_n = (n as f64).ln();
    let d: Vec<f64> = (0..m)
        .map(|j| {
            let column: Vec<f64> = matrix.iter().map(|row| row[j]).collect();
            if column.iter().all(|&x| x == column[0]) {
                return 0.0;
            }
            let total = order_free_sum(column.clone());
            let terms = column
                .iter()
                .map(|&x| {
                    let p = x / total;
                    if p > 0.0 {
                        -p * p.ln()
                    } else {
                        0.0
                    }
                })
                .collect();
            let e = order_free_sum(terms) / ln_n;
            (1.0 - e).max(0.0)
        })
        .collect();
    let sum_d: f64 = d.iter().sum();
    if sum_d <= 0.0 {
        return equal_weights(m);
    }
    d.iter().map(|dj| dj / sum_d).collect()
}

/// `m` weights of `1 / m` each (empty for `m = 0`).
pub(crate) fn equal_weights(m: usize) -> Vec<f64> {
    vec![1.0 / m as f64; m]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn entropy_weights_hand_computed_three_by_two() {
        // Column 1: [0, 0.5, 1], sum 1.5, p = [0, 1/3, 2/3].
        //   e1 = -(1/ln 3)(1/3 ln 1/3 + 2/3 ln 2/3) = 1 - 2 ln 2 / (3 ln 3)
        //      = 1 - 1.386294 / 3.295837 = 0.579380,  d1 = 0.420620.
        // Column 2: [1, 0, 1], sum 2, p = [0.5, 0, 0.5].
        //   e2 = -(1/ln 3)(2 * 0.5 ln 0.5) = ln 2 / ln 3 = 0.630930,  d2 = 0.369070.
        // Σd = 0.789690, so w1 = 0.420620 / 0.789690 = 0.532639 and
        // w2 = 0.467361; in closed form w1 = ln 4 / ln 13.5, w2 = ln 3.375 / ln 13.5.
        let matrix = vec![vec![0.0, 1.0], vec![0.5, 0.0], vec![1.0, 1.0]];
        let w = entropy_weights(&matrix);
        assert_eq!(w.len(), 2);
        assert!(close(w[0], 4f64.ln() / 13.5f64.ln()), "{w:?}");
        assert!(close(w[1], 3.375f64.ln() / 13.5f64.ln()), "{w:?}");
        assert!((w[0] - 0.532639).abs() < 1e-6 && (w[1] - 0.467361).abs() < 1e-6);
        assert!(close(w.iter().sum(), 1.0));
    }

    #[test]
    fn entropy_weights_all_zero_column_gets_no_weight() {
        // Column 2 is all zero: d2 = 0. Column 1 alone carries d > 0, so it
        // takes all the weight.
        let matrix = vec![vec![0.0, 0.0], vec![1.0, 0.0], vec![0.25, 0.0]];
        assert_eq!(entropy_weights(&matrix), [1.0, 0.0]);
    }

    #[test]
    fn entropy_weights_degenerate_tables_give_equal_weights() {
        // One unit: ln 1 = 0, nothing to compare.
        assert_eq!(entropy_weights(&[vec![0.3, 0.9, 0.0, 1.0]]), [0.25; 4]);
        // Every column even (all-zero or uniform): every d = 0.
        let even = vec![vec![0.0, 0.4], vec![0.0, 0.4]];
        assert_eq!(entropy_weights(&even), [0.5, 0.5]);
        // No rows: the column count is unknown.
        assert!(entropy_weights(&[]).is_empty());
        // No columns.
        assert!(entropy_weights(&[vec![], vec![]]).is_empty());
    }

    #[test]
    fn entropy_weights_resist_rounding_at_the_even_end() {
        // [0.1, 0.1, 0.1] is even: e = 1 exactly in theory, but the computed
        // -3 (1/3 ln 1/3) / ln 3 falls an ulp short, d = 2.2e-16. Tested
        // exactly as constant, it weighs 0 and the table gets equal weights
        // instead of handing all the weight to rounding noise.
        let even = vec![vec![0.0, 0.1], vec![0.0, 0.1], vec![0.0, 0.1]];
        assert_eq!(entropy_weights(&even), [0.5, 0.5]);
        // [0.1, 0.1 + 1e-16] is not constant, and its computed e exceeds 1 by
        // an ulp: d is floored at 0, so the weight is 0, never -2e-16.
        let near_even = vec![vec![0.1, 0.0], vec![0.1 + 1e-16, 1.0]];
        assert_eq!(entropy_weights(&near_even), [0.0, 1.0]);
    }

    #[test]
    #[should_panic(expected = "same number of columns")]
    fn entropy_weights_ragged_table_panics() {
        entropy_weights(&[vec![0.0, 1.0], vec![1.0]]);
    }
}
