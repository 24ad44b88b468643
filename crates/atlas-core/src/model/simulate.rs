//! The engine for one unit under one set of assumptions: a yearly
//! cohort-component projection by sex and single year of age with the
//! levers and the jobs -> migration feedback, and a yearly pass for jobs,
//! housing, services, fiscal pressure and cost.
//!
//! Each year t = 1 .. 20 after the census:
//! 1. every sex and age group changes at survival + the fitted migration
//!    level x its 2010-2020 net migration rate ([`baseline_rates`]), plus
//!    the levers' migration effects (scaled by the ramp-up) and, for ages
//!    20-44, the feedback: response x ln(JR / JR_base) of the year before;
//! 2. births follow from the women 15-49 at the start of the year, and the
//!    levers' in-migrants (the parks') arrive;
//! 3. the yearly pass turns the new table into baseline jobs, changes them
//!    by the levers, and computes every other output and the cost.
//!
//! What each lever does, on migration, jobs, utilisation and cost, is in
//! [`lever_effects`](super::lever_effects), one `impl` per lever.
//!
//! The baseline is the same code with no levers and no feedback, so "all
//! levers off" reproduces it to the last bit (a tested property), and its
//! population path is [`baseline_totals`](super::baseline::baseline_totals),
//! the one the calibration fits.

use super::assumptions::{AssumptionKey as A, Assumptions};
use super::baseline::{baseline_rates, births};
use super::calibration::drawn_level;
use super::cohort_component::{
    age_one_year, both_sexes, to_groups, total, SexAges, SexYears, FEMALE, MALE,
};
use super::lever_effects::{add_arrivals, OutflowEffects, YearInputs, YearPass, YearStart};
use super::levers::UnitLevers;
use super::outputs::{Output, Series, YEARS};
use super::prepared::{PreparedData, Sector, UnitBase, SECTOR_COUNT};
use crate::dataset::AGE_GROUPS;

/// The paper's figure (section 2.3): intercity lines carry 40 % of their
/// design load. Used as the 2020 utilisation, which fixes the idle share
/// the re-purposing lever can fill.
pub const REFERENCE_UTILISATION: f64 = 0.40;

/// An age band: a half-open range of five-year group indices.
pub(super) type Band = (usize, usize);

/// Age bands; those that only one lever uses are with the lever.
pub(super) const WORKING: Band = (3, 12); // 15-59
const OLD: Band = (12, AGE_GROUPS); // 60+
const SCHOOL: Band = (1, 3); // 5-14
pub(super) const AGES_20_44: Band = (4, 9);

pub(crate) fn within(g: usize, (from, to): Band) -> bool {
    (from..to).contains(&g)
}

/// 100 x value / base, or 0 when there is no base (a unit with no school
/// children in 2020, say), so that every output stays finite.
fn index(value: f64, base: f64) -> f64 {
    if base > 0.0 {
        100.0 * value / base
    } else {
        0.0
    }
}

/// x^e, without the `powf` call for the common central exponent 1.
fn power(x: f64, e: f64) -> f64 {
    if e == 1.0 {
        x
    } else {
        x.powf(e)
    }
}

/// Terms of one assumption draw that every unit shares.
#[derive(Clone, Debug)]
pub(crate) struct DrawTerms {
    pub a: Assumptions,
    /// exp(persistence x region sector trend x years since 2020).
    pub drift: [[f64; SECTOR_COUNT]; YEARS],
    /// Share of a lever's full effect reached each year: linear from 2021
    /// to full after the ramp-up years.
    pub ramp: [f64; YEARS],
}

impl DrawTerms {
    pub fn new(prepared: &PreparedData, a: Assumptions) -> DrawTerms {
        let persistence = a.get(A::SectorTrendPersistence);
        let ramp_years = a.get(A::RampUpYears);
        let drift = std::array::from_fn(|t| {
            std::array::from_fn(|s| (persistence * prepared.sector_trend[s] * t as f64).exp())
        });
        let ramp: [f64; YEARS] = std::array::from_fn(|t| (t as f64 / ramp_years).min(1.0));
        DrawTerms { a, drift, ramp }
    }
}

/// The levers in force in a unit, with the region-wide shares that need all
/// units to compute (see `run.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct UnitPlan {
    pub levers: UnitLevers,
    /// Park jobs added per year at full ramp-up.
    pub park_jobs_per_year: f64,
    /// Core unit: share of its manufacturing jobs moved out at full ramp-up.
    pub moved_out_share: f64,
    /// Node unit: manufacturing jobs received at full ramp-up.
    pub moved_in_jobs: f64,
}

/// What the yearly pass carries from one year to the next.
#[derive(Clone, Copy, Debug)]
pub(super) struct State {
    /// Floor space (m²).
    pub stock: f64,
    /// Cumulative knowledge jobs from converted floor space.
    pub conversion_jobs: f64,
    /// Cumulative emerging-industry jobs.
    pub emerging_jobs: f64,
    /// Cumulative park jobs.
    pub park_jobs: f64,
    /// Jobs moved into a node so far (to cost only the new ones).
    pub moved_in: f64,
    /// Last year's fiscal pressure index (the fund's capacity lags a year).
    pub fiscal_pressure: f64,
    /// Last year's jobs by sector.
    pub jobs: [f64; SECTOR_COUNT],
}

impl State {
    /// The state of 2020: the floor space of then, no lever's job yet.
    fn at_2020(base: &UnitBase, bases: &Bases) -> State {
        State {
            stock: bases.floor_space,
            conversion_jobs: 0.0,
            emerging_jobs: 0.0,
            park_jobs: 0.0,
            moved_in: 0.0,
            fiscal_pressure: 100.0,
            jobs: base.jobs_2020,
        }
    }
}

/// The totals of one year that the outputs are computed from.
#[derive(Clone, Copy)]
struct YearTotals {
    population: f64,
    /// Residents aged 15-59.
    working: f64,
    /// Residents aged 60+.
    old: f64,
    jobs: [f64; SECTOR_COUNT],
    /// Infrastructure utilisation (share of design load).
    utilisation: f64,
    /// Policy cost (yuan).
    cost: f64,
}

impl YearTotals {
    fn total_jobs(&self) -> f64 {
        self.jobs.iter().sum()
    }
}

/// The 2020 bases of the indices.
struct Bases {
    pop: f64,
    working: f64,
    old: f64,
    school: f64,
    hospital: f64,
    jobs: f64,
    floor_space: f64,
}

impl Bases {
    fn of_2020(base: &UnitBase, hospital_weight: f64) -> Bases {
        let p0 = &base.pop_2020;
        let under_60 = both_sexes(p0, 0, OLD.0);
        let old = both_sexes(p0, OLD.0, OLD.1);
        Bases {
            pop: total(p0),
            working: both_sexes(p0, WORKING.0, WORKING.1),
            old,
            school: both_sexes(p0, SCHOOL.0, SCHOOL.1),
            hospital: under_60 + hospital_weight * old,
            jobs: base.jobs_2020.iter().sum(),
            floor_space: base.floor_area_per_person * total(p0),
        }
    }
}

struct Sim<'a> {
    base: &'a UnitBase,
    plan: &'a UnitPlan,
    terms: &'a DrawTerms,
    /// Yearly rates with no lever: survival + level x migration.
    base_rates: SexAges,
    /// exp(base_rates), the growth factors of every cell without a lever.
    base_growth: SexAges,
    /// Yearly net migration rate of each group at the fitted level.
    migration_rate: SexAges,
    bases: Bases,
    hospital_weight: f64,
}

/// Projects one unit; `baseline` is `None` when computing the baseline
/// itself (then the plan must have no lever on), otherwise the baseline of
/// the same unit and assumptions, for the feedback.
pub(crate) fn simulate(
    base: &UnitBase,
    plan: &UnitPlan,
    survival: &SexAges,
    terms: &DrawTerms,
    baseline: Option<&Series>,
    out: &mut Series,
) {
    let sim = Sim::new(base, plan, survival, terms);
    let fertility = terms.a.get(A::FertilityAfter2020);
    let mut state = State::at_2020(base, &sim.bases);
    let mut pop: SexYears = base.start;
    let p0 = &base.pop_2020;
    let mut groups = *p0;
    let mut growth = sim.base_growth;
    sim.year(0, p0, &mut state, out);
    for t in 1..YEARS {
        let deviation = baseline.map_or(0.0, |b| job_ratio_deviation(out, b, t - 1));
        let born = births(base, fertility, &pop);
        let g = if sim.plan.levers.is_empty() && deviation == 0.0 {
            &sim.base_growth
        } else {
            sim.growth(t, &groups, &state, deviation, &mut growth);
            &growth
        };
        age_one_year(&mut pop, g, base.alignment[t], born, &mut groups);
        if add_arrivals(&sim.plan.levers, &sim.inputs(t), &mut pop) {
            groups = to_groups(&pop);
        }
        sim.year(t, &groups, &mut state, out);
    }
}

/// ln(JR / JR_base) in a year; 0 where either is not positive.
fn job_ratio_deviation(out: &Series, baseline: &Series, t: usize) -> f64 {
    let (s, b) = (
        out.values[Output::JobRatioIndex.index()][t],
        baseline.values[Output::JobRatioIndex.index()][t],
    );
    if s > 0.0 && b > 0.0 {
        (s / b).ln()
    } else {
        0.0
    }
}

impl<'a> Sim<'a> {
    fn new(
        base: &'a UnitBase,
        plan: &'a UnitPlan,
        survival: &SexAges,
        terms: &'a DrawTerms,
    ) -> Sim<'a> {
        let a = &terms.a;
        // The fitted level, moved by the calibration draw (in standard errors).
        let level = drawn_level(
            base.migration_level,
            base.migration_level_se,
            a.get(A::MigrationCalibration),
        );
        let base_rates = baseline_rates(survival, base, level);
        let base_growth = base_rates.map(|sex| sex.map(f64::exp));
        let migration_rate = base
            .migration
            .map(|sex| sex.map(|m| level * m + base.migration_shift));
        let hospital_weight = a.get(A::HospitalUse60Plus);
        Sim {
            base,
            plan,
            terms,
            base_rates,
            base_growth,
            migration_rate,
            bases: Bases::of_2020(base, hospital_weight),
            hospital_weight,
        }
    }

    /// What the levers' effects may read in year `t`.
    fn inputs(&self, t: usize) -> YearInputs<'_> {
        YearInputs {
            a: &self.terms.a,
            ramp: self.terms.ramp[t],
            base: self.base,
            plan: self.plan,
            migration_rate: &self.migration_rate,
        }
    }

    /// The growth factors of year `t` from the table at its start: the
    /// baseline's, with the levers' migration effects and the feedback at
    /// job-ratio deviation `deviation` where they apply.
    fn growth(
        &self,
        t: usize,
        groups: &SexAges,
        state: &State,
        deviation: f64,
        growth: &mut SexAges,
    ) {
        let y = self.inputs(t);
        let start = YearStart::new(y.a, groups, &state.jobs);
        let levers = OutflowEffects::of_year(&self.plan.levers, &y, &start);
        let response = y.a.get(A::JobsMigrationResponse);

        *growth = self.base_growth;
        for sex in [MALE, FEMALE] {
            // `g` selects the age bands as well as indexing three tables.
            #[allow(clippy::needless_range_loop)]
            for g in 0..AGE_GROUPS {
                let outflow = (-self.migration_rate[sex][g]).max(0.0);
                let mut rate = levers.kept(g, outflow) * y.ramp;
                if within(g, AGES_20_44) {
                    rate += response * deviation;
                }
                // Most cells have no lever and no feedback: keep the
                // baseline's factor (the same to the bit).
                if rate != 0.0 {
                    growth[sex][g] = (self.base_rates[sex][g] + rate).exp();
                }
            }
        }
    }

    /// Everything of year index `t` (0 = 2020) from its age-sex table: the
    /// age groups, the baseline jobs, the levers' effects, the outputs.
    fn year(&self, t: usize, pop: &SexAges, state: &mut State, out: &mut Series) {
        let population = record_age_groups(t, pop, out);
        let working = both_sexes(pop, WORKING.0, WORKING.1);
        let mut totals = YearTotals {
            population,
            working,
            old: both_sexes(pop, OLD.0, OLD.1),
            jobs: self.baseline_jobs(t, population, working),
            utilisation: self.base_utilisation(population),
            cost: 0.0,
        };
        self.apply_levers(t, pop, state, &mut totals);
        let fiscal_pressure = self.fiscal_pressure(&totals);
        self.set_outputs(t, pop, &totals, fiscal_pressure, state.stock, out);
        if fiscal_pressure > 0.0 {
            state.fiscal_pressure = fiscal_pressure;
        }
        state.jobs = totals.jobs;
    }

    /// Jobs by sector with no lever, in year `t`.
    fn baseline_jobs(&self, t: usize, population: f64, working: f64) -> [f64; SECTOR_COUNT] {
        let a = &self.terms.a;
        let b = &self.bases;
        // Baseline jobs: basic sectors follow the working-age population,
        // local sectors the residents; shares drift with the region's trend,
        // normalised so the drift alone moves no job in total.
        let basic = if b.working > 0.0 {
            power(working / b.working, a.get(A::BasicJobsLabourElasticity))
        } else {
            0.0
        };
        let local = if b.pop > 0.0 {
            power(population / b.pop, a.get(A::LocalJobsDemandElasticity))
        } else {
            0.0
        };
        let drift = &self.terms.drift[t];
        let drifted: f64 = (0..SECTOR_COUNT)
            .map(|s| self.base.jobs_2020[s] * drift[s])
            .sum();
        let norm = if drifted > 0.0 { b.jobs / drifted } else { 0.0 };
        std::array::from_fn(|s| {
            let driver = if Sector::ALL[s].is_basic() {
                basic
            } else {
                local
            };
            self.base.jobs_2020[s] * driver * drift[s] * norm
        })
    }

    /// Infrastructure utilisation with no lever: the 2020 reference,
    /// scaled by residents.
    fn base_utilisation(&self, population: f64) -> f64 {
        let b = &self.bases;
        REFERENCE_UTILISATION * if b.pop > 0.0 { population / b.pop } else { 0.0 }
    }

    /// Changes the year's jobs, utilisation and cost by the levers in force
    /// (in the order of [`ORDER`](super::lever_effects::ORDER)).
    fn apply_levers(&self, t: usize, pop: &SexAges, state: &mut State, totals: &mut YearTotals) {
        let base_utilisation = totals.utilisation;
        let mut pass = YearPass {
            y: self.inputs(t),
            pop,
            population: totals.population,
            working: totals.working,
            jobs_2020: self.bases.jobs,
            base_utilisation,
            jobs: totals.jobs,
            utilisation: base_utilisation,
            cost: totals.cost,
            state,
        };
        pass.apply(&self.plan.levers);
        (totals.jobs, totals.utilisation, totals.cost) = (pass.jobs, pass.utilisation, pass.cost);
    }

    /// Fiscal pressure index: residents 60+ per job against 2020's; 0 where
    /// either is missing.
    fn fiscal_pressure(&self, totals: &YearTotals) -> f64 {
        let b = &self.bases;
        let total_jobs = totals.total_jobs();
        if total_jobs > 0.0 && b.old > 0.0 {
            100.0 * (totals.old / total_jobs) / (b.old / b.jobs)
        } else {
            0.0
        }
    }

    /// Sets the outputs of year `t`; `stock` is the floor space.
    fn set_outputs(
        &self,
        t: usize,
        pop: &SexAges,
        totals: &YearTotals,
        fiscal_pressure: f64,
        stock: f64,
        out: &mut Series,
    ) {
        let b = &self.bases;
        let YearTotals {
            population,
            working,
            old,
            ..
        } = *totals;
        let total_jobs = totals.total_jobs();
        let v = &mut out.values;
        let mut set = |o: Output, x: f64| v[o.index()][t] = x;
        set(Output::Population, population);
        set(Output::WorkingAge, working);
        set(Output::WorkingAgeShare, index(working, population));
        set(Output::Age60Share, index(old, population));
        set(Output::OldAgeDependency, index(old, working));
        set(Output::JobsIndex, index(total_jobs, b.jobs));
        for s in Sector::ALL {
            set(Output::jobs_of(s), index(totals.jobs[s.index()], b.jobs));
        }
        let job_ratio = if working > 0.0 {
            total_jobs / working
        } else {
            0.0
        };
        set(Output::JobRatioIndex, index(job_ratio, b.jobs / b.working));
        let demand = self.base.floor_area_per_person * population;
        set(
            Output::HousingVacancyIndex,
            if demand > 0.0 {
                index(stock / demand, 1.0)
            } else {
                0.0
            },
        );
        set(
            Output::SchoolAgeIndex,
            index(both_sexes(pop, SCHOOL.0, SCHOOL.1), b.school),
        );
        set(
            Output::HospitalDemandIndex,
            index(population - old + self.hospital_weight * old, b.hospital),
        );
        set(
            Output::InfrastructureUtilisationIndex,
            index(totals.utilisation, REFERENCE_UTILISATION),
        );
        set(Output::FiscalPressureIndex, fiscal_pressure);
        set(Output::PolicyCostYuan, totals.cost);
    }
}

/// Records the age groups of year `t` (both sexes, and the men); returns
/// the residents.
fn record_age_groups(t: usize, pop: &SexAges, out: &mut Series) -> f64 {
    let mut population = 0.0;
    for (g, (male, female)) in pop[MALE].iter().zip(&pop[FEMALE]).enumerate() {
        let persons = male + female;
        out.age_groups[g][t] = persons;
        out.men[g][t] = *male;
        population += persons;
    }
    population
}
