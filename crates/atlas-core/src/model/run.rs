//! The one call: `run(&PreparedData, &RunInputs) -> RunOutputs`, in the
//! spirit of SDEverywhere's `run(inputs) -> outputs`. No global state: every
//! call computes from its inputs, so a UI can drop stale requests and run
//! only the latest (coalescing). [`run_into`] reuses the buffers of a
//! previous result, so repeated calls allocate almost nothing, and it keeps
//! a unit's baseline when the assumptions have not changed: the baseline
//! depends on the unit and the assumptions only, never on the levers, so a
//! slider move re-simulates the scenarios alone (half the work).

use super::assumptions::Assumptions;
use super::cohort_component::SexAges;
use super::levers::{resolve, LeverKey, LeverSetting};
use super::outputs::{Bands, RunOutputs, Series, Skipped, UnitResult, OUTPUT_COUNT, YEARS};
use super::prepared::{
    level_index, CohortBasis, NotProjected, PreparedData, PreparedUnit, Sector, UnitBase,
};
use super::rng::SplitMix64;
use super::simulate::{simulate, DrawTerms, UnitPlan};
use super::tiers::RoleTier;
use crate::dataset::Level;
use serde::{Deserialize, Serialize};

/// Which units to run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum UnitSet {
    /// Every unit of both levels (54 prefectures and 518 counties).
    All,
    /// Every unit of one level.
    Level { level: Level },
    /// The units of one level in a province.
    Province { province: u32, level: Level },
    /// The counties of a prefecture.
    CountiesOf { prefecture: u32 },
    /// Units by code (a code used at both levels means the prefecture).
    Codes { codes: Vec<u32> },
}

impl UnitSet {
    pub fn contains(&self, unit: &PreparedUnit) -> bool {
        match self {
            UnitSet::All => true,
            UnitSet::Level { level } => unit.level == *level,
            UnitSet::Province { province, level } => {
                unit.level == *level && unit.province == *province
            }
            UnitSet::CountiesOf { prefecture } => {
                unit.level == Level::County && unit.parent == Some(*prefecture)
            }
            UnitSet::Codes { codes } => codes.contains(&unit.code),
        }
    }
}

/// Everything a run depends on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunInputs {
    pub units: UnitSet,
    /// The scenario: lever settings, later ones overriding earlier ones.
    pub levers: Vec<LeverSetting>,
    /// Assumption values of the central run (and of the baseline).
    pub assumptions: Assumptions,
    /// Seed of the Monte Carlo.
    pub seed: u64,
    /// Monte Carlo draws; 0 for none (no bands).
    pub draws: u32,
}

impl RunInputs {
    /// A run of one scenario at central assumptions, no Monte Carlo.
    pub fn new(units: UnitSet, levers: Vec<LeverSetting>) -> RunInputs {
        RunInputs {
            units,
            levers,
            assumptions: Assumptions::central(),
            seed: 0,
            draws: 0,
        }
    }
}

/// Runs the model.
pub fn run(prepared: &PreparedData, inputs: &RunInputs) -> RunOutputs {
    let mut out = RunOutputs::default();
    run_into(prepared, inputs, &mut out);
    out
}

/// Runs the model into `out`, reusing its allocations, and its baselines
/// where the same unit was run at the same assumptions. `out` must come
/// from runs on the same `PreparedData` (or be empty): a baseline is
/// matched by the unit's position, code and 2020 jobs, not by the data.
pub fn run_into(prepared: &PreparedData, inputs: &RunInputs, out: &mut RunOutputs) {
    let region = RegionPlan::new(prepared, &inputs.levers);
    let central = DrawTerms::new(prepared, inputs.assumptions);
    let draws: Vec<DrawTerms> = (0..inputs.draws)
        .map(|d| {
            DrawTerms::new(
                prepared,
                Assumptions::sample(&mut SplitMix64::for_draw(inputs.seed, d)),
            )
        })
        .collect();
    let mut monte_carlo = MonteCarlo {
        samples: vec![
            0.0;
            if draws.is_empty() {
                0
            } else {
                OUTPUT_COUNT * YEARS * draws.len()
            }
        ],
        draws,
        scratch: (Series::default(), Series::default()),
    };

    let mut spare = std::mem::take(&mut out.units);
    spare.reverse();
    out.skipped.clear();
    for (unit_index, unit) in prepared.units.iter().enumerate() {
        if !inputs.units.contains(unit) {
            continue;
        }
        let Some(base) = &unit.base else {
            out.skipped.push(Skipped {
                code: unit.code,
                level: unit.level,
                reason: not_projected_reason(unit),
            });
            continue;
        };
        let plan = region.unit_plan(prepared, &inputs.levers, unit);
        let mut result = spare.pop().unwrap_or_else(empty_result);
        let jobs_2020 = base.jobs_2020.iter().sum();
        let same_baseline = result.baseline_at == Some(inputs.assumptions)
            && result.unit_index == unit_index
            && result.code == unit.code
            && result.jobs_2020 == jobs_2020;
        result.code = unit.code;
        result.level = unit.level;
        result.unit_index = unit_index;
        result.jobs_2020 = jobs_2020;
        let nat = &prepared.survival;
        if !same_baseline {
            simulate(
                base,
                &UnitPlan::default(),
                nat,
                &central,
                None,
                &mut result.baseline,
            );
            result.baseline_at = Some(inputs.assumptions);
        }
        simulate(
            base,
            &plan,
            nat,
            &central,
            Some(&result.baseline),
            &mut result.scenario,
        );
        monte_carlo.set_bands(base, &plan, nat, &mut result);
        out.units.push(result);
    }
}

/// Why a unit without a base is not projected.
fn not_projected_reason(unit: &PreparedUnit) -> NotProjected {
    // A unit without a base has a NoProjection basis (prepared.rs).
    match &unit.basis {
        CohortBasis::NoProjection { reason } => *reason,
        _ => NotProjected::No2020AgeSexTable,
    }
}

/// A result to fill, when `out` has none left to reuse.
fn empty_result() -> UnitResult {
    UnitResult {
        code: 0,
        level: Level::Prefecture,
        unit_index: 0,
        jobs_2020: 0.0,
        scenario: Box::default(),
        baseline: Box::default(),
        baseline_at: None,
        bands: None,
    }
}

/// The Monte Carlo draws of one run and the buffers they reuse from unit
/// to unit (allocated once per run, never per unit).
struct MonteCarlo {
    draws: Vec<DrawTerms>,
    /// Every draw of every output: `[(output * YEARS + t) * draws + d]`.
    samples: Vec<f64>,
    /// One draw's baseline and scenario.
    scratch: (Series, Series),
}

impl MonteCarlo {
    /// The 10-90 % bands of a unit's scenario over the draws, or none
    /// without draws.
    fn set_bands(
        &mut self,
        base: &UnitBase,
        plan: &UnitPlan,
        nat: &SexAges,
        result: &mut UnitResult,
    ) {
        if self.draws.is_empty() {
            result.bands = None;
            return;
        }
        let n = self.draws.len();
        for (d, terms) in self.draws.iter().enumerate() {
            let (baseline, scenario) = &mut self.scratch;
            simulate(base, &UnitPlan::default(), nat, terms, None, baseline);
            simulate(base, plan, nat, terms, Some(&*baseline), scenario);
            for (r, row) in scenario.values.iter().enumerate() {
                for (t, x) in row.iter().enumerate() {
                    self.samples[(r * YEARS + t) * n + d] = *x;
                }
            }
        }
        let bands = result.bands.get_or_insert_with(Box::default);
        fill_bands(&mut self.samples, n, &result.scenario, bands);
    }
}

/// Sorts each output's draws and reads the 10, 50 and 90 % points (the
/// age tables are not banded: nothing shows their bands, and they were
/// half of the sorting). A band
/// always holds its central run: where an output sits at an extremum of an
/// assumption (Zunyi's working-age residents in 2025 barely move with its
/// migration level, and rise whichever way it moves), every draw lies on
/// one side of the central run and the band is widened to reach it.
/// Measured on the real bundle, baseline, 200 draws: 45 of 239,820 values
/// (0.02 %), by at most 0.2 % of the value.
fn fill_bands(samples: &mut [f64], n: usize, central: &Series, bands: &mut Bands) {
    let rows = bands
        .p10
        .values
        .iter_mut()
        .zip(bands.p50.values.iter_mut())
        .zip(bands.p90.values.iter_mut())
        .zip(central.values.iter());
    for (r, (((p10, p50), p90), c)) in rows.enumerate() {
        for t in 0..YEARS {
            let slice = &mut samples[(r * YEARS + t) * n..(r * YEARS + t + 1) * n];
            crate::order::sort_floats(slice);
            p10[t] = quantile(slice, 0.1).min(c[t]);
            p50[t] = quantile(slice, 0.5);
            p90[t] = quantile(slice, 0.9).max(c[t]);
        }
    }
}

/// Quantile of sorted values, linear between order statistics (Hyndman &
/// Fan type 7, the default of R and NumPy).
pub fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// The parts of a scenario that need the whole region: how park jobs are
/// shared among host units, and what the role division moves.
struct RegionPlan {
    /// Sum of the park weights of the units with parks on, by level.
    park_weight: [f64; 2],
}

/// A unit's weight in hosting park jobs: its 2020 manufacturing and
/// knowledge-services jobs.
fn park_weight(unit: &PreparedUnit) -> f64 {
    unit.base.as_ref().map_or(0.0, |b| {
        b.jobs_2020[Sector::Manufacturing.index()] + b.jobs_2020[Sector::KnowledgeServices.index()]
    })
}

impl RegionPlan {
    fn new(prepared: &PreparedData, settings: &[LeverSetting]) -> RegionPlan {
        let mut park_weight_sum = [0.0; 2];
        if settings.iter().any(|s| s.lever == LeverKey::TalentParks) {
            for u in &prepared.units {
                if resolve(settings, u.code, u.province, u.parent, u.tier)
                    .get(LeverKey::TalentParks)
                    .is_some()
                {
                    park_weight_sum[level_index(u.level)] += park_weight(u);
                }
            }
        }
        RegionPlan {
            park_weight: park_weight_sum,
        }
    }

    fn unit_plan(
        &self,
        prepared: &PreparedData,
        settings: &[LeverSetting],
        unit: &PreparedUnit,
    ) -> UnitPlan {
        let levers = resolve(settings, unit.code, unit.province, unit.parent, unit.tier);
        let level = level_index(unit.level);
        let park_jobs_per_year = match levers.get(LeverKey::TalentParks) {
            Some(v) if self.park_weight[level] > 0.0 => {
                v * 1000.0 * park_weight(unit) / self.park_weight[level]
            }
            _ => 0.0,
        };
        let (mut moved_out_share, mut moved_in_jobs) = (0.0, 0.0);
        if let Some(v) = levers.get(LeverKey::RoleDivision) {
            match unit.tier {
                RoleTier::Core => moved_out_share = v / 100.0,
                RoleTier::Node if prepared.node_manufacturing[level] > 0.0 => {
                    let own = unit
                        .base
                        .as_ref()
                        .map_or(0.0, |b| b.jobs_2020[Sector::Manufacturing.index()]);
                    moved_in_jobs = v / 100.0 * prepared.core_manufacturing[level] * own
                        / prepared.node_manufacturing[level];
                }
                _ => {}
            }
        }
        UnitPlan {
            levers,
            park_jobs_per_year,
            moved_out_share,
            moved_in_jobs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_hand() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert!((quantile(&v, 0.1) - 1.4).abs() < 1e-12);
        assert!((quantile(&v, 0.9) - 4.6).abs() < 1e-12);
        assert_eq!(quantile(&[7.0], 0.9), 7.0);
    }
}
