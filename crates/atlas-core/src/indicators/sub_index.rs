//! A dimension sub-index (population, industry or space) from raw indicator
//! columns with missing data: min-max, entropy (or the reader's) weights,
//! TOPSIS.

use super::entropy::equal_weights;
use super::{entropy_weights, min_max, topsis, Direction};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One raw indicator of a dimension: a value per unit and its direction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorColumn {
    /// Raw value per unit, units in the same order in every column of the
    /// dimension; `None` = no data.
    pub values: Vec<Option<f64>>,
    /// Which way is more shrinkage.
    pub direction: Direction,
}

/// Where the weights of a [`SubIndex`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    /// Entropy method on the units with complete data.
    Entropy,
    /// The caller's weights, renormalised to sum 1.
    User,
}

/// A computed sub-index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubIndex {
    /// TOPSIS score per unit, 0..1 with 1 = most shrinkage, in the order of
    /// the input; `None` when any of the unit's indicators is missing.
    pub scores: Vec<Option<f64>>,
    /// Weight of each indicator, in column order, >= 0, summing to 1.
    pub weights: Vec<f64>,
    /// Whether `weights` are entropy weights or the caller's.
    pub weighting: Weighting,
}

/// Why a sub-index could not be computed. Every variant is a mistake in what
/// the caller passed (wiring or a reader's weight sliders), never a property
/// of the data: missing values are expected and give `None` scores instead.
#[derive(Clone, Debug, PartialEq)]
pub enum SubIndexError {
    /// No indicator columns.
    NoIndicators,
    /// Column `indicator` has `found` units where the first column has `expected`.
    ColumnLength {
        indicator: usize,
        expected: usize,
        found: usize,
    },
    /// `found` user weights for `expected` indicators.
    WeightCount { expected: usize, found: usize },
    /// User weight of indicator `indicator` is NaN or infinite.
    WeightNotFinite { indicator: usize },
    /// User weight of indicator `indicator` is negative.
    WeightNegative { indicator: usize },
    /// Every user weight is zero: nothing to score with.
    WeightsAllZero,
}

impl fmt::Display for SubIndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SubIndexError::NoIndicators => write!(f, "a sub-index needs at least one indicator"),
            SubIndexError::ColumnLength {
                indicator,
                expected,
                found,
            } => write!(
                f,
                "indicator {indicator} has {found} units, the first indicator has {expected}"
            ),
            SubIndexError::WeightCount { expected, found } => {
                write!(f, "{found} weights given for {expected} indicators")
            }
            SubIndexError::WeightNotFinite { indicator } => {
                write!(f, "weight of indicator {indicator} is not a finite number")
            }
            SubIndexError::WeightNegative { indicator } => {
                write!(f, "weight of indicator {indicator} is negative")
            }
            SubIndexError::WeightsAllZero => write!(f, "all weights are zero"),
        }
    }
}

impl std::error::Error for SubIndexError {}

impl SubIndex {
    /// Scores every unit on one dimension.
    ///
    /// A unit with any indicator missing (or not finite: a NaN from a
    /// division upstream is treated as no data) gets `None` and is left out
    /// of min-max scaling and entropy weighting altogether, so that it
    /// neither stretches the scale nor sways the weights of the others.
    ///
    /// `user_weights`, when given, replace the entropy weights: one per
    /// indicator, finite, >= 0, not all zero; they are renormalised to sum 1
    /// (so sliders on any scale work). Invalid ones are an error, not a panic.
    ///
    /// With no complete unit every score is `None` and entropy weighting has
    /// nothing to measure, so the weights are equal. With one complete unit
    /// its score is 0 (see [`min_max`] and [`topsis`] for why).
    pub fn compute(
        columns: &[IndicatorColumn],
        user_weights: Option<&[f64]>,
    ) -> Result<SubIndex, SubIndexError> {
        let first = columns.first().ok_or(SubIndexError::NoIndicators)?;
        let n = first.values.len();
        for (indicator, column) in columns.iter().enumerate() {
            if column.values.len() != n {
                return Err(SubIndexError::ColumnLength {
                    indicator,
                    expected: n,
                    found: column.values.len(),
                });
            }
        }
        let user = user_weights
            .map(|w| validate_weights(w, columns.len()))
            .transpose()?;

        let complete: Vec<usize> = (0..n)
            .filter(|&i| {
                columns
                    .iter()
                    .all(|c| c.values[i].is_some_and(f64::is_finite))
            })
            .collect();
        let scaled_columns: Vec<Vec<f64>> = columns
            .iter()
            .map(|c| {
                let raw: Vec<f64> = complete.iter().filter_map(|&i| c.values[i]).collect();
                min_max(&raw, c.direction)
            })
            .collect();
        let matrix: Vec<Vec<f64>> = (0..complete.len())
            .map(|row| scaled_columns.iter().map(|c| c[row]).collect())
            .collect();

        let (weights, weighting) = match user {
            Some(w) => (w, Weighting::User),
            None if matrix.is_empty() => (equal_weights(columns.len()), Weighting::Entropy),
            None => (entropy_weights(&matrix), Weighting::Entropy),
        };
        let mut scores = vec![None; n];
        for (&i, score) in complete.iter().zip(topsis(&matrix, &weights)) {
            scores[i] = Some(score);
        }
        Ok(SubIndex {
            scores,
            weights,
            weighting,
        })
    }
}

/// Checks user weights and rescales them to sum 1.
fn validate_weights(weights: &[f64], expected: usize) -> Result<Vec<f64>, SubIndexError> {
    if weights.len() != expected {
        return Err(SubIndexError::WeightCount {
            expected,
            found: weights.len(),
        });
    }
    for (indicator, &w) in weights.iter().enumerate() {
        if !w.is_finite() {
            return Err(SubIndexError::WeightNotFinite { indicator });
        }
        if w < 0.0 {
            return Err(SubIndexError::WeightNegative { indicator });
        }
    }
    let max = weights.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        return Err(SubIndexError::WeightsAllZero);
    }
    // Divide by the largest first so that the sum cannot overflow to
    // infinity for huge (but finite) weights.
    let relative: Vec<f64> = weights.iter().map(|w| w / max).collect();
    let sum: f64 = relative.iter().sum();
    Ok(relative.iter().map(|w| w / sum).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn column(values: &[Option<f64>], direction: Direction) -> IndicatorColumn {
        IndicatorColumn {
            values: values.to_vec(),
            direction,
        }
    }

    /// Units A, B, (missing), C, (missing): the raw table whose min-max
    /// scaling is the hand-worked table of the entropy and TOPSIS tests.
    fn table() -> Vec<IndicatorColumn> {
        vec![
            // More is shrinkage: [10, 20, 30] -> [0, 0.5, 1].
            column(
                &[Some(10.0), Some(20.0), Some(1e9), Some(30.0), None],
                Direction::MoreIsShrinkage,
            ),
            // Less is shrinkage: [2, 8, 2] -> (8 - x) / 6 = [1, 0, 1].
            column(
                &[Some(2.0), Some(8.0), None, Some(2.0), Some(-1e9)],
                Direction::LessIsShrinkage,
            ),
        ]
    }

    #[test]
    fn sub_index_hand_computed_with_entropy_weights_and_missing_units() {
        // Units 2 and 4 each miss one indicator: they get None and their
        // extreme other values (1e9, -1e9) must not stretch the scales.
        // Scaled table A [0, 1], B [0.5, 0], C [1, 1]: entropy weights
        // w1 = ln 4 / ln 13.5 = 0.532639, w2 = ln 3.375 / ln 13.5 = 0.467361
        // (worked in entropy.rs). TOPSIS with ideal+ [w1, w2], ideal- [0, 0]:
        //   A: v [0, w2]:      D+ = w1, D- = w2, score = w2 / (w1 + w2) = w2 = 0.467361
        //   B: v [w1/2, 0]:    D+ = sqrt(0.266320² + 0.467361²) = 0.537915,
        //                      D- = 0.266320, score = 0.266320 / 0.804234 = 0.331147
        //   C: v [w1, w2]:     D+ = 0, score 1
        let s = SubIndex::compute(&table(), None).unwrap();
        assert_eq!(s.weighting, Weighting::Entropy);
        let w1 = 4f64.ln() / 13.5f64.ln();
        let w2 = 3.375f64.ln() / 13.5f64.ln();
        assert!(
            close(s.weights[0], w1) && close(s.weights[1], w2),
            "{:?}",
            s.weights
        );
        assert_eq!(s.scores[2], None);
        assert_eq!(s.scores[4], None);
        assert!(close(s.scores[0].unwrap(), w2));
        let b = (w1 / 2.0) / ((w1 / 2.0).hypot(w2) + w1 / 2.0);
        assert!(close(s.scores[1].unwrap(), b));
        assert!((s.scores[1].unwrap() - 0.331147).abs() < 1e-6);
        assert!(close(s.scores[3].unwrap(), 1.0));
    }

    #[test]
    fn user_weights_replace_entropy_weights() {
        // [3, 2] renormalises to [0.6, 0.4]; on the scaled table this is the
        // hand-worked TOPSIS case: A 0.4, B 0.375, C 1.
        let s = SubIndex::compute(&table(), Some(&[3.0, 2.0])).unwrap();
        assert_eq!(s.weighting, Weighting::User);
        assert!(
            close(s.weights[0], 0.6) && close(s.weights[1], 0.4),
            "{:?}",
            s.weights
        );
        let got: Vec<f64> = [0, 1, 3].iter().map(|&i| s.scores[i].unwrap()).collect();
        assert!(
            close(got[0], 0.4) && close(got[1], 0.375) && close(got[2], 1.0),
            "{got:?}"
        );
        assert_eq!((s.scores[2], s.scores[4]), (None, None));
        // A zero weight is allowed: only the first indicator counts, and a
        // one-indicator TOPSIS score is the scaled value itself.
        let only_first = SubIndex::compute(&table(), Some(&[5.0, 0.0])).unwrap();
        assert_eq!(only_first.weights, [1.0, 0.0]);
        assert_eq!(
            only_first.scores,
            [Some(0.0), Some(0.5), None, Some(1.0), None]
        );
        // Huge finite weights do not overflow.
        let huge = SubIndex::compute(&table(), Some(&[f64::MAX, f64::MAX])).unwrap();
        assert_eq!(huge.weights, [0.5, 0.5]);
    }

    #[test]
    fn invalid_user_weights_are_errors() {
        let t = table();
        let err = |w: &[f64]| SubIndex::compute(&t, Some(w)).unwrap_err();
        assert_eq!(
            err(&[1.0]),
            SubIndexError::WeightCount {
                expected: 2,
                found: 1
            }
        );
        assert_eq!(
            err(&[1.0, 1.0, 1.0]),
            SubIndexError::WeightCount {
                expected: 2,
                found: 3
            }
        );
        assert_eq!(
            err(&[1.0, f64::NAN]),
            SubIndexError::WeightNotFinite { indicator: 1 }
        );
        assert_eq!(
            err(&[f64::INFINITY, 1.0]),
            SubIndexError::WeightNotFinite { indicator: 0 }
        );
        assert_eq!(
            err(&[1.0, -0.5]),
            SubIndexError::WeightNegative { indicator: 1 }
        );
        assert_eq!(err(&[0.0, 0.0]), SubIndexError::WeightsAllZero);
        assert_eq!(err(&[0.0, -0.0]), SubIndexError::WeightsAllZero);
        assert!(err(&[1.0, -0.5]).to_string().contains("negative"));
    }

    #[test]
    fn malformed_columns_are_errors() {
        assert_eq!(
            SubIndex::compute(&[], None).unwrap_err(),
            SubIndexError::NoIndicators
        );
        let ragged = vec![
            column(&[Some(1.0), Some(2.0)], Direction::MoreIsShrinkage),
            column(&[Some(1.0)], Direction::MoreIsShrinkage),
        ];
        assert_eq!(
            SubIndex::compute(&ragged, None).unwrap_err(),
            SubIndexError::ColumnLength {
                indicator: 1,
                expected: 2,
                found: 1
            }
        );
    }

    #[test]
    fn sub_index_with_few_complete_units() {
        let dir = Direction::MoreIsShrinkage;
        // No complete unit: all None, equal weights.
        let none = vec![
            column(&[None, Some(1.0)], dir),
            column(&[Some(2.0), Some(f64::NAN)], dir),
        ];
        let s = SubIndex::compute(&none, None).unwrap();
        assert_eq!(s.scores, [None, None]);
        assert_eq!(s.weights, [0.5, 0.5]);
        // One complete unit: nothing to compare it with, score 0.
        let one = vec![
            column(&[Some(4.0), None], dir),
            column(&[Some(2.0), Some(1.0)], dir),
        ];
        let s = SubIndex::compute(&one, None).unwrap();
        assert_eq!(s.scores, [Some(0.0), None]);
        assert_eq!(s.weights, [0.5, 0.5]);
        // No units at all.
        let empty = vec![column(&[], dir)];
        assert_eq!(SubIndex::compute(&empty, None).unwrap().scores, []);
    }
}
