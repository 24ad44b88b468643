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

mod list;
pub mod table;

pub use list::*;

use crate::dataset::{Census, Unit};
use crate::format::{grouped, population_short, signed_pct};
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
            (ValueKind::Index | ValueKind::Number, _) => "",
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
        }
    }

    /// The raw value as a CSV cell: plain, no unit, no grouping.
    pub fn csv(self, v: f64) -> String {
        match self {
            ValueKind::Persons => format!("{v:.0}"),
            ValueKind::Index | ValueKind::LogDensity => format!("{v:.4}"),
            _ => format!("{v:.2}"),
        }
    }

    /// Decimals for legend breaks.
    pub fn break_decimals(self) -> i32 {
        match self {
            ValueKind::Persons | ValueKind::Density => -3,
            ValueKind::PerHousehold | ValueKind::Index | ValueKind::LogDensity => 2,
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

/// Where a value comes from.
#[derive(Clone, Copy)]
pub enum Formula {
    /// A census figure (or a difference of two) of the year asked for;
    /// single-year indicators ignore the year.
    Census(fn(&Unit, Year) -> Option<f64>),
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
            Formula::Census(f) => f(unit, year).filter(|v| v.is_finite()),
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
            Formula::Census(_) => self.of(unit, year),
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
    formula: Formula::Census(|_, _| None),
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
