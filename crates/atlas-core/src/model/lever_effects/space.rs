//! The spatial levers (paper section 3.3): they re-use floor space and
//! lines, pool services, and move manufacturing between tiers.

use super::{Band, LeverEffects, OutflowEffect, YearInputs, YearPass, YearStart};
use crate::model::assumptions::AssumptionKey as A;
use crate::model::prepared::Sector;

const AGES_10_49: Band = (2, 10);

/// Land conversion (% of surplus floor space converted a year): surplus
/// floor space becomes producer-service and innovation space, which the
/// vacancy index loses and the knowledge sector gains as jobs.
pub(super) struct LandConversion;

impl LeverEffects for LandConversion {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        let state = &mut *pass.state;
        let demand = pass.y.base.floor_area_per_person * pass.population;
        let converted = v / 100.0 * pass.y.ramp * (state.stock - demand).max(0.0);
        state.stock -= converted;
        state.conversion_jobs += converted / a.get(A::FloorPerServiceJob);
        pass.cost += converted * a.get(A::ConversionCostPerM2);
        pass.jobs[Sector::KnowledgeServices.index()] += state.conversion_jobs;
    }
}

/// Infrastructure re-purposing (% of idle capacity re-purposed): idle
/// capacity of the lines carries tourists at the assumed load factor;
/// costs per resident.
pub(super) struct InfrastructureRepurpose;

impl LeverEffects for InfrastructureRepurpose {
    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        let share = v / 100.0 * pass.y.ramp;
        pass.utilisation +=
            share * (1.0 - pass.base_utilisation).max(0.0) * a.get(A::TouristLoadFactor);
        pass.cost += share * pass.population * a.get(A::RepurposeCostPerResident);
    }
}

/// Service alliances (% of residents covered): better services in small
/// cities keep a share of the net outflow of families (ages 10-49); costs
/// per resident.
pub(super) struct ServiceAlliances;

impl LeverEffects for ServiceAlliances {
    fn outflow(&self, v: f64, y: &YearInputs, _: &YearStart) -> Option<OutflowEffect> {
        Some(OutflowEffect::Keep {
            band: AGES_10_49,
            share: v / 100.0 * y.a.get(A::AllianceOutflowDamping),
        })
    }

    fn yearly(&self, v: f64, pass: &mut YearPass) {
        let a = pass.y.a;
        pass.cost += v / 100.0 * pass.y.ramp * pass.population * a.get(A::AllianceCostPerResident);
    }
}

/// Role division (% of the core cities' 2020 manufacturing jobs moved to
/// the node cities): acts by tier, whatever the target. The value is
/// already in the plan's shares (they need the region, `run.rs`); each job
/// moved into a node costs as a new one.
pub(super) struct RoleDivision;

impl LeverEffects for RoleDivision {
    fn yearly(&self, _: f64, pass: &mut YearPass) {
        let (plan, ramp) = (pass.y.plan, pass.y.ramp);
        let manufacturing = Sector::Manufacturing.index();
        pass.jobs[manufacturing] *= 1.0 - plan.moved_out_share * ramp;
        let moved_in = plan.moved_in_jobs * ramp;
        pass.jobs[manufacturing] += moved_in;
        pass.cost += (moved_in - pass.state.moved_in).max(0.0) * pass.y.a.get(A::CostPerNewJob);
        pass.state.moved_in = moved_in;
    }
}
