//! The indicators of the three shrinkage dimensions, as data: one static
//! list ([`INDICATORS`]) that the computation, the command line and the
//! methods page all read, so that what is computed and what is explained
//! cannot drift apart.
//!
//! Every indicator is a census figure (or a difference of two) that exists
//! for both levels; there is no GDP or fiscal series with a usable licence
//! (see `MODEL.md`), so the economy is described by employment structure.

use crate::catalogue::{self, Column, Indicator};
use crate::dataset::Unit;
use crate::indicators::Direction;
use crate::url_state::{Lang, Year};
use serde::{Deserialize, Serialize};

/// The paper's three dimensions of urban shrinkage (人口、产业、空间).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Population,
    Industry,
    Space,
}

impl Dimension {
    /// The three dimensions in their fixed order (also the order of
    /// sub-indices in the composite and the coupling model).
    pub const ALL: [Dimension; 3] = [Dimension::Population, Dimension::Industry, Dimension::Space];

    /// Machine name (`population`, `industry`, `space`), as in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Population => "population",
            Dimension::Industry => "industry",
            Dimension::Space => "space",
        }
    }

    /// Position in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The dimension with this machine name.
    pub fn from_key(key: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Dimension::Population, Lang::Zh) => "人口",
            (Dimension::Industry, Lang::Zh) => "产业",
            (Dimension::Space, Lang::Zh) => "空间",
            (Dimension::Population, Lang::En) => "population",
            (Dimension::Industry, Lang::En) => "industry",
            (Dimension::Space, Lang::En) => "space",
        }
    }

    /// The indicators of this dimension, in list order.
    pub fn indicators(self) -> impl Iterator<Item = &'static IndicatorDef> {
        INDICATORS.iter().filter(move |d| d.dimension == self)
    }
}

/// One input of the indices: an indicator of the catalogue in a year, its
/// dimension, which way is "more shrinkage" and why. Its name, unit and
/// formula are the catalogue's ([`crate::catalogue`]), so the map, the
/// table and the index read the same number.
#[derive(Clone, Copy, Debug)]
pub struct IndicatorDef {
    /// Machine name: the catalogue column key (JSON, CSV columns).
    pub key: &'static str,
    pub dimension: Dimension,
    /// The catalogue indicator and the year of its column.
    pub indicator: &'static Indicator,
    pub year: Year,
    /// Which way is more shrinkage; the reason is in the description.
    pub direction: Direction,
    pub description_zh: &'static str,
    pub description_en: &'static str,
}

impl IndicatorDef {
    pub fn column(&self) -> Column {
        self.indicator.column(self.year)
    }

    pub fn name(&self, lang: Lang) -> String {
        self.column().name(lang)
    }

    /// Unit of the raw value (`%`, percentage points, ...).
    pub fn unit(&self, lang: Lang) -> &'static str {
        self.indicator.kind.unit(lang)
    }

    /// The raw value; `None` when an input is missing (for example a
    /// county without a comparable 2010 figure), which makes the unit's
    /// sub-index of this dimension `None` as well.
    pub fn value(&self, unit: &Unit) -> Option<f64> {
        self.indicator.of(unit, self.year)
    }

    pub fn description(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.description_zh,
            Lang::En => self.description_en,
        }
    }
}

/// The indicator with this key.
pub fn indicator(key: &str) -> Option<&'static IndicatorDef> {
    INDICATORS.iter().find(|d| d.key == key)
}

use Dimension::{Industry, Population, Space};
use Direction::{LessIsShrinkage as Less, MoreIsShrinkage as More};

/// Every indicator, grouped by dimension (population, industry, space).
pub static INDICATORS: &[IndicatorDef] = &[
    // ---- population: loss, outflow, ageing, attraction -------------------
    IndicatorDef {
        key: "pop_change",
        dimension: Population,
        indicator: &catalogue::POP_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "2020年边界下常住人口十年变化率。人口减少是收缩的定义本身，变化越低收缩越强。",
        description_en: "Decade change of the resident population on 2020 boundaries. Losing \
            residents is what shrinkage means, so the lower the change, the more shrinkage.",
    },
    IndicatorDef {
        key: "outflow_2010",
        dimension: Population,
        indicator: &catalogue::OUTFLOW,
        year: Year::Y2010,
        direction: More,
        description_zh: "（户籍人口 − 常住人口）/ 户籍人口。户籍在本地而人在外地的比例，越高说明外流越严重（负值为净流入）。",
        description_en: "(registered − resident) / registered population. The share of \
            people registered here who live elsewhere: the higher, the stronger the \
            outflow (negative = net inflow).",
    },
    IndicatorDef {
        key: "age60_2020",
        dimension: Population,
        indicator: &catalogue::AGE60,
        year: Year::Y2020,
        direction: More,
        description_zh: "老龄化水平。青壮年外流留下老人，论文指出部分中小城市已超过25%，越高收缩越强。",
        description_en: "Level of ageing. Young adults leave and the old stay; the paper \
            notes shares above 25 % in some small cities. Higher means more shrinkage.",
    },
    IndicatorDef {
        key: "age60_change",
        dimension: Population,
        indicator: &catalogue::AGE60_CHANGE,
        year: Year::Y2020,
        direction: More,
        description_zh: "2010至2020年60岁及以上比重的变化。老龄化加速越快，收缩越强。",
        description_en: "Change of the 60+ share 2010-2020. The faster ageing proceeds, the \
            more shrinkage.",
    },
    IndicatorDef {
        key: "working_age_change",
        dimension: Population,
        indicator: &catalogue::WORKING_AGE_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "2010至2020年15-59岁比重的变化。劳动力流失是收缩的核心，下降越多收缩越强。",
        description_en: "Change of the 15-59 share 2010-2020. Losing the workforce is the core \
            of shrinkage: the larger the fall, the more shrinkage.",
    },
    IndicatorDef {
        key: "inflow_other_province_2020",
        dimension: Population,
        indicator: &catalogue::INFLOW_OTHER_PROVINCE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "户籍在外省的常住人口比重，衡量对外来人口的吸引力。越低说明越缺乏吸引力，收缩越强。",
        description_en: "Share of residents whose registration is in another province: the \
            pull on migrants. The lower, the less attractive the place, the more shrinkage.",
    },
    // ---- industry: employment structure and human capital ----------------
    IndicatorDef {
        key: "knowledge_services_2020",
        dimension: Industry,
        indicator: &catalogue::KNOWLEDGE_SERVICES,
        year: Year::Y2020,
        direction: Less,
        description_zh: "信息技术、金融、租赁和商务服务、科研技术服务的就业比重。论文指出收缩城市服务业停留在餐饮零售，越低收缩越强。",
        description_en: "Employment share of IT, finance, leasing and business services and \
            research. The paper finds shrinking cities' services stuck in catering and \
            retail; the lower, the more shrinkage.",
    },
    IndicatorDef {
        key: "knowledge_services_change",
        dimension: Industry,
        indicator: &catalogue::KNOWLEDGE_SERVICES_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "2010至2020年知识密集型服务业就业比重的变化。转型越慢收缩越强。",
        description_en: "Change of the knowledge-services employment share 2010-2020. The \
            slower the transition, the more shrinkage.",
    },
    IndicatorDef {
        key: "mining_2020",
        dimension: Industry,
        indicator: &catalogue::MINING,
        year: Year::Y2020,
        direction: More,
        description_zh: "资源依赖程度（论文1.1、2.1节：资源型城市依赖煤炭、有色金属，储量递减后转型受阻）。越高收缩风险越大。",
        description_en: "Resource dependence (paper sections 1.1 and 2.1: resource cities rely \
            on coal and non-ferrous metals and stall as reserves decline). Higher means \
            more shrinkage.",
    },
    IndicatorDef {
        key: "agriculture_2020",
        dimension: Industry,
        indicator: &catalogue::AGRICULTURE,
        year: Year::Y2020,
        direction: More,
        description_zh: "非农就业机会不足的程度。农业就业比重高的地方缺少留住青壮年的岗位，越高收缩越强。",
        description_en: "How few non-farm jobs there are: where many still work the land, \
            there are few jobs to keep young adults. Higher means more shrinkage.",
    },
    IndicatorDef {
        key: "manufacturing_change",
        dimension: Industry,
        indicator: &catalogue::MANUFACTURING_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "2010至2020年制造业就业比重的变化。制造业萎缩（去工业化）越多收缩越强。",
        description_en: "Change of the manufacturing employment share 2010-2020. The more \
            manufacturing shrinks (de-industrialisation), the more shrinkage.",
    },
    IndicatorDef {
        key: "college_2020",
        dimension: Industry,
        indicator: &catalogue::COLLEGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "6岁及以上人口中大专及以上学历比重，即人力资本。论文指出外流者中受过教育者占比高，越低收缩越强。",
        description_en: "Share of the population aged 6+ with junior college or more: human \
            capital. The paper finds the educated leave first; the lower, the more \
            shrinkage.",
    },
    IndicatorDef {
        key: "employment_rate_change",
        dimension: Industry,
        indicator: &catalogue::EMPLOYMENT_RATE_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "15岁及以上人口中就业者比例在2010至2020年的变化。岗位相对人口减少越多收缩越强。",
        description_en: "Change of employed persons per 100 residents aged 15+ 2010-2020. The \
            more jobs fall relative to people, the more shrinkage.",
    },
    // ---- space: urbanisation, housing, density ---------------------------
    IndicatorDef {
        key: "urban_share_change",
        dimension: Space,
        indicator: &catalogue::URBAN_SHARE_CHANGE,
        year: Year::Y2020,
        direction: Less,
        description_zh: "2010至2020年城镇人口比重的变化。城镇化停滞说明城镇缺乏集聚力，越低收缩越强。",
        description_en: "Change of the urban population share 2010-2020. Stalled urbanisation \
            means towns fail to draw people in; the lower, the more shrinkage.",
    },
    IndicatorDef {
        key: "floor_area_2020",
        dimension: Space,
        indicator: &catalogue::FLOOR_AREA,
        year: Year::Y2020,
        direction: More,
        description_zh: "家庭户人均住房建筑面积。人走房留，人均面积偏大意味着住房相对人口过剩（论文2.3节：住宅空置）。越高收缩越强；它也随收入增长，需结合变化量读。",
        description_en: "Floor area per person in family households. Houses stay when people \
            leave, so a large area per person means housing in excess of residents (paper \
            section 2.3: vacant housing). Higher means more shrinkage; it also grows with \
            income, so read it with its change.",
    },
    IndicatorDef {
        key: "floor_area_change",
        dimension: Space,
        indicator: &catalogue::FLOOR_AREA_CHANGE,
        year: Year::Y2020,
        direction: More,
        description_zh: "2010至2020年人均住房面积的增加：为没有到来的人建造的住房，增加越多收缩越强。",
        description_en: "Growth of floor area per person 2010-2020: housing built for people \
            who did not come. The larger the growth, the more shrinkage.",
    },
    IndicatorDef {
        key: "density_log_2020",
        dimension: Space,
        indicator: &catalogue::DENSITY_LOG,
        year: Year::Y2020,
        direction: Less,
        description_zh: "常住人口除以土地面积，取以10为底的对数（密度跨越四个数量级，取对数以免少数城区主导最小-最大标准化）。人口稀疏则设施人均成本高、利用率低（论文2.3节），越低收缩越强。",
        description_en: "Residents per km², as log10 (density spans four orders of magnitude; \
            the log keeps a few inner districts from dominating min-max scaling). Thin \
            population means costly, under-used infrastructure (paper section 2.3): the \
            lower, the more shrinkage.",
    },
    IndicatorDef {
        key: "urban_cluster_share",
        dimension: Space,
        indicator: &catalogue::URBAN_CLUSTER,
        year: Year::Y2020,
        direction: Less,
        description_zh: "按GHSL 2020模型居住在城市聚集区（城市中心与城镇聚集区）的人口比重，与户籍口径无关的城镇化程度。越低集聚越弱，收缩越强。",
        description_en: "Share of the population living in urban clusters (urban centres and \
            towns) by the GHSL 2020 model: urbanisation measured independently of \
            registration. The lower, the weaker the agglomeration, the more shrinkage.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_are_unique_and_every_dimension_has_indicators() {
        let keys: HashSet<&str> = INDICATORS.iter().map(|d| d.key).collect();
        assert_eq!(keys.len(), INDICATORS.len());
        for dim in Dimension::ALL {
            assert!(dim.indicators().count() >= 3, "{dim:?}");
            assert_eq!(Dimension::from_key(dim.key()), Some(dim));
        }
        // Grouped: the list never returns to a dimension it has left, so the
        // order of indicators inside a dimension is the list order.
        let dims: Vec<Dimension> = INDICATORS.iter().map(|d| d.dimension).collect();
        assert!(dims.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn every_definition_is_documented_in_both_languages() {
        for d in INDICATORS {
            // One key for one quantity: the index input is the catalogue column.
            assert_eq!(d.key, d.column().key());
            for text in [d.description_zh, d.description_en] {
                assert!(!text.trim().is_empty(), "{}", d.key);
            }
            assert!(d
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
        }
    }
}
