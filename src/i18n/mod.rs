//! Interface strings in Chinese (default) and English. Every string the UI
//! shows comes from here, from the data bundle or from the core's own
//! definitions (indicators, levers), which carry both languages. One struct
//! per language, so a string missing in either fails to compile.

pub mod compare;
pub mod economy;
pub mod embed;
mod en;
pub mod lab;
pub mod methods;
pub mod relate;
pub mod timeline;
mod zh;

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
    pub views: [&'static str; 7],
    pub loading: &'static str,
    pub loading_counties: &'static str,
    pub loading_cohorts: &'static str,
    /// The index table's rows: the three dimensions, then the composite.
    pub index_rows: [&'static str; 4],
    pub index_caption: &'static str,
    pub composite_rank: &'static str,
    pub similar_places: &'static str,
    pub load_failed: &'static str,
    /// A chunk of the app's code could not be fetched (src/views/mod.rs).
    pub chunk_failed: &'static str,
    pub retry: &'static str,
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
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_field_label: &'static str,
    pub open_in_atlas: &'static str,
    pub source_short: &'static str,
    // methods and sources
    pub sources: &'static str,
    pub source_line: &'static str,
    pub cite_atlas_heading: &'static str,
    pub cite_atlas: &'static str,
    pub scenario_not_forecast: &'static str,
    // the track record: reported figures on the charts and the back-test
    pub baseline: &'static str,
    pub band_10_90: &'static str,
    pub census_points: &'static str,
    pub reported_points: &'static str,
    pub weak_points: &'static str,
    pub weak_source: &'static str,
    pub no_reported_figure: &'static str,
    pub reported_heading: &'static str,
    pub reported_region_note: &'static str,
    pub year_column: &'static str,
    pub residents_column: &'static str,
    pub source_column: &'static str,
    pub source_label: &'static str,
    pub trend_heading: &'static str,
    pub trend_note: &'static str,
    pub profile_trend_note: &'static str,
    pub census_row: &'static str,
    pub projected_row: &'static str,
    pub backtest_heading: &'static str,
    pub backtest_scores_caption: &'static str,
    pub backtest_forecasts: [&'static str; 3],
    pub backtest_in_band: &'static str,
    pub backtest_table_label: &'static str,
    pub backtest_columns: [&'static str; 11],
    pub roles: [&'static str; 3],
    pub province_sum: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub backtest_loading: &'static str,
    // upload, profile sections ({name}, {units}, {year} are filled in)
    pub upload_summary: &'static str,
    pub upload_note: &'static str,
    pub upload_choose: &'static str,
    pub upload_remove: &'static str,
    pub upload_unreadable: &'static str,
    /// Neither UTF-8 nor GB18030: names both and how to save as UTF-8.
    pub upload_unknown_encoding: &'static str,
    /// A UTF-16 file (Excel's "Unicode text"), refused.
    pub upload_utf16: &'static str,
    /// Shown beside the verdict when the file was decoded as GB18030.
    pub upload_read_as_gb18030: &'static str,
    pub upload_loaded: &'static str,
    pub ranks_note: &'static str,
    pub challenges_heading: &'static str,
    pub challenge_applies: &'static str,
    pub challenge_not_evident: &'static str,
    pub pyramid_projection_note: &'static str,
    pub pyramid_projected_label: &'static str,
    pub indices_heading: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &zh::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// "2024年末" / "end of 2024": the date a reported figure gives.
pub fn year_end(year: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year}年末"),
        Lang::En => format!("end of {year}"),
    }
}

/// The first line of a reported point's hover text: "2024年末常住人口：261.3万"
/// / "Residents at the end of 2024: 2.613 million".
pub fn reported_tip(year: u32, figure: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year}年末常住人口：{figure}（公布数）"),
        Lang::En => format!("Residents at the end of {year}: {figure} (reported)"),
    }
}

/// A source line of a hover text: "来源：title（address）".
pub fn source_tip(title: &str, url: &str, weak: bool, lang: Lang) -> String {
    let t = texts(lang);
    match (lang, weak) {
        (Lang::Zh, false) => format!("来源：{title}（{url}）"),
        (Lang::Zh, true) => format!("来源：{title}（{url}）——{}", t.weak_source),
        (Lang::En, false) => format!("Source: {title} ({url})"),
        (Lang::En, true) => format!("Source: {title} ({url}) — {}", t.weak_source),
    }
}

/// What the back-test fitted and what it held out.
pub fn backtest_intro(fit: (u32, u32), held_out: u32, lang: Lang) -> String {
    let (a, b) = fit;
    match lang {
        Lang::Zh => format!(
            "模型的迁移水平只按{a}—{b}年强来源公布的年末常住人口拟合；{held_out}年的数字全部留作检验，从未参与拟合；弱来源只展示、不拟合。下表把每个公布数与基线推算以及两种简单预测（“普查后不变”“延续2010—2020年的年变化率”）相比。省级行为所辖地级单元之和。"
        ),
        Lang::En => format!(
            "The model's migration levels are fitted only to the year-end populations that strong sources report for {a}-{b}; every figure of {held_out} is held out and was never fitted, and weak sources are shown but not fitted. The table sets each reported figure against the baseline projection and two naive forecasts (no change since the census; the 2010-2020 yearly rate continued). A province is the sum of its prefecture-level units."
        ),
    }
}

/// Column heads of the back-test's scores: the forecast, then median and
/// maximum of the held-out figures and of the fitted prefecture-level ones.
pub fn backtest_score_columns(
    fit: (u32, u32),
    held_out: u32,
    n_held: usize,
    n_fit: usize,
    lang: Lang,
) -> [String; 5] {
    let (a, b) = fit;
    match lang {
        Lang::Zh => [
            "预测方法".into(),
            format!("检验（{held_out}年，{n_held} 个）中位数"),
            format!("检验（{held_out}年）最大值"),
            format!("拟合（{a}—{b}年，地级 {n_fit} 个）中位数"),
            format!("拟合（{a}—{b}年）最大值"),
        ],
        Lang::En => [
            "Forecast".into(),
            format!("Held out ({held_out}, n = {n_held}): median"),
            format!("Held out ({held_out}): max"),
            format!("Fitted ({a}-{b}, prefecture level, n = {n_fit}): median"),
            format!("Fitted ({a}-{b}): max"),
        ],
    }
}

/// Shares of the reported figures inside the baseline's band (formatted),
/// held out and fitted, with how many figures each.
pub fn backtest_in_band(
    held: &str,
    n_held: usize,
    fitted: &str,
    n_fit: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "{}：检验的 {n_held} 个中 {held}，拟合的 {n_fit} 个中 {fitted}。",
            texts(lang).backtest_in_band
        ),
        Lang::En => format!(
            "{}: {held} of the {n_held} held out, {fitted} of the {n_fit} fitted.",
            texts(lang).backtest_in_band
        ),
    }
}

/// The back-test in one sentence: the held-out median absolute errors of
/// the three forecasts (already formatted).
pub fn backtest_summary(
    n: usize,
    held_out: u32,
    baseline: &str,
    no_change: &str,
    trend: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "对留作检验的 {n} 个{held_out}年公布数，基线推算的绝对误差中位数为 {baseline}，“普查后不变”为 {no_change}，“延续2010—2020年变化率”为 {trend}。"
        ),
        Lang::En => format!(
            "On the {n} figures of {held_out} held out, the baseline's median absolute error is {baseline}, against {no_change} for \"no change since the census\" and {trend} for \"the 2010-2020 rate continued\"."
        ),
    }
}

/// The name of a view (navigation tab).
pub fn view_name(view: View, lang: Lang) -> &'static str {
    let i = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
    texts(lang).views[i]
}

/// The coupling coordination of a place's three dimensions.
pub fn coupling_line(d: f64, class: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("耦合协调度 D = {d:.3}（{class}）"),
        Lang::En => format!("Coupling coordination D = {d:.3} ({class})"),
    }
}

/// How many of a prefecture's counties shrank.
pub fn county_spread_line(counties: u32, comparable: u32, shrinking: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("所辖 {counties} 个区县中，{comparable} 个有可比数据，其中 {shrinking} 个人口减少。"),
        Lang::En => format!(
            "Of its {counties} counties, {comparable} have a comparable 2010 figure and {shrinking} of those shrank."
        ),
    }
}

/// A search result's name: in English with the Chinese name beside it, so
/// that the reader can match it to Chinese signs and sources.
pub fn search_label(unit: &atlas_core::Unit, lang: Lang) -> String {
    match lang {
        Lang::Zh => unit.name_zh.clone(),
        Lang::En => format!("{} ({})", unit.name_en, unit.name_zh),
    }
}

pub fn level_name(level: Level, lang: Lang) -> &'static str {
    texts(lang).levels[match level {
        Level::Prefecture => 0,
        Level::County => 1,
    }]
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
