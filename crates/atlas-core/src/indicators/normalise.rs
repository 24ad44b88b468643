//! Orientation and min-max scaling of one indicator column.

use serde::{Deserialize, Serialize};

/// Which way an indicator points: whether a larger raw value means more
/// shrinkage (e.g. population loss, vacancy) or less (e.g. GDP growth,
/// in-migration). Every indicator list states it, because min-max scaling
/// must turn all columns the same way before they can be weighed together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A larger raw value means more shrinkage.
    MoreIsShrinkage,
    /// A larger raw value means less shrinkage.
    LessIsShrinkage,
}

/// Min-max scaling of one column over the units of one level, oriented so
/// that 1 = most shrinkage and 0 = least:
/// `(x - min) / (max - min)` for [`Direction::MoreIsShrinkage`],
/// `(max - x) / (max - min)` for [`Direction::LessIsShrinkage`].
///
/// A constant column (max = min, including a single unit) gives all 0: it
/// does not tell the units apart, so it must not push anyone towards the
/// shrinkage end; 0 also makes it carry zero entropy weight and add no TOPSIS
/// distance, exactly as if it were left out. (Any constant would do for the
/// last two; 0 is the one that claims nothing.)
///
/// Values must be finite (callers drop missing or non-finite data first, see
/// [`crate::indicators::SubIndex`]). An empty column gives an empty result.
pub fn min_max(column: &[f64], dir: Direction) -> Vec<f64> {
    debug_assert!(
        column.iter().all(|x| x.is_finite()),
        "min_max: non-finite value"
    );
    let min = column.iter().copied().fold(f64::INFINITY, f64::min);
    let max = column.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // Exact comparison on purpose: min and max are values of the column, so
    // equality means truly constant, not "nearly".
    if column.is_empty() || max == min {
        return vec![0.0; column.len()];
    }
    // No clamp needed: rounded subtraction and division are monotone, so
    // `x - min <= max - min` stays true and the extremes give exactly 0 and 1.
    let range = max - min;
    column
        .iter()
        .map(|&x| match dir {
            Direction::MoreIsShrinkage => (x - min) / range,
            Direction::LessIsShrinkage => (max - x) / range,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_max_orients_both_directions() {
        // min 10, max 30, range 20: (10-10)/20 = 0, (20-10)/20 = 0.5, (30-10)/20 = 1.
        assert_eq!(
            min_max(&[10.0, 20.0, 30.0], Direction::MoreIsShrinkage),
            [0.0, 0.5, 1.0]
        );
        // (max - x) / range: (30-10)/20 = 1, (30-20)/20 = 0.5, 0.
        assert_eq!(
            min_max(&[10.0, 20.0, 30.0], Direction::LessIsShrinkage),
            [1.0, 0.5, 0.0]
        );
        // (8-2)/6 = 1, (8-8)/6 = 0, (8-5)/6 = 0.5.
        assert_eq!(
            min_max(&[2.0, 8.0, 5.0], Direction::LessIsShrinkage),
            [1.0, 0.0, 0.5]
        );
    }

    #[test]
    fn min_max_constant_single_and_empty_columns_are_zero() {
        assert_eq!(
            min_max(&[3.5, 3.5, 3.5], Direction::MoreIsShrinkage),
            [0.0; 3]
        );
        assert_eq!(
            min_max(&[3.5, 3.5, 3.5], Direction::LessIsShrinkage),
            [0.0; 3]
        );
        assert_eq!(min_max(&[-7.0], Direction::LessIsShrinkage), [0.0]);
        assert!(min_max(&[], Direction::MoreIsShrinkage).is_empty());
    }
}
