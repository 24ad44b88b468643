//! Finding a unit from what a reader types: an adcode, a Chinese name with
//! or without its 市/县/区 suffix, or an English name.

use atlas_core::{Bundle, Unit};

/// Suffixes a Chinese name may be typed without.
const SUFFIXES: [char; 3] = ['市', '县', '区'];

/// The unit `query` names, or a one-line error saying why none or several.
///
/// Rules, first that matches wins: six digits = adcode; the exact Chinese
/// name; the Chinese name without its 市/县/区 suffix; the English name,
/// ignoring case. A rule matching several units (市中区 exists twice, 广安
/// is both 广安市 and 广安区) is an error listing the candidates.
pub fn find<'a>(bundle: &'a Bundle, query: &str) -> Result<&'a Unit, String> {
    let query = query.trim();
    if !query.is_empty() && query.chars().all(|c| c.is_ascii_digit()) {
        return query
            .parse()
            .ok()
            .and_then(|code| bundle.unit(code))
            .ok_or_else(|| format!("no unit with code {query}"));
    }
    let rules: [&dyn Fn(&Unit) -> bool; 3] = [
        &|u| u.name_zh == query,
        &|u| {
            u.name_zh
                .strip_suffix(SUFFIXES)
                .is_some_and(|stem| stem == query)
        },
        &|u| u.name_en.eq_ignore_ascii_case(query),
    ];
    for rule in rules {
        let found: Vec<&Unit> = bundle.units.iter().filter(|u| rule(u)).collect();
        match found.as_slice() {
            [] => continue,
            [unit] => return Ok(unit),
            several => return Err(ambiguous(bundle, query, several)),
        }
    }
    Err(format!("no unit named '{query}'"))
}

fn ambiguous(bundle: &Bundle, query: &str, candidates: &[&Unit]) -> String {
    let listed: Vec<String> = candidates
        .iter()
        .map(|u| {
            let parent = u
                .parent
                .and_then(|p| bundle.unit(p))
                .map(|p| p.name_zh.as_str());
            let province = bundle.province(u.province).map(|p| p.name_zh.as_str());
            let within = parent
                .or(province)
                .map_or(String::new(), |name| format!(", {name}"));
            format!("{} {} ({}{within})", u.code, u.name_zh, u.level.key())
        })
        .collect();
    format!(
        "'{query}' is ambiguous: {}; give the adcode",
        listed.join("; ")
    )
}
