//! The indicators a reader can put on the map, in the table and on a place's
//! cards: what each is called, its unit, how to colour it and where its value
//! comes from (a census field or a measure of the core).

use atlas_core::change::{annualised_pct, change_pct, CHANGE_MAP_BREAKS};
use atlas_core::dataset::{Census, Unit};
use atlas_core::format::{grouped, population_short};
use atlas_core::measures::{LevelMeasures, UnitMeasures};
use atlas_core::url_state::Year;
use atlas_core::Lang;

/// How values are shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueKind {
    /// A count of persons.
    Persons,
    /// A percentage (share or change).
    Percent,
    /// A signed change in percent.
    ChangePercent,
    /// Residents per km².
    Density,
    Years,
    SquareMetres,
    Rooms,
    /// A 0-1 index.
    Index,
    /// Any number (the reader's own data).
    Number,
}

/// How the map colours an indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Fixed breaks around zero, diverging palette (orange = loss).
    Diverging(&'static [f64]),
    /// Quintile breaks over the units shown, sequential palette.
    Sequential,
}

/// One indicator.
pub struct Indicator {
    /// URL key (`indicator=<key>`); never renamed without an alias.
    pub key: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub kind: ValueKind,
    pub scale: Scale,
    /// Whether it exists for both census years (`year=` applies).
    pub yearly: bool,
    /// Whether it needs the lazily loaded details file.
    pub details: bool,
    /// The value from the census figures (unused for measures).
    pub value: fn(&Unit, Year) -> Option<f64>,
    /// For the shrinkage indices: the value from the unit's measures.
    pub measure: Option<fn(&UnitMeasures) -> Option<f64>>,
}

impl Indicator {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.name_zh,
            Lang::En => self.name_en,
        }
    }

    /// The value for a unit from its census figures (the year is ignored
    /// by non-yearly indicators). `None` for the shrinkage indices: use
    /// [`Indicator::value_in`].
    pub fn of(&self, unit: &Unit, year: Year) -> Option<f64> {
        (self.value)(unit, year).filter(|v| v.is_finite())
    }

    /// The value with the level's measures at hand (needed by the indices).
    pub fn value_in(
        &self,
        unit: &Unit,
        year: Year,
        measures: Option<&LevelMeasures>,
    ) -> Option<f64> {
        match self.measure {
            Some(f) => measures?
                .unit(unit.code)
                .and_then(f)
                .filter(|v| v.is_finite()),
            None => self.of(unit, year),
        }
    }

    pub fn needs_measures(&self) -> bool {
        self.measure.is_some()
    }

    /// A value formatted for reading.
    pub fn format(&self, v: f64, lang: Lang) -> String {
        match self.kind {
            ValueKind::Persons => population_short(v.max(0.0) as u64, lang),
            ValueKind::Percent => format!("{v:.1}%"),
            ValueKind::ChangePercent => atlas_core::format::signed_pct(v, 1),
            ValueKind::Density => match lang {
                Lang::Zh => format!("{} 人/km²", grouped(v.round() as u64)),
                Lang::En => format!("{} per km²", grouped(v.round() as u64)),
            },
            ValueKind::Years => match lang {
                Lang::Zh => format!("{v:.1} 年"),
                Lang::En => format!("{v:.1} years"),
            },
            ValueKind::SquareMetres => format!("{v:.1} m²"),
            ValueKind::Rooms => format!("{v:.2}"),
            ValueKind::Index => format!("{v:.3}"),
            ValueKind::Number => {
                let s = format!("{v:.2}");
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            }
        }
    }

    /// Decimals for legend breaks.
    pub fn break_decimals(&self) -> i32 {
        match self.kind {
            ValueKind::Persons | ValueKind::Density => -3,
            ValueKind::Rooms | ValueKind::Index => 2,
            _ => 1,
        }
    }
}

fn year_of(unit: &Unit, year: Year) -> Option<&Census> {
    match year {
        Year::Y2010 => unit.y2010.as_ref(),
        Year::Y2020 => Some(&unit.y2020),
    }
}

fn share(part: Option<u64>, whole: Option<u64>) -> Option<f64> {
    let whole = whole.filter(|w| *w > 0)? as f64;
    Some(part? as f64 / whole * 100.0)
}

/// The default indicator: population change 2010-2020.
pub const DEFAULT_KEY: &str = "change";

pub static INDICATORS: &[Indicator] = &[
    Indicator {
        key: "change",
        name_zh: "常住人口变化 2010—2020",
        name_en: "Population change 2010-2020",
        kind: ValueKind::ChangePercent,
        scale: Scale::Diverging(&CHANGE_MAP_BREAKS),
        yearly: false,
        details: false,
        value: |u, _| change_pct(u),
        measure: None,
    },
    Indicator {
        key: "annual",
        name_zh: "年均人口变化率",
        name_en: "Annual population change",
        kind: ValueKind::ChangePercent,
        scale: Scale::Diverging(&[-1.0, -0.5, 0.0, 0.5, 1.0]),
        yearly: false,
        details: false,
        value: |u, _| annualised_pct(u),
        measure: None,
    },
    Indicator {
        key: "pop",
        name_zh: "常住人口",
        name_en: "Residents",
        kind: ValueKind::Persons,
        scale: Scale::Sequential,
        yearly: true,
        details: false,
        value: |u, y| year_of(u, y)?.pop.map(|p| p as f64),
        measure: None,
    },
    Indicator {
        key: "age60",
        name_zh: "60 岁及以上人口占比",
        name_en: "Share aged 60+",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: false,
        value: |u, y| year_of(u, y)?.age_60_plus,
        measure: None,
    },
    Indicator {
        key: "age65",
        name_zh: "65 岁及以上人口占比",
        name_en: "Share aged 65+",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: false,
        value: |u, y| year_of(u, y)?.age_65_plus,
        measure: None,
    },
    Indicator {
        key: "working_age",
        name_zh: "15—59 岁人口占比",
        name_en: "Share aged 15-59",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: false,
        value: |u, y| year_of(u, y)?.age_15_59,
        measure: None,
    },
    Indicator {
        key: "urban",
        name_zh: "城镇人口占比",
        name_en: "Urban share",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| {
            let c = year_of(u, y)?;
            share(c.pop_urban, c.pop)
        },
        measure: None,
    },
    Indicator {
        key: "density",
        name_zh: "人口密度 2020",
        name_en: "Density 2020",
        kind: ValueKind::Density,
        scale: Scale::Sequential,
        yearly: false,
        details: false,
        value: |u, _| u.density(),
        measure: None,
    },
    Indicator {
        key: "outflow",
        name_zh: "户籍人口外流率 2010",
        name_en: "Outflow 2010 (registered minus resident)",
        kind: ValueKind::ChangePercent,
        scale: Scale::Diverging(&[-20.0, -10.0, 0.0, 10.0, 20.0]),
        yearly: false,
        details: true,
        value: |u, _| {
            let c = u.y2010.as_ref()?;
            let reg = c.registered.filter(|r| *r > 0)? as f64;
            Some((reg - c.pop? as f64) / reg * 100.0)
        },
        measure: None,
    },
    Indicator {
        key: "inflow_province",
        name_zh: "户籍在外省的人口占比",
        name_en: "Registered in another province",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.reg_elsewhere_outside,
        measure: None,
    },
    Indicator {
        key: "college",
        name_zh: "大专及以上学历占比",
        name_en: "College-educated share",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.college_share,
        measure: None,
    },
    Indicator {
        key: "schooling",
        name_zh: "平均受教育年限",
        name_en: "Years of schooling",
        kind: ValueKind::Years,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.schooling_years,
        measure: None,
    },
    Indicator {
        key: "employment",
        name_zh: "就业人口占 15 岁及以上人口比例",
        name_en: "Employed per 100 aged 15+",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.employment_rate,
        measure: None,
    },
    Indicator {
        key: "knowledge",
        name_zh: "知识密集型服务业就业占比",
        name_en: "Jobs in knowledge services",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| Some(year_of(u, y)?.sectors.as_ref()?.knowledge_services),
        measure: None,
    },
    Indicator {
        key: "manufacturing",
        name_zh: "制造业就业占比",
        name_en: "Jobs in manufacturing",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| Some(year_of(u, y)?.sectors.as_ref()?.manufacturing),
        measure: None,
    },
    Indicator {
        key: "mining",
        name_zh: "采矿业就业占比",
        name_en: "Jobs in mining",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| Some(year_of(u, y)?.sectors.as_ref()?.mining),
        measure: None,
    },
    Indicator {
        key: "agriculture",
        name_zh: "农业就业占比",
        name_en: "Jobs in agriculture",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| Some(year_of(u, y)?.sectors.as_ref()?.agriculture),
        measure: None,
    },
    Indicator {
        key: "floor_area",
        name_zh: "人均住房建筑面积",
        name_en: "Floor area per person",
        kind: ValueKind::SquareMetres,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.floor_area_per_person,
        measure: None,
    },
    Indicator {
        key: "household_size",
        name_zh: "平均家庭户规模",
        name_en: "Persons per household",
        kind: ValueKind::Rooms,
        scale: Scale::Sequential,
        yearly: true,
        details: true,
        value: |u, y| year_of(u, y)?.household_size,
        measure: None,
    },
    Indicator {
        key: "urban_centre",
        name_zh: "居住在城市中心的人口占比（GHSL 2020）",
        name_en: "Living in urban centres (GHSL 2020)",
        kind: ValueKind::Percent,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |u, _| u.ghsl.as_ref().map(|g| g.urban_centre_share),
        measure: None,
    },
    Indicator {
        key: "composite",
        name_zh: "综合收缩指数",
        name_en: "Composite shrinkage index",
        kind: ValueKind::Index,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |_, _| None,
        measure: Some(|m| m.index.composite),
    },
    Indicator {
        key: "index_population",
        name_zh: "人口维度收缩指数",
        name_en: "Population shrinkage index",
        kind: ValueKind::Index,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |_, _| None,
        measure: Some(|m| m.index.population),
    },
    Indicator {
        key: "index_industry",
        name_zh: "产业维度收缩指数",
        name_en: "Industry shrinkage index",
        kind: ValueKind::Index,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |_, _| None,
        measure: Some(|m| m.index.industry),
    },
    Indicator {
        key: "index_space",
        name_zh: "空间维度收缩指数",
        name_en: "Space shrinkage index",
        kind: ValueKind::Index,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |_, _| None,
        measure: Some(|m| m.index.space),
    },
    Indicator {
        key: "ccd",
        name_zh: "三维度耦合协调度",
        name_en: "Coupling coordination of the three dimensions",
        kind: ValueKind::Index,
        scale: Scale::Sequential,
        yearly: false,
        details: true,
        value: |_, _| None,
        measure: Some(|m| m.coupling.as_ref().map(|c| c.d)),
    },
];

/// URL key of the reader's own data (see `components::upload`).
pub const USER_KEY: &str = "user";

/// The reader's uploaded layer as an indicator; its values come from the
/// layer, not from the bundle.
pub static USER: Indicator = Indicator {
    key: USER_KEY,
    name_zh: "我的数据",
    name_en: "My data",
    kind: ValueKind::Number,
    scale: Scale::Sequential,
    yearly: false,
    details: false,
    value: |_, _| None,
    measure: None,
};

/// The indicator with this key.
pub fn find(key: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.key == key)
}

/// The indicator to show for a URL key (the default when absent).
pub fn current(key: Option<&str>) -> &'static Indicator {
    if key == Some(USER_KEY) {
        return &USER;
    }
    key.and_then(find)
        .unwrap_or_else(|| find(DEFAULT_KEY).expect("default indicator exists"))
}
