//! The economy indicators (2015 cross-section, prefecture-level cities the
//! source covers: see [`crate::economy`]). Per-resident figures divide by
//! the mid-2015 resident estimate, a named assumption
//! ([`crate::economy::residents_mid_2015`]).

use super::{DataFile, Formula, Indicator, Scale, Source, ValueKind};
use crate::dataset::Unit;
use crate::economy::Economy2015;

fn y2015(unit: &Unit, f: fn(&Economy2015) -> Option<f64>) -> Option<f64> {
    f(unit.economy.as_ref()?.y2015.as_ref()?)
}

pub static GDP_2015: Indicator = Indicator {
    key: "gdp_2015",
    name_zh: "地区生产总值 2015",
    name_en: "GDP 2015",
    kind: ValueKind::Yuan,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.gdp_10k * 1e4))),
};

pub static GDP_PER_RESIDENT_2015: Indicator = Indicator {
    key: "gdp_per_resident_2015",
    name_zh: "人均地区生产总值 2015",
    name_en: "GDP per resident 2015",
    kind: ValueKind::YuanPerPerson,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.gdp_per_resident()))),
};

pub static BUDGET_REVENUE_PER_RESIDENT_2015: Indicator = Indicator {
    key: "budget_revenue_per_resident_2015",
    name_zh: "人均一般公共预算收入 2015",
    name_en: "Budget revenue per resident 2015",
    kind: ValueKind::YuanPerPerson,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.budget_revenue_per_resident()))),
};

pub static BUDGET_REVENUE_SHARE_2015: Indicator = Indicator {
    key: "budget_revenue_share_2015",
    name_zh: "一般公共预算收入占地区生产总值比重 2015",
    name_en: "Budget revenue as a share of GDP 2015",
    kind: ValueKind::Percent,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.budget_revenue_share()))),
};

pub static LIGHT_PER_RESIDENT_2015: Indicator = Indicator {
    key: "light_per_resident_2015",
    name_zh: "人均夜间灯光 2015",
    name_en: "Night-time light per resident 2015",
    kind: ValueKind::Light,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.light_per_resident()))),
};

pub static LIGHT_PER_KM2_2015: Indicator = Indicator {
    key: "light_per_km2_2015",
    name_zh: "每平方公里夜间灯光 2015",
    name_en: "Night-time light per km² 2015",
    kind: ValueKind::Light,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, Economy2015::light_per_km2)),
};

pub static ESTABLISHMENTS_PER_10K_2015: Indicator = Indicator {
    key: "establishments_per_10k_2015",
    name_zh: "每万常住人口企业数 2015",
    name_en: "Establishments per 10,000 residents 2015",
    kind: ValueKind::PerTenThousand,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, |e| Some(e.establishments_per_10k()))),
};

pub static TERTIARY_ESTABLISHMENTS_2015: Indicator = Indicator {
    key: "tertiary_establishments_2015",
    name_zh: "第三产业企业占比 2015",
    name_en: "Tertiary share of establishments 2015",
    kind: ValueKind::Percent,
    scale: Scale::Sequential,
    yearly: false,
    file: DataFile::Details,
    source: Source::Economy2015,
    formula: Formula::Figure(|u, _| y2015(u, Economy2015::tertiary_establishment_share)),
};
