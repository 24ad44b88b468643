//! Strings of the map's time control (`crate::map::time`), one table per
//! language.

use atlas_core::timeline::Basis;
use atlas_core::Lang;

pub struct TimeTexts {
    /// The measure the map shows while the control is past 2020.
    pub measure: &'static str,
    pub slider_label: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    /// What a year's figures are, in [`Basis`] order.
    pub basis: [&'static str; 3],
    /// The note under the control, in [`Basis`] order.
    pub basis_note: [&'static str; 3],
    /// The note at the 2010 census, the base of the measure.
    pub base_year_note: &'static str,
    /// A projected year of the reader's scenario, and its note.
    pub scenario: &'static str,
    pub scenario_note: &'static str,
}

static ZH: TimeTexts = TimeTexts {
    measure: "常住人口较 2010 年的变化",
    slider_label: "年份",
    play: "▶ 播放",
    pause: "❚❚ 暂停",
    basis: ["人口普查", "公布数", "基线预测"],
    basis_note: [
        "2020 年：第七次全国人口普查。",
        "2021—2024 年：各地公布的年末常住人口，仅部分地级单元有（其余显示“无数据”，从不插值）。",
        "2025—2040 年：本图集的基线预测（所有政策杠杆关闭），是情景而不是统计数据；各地区的 10%—90% 区间见其概况中的趋势图。图例分级固定，各年颜色可以比较。",
    ],
    scenario: "情景预测",
    scenario_note: "2025—2040 年：链接中策略实验室的设定（杠杆和假设，作用于所有地区）下的情景预测，是情景而不是统计数据。杠杆的效果未经回测（实验室标明每项是有出处还是建模判断）；下面的误差是基线的。在实验室关闭所有杠杆即回到基线。图例分级固定，各年颜色可以比较。",
    base_year_note: "2010 年：第六次全国人口普查，变化的起点：有 2010 年数据的地区在这一年都是 0（没有 2010 年可比数据的显示“无数据”）。播放可看到此后的变化。",
};

static EN: TimeTexts = TimeTexts {
    measure: "Change in residents since 2010",
    slider_label: "Year",
    play: "▶ Play",
    pause: "❚❚ Pause",
    basis: ["census", "reported", "baseline projection"],
    basis_note: [
        "2020: the seventh national census.",
        "2021-2024: year-end residents as reported, for some prefecture-level units only (the others show \"no data\", never an interpolation).",
        "2025-2040: the atlas's baseline projection (all levers off), a scenario, not a statistic; each place's 10-90 % band is on its profile's trend chart. The legend's classes stay fixed, so colours compare across years.",
    ],
    scenario: "scenario projection",
    scenario_note: "2025-2040: the projection under the strategy lab's settings in the link (levers and assumptions, applied to every place), a scenario, not a statistic. The levers' effects are not back-tested (the lab marks each as sourced or judgement); the error below is the baseline's. Switch every lever off in the lab to see the baseline. The legend's classes stay fixed, so colours compare across years.",
    base_year_note: "2010: the sixth national census, where the change starts: every place with a 2010 count is at 0 this year (those without a comparable 2010 count show \"no data\"). Press play to see what followed.",
};

pub fn time_texts(lang: Lang) -> &'static TimeTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// Position of a basis in the tables above.
pub fn basis_index(basis: Basis) -> usize {
    match basis {
        Basis::Census => 0,
        Basis::Reported => 1,
        Basis::Projection => 2,
    }
}
