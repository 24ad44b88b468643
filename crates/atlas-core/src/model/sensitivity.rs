//! What drives a result: for one unit, scenario and output, each assumption
//! set to its low and then its high value with every other where the reader
//! put it (central by default; one at a time), ranked by the swing it makes in a year. The lab's
//! tornado chart and `atlas sensitivity` read this.

use super::assumptions::{AssumptionKey, Assumptions, Basis, ASSUMPTIONS};
use super::levers::LeverSetting;
use super::outputs::{Output, FIRST_YEAR};
use super::prepared::PreparedData;
use super::run::{run, RunInputs, UnitSet};
use serde::Serialize;

/// One assumption's effect.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Swing {
    pub key: AssumptionKey,
    pub basis: Basis,
    /// The output in the year with the assumption at its low / high value.
    pub at_low: f64,
    pub at_high: f64,
    /// |at_high - at_low|.
    pub swing: f64,
}

/// The sensitivity of one output of one unit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sensitivity {
    pub code: u32,
    pub output: Output,
    pub year: u32,
    /// The output at the reader's (by default central) assumptions.
    pub central: f64,
    /// Every assumption, largest swing first (ties in definition order).
    pub swings: Vec<Swing>,
}

impl Sensitivity {
    /// The assumptions that move the output at all.
    pub fn moving(&self) -> impl Iterator<Item = &Swing> {
        self.swings
            .iter()
            .filter(|s| s.swing > 1e-9 * self.central.abs().max(1.0))
    }
}

/// Runs the 2 x 28 one-at-a-time cases for a unit (a code at both levels
/// means the prefecture). `None` for a unit that is not projected or a year
/// outside 2020-2040.
pub fn sensitivity(
    prepared: &PreparedData,
    code: u32,
    levers: &[LeverSetting],
    base: &Assumptions,
    output: Output,
    year: u32,
) -> Option<Sensitivity> {
    let unit = prepared.unit(code)?;
    unit.base.as_ref()?;
    let t = year
        .checked_sub(FIRST_YEAR)
        .map(|t| t as usize)
        .filter(|t| *t < super::outputs::YEARS)?;
    let codes = UnitSet::Codes {
        codes: vec![unit.code],
    };
    let value = |assumptions: Assumptions| {
        let out = run(
            prepared,
            &RunInputs {
                units: codes.clone(),
                levers: levers.to_vec(),
                assumptions,
                seed: 0,
                draws: 0,
            },
        );
        let r = out
            .units
            .iter()
            .find(|r| r.code == unit.code && r.level == unit.level)
            .or(out.units.first())?;
        Some(r.scenario.values[output.index()][t])
    };
    let central = value(*base)?;
    let mut swings: Vec<Swing> = ASSUMPTIONS
        .iter()
        .filter_map(|def| {
            let (mut low, mut high) = (*base, *base);
            low.0[def.key.index()] = def.low;
            high.0[def.key.index()] = def.high;
            let (at_low, at_high) = (value(low)?, value(high)?);
            Some(Swing {
                key: def.key,
                basis: def.basis,
                at_low,
                at_high,
                swing: (at_high - at_low).abs(),
            })
        })
        .collect();
    crate::order::sort_by(&mut swings, |a, b| {
        b.swing.total_cmp(&a.swing).then(a.key.cmp(&b.key))
    });
    Some(Sensitivity {
        code: unit.code,
        output,
        year,
        central,
        swings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::LeverKey;
    use crate::model::synthetic;

    #[test]
    fn levers_bring_their_assumptions_into_play() {
        let (b, c) = synthetic::region();
        let data = PreparedData::new(&b, &c);
        // The baseline's population depends on demographic assumptions only.
        let base = sensitivity(
            &data,
            511900,
            &[],
            &Assumptions::central(),
            Output::Population,
            2035,
        )
        .unwrap();
        assert_eq!(base.swings.len(), ASSUMPTIONS.len());
        let moving: Vec<AssumptionKey> = base.moving().map(|s| s.key).collect();
        assert!(
            moving.contains(&AssumptionKey::FertilityAfter2020),
            "{moving:?}"
        );
        assert!(!moving.contains(&AssumptionKey::SubsidyResponse));
        // Ranked, largest first.
        assert!(base.swings.windows(2).all(|w| w[0].swing >= w[1].swing));
        // With the subsidy on, its response matters.
        let on = [LeverSetting::on(LeverKey::SkilledPostSubsidy)];
        let s = sensitivity(
            &data,
            511900,
            &on,
            &Assumptions::central(),
            Output::Population,
            2035,
        )
        .unwrap();
        assert!(s.moving().any(|w| w.key == AssumptionKey::SubsidyResponse));
        // Unknown units and years give nothing.
        assert!(sensitivity(
            &data,
            1,
            &[],
            &Assumptions::central(),
            Output::Population,
            2035
        )
        .is_none());
        assert!(sensitivity(
            &data,
            511900,
            &[],
            &Assumptions::central(),
            Output::Population,
            2041
        )
        .is_none());
    }
}
