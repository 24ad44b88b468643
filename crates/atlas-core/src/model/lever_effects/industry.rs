//! The industry levers (paper section 3.1): they add or keep jobs.

use super::{LeverEffects, YearPass};
use crate::model::assumptions::AssumptionKey as A;
use crate::model::prepared::Sector;

/// The paper's figure (section 2.1): logistics costs rose by more than 15 %
/// when local suppliers closed. The platform lever removes part of it.
pub const LOGISTICS_PENALTY_PCT: f64 = 15.0;

/// Upgrade fund (yuan per mining or manufacturing worker a year): avoids
/// part of the loss of mining and manufacturing jobs since 2020; the
/// higher last year's fiscal pressure, the less of it there is to spend.
pub(super) struct UpgradeFund;

impl LeverEffects for UpgradeFund {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        let jobs_2020 = &pass.y.base.jobs_2020;
        let (mining, manufacturing) = (Sector::Mining.index(), Sector::Manufacturing.index());
        let capacity = (100.0 / pass.state.fiscal_pressure)
            .powf(a.get(A::FiscalSqueeze))
            .min(1.0);
        let intensity = v * capacity * pass.y.ramp;
        let avoided = intensity / (intensity + a.get(A::FundHalfEffect));
        let traditional_2020 = jobs_2020[mining] + jobs_2020[manufacturing];
        let jobs = &mut pass.jobs;
        let loss = (traditional_2020 - jobs[mining] - jobs[manufacturing]).max(0.0);
        if traditional_2020 > 0.0 {
            for s in [mining, manufacturing] {
                jobs[s] += avoided * loss * jobs_2020[s] / traditional_2020;
            }
        }
        pass.cost += intensity * (jobs[mining] + jobs[manufacturing]);
    }
}

/// Supply-chain platform (% of the logistics-cost penalty removed): part of
/// manufacturing employment returns through the cost sensitivity; costs per
/// manufacturing job served.
pub(super) struct SupplyChainPlatform;

impl LeverEffects for SupplyChainPlatform {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        let manufacturing = Sector::Manufacturing.index();
        let removed = v / 100.0 * pass.y.ramp;
        pass.cost += removed * pass.jobs[manufacturing] * a.get(A::PlatformCostPerJob);
        pass.jobs[manufacturing] *=
            1.0 + removed * LOGISTICS_PENALTY_PCT * a.get(A::LogisticsJobSensitivity) / 100.0;
    }
}

/// Emerging industry (knowledge-sector jobs added a year, % of 2020
/// employment): the added jobs accumulate; each new one costs the same.
pub(super) struct EmergingIndustry;

impl LeverEffects for EmergingIndustry {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let new = v / 100.0 * pass.jobs_2020 * pass.y.ramp;
        pass.state.emerging_jobs += new;
        pass.cost += new * pass.y.a.get(A::CostPerNewJob);
        pass.jobs[Sector::KnowledgeServices.index()] += pass.state.emerging_jobs;
    }
}
