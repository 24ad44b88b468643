//! One unit's measures as an ordered JSON object, the single source of the
//! machine-readable formats: `unit --json` prints it, `list` flattens it
//! into JSON lines or CSV, so both carry the same fields.

use atlas_core::measures::{CensusPair, LevelMeasures, UnitMeasures, INDICATORS};
use atlas_core::{Bundle, Unit};
use serde_json::{json, Value};

/// Decimal places of every non-integer number: far below the precision of
/// the census shares (two decimals) and of any index difference worth
/// reading, and it keeps tables legible.
const DECIMALS: i32 = 6;

/// A number rounded to [`DECIMALS`], `null` when missing.
fn round(x: Option<f64>) -> Value {
    match x {
        Some(v) if v.is_finite() => {
            let scale = 10f64.powi(DECIMALS);
            json!((v * scale).round() / scale)
        }
        _ => Value::Null,
    }
}

/// A JSON object that keeps its fields in insertion order, so that CSV
/// columns and printed JSON follow the order chosen here. (serde_json's map
/// sorts keys unless its `preserve_order` feature is on, and turning that
/// on would change it for every crate built alongside.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record(Vec<(String, Field)>);

/// A field: a JSON value (number, string, null, array) or a nested record.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Value(Value),
    Record(Record),
}

impl Record {
    fn put(&mut self, key: &str, value: Value) {
        self.0.push((key.to_string(), Field::Value(value)));
    }

    fn put_record(&mut self, key: &str, record: Record) {
        self.0.push((key.to_string(), Field::Record(record)));
    }

    /// Fields with nested records flattened, keys joined by `_`
    /// (`index.composite` -> `index_composite`). Arrays stay arrays.
    pub fn flatten(&self) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        self.flatten_into("", &mut out);
        out
    }

    fn flatten_into(&self, prefix: &str, out: &mut Vec<(String, Value)>) {
        for (key, field) in &self.0 {
            let name = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}_{key}")
            };
            match field {
                Field::Value(v) => out.push((name, v.clone())),
                Field::Record(r) => r.flatten_into(&name, out),
            }
        }
    }

    /// Indented JSON, nested records on their own lines.
    pub fn to_json_pretty(&self, indent: usize) -> String {
        let pad = "  ".repeat(indent + 1);
        let fields: Vec<String> = self
            .0
            .iter()
            .map(|(k, f)| {
                let value = match f {
                    Field::Value(v) => v.to_string(),
                    Field::Record(r) => r.to_json_pretty(indent + 1),
                };
                format!("{pad}{}: {value}", Value::from(k.as_str()))
            })
            .collect();
        format!("{{\n{}\n{}}}", fields.join(",\n"), "  ".repeat(indent))
    }
}

/// Every measure of `m`, a unit of level measures computed from `bundle`.
pub fn unit_record(bundle: &Bundle, unit: &Unit, m: &UnitMeasures) -> Record {
    let d = &m.demography;
    let province = bundle.province(m.province);
    let parent = m.parent.and_then(|p| bundle.unit(p));
    let mut r = Record::default();
    r.put("code", json!(m.code));
    r.put("name_zh", json!(unit.name_zh));
    r.put("name_en", json!(unit.name_en));
    r.put("level", json!(m.level.key()));
    r.put("province", json!(m.province));
    r.put("province_zh", json!(province.map(|p| &p.name_zh)));
    r.put("province_en", json!(province.map(|p| &p.name_en)));
    r.put("parent", json!(m.parent));
    r.put("parent_zh", json!(parent.map(|p| &p.name_zh)));
    r.put("parent_en", json!(parent.map(|p| &p.name_en)));
    r.put("pop_2010", json!(d.pop_2010));
    r.put("pop_2020", json!(d.pop_2020));
    r.put("change_pct", round(d.change_pct));
    r.put("annualised_pct", round(d.annualised_pct));
    r.put("class", json!(d.class.map(|c| c.key())));
    r.put("boundary_caveat", json!(unit.boundary_caveat));
    if let Some(s) = m.county_spread {
        let mut counties = Record::default();
        counties.put("total", json!(s.counties));
        counties.put("comparable", json!(s.comparable));
        counties.put("without_2010", json!(s.without_2010()));
        counties.put("shrinking", json!(s.shrinking));
        counties.put("shrinking_share", round(s.shrinking_share()));
        r.put_record("counties", counties);
    }
    r.put("registered_2010", json!(d.registered_2010));
    r.put("outflow_2010", round(d.outflow_2010_pct));
    let elsewhere = &d.registered_elsewhere_2020;
    r.put(
        "reg_elsewhere_same_county_2020",
        round(elsewhere.same_county),
    );
    r.put(
        "reg_elsewhere_same_province_2020",
        round(elsewhere.same_province),
    );
    r.put(
        "reg_elsewhere_other_province_2020",
        round(elsewhere.other_province),
    );
    let a = &d.ageing;
    put_pair(&mut r, "age60", &a.age_60_plus);
    put_pair(&mut r, "age65", &a.age_65_plus);
    put_pair(&mut r, "working_age", &a.working_age_15_59);
    put_pair(&mut r, "old_age_dependency", &a.old_age_dependency);
    let mut index = Record::default();
    index.put("population", round(m.index.population));
    index.put("industry", round(m.index.industry));
    index.put("space", round(m.index.space));
    index.put("composite", round(m.index.composite));
    r.put_record("index", index);
    r.put("ccd", round(m.coupling.map(|k| k.d)));
    r.put("ccd_class", json!(m.coupling.map(|k| k.class.key())));
    let mut rank = Record::default();
    rank.put("region", json!(m.rank.region));
    rank.put("region_of", json!(m.rank.region_of));
    rank.put("province", json!(m.rank.province));
    rank.put("province_of", json!(m.rank.province_of));
    r.put_record("rank", rank);
    r.put("similar", json!(m.similar));
    let mut indicators = Record::default();
    for (def, value) in INDICATORS.iter().zip(&m.indicators) {
        indicators.put(def.key, round(*value));
    }
    r.put_record("indicators", indicators);
    r
}

/// `<name>_2010`, `<name>_2020`, `<name>_change`.
fn put_pair(r: &mut Record, name: &str, pair: &CensusPair) {
    r.put(&format!("{name}_2010"), round(pair.y2010));
    r.put(&format!("{name}_2020"), round(pair.y2020));
    r.put(&format!("{name}_change"), round(pair.change));
}

/// Records of every unit of a level, by code.
pub fn level_records(bundle: &Bundle, measures: &LevelMeasures) -> Vec<Record> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Record {
        let mut index = Record::default();
        index.put("population", json!(0.5));
        index.put("composite", Value::Null);
        let mut r = Record::default();
        r.put("code", json!(1));
        r.put_record("index", index);
        r.put("similar", json!([2, 3]));
        r
    }

    #[test]
    fn flatten_joins_nested_keys_and_keeps_order() {
        let flat = sample().flatten();
        let keys: Vec<&str> = flat.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["code", "index_population", "index_composite", "similar"]
        );
        assert_eq!(flat[3].1, json!([2, 3]));
    }

    #[test]
    fn json_keeps_field_order_and_parses_back() {
        let pretty = sample().to_json_pretty(0);
        let back: Value = serde_json::from_str(&pretty).unwrap();
        let expected =
            json!({"code": 1, "index": {"population": 0.5, "composite": null}, "similar": [2, 3]});
        assert_eq!(back, expected);
        assert!(pretty.starts_with("{\n  \"code\": 1,\n  \"index\": {\n    \"population\""));
    }

    #[test]
    fn rounding_keeps_six_decimals_and_nulls_missing() {
        assert_eq!(round(Some(-17.398_765_432_1)), json!(-17.398765));
        assert_eq!(round(None), Value::Null);
        assert_eq!(round(Some(f64::NAN)), Value::Null);
    }
}
