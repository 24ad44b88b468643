//! The one sentence that opens a profile.

use crate::change::{change_pct, shrink_class};
use crate::dataset::Unit;
use crate::format::population_short;
use crate::url_state::Lang;

/// "Bazhong lost 17.4% of its residents between 2010 and 2020 (about 570.3
/// thousand people) — severe shrinkage." `name` is the unit's name as the
/// reader sees it.
pub fn headline(unit: &Unit, name: &str, lang: Lang) -> String {
    let pop2020 = unit
        .y2020
        .pop
        .map(|p| population_short(p, lang))
        .unwrap_or_default();
    let (Some(pct), Some(class), Some(p10), Some(p20)) = (
        change_pct(unit),
        shrink_class(unit),
        unit.y2010.as_ref().and_then(|y| y.pop),
        unit.y2020.pop,
    ) else {
        return match lang {
            Lang::Zh => format!("{name}没有可比的 2010 年数据；2020 年常住人口 {pop2020}。"),
            Lang::En => {
                format!("{name} has no comparable 2010 figure; it had {pop2020} residents in 2020.")
            }
        };
    };
    let diff = population_short(p10.abs_diff(p20), lang);
    let pct_text = format!("{:.1}%", pct.abs());
    let class_text = class.name(lang);
    match (lang, pct < 0.0) {
        (Lang::Zh, true) => {
            format!("{name} 2010—2020 年常住人口减少 {pct_text}（约 {diff}），属{class_text}。")
        }
        (Lang::Zh, false) => format!(
            "{name} 2010—2020 年常住人口增长 {pct_text}（约 {diff}），2020 年为 {pop2020}。"
        ),
        (Lang::En, true) => format!(
            "{name} lost {pct_text} of its residents between 2010 and 2020 (about {diff} people) — {class_text}."
        ),
        (Lang::En, false) => format!(
            "{name} gained {pct_text} residents between 2010 and 2020 (about {diff} people), to {pop2020}."
        ),
    }
}
