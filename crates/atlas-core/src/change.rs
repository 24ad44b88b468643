//! Population change 2010 -> 2020 and the shrinkage intensity classes.

use crate::dataset::Unit;
use crate::url_state::Lang;
use serde::{Deserialize, Serialize};

/// Years between the two censuses (1 Nov 2010 and 1 Nov 2020).
pub const CENSUS_INTERVAL_YEARS: f64 = 10.0;

/// Percentage change in resident population 2010 -> 2020 on 2020 boundaries.
/// `None` when either year has no comparable figure.
pub fn change_pct(unit: &Unit) -> Option<f64> {
    let p2010 = unit.y2010.as_ref()?.pop? as f64;
    let p2020 = unit.y2020.pop? as f64;
    if p2010 <= 0.0 {
        return None;
    }
    Some((p2020 / p2010 - 1.0) * 100.0)
}

/// Compound annual rate of change in percent per year.
pub fn annualised_pct(unit: &Unit) -> Option<f64> {
    let total = change_pct(unit)?;
    Some(((1.0 + total / 100.0).powf(1.0 / CENSUS_INTERVAL_YEARS) - 1.0) * 100.0)
}

/// Shrinkage intensity, this project's convention: growing (>= 0), mild
/// (0 to -5 %), moderate (-5 to -10 %), severe (< -10 %) over the decade.
/// The 5-point bands split the observed range of losses in the region
/// (down to -17.4 %) into three similar-width steps; they are not an
/// official classification.
/// Lower bound (percent over the decade) of a mild loss: anything below 0.
pub const MILD_FLOOR_PCT: f64 = -5.0;
/// Lower bound of a moderate loss; below it a loss is severe.
pub const MODERATE_FLOOR_PCT: f64 = -10.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShrinkClass {
    Growing,
    Mild,
    Moderate,
    Severe,
}

impl ShrinkClass {
    /// Classifies a decade change in percent.
    pub fn of_change(pct: f64) -> ShrinkClass {
        if pct >= 0.0 {
            ShrinkClass::Growing
        } else if pct >= MILD_FLOOR_PCT {
            ShrinkClass::Mild
        } else if pct >= MODERATE_FLOOR_PCT {
            ShrinkClass::Moderate
        } else {
            ShrinkClass::Severe
        }
    }

    /// Machine name as used in URLs, JSON and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            ShrinkClass::Growing => "growing",
            ShrinkClass::Mild => "mild",
            ShrinkClass::Moderate => "moderate",
            ShrinkClass::Severe => "severe",
        }
    }

    /// The one name of the class, everywhere it is shown (map, table,
    /// profile, methods, command line).
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ShrinkClass::Growing, Lang::Zh) => "增长",
            (ShrinkClass::Mild, Lang::Zh) => "轻度收缩",
            (ShrinkClass::Moderate, Lang::Zh) => "中度收缩",
            (ShrinkClass::Severe, Lang::Zh) => "重度收缩",
            (ShrinkClass::Growing, Lang::En) => "growing",
            (ShrinkClass::Mild, Lang::En) => "mild shrinkage",
            (ShrinkClass::Moderate, Lang::En) => "moderate shrinkage",
            (ShrinkClass::Severe, Lang::En) => "severe shrinkage",
        }
    }

    /// The band of decade change the class covers, for legends and methods
    /// (generated from the bounds above).
    pub fn band(self) -> String {
        let pct = |v: f64| format!("{v} %").replace('-', "−");
        match self {
            ShrinkClass::Growing => "≥ 0 %".to_string(),
            ShrinkClass::Mild => format!("0 % … {}", pct(MILD_FLOOR_PCT)),
            ShrinkClass::Moderate => {
                format!("{} … {}", pct(MILD_FLOOR_PCT), pct(MODERATE_FLOOR_PCT))
            }
            ShrinkClass::Severe => format!("< {}", pct(MODERATE_FLOOR_PCT)),
        }
    }

    pub const ALL: [ShrinkClass; 4] = [
        ShrinkClass::Growing,
        ShrinkClass::Mild,
        ShrinkClass::Moderate,
        ShrinkClass::Severe,
    ];

    pub fn is_shrinking(self) -> bool {
        self != ShrinkClass::Growing
    }
}

/// The class of a unit, `None` without a comparable 2010 figure.
pub fn shrink_class(unit: &Unit) -> Option<ShrinkClass> {
    change_pct(unit).map(ShrinkClass::of_change)
}

/// Class breaks (percent) of the map's diverging change scale: six classes,
/// symmetric around zero so that the colour says the sign at a glance; the
/// negative breaks coincide with the intensity classes above.
pub const CHANGE_MAP_BREAKS: [f64; 5] = [-10.0, -5.0, 0.0, 5.0, 10.0];

/// Index (0..=5) of the map class a change falls in.
pub fn change_map_class(pct: f64) -> usize {
    CHANGE_MAP_BREAKS.iter().take_while(|b| pct >= **b).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_documented_bands() {
        assert_eq!(ShrinkClass::of_change(0.0), ShrinkClass::Growing);
        assert_eq!(ShrinkClass::of_change(-0.01), ShrinkClass::Mild);
        assert_eq!(ShrinkClass::of_change(-5.0), ShrinkClass::Mild);
        assert_eq!(ShrinkClass::of_change(-5.01), ShrinkClass::Moderate);
        assert_eq!(ShrinkClass::of_change(-10.0), ShrinkClass::Moderate);
        assert_eq!(ShrinkClass::of_change(-10.01), ShrinkClass::Severe);
    }

    #[test]
    fn map_classes_cover_both_sides() {
        assert_eq!(change_map_class(-17.4), 0);
        assert_eq!(change_map_class(-7.0), 1);
        assert_eq!(change_map_class(-0.2), 2);
        assert_eq!(change_map_class(0.0), 3);
        assert_eq!(change_map_class(7.0), 4);
        assert_eq!(change_map_class(55.1), 5);
    }

    #[test]
    fn annualised_rate_compounds_to_the_decade_change() {
        let unit = crate::test_support::unit_with_pops(1_000_000, 900_000);
        let a = annualised_pct(&unit).unwrap();
        let back = (1.0 + a / 100.0).powi(10);
        assert!((back - 0.9).abs() < 1e-12);
    }
}
