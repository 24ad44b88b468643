//! Official English names of the autonomous prefectures and the Tibetan
//! units (`data/sources/reported/english_names.csv`, each row with the page
//! it was transcribed from). The first row of a code is its official name;
//! the alternatives in "(also A / B)" and the further rows of a code are
//! variants a reader may search for. Tibet's cities drop "City", as every
//! other city's name does ("Lhasa", like "Chengdu").

use crate::table::Table;
use std::collections::BTreeMap;

/// A unit's official English name and the variants search also finds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficialName {
    pub name: String,
    pub variants: Vec<String>,
}

/// "X (also A / B)" -> ("X", ["A", "B"]); "X (variant spelling)" -> ("X", []).
fn split_variants(text: &str) -> (String, Vec<String>) {
    let Some((name, rest)) = text.split_once(" (") else {
        return (text.trim().to_string(), Vec::new());
    };
    let inside = rest.trim_end_matches(')');
    let variants = match inside.strip_prefix("also ") {
        Some(list) => list
            .trim_start_matches("spelled ")
            .split(" / ")
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect(),
        None => Vec::new(),
    };
    (name.trim().to_string(), variants)
}

pub fn read(table: &Table) -> Result<BTreeMap<u32, OfficialName>, String> {
    let mut out: BTreeMap<u32, OfficialName> = BTreeMap::new();
    for row in table.rows() {
        let code = row
            .code("adcode")?
            .ok_or(format!("{}: a row without an adcode", table.name))?;
        let (name, mut variants) = split_variants(&row.text("name_en")?);
        if name.is_empty() {
            return Err(format!("{}: {code} without a name", table.name));
        }
        match out.get_mut(&code) {
            // A further row: its names are variants.
            Some(entry) => {
                entry.variants.extend(name.split(" / ").map(str::to_string));
                entry.variants.append(&mut variants);
            }
            None => {
                let name = name.strip_suffix(" City").unwrap_or(&name).to_string();
                out.insert(code, OfficialName { name, variants });
            }
        }
    }
    for entry in out.values_mut() {
        let official = entry.name.clone();
        entry.variants.retain(|v| *v != official);
        entry.variants.dedup();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_names_and_variants() {
        let t = Table::from_csv(
            "n",
            "adcode,name_en\n513300,Garzê Tibetan Autonomous Prefecture (also Garze / Ganzi)\n540100,Lhasa City\n540500,Shannan City (also Lhoka)\n540500,Lhoka / Shannan Prefecture (pre-2016 status)\n522300,Qianxinan Buyei and Miao Autonomous Prefecture\n522300,Qianxinan Bouyei and Miao Autonomous Prefecture (variant spelling used by China Daily)\n",
        )
        .unwrap();
        let n = read(&t).unwrap();
        assert_eq!(n[&513300].name, "Garzê Tibetan Autonomous Prefecture");
        assert_eq!(n[&513300].variants, ["Garze", "Ganzi"]);
        assert_eq!(n[&540100].name, "Lhasa");
        assert_eq!(n[&540500].name, "Shannan");
        assert_eq!(n[&540500].variants, ["Lhoka", "Shannan Prefecture"]);
        assert_eq!(
            n[&522300].variants,
            ["Qianxinan Bouyei and Miao Autonomous Prefecture"]
        );
    }
}
