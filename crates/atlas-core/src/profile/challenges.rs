//! Which of the paper's three challenges (section 2: industry, population,
//! space) show in a place's census figures, and why: typed findings, worded
//! in the reader's language when shown. The rules are this atlas's reading
//! of the paper, and [`rules`] words them from the same constants for the
//! methods page; the thresholds are the paper's own figure (60+ over 25 %)
//! or the median of the units of the same level, never a number of ours.

use crate::catalogue::{self, Indicator};
use crate::change::change_pct;
use crate::dataset::Unit;
use crate::url_state::{Lang, Year};
use crate::Bundle;

/// The paper's figure (section 2.2): in some small and medium cities the
/// share aged 60+ already exceeds 25 %.
pub const PAPER_AGE60_SHARE: f64 = 25.0;

/// The paper's three challenges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChallengeKind {
    /// 2.2: people leave and the population ages.
    Population,
    /// 2.1: dependence on resources and traditional sectors.
    Industry,
    /// 2.3: housing and land built for people who did not come.
    Space,
}

impl ChallengeKind {
    pub const ALL: [ChallengeKind; 3] = [
        ChallengeKind::Population,
        ChallengeKind::Industry,
        ChallengeKind::Space,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ChallengeKind::Population => "population",
            ChallengeKind::Industry => "industry",
            ChallengeKind::Space => "space",
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ChallengeKind::Population, Lang::Zh) => "人口：外流与老龄化（论文 2.2）",
            (ChallengeKind::Population, Lang::En) => "Population: outflow and ageing (paper 2.2)",
            (ChallengeKind::Industry, Lang::Zh) => "产业：资源依赖与转型受阻（论文 2.1）",
            (ChallengeKind::Industry, Lang::En) => {
                "Industry: resource dependence, stalled restructuring (paper 2.1)"
            }
            (ChallengeKind::Space, Lang::Zh) => "空间：土地与设施错配（论文 2.3）",
            (ChallengeKind::Space, Lang::En) => {
                "Space: land and facilities out of step (paper 2.3)"
            }
        }
    }
}

/// One figure behind a verdict.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// Residents lost 2010-2020, percent (positive).
    Lost {
        pct: f64,
    },
    /// The share aged 60+ in 2020 against [`PAPER_AGE60_SHARE`].
    Age60 {
        share: f64,
    },
    /// A 2020 job share against the median of the level.
    KnowledgeServices {
        share: f64,
        median: f64,
    },
    Mining {
        share: f64,
        median: f64,
    },
    FloorArea {
        from: f64,
        to: f64,
    },
    /// GDP per resident 2015 (yuan) against the median of the units with a
    /// figure (the 2015 economy covers cities only).
    GdpPerResident {
        value: f64,
        median: f64,
    },
    /// The tertiary share of establishments 2015 against that median.
    TertiaryEstablishments {
        share: f64,
        median: f64,
    },
    /// Fewer residents, more floor area each.
    BuiltForPeopleWhoDidNotCome,
}

impl Finding {
    /// The finding in words; `name` is the place as the reader sees it.
    pub fn text(&self, name: &str, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        let paper = PAPER_AGE60_SHARE;
        match self {
            Finding::Lost { pct } if zh => format!("2010—2020 年常住人口减少 {pct:.1}%。"),
            Finding::Lost { pct } => format!("{name} lost {pct:.1} % of its residents in 2010-2020."),
            Finding::Age60 { share } => match (zh, *share > paper) {
                (true, true) => format!("60 岁及以上人口占 {share:.1}%，超过论文所说的 {paper}%。"),
                (true, false) => format!("60 岁及以上人口占 {share:.1}%，未超过论文所说的 {paper}%。"),
                (false, true) => format!("{share:.1} % are aged 60+, above the paper's {paper} %."),
                (false, false) => format!("{share:.1} % are aged 60+, below the paper's {paper} %."),
            },
            Finding::KnowledgeServices { share, median } if zh => {
                format!("知识密集型服务业就业占 {share:.1}%（同级单元中位数 {median:.1}%）。")
            }
            Finding::KnowledgeServices { share, median } => format!(
                "{share:.1} % of jobs are in knowledge services (median of units of this level: {median:.1} %)."
            ),
            Finding::Mining { share, median } if zh => {
                format!("采矿业就业占 {share:.1}%（中位数 {median:.1}%）。")
            }
            Finding::Mining { share, median } => {
                format!("{share:.1} % of jobs are in mining (median {median:.1} %).")
            }
            Finding::GdpPerResident { value, median } if zh => format!(
                "2015 年人均地区生产总值 {} 元（有数据单元中位数 {} 元）。",
                crate::format::grouped(value.round() as u64),
                crate::format::grouped(median.round() as u64)
            ),
            Finding::GdpPerResident { value, median } => format!(
                "GDP per resident in 2015: {} yuan (median of units with a figure: {} yuan).",
                crate::format::grouped(value.round() as u64),
                crate::format::grouped(median.round() as u64)
            ),
            Finding::TertiaryEstablishments { share, median } if zh => {
                format!("2015 年第三产业企业占 {share:.1}%（中位数 {median:.1}%）。")
            }
            Finding::TertiaryEstablishments { share, median } => format!(
                "{share:.1} % of establishments were in services in 2015 (median {median:.1} %)."
            ),
            Finding::FloorArea { from, to } if zh => {
                format!("人均住房建筑面积从 {from:.1} m² 增至 {to:.1} m²。")
            }
            Finding::FloorArea { from, to } => {
                format!("Floor area per person went from {from:.1} m² to {to:.1} m².")
            }
            Finding::BuiltForPeopleWhoDidNotCome if zh => {
                "人口减少而人均住房面积增加：住房为没有到来的人而建，与论文所说的空置相符。".into()
            }
            Finding::BuiltForPeopleWhoDidNotCome => "Fewer residents with more floor space each: housing built for people who did not come, the vacancy the paper describes.".into(),
        }
    }
}

/// A challenge, whether it applies to the place, and the figures why.
#[derive(Clone, Debug, PartialEq)]
pub struct Challenge {
    pub kind: ChallengeKind,
    pub applies: bool,
    pub findings: Vec<Finding>,
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    crate::order::sort_floats(&mut values);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// A 2020 value and the median over the units of the same level.
fn against_median(ind: &Indicator, unit: &Unit, bundle: &Bundle) -> Option<(f64, f64)> {
    let value = ind.of(unit, Year::Y2020)?;
    let all = bundle
        .units_at(unit.level)
        .filter_map(|u| ind.of(u, Year::Y2020))
        .collect();
    Some((value, median(all)?))
}

/// The three challenges of `unit`, in the paper's order of section 2.2,
/// 2.1, 2.3 as the profile shows them (population first).
pub fn challenges(unit: &Unit, bundle: &Bundle) -> Vec<Challenge> {
    let lost = change_pct(unit).filter(|c| *c < 0.0);

    let mut findings = Vec::new();
    if let Some(c) = lost {
        findings.push(Finding::Lost { pct: -c });
    }
    let age60 = catalogue::AGE60.of(unit, Year::Y2020);
    if let Some(share) = age60 {
        findings.push(Finding::Age60 { share });
    }
    let population = Challenge {
        kind: ChallengeKind::Population,
        applies: lost.is_some() || age60.is_some_and(|a| a > PAPER_AGE60_SHARE),
        findings,
    };

    let industry = industry(unit, bundle);

    let floor = (
        catalogue::FLOOR_AREA.of(unit, Year::Y2010),
        catalogue::FLOOR_AREA.of(unit, Year::Y2020),
    );
    let more_space = matches!(floor, (Some(a), Some(b)) if b > a);
    let mut findings = Vec::new();
    if let (Some(from), Some(to)) = floor {
        findings.push(Finding::FloorArea { from, to });
    }
    let applies = lost.is_some() && more_space;
    if applies {
        findings.push(Finding::BuiltForPeopleWhoDidNotCome);
    }
    let space = Challenge {
        kind: ChallengeKind::Space,
        applies,
        findings,
    };
    vec![population, industry, space]
}

/// Paper 2.1 from the census jobs (knowledge services below the median,
/// mining above it) or, where the 2015 economy has figures, from the
/// economy (GDP per resident and the services share of establishments both
/// below the median of the units with a figure).
fn industry(unit: &Unit, bundle: &Bundle) -> Challenge {
    let knowledge = against_median(&catalogue::KNOWLEDGE_SERVICES, unit, bundle);
    let mining = against_median(&catalogue::MINING, unit, bundle);
    let gdp = against_median(&catalogue::GDP_PER_RESIDENT_2015, unit, bundle);
    let services = against_median(&catalogue::TERTIARY_ESTABLISHMENTS_2015, unit, bundle);
    let from_census = knowledge.is_some_and(|(k, m)| k < m) && mining.is_some_and(|(k, m)| k > m);
    let from_economy = gdp.is_some_and(|(v, m)| v < m) && services.is_some_and(|(v, m)| v < m);
    Challenge {
        kind: ChallengeKind::Industry,
        applies: from_census || from_economy,
        findings: knowledge
            .map(|(share, median)| Finding::KnowledgeServices { share, median })
            .into_iter()
            .chain(mining.map(|(share, median)| Finding::Mining { share, median }))
            .chain(gdp.map(|(value, median)| Finding::GdpPerResident { value, median }))
            .chain(
                services.map(|(share, median)| Finding::TertiaryEstablishments { share, median }),
            )
            .collect(),
    }
}

/// The rule of each challenge in words, for the methods page (from the
/// same constants as [`challenges`]).
pub fn rules(lang: Lang) -> Vec<(ChallengeKind, String)> {
    let paper = PAPER_AGE60_SHARE;
    ChallengeKind::ALL
        .into_iter()
        .map(|kind| {
            let text = match (kind, lang) {
                (ChallengeKind::Population, Lang::Zh) => format!("人口（论文 2.2）：2010—2020 年常住人口减少，或 60 岁及以上人口占比超过论文所说的 {paper}%。"),
                (ChallengeKind::Population, Lang::En) => format!("Population (paper 2.2): lost residents in 2010-2020, or more than the paper's {paper} % aged 60+."),
                (ChallengeKind::Industry, Lang::Zh) => "产业（论文 2.1）：知识密集型服务业就业占比低于同级单元中位数，且采矿业就业占比高于中位数；或（有 2015 年经济数据的地级市）人均地区生产总值与第三产业企业占比均低于有数据单元的中位数。".to_string(),
                (ChallengeKind::Industry, Lang::En) => "Industry (paper 2.1): a share of jobs in knowledge services below the median of units of the same level and a mining share above it; or (cities with 2015 economic figures) GDP per resident and the services share of establishments both below the median of the units with a figure.".to_string(),
                (ChallengeKind::Space, Lang::Zh) => "空间（论文 2.3）：人口减少而人均住房建筑面积增加。".to_string(),
                (ChallengeKind::Space, Lang::En) => "Space (paper 2.3): fewer residents and more floor area per person.".to_string(),
            };
            (kind, text)
        })
        .collect()
}
