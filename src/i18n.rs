//! Interface strings in Chinese (default) and English. Every string the UI
//! shows comes from here or from the data bundle.

use atlas_core::change::ShrinkClass;
use atlas_core::{Lang, Notice};

/// All fixed strings of the interface in one language.
pub struct Texts {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub reload: &'static str,
    pub map_label: &'static str,
    pub legend_title: &'static str,
    pub legend_note: &'static str,
    pub no_data: &'static str,
    pub no_comparable_2010: &'static str,
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
    pub share_of_residents: &'static str,
    pub sources: &'static str,
    pub source_line: &'static str,
    pub clear_selection: &'static str,
    pub dismiss: &'static str,
    pub region_summary_tail: &'static str,
}

const ZH: Texts = Texts {
    title: "西南城市收缩图集",
    subtitle: "四川、重庆、贵州、云南、西藏 54 个地级单元的人口变化（2010—2020 年人口普查）",
    switch_lang: "English",
    switch_lang_label: "Switch to English",
    loading: "正在加载数据…",
    load_failed: "数据加载失败",
    reload: "重新加载",
    map_label: "西南地区地级单元 2010—2020 年常住人口变化地图",
    legend_title: "常住人口变化 2010—2020",
    legend_note: "按 2020 年行政区划计算",
    no_data: "无数据",
    no_comparable_2010: "无可比的 2010 年数据",
    pick_a_unit: "在地图上点击或用 Tab 键选择一个地区，查看其人口数据。",
    pop_2010: "2010 年常住人口",
    pop_2020: "2020 年常住人口",
    change: "变化",
    annualised: "年均变化",
    per_year: "/年",
    class: "收缩程度",
    class_note: "分级为本图集的约定：增长（≥0）、轻度（0 至 −5%）、中度（−5% 至 −10%）、重度（< −10%）。",
    age_chart_title: "年龄结构（占常住人口 %）",
    age_groups: ["0—14 岁", "15—59 岁", "60 岁及以上"],
    chart_as_table: "以表格查看",
    age_group: "年龄组",
    share_of_residents: "占常住人口",
    sources: "数据来源",
    source_line: "数据：第六、七次全国人口普查（Dong, Du & Liu 2022 整理，MIT 许可）；边界：leiii/census、tudigong（MIT）。",
    clear_selection: "取消选择",
    dismiss: "关闭",
    region_summary_tail: "个地级单元的常住人口在 2010—2020 年间减少。",
};

const EN: Texts = Texts {
    title: "Shrinkage Atlas of Southwest China",
    subtitle: "Population change in the 54 prefecture-level units of Sichuan, Chongqing, Guizhou, Yunnan and Tibet (censuses 2010 and 2020)",
    switch_lang: "中文",
    switch_lang_label: "切换到中文",
    loading: "Loading data…",
    load_failed: "The data could not be loaded",
    reload: "Reload",
    map_label: "Map of resident population change 2010-2020 in the prefecture-level units of Southwest China",
    legend_title: "Resident population change 2010-2020",
    legend_note: "on 2020 boundaries",
    no_data: "no data",
    no_comparable_2010: "no comparable 2010 figure",
    pick_a_unit: "Click a unit on the map, or reach it with the Tab key, to see its figures.",
    pop_2010: "Residents 2010",
    pop_2020: "Residents 2020",
    change: "Change",
    annualised: "Per year",
    per_year: "/yr",
    class: "Shrinkage",
    class_note: "Classes are this atlas's convention: growing (>= 0), mild (0 to -5 %), moderate (-5 to -10 %), severe (< -10 %).",
    age_chart_title: "Age structure (% of residents)",
    age_groups: ["0-14", "15-59", "60+"],
    chart_as_table: "Show as a table",
    age_group: "Age group",
    share_of_residents: "Share of residents",
    sources: "Sources",
    source_line: "Data: 2010 and 2020 censuses as compiled by Dong, Du & Liu (2022, MIT licence); boundaries: leiii/census and tudigong (MIT).",
    clear_selection: "Clear selection",
    dismiss: "Dismiss",
    region_summary_tail: "prefecture-level units lost residents between 2010 and 2020.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
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
        (Lang::Zh, Notice::UnknownUnit(code)) => format!("数据中没有代码为 {code} 的地区，已显示全区地图。"),
        (Lang::En, Notice::UnknownUnit(code)) => {
            format!("No unit has the code {code} in this dataset; showing the whole region instead.")
        }
    }
}
