//! What a place profile says, decided here and tested natively: the
//! headline sentence, the indicator cards with their ranks, and which of
//! the paper's three challenges show ([`challenges`]), and two places side
//! by side ([`compare`]). The app only lays these out.

pub mod challenges;
pub mod compare;
mod headline;
pub mod projection;

pub use challenges::{challenges, rules, Challenge, ChallengeKind, Finding};
pub use headline::headline;
pub use projection::{
    baseline_age_sex, residents_with_band, AgeSexProjection, ResidentsBand, PYRAMID_YEAR,
};

use crate::catalogue::{self, Indicator};
use crate::dataset::Unit;
use crate::indicators::rank_descending;
use crate::url_state::Year;
use crate::Bundle;

/// The indicator cards of a profile, in order (2020 values of yearly ones).
pub static CARDS: [&Indicator; 9] = [
    &catalogue::POP_CHANGE,
    &catalogue::AGE60,
    &catalogue::WORKING_AGE,
    &catalogue::OUTFLOW,
    &catalogue::URBAN,
    &catalogue::DENSITY,
    &catalogue::COLLEGE,
    &catalogue::KNOWLEDGE_SERVICES,
    &catalogue::FLOOR_AREA,
];

/// The economy cards of a prefecture's profile (2015; "no data" with the
/// reason where the source does not cover it).
pub static ECONOMY_CARDS: [&Indicator; 8] = [
    &catalogue::GDP_2015,
    &catalogue::GDP_PER_RESIDENT_2015,
    &catalogue::BUDGET_REVENUE_PER_RESIDENT_2015,
    &catalogue::BUDGET_REVENUE_SHARE_2015,
    &catalogue::LIGHT_PER_RESIDENT_2015,
    &catalogue::LIGHT_PER_KM2_2015,
    &catalogue::ESTABLISHMENTS_PER_10K_2015,
    &catalogue::TERTIARY_ESTABLISHMENTS_2015,
];

/// A rank (1 = highest value) and how many units have a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    pub rank: u32,
    pub of: usize,
}

/// Ranks of `unit` on `indicator` (2020) among the units of its level: in
/// its province and in the region. `None` when the unit has no value.
pub fn ranks(indicator: &Indicator, unit: &Unit, bundle: &Bundle) -> (Option<Rank>, Option<Rank>) {
    let rank_in = |units: Vec<&Unit>| {
        let values: Vec<Option<f64>> = units.iter().map(|u| indicator.of(u, Year::Y2020)).collect();
        let ranked = rank_descending(&values);
        let of = values.iter().filter(|v| v.is_some()).count();
        units
            .iter()
            .position(|u| u.code == unit.code)
            .and_then(|i| ranked[i])
            .map(|rank| Rank { rank, of })
    };
    let same_level: Vec<&Unit> = bundle.units_at(unit.level).collect();
    let province: Vec<&Unit> = same_level
        .iter()
        .copied()
        .filter(|u| u.province == unit.province)
        .collect();
    (rank_in(province), rank_in(same_level))
}
