//! The yearly cohort-component arithmetic: residents by sex and single year
//! of age (0 .. 84 and an open 85+), aged one year at a time; rates of
//! change by sex and five-year group; births from women 15-49.
//!
//! The censuses give five-year groups. The launch table is split evenly
//! within each group (the documented split: every single year of a group
//! holds a fifth of it), and ageing is exact from there on, so a cohort
//! never smears across groups the way a five-year table stepped yearly
//! would, and yearly totals follow one smooth path (no interpolation between
//! ten-year steps).
//!
//! The rate of a five-year group comes from the cohort change ratio of the
//! cohort that spends the middle of 2010-2020 in it ([`decade_rates`]). Nationally that rate is survival (the country is
//! nearly closed to migration); a unit's rate less the national one is its
//! net migration by age and sex, the 2010-2020 residual.
//!
//! References: Preston, Heuveline & Guillot (2001), *Demography*, ch. 6
//! (the cohort-component method); Hamilton & Perry (1962), Social Forces
//! 41(2), whose cohort change ratios this replaces.

use crate::dataset::{AgeSex, AGE_GROUPS};

/// Persons (or rates) by sex and five-year group: `[male, female]`, groups
/// 0-4 .. 80-84, 85+.
pub type SexAges = [[f64; AGE_GROUPS]; 2];
/// Single years of age 0 ..= 84 and the open 85+.
pub const SINGLE_AGES: usize = 86;
/// Persons by sex and single year of age.
pub type SexYears = [[f64; SINGLE_AGES]; 2];

pub const MALE: usize = 0;
pub const FEMALE: usize = 1;
/// Index of the open group 85+ (and of the open single age).
pub const OPEN_GROUP: usize = AGE_GROUPS - 1;
pub const OPEN_AGE: usize = SINGLE_AGES - 1;
/// The census interval, in years.
pub const DECADE: usize = 10;
/// Women of childbearing age: single years 15 ..= 49.
pub const CHILDBEARING: (usize, usize) = (15, 50);

/// An all-zero table.
pub const ZERO: SexAges = [[0.0; AGE_GROUPS]; 2];
pub const ZERO_YEARS: SexYears = [[0.0; SINGLE_AGES]; 2];

/// The yearly rate of the open group 85+ is this multiple of that of 80-84.
/// One decade of data cannot tell the two apart (both feed 85+ in 2020);
/// mortality roughly doubles every seven to eight years of age after 30
/// (Gompertz's law), and the mean age of the 85+ is about seven years above
/// that of 80-84, hence twice the rate.
pub const OPEN_GROUP_RATE_MULTIPLE: f64 = 2.0;

/// Converts census counts to floating point.
pub fn from_age_sex(counts: &AgeSex) -> SexAges {
    [
        counts.male.map(|x| x as f64),
        counts.female.map(|x| x as f64),
    ]
}

/// Persons of both sexes in groups `from..to`.
pub fn both_sexes(table: &SexAges, from: usize, to: usize) -> f64 {
    (from..to).map(|g| table[MALE][g] + table[FEMALE][g]).sum()
}

/// Total of a table, summed group by group (male + female of each group,
/// then over groups): the order of the by-age outputs, so the total equals
/// the sum of the age groups to the last bit.
pub fn total(table: &SexAges) -> f64 {
    both_sexes(table, 0, AGE_GROUPS)
}

/// The five-year group of a single age.
pub const fn group_of(age: usize) -> usize {
    let g = age / 5;
    if g > OPEN_GROUP {
        OPEN_GROUP
    } else {
        g
    }
}

/// Splits each five-year group evenly over its single years.
pub fn split_even(groups: &SexAges) -> SexYears {
    let mut out = ZERO_YEARS;
    for sex in [MALE, FEMALE] {
        for (age, x) in out[sex].iter_mut().enumerate() {
            *x = if age == OPEN_AGE {
                groups[sex][OPEN_GROUP]
            } else {
                groups[sex][group_of(age)] / 5.0
            };
        }
    }
    out
}

/// Sums single years back into five-year groups.
pub fn to_groups(years: &SexYears) -> SexAges {
    let mut out = ZERO;
    for sex in [MALE, FEMALE] {
        for (age, x) in years[sex].iter().enumerate() {
            out[sex][group_of(age)] += x;
        }
    }
    out
}

/// Women 15-49 of a single-year table.
pub fn women_15_49(years: &SexYears) -> f64 {
    years[FEMALE][CHILDBEARING.0..CHILDBEARING.1].iter().sum()
}

/// Ages a single-year table by one year: a person aged `a` at the start
/// changes at the yearly factor of the group of `a` (`growth = exp(rate)`)
/// times `factor` (a county's raking factor; 1 elsewhere), the 85+ stay in
/// the open age, and `births` (boys, girls) enter age 0 after half a year at
/// the factor of 0-4. Writes the new table's five-year groups into `groups`
/// (summed in age order, as [`to_groups`] does; every cell is written, so
/// the caller's buffer needs no clearing).
///
/// This is the hot loop of every run (80 % of a slider move's model time),
/// and the site is built for size (`opt-level = "z"`, little inlining), so
/// it is written as plain counting loops over groups, five ages each
/// written out: range iterators and slice windows each cost a call per
/// step there, and these indexes are bounded so that the compiler drops
/// their bounds checks.
pub fn age_one_year(
    pop: &mut SexYears,
    growth: &SexAges,
    factor: f64,
    births: [f64; 2],
    groups: &mut SexAges,
) {
    for sex in [MALE, FEMALE] {
        let p = &mut pop[sex];
        let g = &growth[sex];
        p[OPEN_AGE] =
            p[OPEN_AGE] * (g[OPEN_GROUP] * factor) + p[OPEN_AGE - 1] * (g[OPEN_GROUP - 1] * factor);
        // Group by group from the oldest down, so that each age is read
        // before it is moved; the oldest age of a group moves into the next
        // group's first (for 80-84, into the open age, done above).
        let mut grp = OPEN_GROUP;
        while grp > 0 {
            grp -= 1;
            let (a, m) = (5 * grp, g[grp] * factor);
            if grp + 1 < OPEN_GROUP {
                p[a + 5] = p[a + 4] * m;
            }
            p[a + 4] = p[a + 3] * m;
            p[a + 3] = p[a + 2] * m;
            p[a + 2] = p[a + 1] * m;
            p[a + 1] = p[a] * m;
        }
        p[0] = births[sex] * (g[0] * factor).sqrt();
        let mut grp = 0;
        while grp < OPEN_GROUP {
            let a = 5 * grp;
            groups[sex][grp] = 0.0 + p[a] + p[a + 1] + p[a + 2] + p[a + 3] + p[a + 4];
            grp += 1;
        }
        groups[sex][OPEN_GROUP] = p[OPEN_AGE];
    }
}

/// The 2020 table of one sex that `rates` (yearly, by group) make of an
/// evenly split 2010 table in ten years of exact ageing, for the groups
/// born before 2010 (10-14 and older; younger groups are left at zero).
pub fn decade_of(earlier: &[f64; AGE_GROUPS], rates: &[f64; AGE_GROUPS]) -> [f64; AGE_GROUPS] {
    let mut out = [0.0; AGE_GROUPS];
    for start in 0..SINGLE_AGES {
        let persons = if start == OPEN_AGE {
            earlier[OPEN_GROUP]
        } else {
            earlier[group_of(start)] / 5.0
        };
        if persons <= 0.0 {
            continue;
        }
        let log: f64 = (0..DECADE)
            .map(|k| rates[group_of((start + k).min(OPEN_AGE))])
            .sum();
        out[group_of((start + DECADE).min(OPEN_AGE))] += persons * log.exp();
    }
    out
}

/// The 85+ that [`decade_of`] makes (only the cohorts aged 75+ at the start
/// reach it).
fn open_of(earlier: &[f64; AGE_GROUPS], rates: &[f64; AGE_GROUPS]) -> f64 {
    (OPEN_AGE - DECADE..SINGLE_AGES)
        .map(|start| {
            let persons = if start == OPEN_AGE {
                earlier[OPEN_GROUP]
            } else {
                earlier[group_of(start)] / 5.0
            };
            let log: f64 = (0..DECADE)
                .map(|k| rates[group_of((start + k).min(OPEN_AGE))])
                .sum();
            persons * log.exp()
        })
        .sum()
}

/// Yearly rates of change by sex and five-year group from two censuses ten
/// years apart: the log cohort change ratio of each cohort over ten,
/// attributed to the group it spends the middle of the decade in (a cohort
/// aged 10-14 in 2010 is 15-24 during the decade: the ratio 20-24 / 10-14
/// sets the rate of 15-19). The rate of 0-4 is that of 5-9 (children move
/// with their parents); that of 85+ is [`OPEN_GROUP_RATE_MULTIPLE`] x that
/// of 80-84, which is solved so that ten years of ageing reproduce the 85+
/// of the later census exactly (the open ratio 85+ / 75+ follows a cohort
/// through both groups, so it cannot be given to one). A cohort with nobody
/// at either end gets rate 0.
///
/// Why not an exact fit: rates that reproduce every 2020 group exactly
/// under [`age_one_year`] exist, but the system is nearly singular (rates
/// alternating from group to group barely change the result), and the even
/// split within groups that China's uneven birth cohorts violate makes an
/// exact fit oscillate by several per cent a year between neighbouring
/// groups. The middle-group ratio is smooth wherever the censuses are, and
/// reproduces a constant rate exactly ([`decade_of`] checks it in the tests).
pub fn decade_rates(earlier: &SexAges, later: &SexAges) -> SexAges {
    let mut rates = ZERO;
    for sex in [MALE, FEMALE] {
        let (e, l) = (&earlier[sex], &later[sex]);
        let r = &mut rates[sex];
        for target in 2..AGE_GROUPS {
            let fed = if target == OPEN_GROUP {
                e[target - 2] + e[target - 1] + e[target]
            } else {
                e[target - 2]
            };
            if fed > 0.0 && l[target] > 0.0 {
                r[target - 1] = (l[target] / fed).ln() / DECADE as f64;
            }
        }
        r[0] = r[1];
        // The open ratio 85+ / 75+ follows a cohort through 80-84 and 85+:
        // solve for the rate of 80-84 (85+ at the multiple) that reproduces
        // the 85+ of 2020, given the rates below (bisection: monotone).
        let fed: f64 = e[OPEN_GROUP - 2..].iter().sum();
        if fed > 0.0 && l[OPEN_GROUP] > 0.0 {
            let (mut lo, mut hi) = (-2.0, 0.5);
            for _ in 0..60 {
                let mid = 0.5 * (lo + hi);
                r[OPEN_GROUP - 1] = mid;
                r[OPEN_GROUP] = OPEN_GROUP_RATE_MULTIPLE * mid;
                if open_of(e, r) > l[OPEN_GROUP] {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
        }
        r[OPEN_GROUP] = OPEN_GROUP_RATE_MULTIPLE * r[OPEN_GROUP - 1];
    }
    rates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(value: f64) -> SexAges {
        [[value; AGE_GROUPS]; 2]
    }

    #[test]
    fn split_and_groups_round_trip() {
        let mut t = flat(100.0);
        t[FEMALE][OPEN_GROUP] = 37.0;
        t[MALE][3] = 12.5;
        let years = split_even(&t);
        assert_eq!(years[MALE][15], 2.5);
        assert_eq!(years[FEMALE][OPEN_AGE], 37.0);
        let back = to_groups(&years);
        for sex in [MALE, FEMALE] {
            for g in 0..AGE_GROUPS {
                assert!((back[sex][g] - t[sex][g]).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn one_year_by_hand() {
        let mut pop = ZERO_YEARS;
        pop[MALE][4] = 100.0; // group 0-4: ages to 5 at the 0-4 factor
        pop[MALE][84] = 10.0; // joins 85+
        pop[MALE][OPEN_AGE] = 20.0;
        let mut growth = flat(1.0);
        growth[MALE][0] = 0.81;
        growth[MALE][16] = 0.5;
        growth[MALE][OPEN_GROUP] = 0.25;
        let mut groups = ZERO;
        age_one_year(&mut pop, &growth, 1.0, [40.0, 30.0], &mut groups);
        assert_eq!(groups, to_groups(&pop));
        assert!((pop[MALE][5] - 81.0).abs() < 1e-12);
        assert!((pop[MALE][OPEN_AGE] - (20.0 * 0.25 + 10.0 * 0.5)).abs() < 1e-12);
        assert!((pop[MALE][0] - 40.0 * 0.9).abs() < 1e-12);
        assert_eq!(pop[FEMALE][0], 30.0);
        assert_eq!(pop[MALE][4], 0.0);
    }

    /// The definition of one year of ageing, age by age: a person aged `a`
    /// moves to `a + 1` at the factor of `a`'s group (the group loops above
    /// must give the same bits).
    fn age_one_year_by_age(pop: &mut SexYears, growth: &SexAges, factor: f64, births: [f64; 2]) {
        for sex in [MALE, FEMALE] {
            let old = pop[sex];
            let g = |a: usize| growth[sex][group_of(a)] * factor;
            for a in 1..OPEN_AGE {
                pop[sex][a] = old[a - 1] * g(a - 1);
            }
            pop[sex][OPEN_AGE] = old[OPEN_AGE] * g(OPEN_AGE) + old[OPEN_AGE - 1] * g(OPEN_AGE - 1);
            pop[sex][0] = births[sex] * g(0).sqrt();
        }
    }

    #[test]
    fn the_group_loops_give_the_bits_of_the_age_by_age_definition() {
        let mut rng = crate::model::rng::SplitMix64::new(0x9e37_79b9_7f4a_7c15);
        let mut next = || rng.unit();
        for _ in 0..50 {
            let mut pop = ZERO_YEARS;
            for sex in [MALE, FEMALE] {
                for v in pop[sex].iter_mut() {
                    *v = 1e4 * next();
                }
            }
            let mut growth = ZERO;
            for sex in [MALE, FEMALE] {
                for v in growth[sex].iter_mut() {
                    *v = 0.9 + 0.2 * next();
                }
            }
            let (factor, births) = (0.95 + 0.1 * next(), [500.0 * next(), 480.0 * next()]);
            let mut expected = pop;
            age_one_year_by_age(&mut expected, &growth, factor, births);
            let mut groups = ZERO;
            age_one_year(&mut pop, &growth, factor, births, &mut groups);
            assert_eq!(pop, expected);
            assert_eq!(groups, to_groups(&pop));
        }
    }

    #[test]
    fn middle_group_ratios_by_hand() {
        let earlier = [[100.0; AGE_GROUPS]; 2];
        let mut later = earlier;
        later[MALE][4] = 80.0; // 20-24 from 10-14: rate of 15-19 = ln(0.8) / 10
        later[FEMALE][OPEN_GROUP] = 150.0; // 85+ from 75+ (300)
        let r = decade_rates(&earlier, &later);
        assert!((r[MALE][3] - 0.8f64.ln() / 10.0).abs() < 1e-15);
        assert_eq!(r[MALE][5], 0.0);
        // The open group is reproduced exactly.
        let made = decade_of(&earlier[FEMALE], &r[FEMALE]);
        assert!((made[OPEN_GROUP] / 150.0 - 1.0).abs() < 1e-9);
        assert!((r[FEMALE][OPEN_GROUP] - OPEN_GROUP_RATE_MULTIPLE * r[FEMALE][16]).abs() < 1e-15);
        assert_eq!(r[MALE][0], r[MALE][1]);
    }

    #[test]
    fn constant_rates_are_recovered() {
        // A table aged ten years at a known constant rate gives that rate back.
        let earlier = flat(500.0);
        let rate = -0.01;
        let mut r = [[rate; AGE_GROUPS]; 2];
        for sex in [MALE, FEMALE] {
            r[sex][OPEN_GROUP] = OPEN_GROUP_RATE_MULTIPLE * rate;
        }
        let later = [
            decade_of(&earlier[MALE], &r[MALE]),
            decade_of(&earlier[FEMALE], &r[FEMALE]),
        ];
        let fitted = decade_rates(&earlier, &later);
        // Every group's rate comes back (the open pair by its solve).
        for (g, r) in fitted[MALE].iter().enumerate() {
            let want = if g == OPEN_GROUP {
                OPEN_GROUP_RATE_MULTIPLE * rate
            } else {
                rate
            };
            assert!((r - want).abs() < 1e-9, "group {g}: {r}");
        }
    }
}
