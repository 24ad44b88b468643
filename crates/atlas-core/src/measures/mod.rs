//! Shrinkage measures of every prefecture and county: the numbers a reader
//! needs to judge whether, how and where a place is shrinking.
//!
//! [`compute`] takes the bundle, a level and a [`WeightChoice`] and returns
//! [`LevelMeasures`]: for every unit of that level
//!
//! - the descriptive measures ([`Demography`]): population change 2010 ->
//!   2020 (total, annualised, intensity class), net outflow 2010,
//!   registration elsewhere 2020, ageing and dependency;
//! - for prefectures, how many of their counties shrank ([`CountySpread`]);
//! - the raw indicator values of the three dimensions ([`INDICATORS`]);
//! - the population, industry and space sub-indices (min-max, entropy or
//!   the reader's weights, TOPSIS) and their composite ([`Indices`]);
//! - the coupling coordination degree of the three sub-indices;
//! - ranks by the composite within province and region ([`Ranks`]);
//! - the five most similar units of the same level.
//!
//! Levels are computed separately: prefectures are compared with
//! prefectures, counties with counties. The maths is
//! [`crate::indicators`]; this module says what goes into it. The methods
//! text ([`methods`]) is generated from the same definitions.
//!
//! **Missing data.** A unit lacking any input indicator of a dimension gets
//! `None` for that sub-index (and for the composite and the coupling), and
//! takes no part in that dimension's scaling and weighting. On the current
//! bundle no prefecture lacks anything; among counties, the 18 without a
//! comparable 2010 figure lack every change indicator, 达孜工业园区 has
//! almost no 2020 figures, and six counties lack 2010 sector or employment
//! figures (so only their industry sub-index is `None`).
//! [`LevelMeasures::missing`] counts them.

mod definitions;
mod demography;
pub mod methods;
mod ranking;
mod scoring;
mod spread;
mod weights;

pub use definitions::{indicator, Dimension, IndicatorDef, INDICATORS};
pub use demography::{
    old_age_dependency, outflow_pct, urban_share, Ageing, CensusPair, Demography,
    RegisteredElsewhere,
};
pub use ranking::{Ranks, SIMILAR_COUNT};
pub use scoring::Indices;
pub use spread::CountySpread;
pub use weights::{DimensionWeights, WeightChoice, WeightError};

use crate::bundle::Bundle;
use crate::dataset::{Level, Unit};
use crate::indicators::Coupling;
use serde::{Deserialize, Serialize};

/// Every measure of one unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitMeasures {
    pub code: u32,
    pub level: Level,
    pub province: u32,
    /// Prefecture of a county.
    pub parent: Option<u32>,
    pub demography: Demography,
    /// Prefectures only: how many of their counties shrank.
    pub county_spread: Option<CountySpread>,
    /// Raw indicator values in [`INDICATORS`] order; see [`Self::indicator`].
    pub indicators: Vec<Option<f64>>,
    pub index: Indices,
    /// Coupling coordination of the three sub-indices; `None` without all three.
    pub coupling: Option<Coupling>,
    pub rank: Ranks,
    /// Codes of the most similar units of the same level, nearest first.
    pub similar: Vec<u32>,
}

impl UnitMeasures {
    /// The raw value of the indicator with this key (`None` if missing or
    /// no such indicator).
    pub fn indicator(&self, key: &str) -> Option<f64> {
        let j = INDICATORS.iter().position(|d| d.key == key)?;
        self.indicators[j]
    }
}

/// The measures of every unit of one level, sorted by code.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelMeasures {
    pub level: Level,
    units: Vec<UnitMeasures>,
    weights: [DimensionWeights; 3],
}

impl LevelMeasures {
    /// Every unit, by code.
    pub fn units(&self) -> &[UnitMeasures] {
        &self.units
    }

    /// The unit with this code.
    pub fn unit(&self, code: u32) -> Option<&UnitMeasures> {
        self.units
            .binary_search_by_key(&code, |u| u.code)
            .ok()
            .map(|i| &self.units[i])
    }

    /// The weights a dimension was scored with (and its entropy weights).
    pub fn weights(&self, dimension: Dimension) -> &DimensionWeights {
        &self.weights[dimension.index()]
    }

    /// Codes of the units whose sub-index of `dimension` is `None`.
    pub fn missing(&self, dimension: Dimension) -> Vec<u32> {
        self.units
            .iter()
            .filter(|u| u.index.get(dimension).is_none())
            .map(|u| u.code)
            .collect()
    }

    /// Codes of the units without a composite index.
    pub fn missing_composite(&self) -> Vec<u32> {
        self.units
            .iter()
            .filter(|u| u.index.composite.is_none())
            .map(|u| u.code)
            .collect()
    }

    /// The units with a composite, most shrinking first (ties by code).
    pub fn by_composite(&self) -> Vec<&UnitMeasures> {
        let mut ranked: Vec<&UnitMeasures> = self
            .units
            .iter()
            .filter(|u| u.index.composite.is_some())
            .collect();
        crate::order::sort_by(&mut ranked, |a, b| {
            b.index
                .composite
                .unwrap()
                .total_cmp(&a.index.composite.unwrap())
                .then(a.code.cmp(&b.code))
        });
        ranked
    }
}

/// Computes every measure for the units of `level` in `bundle`.
///
/// Units are put in code order before anything is computed, so the result
/// does not depend on the order of `bundle.units`, which need not be sorted
/// (the indicator engine is order-free as well, and similar units break
/// equal distances by the lower code). The only error is a rejected user
/// weight ([`WeightChoice`]); missing data is never an error.
///
/// Cost: linear in units for the indices, quadratic for the similar units.
/// When only the weights change, [`LevelMeasures::reweighted`] skips the
/// parts that do not depend on them. The crate example `measures_timing`
/// measures both.
pub fn compute(
    bundle: &Bundle,
    level: Level,
    weights: &WeightChoice,
) -> Result<LevelMeasures, WeightError> {
    let mut units: Vec<&Unit> = bundle.units.iter().filter(|u| u.level == level).collect();
    crate::order::sort_by(&mut units, |a, b| a.code.cmp(&b.code));
    let values = scoring::indicator_values(&units);
    let codes: Vec<u32> = units.iter().map(|u| u.code).collect();
    let similar = ranking::similar(&values, &codes);
    let measures: Vec<UnitMeasures> = units
        .iter()
        .zip(values)
        .zip(similar)
        .map(|((unit, indicators), similar)| UnitMeasures {
            code: unit.code,
            level,
            province: unit.province,
            parent: unit.parent,
            demography: Demography::of(unit),
            county_spread: (level == Level::Prefecture)
                .then(|| CountySpread::of(unit.code, &bundle.units)),
            indicators,
            index: Indices::default(),
            coupling: None,
            rank: Ranks::default(),
            similar,
        })
        .collect();
    score_units(level, measures, weights)
}

impl LevelMeasures {
    /// The same units scored with other weights. Only the sub-indices, the
    /// composite, the coupling and the ranks depend on the weights, so only
    /// they are recomputed: this is what a weight slider calls. The result
    /// equals [`compute`] with the same weights, bit for bit.
    pub fn reweighted(&self, weights: &WeightChoice) -> Result<LevelMeasures, WeightError> {
        score_units(self.level, self.units.clone(), weights)
    }
}

/// Fills in the weight-dependent measures of `units` (in code order).
fn score_units(
    level: Level,
    mut units: Vec<UnitMeasures>,
    weights: &WeightChoice,
) -> Result<LevelMeasures, WeightError> {
    let values: Vec<Vec<Option<f64>>> = units.iter().map(|u| u.indicators.clone()).collect();
    let scores = scoring::score(values, weights)?;
    let composites: Vec<Option<f64>> = scores.indices.iter().map(|x| x.composite).collect();
    let provinces: Vec<u32> = units.iter().map(|u| u.province).collect();
    let ranks = ranking::ranks(&composites, &provinces);
    for (((unit, index), coupling), rank) in units
        .iter_mut()
        .zip(scores.indices)
        .zip(scores.coupling)
        .zip(ranks)
    {
        unit.index = index;
        unit.coupling = coupling;
        unit.rank = rank;
    }
    Ok(LevelMeasures {
        level,
        units,
        weights: scores.weights,
    })
}
