//! One unit's measures as a JSON object, the single source of the
//! machine-readable formats: `unit --json` prints it, `list` flattens it
//! into JSON lines, so both carry the same fields in the same order.

use atlas_core::measures::{LevelMeasures, Ranks, UnitMeasures, INDICATORS};
use atlas_core::{Bundle, Unit};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;

/// Decimal places of every non-integer number: far below the precision of
/// the census shares (two decimals) and of any index difference worth
/// reading, and it keeps tables legible.
const DECIMALS: i32 = 6;

/// A number rounded to [`DECIMALS`], `None` (`null`) when missing.
fn round(x: Option<f64>) -> Option<f64> {
    let scale = 10f64.powi(DECIMALS);
    x.filter(|v| v.is_finite())
        .map(|v| (v * scale).round() / scale)
}

/// Every measure of a unit, fields in the order printed.
#[derive(Serialize)]
pub struct UnitRecord<'a> {
    code: u32,
    name_zh: &'a str,
    name_en: &'a str,
    level: &'static str,
    province: u32,
    province_zh: Option<&'a str>,
    province_en: Option<&'a str>,
    parent: Option<u32>,
    parent_zh: Option<&'a str>,
    parent_en: Option<&'a str>,
    pop_2010: Option<u64>,
    pop_2020: Option<u64>,
    change_pct: Option<f64>,
    annualised_pct: Option<f64>,
    class: Option<&'static str>,
    boundary_caveat: bool,
    /// Prefectures only.
    #[serde(skip_serializing_if = "Option::is_none")]
    counties: Option<Counties>,
    registered_2010: Option<u64>,
    outflow_2010: Option<f64>,
    reg_elsewhere_same_county_2020: Option<f64>,
    reg_elsewhere_same_province_2020: Option<f64>,
    reg_elsewhere_other_province_2020: Option<f64>,
    age60_2010: Option<f64>,
    age60_2020: Option<f64>,
    age60_change: Option<f64>,
    age65_2010: Option<f64>,
    age65_2020: Option<f64>,
    age65_change: Option<f64>,
    working_age_2010: Option<f64>,
    working_age_2020: Option<f64>,
    working_age_change: Option<f64>,
    old_age_dependency_2010: Option<f64>,
    old_age_dependency_2020: Option<f64>,
    old_age_dependency_change: Option<f64>,
    index: Index,
    ccd: Option<f64>,
    ccd_class: Option<&'static str>,
    rank: Ranks,
    similar: &'a [u32],
    indicators: Indicators<'a>,
}

/// How many of a prefecture's counties shrank.
#[derive(Serialize)]
struct Counties {
    total: u32,
    comparable: u32,
    without_2010: u32,
    shrinking: u32,
    shrinking_share: Option<f64>,
}

/// The sub-indices and the composite, rounded.
#[derive(Serialize)]
struct Index {
    population: Option<f64>,
    industry: Option<f64>,
    space: Option<f64>,
    composite: Option<f64>,
}

/// Raw indicator values keyed by indicator, in [`INDICATORS`] order.
struct Indicators<'a>(&'a [Option<f64>]);

impl Serialize for Indicators<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let values = self.0.iter().map(|v| round(*v));
        serializer.collect_map(INDICATORS.iter().map(|def| def.key).zip(values))
    }
}

/// Every measure of `m`, a unit of level measures computed from `bundle`.
pub fn unit_record<'a>(bundle: &'a Bundle, unit: &'a Unit, m: &'a UnitMeasures) -> UnitRecord<'a> {
    let d = &m.demography;
    let province = bundle.province(m.province);
    let parent = m.parent.and_then(|p| bundle.unit(p));
    let elsewhere = &d.registered_elsewhere_2020;
    let a = &d.ageing;
    UnitRecord {
        code: m.code,
        name_zh: &unit.name_zh,
        name_en: &unit.name_en,
        level: m.level.key(),
        province: m.province,
        province_zh: province.map(|p| p.name_zh.as_str()),
        province_en: province.map(|p| p.name_en.as_str()),
        parent: m.parent,
        parent_zh: parent.map(|p| p.name_zh.as_str()),
        parent_en: parent.map(|p| p.name_en.as_str()),
        pop_2010: d.pop_2010,
        pop_2020: d.pop_2020,
        change_pct: round(d.change_pct),
        annualised_pct: round(d.annualised_pct),
        class: d.class.map(|c| c.key()),
        boundary_caveat: unit.boundary_caveat,
        counties: m.county_spread.map(|s| Counties {
            total: s.counties,
            comparable: s.comparable,
            without_2010: s.without_2010(),
            shrinking: s.shrinking,
            shrinking_share: round(s.shrinking_share()),
        }),
        registered_2010: d.registered_2010,
        outflow_2010: round(d.outflow_2010_pct),
        reg_elsewhere_same_county_2020: round(elsewhere.same_county),
        reg_elsewhere_same_province_2020: round(elsewhere.same_province),
        reg_elsewhere_other_province_2020: round(elsewhere.other_province),
        age60_2010: round(a.age_60_plus.y2010),
        age60_2020: round(a.age_60_plus.y2020),
        age60_change: round(a.age_60_plus.change),
        age65_2010: round(a.age_65_plus.y2010),
        age65_2020: round(a.age_65_plus.y2020),
        age65_change: round(a.age_65_plus.change),
        working_age_2010: round(a.working_age_15_59.y2010),
        working_age_2020: round(a.working_age_15_59.y2020),
        working_age_change: round(a.working_age_15_59.change),
        old_age_dependency_2010: round(a.old_age_dependency.y2010),
        old_age_dependency_2020: round(a.old_age_dependency.y2020),
        old_age_dependency_change: round(a.old_age_dependency.change),
        index: Index {
            population: round(m.index.population),
            industry: round(m.index.industry),
            space: round(m.index.space),
            composite: round(m.index.composite),
        },
        ccd: round(m.coupling.map(|k| k.d)),
        ccd_class: m.coupling.map(|k| k.class.key()),
        rank: m.rank,
        similar: &m.similar,
        indicators: Indicators(&m.indicators),
    }
}

/// Records of every unit of a level, by code.
pub fn level_records<'a>(bundle: &'a Bundle, measures: &'a LevelMeasures) -> Vec<UnitRecord<'a>> {
    measures
        .units()
        .iter()
        .map(|m| {
            let unit = bundle
                .unit_at(m.level, m.code)
                .expect("measures come from this bundle");
            unit_record(bundle, unit, m)
        })
        .collect()
}

/// A JSON object with nested objects flattened into its fields, keys
/// joined by `_` (`index.composite` -> `index_composite`), in the order
/// serialised. Arrays stay arrays; values keep their JSON text.
pub struct Flat(Vec<(String, Box<RawValue>)>);

impl Flat {
    pub fn of(value: &impl Serialize) -> serde_json::Result<Flat> {
        let mut fields = Vec::new();
        flatten_into("", &serde_json::to_string(value)?, &mut fields)?;
        Ok(Flat(fields))
    }
}

fn flatten_into(
    prefix: &str,
    json: &str,
    out: &mut Vec<(String, Box<RawValue>)>,
) -> serde_json::Result<()> {
    let InOrder(fields) = serde_json::from_str(json)?;
    for (key, value) in fields {
        let name = if prefix.is_empty() {
            key
        } else {
            format!("{prefix}_{key}")
        };
        if value.get().starts_with('{') {
            flatten_into(&name, value.get(), out)?;
        } else {
            out.push((name, value));
        }
    }
    Ok(())
}

impl Serialize for Flat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// A JSON object's fields in the order written. (serde_json's map sorts
/// keys unless its `preserve_order` feature is on, and turning that on
/// would change it for every crate built alongside.)
struct InOrder(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for InOrder {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InOrder, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = InOrder;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InOrder, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry()? {
                    fields.push(field);
                }
                Ok(InOrder(fields))
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[derive(Serialize)]
    struct Sample {
        code: u32,
        index: Index,
        similar: [u32; 2],
    }

    fn sample() -> Sample {
        Sample {
            code: 1,
            index: Index {
                population: Some(0.5),
                industry: None,
                space: Some(-0.0),
                composite: None,
            },
            similar: [2, 3],
        }
    }

    #[test]
    fn flat_joins_nested_keys_and_keeps_order() {
        let line = serde_json::to_string(&Flat::of(&sample()).unwrap()).unwrap();
        assert_eq!(
            line,
            r#"{"code":1,"index_population":0.5,"index_industry":null,"index_space":-0.0,"index_composite":null,"similar":[2,3]}"#
        );
    }

    #[test]
    fn json_keeps_field_order() {
        let pretty = serde_json::to_string_pretty(&sample()).unwrap();
        assert!(pretty.starts_with("{\n  \"code\": 1,\n  \"index\": {\n    \"population\""));
        let back: Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(back["similar"], json!([2, 3]));
    }

    #[test]
    fn rounding_keeps_six_decimals_and_nulls_missing() {
        assert_eq!(round(Some(-17.398_765_432_1)), Some(-17.398765));
        assert_eq!(round(None), None);
        assert_eq!(round(Some(f64::NAN)), None);
    }
}
