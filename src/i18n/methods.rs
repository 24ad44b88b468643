//! The methods page's own strings, one table per language (see
//! `super::Texts` for the rest of the interface).

use atlas_core::Lang;

pub struct MethodsTexts {
    pub contents: &'static str,
    pub measures_heading: &'static str,
    pub weights_heading: &'static str,
    pub weights_intro: &'static str,
    pub own_weights_in_use: &'static str,
    pub challenge_rules_heading: &'static str,
    pub model_heading: &'static str,
    pub model_intro: &'static str,
    pub feedback_heading: &'static str,
    pub feedback_diagram_label: &'static str,
    pub feedback_as_text: &'static str,
    /// The weight editor's message for a value that is not a number.
    pub enter_numbers: &'static str,
    /// The weight editor: its columns and buttons.
    pub weight_columns: [&'static str; 3],
    pub apply_weights: &'static str,
    pub entropy_weights_back: &'static str,
    pub levers_heading: &'static str,
    pub assumptions_heading: &'static str,
    pub assumptions_label: &'static str,
    pub limitations_heading: &'static str,
    pub colours_note: &'static str,
    pub lever_columns: [&'static str; 6],
    pub assumption_columns: [&'static str; 4],
    pub limitations: [&'static str; 5],
}

pub fn methods_texts(lang: Lang) -> &'static MethodsTexts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: MethodsTexts = MethodsTexts {
    contents: "目录",
    measures_heading: "收缩指标",
    weights_heading: "权重",
    weights_intro: "默认按熵值法确定各指标权重。可以在下面输入自己的权重（会按比例调整为合计 1），地图、概况和数据表随之更新。",
    own_weights_in_use: "正在使用自定义权重。",
    challenge_rules_heading: "地区概况中的“三大挑战”",
    model_heading: "情景模型",
    model_intro: "基线是逐年的队列要素推算：从2020年普查出发，分性别、单岁年龄（普查的五岁组平均分到各单岁）推到2040年。存活取全国2010—2020年的年变化率；单元2010—2020年分年龄、性别的变化率减去全国的，余下的即为其净迁移率。出生按每年的15—49岁妇女计算，并乘以由全国出生数得出（有出处）的生育倍数。每个地级单元2020年后延续的迁移水平按2021—2023年公布的年末常住人口拟合：有自身数字的用自己的，没有的取各单元拟合值的中位数再加一个全省统一的调整；各县每年调平，使之合计等于所属地级单元。政策杠杆在基线之上改变迁移、岗位与成本；蒙特卡罗抽样给出 10%—90% 区间。",
    feedback_heading: "反馈回路（论文 1.1 节）",
    feedback_diagram_label: "模型反馈回路图",
    feedback_as_text: "以文字查看各环节",
    enter_numbers: "请输入数字。",
    weight_columns: ["指标", "熵权（默认，地级）", "使用的权重"],
    apply_weights: "应用",
    entropy_weights_back: "恢复熵权",
    levers_heading: "政策杠杆",
    assumptions_heading: "假设（低 / 中 / 高）",
    assumptions_label: "假设",
    limitations_heading: "局限",
    colours_note: "配色：ColorBrewer（Cynthia Brewer）PuOr 与 YlGnBu 色板，均为色盲友好。",
    lever_columns: [
        "杠杆",
        "类别",
        "范围",
        "开启时取值",
        "作用路径",
        "论文中的数字",
    ],
    assumption_columns: [
        "假设",
        "取值",
        "依据",
        "理由",
    ],
    limitations: [
        "年龄结构只有两次人口普查（2010、2020）；此后只有部分地级单元和各省公布的年末常住人口总数（多转录自转载页面，部分为弱来源），没有分年龄数据。没有可用许可的 GDP 或财政数据，经济以普查就业结构描述。",
        "县级 2010 年数据只在能一一对应时使用；合并、拆分和新设单位显示为“无可比的 2010 年数据”，名称和代码未变的辖区调整无法识别（见 data/reports/county_matching.md）。",
        "就业、职业、受教育与住房指标来自普查长表抽样，是比例而非全数。",
        "情景模型是推演工具，不是预测；假设多为建模判断，区间宽。",
        "熵值法把较大权重给分布集中的指标（如采矿业就业），综合指数因而也反映资源依赖与稀疏聚落；可在上面改用自己的权重。",
    ],
};

static EN: MethodsTexts = MethodsTexts {
    contents: "Contents",
    measures_heading: "Shrinkage measures",
    weights_heading: "Weights",
    weights_intro: "By default each indicator's weight comes from the entropy method. Enter your own below (they are rescaled to sum to 1); the map, profiles and table follow.",
    own_weights_in_use: "Your own weights are in use.",
    challenge_rules_heading: "The three challenges in a place profile",
    model_heading: "Scenario model",
    model_intro: "The baseline is a yearly cohort-component projection by sex and single year of age from the 2020 census to 2040 (the census's five-year groups split evenly over their years). Survival follows the national 2010-2020 rates; a unit's 2010-2020 rates by age and sex less the national ones are its net migration (the residual). Births come from the women aged 15-49 of each year, with a fertility factor sourced from national births. A migration level per prefecture-level unit is fitted to the year-end populations reported for 2021-2023: its own figures where it has them, else the median level plus a shift for its province; counties are raked to their prefecture every year. Policy levers change migration, jobs and costs on top of the baseline; Monte Carlo draws over the assumptions give 10-90 % bands.",
    feedback_heading: "The feedback loop (paper section 1.1)",
    feedback_diagram_label: "Diagram of the model's feedback loop",
    feedback_as_text: "The links as text",
    enter_numbers: "Enter numbers.",
    weight_columns: ["Indicator", "Entropy weight (default, prefectures)", "Weight used"],
    apply_weights: "Apply",
    entropy_weights_back: "Back to entropy weights",
    levers_heading: "Policy levers",
    assumptions_heading: "Assumptions (low / central / high)",
    assumptions_label: "Assumptions",
    limitations_heading: "Limitations",
    colours_note: "Colours: ColorBrewer (Cynthia Brewer) PuOr and YlGnBu, both colour-blind safe.",
    lever_columns: [
        "Lever",
        "Family",
        "Range",
        "Value when on",
        "Path of effect",
        "The paper's figure",
    ],
    assumption_columns: [
        "Assumption",
        "Values",
        "Basis",
        "Why",
    ],
    limitations: [
        "Ages come from two censuses only (2010, 2020); since then there are only the year-end resident totals that some prefecture-level units and the provinces publish (mostly transcribed from reposts, some from weak sources), with no ages. There are no GDP or fiscal data with a usable licence; the economy is described by census employment.",
        "County 2010 figures are used only where a unit matches one to one; mergers, splits and new units show \"no comparable 2010 figure\", and boundary changes that kept a name and code cannot be detected (see data/reports/county_matching.md).",
        "Employment, occupation, education and housing come from the census long-form sample: shares, not full counts.",
        "The scenario model is a tool for reasoning, not a forecast; most assumptions are modelling judgements with wide ranges.",
        "The entropy method gives large weights to indicators concentrated in few units (such as mining jobs), so the composite also reflects resource dependence and sparse settlement; enter your own weights above to change that.",
    ],
};
