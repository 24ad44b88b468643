//! # The projection and policy model
//!
//! A scenario tool built on two censuses and the figures reported since,
//! not a forecast. For every prefecture and county of the region it projects
//! residents by sex and age year by year from 2020 to 2040 (a cohort-component
//! projection whose migration level is fitted to the reported figures of
//! 2021-2023 and back-tested on those of 2024), and turns the paper's
//! strategies (section 3) into twelve levers whose effects, costs and
//! uncertainty can be compared.
//!
//! - [`prepared`]: the inputs, prepared once from the bundle (yearly rates,
//!   the 2010-2020 net migration against the national rates, 2020 bases);
//! - [`cohort_component`], [`baseline`]: the cohort arithmetic and the
//!   demographic baseline;
//! - [`calibration`], [`backtest`]: the fitted migration levels and the
//!   track record against the reported figures;
//! - [`levers`], [`tiers`], [`presets`]: the policy side;
//! - [`assumptions`]: every other number, with low / central / high values;
//! - [`simulate`](self) (private) and [`run()`]: the engine and its one call;
//!   `lever_effects` (private): what each lever does in the engine;
//! - [`compare`](mod@compare): several scenarios side by side, wedges, cost per resident;
//! - [`feedback`], [`methods`]: the loop diagram and the methods text,
//!   generated from the same definitions;
//! - [`report`]: rows for the command line (`atlas project`, `atlas
//!   scenarios`).
//!
//! ```
//! # use atlas_core::model::*;
//! # fn demo(prepared: &PreparedData) {
//! let inputs = RunInputs::new(UnitSet::Codes { codes: vec![511900] }, Preset::PeopleLed.settings());
//! let out = run(prepared, &inputs);
//! let bazhong = out.unit(511900).unwrap();
//! let pop_2040 = bazhong.scenario.get(Output::Population, 2040);
//! # let _ = pop_2040;
//! # }
//! ```

pub mod assumptions;
pub mod backtest;
pub mod baseline;
pub mod calibration;
pub mod cohort_component;
pub mod compare;
pub mod feedback;
mod lever_effects;
pub mod levers;
pub mod methods;
pub mod outputs;
pub mod prepared;
pub mod presets;
pub mod report;
pub mod rng;
mod run;
pub mod sensitivity;
mod simulate;
pub mod tiers;
pub mod track_record;

#[cfg(test)]
mod properties;
#[cfg(test)]
pub(crate) mod synthetic;

pub use assumptions::{AssumptionKey, Assumptions, ASSUMPTIONS};
pub use compare::{compare, Comparison, ScenarioComparison};
pub use lever_effects::LOGISTICS_PENALTY_PCT;
pub use levers::{Family, LeverKey, LeverSetting, Target, LEVERS};
pub use outputs::{
    Bands, Output, RunOutputs, Series, Skipped, UnitResult, FIRST_YEAR, LAST_YEAR, YEARS,
};
pub use prepared::{BorrowReason, CohortBasis, NotProjected, PreparedData, PreparedUnit, Sector};
pub use presets::Preset;
pub use run::{quantile, run, run_into, RunInputs, UnitSet};
pub use simulate::REFERENCE_UTILISATION;
pub use tiers::RoleTier;
