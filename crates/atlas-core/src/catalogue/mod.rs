//! The one catalogue of indicators: every map layer, table column, profile
//! card, index input and CSV column is an [`Indicator`] of [`INDICATORS`],
//! with its key, names, kind of value (unit and format), map scale, the
//! data file it needs and its formula over the dataset. The app keeps no
//! formula of its own; the web table's CSV and `atlas list --csv` are the
//! same table ([`table`]), so their columns join.
//!
//! **Keys.** An indicator's key is stable (`indicator=<key>` in links). A
//! yearly indicator has one column per census year, `<key>_<year>`
//! (`age60_2010`, `age60_2020`); a single-year one is its key alone
//! (`outflow_2010`, `pop_change`). Keys of older links are mapped by
//! [`ALIASES`].

mod economy;
mod list;
pub mod table;

pub use economy::*;
pub use list::*;

use crate::dataset::{Census, Unit};
use crate::format::{grouped, grouped_decimal, population_short, signed_pct};
use crate::measures::{LevelMeasures, UnitMeasures};
use crate::url_state::{Lang, Year};

/// What kind of number an indicator is: its unit and how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// A count of persons.
    Persons,
    /// A share in percent.
    Percent,
    /// A signed change in percent.
    ChangePercent,
    /// A signed change in percentage points.
    ChangePoints,
    /// Residents per km².
    Density,
    /// log10 of residents per km².
    LogDensity,
    Years,
    SquareMetres,
    /// A signed change in m².
    ChangeSquareMetres,
    /// Persons per household.
    PerHousehold,
    /// A 0-1 index.
    Index,
    /// Any number (the reader's own data).
    Number,
    /// An amount of yuan (shown in 亿元 / billion yuan).
    Yuan,
    /// Yuan per resident.
    YuanPerPerson,
    /// A count per 10,000 residents.
    PerTenThousand,
    /// Night-time light (a relative sum: the source names no unit).
    Light,
}

impl ValueKind {
    /// The unit of the raw value, as a column or methods table states it.
    pub fn unit(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ValueKind::Persons, Lang::Zh) => "人",
            (ValueKind::Persons, Lang::En) => "persons",
            (ValueKind::Percent | ValueKind::ChangePercent, _) => "%",
            (ValueKind::ChangePoints, Lang::Zh) => "百分点",
            (ValueKind::ChangePoints, Lang::En) => "pp",
            (ValueKind::Density, Lang::Zh) => "人/平方公里",
            (ValueKind::Density, Lang::En) => "persons/km²",
            (ValueKind::LogDensity, Lang::Zh) => "lg(人/平方公里)",
            (ValueKind::LogDensity, Lang::En) => "log10 persons/km²",
            (ValueKind::Years, Lang::Zh) => "年",
            (ValueKind::Years, Lang::En) => "years",
            (ValueKind::SquareMetres | ValueKind::ChangeSquareMetres, Lang::Zh) => "平方米",
            (ValueKind::SquareMetres | ValueKind::ChangeSquareMetres, Lang::En) => "m²",
            (ValueKind::PerHousehold, Lang::Zh) => "人/户",
            (ValueKind::PerHousehold, Lang::En) => "persons/household",
            (ValueKind::Yuan, Lang::Zh) => "元",
            (ValueKind::Yuan, Lang::En) => "yuan",
            (ValueKind::YuanPerPerson, Lang::Zh) => "元/人",
            (ValueKind::YuanPerPerson, Lang::En) => "yuan per resident",
            (ValueKind::PerTenThousand, Lang::Zh) => "个/万人",
            (ValueKind::PerTenThousand, Lang::En) => "per 10,000 residents",
            (ValueKind::Index | ValueKind::Number | ValueKind::Light, _) => "",
        }
    }

    /// A value formatted for reading.
    pub fn format(self, v: f64, lang: Lang) -> String {
        match self {
            ValueKind::Persons => population_short(v.max(0.0) as u64, lang),
            ValueKind::Percent => format!("{v:.1}%"),
            ValueKind::ChangePercent => signed_pct(v, 1),
            ValueKind::ChangePoints => {
                let s = signed_pct(v, 1);
                let s = s.trim_end_matches('%');
                match lang {
                    Lang::Zh => format!("{s} 个百分点"),
                    Lang::En => format!("{s} pp"),
                }
            }
            ValueKind::Density => match lang {
                Lang::Zh => format!("{} 人/km²", grouped(v.round() as u64)),
                Lang::En => format!("{} per km²", grouped(v.round() as u64)),
            },
            ValueKind::LogDensity => format!("{v:.2}"),
            ValueKind::Years => match lang {
                Lang::Zh => format!("{v:.1} 年"),
                Lang::En => format!("{v:.1} years"),
            },
            ValueKind::SquareMetres => format!("{v:.1} m²"),
            ValueKind::ChangeSquareMetres => {
                format!("{} m²", signed_pct(v, 1).trim_end_matches('%'))
            }
            ValueKind::PerHousehold => format!("{v:.2}"),
            ValueKind::Index => format!("{v:.3}"),
            ValueKind::Number => {
                let s = format!("{v:.2}");
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            }
            ValueKind::Yuan => match lang {
                Lang::Zh => format!("{} 亿元", grouped_decimal(v / 1e8, 2)),
                Lang::En => format!("{} billion yuan", grouped_decimal(v / 1e9, 1)),
            },
            ValueKind::YuanPerPerson => match lang {
                Lang::Zh => format!("{} 元", grouped(v.round() as u64)),
                Lang::En => format!("{} yuan", grouped(v.round() as u64)),
            },
            ValueKind::PerTenThousand => format!("{v:.1}"),
            ValueKind::Light => format!("{v:.4}"),
        }
    }

    /// The raw value as a CSV cell: plain, no unit, no grouping.
    pub fn csv(self, v: f64) -> String {
        match self {
            ValueKind::Persons | ValueKind::Yuan | ValueKind::YuanPerPerson => format!("{v:.0}"),
            ValueKind::Index | ValueKind::LogDensity | ValueKind::Light => format!("{v:.4}"),
            _ => format!("{v:.2}"),
        }
    }

    /// Decimals for legend breaks.
    pub fn break_decimals(self) -> i32 {
        match self {
            ValueKind::Persons | ValueKind::Density => -3,
            ValueKind::Yuan => -8,
            ValueKind::YuanPerPerson => -2,
            ValueKind::PerHousehold | ValueKind::Index | ValueKind::LogDensity => 2,
            ValueKind::Light => 3,
            _ => 1,
        }
    }
}

/// How the map colours an indicator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Fixed breaks around zero, diverging palette (orange = loss).
    Diverging(&'static [f64]),
    /// Quintile breaks over the units shown, sequential palette.
    Sequential,
}

/// Which bundle file an indicator's inputs are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    /// `atlas.json`, loaded first (prefecture figures only: county figures
    /// always travel with the details).
    Atlas,
    /// `details.json`, loaded when first needed.
    Details,
}

/// Which source an indicator's figures come from, with its year and
/// coverage (stated wherever the indicator is shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The 2010 and 2020 censuses (every unit).
    Census,
    /// The 2015 city yearbook figures via Dong et al. (2021): 34 of the 54
    /// prefecture-level units, no county.
    Economy2015,
    /// The reader's own file.
    Reader,
}

impl Source {
    /// Where the figures come from, their year and what they cover.
    pub fn note(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Source::Census, Lang::Zh) => "来源：第六、七次全国人口普查（2010、2020）。",
            (Source::Census, Lang::En) => "Source: the 2010 and 2020 censuses.",
            (Source::Economy2015, Lang::Zh) => "来源：2015 年城市统计年鉴数据（Dong 等，2021，MIT 许可）。仅覆盖 54 个地级单元中的 34 个地级市：无自治州，西藏仅拉萨；无区县数据。2015 年辖区（资阳含简阳）；人均值以 2015 年年中常住人口估计（两次普查间几何插值）为分母。",
            (Source::Economy2015, Lang::En) => "Source: 2015 city statistical yearbook figures (Dong et al. 2021, MIT). Covers 34 of the 54 prefecture-level units: no autonomous prefecture, Lhasa only in Tibet, no county. 2015 boundaries (Ziyang includes Jianyang); per-resident figures divide by the mid-2015 resident estimate (geometric interpolation between the censuses).",
            (Source::Reader, Lang::Zh) => "来源：您上传的文件。",
            (Source::Reader, Lang::En) => "Source: your uploaded file.",
        }
    }

    /// Why a unit has no figure (shown instead of a value).
    pub fn missing(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Source::Economy2015, Lang::Zh) => "无数据（来源未覆盖）",
            (Source::Economy2015, Lang::En) => "no data (not covered by the source)",
            (_, Lang::Zh) => "无数据",
            (_, Lang::En) => "no data",
        }
    }
}

/// Where a value comes from.
#[derive(Clone, Copy)]
pub enum Formula {
    /// A figure of the unit (census, or economy) or a difference of two, of
    /// the year asked for; single-year indicators ignore the year.
    Figure(fn(&Unit, Year) -> Option<f64>),
    /// A measure of the level (the shrinkage indices).
    Measure(fn(&UnitMeasures) -> Option<f64>),
}

/// One indicator.
pub struct Indicator {
    /// URL key and column stem; never renamed without an [`ALIASES`] entry.
    pub key: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub kind: ValueKind,
    pub scale: Scale,
    /// Whether it exists for both census years (`year=` applies).
    pub yearly: bool,
    pub file: DataFile,
    pub source: Source,
    pub formula: Formula,
}

impl std::fmt::Debug for Indicator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)
    }
}

impl PartialEq for Indicator {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Indicator {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.name_zh,
            Lang::En => self.name_en,
        }
    }

    /// Whether it needs the details file.
    pub fn details(&self) -> bool {
        self.file == DataFile::Details
    }

    pub fn needs_measures(&self) -> bool {
        matches!(self.formula, Formula::Measure(_))
    }

    /// The value from the unit's census figures; `None` for the indices
    /// (use [`Indicator::value_in`]) and when an input is missing.
    pub fn of(&self, unit: &Unit, year: Year) -> Option<f64> {
        match self.formula {
            Formula::Figure(f) => f(unit, year).filter(|v| v.is_finite()),
            Formula::Measure(_) => None,
        }
    }

    /// The value with the level's measures at hand (needed by the indices).
    pub fn value_in(
        &self,
        unit: &Unit,
        year: Year,
        measures: Option<&LevelMeasures>,
    ) -> Option<f64> {
        match self.formula {
            Formula::Measure(f) => measures?
                .unit(unit.code)
                .and_then(f)
                .filter(|v| v.is_finite()),
            Formula::Figure(_) => self.of(unit, year),
        }
    }

    /// A value formatted for reading.
    pub fn format(&self, v: f64, lang: Lang) -> String {
        self.kind.format(v, lang)
    }

    /// The years it has columns for, among `years`.
    pub fn years<'a>(&self, years: &'a [Year]) -> &'a [Year] {
        if self.yearly {
            years
        } else {
            &years[years.len().saturating_sub(1)..]
        }
    }

    /// Its column in a table or CSV for a year.
    pub fn column(&'static self, year: Year) -> Column {
        Column {
            indicator: self,
            year,
        }
    }
}

/// One column: an indicator in a year (the year matters only for yearly
/// indicators).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub indicator: &'static Indicator,
    pub year: Year,
}

impl Column {
    /// `<key>_<year>` for a yearly indicator, the key otherwise.
    pub fn key(&self) -> String {
        if self.indicator.yearly {
            format!("{}_{}", self.indicator.key, self.year.key())
        } else {
            self.indicator.key.to_string()
        }
    }

    /// The name with the year of a yearly indicator.
    pub fn name(&self, lang: Lang) -> String {
        if self.indicator.yearly {
            format!("{} {}", self.indicator.name(lang), self.year.key())
        } else {
            self.indicator.name(lang).to_string()
        }
    }

    pub fn of(&self, unit: &Unit) -> Option<f64> {
        self.indicator.of(unit, self.year)
    }
}

/// The indicator with this key (an alias of an older link included).
pub fn find(key: &str) -> Option<&'static Indicator> {
    let key = ALIASES
        .iter()
        .find(|(old, _)| *old == key)
        .map_or(key, |(_, new)| new);
    INDICATORS.iter().copied().find(|i| i.key == key)
}

/// The indicator to show for a URL key (the default when absent or
/// unknown; the app says when a key is unknown).
pub fn current(key: Option<&str>) -> &'static Indicator {
    if key == Some(USER_KEY) {
        return &USER;
    }
    key.and_then(find).unwrap_or(&POP_CHANGE)
}

/// The default indicator: population change 2010-2020.
pub const DEFAULT_KEY: &str = "pop_change";

/// Keys of older links and the indicator they now name.
pub const ALIASES: &[(&str, &str)] = &[
    ("change", "pop_change"),
    ("outflow", "outflow_2010"),
    ("inflow_province", "inflow_other_province"),
    ("knowledge", "knowledge_services"),
];

/// URL key of the reader's own data (see the app's upload component).
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
    file: DataFile::Atlas,
    source: Source::Reader,
    formula: Formula::Figure(|_, _| None),
};

/// The census of a year (`None` for a county without a comparable 2010
/// figure).
pub(crate) fn census_of(unit: &Unit, year: Year) -> Option<&Census> {
    match year {
        Year::Y2010 => unit.y2010.as_ref(),
        Year::Y2020 => Some(&unit.y2020),
    }
}

#[cfg(test)]
mod tests;
