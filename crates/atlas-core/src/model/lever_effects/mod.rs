//! How each lever acts, one `impl` of [`LeverEffects`] per lever: its
//! effect on migration (a share of the net outflow kept, by age band, or
//! in-migrants), on jobs, on infrastructure utilisation, and its cost. The
//! levers are grouped by the paper's families ([`industry`], [`population`],
//! [`space`]); the engine (`simulate.rs`) calls them in [`ORDER`].
//!
//! A new lever needs its definition (`levers.rs`), an `impl` in its
//! family's file, a place in [`ORDER`] and an arm in [`effects_of`].

mod industry;
mod population;
mod space;

use super::assumptions::{AssumptionKey as A, Assumptions};
use super::cohort_component::{both_sexes, SexAges, SexYears};
use super::levers::{LeverKey as L, UnitLevers, LEVER_COUNT};
use super::prepared::{Sector, UnitBase, SECTOR_COUNT};
use super::simulate::{within, Band, State, UnitPlan, AGES_20_44, WORKING};
use crate::dataset::AGE_GROUPS;
pub use industry::LOGISTICS_PENALTY_PCT;
use population::LossCap;

/// The order in which the levers in force act, where their effects combine.
///
/// The levers that change jobs come first, in the order their arithmetic
/// needs: the fund and the platform act on the baseline's manufacturing
/// jobs, the role division moves a share of them out before the parks and
/// the moved-in jobs add to them. The levers whose cost depends on the
/// year's final jobs (the recipients of the key-post levers) or only on
/// residents follow. The retention shares keep the net outflow in this
/// order too (each keeps a share of what the ones before it left), and caps
/// act on what all of them left. The costs add up in this order.
pub(super) const ORDER: [L; LEVER_COUNT] = [
    L::UpgradeFund,
    L::SupplyChainPlatform,
    L::RoleDivision,
    L::EmergingIndustry,
    L::TalentParks,
    L::RetireeRehire,
    L::LandConversion,
    L::SkilledPostSubsidy,
    L::TalentLossCap,
    L::VocationalMatch,
    L::InfrastructureRepurpose,
    L::ServiceAlliances,
];

/// The effects of one lever; each defaults to none. `value` is the lever's
/// setting in the unit.
pub(super) trait LeverEffects {
    /// Its effect on the net outflow of a year, from the table at the start
    /// of the year, before the ramp-up.
    fn outflow(&self, _value: f64, _y: &YearInputs, _start: &YearStart) -> Option<OutflowEffect> {
        None
    }

    /// In-migrants it adds to the table after the year's ageing; whether
    /// any arrived.
    fn arrivals(&self, _value: f64, _y: &YearInputs, _pop: &mut SexYears) -> bool {
        false
    }

    /// Its jobs, infrastructure utilisation and cost in the yearly pass.
    fn yearly(&self, _value: f64, _pass: &mut YearPass) {}
}

/// The effects of a lever.
fn effects_of(lever: L) -> &'static dyn LeverEffects {
    match lever {
        L::UpgradeFund => &industry::UpgradeFund,
        L::EmergingIndustry => &industry::EmergingIndustry,
        L::SupplyChainPlatform => &industry::SupplyChainPlatform,
        L::SkilledPostSubsidy => &population::SkilledPostSubsidy,
        L::TalentLossCap => &population::TalentLossCap,
        L::TalentParks => &population::TalentParks,
        L::VocationalMatch => &population::VocationalMatch,
        L::RetireeRehire => &population::RetireeRehire,
        L::LandConversion => &space::LandConversion,
        L::InfrastructureRepurpose => &space::InfrastructureRepurpose,
        L::ServiceAlliances => &space::ServiceAlliances,
        L::RoleDivision => &space::RoleDivision,
    }
}

/// The levers in force, in [`ORDER`], with their values.
fn in_force(levers: &UnitLevers) -> impl Iterator<Item = (&'static dyn LeverEffects, f64)> + '_ {
    ORDER
        .into_iter()
        .filter_map(|lever| levers.get(lever).map(|value| (effects_of(lever), value)))
}

/// What the effects of a lever may read in one year.
#[derive(Clone, Copy)]
pub(super) struct YearInputs<'a> {
    pub a: &'a Assumptions,
    /// Share of a lever's full effect reached this year (the ramp-up).
    pub ramp: f64,
    pub base: &'a UnitBase,
    pub plan: &'a UnitPlan,
    /// Yearly net migration rate of each group at the fitted level.
    pub migration_rate: &'a SexAges,
}

/// The start of a year, as the migration effects see it.
pub(super) struct YearStart {
    /// Share of residents aged 20-44 in skilled key posts: jobs in mining,
    /// manufacturing and knowledge services per working-age resident x the
    /// key-post share.
    pub key_post_share: f64,
}

impl YearStart {
    /// From the table at the start of the year and last year's jobs.
    pub fn new(a: &Assumptions, groups: &SexAges, jobs: &[f64; SECTOR_COUNT]) -> YearStart {
        let working = both_sexes(groups, WORKING.0, WORKING.1);
        let key_jobs = jobs[Sector::Mining.index()]
            + jobs[Sector::Manufacturing.index()]
            + jobs[Sector::KnowledgeServices.index()];
        let key_post_share = if working > 0.0 {
            (a.get(A::SkilledPostShare) * key_jobs / working).min(1.0)
        } else {
            0.0
        };
        YearStart { key_post_share }
    }
}

/// What a lever does to the net outflow of an age band in one year.
pub(super) enum OutflowEffect {
    /// Keeps a share of the net outflow of the band (of what the levers
    /// before it in [`ORDER`] left).
    Keep { band: Band, share: f64 },
    /// Keeps what the gross loss of key-post workers exceeds a cap by,
    /// after the shares.
    KeepAboveCap { band: Band, cap: LossCap },
}

/// The outflow effects of the levers in force in one year.
pub(super) struct OutflowEffects {
    /// Share of each group's net outflow that the retention shares leave.
    remaining: [f64; AGE_GROUPS],
    /// The caps in force, first ones first.
    caps: [Option<(Band, LossCap)>; LEVER_COUNT],
}

impl OutflowEffects {
    pub fn of_year(levers: &UnitLevers, y: &YearInputs, start: &YearStart) -> OutflowEffects {
        let mut effects = OutflowEffects {
            remaining: [1.0; AGE_GROUPS],
            caps: [None; LEVER_COUNT],
        };
        let mut caps = 0;
        // Retention levers act on the net outflow, one after the other
        // (each keeps a share of what the previous ones left).
        for (lever, value) in in_force(levers) {
            match lever.outflow(value, y, start) {
                Some(OutflowEffect::Keep { band, share }) => {
                    for g in band.0..band.1 {
                        effects.remaining[g] *= 1.0 - share;
                    }
                }
                Some(OutflowEffect::KeepAboveCap { band, cap }) => {
                    effects.caps[caps] = Some((band, cap));
                    caps += 1;
                }
                None => {}
            }
        }
        effects
    }

    /// Yearly rate of net outflow kept in group `g`, whose net outflow rate
    /// is `outflow`, at full ramp-up.
    pub fn kept(&self, g: usize, outflow: f64) -> f64 {
        let remaining = self.remaining[g];
        let mut rate = outflow * (1.0 - remaining);
        for (band, cap) in self.caps.iter().map_while(Option::as_ref) {
            if within(g, *band) {
                rate += cap.kept(outflow, remaining);
            }
        }
        rate
    }
}

/// Adds the in-migrants of the levers in force; whether any arrived.
pub(super) fn add_arrivals(levers: &UnitLevers, y: &YearInputs, pop: &mut SexYears) -> bool {
    let mut arrived = false;
    for (lever, value) in in_force(levers) {
        arrived |= lever.arrivals(value, y, pop);
    }
    arrived
}

/// One year of the yearly pass as the levers see it: what they read, and
/// the jobs, utilisation and cost they change.
pub(super) struct YearPass<'a> {
    pub y: YearInputs<'a>,
    /// The table of the year, after ageing and arrivals.
    pub pop: &'a SexAges,
    pub population: f64,
    /// Residents aged 15-59.
    pub working: f64,
    /// Employed persons 2020, all sectors.
    pub jobs_2020: f64,
    /// Infrastructure utilisation with no lever.
    pub base_utilisation: f64,
    /// Jobs by sector: the baseline's, changed by the levers.
    pub jobs: [f64; SECTOR_COUNT],
    pub utilisation: f64,
    /// Policy cost of the year (yuan).
    pub cost: f64,
    pub state: &'a mut State,
}

impl YearPass<'_> {
    /// Applies the levers in force.
    pub fn apply(&mut self, levers: &UnitLevers) {
        for (lever, value) in in_force(levers) {
            lever.yearly(value, self);
        }
    }

    /// Residents aged 20-44 in skilled key posts this year (the recipients
    /// of the key-post levers): the key-post share of the jobs in mining,
    /// manufacturing and knowledge services, in proportion to the residents
    /// aged 20-44 among the working-age ones.
    pub fn key_post_recipients(&self) -> f64 {
        let jobs = &self.jobs;
        let key_jobs = jobs[Sector::Mining.index()]
            + jobs[Sector::Manufacturing.index()]
            + jobs[Sector::KnowledgeServices.index()];
        let young_20_44 = both_sexes(self.pop, AGES_20_44.0, AGES_20_44.1);
        if self.working > 0.0 {
            self.y.a.get(A::SkilledPostShare) * key_jobs * young_20_44 / self.working
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_holds_every_lever_once() {
        let mut order = ORDER.to_vec();
        order.sort();
        assert_eq!(order, L::ALL.to_vec());
    }
}
