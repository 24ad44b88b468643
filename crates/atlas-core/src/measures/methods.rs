//! The methods text, generated from the indicator definitions and the
//! weights actually in use, so that the command line (`atlas methods`) and
//! the app's methods page say the same thing and cannot fall out of step
//! with the computation.
//!
//! [`sections`] gives structured sections (heading, paragraphs, an optional
//! table) for a page to lay out; [`text`] renders them as plain text.

use super::definitions::Dimension;
use super::LevelMeasures;
use crate::change::ShrinkClass;
use crate::dataset::Level;
use crate::format::{display_width, pad};
use crate::indicators::{CoordinationClass, Direction, Weighting};
use crate::url_state::Lang;
use serde::{Deserialize, Serialize};

/// One section of the methods text: paragraphs, then a table, then notes
/// that read best after the table (such as one description per row).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub table: Option<Table>,
    pub notes: Vec<String>,
}

/// A table of text cells, first row the header.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Picks the text of a language.
fn t(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::Zh => zh.to_string(),
        Lang::En => en.to_string(),
    }
}

fn level_name(level: Level, lang: Lang) -> &'static str {
    match (level, lang) {
        (Level::Prefecture, Lang::Zh) => "地级",
        (Level::County, Lang::Zh) => "县级",
        (Level::Prefecture, Lang::En) => "prefectures",
        (Level::County, Lang::En) => "counties",
    }
}

/// Which way is more shrinkage, in words.
pub fn direction_text(direction: Direction, lang: Lang) -> &'static str {
    match (direction, lang) {
        (Direction::MoreIsShrinkage, Lang::Zh) => "越高收缩越强",
        (Direction::LessIsShrinkage, Lang::Zh) => "越低收缩越强",
        (Direction::MoreIsShrinkage, Lang::En) => "higher = more shrinkage",
        (Direction::LessIsShrinkage, Lang::En) => "lower = more shrinkage",
    }
}

/// The methods, with the weights of `levels` (normally the prefecture and
/// the county measures, as currently weighted).
pub fn sections(lang: Lang, levels: &[&LevelMeasures]) -> Vec<Section> {
    let mut out = vec![change_section(lang), descriptive_section(lang)];
    out.extend(Dimension::ALL.map(|d| dimension_section(d, lang, levels)));
    out.push(index_section(lang));
    out.push(coupling_section(lang));
    out.push(ranks_section(lang));
    out.push(missing_section(lang, levels));
    out
}

/// [`sections`] as plain text: headings underlined, tables aligned in
/// display columns (Chinese characters count two).
pub fn text(lang: Lang, levels: &[&LevelMeasures]) -> String {
    let mut out = String::new();
    for section in sections(lang, levels) {
        out.push_str(&section.heading);
        out.push('\n');
        out.push_str(&"=".repeat(display_width(&section.heading)));
        out.push_str("\n\n");
        for paragraph in &section.paragraphs {
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
        if let Some(table) = &section.table {
            out.push_str(&render_table(table));
            out.push('\n');
        }
        for note in &section.notes {
            out.push_str(note);
            out.push_str("\n\n");
        }
    }
    out
}

fn render_table(table: &Table) -> String {
    let columns = table.header.len();
    let widths: Vec<usize> = (0..columns)
        .map(|j| {
            std::iter::once(&table.header)
                .chain(&table.rows)
                .map(|row| row.get(j).map_or(0, |c| display_width(c)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |row: &Vec<String>| {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        format!("  {}\n", cells.join("  ").trim_end())
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    let mut out = line(&table.header);
    out.push_str(&line(&rule));
    for row in &table.rows {
        out.push_str(&line(row));
    }
    out
}

fn change_section(lang: Lang) -> Section {
    let rows = ShrinkClass::ALL
        .iter()
        .map(|class| vec![class.name(lang).to_string(), class.band()])
        .collect();
    Section {
        heading: t(lang, "人口变化与收缩强度", "Population change and shrinkage intensity"),
        paragraphs: vec![
            t(
                lang,
                "常住人口变化率 = P2020 / P2010 − 1，两次普查均按2020年行政区划；年均变化率 = (P2020 / P2010)^(1/10) − 1。没有可比2010年数据的县（新设、合并或拆分，见 data/reports/county_matching.md）不计算变化。",
                "Change in resident population = P2020 / P2010 − 1, both censuses on 2020 boundaries; annualised = (P2020 / P2010)^(1/10) − 1. Counties without a comparable 2010 figure (created, merged or split; see data/reports/county_matching.md) have no change.",
            ),
            t(
                lang,
                "收缩强度分级是本项目的约定，不是官方分类：以5个百分点为一档，把区域内观察到的人口减少幅度（最低至 −17.4%）分为宽度相近的三档。",
                "The intensity classes are this project's convention, not an official classification: 5-point bands that split the losses observed in the region (down to −17.4 %) into three steps of similar width.",
            ),
        ],
        table: Some(Table { header: vec![t(lang, "强度", "class"), t(lang, "十年变化", "decade change")], rows }),
        notes: Vec::new(),
    }
}

fn descriptive_section(lang: Lang) -> Section {
    Section {
        heading: t(lang, "描述性指标", "Descriptive measures"),
        paragraphs: vec![
            t(
                lang,
                "县域收缩面：地级单元内人口减少的县的个数及其占有可比2010年数据的县的比重，并注明缺少可比数据的县数。整体增长的地级单元内部也可能有多数县在收缩。",
                "Spread within a prefecture: the number of its counties that lost residents and their share of the counties with a comparable 2010 figure; counties without one are counted separately. A prefecture that grows as a whole can hide a majority of shrinking counties.",
            ),
            t(
                lang,
                "人口外流（2010）=（户籍人口 − 常住人口）/ 户籍人口。只有2010年鉴提供户籍人口。2020年人户分离比重：户籍在本县其他乡镇、本省其他县、外省的常住人口占常住人口的比重。",
                "Outflow (2010) = (registered − resident) / registered population; only the 2010 yearbook gives the registered (hukou) population. Registration elsewhere 2020: residents registered in another township of the same county, another county of the same province, or another province, as shares of residents.",
            ),
            t(
                lang,
                "老龄化：60岁及以上、65岁及以上人口比重（2010、2020及变化，百分点）；老年抚养比 = 65岁及以上 / 15-64岁 × 100，其中15-64岁比重 = 100 − 0-14岁 − 65岁及以上（普查表未直接给出）；劳动年龄（15-59岁）比重的变化。",
                "Ageing: shares aged 60+ and 65+ (2010, 2020 and the change in percentage points); old-age dependency = 65+ / 15-64 × 100, with the 15-64 share = 100 − (0-14) − (65+) (the census tables do not give it directly); change in the working-age (15-59) share.",
            ),
        ],
        table: None,
        notes: Vec::new(),
    }
}

/// Weight used for indicator `j` of a dimension, with the entropy weight
/// in brackets when the reader's weights replaced it.
fn weight_cell(level: &LevelMeasures, dimension: Dimension, j: usize) -> String {
    let w = level.weights(dimension);
    match w.weighting {
        Weighting::Entropy => format!("{:.3}", w.weights[j]),
        Weighting::User => format!("{:.3} ({:.3})", w.weights[j], w.entropy[j]),
    }
}

fn dimension_section(dimension: Dimension, lang: Lang, levels: &[&LevelMeasures]) -> Section {
    let mut header = vec![
        t(lang, "指标", "indicator"),
        t(lang, "键", "key"),
        t(lang, "单位", "unit"),
        t(lang, "方向", "direction"),
    ];
    for level in levels {
        header.push(match lang {
            Lang::Zh => format!("权重（{}）", level_name(level.level, lang)),
            Lang::En => format!("weight ({})", level_name(level.level, lang)),
        });
    }
    let rows = dimension
        .indicators()
        .enumerate()
        .map(|(j, d)| {
            let mut row = vec![
                d.name(lang).to_string(),
                d.key.to_string(),
                d.unit(lang).to_string(),
                direction_text(d.direction, lang).to_string(),
            ];
            row.extend(levels.iter().map(|level| weight_cell(level, dimension, j)));
            row
        })
        .collect();
    let mut paragraphs = Vec::new();
    let user_levels: Vec<&str> = levels
        .iter()
        .filter(|l| l.weights(dimension).weighting == Weighting::User)
        .map(|l| level_name(l.level, lang))
        .collect();
    paragraphs.push(if user_levels.is_empty() {
        t(lang, "权重为熵值法权重（默认）。", "Weights are entropy weights (the default).")
    } else {
        match lang {
            Lang::Zh => format!("{}的权重为用户自定义（归一化到和为1），括号内为熵值法默认权重。", user_levels.join("、")),
            Lang::En => format!(
                "Weights for {} are the reader's own (rescaled to sum 1); the entropy weights (the default) are in brackets.",
                user_levels.join(" and ")
            ),
        }
    });
    let separator = t(lang, "：", ": ");
    let notes = dimension
        .indicators()
        .map(|d| format!("{}{separator}{}", d.name(lang), d.description(lang)))
        .collect();
    Section {
        heading: match lang {
            Lang::Zh => format!("{}维度指标", dimension.name(lang)),
            Lang::En => format!("Indicators of the {} dimension", dimension.name(lang)),
        },
        paragraphs,
        table: Some(Table { header, rows }),
        notes,
    }
}

fn index_section(lang: Lang) -> Section {
    Section {
        heading: t(lang, "分维度指数与综合指数", "Sub-indices and the composite index"),
        paragraphs: vec![
            t(
                lang,
                "每个维度在同一级别（地级与地级比、县级与县级比）的单元之间分别计算，依次为：",
                "Each dimension is computed among the units of one level (prefectures with prefectures, counties with counties), in three steps:",
            ),
            t(
                lang,
                "1. 极差标准化：x' = (x − min) / (max − min)（越高收缩越强的指标），或 x' = (max − x) / (max − min)（越低收缩越强的指标），使 1 = 收缩最强；取值全相同的指标记为0。",
                "1. Min-max scaling: x' = (x − min) / (max − min) where higher means more shrinkage, x' = (max − x) / (max − min) where lower does, so that 1 = most shrinkage; a column with one value throughout scales to 0.",
            ),
            t(
                lang,
                "2. 熵值法赋权：p_ij = x'_ij / Σ_i x'_ij，e_j = −(1 / ln n) Σ_i p_ij ln p_ij，d_j = 1 − e_j，w_j = d_j / Σ_j d_j。指标在单元间差异越大，权重越大。用户可以用自己的权重替换任一维度的熵权（非负、不全为零，自动归一化）。",
                "2. Entropy weights: p_ij = x'_ij / Σ_i x'_ij, e_j = −(1 / ln n) Σ_i p_ij ln p_ij, d_j = 1 − e_j, w_j = d_j / Σ_j d_j. The more an indicator separates the units, the more it weighs. Readers may replace the entropy weights of any dimension with their own (non-negative, not all zero, rescaled to sum 1).",
            ),
            t(
                lang,
                "3. TOPSIS：v_ij = w_j x'_ij；正理想解为各列最大值，负理想解为各列最小值；D+、D− 为到两者的欧氏距离；得分 = D− / (D+ + D−)，0-1，1 = 收缩最强。",
                "3. TOPSIS: v_ij = w_j x'_ij; the positive ideal is each column's maximum, the negative ideal its minimum; D+ and D− are the Euclidean distances to them; score = D− / (D+ + D−), 0-1, 1 = most shrinkage.",
            ),
            t(
                lang,
                "熵值法的性质：取值集中在少数单元的指标（如只在少数资源型地区较高的采矿业就业比重）得到大权重，在单元间分布均匀的指标（如人口变化率）得到小权重。因此在当前数据上，默认权重下的产业维度主要反映资源依赖程度（见上表权重）。这是方法本身的性质而非数据错误；认为不妥的读者可以换用自己的权重。",
                "A property of the entropy method: indicators concentrated in a few units (such as mining employment, high only in a few resource areas) get large weights, indicators spread evenly across units (such as population change) small ones. On the current data the industry dimension under default weights therefore mostly measures resource dependence (see the weights above). This is how the method works, not a data error; readers who disagree can set their own weights.",
            ),
            t(
                lang,
                "综合指数 = 三个分维度指数的算术平均（等权）：三个维度在收缩框架中地位相同；分维度指数已是相对值，再做一次TOPSIS会使综合指数随无关单元变化；等权平均正是耦合协调模型中的综合评价指数T。",
                "Composite = the plain mean of the three sub-indices (equal weights): the three dimensions are equal parts of the framework; each sub-index is already relative to the other units, and a second TOPSIS would make a unit's composite move when unrelated units change; the mean is exactly the comprehensive index T of the coupling model.",
            ),
            t(
                lang,
                "注意：指数是同级单元之间的相对位置，不是绝对的收缩量；0 表示在本级中收缩迹象最弱，并不表示没有收缩。",
                "Note: the indices place a unit relative to the others of its level; they are not an absolute amount of shrinkage. 0 means the weakest signs of shrinkage at that level, not none.",
            ),
        ],
        table: None,
        notes: Vec::new(),
    }
}

fn coupling_section(lang: Lang) -> Section {
    let rows = CoordinationClass::ALL
        .iter()
        .enumerate()
        .map(|(k, class)| {
            let band = if k == 9 {
                "0.9 – 1.0".to_string()
            } else {
                format!("{:.1} – {:.1}", k as f64 / 10.0, (k + 1) as f64 / 10.0)
            };
            let name = match lang {
                Lang::Zh => class.name_zh(),
                Lang::En => class.name_en(),
            };
            vec![band, name.to_string()]
        })
        .collect();
    Section {
        heading: t(lang, "耦合协调度", "Coupling coordination degree"),
        paragraphs: vec![
            t(
                lang,
                "三个分维度指数 u1、u2、u3 的耦合度 C = 3 (u1 u2 u3)^(1/3) / (u1 + u2 + u3)，综合指数 T = (u1 + u2 + u3) / 3，协调度 D = √(C T)。每档宽0.1，含下限。",
                "For the three sub-indices u1, u2, u3: coupling C = 3 (u1 u2 u3)^(1/3) / (u1 + u2 + u3), comprehensive index T = (u1 + u2 + u3) / 3, coordination D = √(C T). Classes are 0.1 wide and include their lower bound.",
            ),
            t(
                lang,
                "此处的三个子系统是收缩指数，因此D高表示三个维度同时、均衡地呈现较强收缩；D低表示收缩较弱或只集中在某一维度。缺任一分维度指数则不计算。",
                "Here the subsystems are shrinkage indices, so a high D means shrinkage that is strong and even across the three dimensions, a low D shrinkage that is weak or confined to one dimension. Not computed when a sub-index is missing.",
            ),
        ],
        table: Some(Table { header: vec!["D".into(), t(lang, "类别", "class")], rows }),
        notes: Vec::new(),
    }
}

fn ranks_section(lang: Lang) -> Section {
    Section {
        heading: t(lang, "排名与相似地区", "Ranks and similar places"),
        paragraphs: vec![
            t(
                lang,
                "排名按综合指数从高到低，第1名为收缩最强；分别在全区域（五省区市）和本省内、同一级别单元中排名，并列者同名次（1224式）。",
                "Ranks order the units of a level by the composite, 1 = most shrinkage, within the whole region (the five provinces) and within the province; ties share a rank (\"1224\").",
            ),
            t(
                lang,
                "相似地区：对全部指标的原始值按同级单元做z分数标准化，取两单元共有指标差值的均方根为距离，列出最近的5个同级单元（距离相同时代码小者在前）。",
                "Similar places: every indicator's raw values are turned into z-scores over the units of the level; the distance between two units is the root mean square of the differences over the indicators both have; the 5 nearest units of the same level are listed (equal distances by lower code).",
            ),
        ],
        table: None,
        notes: Vec::new(),
    }
}

fn missing_section(lang: Lang, levels: &[&LevelMeasures]) -> Section {
    let mut header = vec![t(lang, "级别", "level"), t(lang, "单元数", "units")];
    header.extend(Dimension::ALL.map(|d| d.name(lang).to_string()));
    header.push(t(lang, "综合", "composite"));
    let rows = levels
        .iter()
        .map(|level| {
            let mut row = vec![
                level_name(level.level, lang).to_string(),
                level.units().len().to_string(),
            ];
            row.extend(Dimension::ALL.map(|d| level.missing(d).len().to_string()));
            row.push(level.missing_composite().len().to_string());
            row
        })
        .collect();
    Section {
        heading: t(lang, "缺失数据", "Missing data"),
        paragraphs: vec![t(
            lang,
            "缺少某维度任一指标的单元，该维度指数记为空（不参与该维度的标准化与赋权），综合指数与耦合协调度亦为空，地图上显示为“无数据”而不是0。每个维度都含有2010-2020年的变化指标，因此没有可比2010年数据的县三个维度均为空；另有少数县缺2010年的行业或就业数据，只缺产业维度。下表为各级别各维度指数为空的单元数。",
            "A unit lacking any indicator of a dimension has no sub-index for it (and takes no part in that dimension's scaling and weighting), hence no composite and no coordination degree; the map shows \"no data\", never 0. Every dimension includes a change 2010-2020, so counties without a comparable 2010 figure have none of the three; a few counties whose 2010 yearbook lacks sector or employment figures miss only the industry index. Units without each index, per level:",
        )],
        table: Some(Table { header, rows }),
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::INDICATORS;

    #[test]
    fn every_indicator_has_its_direction_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            let all = text(lang, &[]);
            for d in INDICATORS {
                assert!(all.contains(d.key), "{}", d.key);
                assert!(all.contains(d.description(lang)), "{}", d.key);
            }
            assert!(all.contains(direction_text(Direction::LessIsShrinkage, lang)));
        }
    }

    #[test]
    fn tables_align_in_display_columns() {
        let table = Table {
            header: vec!["名称".into(), "x".into()],
            rows: vec![
                vec!["巴中市".into(), "1".into()],
                vec!["ab".into(), "2".into()],
            ],
        };
        let out = render_table(&table);
        // Every row starts its last column at the same display column.
        let starts: Vec<usize> = out
            .lines()
            .skip(2)
            .map(|l| display_width(&l[..l.rfind(' ').unwrap() + 1]))
            .collect();
        assert_eq!(starts, [10, 10], "{out}");
    }
}
