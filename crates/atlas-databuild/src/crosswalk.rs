//! The FIERsity China Prefecture Crosswalk (CC BY 4.0): maps a prefecture's
//! name in a given year to its stable entity and today's code, and yields
//! the county renamings that its event notes record.

use crate::table::Table;
use std::collections::BTreeMap;

/// A county-level change recorded in a prefecture event's note, e.g.
/// "原县级毕节市撤销并设七星关区": `from` = 毕节市, `to` = [七星关区].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountyEvent {
    /// 2020 code of the prefecture the event belongs to.
    pub prefecture: u32,
    pub from: String,
    pub to: Vec<String>,
}

pub struct Crosswalk {
    /// (name, year) spans -> 2020 prefecture code.
    spans: Vec<(String, u32, u32, u32)>,
    pub county_events: Vec<CountyEvent>,
}

/// The entity's legacy id is `E` + its current adcode; Chongqing's is
/// `E500100` where every other source says `500000`.
fn code_of_legacy_id(id: &str) -> Option<u32> {
    let code: u32 = id.strip_prefix('E')?.parse().ok()?;
    Some(if code == 500100 { 500000 } else { code })
}

impl Crosswalk {
    pub fn read(entities: &Table, names: &Table, events: &Table) -> Result<Crosswalk, String> {
        let mut entity_code = BTreeMap::new();
        for row in entities.rows() {
            let legacy = row.text("legacy_entity_id")?;
            let code =
                code_of_legacy_id(&legacy).ok_or(format!("crosswalk: bad legacy id {legacy}"))?;
            entity_code.insert(row.text("entity_id")?, code);
        }
        let mut spans = Vec::new();
        for row in names.rows() {
            let entity = row.text("entity_id")?;
            let code = *entity_code
                .get(&entity)
                .ok_or(format!("crosswalk: unknown entity {entity}"))?;
            let year = |h: &str| -> Result<u32, String> {
                row.num(h)?
                    .map(|v| v as u32)
                    .ok_or(format!("crosswalk: {entity} without {h}"))
            };
            spans.push((
                row.text("name_zh")?,
                year("start_year")?,
                year("end_year")?,
                code,
            ));
        }
        let mut crosswalk = Crosswalk {
            spans,
            county_events: Vec::new(),
        };
        for row in events.rows() {
            let year = row.num("年份")?.unwrap_or_default() as u32;
            let new_unit = row.text("新单位")?;
            let Some(prefecture) = crosswalk.code_in(&new_unit, year) else {
                continue;
            };
            if let Some(event) = parse_county_event(&row.text("处理凭证（释义）")?, prefecture)
            {
                crosswalk.county_events.push(event);
            }
        }
        Ok(crosswalk)
    }

    /// Every name the crosswalk knows, in any year.
    pub fn names(&self) -> std::collections::BTreeSet<String> {
        self.spans.iter().map(|(n, ..)| n.clone()).collect()
    }

    /// Today's code of the one prefecture ever called `name` (in any year);
    /// `None` when no or several prefectures had that name.
    pub fn code_ever(&self, name: &str) -> Option<u32> {
        let mut codes = self.spans.iter().filter(|(n, ..)| n == name).map(|s| s.3);
        let first = codes.next()?;
        codes.all(|c| c == first).then_some(first)
    }

    /// Today's code of the prefecture that was called `name` in `year`.
    pub fn code_in(&self, name: &str, year: u32) -> Option<u32> {
        self.spans
            .iter()
            .find(|(n, from, to, _)| n == name && *from <= year && year <= *to)
            .map(|s| s.3)
    }
}

/// Reads the county part of an event note. Three phrasings occur:
/// "原县级X撤销并设Y", "撤销P和县级X，…并设Y", "撤销P和X县，…并设Y".
/// Several targets ("并设碧江区、万山区") mean a split, kept as such.
pub fn parse_county_event(note: &str, prefecture: u32) -> Option<CountyEvent> {
    fn after<'a>(s: &'a str, marker: &str) -> Option<&'a str> {
        s.find(marker).map(|i| &s[i + marker.len()..])
    }
    let until = |s: &str, stops: &[char]| {
        s.split(|c| stops.contains(&c))
            .next()
            .unwrap_or("")
            .to_string()
    };
    let targets = after(note, "并设")?;
    let to: Vec<String> = until(targets, &['。', '；', '，'])
        .split('、')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let from = if let Some(rest) = after(note, "原县级") {
        until(rest, &['撤'])
    } else if let Some(rest) = after(note, "和县级") {
        until(rest, &['，', '、'])
    } else {
        let rest = after(note, "和")?;
        let name = until(rest, &['，', '、']);
        if !name.ends_with('县') {
            return None;
        }
        name
    };
    (!from.is_empty() && !to.is_empty()).then_some(CountyEvent {
        prefecture,
        from,
        to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_phrasings_and_splits() {
        let e = parse_county_event(
            "撤销毕节地区，设立地级毕节市；原县级毕节市撤销并设七星关区。",
            520500,
        )
        .unwrap();
        assert_eq!(
            (e.from.as_str(), e.to.clone()),
            ("毕节市", vec!["七星关区".to_string()])
        );
        let e = parse_county_event(
            "撤销日喀则地区和县级日喀则市，设立地级日喀则市，并设桑珠孜区。",
            540200,
        )
        .unwrap();
        assert_eq!(
            (e.from.as_str(), e.to.clone()),
            ("日喀则市", vec!["桑珠孜区".to_string()])
        );
        let e = parse_county_event("撤销林芝地区和林芝县，设立地级林芝市，并设巴宜区。", 540400)
            .unwrap();
        assert_eq!(
            (e.from.as_str(), e.to.clone()),
            ("林芝县", vec!["巴宜区".to_string()])
        );
        let e = parse_county_event(
            "撤销铜仁地区，设立地级铜仁市；原县级铜仁市撤销并设碧江区、万山区。",
            520600,
        )
        .unwrap();
        assert_eq!(e.to, vec!["碧江区".to_string(), "万山区".to_string()]);
        assert_eq!(
            parse_county_event("年度页记载撤销眉山地区，设立地级眉山市。", 511400),
            None
        );
    }
}
