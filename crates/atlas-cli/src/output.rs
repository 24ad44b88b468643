//! Output formats: CSV, JSON lines and the plain-text report of one unit.

use crate::record::{Flat, UnitRecord};
use atlas_core::format::{grouped, pct, signed_pct};
use atlas_core::measures::methods::direction_text;
use atlas_core::measures::{CensusPair, Dimension, UnitMeasures, INDICATORS};
use atlas_core::{Bundle, Lang, Unit};
use unicode_width::UnicodeWidthStr;

/// One flattened JSON object per line.
pub fn json_lines(records: &[UnitRecord]) -> serde_json::Result<String> {
    records
        .iter()
        .map(|r| Ok(serde_json::to_string(&Flat::of(r)?)? + "\n"))
        .collect()
}

/// Spaces that bring `text` to `width` terminal columns, where a CJK
/// character takes two, so that tables mixing Chinese and Latin line up.
fn fill(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text.width()))
}

fn or_no_data<T>(value: Option<T>, show: impl Fn(T) -> String) -> String {
    value.map_or_else(|| "no data".to_string(), show)
}

fn pair_text(pair: &CensusPair, unit: &str) -> String {
    let year = |v: Option<f64>| or_no_data(v, |x| format!("{x:.2}{unit}"));
    let change = or_no_data(pair.change, |x| format!("{x:+.2}"));
    format!(
        "{} -> {} (change {change})",
        year(pair.y2010),
        year(pair.y2020)
    )
}

/// The plain-text report of one unit (English, with both names).
pub fn unit_text(bundle: &Bundle, unit: &Unit, m: &UnitMeasures) -> String {
    let province = bundle
        .province(m.province)
        .map_or("?", |p| p.name_zh.as_str());
    let parent = m
        .parent
        .and_then(|p| bundle.unit(p))
        .map(|p| format!("{}, ", p.name_zh));
    let mut lines = vec![format!(
        "{} {} ({}) - {} in {}{province}",
        unit.name_zh,
        unit.name_en,
        m.code,
        m.level.key(),
        parent.unwrap_or_default()
    )];
    let mut rows = demography_rows(m);
    rows.extend(index_rows(m, province));
    rows.push(("similar places".into(), similar_places(bundle, m)));
    let width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    lines.extend(
        rows.iter()
            .map(|(k, v)| format!("  {k}{}  {v}", fill(k, width))),
    );
    lines.push(String::new());
    lines.push("indicators (raw values; direction = which way is more shrinkage)".into());
    lines.extend(indicator_table(m));
    lines.join("\n") + "\n"
}

/// The report's rows on residents: change, counties, migration, ages.
fn demography_rows(m: &UnitMeasures) -> Vec<(String, String)> {
    let d = &m.demography;
    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push(("population 2010 -> 2020".into(), population_change(m)));
    if let Some(s) = m.county_spread {
        rows.push((
            "counties".into(),
            format!(
                "{} of {} comparable counties shrank ({}); {} without a comparable 2010 figure",
                s.shrinking,
                s.comparable,
                or_no_data(s.shrinking_share(), |x| pct(x, 0)),
                s.without_2010()
            ),
        ));
    }
    rows.push((
        "outflow 2010".into(),
        or_no_data(d.outflow_2010_pct, |x| {
            format!("{} of the registered population", pct(x, 1))
        }),
    ));
    let e = &d.registered_elsewhere_2020;
    let share = |x: Option<f64>| or_no_data(x, |v| pct(v, 2));
    rows.push((
        "registered elsewhere 2020".into(),
        format!(
            "same county {}, same province {}, other province {}",
            share(e.same_county),
            share(e.same_province),
            share(e.other_province)
        ),
    ));
    let a = &d.ageing;
    rows.push(("aged 60+".into(), pair_text(&a.age_60_plus, "%")));
    rows.push(("aged 65+".into(), pair_text(&a.age_65_plus, "%")));
    rows.push((
        "working age 15-59".into(),
        pair_text(&a.working_age_15_59, "%"),
    ));
    rows.push((
        "old-age dependency".into(),
        pair_text(&a.old_age_dependency, ""),
    ));
    rows
}

/// Residents 2010 and 2020, the change and its class.
fn population_change(m: &UnitMeasures) -> String {
    let d = &m.demography;
    match (d.pop_2010, d.pop_2020, d.change_pct) {
        (Some(a), Some(b), Some(c)) => format!(
            "{} -> {}: {} ({} a year), {}",
            grouped(a),
            grouped(b),
            signed_pct(c, 1),
            signed_pct(d.annualised_pct.unwrap_or(0.0), 2),
            d.class.map_or("", |k| k.name(Lang::En))
        ),
        (_, Some(b), _) => format!("2020 {}; no comparable 2010 figure", grouped(b)),
        _ => "no data".into(),
    }
}

/// The report's rows on the shrinkage indices, the rank and the coupling.
fn index_rows(m: &UnitMeasures, province: &str) -> Vec<(String, String)> {
    let index = |x: Option<f64>| or_no_data(x, |v| format!("{v:.3}"));
    let peers = match m.level {
        atlas_core::Level::Prefecture => "prefectures",
        atlas_core::Level::County => "counties",
    };
    let rank = match (m.rank.region, m.rank.province) {
        (Some(r), Some(p)) => format!(
            "{r} of {} in the region, {p} of {} in {province} (1 = most shrinkage)",
            m.rank.region_of, m.rank.province_of
        ),
        _ => "not ranked (no composite)".into(),
    };
    vec![
        (
            format!("indices (among {peers}, 1 = most)"),
            format!(
                "population {}, industry {}, space {}, composite {}",
                index(m.index.population),
                index(m.index.industry),
                index(m.index.space),
                index(m.index.composite)
            ),
        ),
        ("rank by composite".into(), rank),
        (
            "coupling coordination".into(),
            or_no_data(m.coupling, |k| format!("{:.3}, {}", k.d, k.class.name_en())),
        ),
    ]
}

/// The similar places, by code and Chinese name.
fn similar_places(bundle: &Bundle, m: &UnitMeasures) -> String {
    let similar: Vec<String> = m
        .similar
        .iter()
        .map(|c| {
            format!(
                "{c} {}",
                bundle
                    .unit_at(m.level, *c)
                    .map_or("?", |u| u.name_zh.as_str())
            )
        })
        .collect();
    similar.join(", ")
}

fn indicator_table(m: &UnitMeasures) -> Vec<String> {
    let rows: Vec<[String; 5]> = INDICATORS
        .iter()
        .zip(&m.indicators)
        .map(|(def, value)| {
            [
                def.dimension.key().to_string(),
                def.key.to_string(),
                or_no_data(*value, |v| format!("{v:.2}")),
                def.unit(Lang::En).to_string(),
                direction_text(def.direction, Lang::En).to_string(),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..5)
        .map(|j| rows.iter().map(|r| r[j].width()).max().unwrap_or(0))
        .collect();
    let mut previous: Option<Dimension> = None;
    INDICATORS
        .iter()
        .zip(rows)
        .map(|(def, row)| {
            let mut row = row;
            if previous == Some(def.dimension) {
                row[0] = String::new();
            }
            previous = Some(def.dimension);
            // Values right-aligned so that decimal points line up.
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(j, (c, w))| {
                    if j == 2 {
                        format!("{}{c}", fill(c, *w))
                    } else {
                        format!("{c}{}", fill(c, *w))
                    }
                })
                .collect();
            format!("  {}", cells.join("  ").trim_end())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(fill("abc", 5), "  ");
        assert_eq!(fill("巴中", 6), "  ");
        assert_eq!(fill("m² 60岁", 8), " ");
        assert_eq!(fill("（）", 4), "");
        assert_eq!(fill("toolong", 3), "");
    }
}
