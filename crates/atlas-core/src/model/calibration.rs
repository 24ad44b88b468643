//! Calibration: how much of the 2010-2020 migration continues after the
//! census, fitted to the year-end populations reported for 2021-2023.
//!
//! One number per prefecture-level unit, its **migration level** (0 = no
//! net migration after 2020, 1 = the rates of 2010-2020 unchanged). Fitted
//! by least squares on log populations, in this order:
//!
//! 1. a unit with reported figures of its own in the fit years gets its own
//!    level (Bazhong, Kunming, ...);
//! 2. the other prefectures take the median of the own-fitted levels, and
//!    one yearly **shift** per province (a net migration rate added at every
//!    age) is fitted so that the province (the sum of all its prefectures,
//!    own-fitted ones as fitted) matches the province's reported figures.
//!    Why a shift and not a provincial level: Tibet's residents stayed flat
//!    in 2021-2023 against a natural increase of about one per cent a year;
//!    scaling the 2010-2020 flows to match would load the whole change onto
//!    the places that grew most then (Lhasa), a shift spreads it over
//!    residents;
//! 3. counties take their prefecture's level and shift with their own
//!    migration by age.
//!
//! Every figure of 2024 is held out (never fitted) for the back-test, and so
//! are weak sources ([`ReportedFigure::is_weak`]). Standard errors: for a
//! unit fitted on its own figures, the pooled residual scatter of all such
//! fits over the sensitivity of its path to the level (`s / sqrt(sum d^2)`),
//! at least [`MIN_OWN_SE_SHARE`] of the spread below and at most all of it;
//! for the others, the
//! robust spread of the own-fitted levels around their median (how far a
//! place can differ from the pool).

use super::assumptions::{AssumptionKey, Assumptions};
use super::baseline::{births, rates_with, totals_with, years_after_census};
use super::cohort_component::{age_one_year, total, SexAges, SexYears, ZERO};
use super::outputs::YEARS;
use super::prepared::{PreparedData, PreparedUnit, UnitBase};
use crate::bundle::ReportedFigure;
use crate::dataset::Level;
use serde::Serialize;
use std::collections::BTreeMap;

/// Years whose reported figures are fitted.
pub const FIT_YEARS: std::ops::RangeInclusive<u32> = 2021..=2023;
/// The held-out year of the back-test.
pub const HELD_OUT_YEAR: u32 = 2024;
/// The range searched for a level.
pub const LEVEL_RANGE: (f64, f64) = (-1.0, 2.0);
/// The range searched for a province's shift (yearly rate).
pub const SHIFT_RANGE: (f64, f64) = (-0.05, 0.05);
/// An own-fitted unit's standard error is at least this share of the spread
/// between units: two or three yearly figures, however close to a line, do
/// not pin a trend down more tightly than that (a judgement).
pub const MIN_OWN_SE_SHARE: f64 = 0.25;
/// Yearly values a fit projects (2020 .. 2024 and a little beyond).
const FIT_PATH: usize = 6;

/// How a unit's level was found.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum FitSource {
    /// Fitted to its own reported figures of these years.
    Own { years: Vec<u32> },
    /// The median own-fitted level and its province's shift, fitted to the
    /// province's figures of these years.
    Province { province: u32, years: Vec<u32> },
    /// No figure to fit (a bundle without reported figures): the 2010-2020
    /// rates continue (level 1).
    None,
}

/// The fitted level of one prefecture-level unit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelFit {
    pub code: u32,
    pub level: f64,
    pub se: f64,
    /// The province's shift (yearly rate; 0 for own fits).
    pub shift: f64,
    pub source: FitSource,
}

/// Everything the calibration found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Calibration {
    /// One per prefecture-level unit with a projection, by code.
    pub fits: Vec<LevelFit>,
    /// Pooled residual scatter of the own fits (log population).
    pub residual_sd: f64,
    /// Median of the own-fitted levels (the level of the others).
    pub pooled_level: f64,
    /// Robust spread of the own-fitted levels around it (1.4826 x the median
    /// absolute deviation): how far one place's level can be from the pool.
    pub spread_sd: f64,
    /// Reported figures of the fit years left out as weak: (code, year, kind).
    pub excluded: Vec<(u32, u32, String)>,
    /// Per prefecture, the yearly growth factors of its counties that make
    /// their sum follow the prefecture's baseline ([`align_counties`]).
    pub county_alignment: Vec<(u32, [f64; YEARS])>,
}

impl Calibration {
    /// The fit of a prefecture-level unit.
    pub fn fit(&self, code: u32) -> Option<&LevelFit> {
        self.fits
            .binary_search_by_key(&code, |f| f.code)
            .ok()
            .map(|i| &self.fits[i])
    }

    /// Writes the levels into the units (counties take their prefecture's).
    pub fn apply(&self, units: &mut [PreparedUnit]) {
        for unit in units {
            let owner = if unit.level == Level::County {
                unit.parent
            } else {
                Some(unit.code)
            };
            let fit = owner.and_then(|c| self.fit(c));
            if let (Some(base), Some(fit)) = (unit.base.as_mut(), fit) {
                base.migration_level = fit.level;
                base.migration_level_se = fit.se;
                base.migration_shift = fit.shift;
                if unit.level == Level::County {
                    if let Ok(i) = self
                        .county_alignment
                        .binary_search_by_key(&fit.code, |c| c.0)
                    {
                        base.alignment = self.county_alignment[i].1;
                    }
                }
            }
        }
    }
}

/// The reported figures that are fitted: strong sources of the fit years,
/// by (code, year); several pages with one figure count once, different
/// figures are averaged.
pub fn fit_targets(reported: &[ReportedFigure]) -> BTreeMap<(u32, u32), f64> {
    let mut sums: BTreeMap<(u32, u32), (f64, f64)> = BTreeMap::new();
    for r in reported
        .iter()
        .filter(|r| FIT_YEARS.contains(&r.year) && !r.is_weak())
    {
        let e = sums.entry((r.code, r.year)).or_default();
        e.0 += r.persons();
        e.1 += 1.0;
    }
    sums.into_iter().map(|(k, (sum, n))| (k, sum / n)).collect()
}

/// Baseline totals of a unit over the fit path at a level and shift
/// (central fertility).
fn path_with(data: &PreparedData, unit: &PreparedUnit, level: f64, shift: f64) -> [f64; FIT_PATH] {
    let mut out = [0.0; FIT_PATH];
    if let Some(base) = &unit.base {
        let fertility = Assumptions::central().get(AssumptionKey::FertilityAfter2020);
        totals_with(&data.survival, base, level, shift, fertility, &mut out);
    }
    out
}

fn path(data: &PreparedData, unit: &PreparedUnit, level: f64) -> [f64; FIT_PATH] {
    path_with(data, unit, level, 0.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    crate::order::sort_floats(&mut v);
    if v.is_empty() {
        0.0
    } else {
        super::run::quantile(&v, 0.5)
    }
}

fn read(path: &[f64], year: u32) -> f64 {
    super::baseline::at_time(path, years_after_census(year))
}

/// Minimises a function of one variable on [lo, hi] by golden-section search.
fn minimise(f: impl Fn(f64) -> f64, (mut lo, mut hi): (f64, f64)) -> f64 {
    let ratio = (5f64.sqrt() - 1.0) / 2.0;
    let (mut a, mut b) = (hi - ratio * (hi - lo), lo + ratio * (hi - lo));
    let (mut fa, mut fb) = (f(a), f(b));
    for _ in 0..48 {
        if fa <= fb {
            hi = b;
            b = a;
            fb = fa;
            a = hi - ratio * (hi - lo);
            fa = f(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + ratio * (hi - lo);
            fb = f(b);
        }
    }
    0.5 * (lo + hi)
}

/// A level moved by `z` standard errors, kept in the searched range (a
/// draw never goes where no fit could).
pub fn drawn_level(level: f64, se: f64, z: f64) -> f64 {
    (level + z * se).clamp(LEVEL_RANGE.0, LEVEL_RANGE.1)
}

/// Fits every level (see the module text).
pub fn calibrate(data: &PreparedData) -> Calibration {
    let targets = fit_targets(&data.reported);
    let excluded = data
        .reported
        .iter()
        .filter(|r| FIT_YEARS.contains(&r.year) && r.is_weak())
        .map(|r| (r.code, r.year, r.source_kind.clone()))
        .collect();
    let prefectures: Vec<&PreparedUnit> = data
        .units
        .iter()
        .filter(|u| u.level == Level::Prefecture && u.base.is_some())
        .collect();

    // 1. Own fits.
    let OwnFits {
        mut fits,
        residuals,
        sensitivity,
    } = fit_own_levels(data, &prefectures, &targets);

    // 2. The others: the pooled level and a shift per province.
    let own_levels: Vec<f64> = fits.values().map(|f| f.level).collect();
    let pooled_level = if own_levels.is_empty() {
        1.0
    } else {
        median(own_levels.clone())
    };
    let spread_sd = 1.4826
        * median(
            own_levels
                .iter()
                .map(|l| (l - pooled_level).abs())
                .collect(),
        );
    let pool = Pool {
        level: pooled_level,
        spread_sd,
    };
    fit_province_shifts(data, &prefectures, &targets, pool, &mut fits);

    // 3. Standard errors of the own fits.
    let residual_sd = if residuals.1 > 0.0 {
        (residuals.0 / residuals.1).sqrt()
    } else {
        0.0
    };
    set_own_standard_errors(&mut fits, &sensitivity, residual_sd, spread_sd);
    // Units with nothing to fit keep the 2010-2020 rates.
    for unit in &prefectures {
        let none = LevelFit {
            code: unit.code,
            level: 1.0,
            se: 0.0,
            shift: 0.0,
            source: FitSource::None,
        };
        fits.entry(unit.code).or_insert(none);
    }
    Calibration {
        fits: fits.into_values().collect(),
        residual_sd,
        pooled_level,
        spread_sd,
        excluded,
        county_alignment: Vec::new(),
    }
}

/// The fit target years of a code, in order.
fn target_years(targets: &BTreeMap<(u32, u32), f64>, code: u32) -> Vec<u32> {
    targets
        .keys()
        .filter(|(c, _)| *c == code)
        .map(|(_, y)| *y)
        .collect()
}

/// The units fitted to their own figures, and what their standard errors
/// need.
struct OwnFits {
    fits: BTreeMap<u32, LevelFit>,
    /// (sum of squares, degrees of freedom) of the fits' residuals.
    residuals: (f64, f64),
    /// Per unit, the squared slope of its log path in its level, summed
    /// over its fitted years.
    sensitivity: BTreeMap<u32, f64>,
}

/// Step 1: each unit with figures of its own, fitted to them alone.
fn fit_own_levels(
    data: &PreparedData,
    prefectures: &[&PreparedUnit],
    targets: &BTreeMap<(u32, u32), f64>,
) -> OwnFits {
    let mut fits: BTreeMap<u32, LevelFit> = BTreeMap::new();
    let mut residuals = (0.0, 0.0); // (sum of squares, degrees of freedom)
    let mut sensitivity: BTreeMap<u32, f64> = BTreeMap::new();
    for unit in prefectures {
        let years = target_years(targets, unit.code);
        if years.is_empty() {
            continue;
        }
        let loss = |level: f64| {
            let p = path(data, unit, level);
            years
                .iter()
                .map(|y| (read(&p, *y) / targets[&(unit.code, *y)]).ln().powi(2))
                .sum::<f64>()
        };
        let level = minimise(loss, LEVEL_RANGE);
        residuals.0 += loss(level);
        residuals.1 += years.len() as f64 - 1.0;
        let h = 1e-3;
        let (up, down) = (path(data, unit, level + h), path(data, unit, level - h));
        let d2: f64 = years
            .iter()
            .map(|y| ((read(&up, *y) / read(&down, *y)).ln() / (2.0 * h)).powi(2))
            .sum();
        sensitivity.insert(unit.code, d2);
        fits.insert(
            unit.code,
            LevelFit {
                code: unit.code,
                level,
                se: 0.0,
                shift: 0.0,
                source: FitSource::Own { years },
            },
        );
    }
    OwnFits {
        fits,
        residuals,
        sensitivity,
    }
}

/// The pooled level of the units without figures and its spread.
#[derive(Clone, Copy)]
struct Pool {
    level: f64,
    spread_sd: f64,
}

/// Step 2: in each province with figures, its units without their own take
/// the pooled level and one shift, fitted so that the province's units add
/// up to its figures.
fn fit_province_shifts(
    data: &PreparedData,
    prefectures: &[&PreparedUnit],
    targets: &BTreeMap<(u32, u32), f64>,
    pool: Pool,
    fits: &mut BTreeMap<u32, LevelFit>,
) {
    let mut provinces: Vec<u32> = prefectures.iter().map(|u| u.province).collect();
    provinces.dedup();
    for province in provinces {
        let members: Vec<&&PreparedUnit> = prefectures
            .iter()
            .filter(|u| u.province == province)
            .collect();
        let rest: Vec<&&PreparedUnit> = members
            .iter()
            .copied()
            .filter(|u| !fits.contains_key(&u.code))
            .collect();
        let years = target_years(targets, province);
        if rest.is_empty() || years.is_empty() {
            continue;
        }
        let own_sum: Vec<f64> = years
            .iter()
            .map(|y| {
                members
                    .iter()
                    .filter_map(|u| fits.get(&u.code).map(|f| read(&path(data, u, f.level), *y)))
                    .sum::<f64>()
            })
            .collect();
        let loss = |shift: f64| {
            let mut sums = own_sum.clone();
            for u in &rest {
                let p = path_with(data, u, pool.level, shift);
                for (s, y) in sums.iter_mut().zip(&years) {
                    *s += read(&p, *y);
                }
            }
            sums.iter()
                .zip(&years)
                .map(|(s, y)| (s / targets[&(province, *y)]).ln().powi(2))
                .sum::<f64>()
        };
        let shift = minimise(loss, SHIFT_RANGE);
        for u in rest {
            let source = FitSource::Province {
                province,
                years: years.clone(),
            };
            fits.insert(
                u.code,
                LevelFit {
                    code: u.code,
                    level: pool.level,
                    se: pool.spread_sd,
                    shift,
                    source,
                },
            );
        }
    }
}

/// Step 3: each own fit's standard error from the pooled residual scatter
/// and its sensitivity, between a share of the spread and the spread.
fn set_own_standard_errors(
    fits: &mut BTreeMap<u32, LevelFit>,
    sensitivity: &BTreeMap<u32, f64>,
    residual_sd: f64,
    spread_sd: f64,
) {
    for fit in fits.values_mut() {
        if let FitSource::Own { .. } = fit.source {
            let d2 = sensitivity[&fit.code];
            let from_scatter = if d2 > 0.0 {
                residual_sd / d2.sqrt()
            } else {
                spread_sd
            };
            // Never less certain than a unit without figures of its own.
            fit.se = from_scatter
                .max(MIN_OWN_SE_SHARE * spread_sd)
                .min(spread_sd);
        }
    }
}

/// The yearly factors that make the counties of each prefecture add up to
/// the prefecture's baseline, every year (raking by a migration shift).
/// Counties take their prefecture's level and shift with their own
/// migration by age; compounding over twenty years would make their sum
/// drift from the prefecture's path where the level is far from 1 (a level
/// of 1.7 amplifies a district's in-migration year after year; moves within
/// the prefecture cancel in the prefecture's own rates but not in its
/// counties'). Each year one factor multiplies the growth of every cell of
/// every county of the prefecture (a net migration rate ln f added at every
/// age) and is solved exactly: the aged residents A scale by f, the newborns
/// B (half a year of growth) by sqrt f, so A x^2 + B x = target with x = sqrt f.
pub fn align_counties(data: &PreparedData, calibration: &Calibration) -> Vec<(u32, [f64; YEARS])> {
    let fertility = Assumptions::central().get(AssumptionKey::FertilityAfter2020);
    let mut out = Vec::new();
    for pref in data.units.iter().filter(|u| u.level == Level::Prefecture) {
        let (Some(base), Some(fit)) = (&pref.base, calibration.fit(pref.code)) else {
            continue;
        };
        let mut target = [0.0; YEARS];
        totals_with(
            &data.survival,
            base,
            fit.level,
            fit.shift,
            fertility,
            &mut target,
        );
        let counties: Vec<&UnitBase> = data
            .units
            .iter()
            .filter(|u| u.parent == Some(pref.code))
            .filter_map(|u| u.base.as_ref())
            .collect();
        if counties.is_empty() {
            continue;
        }
        let growth: Vec<SexAges> = counties
            .iter()
            .map(|c| {
                rates_with(&data.survival, c, fit.level, fit.shift).map(|sex| sex.map(f64::exp))
            })
            .collect();
        let mut pops: Vec<SexYears> = counties.iter().map(|c| c.start).collect();
        let mut factors = [1.0; YEARS];
        for (t, factor) in factors.iter_mut().enumerate().skip(1) {
            let (mut aged, mut newborn) = (0.0, 0.0);
            let born: Vec<[f64; 2]> = counties
                .iter()
                .zip(&pops)
                .map(|(c, p)| births(c, fertility, p))
                .collect();
            for ((pop, g), b) in pops.iter().zip(&growth).zip(&born) {
                let mut next = *pop;
                let mut groups = ZERO;
                age_one_year(&mut next, g, 1.0, [0.0, 0.0], &mut groups);
                aged += total(&groups);
                newborn += b[0] * g[0][0].sqrt() + b[1] * g[1][0].sqrt();
            }
            let x = if aged > 0.0 {
                (-newborn + (newborn * newborn + 4.0 * aged * target[t]).sqrt()) / (2.0 * aged)
            } else {
                1.0
            };
            *factor = x * x;
            for ((pop, g), b) in pops.iter_mut().zip(&growth).zip(&born) {
                let mut groups = ZERO;
                age_one_year(pop, g, *factor, *b, &mut groups);
            }
        }
        out.push((pref.code, factors));
    }
    out
}
