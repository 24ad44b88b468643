//! How good is the baseline? Every reported year-end population against the
//! baseline projection from the 2020 census, with two naive forecasts
//! beside it (no change since the census; the 2010-2020 yearly rate
//! continued) and the baseline's 10-90 % band. Figures of 2021-2023 from
//! strong sources were fitted ([`calibration`](super::calibration)); those of
//! 2024 are held out and are the real test. Provinces are the sums of their
//! prefectures. The methods page, `atlas backtest` and the tests all read
//! this one table.

use super::assumptions::{AssumptionKey, Assumptions};
use super::baseline::{at_time, baseline_totals, years_after_census};
use super::calibration::{drawn_level, FIT_YEARS, HELD_OUT_YEAR};
use super::prepared::{PreparedData, PreparedUnit};
use super::rng::SplitMix64;
use super::run::quantile;
use super::track_record::{reported_points, ReportedPoint};
use crate::bundle::{is_weak_source_kind, Bundle};
use crate::dataset::Level;
use serde::Serialize;

/// Monte Carlo draws of the back-test's bands, and their seed (the lab's).
pub const BACKTEST_DRAWS: u32 = 400;
pub const BACKTEST_SEED: u64 = 2026;
/// Yearly values projected (2020 .. 2025).
const PATH: usize = 6;

/// What a reported figure is in the back-test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Fitted (a strong source of 2021-2023).
    Fitted,
    /// A weak source of 2021-2023: shown, not fitted.
    Weak,
    /// A figure of 2024: never fitted.
    HeldOut,
}

/// Where a figure was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Page {
    pub title: String,
    pub url: String,
    pub kind: String,
}

/// One distinct reported figure of a unit and year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BacktestRow {
    pub code: u32,
    pub name_zh: String,
    pub name_en: String,
    /// A province (the sum of its prefectures); Chongqing counts as both.
    pub province: bool,
    pub year: u32,
    pub role: Role,
    /// Persons.
    pub reported: f64,
    pub projected: f64,
    pub p10: f64,
    pub p90: f64,
    /// Census 2020 total (the "no change" forecast).
    pub no_change: f64,
    /// 2010-2020 yearly rate continued.
    pub trend: f64,
    /// Every page that gives this figure.
    pub pages: Vec<Page>,
}

/// Signed error in % of the reported figure.
pub fn error_pct(forecast: f64, reported: f64) -> f64 {
    100.0 * (forecast / reported - 1.0)
}

impl BacktestRow {
    /// The unit's name in the reader's language.
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.name_zh,
            crate::Lang::En => &self.name_en,
        }
    }

    pub fn error_pct(&self) -> f64 {
        error_pct(self.projected, self.reported)
    }
    pub fn no_change_error_pct(&self) -> f64 {
        error_pct(self.no_change, self.reported)
    }
    pub fn trend_error_pct(&self) -> f64 {
        error_pct(self.trend, self.reported)
    }
    pub fn in_band(&self) -> bool {
        (self.p10..=self.p90).contains(&self.reported)
    }
    /// A weak source (whatever its year).
    pub fn weak(&self) -> bool {
        self.pages.iter().all(|p| is_weak_source_kind(&p.kind))
    }
}

/// Median and maximum absolute error (%) of a set of rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ErrorStats {
    pub n: usize,
    pub median_abs: f64,
    pub max_abs: f64,
}

impl ErrorStats {
    pub fn of(errors: impl Iterator<Item = f64>) -> ErrorStats {
        let mut abs: Vec<f64> = errors.map(f64::abs).collect();
        crate::order::sort_floats(&mut abs);
        if abs.is_empty() {
            return ErrorStats::default();
        }
        ErrorStats {
            n: abs.len(),
            median_abs: quantile(&abs, 0.5),
            max_abs: abs[abs.len() - 1],
        }
    }
}

/// The summary of one set of rows for the three forecasts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    pub baseline: ErrorStats,
    pub no_change: ErrorStats,
    pub trend: ErrorStats,
    /// Share of the reported figures inside the baseline's 10-90 % band.
    pub in_band_share: f64,
}

impl Scores {
    pub fn of(rows: &[&BacktestRow]) -> Scores {
        let inside = rows.iter().filter(|r| r.in_band()).count();
        Scores {
            baseline: ErrorStats::of(rows.iter().map(|r| r.error_pct())),
            no_change: ErrorStats::of(rows.iter().map(|r| r.no_change_error_pct())),
            trend: ErrorStats::of(rows.iter().map(|r| r.trend_error_pct())),
            in_band_share: if rows.is_empty() {
                0.0
            } else {
                inside as f64 / rows.len() as f64
            },
        }
    }
}

/// The whole back-test.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Backtest {
    pub rows: Vec<BacktestRow>,
    /// Prefecture-level figures of the fit years (fitted ones).
    pub fitted: Scores,
    /// Every figure of the held-out year.
    pub held_out: Scores,
}

impl Backtest {
    pub fn held_out_rows(&self) -> Vec<&BacktestRow> {
        self.rows
            .iter()
            .filter(|r| r.role == Role::HeldOut)
            .collect()
    }
}

/// Runs the back-test of the prepared (calibrated) model.
pub fn backtest(data: &PreparedData, bundle: &Bundle) -> Backtest {
    let prefectures: Vec<_> = data
        .units
        .iter()
        .filter(|u| u.level == Level::Prefecture && u.base.is_some())
        .collect();
    let draws: Vec<Assumptions> = (0..BACKTEST_DRAWS)
        .map(|d| Assumptions::sample(&mut SplitMix64::for_draw(BACKTEST_SEED, d)))
        .collect();
    let paths = Paths {
        by_unit: baseline_paths(data, &prefectures, &draws),
        draws: draws.len(),
    };

    // Distinct figures by (code, year, value), with all their pages: the
    // points the charts show.
    let mut codes: Vec<u32> = data.reported.iter().map(|r| r.code).collect();
    codes.dedup();
    let figures = codes.into_iter().flat_map(|code| {
        reported_points(&data.reported, code)
            .into_iter()
            .map(move |p| (code, p))
    });

    let rows: Vec<BacktestRow> = figures
        .filter_map(|(code, point)| backtest_row(bundle, &prefectures, &paths, code, point))
        .collect();
    let fitted: Vec<&BacktestRow> = rows
        .iter()
        .filter(|r| r.role == Role::Fitted && (!r.province || r.code == 500000))
        .collect();
    let held: Vec<&BacktestRow> = rows.iter().filter(|r| r.role == Role::HeldOut).collect();
    let (fitted, held_out) = (Scores::of(&fitted), Scores::of(&held));
    Backtest {
        rows,
        fitted,
        held_out,
    }
}

/// The baseline population path of every prefecture under each set of
/// assumptions.
struct Paths {
    /// `by_unit[unit][draw + 1]`, draw 0 = central.
    by_unit: Vec<Vec<[f64; PATH]>>,
    /// Monte Carlo draws after the central run.
    draws: usize,
}

/// The baseline paths of the prefectures at central assumptions, then at
/// each draw.
fn baseline_paths(
    data: &PreparedData,
    prefectures: &[&PreparedUnit],
    draws: &[Assumptions],
) -> Vec<Vec<[f64; PATH]>> {
    let central = Assumptions::central();
    prefectures
        .iter()
        .map(|u| {
            let base = u.base.as_ref().expect("filtered");
            std::iter::once(&central)
                .chain(draws)
                .map(|a| {
                    let z = a.get(AssumptionKey::MigrationCalibration);
                    let level = drawn_level(base.migration_level, base.migration_level_se, z);
                    let mut p = [0.0; PATH];
                    baseline_totals(
                        &data.survival,
                        base,
                        level,
                        a.get(AssumptionKey::FertilityAfter2020),
                        &mut p,
                    );
                    p
                })
                .collect()
        })
        .collect()
}

/// One figure against the projections of its unit (a province: of its
/// prefectures); `None` if no projected unit or census figure covers it.
fn backtest_row(
    bundle: &Bundle,
    prefectures: &[&PreparedUnit],
    paths: &Paths,
    code: u32,
    point: ReportedPoint,
) -> Option<BacktestRow> {
    let year = point.year;
    let is_province = bundle.province(code).is_some();
    let members: Vec<usize> = prefectures
        .iter()
        .enumerate()
        .filter(|(_, u)| {
            if u.code == code {
                true
            } else {
                is_province && u.province == code
            }
        })
        .map(|(i, _)| i)
        .collect();
    if members.is_empty() {
        return None;
    }
    let t = years_after_census(year);
    let sum_at = |draw: usize| {
        members
            .iter()
            .map(|i| at_time(&paths.by_unit[*i][draw], t))
            .sum::<f64>()
    };
    let mut drawn: Vec<f64> = (1..=paths.draws).map(sum_at).collect();
    crate::order::sort_floats(&mut drawn);
    let census = |f: &dyn Fn(&crate::dataset::Unit) -> Option<f64>| -> Option<f64> {
        members
            .iter()
            .map(|i| {
                bundle
                    .unit_at(Level::Prefecture, prefectures[*i].code)
                    .and_then(f)
            })
            .sum()
    };
    let p2020 = census(&|u| u.y2020.pop.map(|p| p as f64))?;
    let p2010 = census(&|u| u.y2010.as_ref()?.pop.map(|p| p as f64))?;
    let (name_zh, name_en) = figure_names(bundle, prefectures, code);
    Some(BacktestRow {
        code,
        name_zh,
        name_en,
        province: is_province,
        year,
        role: role_of(year, point.weak),
        reported: point.persons,
        projected: sum_at(0),
        p10: quantile(&drawn, 0.1),
        p90: quantile(&drawn, 0.9),
        no_change: p2020,
        trend: p2020 * (p2020 / p2010).powf(t / 10.0),
        pages: point.pages.into_iter().map(|s| s.page).collect(),
    })
}

/// A figure's role: held out (2024), fitted (a strong source of a fit
/// year) or weak.
fn role_of(year: u32, weak: bool) -> Role {
    if year == HELD_OUT_YEAR {
        Role::HeldOut
    } else if FIT_YEARS.contains(&year) && !weak {
        Role::Fitted
    } else {
        Role::Weak
    }
}

/// The names of a figure's place: a province's (Chongqing is named as the
/// prefecture-level unit it also is), else the prefecture's.
fn figure_names(bundle: &Bundle, prefectures: &[&PreparedUnit], code: u32) -> (String, String) {
    match bundle.province(code).filter(|_| code != 500000) {
        Some(p) => (p.name_zh.clone(), p.name_en.clone()),
        None => {
            let u = prefectures
                .iter()
                .find(|u| u.code == code)
                .expect("a member");
            (u.name_zh.clone(), u.name_en.clone())
        }
    }
}
