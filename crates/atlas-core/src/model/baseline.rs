//! The demographic baseline shared by the engine, the calibration and the
//! back-test: yearly rates = survival + level x the 2010-2020 net
//! migration + the province's shift, births = births per woman x fertility factor x women 15-49.
//! One definition, so the calibration fits exactly the path the app shows.

use super::cohort_component::{
    age_one_year, to_groups, total, women_15_49, SexAges, SexYears, ZERO,
};
use super::prepared::UnitBase;

/// Yearly rates of change by sex and group with no lever: survival plus the
/// migration rates of 2010-2020 at `level` (1 = as in 2010-2020, 0 = none)
/// plus the unit's shift.
pub fn baseline_rates(survival: &SexAges, base: &UnitBase, level: f64) -> SexAges {
    rates_with(survival, base, level, base.migration_shift)
}

/// The same with a given shift (the calibration tries several).
pub fn rates_with(survival: &SexAges, base: &UnitBase, level: f64, shift: f64) -> SexAges {
    let mut out = ZERO;
    for (sex, row) in out.iter_mut().enumerate() {
        for (g, r) in row.iter_mut().enumerate() {
            *r = survival[sex][g] + level * base.migration[sex][g] + shift;
        }
    }
    out
}

/// Boys and girls born in a year that starts with `pop`.
pub fn births(base: &UnitBase, fertility: f64, pop: &SexYears) -> [f64; 2] {
    let b = base.births_per_woman * fertility * women_15_49(pop);
    [b * base.boys_share, b * (1.0 - base.boys_share)]
}

/// Total residents 0, 1, .., `out.len() - 1` years after the census with no
/// lever, at a migration level and fertility factor.
pub fn baseline_totals(
    survival: &SexAges,
    base: &UnitBase,
    level: f64,
    fertility: f64,
    out: &mut [f64],
) {
    totals_with(survival, base, level, base.migration_shift, fertility, out)
}

/// The same with a given shift.
pub fn totals_with(
    survival: &SexAges,
    base: &UnitBase,
    level: f64,
    shift: f64,
    fertility: f64,
    out: &mut [f64],
) {
    let growth = rates_with(survival, base, level, shift).map(|sex| sex.map(f64::exp));
    let mut pop = base.start;
    let mut groups = to_groups(&pop);
    for (t, slot) in out.iter_mut().enumerate() {
        if t > 0 {
            let born = births(base, fertility, &pop);
            age_one_year(&mut pop, &growth, base.alignment[t], born, &mut groups);
        }
        *slot = total(&groups);
    }
}

/// Years from the census (1 November 2020) to 31 December of `year`.
pub fn years_after_census(year: u32) -> f64 {
    year as f64 - 2020.0 + 2.0 / 12.0
}

/// A yearly path read at a fractional time `t` (years after the census):
/// geometric between the neighbouring years (constant growth within a year).
pub fn at_time(path: &[f64], t: f64) -> f64 {
    let lo = (t.floor().max(0.0) as usize).min(path.len() - 1);
    let hi = (lo + 1).min(path.len() - 1);
    let f = t - lo as f64;
    if path[lo] > 0.0 && path[hi] > 0.0 {
        path[lo] * (path[hi] / path[lo]).powf(f)
    } else {
        path[lo] + f * (path[hi] - path[lo])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_a_path_between_years() {
        let path = [100.0, 110.0, 121.0];
        assert_eq!(at_time(&path, 0.0), 100.0);
        assert!((at_time(&path, 1.5) - 110.0 * 1.1f64.sqrt()).abs() < 1e-9);
        assert_eq!(at_time(&path, 2.0), 121.0);
        assert!((years_after_census(2023) - 19.0 / 6.0).abs() < 1e-12);
    }
}
