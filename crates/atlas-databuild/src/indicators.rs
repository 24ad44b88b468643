//! From summable census counts to the indicators the dataset carries
//! (shares, averages), the same way for every unit, level and year.

use crate::yearbook::{Counts, Year};
use atlas_core::dataset::{Census, OccupationShares, SectorShares};

/// Derived shares and averages are rounded to 2 decimals (0.01 percentage
/// point), the precision at which the yearbooks print their own shares.
pub fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn pct(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| round2(part / whole * 100.0))
}

fn ratio(num: Option<f64>, den: Option<f64>) -> Option<f64> {
    let den = den.filter(|d| *d > 0.0)?;
    Some(round2(num? / den))
}

/// Industry sections of the two classifications grouped into comparable
/// sector groups. Index = position in [`Counts::industries`].
fn sector_shares(industries: &[f64; 20], year: Year) -> Option<SectorShares> {
    let total: f64 = industries.iter().sum();
    if total <= 0.0 {
        return None;
    }
    let s = |idx: &[usize]| round2(idx.iter().map(|i| industries[*i]).sum::<f64>() / total * 100.0);
    // 2002 (2010 census): F transport, G IT, H trade, I hotels.
    // 2017 (2020 census): F trade, G transport, H hotels, I IT.
    let (trade_transport_hospitality, knowledge): (&[usize], &[usize]) = match year {
        Year::Y2010 => (&[5, 7, 8], &[6, 9, 11, 12]),
        Year::Y2020 => (&[5, 6, 7], &[8, 9, 11, 12]),
    };
    Some(SectorShares {
        agriculture: s(&[0]),
        mining: s(&[1]),
        manufacturing: s(&[2]),
        construction_utilities: s(&[3, 4]),
        trade_transport_hospitality: s(trade_transport_hospitality),
        knowledge_services: s(knowledge),
        public_other_services: s(&[10, 13, 14, 15, 16, 17, 18, 19]),
    })
}

fn occupation_shares(o: &[f64; 7]) -> Option<OccupationShares> {
    let total: f64 = o.iter().sum();
    let s = |i: usize| pct(o[i], total);
    Some(OccupationShares {
        heads_of_organisations: s(0)?,
        professionals: s(1)?,
        clerical: s(2)?,
        services: s(3)?,
        agriculture: s(4)?,
        production: s(5)?,
        other: s(6)?,
    })
}

/// The indicators of one unit and year.
pub fn census(c: &Counts, year: Year) -> Census {
    let pop = c.pop;
    let age = c.age_sex.as_ref();
    let reg = |i: usize| pct(c.reg_elsewhere?[i], pop?);
    let education_total = c.education.map(|e| e.iter().sum::<f64>());
    Census {
        pop: pop.map(|p| p.round() as u64),
        pop_urban: c.urban.map(|p| p.round() as u64),
        pop_rural: c.rural.map(|p| p.round() as u64),
        sex_ratio: ratio(c.male.map(|m| m * 100.0), c.female),
        household_size: ratio(c.family_household_pop, c.family_households),
        age_0_14: age.and_then(|a| a.share(0, 3)).map(round2),
        age_15_59: age.and_then(|a| a.share(3, 12)).map(round2),
        age_60_plus: age.and_then(|a| a.share(12, 18)).map(round2),
        age_65_plus: age.and_then(|a| a.share(13, 18)).map(round2),
        registered: c.registered.map(|p| p.round() as u64),
        reg_elsewhere_county: reg(0),
        reg_elsewhere_province: reg(1),
        reg_elsewhere_outside: reg(2),
        schooling_years: ratio(c.schooling_years_weighted, education_total),
        college_share: c.education.and_then(|e| pct(e[4] + e[5], e.iter().sum())),
        employment_rate: c
            .occupations
            .and_then(|o| pct(o.iter().sum(), c.pop_15_plus_sample?)),
        sectors: c.industries.as_ref().and_then(|i| sector_shares(i, year)),
        occupations: c.occupations.as_ref().and_then(occupation_shares),
        floor_area_per_person: ratio(c.floor_area_weighted, c.family_household_pop),
        rooms_per_household: ratio(c.rooms_weighted, c.housing_households),
    }
}
