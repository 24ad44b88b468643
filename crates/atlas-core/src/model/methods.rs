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

const INTRO_ZH: &str = "这是基于两次人口普查的情景工具，不是预测。\n\n\
基线：队列变化率法（Hamilton-Perry）。对每个单元、性别和五岁年龄组，CCR = 2020年人数 / 2010年小两个组的人数（85岁以上组取2010年75岁以上）。0-4岁与5-9岁由2020年观察到的儿童妇女比（乘以2020年后生育水平的假设倍数）乘以预测的育龄妇女得到。以全国CCR作为存活的近似，本地迁移分量 m 满足 CCR = 全国CCR × (1 + m)。2030、2040年两步预测，年度值按几何插值。劳动年龄为15-59岁（国内统计口径），老年抚养比 = 60岁以上 / 15-59岁 × 100。\n\n\
缺少2010年可比数据的17个县（新设、合并、拆分），以及所在地级单元在两次普查间有区划调整、辖域可能改变的79个县：以所属地级单元的迁移分量（即其CCR）作用于该县2020年的队列，因为这些县自身的CCR混入了乡镇划转（如达州通川区十年×1.89、巴中巴州区×0.58），复利到2040年会失真。拉萨达孜工业园区（540173，632人）没有2020年年龄性别数据，不作预测并注明原因，绝不以零代替。\n\n\
纯粹的Hamilton-Perry即迁移延续取1（中值）、生育倍数取1（高值）；中值基线把2020年后的生育降为2015-2020年的0.7（全国出生数）。该方法不可加：快速增长的区县按各自的CCR复利增长，使县之和超过地级单元自身的预测（成都：2030年+9%，2040年+30%）；此差距如实报告，不强行调平。\n\n\
隐含收缩等级：相对2020年的变化按恒定年率折算为十年变化，再按图集的分级（增长、轻度、中度、重度）归类。\n\n\
不确定性：对所有假设按三角分布（低、中、高）独立抽样的蒙特卡洛，给出每个输出的10%-90%区间；同一种子得到同样的区间。\n";

const INTRO_EN: &str = "This is a scenario tool built on two censuses, not a forecast.\n\n\
Baseline: cohort change ratios (Hamilton-Perry). For each unit, sex and five-year age group, CCR = persons in 2020 / persons two groups younger in 2010 (85+ from 75+). Children 0-4 and 5-9 come from the child-woman ratios observed in 2020 (times an assumed factor for fertility after 2020) applied to the projected women. With the national CCR as the survival proxy, the local migration component m satisfies CCR = CCR_nation x (1 + m). Two ten-year steps to 2030 and 2040; yearly values by geometric interpolation. Working age is 15-59 (the Chinese statistical convention); old-age dependency = 60+ per 100 aged 15-59.\n\n\
The 17 counties without a comparable 2010 figure (new units, mergers, splits), and the 79 counties of prefectures where a unit was created, merged or split between the censuses (their territory may have changed): the parent prefecture's migration component (that is, its change ratios) applied to the county's own 2020 cohorts, because their own ratios mix migration with transfers of townships (Tongchuan in Dazhou x1.89 in a decade, Bazhou in Bazhong x0.58), which compounding to 2040 turns into nonsense. Dazi Industrial Park in Lhasa (540173, 632 residents) has no 2020 age-sex table: it is not projected, and says why; never a zero.\n\n\
The pure Hamilton-Perry method is migration persistence 1 (its central value) with the fertility factor 1 (its high end); the central baseline lowers post-2020 fertility to 0.7 of 2015-2020 (national births). Hamilton-Perry is not additive: compounding fast-growing districts at their own ratios makes the sum of a prefecture's counties exceed its own projection (Chengdu: +9 % in 2030, +30 % in 2040); the gap is reported, not raked away.\n\n\
Implied shrinkage class: the change since 2020 scaled to a decade at a constant yearly rate, classed with the atlas's bands (growing, mild, moderate, severe).\n\n\
Uncertainty: a Monte Carlo drawing every assumption independently from a triangle over (low, central, high) gives 10-90 % bands for every output; the same seed gives the same bands.\n";

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
