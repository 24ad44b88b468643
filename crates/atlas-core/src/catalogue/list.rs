//! Every indicator, in the order of the map's menu and the table's columns:
//! population, age, migration, education and jobs, housing and space, then
//! the shrinkage indices, then the 2015 economy. Each is a named static so that code naming one
//! (the index inputs, the challenges, the cards) is checked by the compiler.

use super::economy::*;
use super::{census_of, DataFile, Formula, Indicator, Scale, Source, ValueKind};
use crate::change::{annualised_pct, change_pct, CHANGE_MAP_BREAKS};
use crate::dataset::{Census, SectorShares, Unit};
use crate::measures::{outflow_pct, urban_share};

use DataFile::{Atlas, Details};
use Scale::{Diverging, Sequential};

/// Breaks of the maps of a change in percentage points.
const POINTS_BREAKS: [f64; 5] = [-4.0, -2.0, 0.0, 2.0, 4.0];

/// Change of a census figure 2010 -> 2020 (its own unit: points, m²).
fn change(unit: &Unit, figure: fn(&Census) -> Option<f64>) -> Option<f64> {
    Some(figure(&unit.y2020)? - figure(unit.y2010.as_ref()?)?)
}

/// Change of one sector's employment share 2010 -> 2020 (points).
fn sector_change(unit: &Unit, sector: fn(&SectorShares) -> f64) -> Option<f64> {
    let now = sector(unit.y2020.sectors.as_ref()?);
    let then = sector(unit.y2010.as_ref()?.sectors.as_ref()?);
    Some(now - then)
}

fn sector(unit: &Unit, year: crate::url_state::Year, f: fn(&SectorShares) -> f64) -> Option<f64> {
    Some(f(census_of(unit, year)?.sectors.as_ref()?))
}

pub static POP_CHANGE: Indicator = Indicator {
    key: "pop_change",
    name_zh: "常住人口变化 2010—2020",
    name_en: "Population change 2010-2020",
    kind: ValueKind::ChangePercent,
    scale: Diverging(&CHANGE_MAP_BREAKS),
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change_pct(u)),
};

pub static ANNUAL: Indicator = Indicator {
    key: "annual",
    name_zh: "年均人口变化率",
    name_en: "Annual population change",
    kind: ValueKind::ChangePercent,
    scale: Diverging(&[-1.0, -0.5, 0.0, 0.5, 1.0]),
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| annualised_pct(u)),
};

pub static POP: Indicator = Indicator {
    key: "pop",
    name_zh: "常住人口",
    name_en: "Residents",
    kind: ValueKind::Persons,
    scale: Sequential,
    yearly: true,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.pop.map(|p| p as f64)),
};

pub static AGE60: Indicator = Indicator {
    key: "age60",
    name_zh: "60 岁及以上人口占比",
    name_en: "Share aged 60+",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.age_60_plus),
};

pub static AGE60_CHANGE: Indicator = Indicator {
    key: "age60_change",
    name_zh: "60 岁及以上人口占比变化",
    name_en: "Change in the share aged 60+",
    kind: ValueKind::ChangePoints,
    scale: Sequential,
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change(u, |c| c.age_60_plus)),
};

pub static AGE65: Indicator = Indicator {
    key: "age65",
    name_zh: "65 岁及以上人口占比",
    name_en: "Share aged 65+",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.age_65_plus),
};

pub static WORKING_AGE: Indicator = Indicator {
    key: "working_age",
    name_zh: "15—59 岁人口占比",
    name_en: "Share aged 15-59",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.age_15_59),
};

pub static WORKING_AGE_CHANGE: Indicator = Indicator {
    key: "working_age_change",
    name_zh: "15—59 岁人口占比变化",
    name_en: "Change in the share aged 15-59",
    kind: ValueKind::ChangePoints,
    scale: Diverging(&POINTS_BREAKS),
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change(u, |c| c.age_15_59)),
};

pub static URBAN: Indicator = Indicator {
    key: "urban",
    name_zh: "城镇人口占比",
    name_en: "Urban share",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| urban_share(census_of(u, y)?)),
};

pub static URBAN_SHARE_CHANGE: Indicator = Indicator {
    key: "urban_share_change",
    name_zh: "城镇人口占比变化",
    name_en: "Change in the urban share",
    kind: ValueKind::ChangePoints,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change(u, urban_share)),
};

pub static DENSITY: Indicator = Indicator {
    key: "density",
    name_zh: "人口密度 2020",
    name_en: "Density 2020",
    kind: ValueKind::Density,
    scale: Sequential,
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| u.density()),
};

pub static DENSITY_LOG: Indicator = Indicator {
    key: "density_log_2020",
    name_zh: "人口密度（对数）2020",
    name_en: "Density (log) 2020",
    kind: ValueKind::LogDensity,
    scale: Sequential,
    yearly: false,
    file: Atlas,
    source: Source::Census,
    formula: Formula::Figure(|u, _| u.density().filter(|d| *d > 0.0).map(f64::log10)),
};

pub static OUTFLOW: Indicator = Indicator {
    key: "outflow_2010",
    name_zh: "户籍人口外流率 2010",
    name_en: "Outflow 2010 (registered minus resident)",
    kind: ValueKind::ChangePercent,
    scale: Diverging(&[-20.0, -10.0, 0.0, 10.0, 20.0]),
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| outflow_pct(u.y2010.as_ref()?)),
};

pub static INFLOW_OTHER_PROVINCE: Indicator = Indicator {
    key: "inflow_other_province",
    name_zh: "户籍在外省的人口占比",
    name_en: "Registered in another province",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.reg_elsewhere_outside),
};

pub static COLLEGE: Indicator = Indicator {
    key: "college",
    name_zh: "大专及以上学历占比",
    name_en: "College-educated share",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.college_share),
};

pub static SCHOOLING: Indicator = Indicator {
    key: "schooling",
    name_zh: "平均受教育年限",
    name_en: "Years of schooling",
    kind: ValueKind::Years,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.schooling_years),
};

pub static EMPLOYMENT: Indicator = Indicator {
    key: "employment",
    name_zh: "就业人口占 15 岁及以上人口比例",
    name_en: "Employed per 100 aged 15+",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.employment_rate),
};

pub static EMPLOYMENT_RATE_CHANGE: Indicator = Indicator {
    key: "employment_rate_change",
    name_zh: "就业人口比例变化",
    name_en: "Change in the employment rate",
    kind: ValueKind::ChangePoints,
    scale: Diverging(&POINTS_BREAKS),
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change(u, |c| c.employment_rate)),
};

pub static KNOWLEDGE_SERVICES: Indicator = Indicator {
    key: "knowledge_services",
    name_zh: "知识密集型服务业就业占比",
    name_en: "Jobs in knowledge services",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| sector(u, y, |s| s.knowledge_services)),
};

pub static KNOWLEDGE_SERVICES_CHANGE: Indicator = Indicator {
    key: "knowledge_services_change",
    name_zh: "知识密集型服务业就业占比变化",
    name_en: "Change in jobs in knowledge services",
    kind: ValueKind::ChangePoints,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| sector_change(u, |s| s.knowledge_services)),
};

pub static MANUFACTURING: Indicator = Indicator {
    key: "manufacturing",
    name_zh: "制造业就业占比",
    name_en: "Jobs in manufacturing",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| sector(u, y, |s| s.manufacturing)),
};

pub static MANUFACTURING_CHANGE: Indicator = Indicator {
    key: "manufacturing_change",
    name_zh: "制造业就业占比变化",
    name_en: "Change in jobs in manufacturing",
    kind: ValueKind::ChangePoints,
    scale: Diverging(&POINTS_BREAKS),
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| sector_change(u, |s| s.manufacturing)),
};

pub static MINING: Indicator = Indicator {
    key: "mining",
    name_zh: "采矿业就业占比",
    name_en: "Jobs in mining",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| sector(u, y, |s| s.mining)),
};

pub static AGRICULTURE: Indicator = Indicator {
    key: "agriculture",
    name_zh: "农业就业占比",
    name_en: "Jobs in agriculture",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| sector(u, y, |s| s.agriculture)),
};

pub static FLOOR_AREA: Indicator = Indicator {
    key: "floor_area",
    name_zh: "人均住房建筑面积",
    name_en: "Floor area per person",
    kind: ValueKind::SquareMetres,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.floor_area_per_person),
};

pub static FLOOR_AREA_CHANGE: Indicator = Indicator {
    key: "floor_area_change",
    name_zh: "人均住房建筑面积变化",
    name_en: "Change in floor area per person",
    kind: ValueKind::ChangeSquareMetres,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| change(u, |c| c.floor_area_per_person)),
};

pub static HOUSEHOLD_SIZE: Indicator = Indicator {
    key: "household_size",
    name_zh: "平均家庭户规模",
    name_en: "Persons per household",
    kind: ValueKind::PerHousehold,
    scale: Sequential,
    yearly: true,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, y| census_of(u, y)?.household_size),
};

pub static URBAN_CENTRE: Indicator = Indicator {
    key: "urban_centre",
    name_zh: "居住在城市中心的人口占比（GHSL 2020）",
    name_en: "Living in urban centres (GHSL 2020)",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| u.ghsl.as_ref().map(|g| g.urban_centre_share)),
};

pub static URBAN_CLUSTER: Indicator = Indicator {
    key: "urban_cluster_share",
    name_zh: "居住在城市聚集区的人口占比（GHSL 2020）",
    name_en: "Living in urban clusters (GHSL 2020)",
    kind: ValueKind::Percent,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Figure(|u, _| u.ghsl.as_ref().map(|g| g.urban_cluster_share)),
};

pub static COMPOSITE: Indicator = Indicator {
    key: "composite",
    name_zh: "综合收缩指数",
    name_en: "Composite shrinkage index",
    kind: ValueKind::Index,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Measure(|m| m.index.composite),
};

pub static INDEX_POPULATION: Indicator = Indicator {
    key: "index_population",
    name_zh: "人口维度收缩指数",
    name_en: "Population shrinkage index",
    kind: ValueKind::Index,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Measure(|m| m.index.population),
};

pub static INDEX_INDUSTRY: Indicator = Indicator {
    key: "index_industry",
    name_zh: "产业维度收缩指数",
    name_en: "Industry shrinkage index",
    kind: ValueKind::Index,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Measure(|m| m.index.industry),
};

pub static INDEX_SPACE: Indicator = Indicator {
    key: "index_space",
    name_zh: "空间维度收缩指数",
    name_en: "Space shrinkage index",
    kind: ValueKind::Index,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Measure(|m| m.index.space),
};

pub static CCD: Indicator = Indicator {
    key: "ccd",
    name_zh: "三维度耦合协调度",
    name_en: "Coupling coordination of the three dimensions",
    kind: ValueKind::Index,
    scale: Sequential,
    yearly: false,
    file: Details,
    source: Source::Census,
    formula: Formula::Measure(|m| m.coupling.as_ref().map(|c| c.d)),
};

/// Every indicator, in menu and column order.
pub static INDICATORS: &[&Indicator] = &[
    &POP_CHANGE,
    &ANNUAL,
    &POP,
    &AGE60,
    &AGE60_CHANGE,
    &AGE65,
    &WORKING_AGE,
    &WORKING_AGE_CHANGE,
    &URBAN,
    &URBAN_SHARE_CHANGE,
    &DENSITY,
    &DENSITY_LOG,
    &OUTFLOW,
    &INFLOW_OTHER_PROVINCE,
    &COLLEGE,
    &SCHOOLING,
    &EMPLOYMENT,
    &EMPLOYMENT_RATE_CHANGE,
    &KNOWLEDGE_SERVICES,
    &KNOWLEDGE_SERVICES_CHANGE,
    &MANUFACTURING,
    &MANUFACTURING_CHANGE,
    &MINING,
    &AGRICULTURE,
    &FLOOR_AREA,
    &FLOOR_AREA_CHANGE,
    &HOUSEHOLD_SIZE,
    &URBAN_CENTRE,
    &URBAN_CLUSTER,
    &COMPOSITE,
    &INDEX_POPULATION,
    &INDEX_INDUSTRY,
    &INDEX_SPACE,
    &CCD,
    &GDP_2015,
    &GDP_PER_RESIDENT_2015,
    &BUDGET_REVENUE_PER_RESIDENT_2015,
    &BUDGET_REVENUE_SHARE_2015,
    &LIGHT_PER_RESIDENT_2015,
    &LIGHT_PER_KM2_2015,
    &ESTABLISHMENTS_PER_10K_2015,
    &TERTIARY_ESTABLISHMENTS_2015,
];
