//! Weights of the indicators inside each dimension: the entropy weights by
//! default, or the reader's own.

use super::definitions::{Dimension, IndicatorDef};
use crate::indicators::{SubIndexError, Weighting};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which weights to use, per dimension: `None` = entropy weights (the
/// default), `Some` = the reader's weights, one per indicator of the
/// dimension in [`Dimension::indicators`] order, finite, >= 0, not all
/// zero, on any scale (they are renormalised to sum 1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WeightChoice {
    user: [Option<Vec<f64>>; 3],
}

impl WeightChoice {
    /// Entropy weights in every dimension.
    pub fn entropy() -> WeightChoice {
        WeightChoice::default()
    }

    /// This choice with the reader's weights for one dimension. They are
    /// checked when the measures are computed ([`super::compute`]).
    pub fn with_user(mut self, dimension: Dimension, weights: Vec<f64>) -> WeightChoice {
        self.user[dimension.index()] = Some(weights);
        self
    }

    /// This choice with one dimension back on entropy weights.
    pub fn with_entropy(mut self, dimension: Dimension) -> WeightChoice {
        self.user[dimension.index()] = None;
        self
    }

    /// The reader's weights for a dimension, if any.
    pub fn user(&self, dimension: Dimension) -> Option<&[f64]> {
        self.user[dimension.index()].as_deref()
    }
}

/// The weights a dimension was scored with.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DimensionWeights {
    pub dimension: Dimension,
    /// Indicator keys, in the order of the weights.
    pub keys: Vec<&'static str>,
    /// Weights used, summing to 1.
    pub weights: Vec<f64>,
    /// The entropy weights (the default), also when the reader's were used,
    /// so that both can be shown.
    pub entropy: Vec<f64>,
    /// Whether `weights` are the entropy weights or the reader's.
    pub weighting: Weighting,
}

impl DimensionWeights {
    /// The weight used for indicator `key`.
    pub fn weight_of(&self, key: &str) -> Option<f64> {
        self.keys
            .iter()
            .position(|k| *k == key)
            .map(|i| self.weights[i])
    }

    /// `(definition, weight used, entropy weight)` per indicator.
    pub fn rows(&self) -> impl Iterator<Item = (&'static IndicatorDef, f64, f64)> + '_ {
        self.dimension
            .indicators()
            .zip(&self.weights)
            .zip(&self.entropy)
            .map(|((d, w), e)| (d, *w, *e))
    }
}

/// The reader's weights for a dimension were rejected.
#[derive(Clone, Debug, PartialEq)]
pub struct WeightError {
    pub dimension: Dimension,
    pub error: SubIndexError,
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} weights: {}", self.dimension.key(), self.error)
    }
}

impl std::error::Error for WeightError {}
