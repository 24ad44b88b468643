//! The resolver the app passes to [`super::parse_user_csv`]: unit cells to
//! units of the bundle.

use crate::bundle::Bundle;
use crate::dataset::Level;
use std::collections::HashMap;

/// Suffixes a reader may leave off a Chinese name (`成都` for `成都市`),
/// longest first so that `自治州` goes before `州`.
const ZH_SUFFIXES: [&str; 7] = ["自治州", "自治县", "地区", "市", "州", "县", "区"];

/// An index of the bundle's units by code and by name. A cell is looked up
/// as, in turn: a six-digit code (the prefecture if a county had the same
/// code); the exact Chinese name or the English name (ignoring case, spaces,
/// hyphens and apostrophes: `guang'an` = `Guangan`); the Chinese name without
/// its suffix (`成都`). A name shared by two units (`市中区`, or `广安` for
/// 广安市 and 广安区) resolves to nothing: the reader then sees it listed as
/// unknown and can use the code.
#[derive(Clone, Debug, Default)]
pub struct UnitNames {
    /// Codes, exact Chinese names and folded English names; `None` where
    /// two units share the key.
    exact: HashMap<String, Option<(u32, Level)>>,
    /// Chinese names without their suffix.
    loose: HashMap<String, Option<(u32, Level)>>,
}

impl UnitNames {
    pub fn from_bundle(bundle: &Bundle) -> UnitNames {
        let mut names = UnitNames::default();
        let mut codes = HashMap::new();
        for unit in &bundle.units {
            let id = (unit.code, unit.level);
            // `Level` orders prefectures first: keep the prefecture.
            codes
                .entry(unit.code.to_string())
                .and_modify(|v: &mut (u32, Level)| *v = (*v).min(id))
                .or_insert(id);
            add(&mut names.exact, unit.name_zh.trim().to_string(), id);
            add(&mut names.exact, fold_latin(&unit.name_en), id);
            if let Some(stem) = zh_stem(&unit.name_zh) {
                add(&mut names.loose, stem.to_string(), id);
            }
        }
        // Codes win over names: a name is never six digits, but be sure.
        names
            .exact
            .extend(codes.into_iter().map(|(k, v)| (k, Some(v))));
        names
    }

    /// The unit a cell names, if exactly one.
    pub fn resolve(&self, cell: &str) -> Option<(u32, Level)> {
        let cell = cell.trim();
        if cell.is_empty() {
            return None;
        }
        for key in [cell.to_string(), fold_latin(cell)] {
            if let Some(found) = self.exact.get(&key) {
                return *found;
            }
        }
        self.loose
            .get(zh_stem(cell).unwrap_or(cell))
            .copied()
            .flatten()
    }
}

fn add(map: &mut HashMap<String, Option<(u32, Level)>>, key: String, id: (u32, Level)) {
    if key.is_empty() {
        return;
    }
    map.entry(key)
        .and_modify(|v| *v = v.filter(|&other| other == id))
        .or_insert(Some(id));
}

/// Lower case without spaces, hyphens and apostrophes (ASCII and typographic).
fn fold_latin(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\'' | '’' | '‘'))
        .map(crate::fold::latin_lower)
        .collect()
}

/// A Chinese name without its administrative suffix, if it has one and
/// something is left.
fn zh_stem(name: &str) -> Option<&str> {
    let name = name.trim();
    ZH_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .filter(|stem| !stem.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::MapGeometry;
    use crate::test_support::unit_with_pops;

    fn names() -> UnitNames {
        let unit = |code, zh: &str, en: &str, level| crate::dataset::Unit {
            code,
            name_zh: zh.into(),
            name_en: en.into(),
            level,
            ..unit_with_pops(1, 1)
        };
        let bundle = Bundle {
            version: crate::bundle::BUNDLE_VERSION,
            sources: vec![],
            provinces: vec![],
            units: vec![
                unit(510100, "成都市", "Chengdu", Level::Prefecture),
                unit(511600, "广安市", "Guang'an", Level::Prefecture),
                unit(511028, "隆昌市", "Longchang", Level::County),
                unit(511602, "广安区", "Guangan", Level::County),
                unit(511002, "市中区", "Shizhong", Level::County),
                unit(511102, "市中区", "Shizhong", Level::County),
            ],
            map: MapGeometry {
                view_box: [0.0, 0.0, 1.0, 1.0],
                units_per_km: 1.0,
                prefectures: vec![],
                provinces: vec![],
            },
        };
        UnitNames::from_bundle(&bundle)
    }

    #[test]
    fn codes_and_names_resolve() {
        let n = names();
        assert_eq!(n.resolve(" 510100 "), Some((510100, Level::Prefecture)));
        assert_eq!(n.resolve("成都市"), Some((510100, Level::Prefecture)));
        assert_eq!(n.resolve("成都"), Some((510100, Level::Prefecture)));
        assert_eq!(n.resolve("CHENGDU"), Some((510100, Level::Prefecture)));
        assert_eq!(n.resolve("隆昌"), Some((511028, Level::County)));
        assert_eq!(n.resolve("广安区"), Some((511602, Level::County)));
    }

    #[test]
    fn shared_and_unknown_names_do_not_resolve() {
        let n = names();
        for cell in [
            "市中区",
            "Shizhong",
            "广安",
            "guangan",
            "北京",
            "",
            "999999",
            "市",
        ] {
            assert_eq!(n.resolve(cell), None, "{cell:?}");
        }
    }
}
