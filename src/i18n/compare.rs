//! Strings of the compare view (`crate::views::compare`) and of the print
//! brief, one table per language. The few strings with values inserted at
//! run time are small functions below; they hold the only `match` on the
//! language.

use atlas_core::Lang;

/// All fixed strings of the compare view and the print brief.
pub struct CompareTexts {
    pub intro: &'static str,
    pub first_place: &'static str,
    pub second_place: &'static str,
    pub swap: &'static str,
    pub swap_label: &'static str,
    pub pick_second: &'static str,
    pub suggestions: &'static str,
    pub no_suggestions: &'static str,
    pub figures_heading: &'static str,
    pub figures_caption: &'static str,
    pub indicator_column: &'static str,
    /// Marks the higher value (a symbol is shown too, never colour only).
    pub higher: &'static str,
    pub same: &'static str,
    pub residents_2020: &'static str,
    pub pyramid_heading: &'static str,
    pub pyramid_note: &'static str,
    pub indices_caption: &'static str,
    pub economy_caption: &'static str,
    /// Neither place is in the 2015 economic source.
    pub economy_none: &'static str,
    pub compare_with: &'static str,
    pub compare: &'static str,
    pub compare_label: &'static str,
    pub open_profile: &'static str,
    // print brief
    pub print: &'static str,
    pub printed_from: &'static str,
    pub print_sources: &'static str,
}

pub static ZH: CompareTexts = CompareTexts {
    intro: "选两个地区并排比较：人口、各项指标、人口金字塔、收缩指数和论文的三项挑战。",
    first_place: "第一个地区",
    second_place: "第二个地区",
    swap: "⇄ 交换",
    swap_label: "交换两个地区",
    pick_second: "选择要比较的第二个地区，或从下面的相似地区中选一个：",
    suggestions: "相似地区",
    no_suggestions: "（相似地区在指标数据载入后显示）",
    figures_heading: "指标对比",
    figures_caption: "2020 年数值（人口变化为 2010—2020 年）；▲ 标出较高的一方。",
    indicator_column: "指标",
    higher: "较高",
    same: "相同",
    residents_2020: "2020 年常住人口",
    pyramid_heading: "人口金字塔（2020）",
    pyramid_note: "第一个地区为实心条，第二个地区为轮廓线；各为本地区总人口的百分比。",
    indices_caption: "收缩子指数与综合指数（0—1，越高收缩越明显）",
    economy_caption: "2015 年数值；▲ 标出较高的一方；来源未覆盖的地区为“无数据”。",
    economy_none: "两个地区都不在 2015 年经济数据来源的覆盖范围内（该来源只含 34 个地级单位，不含自治州和县）。",
    compare_with: "与其他地区比较…",
    compare: "比较",
    compare_label: "与本地区比较：",
    open_profile: "查看概况",
    print: "打印简报",
    printed_from: "本页链接：",
    print_sources: "数据来源",
};

pub static EN: CompareTexts = CompareTexts {
    intro: "Pick two places to set side by side: residents, every indicator, the population pyramids, the shrinkage indices and the paper's three challenges.",
    first_place: "First place",
    second_place: "Second place",
    swap: "⇄ Swap",
    swap_label: "Swap the two places",
    pick_second: "Pick a second place to compare, or one of the places like it below:",
    suggestions: "Places like it",
    no_suggestions: "(places like it show once the indicators are loaded)",
    figures_heading: "Figures side by side",
    figures_caption: "2020 values (population change 2010-2020); ▲ marks the higher one.",
    indicator_column: "Indicator",
    higher: "higher",
    same: "equal",
    residents_2020: "Residents 2020",
    pyramid_heading: "Population pyramids (2020)",
    pyramid_note: "The first place as filled bars, the second as an outline; each as a share of its own residents.",
    indices_caption: "Shrinkage sub-indices and composite (0-1, higher = more shrinkage)",
    economy_caption: "2015 values; ▲ marks the higher one; a place the source does not cover shows \"no data\".",
    economy_none: "Neither place is covered by the 2015 economic source (it has 34 prefecture-level units, no autonomous prefecture and no county).",
    compare_with: "Compare with…",
    compare: "compare",
    compare_label: "Compare with this place:",
    open_profile: "Open profile",
    print: "Print brief",
    printed_from: "Link to this page: ",
    print_sources: "Sources",
};

pub fn compare_texts(lang: Lang) -> &'static CompareTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// "成都市 与 巴中市" / "Chengdu and Bazhong": the comparison's title.
pub fn compare_title(a: &str, b: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{a} 与 {b}"),
        Lang::En => format!("{a} and {b}"),
    }
}

/// The pyramid chart's accessible label.
pub fn pyramid_label(a: &str, b: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("人口金字塔 2020：{a}（实心）与 {b}（轮廓）"),
        Lang::En => format!("Population pyramids 2020: {a} (bars) and {b} (outline)"),
    }
}
