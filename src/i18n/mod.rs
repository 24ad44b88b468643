//! Interface strings in Chinese (default) and English. Every string the UI
//! shows comes from here, from the data bundle or from the core's own
//! definitions (indicators, levers), which carry both languages. One struct
//! per language, so a string missing in either fails to compile.

mod en;
mod zh;

use atlas_core::change::ShrinkClass;
use atlas_core::dataset::Level;
use atlas_core::url_state::View;
use atlas_core::{Lang, Notice};

/// All fixed strings of the interface in one language.
pub struct Texts {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub nav_label: &'static str,
    pub views: [&'static str; 5],
    pub loading: &'static str,
    pub loading_counties: &'static str,
    pub loading_cohorts: &'static str,
    pub load_failed: &'static str,
    pub reload: &'static str,
    pub dismiss: &'static str,
    pub skip_to_content: &'static str,
    // map
    pub map_label: &'static str,
    pub level_label: &'static str,
    pub levels: [&'static str; 2],
    pub indicator_label: &'static str,
    pub year_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub show_counties: &'static str,
    pub whole_region: &'static str,
    pub legend_quantiles: &'static str,
    pub legend_fixed: &'static str,
    pub no_data: &'static str,
    pub no_comparable_2010: &'static str,
    pub map_hint: &'static str,
    pub open_profile: &'static str,
    // unit panel
    pub pick_a_unit: &'static str,
    pub pop_2010: &'static str,
    pub pop_2020: &'static str,
    pub change: &'static str,
    pub annualised: &'static str,
    pub per_year: &'static str,
    pub class: &'static str,
    pub class_note: &'static str,
    pub age_chart_title: &'static str,
    pub age_groups: [&'static str; 3],
    pub chart_as_table: &'static str,
    pub age_group: &'static str,
    pub clear_selection: &'static str,
    pub region_summary_tail: &'static str,
    pub boundary_caveat: &'static str,
    pub province: &'static str,
    pub prefecture: &'static str,
    // place profile
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_no_match: &'static str,
    pub place_intro: &'static str,
    pub indicators_heading: &'static str,
    pub rank_in_province: &'static str,
    pub rank_in_region: &'static str,
    pub pyramid_title: &'static str,
    pub male: &'static str,
    pub female: &'static str,
    pub counties_heading: &'static str,
    // table
    pub table_caption: &'static str,
    pub filter_label: &'static str,
    pub all_provinces: &'static str,
    pub rows_shown: &'static str,
    pub sort_hint: &'static str,
    pub unit_column: &'static str,
    // downloads and embeds
    pub download_csv: &'static str,
    pub download_all_csv: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub copy_embed: &'static str,
    pub copied: &'static str,
    pub open_in_atlas: &'static str,
    pub source_short: &'static str,
    // methods and sources
    pub sources: &'static str,
    pub source_line: &'static str,
    pub cite_atlas_heading: &'static str,
    pub cite_atlas: &'static str,
    pub scenario_not_forecast: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &zh::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The name of a view (navigation tab).
pub fn view_name(view: View, lang: Lang) -> &'static str {
    let i = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
    texts(lang).views[i]
}

pub fn level_name(level: Level, lang: Lang) -> &'static str {
    texts(lang).levels[match level {
        Level::Prefecture => 0,
        Level::County => 1,
    }]
}

/// The name of a shrinkage class.
pub fn class_name(class: ShrinkClass, lang: Lang) -> &'static str {
    match (lang, class) {
        (Lang::Zh, ShrinkClass::Growing) => "增长",
        (Lang::Zh, ShrinkClass::Mild) => "轻度收缩",
        (Lang::Zh, ShrinkClass::Moderate) => "中度收缩",
        (Lang::Zh, ShrinkClass::Severe) => "重度收缩",
        (Lang::En, ShrinkClass::Growing) => "growing",
        (Lang::En, ShrinkClass::Mild) => "mild shrinkage",
        (Lang::En, ShrinkClass::Moderate) => "moderate shrinkage",
        (Lang::En, ShrinkClass::Severe) => "severe shrinkage",
    }
}

/// A URL notice in plain words.
pub fn notice(n: &Notice, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, Notice::InvalidValue { name, value }) => {
            format!("链接中的参数 {name}={value} 无法识别，已改用默认设置。")
        }
        (Lang::En, Notice::InvalidValue { name, value }) => {
            format!("The link's parameter {name}={value} was not understood; the default is shown instead.")
        }
        (Lang::Zh, Notice::UnknownUnit(code)) => {
            format!("数据中没有代码为 {code} 的地区，已忽略。")
        }
        (Lang::En, Notice::UnknownUnit(code)) => {
            format!("No unit has the code {code} in this dataset; it was ignored.")
        }
        (Lang::Zh, Notice::UnknownKey { name, value }) => {
            format!("链接中的 {name}={value} 已不存在（可能已更名），已忽略。")
        }
        (Lang::En, Notice::UnknownKey { name, value }) => {
            format!("The link's {name}={value} no longer exists (it may have been renamed); it was ignored.")
        }
        (Lang::Zh, Notice::Clamped { name, value, used }) => {
            format!("链接中的 {name}={value} 超出范围，已改为 {used}。")
        }
        (Lang::En, Notice::Clamped { name, value, used }) => {
            format!("The link's {name}={value} is out of range; {used} is used instead.")
        }
    }
}
