//! Strings of the strategy lab (`crate::lab`), one table per language. The
//! few strings with values inserted at run time are small functions below;
//! they hold the only `match` on the language.

use atlas_core::model::Output;
use atlas_core::Lang;

/// All fixed strings of the strategy lab in one language.
pub struct LabTexts {
    // lab view
    pub lab_intro: &'static str,
    pub jump_to_results: &'static str,
    // scope picker
    pub scope_legend: &'static str,
    pub scope_one_place_unpicked: &'static str,
    // presets and levers
    pub presets_legend: &'static str,
    pub lever_how_it_works: &'static str,
    pub levers_heading: &'static str,
    pub levers_all_off: &'static str,
    /// What a lever that is off shows instead of its value.
    pub lever_off: &'static str,
    // assumptions
    pub assumptions_summary: &'static str,
    pub assumptions_note: &'static str,
    pub assumptions_reset: &'static str,
    // trend chart and its table
    pub region_jobs_output: &'static str,
    pub my_scenario: &'static str,
    pub chart_shows: &'static str,
    pub show_as_table: &'static str,
    pub scenario_column: &'static str,
    pub band_note_region: &'static str,
    pub band_note_unit: &'static str,
    // cost table
    pub cost_baseline: &'static str,
    pub thousand_yuan: &'static str,
    pub cost_caption: &'static str,
    pub cost_table_head: [&'static str; 6],
    pub cost_table_label: &'static str,
    // wedges: the label is `before` + metric + `after`
    pub wedge_interaction: &'static str,
    pub wedge_metrics: [&'static str; 3],
    pub wedge_label_before: &'static str,
    pub wedge_label_after: &'static str,
    pub wedge_pending: &'static str,
    pub wedge_no_levers: &'static str,
    pub wedge_method: &'static str,
    // map
    pub map_heading: &'static str,
    pub map_label: &'static str,
    pub map_counties_pending: &'static str,
    pub map_counties_failed: &'static str,
    /// "{n} counties re-run in the background in {ms} ms": before n,
    /// between n and ms, after ms.
    pub map_counties_ran: [&'static str; 3],
    // drivers
    pub drivers_heading: &'static str,
    pub drivers_pick_place: &'static str,
    pub drivers_pending: &'static str,
    pub drivers_table_summary: &'static str,
    pub drivers_table_label: &'static str,
    pub drivers_table_head: [&'static str; 5],
}

pub static ZH: LabTexts = LabTexts {
    lab_intro: "把论文第三部分的策略变成可调的杠杆，比较它们对人口、岗位与成本的影响。",
    jump_to_results: "查看结果 ↓",
    scope_legend: "范围",
    scope_one_place_unpicked: "一个地区（请先查找）",
    presets_legend: "比较论文的策略组合",
    lever_how_it_works: "作用路径",
    levers_heading: "我的方案：政策杠杆",
    levers_all_off: "全部关闭",
    lever_off: "未开启 · 移动滑块即开启",
    assumptions_summary: "模型假设（与政策杠杆分开）",
    assumptions_note: "每个假设都有低、中、高三个值（见“方法与来源”）；这里可以改变中值。不确定性区间按三角分布抽样得到。",
    assumptions_reset: "恢复中值",
    region_jobs_output: "就业岗位（人）",
    my_scenario: "我的方案",
    chart_shows: "图中显示",
    show_as_table: "以表格查看",
    scenario_column: "情景",
    band_note_region: "不确定性区间只对单个地区计算（全区合计需对每次抽样重算全部地区）。",
    band_note_unit: "阴影为我的方案（无方案时为基线）在假设不确定下的 10%—90% 区间。",
    cost_baseline: "基线",
    thousand_yuan: "千元",
    cost_caption: "2040 年结果与 2021—2040 年累计政策成本（“多留住”= 与基线相比 2040 年多出的常住人口，含迁入者及其子女）",
    cost_table_head: [
        "情景",
        "2040 年常住人口",
        "多留住的常住人口",
        "多留住的劳动年龄人口",
        "累计成本",
        "每多留住一人的成本",
    ],
    cost_table_label: "结果与成本",
    wedge_interaction: "组合效应（交互）",
    wedge_metrics: ["常住人口", "劳动年龄人口", "就业岗位"],
    wedge_label_before: "各杠杆对 2040 年",
    wedge_label_after: "的贡献（与基线之差）",
    wedge_pending: "停止拖动后计算各杠杆的贡献…",
    wedge_no_levers: "打开“我的方案”中的杠杆，这里会显示各杠杆的贡献。",
    wedge_method: "分解方法：每次只开启一个杠杆、与基线比较；各杠杆之和与整体差值之间的差额列为“组合效应”。",
    map_heading: "我的方案下 2020—2040 年人口变化",
    map_label: "情景地图",
    map_counties_pending: "正在后台计算各县…",
    map_counties_failed: "县级情景地图无法计算：",
    map_counties_ran: ["", " 个县已在后台重新计算，用时 ", " 毫秒。"],
    drivers_heading: "什么左右这一结果",
    drivers_pick_place: "选择一个地方（上方“范围”）即可看到左右其结果的假设。",
    drivers_pending: "停止拖动后计算…",
    drivers_table_summary: "以表格查看（全部假设）",
    drivers_table_label: "假设的影响",
    drivers_table_head: ["假设", "依据", "取低值时", "取高值时", "摆幅"],
};

pub static EN: LabTexts = LabTexts {
    lab_intro: "The paper's strategies (its section 3) as levers: compare what they do to residents, jobs and costs.",
    jump_to_results: "See the results ↓",
    scope_legend: "Scope",
    scope_one_place_unpicked: "One place (find it first)",
    presets_legend: "Compare the paper's strategy packages",
    lever_how_it_works: "How it works",
    levers_heading: "My scenario: policy levers",
    levers_all_off: "All off",
    lever_off: "off · move the slider to switch it on",
    assumptions_summary: "Model assumptions (apart from the levers)",
    assumptions_note: "Each assumption has a low, central and high value (see Methods & sources); here you can move the central one. The uncertainty bands sample all of them from triangular distributions.",
    assumptions_reset: "Back to central values",
    region_jobs_output: "jobs (persons)",
    my_scenario: "My scenario",
    chart_shows: "Chart shows",
    show_as_table: "Show as a table",
    scenario_column: "Scenario",
    band_note_region: "Uncertainty bands are computed for a single place (a regional band would re-run every unit for every draw).",
    band_note_unit: "The shading is the 10-90 % band of my scenario (or the baseline when there is none) over the assumptions.",
    cost_baseline: "Baseline",
    thousand_yuan: "thousand yuan",
    cost_caption: "Results in 2040 and policy cost 2021-2040 (\"kept\" = residents in 2040 above the baseline, people attracted and their children included)",
    cost_table_head: [
        "Scenario",
        "Residents 2040",
        "Residents kept",
        "Working-age kept",
        "Cumulative cost",
        "Cost per resident kept",
    ],
    cost_table_label: "Results and costs",
    wedge_interaction: "Interaction",
    wedge_metrics: ["residents", "working-age residents", "jobs"],
    wedge_label_before: "Each lever's contribution to ",
    wedge_label_after: " in 2040 (difference from the baseline)",
    wedge_pending: "Each lever's share is computed once you pause…",
    wedge_no_levers: "Switch on levers in My scenario to see each one's share here.",
    wedge_method: "Method: one lever at a time against the baseline; what the package does beyond the sum of its levers is the interaction.",
    map_heading: "Population change 2020-2040 in my scenario",
    map_label: "Scenario map",
    map_counties_pending: "Computing the counties in the background…",
    map_counties_failed: "The county scenario map could not be computed: ",
    map_counties_ran: ["", " counties re-run in the background in ", " ms."],
    drivers_heading: "What drives this result",
    drivers_pick_place: "Pick a place (Scope, above) to see which assumptions drive its result.",
    drivers_pending: "Computed once you pause…",
    drivers_table_summary: "Show as a table (every assumption)",
    drivers_table_label: "Effect of each assumption",
    drivers_table_head: ["Assumption", "Status", "At low", "At high", "Swing"],
};

pub fn lab_texts(lang: Lang) -> &'static LabTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// An output's name (an embed's title).
pub fn output_name(output: Output, lang: Lang) -> &'static str {
    let (_, zh, en, _, _) = output.names();
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// An output's name with its unit, as the lab's output picker and chart
/// label show it.
pub fn output_with_unit(output: Output, lang: Lang) -> String {
    let (_, zh, en, unit_zh, unit_en) = output.names();
    match lang {
        Lang::Zh => format!("{zh}（{unit_zh}）"),
        Lang::En => format!("{en} ({unit_en})"),
    }
}

/// An amount of yuan: 亿元 in Chinese, billions in English.
pub fn yuan(v: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{:.1} 亿元", v / 1e8),
        Lang::En => format!("{:.2} bn yuan", v / 1e9),
    }
}

/// Where in the paper a lever's quote comes from (the English version adds
/// a gloss of the Chinese quote).
pub fn paper_reference(section: &str, gloss_en: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("论文 {section} 节"),
        Lang::En => format!("paper §{section}: {gloss_en}"),
    }
}

/// The label of the drivers chart for an output in a year.
pub fn drivers_chart_label(output: Output, year: u32, lang: Lang) -> String {
    let (_, zh, en, _, _) = output.names();
    match lang {
        Lang::Zh => format!(
            "哪些假设左右{year}年的{zh}：每个假设取低值（蓝）与高值（橙），其余不变"
        ),
        Lang::En => format!("What drives {en} in {year}: each assumption at its low (blue) and high (orange) value, the others unchanged"),
    }
}

/// The lab's whole-region scope: "Whole region (54 prefecture-level units)",
/// `prefectures` from the bundle.
pub fn scope_whole_region(prefectures: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("全区（{prefectures} 个地级单元合计）"),
        Lang::En => format!("Whole region ({prefectures} prefecture-level units)"),
    }
}
