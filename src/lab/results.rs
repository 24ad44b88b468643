//! What the strategy lab computes from its inputs: yearly totals of every
//! scenario on the chosen units, the map of the reader's scenario, and (in
//! a second, slower pass) each lever's wedge and the uncertainty bands.

use atlas_core::model::compare::{
    compare, cost_per_resident_kept, cost_to, residents_kept, NamedScenario, Totals,
};
use atlas_core::model::{
    run, run_into, Assumptions, Bands, LeverKey, LeverSetting, PreparedData, Preset, RunInputs,
    RunOutputs, Series, UnitSet, YEARS,
};
use atlas_core::Level;

/// Which units the lab looks at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scope {
    /// The 54 prefecture-level units (the whole region once).
    Region,
    /// One prefecture or county.
    Unit(u32),
}

impl Scope {
    pub fn unit_set(self) -> UnitSet {
        match self {
            Scope::Region => UnitSet::Level {
                level: Level::Prefecture,
            },
            Scope::Unit(code) => UnitSet::Codes { codes: vec![code] },
        }
    }
}

/// Everything a run of the lab depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct LabInputs {
    pub scope: Scope,
    /// The reader's scenario (empty: none).
    pub user: Vec<LeverSetting>,
    /// Presets compared with it.
    pub presets: Vec<Preset>,
    pub assumptions: Assumptions,
}

/// One scenario's line in the comparison.
pub struct ScenarioLine {
    /// `user` or a preset key.
    pub key: &'static str,
    pub preset: Option<Preset>,
    pub totals: Totals,
    /// For a single unit: its full series (any output can be charted).
    pub series: Option<Box<Series>>,
    pub retained_2040: f64,
    pub working_age_retained_2040: f64,
    pub cumulative_cost: f64,
    pub cost_per_retained: Option<f64>,
}

pub struct LabResults {
    pub baseline: Totals,
    pub baseline_series: Option<Box<Series>>,
    pub scenarios: Vec<ScenarioLine>,
    /// Prefecture -> population change 2020-2040 (%) in the reader's
    /// scenario (the baseline when there is none).
    pub map: Vec<(u32, f64)>,
    /// Why the unit is not projected, if it is not.
    pub skipped: Option<atlas_core::model::NotProjected>,
}

fn line(
    key: &'static str,
    preset: Option<Preset>,
    out: &atlas_core::model::RunOutputs,
    baseline: &Totals,
) -> ScenarioLine {
    let totals = Totals::of(out, true);
    // The core's one definition (the command line and the tests use it too).
    let retained = residents_kept(&totals, baseline, YEARS - 1);
    let cost = cost_to(&totals, YEARS - 1);
    ScenarioLine {
        key,
        preset,
        retained_2040: retained,
        working_age_retained_2040: totals.working_age[YEARS - 1] - baseline.working_age[YEARS - 1],
        cumulative_cost: cost,
        cost_per_retained: cost_per_resident_kept(&totals, baseline, YEARS - 1),
        series: (out.units.len() == 1).then(|| out.units[0].scenario.clone()),
        totals,
    }
}

/// The runs kept from one fast pass to the next. A slider move changes the
/// reader's levers only, so the baselines (which depend on the unit and the
/// assumptions) are kept in the buffers, and a compared preset whose inputs
/// did not change is not run again.
#[derive(Default)]
pub struct LabBuffers {
    user: RunOutputs,
    /// The prefectures for the map, when the lab looks at one place.
    region: RunOutputs,
    presets: Vec<(RunInputs, RunOutputs)>,
}

/// Unit -> population change 2020-2040 (%) of a run's scenarios (the
/// lab's maps; the worker sends the counties' as numbers).
pub(crate) fn map_of(out: &RunOutputs) -> Vec<(u32, f64)> {
    out.units
        .iter()
        .map(|u| (u.code, u.population_change_pct()))
        .collect()
}

/// The fast pass, run on every input change: one run per scenario.
pub fn compute(
    prepared: &PreparedData,
    inputs: &LabInputs,
    buffers: &mut LabBuffers,
) -> LabResults {
    let units = inputs.scope.unit_set();
    let inputs_of = |levers: Vec<LeverSetting>, units: UnitSet| RunInputs {
        units,
        levers,
        assumptions: inputs.assumptions,
        seed: 0,
        draws: 0,
    };
    run_into(
        prepared,
        &inputs_of(inputs.user.clone(), units.clone()),
        &mut buffers.user,
    );
    let user = &buffers.user;
    let baseline = Totals::of(user, false);
    let mut scenarios = Vec::new();
    if !inputs.user.is_empty() {
        scenarios.push(line("user", None, user, &baseline));
    }
    let mut kept = std::mem::take(&mut buffers.presets);
    for preset in &inputs.presets {
        if *preset == Preset::Baseline {
            continue;
        }
        let wanted = inputs_of(preset.settings(), units.clone());
        let out = match kept.iter().position(|(i, _)| *i == wanted) {
            Some(at) => kept.swap_remove(at).1,
            None => run(prepared, &wanted),
        };
        scenarios.push(line(preset.key(), Some(*preset), &out, &baseline));
        buffers.presets.push((wanted, out));
    }
    // The region map always shows the reader's scenario on prefectures.
    let map = match inputs.scope {
        Scope::Region => map_of(user),
        Scope::Unit(_) => {
            let region = UnitSet::Level {
                level: Level::Prefecture,
            };
            run_into(
                prepared,
                &inputs_of(inputs.user.clone(), region),
                &mut buffers.region,
            );
            map_of(&buffers.region)
        }
    };
    let user = &buffers.user;
    LabResults {
        baseline,
        baseline_series: (user.units.len() == 1).then(|| user.units[0].baseline.clone()),
        scenarios,
        map,
        skipped: user.skipped.first().map(|s| s.reason),
    }
}

/// The slow pass, run once the reader pauses: each lever's own
/// contribution to the reader's scenario, and bands for a single unit.
#[derive(Debug, PartialEq)]
pub struct Deferred {
    /// (lever, difference from the baseline in 2040: population, working
    /// age, jobs).
    pub wedges: Vec<(LeverKey, [f64; 3])>,
    pub interaction: [f64; 3],
    pub bands: Option<Box<Bands>>,
    pub draws: u32,
}

impl Deferred {
    /// The slow pass as numbers, as the lab's Web Worker sends it back:
    /// draws, the number of wedges, each wedge (the lever's position in
    /// `LeverKey::ALL` and its three values), the interaction, 1 or 0 for
    /// bands, then the bands' p10, p50 and p90 series.
    pub fn to_flat(&self) -> Vec<f64> {
        let mut out = vec![self.draws as f64, self.wedges.len() as f64];
        for (key, v) in &self.wedges {
            let at = LeverKey::ALL.iter().position(|k| k == key).unwrap_or(0);
            out.push(at as f64);
            out.extend_from_slice(v);
        }
        out.extend_from_slice(&self.interaction);
        out.push(if self.bands.is_some() { 1.0 } else { 0.0 });
        if let Some(b) = &self.bands {
            for s in [&b.p10, &b.p50, &b.p90] {
                s.push_flat(&mut out);
            }
        }
        out
    }

    /// What [`to_flat`](Deferred::to_flat) wrote, or `None` if `flat` is
    /// not such a list.
    pub fn from_flat(flat: &[f64]) -> Option<Deferred> {
        let mut rest = flat.iter().copied();
        let mut next = || rest.next();
        let draws = next()? as u32;
        let n = next()? as usize;
        let mut wedges = Vec::new();
        for _ in 0..n {
            let key = *LeverKey::ALL.get(next()? as usize)?;
            wedges.push((key, [next()?, next()?, next()?]));
        }
        let interaction = [next()?, next()?, next()?];
        let has_bands = next()? == 1.0;
        let at = 2 + 4 * n + 4;
        let bands = if has_bands {
            let series = |k: usize| Series::from_flat(flat.get(at + k * Series::FLAT_LEN..)?);
            Some(Box::new(Bands {
                p10: series(0)?,
                p50: series(1)?,
                p90: series(2)?,
            }))
        } else {
            None
        };
        Some(Deferred {
            wedges,
            interaction,
            bands,
            draws,
        })
    }
}

/// Monte Carlo draws for the bands of one unit (1,000 draws take about
/// 30 ms natively; the browser is slower, and this runs after a pause).
pub const BAND_DRAWS: u32 = 400;

pub fn compute_deferred(prepared: &PreparedData, inputs: &LabInputs) -> Deferred {
    let units = inputs.scope.unit_set();
    let last = |t: &Totals| {
        [
            t.population[YEARS - 1],
            t.working_age[YEARS - 1],
            t.jobs[YEARS - 1],
        ]
    };
    let (wedges, interaction) = if inputs.user.is_empty() {
        (Vec::new(), [0.0; 3])
    } else {
        let c = compare(
            prepared,
            &units,
            &[NamedScenario {
                name: "user".into(),
                levers: inputs.user.clone(),
            }],
            &inputs.assumptions,
        );
        let s = &c.scenarios[0];
        (
            s.wedges
                .iter()
                .map(|w| (w.lever, last(&w.difference)))
                .collect(),
            last(&s.interaction),
        )
    };
    let bands = match inputs.scope {
        Scope::Unit(_) => {
            let out = run(
                prepared,
                &RunInputs {
                    units,
                    levers: inputs.user.clone(),
                    assumptions: inputs.assumptions,
                    seed: 2026,
                    draws: BAND_DRAWS,
                },
            );
            out.units.first().and_then(|u| u.bands.clone())
        }
        Scope::Region => None,
    };
    Deferred {
        wedges,
        interaction,
        bands,
        draws: BAND_DRAWS,
    }
}
