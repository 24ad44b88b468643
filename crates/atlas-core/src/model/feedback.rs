//! The feedback loop of paper section 1.1 ("产业升级动力不足-人口持续外流-
//! 转型环境恶化" — weak upgrading, continued outflow, a worsening setting) as
//! data for a diagram: nodes, signed edges, and the assumption that sets the
//! strength of each edge. The engine (`simulate.rs`, with the levers'
//! effects in `lever_effects/`) implements exactly these edges.

use super::assumptions::AssumptionKey;
use crate::url_state::Lang;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LoopNode {
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

/// Whether more of `from` means more (`+`) or less (`-`) of `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Sign {
    #[serde(rename = "+")]
    Plus,
    #[serde(rename = "-")]
    Minus,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LoopEdge {
    pub from: &'static str,
    pub to: &'static str,
    pub sign: Sign,
    pub how_zh: &'static str,
    pub how_en: &'static str,
    /// The assumption that sets the edge's strength, if any.
    pub assumption: Option<AssumptionKey>,
}

impl LoopNode {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

impl LoopEdge {
    /// How the link works, in the reader's language.
    pub fn how(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.how_zh,
            Lang::En => self.how_en,
        }
    }
}

pub static NODES: [LoopNode; 8] = [
    LoopNode {
        key: "jobs",
        zh: "就业岗位",
        en: "jobs",
    },
    LoopNode {
        key: "job_ratio",
        zh: "岗位比",
        en: "job ratio",
    },
    LoopNode {
        key: "migration",
        zh: "20-44岁净迁移",
        en: "net migration 20-44",
    },
    LoopNode {
        key: "working_age",
        zh: "劳动年龄人口",
        en: "working-age population",
    },
    LoopNode {
        key: "residents",
        zh: "常住人口（本地需求）",
        en: "residents (local demand)",
    },
    LoopNode {
        key: "old_age",
        zh: "60岁及以上人口",
        en: "residents 60+",
    },
    LoopNode {
        key: "fiscal_pressure",
        zh: "财政压力",
        en: "fiscal pressure",
    },
    LoopNode {
        key: "upgrading_fund",
        zh: "升级资金能力",
        en: "upgrading-fund capacity",
    },
];

pub static EDGES: [LoopEdge; 11] = [
    LoopEdge {
        from: "jobs",
        to: "job_ratio",
        sign: Sign::Plus,
        how_zh: "岗位比 = 岗位 / 劳动年龄人口",
        how_en: "job ratio = jobs / working-age residents",
        assumption: None,
    },
    LoopEdge {
        from: "working_age",
        to: "job_ratio",
        sign: Sign::Minus,
        how_zh: "分母",
        how_en: "the denominator",
        assumption: None,
    },
    LoopEdge {
        from: "job_ratio",
        to: "migration",
        sign: Sign::Plus,
        how_zh: "年净迁移率 += 反应系数 × ln(岗位比/基线岗位比)",
        how_en: "yearly net migration rate += response x ln(job ratio / baseline job ratio)",
        assumption: Some(AssumptionKey::JobsMigrationResponse),
    },
    LoopEdge {
        from: "migration",
        to: "working_age",
        sign: Sign::Plus,
        how_zh: "队列变化率 × exp(10 × 迁移率变化)",
        how_en: "change ratio x exp(10 x change in migration rate)",
        assumption: None,
    },
    LoopEdge {
        from: "migration",
        to: "residents",
        sign: Sign::Plus,
        how_zh: "同上，另加其子女（儿童妇女比）",
        how_en: "as above, plus their children (child-woman ratios)",
        assumption: None,
    },
    LoopEdge {
        from: "working_age",
        to: "jobs",
        sign: Sign::Plus,
        how_zh: "能被填补的基础部门岗位 ∝ 劳动年龄人口^弹性",
        how_en: "basic-sector jobs that can be filled ∝ working-age^elasticity",
        assumption: Some(AssumptionKey::BasicJobsLabourElasticity),
    },
    LoopEdge {
        from: "residents",
        to: "jobs",
        sign: Sign::Plus,
        how_zh: "本地服务岗位 ∝ 常住人口^弹性",
        how_en: "local-service jobs ∝ residents^elasticity",
        assumption: Some(AssumptionKey::LocalJobsDemandElasticity),
    },
    LoopEdge {
        from: "old_age",
        to: "fiscal_pressure",
        sign: Sign::Plus,
        how_zh: "财政压力 = 60岁以上人口 / 岗位（2020=100）",
        how_en: "fiscal pressure = residents 60+ / jobs (2020 = 100)",
        assumption: None,
    },
    LoopEdge {
        from: "jobs",
        to: "fiscal_pressure",
        sign: Sign::Minus,
        how_zh: "岗位即税基",
        how_en: "jobs are the tax base",
        assumption: None,
    },
    LoopEdge {
        from: "fiscal_pressure",
        to: "upgrading_fund",
        sign: Sign::Minus,
        how_zh: "能力 = min(1, (100/压力)^弹性)，滞后一年",
        how_en: "capacity = min(1, (100 / pressure)^elasticity), a year's lag",
        assumption: Some(AssumptionKey::FiscalSqueeze),
    },
    LoopEdge {
        from: "upgrading_fund",
        to: "jobs",
        sign: Sign::Plus,
        how_zh: "避免传统产业岗位流失的一部分",
        how_en: "avoids part of the traditional-industry job loss",
        assumption: Some(AssumptionKey::FundHalfEffect),
    },
];

/// How to read the loop, in a few sentences.
pub fn summary(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "岗位多于劳动力时吸引20-44岁人口迁入，劳动力增加又使更多岗位得以填补、本地需求扩大。劳动年龄人口对岗位比的净作用取决于基础部门弹性：弹性低于1时为平衡回路（外流后留下者更易就业），高于1时为论文1.1节所说的恶性循环。老龄化提高每个岗位负担的老年人口，财政压力上升，升级资金能力下降，传统产业岗位流失加快。反馈相对于基线计算：不采取政策时它不改变基线。",
        Lang::En => "More jobs per worker draw people aged 20-44 in; more workers let more jobs be filled and widen local demand. The net effect of the working-age population on the job ratio depends on the basic-sector elasticity: below 1 the loop balances (those who stay find work more easily), above 1 it is the vicious circle of paper section 1.1. Ageing raises the residents 60+ per job, fiscal pressure rises, the upgrading fund shrinks and traditional jobs are lost faster. The feedback acts on deviations from the baseline: with no policy it leaves the baseline unchanged.",
    }
}

/// The loop as a Mermaid flowchart, labels in one language.
pub fn mermaid(lang: Lang) -> String {
    let label = |key: &str| {
        let n = NODES
            .iter()
            .find(|n| n.key == key)
            .expect("edge ends are nodes");
        match lang {
            Lang::Zh => n.zh,
            Lang::En => n.en,
        }
    };
    let mut out = String::from("flowchart LR\n");
    for n in &NODES {
        out.push_str(&format!("  {}[\"{}\"]\n", n.key, label(n.key)));
    }
    for e in &EDGES {
        let sign = match e.sign {
            Sign::Plus => "+",
            Sign::Minus => "-",
        };
        out.push_str(&format!("  {} -->|{}| {}\n", e.from, sign, e.to));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edge_joins_two_nodes_and_the_diagram_lists_them() {
        for e in &EDGES {
            assert!(NODES.iter().any(|n| n.key == e.from), "{}", e.from);
            assert!(NODES.iter().any(|n| n.key == e.to), "{}", e.to);
        }
        let m = mermaid(Lang::En);
        assert_eq!(m.lines().filter(|l| l.contains("-->")).count(), EDGES.len());
        assert!(m.contains("job_ratio -->|+| migration"));
    }
}
