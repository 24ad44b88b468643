//! Several scenarios side by side on the same units and assumptions, each
//! against the baseline, with a wedge per lever and the cost per resident
//! retained.
//!
//! Wedges are one-at-a-time: each lever's wedge is the difference a
//! scenario with only that lever's settings makes to the baseline. Levers
//! interact (retention levers act on what the others left of the outflow,
//! the feedback responds to all jobs together), so the wedges do not add up
//! to the whole difference; the rest is shown as the interaction residual,
//! never spread over the levers.
//!
//! "Residents retained" is the difference in residents in 2040 between the
//! scenario and the baseline, over the units compared: people kept from
//! leaving, people drawn in and their children alike. The cost per resident
//! retained is the cumulative policy cost 2021-2040 divided by it; there is
//! none when the scenario does not add residents.

use super::assumptions::Assumptions;
use super::levers::{LeverKey, LeverSetting};
use super::outputs::{Output, RunOutputs, YEARS};
use super::prepared::PreparedData;
use super::run::{run, RunInputs, UnitSet};
use serde::Serialize;

/// Fewer than one resident above the baseline is not a resident kept
/// (rounding of the arithmetic, not people): below it there is no cost per
/// resident kept.
pub const MIN_RESIDENTS_KEPT: f64 = 1.0;

/// Residents kept by year index `t`: the scenario's residents less the
/// baseline's, over the same units. The one definition the lab, the command
/// line and the tests use.
pub fn residents_kept(scenario: &Totals, baseline: &Totals, t: usize) -> f64 {
    scenario.population[t] - baseline.population[t]
}

/// Policy cost from 2021 to year index `t` (yuan).
pub fn cost_to(scenario: &Totals, t: usize) -> f64 {
    scenario.cost_yuan[1..=t].iter().sum()
}

/// The cost per resident kept by year index `t`: the cumulative cost over
/// the residents kept; `None` when fewer than [`MIN_RESIDENTS_KEPT`] are.
pub fn cost_per_resident_kept(scenario: &Totals, baseline: &Totals, t: usize) -> Option<f64> {
    let kept = residents_kept(scenario, baseline, t);
    (kept >= MIN_RESIDENTS_KEPT).then(|| cost_to(scenario, t) / kept)
}

/// A scenario to compare: a name and its lever settings.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedScenario {
    pub name: String,
    pub levers: Vec<LeverSetting>,
}

/// Yearly sums over the units compared. Choose a set of one level: a set
/// with prefectures and their counties counts people twice.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub population: [f64; YEARS],
    pub working_age: [f64; YEARS],
    /// Employed persons (jobs index x 2020 jobs).
    pub jobs: [f64; YEARS],
    pub cost_yuan: [f64; YEARS],
}

impl Totals {
    /// Sums over the units of a run: the scenario's series, or the
    /// baseline's with `scenario = false`.
    pub fn of(out: &RunOutputs, scenario: bool) -> Totals {
        let mut t = Totals::default();
        for u in &out.units {
            let s = if scenario { &u.scenario } else { &u.baseline };
            for y in 0..YEARS {
                t.population[y] += s.values[Output::Population.index()][y];
                t.working_age[y] += s.values[Output::WorkingAge.index()][y];
                t.jobs[y] += s.values[Output::JobsIndex.index()][y] * u.jobs_2020 / 100.0;
                t.cost_yuan[y] += s.values[Output::PolicyCostYuan.index()][y];
            }
        }
        t
    }

    fn zip(&self, other: &Totals, f: impl Fn(f64, f64) -> f64) -> Totals {
        let z = |a: &[f64; YEARS], b: &[f64; YEARS]| std::array::from_fn(|i| f(a[i], b[i]));
        Totals {
            population: z(&self.population, &other.population),
            working_age: z(&self.working_age, &other.working_age),
            jobs: z(&self.jobs, &other.jobs),
            cost_yuan: z(&self.cost_yuan, &other.cost_yuan),
        }
    }

    pub fn minus(&self, other: &Totals) -> Totals {
        self.zip(other, |a, b| a - b)
    }

    pub fn plus(&self, other: &Totals) -> Totals {
        self.zip(other, |a, b| a + b)
    }
}

/// One lever's own contribution.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Wedge {
    pub lever: LeverKey,
    /// Scenario with only this lever minus the baseline.
    pub difference: Totals,
}

/// One scenario against the baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioComparison {
    pub name: String,
    pub totals: Totals,
    /// Scenario minus baseline.
    pub difference: Totals,
    /// One per lever the scenario uses, in lever order.
    pub wedges: Vec<Wedge>,
    /// Difference minus the sum of the wedges.
    pub interaction: Totals,
    /// Policy cost 2021-2040 (yuan).
    pub cumulative_cost_yuan: f64,
    /// Residents in 2040 above the baseline.
    pub residents_retained_2040: f64,
    /// Residents aged 15-59 in 2040 above the baseline.
    pub working_age_retained_2040: f64,
    /// Cumulative cost per resident retained (yuan); `None` when none is.
    pub cost_per_resident_retained: Option<f64>,
}

/// The comparison of several scenarios.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub baseline: Totals,
    pub scenarios: Vec<ScenarioComparison>,
}

/// Compares scenarios on a set of units at the given assumptions.
pub fn compare(
    prepared: &PreparedData,
    units: &UnitSet,
    scenarios: &[NamedScenario],
    assumptions: &Assumptions,
) -> Comparison {
    let run_levers = |levers: Vec<LeverSetting>| {
        let inputs = RunInputs {
            units: units.clone(),
            levers,
            assumptions: *assumptions,
            seed: 0,
            draws: 0,
        };
        run(prepared, &inputs)
    };
    let baseline = Totals::of(&run_levers(Vec::new()), false);
    let scenarios = scenarios
        .iter()
        .map(|sc| {
            let totals = Totals::of(&run_levers(sc.levers.clone()), true);
            let difference = totals.minus(&baseline);
            let mut used: Vec<LeverKey> = sc.levers.iter().map(|s| s.lever).collect();
            crate::order::sort_by(&mut used, Ord::cmp);
            used.dedup();
            let wedges: Vec<Wedge> = used
                .into_iter()
                .map(|lever| {
                    let only: Vec<LeverSetting> = sc
                        .levers
                        .iter()
                        .filter(|s| s.lever == lever)
                        .copied()
                        .collect();
                    Wedge {
                        lever,
                        difference: Totals::of(&run_levers(only), true).minus(&baseline),
                    }
                })
                .collect();
            let sum = wedges
                .iter()
                .fold(Totals::default(), |acc, w| acc.plus(&w.difference));
            let interaction = difference.minus(&sum);
            let cumulative_cost_yuan = cost_to(&totals, YEARS - 1);
            let residents_retained_2040 = residents_kept(&totals, &baseline, YEARS - 1);
            ScenarioComparison {
                name: sc.name.clone(),
                working_age_retained_2040: difference.working_age[YEARS - 1],
                cost_per_resident_retained: cost_per_resident_kept(&totals, &baseline, YEARS - 1),
                totals,
                difference,
                wedges,
                interaction,
                cumulative_cost_yuan,
                residents_retained_2040,
            }
        })
        .collect();
    Comparison {
        baseline,
        scenarios,
    }
}

/// Residents kept and cost per resident kept in a year, at central
/// assumptions and as 10-90 % bands over Monte Carlo draws (each draw runs
/// the baseline and the scenario under the same assumptions, so the band is
/// of the difference, not a difference of bands).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeptBand {
    pub year: u32,
    pub kept: f64,
    pub kept_p10: f64,
    pub kept_p90: f64,
    pub cost_per_kept: Option<f64>,
    /// Over the draws that keep at least one resident.
    pub cost_per_kept_p10: Option<f64>,
    pub cost_per_kept_p90: Option<f64>,
    pub draws: u32,
}

/// See [`KeptBand`]; `t` is the year index (15 = 2035).
pub fn kept_band(
    prepared: &PreparedData,
    units: &UnitSet,
    levers: &[LeverSetting],
    t: usize,
    draws: u32,
    seed: u64,
) -> KeptBand {
    let one = |assumptions: Assumptions| {
        let out = run(
            prepared,
            &RunInputs {
                units: units.clone(),
                levers: levers.to_vec(),
                assumptions,
                seed: 0,
                draws: 0,
            },
        );
        let (s, b) = (Totals::of(&out, true), Totals::of(&out, false));
        (residents_kept(&s, &b, t), cost_per_resident_kept(&s, &b, t))
    };
    let (kept, cost_per_kept) = one(Assumptions::central());
    let mut ks = Vec::new();
    let mut cs = Vec::new();
    for d in 0..draws {
        let (k, c) = one(Assumptions::sample(&mut super::rng::SplitMix64::for_draw(
            seed, d,
        )));
        ks.push(k);
        cs.extend(c);
    }
    crate::order::sort_floats(&mut ks);
    crate::order::sort_floats(&mut cs);
    let q = |v: &[f64], p| (!v.is_empty()).then(|| super::run::quantile(v, p));
    KeptBand {
        year: super::outputs::FIRST_YEAR + t as u32,
        kept,
        kept_p10: q(&ks, 0.1).unwrap_or(kept).min(kept),
        kept_p90: q(&ks, 0.9).unwrap_or(kept).max(kept),
        cost_per_kept,
        cost_per_kept_p10: q(&cs, 0.1),
        cost_per_kept_p90: q(&cs, 0.9),
        draws,
    }
}
