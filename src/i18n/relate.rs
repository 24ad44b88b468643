//! Strings of the relationships view (`crate::views::relate`), one table
//! per language. The strings with values inserted at run time are small
//! functions below; they hold the only `match` on the language.

use atlas_core::Lang;

/// All fixed strings of the relationships view.
pub struct RelateTexts {
    pub intro: &'static str,
    pub x_label: &'static str,
    pub y_label: &'static str,
    pub colour_label: &'static str,
    /// The `colour=` choices, in [`atlas_core::url_state::PointColour::ALL`] order.
    pub colours: [&'static str; 2],
    pub log_scale: &'static str,
    pub size_note: &'static str,
    pub fit_note: &'static str,
    pub no_fit: &'static str,
    pub no_points: &'static str,
    pub no_class: &'static str,
    pub selected: &'static str,
    pub table_caption: &'static str,
    pub download_points: &'static str,
}

static ZH: RelateTexts = RelateTexts {
    intro: "任选两项指标，看同一批地区在两者上的关系：每个点是一个地区，面积表示 2020 年常住人口。点击一个点可选中该地区。",
    x_label: "横轴（x）",
    y_label: "纵轴（y）",
    colour_label: "颜色",
    colours: ["按省份", "按收缩类型"],
    log_scale: "对数刻度",
    size_note: "点的面积与 2020 年常住人口成正比（最小的点按最小尺寸绘制）。",
    fit_note: "直线：y 对 x 的最小二乘拟合（对数刻度的轴取以 10 为底的对数）；r 为图中所见两者的皮尔逊相关系数。缺任一数值的地区不画、不计入拟合，绝不按零处理。",
    no_fit: "点太少（少于 3 个）或没有差异，无法拟合直线。",
    no_points: "在这一层级没有同时具有两项数值的地区。",
    no_class: "无收缩类型（缺 2010 年可比数据）",
    selected: "已选中：",
    table_caption: "图中各点的数值",
    download_points: "下载各点数据（CSV）",
};

static EN: RelateTexts = RelateTexts {
    intro: "Any two indicators of the same places against each other: each point is a place, its area the residents of 2020. Click a point to select the place.",
    x_label: "Horizontal axis (x)",
    y_label: "Vertical axis (y)",
    colour_label: "Colour",
    colours: ["by province", "by shrinkage class"],
    log_scale: "log scale",
    size_note: "Point area is proportional to residents in 2020 (the smallest drawn at a minimum size).",
    fit_note: "Line: least squares of y on x (on log10 of a log axis); r is Pearson's correlation of what the chart shows. A place lacking either value is neither drawn nor fitted, never taken as zero.",
    no_fit: "Too few points (under 3) or no spread: no line is fitted.",
    no_points: "No place at this level has both values.",
    no_class: "no class (no comparable 2010 figure)",
    selected: "Selected: ",
    table_caption: "The values of the points",
    download_points: "Download the points (CSV)",
};

pub fn relate_texts(lang: Lang) -> &'static RelateTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// "n = 34 · r = 0.56 · 20 of 54 lack data": the fit in one line (`r`
/// `None`: no line).
pub fn fit_line(n: usize, r: Option<f64>, missing: usize, lang: Lang) -> String {
    let total = n + missing;
    let r = r.map(|r| format!(" · r = {r:.2}")).unwrap_or_default();
    match lang {
        Lang::Zh => format!("n = {n}{r} · {total} 个地区中 {missing} 个缺数据"),
        Lang::En => format!("n = {n}{r} · {missing} of {total} lack data"),
    }
}

/// An axis title: the indicator, its unit and whether the scale is log.
pub fn axis_title(name: &str, unit: &str, log: bool, lang: Lang) -> String {
    let log = log.then_some(relate_texts(lang).log_scale);
    let parts: Vec<&str> = [Some(unit).filter(|u| !u.is_empty() && *u != "%"), log]
        .into_iter()
        .flatten()
        .collect();
    match (lang, parts.is_empty()) {
        (_, true) => name.to_string(),
        (Lang::Zh, false) => format!("{name}（{}）", parts.join("，")),
        (Lang::En, false) => format!("{name} ({})", parts.join(", ")),
    }
}

/// A point's hover name: the place and both values.
pub fn point_tip(name: &str, x: (&str, &str), y: (&str, &str), lang: Lang) -> String {
    let (x, y) = (named_value(x.0, x.1, lang), named_value(y.0, y.1, lang));
    format!("{name}\n{x}\n{y}")
}

/// The chart's accessible name (the table beside it has the numbers).
pub fn chart_label(x: &str, y: &str, fit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("散点图：{y}（纵轴）对 {x}（横轴），{fit}"),
        Lang::En => format!("Scatter plot of {y} (vertical) against {x} (horizontal), {fit}"),
    }
}

/// "name: value" (a full-width colon in Chinese).
pub fn named_value(name: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}：{value}"),
        Lang::En => format!("{name}: {value}"),
    }
}
