//! The county level: reading both yearbooks, linking 2010 to 2020 units,
//! and building each county's figures.

use crate::crosswalk::Crosswalk;
use crate::matching::{self, is_development_zone, normalise_name, Matching, Unit2010, Unit2020};
use crate::table::Table;
use crate::tudigong::{self, CountyRow};
use crate::yearbook::{self, Counts, Year};
use atlas_core::dataset::NoMatchReason;
use std::collections::BTreeMap;

/// Prefecture code of a 2020 county: first four digits, except Chongqing,
/// whose districts and counties all belong to the municipality.
pub fn prefecture_of(code: u32) -> u32 {
    if code / 10_000 == 50 {
        500000
    } else {
        code / 100 * 100
    }
}

/// Kind of a yearbook row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Province,
    Prefecture,
    /// 市辖区 / 县 subtotals (Chongqing 2020) that are not units.
    Subtotal,
    County,
}

pub fn row_kind(code: u32) -> RowKind {
    match code {
        c if c % 10_000 == 0 => RowKind::Province,
        500100 | 500200 => RowKind::Subtotal,
        c if c % 100 == 0 => RowKind::Prefecture,
        _ => RowKind::County,
    }
}

/// One yearbook row we keep.
#[derive(Clone, Debug)]
pub struct YearbookRow {
    pub code: u32,
    pub name: String,
    pub counts: Counts,
}

/// The rows of one yearbook, by kind: provinces of all China (for the
/// national totals), and the region's prefectures and counties.
pub struct Yearbook {
    pub provinces: Vec<YearbookRow>,
    pub prefectures: BTreeMap<u32, YearbookRow>,
    pub counties: Vec<YearbookRow>,
}

pub fn read_yearbook(table: &Table, year: Year) -> Result<Yearbook, String> {
    let (code_col, name_col) = match year {
        Year::Y2010 => ("区划代码", "地区"),
        Year::Y2020 => ("区划代码", "区县"),
    };
    let mut book = Yearbook {
        provinces: Vec::new(),
        prefectures: BTreeMap::new(),
        counties: Vec::new(),
    };
    for row in table.rows() {
        let Some(code) = row.code(code_col)? else {
            continue;
        };
        let kind = row_kind(code);
        if kind != RowKind::Province && !tudigong::in_region(code) {
            continue;
        }
        let mut name = normalise_name(&row.text(name_col)?);
        if year == Year::Y2020 && kind != RowKind::County {
            // The 2020 sheet names prefectures in the 市 column, provinces in 省.
            name = normalise_name(&row.text(if kind == RowKind::Province {
                "省"
            } else {
                "市"
            })?);
        }
        // Outside the region only the provinces' age-sex tables are used
        // (national totals), so only those are read there.
        let counts = if tudigong::in_region(code) {
            yearbook::counts(&row, year)?
        } else {
            Counts {
                age_sex: yearbook::age_sex(&row, year)?,
                ..Default::default()
            }
        };
        let item = YearbookRow { code, name, counts };
        match kind {
            // Chongqing is a province-level city and also one of the 54
            // prefecture-level units.
            RowKind::Province if code == 500000 => {
                book.provinces.push(item.clone());
                book.prefectures.insert(code, item);
            }
            RowKind::Province => book.provinces.push(item),
            RowKind::Prefecture => {
                book.prefectures.insert(code, item);
            }
            RowKind::Subtotal => {}
            RowKind::County => book.counties.push(item),
        }
    }
    Ok(book)
}

/// The 2010 yearbook's counties with their prefecture under today's code.
pub fn units_2010(book: &Yearbook, crosswalk: &Crosswalk) -> Result<Vec<Unit2010>, String> {
    book.counties
        .iter()
        .map(|row| {
            let prefecture = if row.code / 10_000 == 50 {
                500000
            } else {
                let old = row.code / 100 * 100;
                let name = &book
                    .prefectures
                    .get(&old)
                    .ok_or(format!("2010: no prefecture row {old}"))?
                    .name;
                crosswalk
                    .code_in(name, 2010)
                    .ok_or(format!("crosswalk has no prefecture {name} in 2010"))?
            };
            Ok(Unit2010 {
                code: row.code,
                name: row.name.clone(),
                prefecture,
            })
        })
        .collect()
}

pub fn units_2020(rows: &[CountyRow]) -> Vec<Unit2020> {
    rows.iter()
        .map(|r| Unit2020 {
            code: r.code,
            name: normalise_name(&r.name),
            prefecture: prefecture_of(r.code),
        })
        .collect()
}

/// The 2020 yearbook row of each tudigong county: same code and name, or
/// the same name in the same prefecture (the unofficial codes of Lhasa's
/// development zones differ between the two tables).
pub fn join_2020<'a>(units: &[Unit2020], book: &'a Yearbook) -> BTreeMap<u32, &'a YearbookRow> {
    let mut out = BTreeMap::new();
    for unit in units {
        let by_code = book
            .counties
            .iter()
            .find(|r| r.code == unit.code && r.name == unit.name);
        let by_name = || {
            book.counties
                .iter()
                .find(|r| prefecture_of(r.code) == unit.prefecture && r.name == unit.name)
        };
        if let Some(row) = by_code.or_else(by_name) {
            out.insert(unit.code, row);
        }
    }
    out
}

/// Links the 2010 counties to the 2020 ones (see [`matching`]).
pub fn link(old: &[Unit2010], new: &[Unit2020], crosswalk: &Crosswalk) -> Matching {
    matching::match_units(old, new, &crosswalk.county_events)
}

/// Today's prefecture of every 2010 county, for re-basing prefecture
/// figures to 2020 boundaries: the prefecture of its 2020 counterpart (or
/// of its group), otherwise the crosswalked 2010 prefecture.
pub fn prefecture_2020_of_2010(old: &[Unit2010], m: &Matching) -> Vec<u32> {
    let mut out: Vec<u32> = old.iter().map(|u| u.prefecture).collect();
    for (code, (o, _)) in &m.matches {
        out[*o] = prefecture_of(*code);
    }
    for group in &m.groups {
        if let Some(first) = group.units_2020.first() {
            for o in &group.units_2010 {
                out[*o] = prefecture_of(*first);
            }
        }
    }
    out
}

/// Prefectures in which a unit was carved out of others (new units,
/// development zones included) or a 2010 unit vanished into others: there
/// the territory of units that kept their name and code may have changed.
/// Mergers and splits whose members are all known (the groups) are
/// self-contained and do not touch their neighbours.
pub fn prefectures_with_changes(old: &[Unit2010], m: &Matching) -> Vec<u32> {
    let mut out: Vec<u32> = m
        .new_2020
        .iter()
        .copied()
        .map(prefecture_of)
        .chain(m.unmatched_2010.iter().map(|o| old[*o].prefecture))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Why a 2020 county has no comparable 2010 figure (the app words it).
pub fn no_match_reason(code: u32, m: &Matching, old: &[Unit2010]) -> NoMatchReason {
    if is_development_zone(code) {
        return NoMatchReason::DevelopmentZone;
    }
    if let Some(group) = m.groups.iter().find(|g| g.units_2020.contains(&code)) {
        let units_2010 = group
            .units_2010
            .iter()
            .map(|o| old[*o].name.clone())
            .collect();
        return NoMatchReason::BoundaryChange { units_2010 };
    }
    NoMatchReason::NotLinked
}

/// How a prefecture's 2010 counts were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rebase {
    /// Its 2010 counties are the same as today's: the yearbook's own row.
    YearbookRow,
    /// Its territory changed: the sum of the 2010 counties now inside it.
    CountySum,
}

/// 2010 counts per prefecture on 2020 boundaries.
pub fn prefecture_counts_2010(
    book: &Yearbook,
    old: &[Unit2010],
    assigned: &[u32],
    crosswalk: &Crosswalk,
) -> Result<BTreeMap<u32, (Counts, Rebase)>, String> {
    let mut now: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut then: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (o, unit) in old.iter().enumerate() {
        now.entry(assigned[o]).or_default().push(o);
        then.entry(unit.prefecture).or_default().push(o);
    }
    let mut rows = BTreeMap::new();
    for row in book.prefectures.values() {
        let code = if row.code == 500000 {
            500000
        } else {
            crosswalk
                .code_in(&row.name, 2010)
                .ok_or(format!("crosswalk has no prefecture {} in 2010", row.name))?
        };
        rows.insert(code, &row.counts);
    }
    let mut out = BTreeMap::new();
    for (prefecture, members) in &now {
        let entry = match rows.get(prefecture) {
            Some(counts) if then.get(prefecture) == Some(members) => {
                ((*counts).clone(), Rebase::YearbookRow)
            }
            _ => {
                let sum = Counts::sum(members.iter().map(|o| &book.counties[*o].counts))
                    .unwrap_or_default();
                (sum, Rebase::CountySum)
            }
        };
        out.insert(*prefecture, entry);
    }
    Ok(out)
}
