//! The shrinkage indicator engine: generic, data-agnostic maths that turns
//! indicator columns into sub-indices, a composite, a coupling coordination
//! degree, ranks and "places like mine". Which indicators feed which
//! dimension is the data build's business; nothing here knows about census
//! fields.
//!
//! Pipeline for one dimension (population, industry or space), over the units
//! of one level:
//!
//! 1. [`min_max`] orients and scales each raw column to 0..1, 1 = most
//!    shrinkage ([`Direction`] says which way that is);
//! 2. [`entropy_weights`] weighs the columns by how much they separate the
//!    units (or the reader's own weights replace them);
//! 3. [`topsis`] scores each unit by its closeness to the most-shrinking
//!    ideal, 0..1.
//!
//! [`SubIndex::compute`] runs the three steps on raw columns with missing
//! values. [`composite`] combines the three sub-indices,
//! [`coupling_coordination`] measures how evenly they move together,
//! [`rank_descending`] ranks any score, and [`nearest`] (or [`nearest_all`])
//! finds similar units.
//!
//! Every result is independent of the order in which units are listed, bit
//! for bit: sums over units are taken in sorted order (`order_free_sum`), so
//! re-sorting a table can never flip a rank between two near-equal units.

mod composite;
mod coupling;
mod entropy;
mod normalise;
mod rank;
mod similar;
mod sub_index;
mod topsis;

#[cfg(test)]
mod properties;

pub use composite::composite;
pub use coupling::{coupling_coordination, CoordinationClass, Coupling};
pub use entropy::entropy_weights;
pub use normalise::{min_max, Direction};
pub use rank::rank_descending;
pub use similar::{nearest, nearest_all, standardise};
pub use sub_index::{IndicatorColumn, SubIndex, SubIndexError, Weighting};
pub use topsis::topsis;

/// Sum of values over units, taken in ascending order so that the result
/// depends only on the multiset of values, not on the order of the units
/// (floating-point addition is not associative).
pub(crate) fn order_free_sum(mut values: Vec<f64>) -> f64 {
    crate::order::sort_floats(&mut values);
    values.iter().sum()
}

/// Number of columns of a rectangular matrix (rows = units); panics with a
/// clear message when rows differ in length, a wiring bug in the caller.
pub(crate) fn column_count<T>(matrix: &[Vec<T>], what: &str) -> usize {
    let m = matrix.first().map_or(0, Vec::len);
    assert!(
        matrix.iter().all(|row| row.len() == m),
        "{what}: every row (unit) must have the same number of columns (indicators)"
    );
    m
}
