//! Indicator values, dimension sub-indices, composite and coupling
//! coordination over the units of one level.

use super::definitions::{Dimension, IndicatorDef, INDICATORS};
use super::weights::{DimensionWeights, WeightChoice, WeightError};
use crate::dataset::Unit;
use crate::indicators::{composite, coupling_coordination, Coupling, IndicatorColumn, SubIndex};
use serde::{Deserialize, Serialize};

/// The dimension sub-indices and the composite of one unit, each 0..1 with
/// 1 = most shrinkage among the units of its level; `None` when an input
/// indicator of the dimension is missing (the composite needs all three).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Indices {
    pub population: Option<f64>,
    pub industry: Option<f64>,
    pub space: Option<f64>,
    pub composite: Option<f64>,
}

impl Indices {
    /// The sub-index of a dimension.
    pub fn get(&self, dimension: Dimension) -> Option<f64> {
        match dimension {
            Dimension::Population => self.population,
            Dimension::Industry => self.industry,
            Dimension::Space => self.space,
        }
    }
}

/// Everything that depends on the weights, per unit in input order.
pub(super) struct LevelScores {
    pub indices: Vec<Indices>,
    pub coupling: Vec<Option<Coupling>>,
    pub weights: [DimensionWeights; 3],
}

/// Raw value of every indicator for every unit, `[unit][indicator]`.
pub(super) fn indicator_values(units: &[&Unit]) -> Vec<Vec<Option<f64>>> {
    units
        .iter()
        .map(|u| INDICATORS.iter().map(|d| d.value(u)).collect())
        .collect()
}

/// Scores the units (all of one level) on the three dimensions.
/// `values` are `[unit][indicator]` in [`INDICATORS`] order.
pub(super) fn score(
    values: Vec<Vec<Option<f64>>>,
    choice: &WeightChoice,
) -> Result<LevelScores, WeightError> {
    let [population, industry, space] =
        Dimension::ALL.map(|dimension| score_dimension(&values, dimension, choice.user(dimension)));
    let (population, industry, space) = (population?, industry?, space?);
    let indices: Vec<Indices> = (0..values.len())
        .map(|i| {
            let parts = [
                population.0.scores[i],
                industry.0.scores[i],
                space.0.scores[i],
            ];
            Indices {
                population: parts[0],
                industry: parts[1],
                space: parts[2],
                composite: composite(&parts),
            }
        })
        .collect();
    let coupling = indices
        .iter()
        .map(|x| {
            Some(coupling_coordination(&[
                x.population?,
                x.industry?,
                x.space?,
            ]))
        })
        .collect();
    Ok(LevelScores {
        indices,
        coupling,
        weights: [population.1, industry.1, space.1],
    })
}

/// One dimension's sub-index and the weights it used.
fn score_dimension(
    values: &[Vec<Option<f64>>],
    dimension: Dimension,
    user: Option<&[f64]>,
) -> Result<(SubIndex, DimensionWeights), WeightError> {
    let defs: Vec<(usize, &IndicatorDef)> = INDICATORS
        .iter()
        .enumerate()
        .filter(|(_, d)| d.dimension == dimension)
        .collect();
    let columns: Vec<IndicatorColumn> = defs
        .iter()
        .map(|&(j, d)| IndicatorColumn {
            values: values.iter().map(|row| row[j]).collect(),
            direction: d.direction,
        })
        .collect();
    let reject = |error| WeightError { dimension, error };
    let entropy = SubIndex::compute(&columns, None).map_err(reject)?;
    let used = match user {
        Some(w) => SubIndex::compute(&columns, Some(w)).map_err(reject)?,
        None => entropy.clone(),
    };
    let weights = DimensionWeights {
        dimension,
        keys: defs.iter().map(|(_, d)| d.key).collect(),
        weights: used.weights.clone(),
        entropy: entropy.weights,
        weighting: used.weighting,
    };
    Ok((used, weights))
}
