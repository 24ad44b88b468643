//! The methods page text, generated from the very definitions the engine
//! uses (levers, assumptions, presets, the feedback loop), in Chinese and
//! English, so the words can never drift from the model.

use super::assumptions::{AssumptionDef, ASSUMPTIONS};
use super::feedback;
use super::levers::{FigureRole, LeverDef, LEVERS};
use super::presets::Preset;
use crate::url_state::Lang;

/// A number as a reader writes it: no trailing zeros, thousands grouped.
pub fn plain_number(x: f64) -> String {
    let rounded = (x * 1000.0).round() / 1000.0;
    if rounded.fract() == 0.0 && rounded.abs() >= 1000.0 {
        crate::format::grouped(rounded.abs() as u64)
    } else {
        let s = format!("{rounded:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// One lever in plain words.
pub fn lever_text(def: &LeverDef, lang: Lang) -> String {
    let n = plain_number;
    match lang {
        Lang::Zh => {
            let mut s = format!(
                "{}（{}，论文{}节）。单位：{}；范围{}至{}，步长{}；默认关闭，开启时取{}。模型中的作用：{}。",
                def.name_zh,
                def.family.name_zh(),
                def.family.section(),
                def.unit_zh,
                n(def.min),
                n(def.max),
                n(def.step),
                n(def.on_value),
                def.effect_zh
            );
            if let Some(f) = def.paper {
                let role = match f.role {
                    FigureRole::Problem => "问题",
                    FigureRole::Target => "目标",
                };
                s.push_str(&format!(
                    "论文（{}节，{}）：“{}”。",
                    f.section, role, f.quote_zh
                ));
            } else {
                s.push_str("论文未给出数值。");
            }
            s
        }
        Lang::En => {
            let mut s = format!(
                "{} ({}, paper section {}). Unit: {}; range {} to {} in steps of {}; off by default, {} when switched on ({}). In the model: {}.",
                def.name_en,
                def.family.name_en(),
                def.family.section(),
                def.unit_en,
                n(def.min),
                n(def.max),
                n(def.step),
                n(def.on_value),
                def.on_value_basis_en,
                def.effect_en
            );
            if let Some(f) = def.paper {
                let role = match f.role {
                    FigureRole::Problem => "the problem",
                    FigureRole::Target => "the target",
                };
                s.push_str(&format!(
                    " The paper (section {}, {}): \u{201c}{}\u{201d} ({}).",
                    f.section, role, f.quote_zh, f.gloss_en
                ));
            } else {
                s.push_str(" The paper gives no figure.");
            }
            s
        }
    }
}

/// One assumption in plain words.
pub fn assumption_text(def: &AssumptionDef, lang: Lang) -> String {
    let n = plain_number;
    match lang {
        Lang::Zh => format!(
            "{}：低{}、中{}、高{}（{}）。{}【{}】",
            def.name_zh,
            n(def.low),
            n(def.central),
            n(def.high),
            def.unit_zh,
            def.why_zh,
            def.basis.label(lang)
        ),
        Lang::En => format!(
            "{}: low {}, central {}, high {} ({}). {} [{}]",
            def.name_en,
            n(def.low),
            n(def.central),
            n(def.high),
            def.unit_en,
            def.why_en,
            def.basis.label(lang)
        ),
    }
}

/// The whole methods section as Markdown.
pub fn methods_markdown(lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let h = |out: &mut String, zh_title: &str, en_title: &str| {
        out.push_str(&format!(
            "\n## {}\n\n",
            if zh { zh_title } else { en_title }
        ));
    };
    out.push_str(if zh {
        "# 预测与政策模型\n\n"
    } else {
        "# The projection and policy model\n\n"
    });
    out.push_str(if zh { INTRO_ZH } else { INTRO_EN });
    h(&mut out, "政策杠杆", "Policy levers");
    for def in LEVERS.iter() {
        out.push_str(&format!("- {}\n", lever_text(def, lang)));
    }
    h(&mut out, "情景预设", "Presets");
    for p in Preset::ALL {
        let levers: Vec<String> = p
            .settings()
            .iter()
            .map(|s| {
                format!(
                    "{} = {}",
                    if zh {
                        s.lever.def().name_zh
                    } else {
                        s.lever.key()
                    },
                    plain_number(s.value)
                )
            })
            .collect();
        let desc = if zh {
            p.description_zh()
        } else {
            p.description_en()
        };
        let name = if zh { p.name_zh() } else { p.name_en() };
        out.push_str(&format!("- {name}: {desc} {}\n", levers.join("; ")));
    }
    h(
        &mut out,
        "假设（低 / 中 / 高）",
        "Assumptions (low / central / high)",
    );
    for def in ASSUMPTIONS.iter() {
        out.push_str(&format!("- {}\n", assumption_text(def, lang)));
    }
    h(&mut out, "反馈回路", "The feedback loop");
    out.push_str(feedback::summary(lang));
    out.push_str("\n\n```mermaid\n");
    out.push_str(&feedback::mermaid(lang));
    out.push_str("```\n");
    out
}

const INTRO_ZH: &str = "这是基于两次人口普查和此后公布数字的情景工具，不是预测。\n\n\
基线：逐年的队列要素法，分性别、单岁年龄（0-84岁与85岁以上），从2020年普查（11月1日）推到2040年。普查只给五岁组，起点把每组平均分到其五个单岁；此后逐年准确地长一岁，不再在十年之间插值。每个五岁组的年变化率取自2010-2020年经过该组中段的队列的变化率（队列变化率的对数÷10）；0-4岁随5-9岁；85岁以上为80-84岁的2倍（冈珀茨律：死亡率约每七八岁翻倍），并使80-84岁的取值恰好重现2020年的85岁以上人数。全国的年变化率近似存活（全国人口几乎封闭，高于0的取0：那是2010年普查少报幼儿所致）；单元的年变化率减去全国的即为其2010-2020年分年龄、性别的净迁移率。出生 = 每名15-49岁妇女的年出生数（由2020年0-4岁儿童推算）× 2020年后生育倍数（由全国出生数得出，有出处）× 当年的15-49岁妇女；性别比取2020年0-4岁。劳动年龄为15-59岁（国内统计口径），老年抚养比 = 60岁以上 / 15-59岁 × 100。\n\n\
校准：每个地级单元2020年后延续的2010-2020年净迁移率的比例（迁移水平）按2021-2023年公布的年末常住人口拟合（对数最小二乘）；没有自身数据的地级单元取各单元拟合值的中位数，再加一个全省统一的年迁移率调整，使全省（各地级单元之和）与全省公布数相符。2024年的数字全部留作检验，弱来源（问答页、维基百科人数、未说明口径的文章）只展示不拟合。各县取所属地级单元的迁移水平与调整、用自己的分年龄迁移，并每年以一个统一的系数调平，使县之和等于地级单元。\n\n\
缺少2010年可比数据的17个县（新设、合并、拆分），以及所在地级单元在两次普查间有区划调整、辖域可能改变的79个县：用所属地级单元的迁移率，因为这些县自身的变化率混入了乡镇划转（如达州通川区十年×1.89、巴中巴州区×0.58）。拉萨达孜工业园区（540173，632人）没有2020年年龄性别数据，不作预测并注明原因，绝不以零代替。\n\n\
隐含收缩等级：相对2020年的变化按恒定年率折算为十年变化，再按图集的分级（增长、轻度、中度、重度）归类。\n\n\
不确定性：蒙特卡洛对每个假设独立抽样（中值两侧各一个三角分布、各占一半，中值即中位数），迁移水平按拟合标准误抽样，给出每个输出的10%-90%区间；区间总包含中值情景。同一种子得到同样的区间。\n";

const INTRO_EN: &str = "This is a scenario tool built on two censuses and the figures reported since, not a forecast.\n\n\
Baseline: a yearly cohort-component projection by sex and single year of age (0-84 and 85+) from the 2020 census (1 November) to 2040. The censuses give five-year groups; the launch table splits each evenly over its five years, and from there everyone ages exactly one year a year, with no interpolation between decades. The yearly rate of change of a five-year group is that of the 2010-2020 cohort that spent the middle of the decade in it (log cohort change ratio / 10); 0-4 moves with 5-9; 85+ has twice the rate of 80-84 (Gompertz: mortality doubles about every seven to eight years of age), with the rate of 80-84 solved so that the 85+ of 2020 are reproduced. The national rates stand in for survival (the country is nearly closed; rates above 0 are set to 0, as they reflect the 2010 census's undercount of young children); a unit's rates less the national ones are its 2010-2020 net migration by age and sex. Births = yearly births per woman aged 15-49 (from the children 0-4 of 2020) x the post-2020 fertility factor (from national births, sourced) x the women 15-49 of the year; the sex ratio at birth is that of the children 0-4 of 2020. Working age is 15-59 (the Chinese statistical convention); old-age dependency = 60+ per 100 aged 15-59.\n\n\
Calibration: the share of the 2010-2020 net migration rates that continues after 2020 (the migration level) is fitted for every prefecture-level unit to the year-end populations reported for 2021-2023 (least squares on logs); units without figures of their own take the median of the fitted levels plus one yearly migration shift per province, fitted so that the province (the sum of its prefectures) matches the province's figures. Every 2024 figure is held out for the back-test; weak sources (a Q&A page, Wikipedia head counts, an article that does not say which measure it gives) are shown but not fitted. Counties take their prefecture's level and shift with their own migration by age, and one factor a year rakes them to add up to their prefecture.\n\n\
The 17 counties without a comparable 2010 figure (new units, mergers, splits), and the 79 counties of prefectures where a unit was created, merged or split between the censuses (their territory may have changed), use their prefecture's migration rates, because their own rates mix migration with transfers of townships (Tongchuan in Dazhou x1.89 in a decade, Bazhou in Bazhong x0.58). Dazi Industrial Park in Lhasa (540173, 632 residents) has no 2020 age-sex table: it is not projected, and says why; never a zero.\n\n\
Implied shrinkage class: the change since 2020 scaled to a decade at a constant yearly rate, classed with the atlas's bands (growing, mild, moderate, severe).\n\n\
Uncertainty: a Monte Carlo draws every assumption independently (a triangle on each side of the central value, each holding half the draws, so the central value is the median) and the migration level by its fit's standard error, giving 10-90 % bands for every output; a band always holds the central run. The same seed gives the same bands.\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lever_and_assumption_is_explained_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            let text = methods_markdown(lang);
            for def in LEVERS.iter() {
                let name = if lang == Lang::Zh {
                    def.name_zh
                } else {
                    def.name_en
                };
                assert!(text.contains(name), "{name}");
            }
            for def in ASSUMPTIONS.iter() {
                let name = if lang == Lang::Zh {
                    def.name_zh
                } else {
                    def.name_en
                };
                assert!(text.contains(name), "{name}");
            }
        }
        let en = lever_text(
            super::super::levers::LeverKey::SkilledPostSubsidy.def(),
            Lang::En,
        );
        assert!(en.contains("range 0 to 3,000 in steps of 100"), "{en}");
        assert!(en.contains("1500-2000"), "{en}");
    }

    #[test]
    fn numbers_read_plainly() {
        assert_eq!(plain_number(1750.0), "1,750");
        assert_eq!(plain_number(0.05), "0.05");
        assert_eq!(plain_number(8.0), "8");
        assert_eq!(plain_number(0.3), "0.3");
    }
}
