//! The reported year-end populations after the census
//! (`data/sources/reported/reported_population.csv`): read as transcribed,
//! checked (known unit, a year after the census, a positive figure, a quote
//! and an address on every row), sorted, never altered.

use crate::table::Table;
use atlas_core::bundle::ReportedFigure;
use std::collections::BTreeSet;

/// Rows of the reported-population file; `known` holds the codes of the
/// region's provinces and prefecture-level units.
pub fn read(table: &Table, known: &BTreeSet<u32>) -> Result<Vec<ReportedFigure>, String> {
    let mut out = Vec::new();
    for row in table.rows() {
        let code = row
            .code("adcode")?
            .ok_or(format!("{}: a row without an adcode", table.name))?;
        if !known.contains(&code) {
            return Err(format!("{}: unknown unit {code}", table.name));
        }
        let year = row
            .num("year")?
            .ok_or(format!("{}: {code} without a year", table.name))?;
        if !(2021.0..=2030.0).contains(&year) || year.fract() != 0.0 {
            return Err(format!(
                "{}: {code} has year {year}, not a year after the 2020 census",
                table.name
            ));
        }
        let population_10k = row
            .num("population_10k")?
            .ok_or(format!("{}: {code} {year} without a figure", table.name))?;
        if population_10k <= 0.0 {
            return Err(format!(
                "{}: {code} {year} has figure {population_10k}",
                table.name
            ));
        }
        let figure = ReportedFigure {
            code,
            year: year as u32,
            population_10k,
            quote: row.text("quote")?,
            url: row.text("url")?,
            title: row.text("title")?,
            source_kind: row.text("source_kind")?,
        };
        if figure.quote.is_empty() || figure.url.is_empty() || figure.source_kind.is_empty() {
            return Err(format!(
                "{}: {code} {year} lacks its quote, address or source kind",
                table.name
            ));
        }
        out.push(figure);
    }
    out.sort_by(|a, b| (a.code, a.year, &a.url).cmp(&(b.code, b.year, &b.url)));
    Ok(out)
}
