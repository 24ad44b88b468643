//! Economic figures of the prefecture-level units: the 2015 cross-section
//! (GDP, local general public budget revenue, night-time light,
//! establishments by sector) and the 2004-2012 city series (GDP, tertiary
//! share, fiscal revenue as a share of GDP). Both sources cover cities only:
//! no autonomous prefecture, and Lhasa alone in Tibet. A unit the source does
//! not cover has no figure, never a zero and never an estimate
//! (`docs/economy.md` states the coverage and the one estimate made here,
//! the 2015 resident population).
//!
//! City figures of that era are never added up to provinces: the source's
//! city figures exceed the provincial totals (the 18 Sichuan cities alone
//! exceed Sichuan's GDP).

use serde::{Deserialize, Serialize};

/// The economy of one prefecture-level unit, as far as the sources cover it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Economy {
    /// 2015 cross-section (`data/sources/quanturban_firm`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y2015: Option<Economy2015>,
    /// 2004-2012 city series (`data/sources/jcdasheng_city_sustainability`),
    /// by year; unbalanced: a year the source lacks is absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<EconomyYear>,
}

/// One unit in 2015, on 2015 boundaries, as the city statistical yearbooks
/// report it (via Dong et al. 2021).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Economy2015 {
    /// GDP, 10^4 yuan (万元).
    pub gdp_10k: f64,
    /// Local general public budget revenue, 10^4 yuan.
    pub budget_revenue_10k: f64,
    /// Night-time light sum over the unit (the source does not name the
    /// satellite product: a relative measure).
    pub light_sum: f64,
    /// Establishments registered, by sector: primary, secondary, tertiary
    /// (the gridded establishment dataset, 2015).
    pub establishments: [u32; 3],
    /// Residents in mid-2015 on 2015 boundaries: an estimate made here
    /// ([`residents_mid_2015`]), the denominator of every per-resident
    /// figure.
    pub residents_est: f64,
    /// Land area on 2015 boundaries, km² (today's polygons, with Jianyang
    /// moved back to Ziyang).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_km2: Option<f64>,
}

/// One year of the 2004-2012 city series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EconomyYear {
    pub year: u32,
    /// GDP at current prices, whole city, 10^4 yuan.
    pub gdp_10k: f64,
    /// Tertiary industry's share of GDP, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tertiary_share: Option<f64>,
    /// Fiscal revenue as a share of GDP, percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_share: Option<f64>,
    /// The source's figure for this year is known to be off (Chongqing
    /// 2004-2008: GDP 10-14 % away from the yearbook figures).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub doubtful: bool,
}

/// Fraction of the way from the 2010 census (1 November 2010) to the 2020
/// census (1 November 2020) at mid-2015 (1 July 2015): 56 of 120 months.
pub const MID_2015_FRACTION: f64 = 56.0 / 120.0;

/// Residents in mid-2015, the named estimate behind every 2015
/// per-resident figure: geometric interpolation between the two census
/// counts (a constant annual rate between the censuses) at
/// [`MID_2015_FRACTION`]. `None` without both counts.
pub fn residents_mid_2015(pop_2010: f64, pop_2020: f64) -> Option<f64> {
    (pop_2010 > 0.0 && pop_2020 > 0.0)
        .then(|| pop_2010 * (pop_2020 / pop_2010).powf(MID_2015_FRACTION))
}

/// 2020 code of Jianyang (简阳市), a county of Ziyang until May 2016 and of
/// Chengdu since: the 2015 figures of Ziyang include it, Chengdu's do not
/// (`../shared/data/SOURCES.md`, section I).
pub const JIANYANG: u32 = 510185;
/// The prefectures Jianyang moved between: (2015, 2020).
pub const JIANYANG_MOVE: (u32, u32) = (512000, 510100);

impl Economy2015 {
    /// Yuan per resident.
    pub fn gdp_per_resident(&self) -> f64 {
        self.gdp_10k * 1e4 / self.residents_est
    }

    pub fn budget_revenue_per_resident(&self) -> f64 {
        self.budget_revenue_10k * 1e4 / self.residents_est
    }

    /// Budget revenue as a percentage of GDP.
    pub fn budget_revenue_share(&self) -> f64 {
        100.0 * self.budget_revenue_10k / self.gdp_10k
    }

    pub fn light_per_resident(&self) -> f64 {
        self.light_sum / self.residents_est
    }

    /// Light per km² of the 2015 territory.
    pub fn light_per_km2(&self) -> Option<f64> {
        self.area_km2
            .filter(|a| *a > 0.0)
            .map(|a| self.light_sum / a)
    }

    pub fn establishments_total(&self) -> u32 {
        self.establishments.iter().sum()
    }

    /// Establishments per 10,000 residents.
    pub fn establishments_per_10k(&self) -> f64 {
        self.establishments_total() as f64 * 1e4 / self.residents_est
    }

    /// The tertiary sector's share of establishments, percent.
    pub fn tertiary_establishment_share(&self) -> Option<f64> {
        let total = self.establishments_total();
        (total > 0).then(|| 100.0 * self.establishments[2] as f64 / total as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mid_2015_residents_lie_between_the_censuses() {
        let p = residents_mid_2015(100.0, 121.0).unwrap();
        // 1.1^(2 * 56/120): a constant rate of 10 % per five years.
        assert!((p - 100.0 * 1.21f64.powf(56.0 / 120.0)).abs() < 1e-9);
        assert!(p > 100.0 && p < 110.0);
        assert_eq!(residents_mid_2015(0.0, 5.0), None);
        assert_eq!(residents_mid_2015(5.0, 5.0), Some(5.0));
    }

    #[test]
    fn per_resident_figures() {
        let e = Economy2015 {
            gdp_10k: 500.0,
            budget_revenue_10k: 50.0,
            light_sum: 20.0,
            establishments: [1, 2, 7],
            residents_est: 100.0,
            area_km2: Some(4.0),
        };
        assert_eq!(e.gdp_per_resident(), 50_000.0);
        assert_eq!(e.budget_revenue_per_resident(), 5_000.0);
        assert_eq!(e.budget_revenue_share(), 10.0);
        assert_eq!(e.light_per_resident(), 0.2);
        assert_eq!(e.establishments_per_10k(), 1_000.0);
        assert_eq!(e.tertiary_establishment_share(), Some(70.0));
        assert_eq!(e.light_per_km2(), Some(5.0));
        let no_area = Economy2015 {
            area_km2: None,
            ..e
        };
        assert_eq!(no_area.light_per_km2(), None);
    }
}
