//! Rows for the command line: `atlas project <adcode|name> [--scenario
//! <preset>] [--lever key=value[@target]]... [--bands] [--json]` prints
//! [`project_report`] (as a table with [`ProjectReport::to_text`] or as
//! JSON), `atlas scenarios` prints [`scenario_list`], `atlas backtest`
//! [`backtest_text`], `atlas sensitivity` [`sensitivity_text`].

use super::assumptions::Assumptions;
use super::levers::{LeverSetting, Target};
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
    /// 10 % and 90 % points of the population (with `--bands`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p10: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p90: Option<f64>,
}

/// A unit's projection under a preset.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectReport {
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
    pub level: Level,
    pub basis: CohortBasis,
    /// The preset's key, or "custom" for `--lever` settings.
    pub scenario: &'static str,
    pub levers: Vec<LeverSetting>,
    /// Monte Carlo draws behind the bands (0: no bands).
    pub draws: u32,
    pub rows: Vec<ProjectRow>,
}

/// Draws and seed of the command line's bands (the lab's seed).
pub const REPORT_DRAWS: u32 = 400;
pub const REPORT_SEED: u64 = 2026;

/// Why a projection could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportError {
    UnknownUnit(String),
    /// The name matches several units: their codes.
    AmbiguousName(String, Vec<u32>),
    NotProjected {
        code: u32,
        reason: super::prepared::NotProjected,
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
    project_report(prepared, unit, preset.key(), &preset.settings(), false)
}

/// The yearly series of a unit under any lever settings (a preset's, or
/// `--lever` ones added to it), with 10-90 % bands of the population if
/// asked ([`REPORT_DRAWS`] draws).
pub fn project_report(
    prepared: &PreparedData,
    unit: &str,
    scenario: &'static str,
    levers: &[LeverSetting],
    bands: bool,
) -> Result<ProjectReport, ReportError> {
    let u = find_unit(prepared, unit)?;
    if let CohortBasis::NoProjection { reason } = &u.basis {
        return Err(ReportError::NotProjected {
            code: u.code,
            reason: *reason,
        });
    }
    let draws = if bands { REPORT_DRAWS } else { 0 };
    let inputs = RunInputs {
        units: UnitSet::Codes {
            codes: vec![u.code],
        },
        levers: levers.to_vec(),
        assumptions: Assumptions::central(),
        seed: REPORT_SEED,
        draws,
    };
    let out = run(prepared, &inputs);
    let r = out
        .units
        .iter()
        .find(|r| r.code == u.code && r.level == u.level)
        .expect("a projected unit has a result");
    let pop = Output::Population.index();
    let rows = (0..YEARS)
        .map(|t| {
            let year = FIRST_YEAR + t as u32;
            let s = &r.scenario;
            ProjectRow {
                year,
                population: s.values[pop][t],
                working_age: s.values[Output::WorkingAge.index()][t],
                age60_share: s.values[Output::Age60Share.index()][t],
                jobs_index: s.values[Output::JobsIndex.index()][t],
                cost_yuan: s.values[Output::PolicyCostYuan.index()][t],
                baseline_population: r.baseline.values[pop][t],
                shrink_class: s.shrink_class(year),
                p10: r.bands.as_ref().map(|b| b.p10.values[pop][t]),
                p90: r.bands.as_ref().map(|b| b.p90.values[pop][t]),
            }
        })
        .collect();
    Ok(ProjectReport {
        code: u.code,
        name_zh: u.name_zh.clone(),
        name_en: u.name_en.clone(),
        level: u.level,
        basis: u.basis.clone(),
        scenario,
        levers: levers.to_vec(),
        draws,
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
            let band = match (r.p10, r.p90) {
                (Some(lo), Some(hi)) => format!(" [{lo:.0} - {hi:.0}]"),
                _ => String::new(),
            };
            out.push_str(&format!(
                "{:>4} {:>12.0} {:>12.0} {:>7.2} {:>7.1} {:>16.0} {:>12.0} {}{band}\n",
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

/// The back-test as a plain-text table with its summary.
pub fn backtest_text(bt: &super::backtest::Backtest) -> String {
    use super::backtest::{Role, Scores};
    let mut out = String::from(
        "The baseline against the year-end populations reported since the 2020 census.\n\
         Fitted: strong sources of 2021-2023. Held out: every figure of 2024. Provinces are sums of their prefectures.\n\n",
    );
    out.push_str(&format!(
        "{:>6} {:<12} {:>4} {:<8} {:>11} {:>11} {:>7} {:>23} {:>5} {:>8} {:>8}\n",
        "code",
        "unit",
        "year",
        "role",
        "reported",
        "projected",
        "error%",
        "10-90 % band",
        "band",
        "same%",
        "trend%"
    ));
    for r in &bt.rows {
        let role = match r.role {
            Role::Fitted => "fitted",
            Role::Weak => "weak",
            Role::HeldOut => "held out",
        };
        out.push_str(&format!(
            "{:>6} {:<12} {:>4} {:<8} {:>11.0} {:>11.0} {:>+7.2} {:>11.0}-{:<11.0} {:>5} {:>+8.2} {:>+8.2}\n",
            r.code,
            r.name_en,
            r.year,
            role,
            r.reported,
            r.projected,
            r.error_pct(),
            r.p10,
            r.p90,
            if r.in_band() { "in" } else { "out" },
            r.no_change_error_pct(),
            r.trend_error_pct()
        ));
    }
    let line = |name: &str, s: &Scores| {
        format!(
            "{name}: n {}, median |error| baseline {:.2} %, no change {:.2} %, 2010-2020 rate {:.2} %; max |error| baseline {:.2} %, no change {:.2} %, 2010-2020 rate {:.2} %; in band {:.0} %\n",
            s.baseline.n,
            s.baseline.median_abs,
            s.no_change.median_abs,
            s.trend.median_abs,
            s.baseline.max_abs,
            s.no_change.max_abs,
            s.trend.max_abs,
            100.0 * s.in_band_share
        )
    };
    out.push('\n');
    out.push_str(&line("fitted (prefecture level)", &bt.fitted));
    out.push_str(&line("held out (2024)", &bt.held_out));
    out
}

/// A sensitivity as a plain-text table, largest swing first.
pub fn sensitivity_text(s: &super::sensitivity::Sensitivity, name: &str) -> String {
    let mut out = format!(
        "{} {name}: {} in {} is {:.0} at central assumptions; each assumption at its low and high value, the others central\n",
        s.code,
        s.output.key(),
        s.year,
        s.central
    );
    out.push_str(&format!(
        "{:<34} {:<16} {:>14} {:>14} {:>14}\n",
        "assumption", "status", "at low", "at high", "swing"
    ));
    for w in &s.swings {
        out.push_str(&format!(
            "{:<34} {:<16} {:>14.1} {:>14.1} {:>14.1}\n",
            w.key.key(),
            w.basis.label(crate::Lang::En),
            w.at_low,
            w.at_high,
            w.swing
        ));
    }
    out
}
