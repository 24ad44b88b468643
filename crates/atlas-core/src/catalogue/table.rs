//! The table of every unit and indicator as CSV: what the web table
//! downloads and what `atlas list --csv` prints, one function so that the
//! two have the same columns and join on `code`.
//!
//! Columns: `code`, both names, `level`, the province's and the parent
//! prefecture's code, the shrinkage class key, then every indicator of
//! [`INDICATORS`] (one column per requested year for yearly ones, see
//! [`super::Column::key`]). Raw numbers, no units or grouping; an empty
//! cell is "no data", never a zero.

use super::{Column, INDICATORS};
use crate::change::shrink_class;
use crate::dataset::{Level, Unit};
use crate::measures::LevelMeasures;
use crate::url_state::Year;

/// The identification columns before the indicators.
pub const ID_COLUMNS: [&str; 7] = [
    "code", "name_zh", "name_en", "level", "province", "parent", "class",
];

/// The indicator columns for `years` (ascending), in catalogue order.
pub fn columns(years: &[Year]) -> Vec<Column> {
    INDICATORS
        .iter()
        .flat_map(|ind| ind.years(years).iter().map(|y| ind.column(*y)))
        .collect()
}

/// Header and rows for `units`; `measures` gives a level's measures (the
/// indices are empty without them).
pub fn rows<'a>(
    units: &[&Unit],
    years: &[Year],
    measures: &dyn Fn(Level) -> Option<&'a LevelMeasures>,
) -> (Vec<String>, Vec<Vec<String>>) {
    let columns = columns(years);
    let head = ID_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .chain(columns.iter().map(Column::key))
        .collect();
    let body = units
        .iter()
        .map(|u| {
            let mut row = vec![
                u.code.to_string(),
                u.name_zh.clone(),
                u.name_en.clone(),
                u.level.key().to_string(),
                u.province.to_string(),
                u.parent.map(|p| p.to_string()).unwrap_or_default(),
                shrink_class(u).map_or(String::new(), |c| c.key().to_string()),
            ];
            let m = measures(u.level);
            row.extend(columns.iter().map(|c| {
                c.indicator
                    .value_in(u, c.year, m)
                    .map_or(String::new(), |v| c.indicator.kind.csv(v))
            }));
            row
        })
        .collect();
    (head, body)
}

/// One CSV cell, quoted only when it must be.
pub fn cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Header and rows as CSV text (lines end in `\n`).
pub fn to_csv(head: &[String], rows: &[Vec<String>]) -> String {
    let line = |cells: &[String]| {
        let mut s = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
        s.push('\n');
        s
    };
    std::iter::once(line(head))
        .chain(rows.iter().map(|r| line(r)))
        .collect()
}
