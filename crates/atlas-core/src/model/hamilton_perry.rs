//! The cohort-change-ratio (Hamilton-Perry) arithmetic on age-sex tables:
//! ratios from two censuses, child-woman ratios, one ten-year projection
//! step and yearly interpolation between steps. Pure functions on fixed-size
//! arrays, so a whole-region run allocates nothing here.
//!
//! Reference: Hamilton & Perry (1962), "A short method for projecting
//! population by age from one decennial census to another", Social Forces
//! 41(2); Swanson, Schlottmann & Schmidt (2010), "Forecasting the population
//! of census tracts by age and sex", Population Research and Policy Review
//! 29(1), for the child-woman ratios and the open age group.

use crate::dataset::{AgeSex, AGE_GROUPS};

/// Persons (or ratios) by sex and five-year age group: `[male, female]`,
/// groups 0-4 .. 80-84, 85+.
pub type SexAges = [[f64; AGE_GROUPS]; 2];

pub const MALE: usize = 0;
pub const FEMALE: usize = 1;
/// The census interval and the projection step, in years.
pub const STEP_YEARS: usize = 10;
/// Age groups are five years wide, so a ten-year step moves a cohort two groups.
pub const GROUP_SHIFT: usize = 2;
/// Index of the open group 85+.
pub const OPEN_GROUP: usize = AGE_GROUPS - 1;

/// An all-zero table.
pub const ZERO: SexAges = [[0.0; AGE_GROUPS]; 2];

/// Converts census counts to floating point.
pub fn from_age_sex(counts: &AgeSex) -> SexAges {
    [counts.male.map(|x| x as f64), counts.female.map(|x| x as f64)]
}

/// Persons of both sexes in groups `from..to`.
pub fn both_sexes(table: &SexAges, from: usize, to: usize) -> f64 {
    (from..to).map(|g| table[MALE][g] + table[FEMALE][g]).sum()
}

/// Total of a table, summed group by group (male + female of each group,
/// then over groups): the same order as the by-age output, so the total
/// equals the sum of the age groups to the last bit.
pub fn total(table: &SexAges) -> f64 {
    both_sexes(table, 0, AGE_GROUPS)
}

/// The population that, ten years earlier, fed target group `g` (g >= 2):
/// group g-2, or for the open group 85+ the groups 75-79, 80-84 and 85+.
pub fn feeding_population(start: &[f64; AGE_GROUPS], g: usize) -> f64 {
    if g == OPEN_GROUP {
        start[OPEN_GROUP - 2] + start[OPEN_GROUP - 1] + start[OPEN_GROUP]
    } else {
        start[g - GROUP_SHIFT]
    }
}

/// Cohort change ratios CCR(g) = P(g, t+10) / P(g-2, t), indexed by the
/// target group g; groups 0-4 and 5-9 (born after t) are `None`, and so is a
/// ratio whose feeding cohort is empty.
pub fn cohort_change_ratios(earlier: &SexAges, later: &SexAges) -> [[Option<f64>; AGE_GROUPS]; 2] {
    let mut out = [[None; AGE_GROUPS]; 2];
    for sex in [MALE, FEMALE] {
        for g in GROUP_SHIFT..AGE_GROUPS {
            let base = feeding_population(&earlier[sex], g);
            if base > 0.0 {
                out[sex][g] = Some(later[sex][g] / base);
            }
        }
    }
    out
}

/// Children per woman of the matching ages, observed at the launch census,
/// and the sex composition of the children.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildWomanRatios {
    /// Children 0-4 per woman aged 15-49.
    pub under_5: f64,
    /// Children 5-9 per woman aged 20-54 (the women who were 15-49 five
    /// years earlier).
    pub age_5_9: f64,
    /// Boys' share of children 0-4 and of children 5-9.
    pub male_share: [f64; 2],
}

/// Women 15-49: groups 3..=9.
const WOMEN_15_49: (usize, usize) = (3, 10);
/// Women 20-54: groups 4..=10.
const WOMEN_20_54: (usize, usize) = (4, 11);

fn women(table: &SexAges, (from, to): (usize, usize)) -> f64 {
    table[FEMALE][from..to].iter().sum()
}

/// The child-woman ratios of a table; `None` if it has no women of
/// childbearing age or no children (nothing to apply).
pub fn child_woman_ratios(table: &SexAges) -> Option<ChildWomanRatios> {
    let w_15_49 = women(table, WOMEN_15_49);
    let w_20_54 = women(table, WOMEN_20_54);
    let kids = [table[MALE][0] + table[FEMALE][0], table[MALE][1] + table[FEMALE][1]];
    if w_15_49 <= 0.0 || w_20_54 <= 0.0 || kids[0] <= 0.0 || kids[1] <= 0.0 {
        return None;
    }
    Some(ChildWomanRatios {
        under_5: kids[0] / w_15_49,
        age_5_9: kids[1] / w_20_54,
        male_share: [table[MALE][0] / kids[0], table[MALE][1] / kids[1]],
    })
}

/// One ten-year step: every cohort aged 0+ moves up two groups at its
/// (effective) change ratio, `arrivals` are added at the end of the step,
/// then the children 0-9 follow from the women of the end of the step.
/// `ccr[sex][g]` must be set for g >= 2; groups 0 and 1 are ignored.
pub fn project_step(start: &SexAges, ccr: &SexAges, arrivals: &SexAges, cwr: &ChildWomanRatios) -> SexAges {
    let mut end = ZERO;
    for sex in [MALE, FEMALE] {
        for g in GROUP_SHIFT..AGE_GROUPS {
            end[sex][g] = feeding_population(&start[sex], g) * ccr[sex][g] + arrivals[sex][g];
        }
    }
    let births = [cwr.under_5 * women(&end, WOMEN_15_49), cwr.age_5_9 * women(&end, WOMEN_20_54)];
    for (g, kids) in births.into_iter().enumerate() {
        end[MALE][g] = kids * cwr.male_share[g] + arrivals[MALE][g];
        end[FEMALE][g] = kids * (1.0 - cwr.male_share[g]) + arrivals[FEMALE][g];
    }
    end
}

/// Yearly tables between two steps: `years[k]` for k = 0..=10 years after
/// `start`. Each sex-age group moves geometrically (constant yearly rate),
/// the usual way to fill in a ten-year step; a group that is zero at either
/// end moves linearly instead (a geometric path cannot leave or reach zero).
/// The ends are copied exactly.
pub fn interpolate_step(start: &SexAges, end: &SexAges, years: &mut [SexAges; STEP_YEARS + 1]) {
    for sex in [MALE, FEMALE] {
        for g in 0..AGE_GROUPS {
            let (a, b) = (start[sex][g], end[sex][g]);
            if a > 0.0 && b > 0.0 {
                let yearly = (b / a).powf(1.0 / STEP_YEARS as f64);
                let mut x = a;
                for year in years.iter_mut().take(STEP_YEARS) {
                    year[sex][g] = x;
                    x *= yearly;
                }
            } else {
                for (k, year) in years.iter_mut().enumerate().take(STEP_YEARS) {
                    year[sex][g] = a + (b - a) * k as f64 / STEP_YEARS as f64;
                }
            }
            years[STEP_YEARS][sex][g] = b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny synthetic unit: 100 persons in every group and sex in 2010,
    /// with a few hand-set 2020 groups.
    fn flat(value: f64) -> SexAges {
        [[value; AGE_GROUPS]; 2]
    }

    #[test]
    fn ratios_by_hand() {
        let earlier = flat(100.0);
        let mut later = flat(100.0);
        later[MALE][4] = 80.0; // 20-24 in 2020 from 10-14 in 2010: 80 / 100
        later[FEMALE][OPEN_GROUP] = 150.0; // 85+ from 75+: 150 / 300
        let ccr = cohort_change_ratios(&earlier, &later);
        assert_eq!(ccr[MALE][0], None);
        assert_eq!(ccr[MALE][1], None);
        assert_eq!(ccr[MALE][4], Some(0.8));
        assert_eq!(ccr[FEMALE][OPEN_GROUP], Some(0.5));
        assert_eq!(ccr[FEMALE][5], Some(1.0));
        let mut empty = earlier;
        empty[MALE][2] = 0.0;
        assert_eq!(cohort_change_ratios(&empty, &later)[MALE][4], None);
    }

    #[test]
    fn child_woman_ratios_by_hand() {
        let mut t = flat(100.0);
        // 7 groups of women 15-49 x 100 = 700; children 0-4: 60 boys + 80 girls.
        t[MALE][0] = 60.0;
        t[FEMALE][0] = 80.0;
        let c = child_woman_ratios(&t).unwrap();
        assert!((c.under_5 - 140.0 / 700.0).abs() < 1e-15);
        assert!((c.age_5_9 - 200.0 / 700.0).abs() < 1e-15);
        assert!((c.male_share[0] - 60.0 / 140.0).abs() < 1e-15);
        assert!(child_woman_ratios(&ZERO).is_none());
    }

    #[test]
    fn one_step_by_hand() {
        // Start: 100 in every group. CCR 0.9 everywhere, 1.2 for women
        // arriving at 20-24, no arrivals; CWR 0-4 = 0.2 per woman 15-49,
        // 5-9 = 0.25 per woman 20-54, half boys.
        let start = flat(100.0);
        let mut ccr = flat(0.9);
        ccr[FEMALE][4] = 1.2;
        let cwr = ChildWomanRatios { under_5: 0.2, age_5_9: 0.25, male_share: [0.5, 0.5] };
        let end = project_step(&start, &ccr, &ZERO, &cwr);
        assert_eq!(end[MALE][2], 90.0);
        assert_eq!(end[FEMALE][4], 120.0);
        assert!((end[MALE][OPEN_GROUP] - 270.0).abs() < 1e-12); // 300 x 0.9
        // Women 15-49 at the end: 6 groups x 90 + 120 = 660 -> 132 children 0-4.
        assert!((end[MALE][0] + end[FEMALE][0] - 132.0).abs() < 1e-12);
        assert!((end[MALE][0] - 66.0).abs() < 1e-12);
        // Women 20-54: 120 + 6 x 90 = 660 -> 165 children 5-9.
        assert!((end[FEMALE][1] - 82.5).abs() < 1e-12);
        // Arrivals land in their group after ageing.
        let mut arrivals = ZERO;
        arrivals[MALE][6] = 7.0;
        assert_eq!(project_step(&start, &ccr, &arrivals, &cwr)[MALE][6], 97.0);
    }

    #[test]
    fn interpolation_is_geometric_with_exact_ends() {
        let start = flat(100.0);
        let mut end = flat(100.0 * 1.1f64.powi(10));
        end[MALE][3] = 0.0;
        let mut years = [ZERO; STEP_YEARS + 1];
        interpolate_step(&start, &end, &mut years);
        assert_eq!(years[0], start);
        assert_eq!(years[10], end);
        assert!((years[5][FEMALE][7] - 100.0 * 1.1f64.powi(5)).abs() < 1e-9);
        // Zero at one end: linear.
        assert!((years[4][MALE][3] - 60.0).abs() < 1e-12);
    }

    #[test]
    fn total_is_the_sum_of_groups_in_output_order() {
        let mut t = flat(0.1);
        t[MALE][3] = 1e9;
        let by_group: f64 = (0..AGE_GROUPS).map(|g| t[MALE][g] + t[FEMALE][g]).sum();
        assert_eq!(total(&t), by_group);
    }
}
