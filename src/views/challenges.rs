//! Which of the paper's three challenges (section 2: industry, population,
//! space) show in a place's census figures, and why. The rules are this
//! atlas's reading of the paper, stated in the methods page; the thresholds
//! are the paper's own figure (60+ over 25 %) or the median of the units of
//! the same level, never a number of our own.

use crate::indicators::find;
use crate::units::display_name;
use atlas_core::change::change_pct;
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Lang, Unit};

/// The paper's figure (section 2.2): in some small and medium cities the
/// share aged 60+ already exceeds 25 %.
pub const PAPER_AGE60_SHARE: f64 = 25.0;

pub struct Challenge {
    pub title: String,
    pub applies: bool,
    pub reasons: Vec<String>,
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// The median of an indicator over the units of `unit`'s level.
fn level_median(key: &str, unit: &Unit, bundle: &Bundle, year: Year) -> Option<f64> {
    let ind = find(key)?;
    median(
        bundle
            .units_at(unit.level)
            .filter_map(|u| ind.of(u, year))
            .collect(),
    )
}

fn value(key: &str, unit: &Unit, year: Year) -> Option<f64> {
    find(key)?.of(unit, year)
}

pub fn challenges(unit: &Unit, bundle: &Bundle, lang: Lang) -> Vec<Challenge> {
    let zh = lang == Lang::Zh;
    let name = display_name(unit, lang);
    let mut out = Vec::new();

    // 2.2 Population: people leave and the population ages.
    let mut reasons = Vec::new();
    let mut applies = false;
    if let Some(c) = change_pct(unit).filter(|c| *c < 0.0) {
        applies = true;
        reasons.push(if zh {
            format!("2010—2020 年常住人口减少 {:.1}%。", -c)
        } else {
            format!("{name} lost {:.1} % of its residents in 2010-2020.", -c)
        });
    }
    if let Some(a) = value("age60", unit, Year::Y2020) {
        let over = a > PAPER_AGE60_SHARE;
        applies |= over;
        reasons.push(match (zh, over) {
            (true, true) => format!("60 岁及以上人口占 {a:.1}%，超过论文所说的 25%。"),
            (true, false) => format!("60 岁及以上人口占 {a:.1}%，未超过论文所说的 25%。"),
            (false, true) => format!("{a:.1} % are aged 60+, above the paper's 25 %."),
            (false, false) => format!("{a:.1} % are aged 60+, below the paper's 25 %."),
        });
    }
    out.push(Challenge {
        title: if zh {
            "人口：外流与老龄化（论文 2.2）".into()
        } else {
            "Population: outflow and ageing (paper 2.2)".into()
        },
        applies,
        reasons,
    });

    // 2.1 Industry: dependence on resources and traditional sectors, few
    // knowledge jobs.
    let mut reasons = Vec::new();
    let knowledge = value("knowledge", unit, Year::Y2020);
    let knowledge_median = level_median("knowledge", unit, bundle, Year::Y2020);
    let mining = value("mining", unit, Year::Y2020);
    let mining_median = level_median("mining", unit, bundle, Year::Y2020);
    let low_knowledge = matches!((knowledge, knowledge_median), (Some(k), Some(m)) if k < m);
    let high_mining = matches!((mining, mining_median), (Some(k), Some(m)) if k > m);
    if let (Some(k), Some(m)) = (knowledge, knowledge_median) {
        reasons.push(if zh {
            format!("知识密集型服务业就业占 {k:.1}%（同级单元中位数 {m:.1}%）。")
        } else {
            format!("{k:.1} % of jobs are in knowledge services (median of units of this level: {m:.1} %).")
        });
    }
    if let (Some(k), Some(m)) = (mining, mining_median) {
        reasons.push(if zh {
            format!("采矿业就业占 {k:.1}%（中位数 {m:.1}%）。")
        } else {
            format!("{k:.1} % of jobs are in mining (median {m:.1} %).")
        });
    }
    out.push(Challenge {
        title: if zh {
            "产业：资源依赖与转型受阻（论文 2.1）".into()
        } else {
            "Industry: resource dependence, stalled restructuring (paper 2.1)".into()
        },
        applies: low_knowledge && high_mining,
        reasons,
    });

    // 2.3 Space: housing and land built for people who did not come.
    let mut reasons = Vec::new();
    let floor = (
        value("floor_area", unit, Year::Y2010),
        value("floor_area", unit, Year::Y2020),
    );
    let lost = change_pct(unit).is_some_and(|c| c < 0.0);
    let more_space = matches!(floor, (Some(a), Some(b)) if b > a);
    if let (Some(a), Some(b)) = floor {
        reasons.push(if zh {
            format!("人均住房建筑面积从 {a:.1} m² 增至 {b:.1} m²。")
        } else {
            format!("Floor area per person went from {a:.1} m² to {b:.1} m².")
        });
    }
    if lost && more_space {
        reasons.push(if zh {
            "人口减少而人均住房面积增加：住房为没有到来的人而建，与论文所说的空置相符。".into()
        } else {
            "Fewer residents with more floor space each: housing built for people who did not come, the vacancy the paper describes.".into()
        });
    }
    out.push(Challenge {
        title: if zh {
            "空间：土地与设施错配（论文 2.3）".into()
        } else {
            "Space: land and facilities out of step (paper 2.3)".into()
        },
        applies: lost && more_space,
        reasons,
    });
    out
}
