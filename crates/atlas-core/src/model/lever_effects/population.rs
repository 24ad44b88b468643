//! The population levers (paper section 3.2): they keep part of the net
//! outflow of young adults, bring in-migrants, or put retired professionals
//! back to work.

use super::{Band, LeverEffects, OutflowEffect, YearInputs, YearPass, YearStart};
use crate::model::assumptions::{AssumptionKey as A, Assumptions};
use crate::model::cohort_component::{both_sexes, group_of, SexAges, SexYears, FEMALE, MALE};
use crate::model::prepared::Sector;
use crate::model::simulate::AGES_20_44;

const AGES_15_19: Band = (3, 4);
const AGES_20_29: Band = (4, 6);
const AGES_60_64: Band = (12, 13);

/// Skilled-post subsidy (yuan a month): keeps a share of the net outflow of
/// the key-post workers aged 20-44; paid to them all.
pub(super) struct SkilledPostSubsidy;

impl LeverEffects for SkilledPostSubsidy {
    fn outflow(&self, s: f64, y: &YearInputs, start: &YearStart) -> Option<OutflowEffect> {
        let response = (s / 1000.0 * y.a.get(A::SubsidyResponse)).min(1.0);
        Some(OutflowEffect::Keep {
            band: AGES_20_44,
            share: start.key_post_share * response,
        })
    }

    fn yearly(&self, s: f64, pass: &mut YearPass) {
        pass.cost += pass.key_post_recipients() * s * 12.0 * pass.y.ramp;
    }
}

/// Talent loss cap (% a year): the gross loss of key-post workers aged
/// 20-44 above the cap is kept, with a retention package for each worker
/// held back.
pub(super) struct TalentLossCap;

impl LeverEffects for TalentLossCap {
    fn outflow(&self, c: f64, y: &YearInputs, start: &YearStart) -> Option<OutflowEffect> {
        Some(OutflowEffect::KeepAboveCap {
            band: AGES_20_44,
            cap: LossCap {
                key_post_share: start.key_post_share,
                gross_to_net: y.a.get(A::GrossToNetLoss),
                cap: c / 100.0,
            },
        })
    }

    fn yearly(&self, c: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        // Workers held back this year: the gross loss above the cap.
        let outflow = mean_outflow(pass.pop, pass.y.migration_rate, AGES_20_44);
        let held = (a.get(A::GrossToNetLoss) * outflow - c / 100.0).max(0.0);
        pass.cost +=
            pass.key_post_recipients() * held * pass.y.ramp * a.get(A::RetentionPackageCost);
    }
}

/// The loss cap of one year, as it acts on a group of its band.
#[derive(Clone, Copy)]
pub(in crate::model) struct LossCap {
    key_post_share: f64,
    gross_to_net: f64,
    /// The cap, as a yearly rate.
    cap: f64,
}

impl LossCap {
    /// Yearly rate kept in a group whose net outflow rate is `outflow`, of
    /// which the retention shares left `remaining`.
    pub fn kept(&self, outflow: f64, remaining: f64) -> f64 {
        // Gross loss of key-post workers = ratio x their net
        // outflow; what exceeds the cap is kept.
        let gross = self.gross_to_net * outflow * remaining;
        self.key_post_share * (gross - self.cap).max(0.0)
    }
}

/// Mean yearly net outflow rate of an age band, weighted by residents.
fn mean_outflow(pop: &SexAges, migration_rate: &SexAges, (from, to): Band) -> f64 {
    let mut persons = 0.0;
    let mut weighted = 0.0;
    for sex in [MALE, FEMALE] {
        for (p, rate) in pop[sex][from..to]
            .iter()
            .zip(&migration_rate[sex][from..to])
        {
            persons += p;
            weighted += p * (-rate).max(0.0);
        }
    }
    if persons > 0.0 {
        weighted / persons
    } else {
        0.0
    }
}

/// Talent parks (thousand jobs a year, region-wide): park jobs in the host
/// units, half manufacturing and half knowledge services, partly filled by
/// in-migrants aged 20-44. The region-wide value is already shared among
/// the hosts in the plan (`run.rs`).
pub(super) struct TalentParks;

impl LeverEffects for TalentParks {
    /// Park in-migrants of the year, aged 20-44, spread by the 2020 age-sex
    /// composition of that band (evenly over the single years of a group).
    fn arrivals(&self, _: f64, y: &YearInputs, pop: &mut SexYears) -> bool {
        if y.plan.park_jobs_per_year <= 0.0 {
            return false;
        }
        let migrants = y.plan.park_jobs_per_year * y.ramp * y.a.get(A::ParkMigrantShare);
        let p0 = &y.base.pop_2020;
        let band = both_sexes(p0, AGES_20_44.0, AGES_20_44.1);
        if band <= 0.0 {
            return false;
        }
        for sex in [MALE, FEMALE] {
            for age in 5 * AGES_20_44.0..5 * AGES_20_44.1 {
                pop[sex][age] += migrants * p0[sex][group_of(age)] / band / 5.0;
            }
        }
        true
    }

    fn yearly(&self, _: f64, pass: &mut YearPass) {
        let per_year = pass.y.plan.park_jobs_per_year;
        if per_year > 0.0 {
            let new = per_year * pass.y.ramp;
            pass.state.park_jobs += new;
            pass.cost += new * pass.y.a.get(A::CostPerNewJob);
            pass.jobs[Sector::Manufacturing.index()] += 0.5 * pass.state.park_jobs;
            pass.jobs[Sector::KnowledgeServices.index()] += 0.5 * pass.state.park_jobs;
        }
    }
}

/// Vocational match (graduates' first-job match rate, %): above the current
/// rate, keeps a share of the net outflow of the young aged 20-29; costs
/// training for every resident aged 15-19.
pub(super) struct VocationalMatch;

impl VocationalMatch {
    /// Share of the way from the current match rate to a full match.
    fn rise(v: f64, a: &Assumptions) -> f64 {
        let current = a.get(A::BaselineJobMatch);
        ((v - current) / (100.0 - current)).max(0.0)
    }
}

impl LeverEffects for VocationalMatch {
    fn outflow(&self, v: f64, y: &YearInputs, _: &YearStart) -> Option<OutflowEffect> {
        Some(OutflowEffect::Keep {
            band: AGES_20_29,
            share: Self::rise(v, y.a) * y.a.get(A::MatchRetentionEffect),
        })
    }

    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        pass.cost += Self::rise(v, a)
            * pass.y.ramp
            * both_sexes(pass.pop, AGES_15_19.0, AGES_15_19.1)
            * a.get(A::TrainingCostPerStudent);
    }
}

/// Retiree re-hiring (% of retired professionals aged 60-64): public-service
/// jobs for them, with a monthly subsidy.
pub(super) struct RetireeRehire;

impl LeverEffects for RetireeRehire {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let rehired = v / 100.0
            * pass.y.ramp
            * both_sexes(pass.pop, AGES_60_64.0, AGES_60_64.1)
            * pass.y.base.professionals_share;
        pass.jobs[Sector::PublicOtherServices.index()] += rehired;
        pass.cost += rehired * pass.y.a.get(A::RehireSubsidy) * 12.0;
    }
}
