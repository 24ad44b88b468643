//! Population change, outflow, registration elsewhere and ageing of one
//! unit: the descriptive measures a reader looks at before any index.

use crate::change::{annualised_pct, change_pct, shrink_class, ShrinkClass};
use crate::dataset::{Census, Unit};
use serde::{Deserialize, Serialize};

/// A measure in both census years and its change 2020 − 2010 (in the
/// measure's own unit: percentage points for shares). Each part is `None`
/// when its inputs are missing; the change needs both years.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CensusPair {
    pub y2010: Option<f64>,
    pub y2020: Option<f64>,
    pub change: Option<f64>,
}

impl CensusPair {
    /// Applies `measure` to both years of `unit` (2010 only when the unit has
    /// a comparable 2010 figure).
    pub fn of(unit: &Unit, measure: fn(&Census) -> Option<f64>) -> CensusPair {
        let y2010 = unit.y2010.as_ref().and_then(measure);
        let y2020 = measure(&unit.y2020);
        let change = y2010.zip(y2020).map(|(a, b)| b - a);
        CensusPair {
            y2010,
            y2020,
            change,
        }
    }
}

/// Residents registered (hukou) elsewhere, % of residents, 2020.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegisteredElsewhere {
    /// In another township of the same county.
    pub same_county: Option<f64>,
    /// In another county of the same province.
    pub same_province: Option<f64>,
    /// In another province.
    pub other_province: Option<f64>,
}

/// Age structure in both years, shares in %.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ageing {
    /// Share aged 60+.
    pub age_60_plus: CensusPair,
    /// Share aged 65+.
    pub age_65_plus: CensusPair,
    /// Working-age share in the 15-59 definition used by Chinese statistics.
    pub working_age_15_59: CensusPair,
    /// Old-age dependency ratio, see [`old_age_dependency`].
    pub old_age_dependency: CensusPair,
}

/// The descriptive population measures of one unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Demography {
    /// Resident population 2010 on 2020 boundaries; `None` for a county
    /// without a comparable 2010 figure (see `data/reports/county_matching.md`).
    pub pop_2010: Option<u64>,
    pub pop_2020: Option<u64>,
    /// Change 2010 -> 2020 in % ([`change_pct`]).
    pub change_pct: Option<f64>,
    /// Compound annual rate in % per year ([`annualised_pct`]).
    pub annualised_pct: Option<f64>,
    /// Intensity class, this project's convention ([`ShrinkClass`]).
    pub class: Option<ShrinkClass>,
    /// Registered population 2010 (hukou), persons.
    pub registered_2010: Option<u64>,
    /// Net outflow 2010 in % of the registered population ([`outflow_pct`]).
    pub outflow_2010_pct: Option<f64>,
    pub registered_elsewhere_2020: RegisteredElsewhere,
    pub ageing: Ageing,
}

impl Demography {
    /// Every descriptive measure of `unit`, reusing [`crate::change`] for
    /// the change and its class.
    pub fn of(unit: &Unit) -> Demography {
        let y2010 = unit.y2010.as_ref();
        Demography {
            pop_2010: y2010.and_then(|c| c.pop),
            pop_2020: unit.y2020.pop,
            change_pct: change_pct(unit),
            annualised_pct: annualised_pct(unit),
            class: shrink_class(unit),
            registered_2010: y2010.and_then(|c| c.registered),
            outflow_2010_pct: y2010.and_then(outflow_pct),
            registered_elsewhere_2020: RegisteredElsewhere {
                same_county: unit.y2020.reg_elsewhere_county,
                same_province: unit.y2020.reg_elsewhere_province,
                other_province: unit.y2020.reg_elsewhere_outside,
            },
            ageing: Ageing {
                age_60_plus: CensusPair::of(unit, |c| c.age_60_plus),
                age_65_plus: CensusPair::of(unit, |c| c.age_65_plus),
                working_age_15_59: CensusPair::of(unit, |c| c.age_15_59),
                old_age_dependency: CensusPair::of(unit, old_age_dependency),
            },
        }
    }
}

/// Net outflow: `(registered − resident) / registered × 100`. Positive when
/// more people are registered here than live here (they work or study
/// elsewhere), negative for net inflow. Only the 2010 yearbook gives the
/// registered population, so this is a 2010 measure. `None` without both
/// figures or with a zero registered population.
pub fn outflow_pct(census: &Census) -> Option<f64> {
    let registered = census.registered? as f64;
    let resident = census.pop? as f64;
    (registered > 0.0).then(|| (registered - resident) / registered * 100.0)
}

/// Old-age dependency ratio: persons aged 65+ per 100 aged 15-64, with the
/// 15-64 share taken as `100 − (0-14) − (65+)` because the census tables
/// give 0-14, 15-59, 60+ and 65+ but not 15-64. The 65+/15-64 convention is
/// the international one (UN, NBS yearbooks), hence 65 here but 60 in the
/// ageing shares.
pub fn old_age_dependency(census: &Census) -> Option<f64> {
    let old = census.age_65_plus?;
    let working = 100.0 - census.age_0_14? - old;
    (working > 0.0).then(|| old / working * 100.0)
}

/// Urban share of residents (%): urban population / resident population.
pub fn urban_share(census: &Census) -> Option<f64> {
    let pop = census.pop? as f64;
    let urban = census.pop_urban? as f64;
    (pop > 0.0).then(|| urban / pop * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn outflow_hand_computed() {
        // 1,000,000 registered, 850,000 resident: 150,000 / 1,000,000 = 15 %.
        let c = Census {
            pop: Some(850_000),
            registered: Some(1_000_000),
            ..Default::default()
        };
        assert!(close(outflow_pct(&c).unwrap(), 15.0));
        // Net inflow is negative: (800 - 1000) / 800 = -25 %.
        let c = Census {
            pop: Some(1000),
            registered: Some(800),
            ..Default::default()
        };
        assert!(close(outflow_pct(&c).unwrap(), -25.0));
        assert_eq!(
            outflow_pct(&Census {
                pop: Some(1),
                ..Default::default()
            }),
            None
        );
        let zero = Census {
            pop: Some(1),
            registered: Some(0),
            ..Default::default()
        };
        assert_eq!(outflow_pct(&zero), None);
    }

    #[test]
    fn old_age_dependency_hand_computed() {
        // 0-14 = 20 %, 65+ = 14 %: 15-64 = 66 %, ratio 14 / 66 = 21.2121 per 100.
        let c = Census {
            age_0_14: Some(20.0),
            age_65_plus: Some(14.0),
            ..Default::default()
        };
        assert!(close(old_age_dependency(&c).unwrap(), 14.0 / 66.0 * 100.0));
        assert_eq!(
            old_age_dependency(&Census {
                age_65_plus: Some(14.0),
                ..Default::default()
            }),
            None
        );
    }

    #[test]
    fn pairs_need_both_years_for_a_change() {
        let mut unit = crate::test_support::unit_with_pops(1_000, 900);
        unit.y2020.age_60_plus = Some(25.0);
        unit.y2010.as_mut().unwrap().age_60_plus = Some(18.5);
        let p = CensusPair::of(&unit, |c| c.age_60_plus);
        assert_eq!((p.y2010, p.y2020), (Some(18.5), Some(25.0)));
        assert!(close(p.change.unwrap(), 6.5));
        unit.y2010 = None;
        let p = CensusPair::of(&unit, |c| c.age_60_plus);
        assert_eq!((p.y2010, p.y2020, p.change), (None, Some(25.0), None));
        let d = Demography::of(&unit);
        assert_eq!((d.pop_2010, d.change_pct, d.class), (None, None, None));
    }

    #[test]
    fn demography_reuses_change_and_class() {
        let unit = crate::test_support::unit_with_pops(1_000_000, 826_000);
        let d = Demography::of(&unit);
        assert_eq!((d.pop_2010, d.pop_2020), (Some(1_000_000), Some(826_000)));
        assert!(close(d.change_pct.unwrap(), -17.4));
        assert_eq!(d.class, Some(ShrinkClass::Severe));
        assert!(d.annualised_pct.unwrap() < 0.0);
    }
}
