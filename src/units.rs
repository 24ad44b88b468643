//! How units are named on screen.

use atlas_core::{Bundle, Lang, Level, Province, Unit};

/// The unit's name in the interface language.
pub fn display_name(unit: &Unit, lang: Lang) -> String {
    unit.name(lang).to_string()
}

/// Code -> name in the interface language of every unit of a level (the
/// map's region names).
pub fn names_at(
    bundle: &Bundle,
    level: Level,
    lang: Lang,
) -> std::collections::HashMap<u32, String> {
    bundle
        .units_at(level)
        .map(|u| (u.code, display_name(u, lang)))
        .collect()
}

/// A province's name in the interface language.
pub fn province_name(p: &Province, lang: Lang) -> String {
    p.name(lang).to_string()
}

/// Where the unit is: "四川省 · 巴中市" for a county, the province for a
/// prefecture.
pub fn context_line(unit: &Unit, bundle: &Bundle, lang: Lang) -> String {
    let province = bundle
        .province(unit.province)
        .map(|p| province_name(p, lang));
    let parent = unit
        .parent
        .filter(|p| *p != unit.province)
        .and_then(|p| bundle.unit_at(Level::Prefecture, p))
        .map(|p| display_name(p, lang));
    [province, parent]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}
