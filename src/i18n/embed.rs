//! Strings of embeds (`crate::embed`) and of the titles that downloaded
//! images carry, one table per language. The strings with values inserted
//! at run time are small functions below; they hold the only `match` on the
//! language.

use atlas_core::{Lang, Level};

/// All fixed strings of embeds.
pub struct EmbedTexts {
    pub trend_title: &'static str,
    pub trend_subtitle: &'static str,
    pub pyramid_title: &'static str,
    pub pyramid_subtitle: &'static str,
    pub cards_title: &'static str,
    pub cards_subtitle: &'static str,
    pub lab_subtitle: &'static str,
    /// Source lines: the censuses; the 2015 economy; censuses, reported
    /// figures and the baseline; censuses and the model's scenarios.
    pub source_census: &'static str,
    pub source_economy: &'static str,
    pub source_trend: &'static str,
    pub source_lab: &'static str,
    pub open_new_tab: &'static str,
    /// The copy-embed panel.
    pub chart_label: &'static str,
    /// Chart names, in [`atlas_core::url_state::EmbedChart::ALL`] order.
    pub charts: [&'static str; 6],
    pub language_label: &'static str,
    pub controls_label: &'static str,
    pub preview: &'static str,
}

static ZH: EmbedTexts = EmbedTexts {
    trend_title: "常住人口",
    trend_subtitle: "2010、2020 年普查，2021—2024 年公布数，至 2040 年的基线预测（10%—90% 区间）",
    pyramid_title: "分年龄、性别人口",
    pyramid_subtitle: "2020 年（条形），2010 年与 2035 年基线预测（轮廓）",
    cards_title: "主要指标",
    cards_subtitle: "2020 年普查；在省内与全区的排名",
    lab_subtitle: "至 2040 年：基线与策略情景（预测）",
    source_census: "数据：第六、七次全国人口普查（2010、2020）",
    source_economy: "数据：2015 年城市统计年鉴（Dong 等，2021）",
    source_trend:
        "数据：2010、2020 年普查；2021—2024 年各地公布的年末常住人口；预测：本图集基线模型",
    source_lab: "数据：2010、2020 年普查；预测：本图集模型，策略杠杆取自论文",
    open_new_tab: "（新标签页打开）",
    chart_label: "图表",
    charts: [
        "地图",
        "人口趋势",
        "人口金字塔",
        "指标关系",
        "策略实验室",
        "指标卡片",
    ],
    language_label: "语言",
    controls_label: "显示选择控件",
    preview: "预览",
};

static EN: EmbedTexts = EmbedTexts {
    trend_title: "residents",
    trend_subtitle: "Censuses 2010 and 2020, reported figures 2021-2024, baseline projection to 2040 (10-90 % band)",
    pyramid_title: "population by age and sex",
    pyramid_subtitle: "2020 (bars), 2010 and the 2035 baseline projection (outlines)",
    cards_title: "key figures",
    cards_subtitle: "2020 census; ranks in the province and the region",
    lab_subtitle: "to 2040: baseline and strategy scenarios (projections)",
    source_census: "Data: 2010 and 2020 censuses",
    source_economy: "Data: 2015 city statistical yearbooks (Dong et al. 2021)",
    source_trend: "Data: 2010 and 2020 censuses; year-end residents 2021-2024 as reported; projection: the atlas's baseline model",
    source_lab: "Data: 2010 and 2020 censuses; projection: the atlas's model, levers from the paper",
    open_new_tab: " (opens in a new tab)",
    chart_label: "Chart",
    charts: ["Map", "Population trend", "Population pyramid", "Relationships", "Strategy lab", "Indicator cards"],
    language_label: "Language",
    controls_label: "Show the pickers",
    preview: "Preview",
};

pub fn embed_texts(lang: Lang) -> &'static EmbedTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// "lead: a, b" / "引导：a、b" (`lead` alone when the list is empty).
pub fn list_after(lead: &str, items: &[String], lang: Lang) -> String {
    match (items.is_empty(), lang) {
        (true, _) => lead.to_string(),
        (false, Lang::Zh) => format!("{lead}：{}", items.join("；")),
        (false, Lang::En) => format!("{lead}: {}", items.join("; ")),
    }
}

/// "my scenario (a, b)" / "我的方案（a、b）".
pub fn scenario_with_levers(name: &str, levers: &[&str], lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}（{}）", levers.join("、")),
        Lang::En => format!("{name} ({})", levers.join(", ")),
    }
}

/// Every interface language, in the order the embed panel offers them.
pub const LANGUAGES: [Lang; 2] = [Lang::Zh, Lang::En];

/// A language's own name (the same in every table).
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

/// "Bazhong: residents" / "巴中市：常住人口".
pub fn of_place(place: &str, what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{place}：{what}"),
        Lang::En => format!("{place}: {what}"),
    }
}

/// The region's units as a subtitle: "The 54 prefecture-level units of
/// ...", `count` from the bundle.
pub fn region_units(level: Level, count: usize, lang: Lang) -> String {
    match (level, lang) {
        (Level::Prefecture, Lang::Zh) => {
            format!("四川、重庆、贵州、云南、西藏的 {count} 个地级单元")
        }
        (Level::County, Lang::Zh) => format!("四川、重庆、贵州、云南、西藏的 {count} 个县级单元"),
        (Level::Prefecture, Lang::En) => {
            format!("The {count} prefecture-level units of Sichuan, Chongqing, Guizhou, Yunnan and Tibet")
        }
        (Level::County, Lang::En) => {
            format!("The {count} counties of Sichuan, Chongqing, Guizhou, Yunnan and Tibet")
        }
    }
}

/// The whole region as a lab scope or a title: "Southwest China (54
/// prefecture-level units)", `prefectures` from the bundle.
pub fn whole_region(prefectures: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("西南地区（{prefectures} 个地级单元合计）"),
        Lang::En => format!("Southwest China ({prefectures} prefecture-level units)"),
    }
}

/// The map's subtitle: which units (`count` of them), and the census year
/// when the measure has one (or the time control's "2030 · 基线预测",
/// which takes no 年).
pub fn map_subtitle(level: Level, count: usize, year: Option<&str>, lang: Lang) -> String {
    let units = region_units(level, count, lang);
    match (year, lang) {
        (None, _) => units.to_string(),
        (Some(y), Lang::Zh) if y.bytes().all(|b| b.is_ascii_digit()) => format!("{units}，{y} 年"),
        (Some(y), Lang::Zh) => format!("{units}，{y}"),
        (Some(y), Lang::En) => format!("{units}, {y}"),
    }
}
