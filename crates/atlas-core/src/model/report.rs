//! Rows for the command line, to be wired by the `atlas` CLI:
//! `atlas project <adcode|name> --scenario <preset> [--json]` prints
//! [`project_rows`] (as a table with [`ProjectReport::to_text`] or as JSON),
//! `atlas scenarios` prints [`scenario_list`].

use super::levers::Target;
use super::outputs::{Output, FIRST_YEAR, YEARS};
use super::prepared::{CohortBasis, PreparedData, PreparedUnit};
use super::presets::Preset;
use super::run::{run, RunInputs, UnitSet};
use crate::change::ShrinkClass;
use crate::dataset::Level;
use serde::Serialize;
use std::fmt;

/// One year of a projection.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectRow {
    pub year: u32,
    pub population: f64,
    /// Residents aged 15-59.
    pub working_age: f64,
    /// % of residents aged 60+.
    pub age60_share: f64,
    /// 2020 = 100.
    pub jobs_index: f64,
    /// Policy cost in the year (yuan).
    pub cost_yuan: f64,
    /// The baseline's population, for comparison.
    pub baseline_population: f64,
    /// Implied class (change since 2020 scaled to a decade); none in 2020.
    pub shrink_class: Option<ShrinkClass>,
}

/// A unit's projection under a preset.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectReport {
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
    pub level: Level,
    pub basis: CohortBasis,
    pub scenario: &'static str,
    pub rows: Vec<ProjectRow>,
}

/// Why a projection could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportError {
    UnknownUnit(String),
    /// The name matches several units: their codes.
    AmbiguousName(String, Vec<u32>),
    NotProjected {
        code: u32,
        reason: String,
    },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::UnknownUnit(q) => write!(f, "no unit with code or name {q:?}"),
            ReportError::AmbiguousName(q, codes) => {
                write!(f, "{q:?} names several units: {codes:?}; use a code")
            }
            ReportError::NotProjected { code, reason } => {
                write!(f, "unit {code} is not projected: {reason}")
            }
        }
    }
}

impl std::error::Error for ReportError {}

/// Finds a unit by six-digit code, Chinese name or English name (case
/// does not matter).
pub fn find_unit<'a>(
    prepared: &'a PreparedData,
    query: &str,
) -> Result<&'a PreparedUnit, ReportError> {
    let q = query.trim();
    if let Ok(code) = q.parse::<u32>() {
        return prepared
            .unit(code)
            .ok_or_else(|| ReportError::UnknownUnit(q.into()));
    }
    let matches: Vec<&PreparedUnit> = prepared
        .units
        .iter()
        .filter(|u| u.name_zh == q || u.name_en.eq_ignore_ascii_case(q))
        .collect();
    match matches[..] {
        [] => Err(ReportError::UnknownUnit(q.into())),
        [one] => Ok(one),
        // A prefecture and its own district may share a name: prefer the prefecture.
        _ => match matches
            .iter()
            .filter(|u| u.level == Level::Prefecture)
            .collect::<Vec<_>>()[..]
        {
            [one] => Ok(one),
            _ => Err(ReportError::AmbiguousName(
                q.into(),
                matches.iter().map(|u| u.code).collect(),
            )),
        },
    }
}

/// The yearly series 2020..2040 of a unit under a preset, at central
/// assumptions.
pub fn project_rows(
    prepared: &PreparedData,
    unit: &str,
    preset: Preset,
) -> Result<ProjectReport, ReportError> {
    let u = find_unit(prepared, unit)?;
    if let CohortBasis::NoProjection { reason } = &u.basis {
        return Err(ReportError::NotProjected {
            code: u.code,
            reason: reason.clone(),
        });
    }
    let inputs = RunInputs::new(
        UnitSet::Codes {
            codes: vec![u.code],
        },
        preset.settings(),
    );
    let out = run(prepared, &inputs);
    let r = out
        .units
        .iter()
        .find(|r| r.code == u.code && r.level == u.level)
        .expect("a projected unit has a result");
    let rows = (0..YEARS)
        .map(|t| {
            let year = FIRST_YEAR + t as u32;
            let s = &r.scenario;
            ProjectRow {
                year,
                population: s.values[Output::Population.index()][t],
                working_age: s.values[Output::WorkingAge.index()][t],
                age60_share: s.values[Output::Age60Share.index()][t],
                jobs_index: s.values[Output::JobsIndex.index()][t],
                cost_yuan: s.values[Output::PolicyCostYuan.index()][t],
                baseline_population: r.baseline.values[Output::Population.index()][t],
                shrink_class: s.shrink_class(year),
            }
        })
        .collect();
    Ok(ProjectReport {
        code: u.code,
        name_zh: u.name_zh.clone(),
        name_en: u.name_en.clone(),
        level: u.level,
        basis: u.basis.clone(),
        scenario: preset.key(),
        rows,
    })
}

impl ProjectReport {
    /// A plain-text table, one line a year.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{} {} ({}) - scenario {}\n{:>4} {:>12} {:>12} {:>7} {:>7} {:>16} {:>12} {}\n",
            self.code,
            self.name_zh,
            self.name_en,
            self.scenario,
            "year",
            "population",
            "working_age",
            "60+ %",
            "jobs",
            "cost_yuan",
            "baseline",
            "class"
        );
        for r in &self.rows {
            out.push_str(&format!(
                "{:>4} {:>12.0} {:>12.0} {:>7.2} {:>7.1} {:>16.0} {:>12.0} {}\n",
                r.year,
                r.population,
                r.working_age,
                r.age60_share,
                r.jobs_index,
                r.cost_yuan,
                r.baseline_population,
                r.shrink_class.map_or("-", |c| c.key())
            ));
        }
        out
    }
}

/// A lever setting of a preset, for listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ListedLever {
    pub key: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub value: f64,
    pub unit_en: &'static str,
    pub target: Target,
}

/// A preset with its levers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioListing {
    pub key: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub section: &'static str,
    pub description_en: &'static str,
    pub levers: Vec<ListedLever>,
}

/// Every preset with its levers (`atlas scenarios`).
pub fn scenario_list() -> Vec<ScenarioListing> {
    Preset::ALL
        .iter()
        .map(|p| ScenarioListing {
            key: p.key(),
            name_zh: p.name_zh(),
            name_en: p.name_en(),
            section: p.section(),
            description_en: p.description_en(),
            levers: p
                .settings()
                .iter()
                .map(|s| {
                    let d = s.lever.def();
                    ListedLever {
                        key: d.key_str,
                        name_zh: d.name_zh,
                        name_en: d.name_en,
                        value: s.value,
                        unit_en: d.unit_en,
                        target: s.target,
                    }
                })
                .collect(),
        })
        .collect()
}
