//! The twelve policy levers: the paper's strategies (section 3) as static
//! definitions, and the settings that switch them on for some units.
//!
//! Every lever is off by default. A setting switches one lever on, at one
//! value, for a target (all units, a province, a role tier or one unit);
//! later settings override earlier ones for the units they cover. How each
//! lever acts is in `lever_effects/`, one `impl` per lever; what it does is
//! said here, in one line, and the methods page is generated from these
//! definitions.

use super::tiers::RoleTier;
use serde::{Deserialize, Serialize};

/// The paper's three strategy families.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// 3.1 产业振兴与动能转换.
    Industry,
    /// 3.2 人口结构与人力资本优化.
    Population,
    /// 3.3 空间重构与区域协同.
    Space,
}

impl Family {
    pub const ALL: [Family; 3] = [Family::Industry, Family::Population, Family::Space];

    pub fn key(self) -> &'static str {
        match self {
            Family::Industry => "industry",
            Family::Population => "population",
            Family::Space => "space",
        }
    }

    /// Section of the paper that sets out the family.
    pub fn section(self) -> &'static str {
        match self {
            Family::Industry => "3.1",
            Family::Population => "3.2",
            Family::Space => "3.3",
        }
    }

    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            Family::Industry => "产业振兴与动能转换",
            Family::Population => "人口结构与人力资本优化",
            Family::Space => "空间重构与区域协同",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Family::Industry => "industrial revival and new growth drivers",
            Family::Population => "population structure and human capital",
            Family::Space => "spatial restructuring and regional coordination",
        }
    }
}

/// The levers, in the order of the paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverKey {
    UpgradeFund,
    EmergingIndustry,
    SupplyChainPlatform,
    SkilledPostSubsidy,
    TalentLossCap,
    TalentParks,
    VocationalMatch,
    RetireeRehire,
    LandConversion,
    InfrastructureRepurpose,
    ServiceAlliances,
    RoleDivision,
}

/// Number of levers.
pub const LEVER_COUNT: usize = 12;

impl LeverKey {
    pub const ALL: [LeverKey; LEVER_COUNT] = [
        LeverKey::UpgradeFund,
        LeverKey::EmergingIndustry,
        LeverKey::SupplyChainPlatform,
        LeverKey::SkilledPostSubsidy,
        LeverKey::TalentLossCap,
        LeverKey::TalentParks,
        LeverKey::VocationalMatch,
        LeverKey::RetireeRehire,
        LeverKey::LandConversion,
        LeverKey::InfrastructureRepurpose,
        LeverKey::ServiceAlliances,
        LeverKey::RoleDivision,
    ];

    /// Position in [`LeverKey::ALL`] and [`LEVERS`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn def(self) -> &'static LeverDef {
        &LEVERS[self.index()]
    }

    /// Machine name (`skilled_post_subsidy`), as in JSON and URLs.
    pub fn key(self) -> &'static str {
        self.def().key_str
    }

    pub fn from_key(key: &str) -> Option<LeverKey> {
        LeverKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Whether a figure of the paper describes the problem the lever answers or
/// the target the paper sets for the lever.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureRole {
    Problem,
    Target,
}

/// A figure quoted from the paper, verbatim, with its section.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PaperFigure {
    pub quote_zh: &'static str,
    pub gloss_en: &'static str,
    pub section: &'static str,
    pub role: FigureRole,
}

/// The static definition of a lever.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LeverDef {
    pub key: LeverKey,
    #[serde(rename = "key_name")]
    pub key_str: &'static str,
    pub family: Family,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub unit_zh: &'static str,
    pub unit_en: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// The value a lever takes when switched on without a value: the
    /// midpoint of the paper's figure where there is one, otherwise a
    /// modelling choice (see `on_value_basis_en`).
    pub on_value: f64,
    pub on_value_basis_en: &'static str,
    /// True if a larger value means a stronger policy; false for the loss
    /// cap, where a lower cap is stronger.
    pub larger_is_stronger: bool,
    /// The path of effect in the model, one line.
    pub effect_zh: &'static str,
    pub effect_en: &'static str,
    /// The paper's own figure, if it gives one.
    pub paper: Option<PaperFigure>,
}

impl LeverDef {
    pub fn name(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.name_zh,
            crate::Lang::En => self.name_en,
        }
    }

    pub fn unit(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.unit_zh,
            crate::Lang::En => self.unit_en,
        }
    }

    pub fn effect(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.effect_zh,
            crate::Lang::En => self.effect_en,
        }
    }

    /// A value brought into the lever's range; `None` (off) if not finite.
    pub fn clamp(&self, value: f64) -> Option<f64> {
        value.is_finite().then(|| value.clamp(self.min, self.max))
    }

    /// The values of the range, min to max in steps.
    pub fn steps(&self) -> impl Iterator<Item = f64> + '_ {
        let n = ((self.max - self.min) / self.step).round() as usize;
        (0..=n).map(move |i| self.min + i as f64 * self.step)
    }
}

/// The lever definitions, indexed by [`LeverKey::index`].
pub static LEVERS: [LeverDef; LEVER_COUNT] = [
    LeverDef {
        key: LeverKey::UpgradeFund,
        key_str: "upgrade_fund",
        family: Family::Industry,
        name_zh: "传统产业智能化升级专项资金",
        name_en: "Smart-upgrading fund for traditional industry",
        unit_zh: "元/采矿制造业从业者/年",
        unit_en: "yuan per mining or manufacturing worker per year",
        min: 0.0,
        max: 10_000.0,
        step: 500.0,
        on_value: 3_000.0,
        on_value_basis_en: "modelling choice: the paper gives no amount",
        larger_is_stronger: true,
        effect_zh: "避免采矿业与制造业就业相对2020年流失的一部分；财政压力越大，可用资金越少",
        effect_en: "avoids part of the loss of mining and manufacturing jobs since 2020; higher fiscal pressure shrinks the fund",
        paper: None,
    },
    LeverDef {
        key: LeverKey::EmergingIndustry,
        key_str: "emerging_industry",
        family: Family::Industry,
        name_zh: "新兴产业差异化培育（成渝电子信息、云贵生物医药）",
        name_en: "Differentiated emerging industries (electronics in Chengdu-Chongqing, bio-medicine in Yunnan-Guizhou)",
        unit_zh: "每年新增知识密集型岗位，占2020年就业的%",
        unit_en: "knowledge-sector jobs added per year, % of 2020 employment",
        min: 0.0,
        max: 1.0,
        step: 0.05,
        on_value: 0.3,
        on_value_basis_en: "modelling choice: the paper gives no amount",
        larger_is_stronger: true,
        effect_zh: "逐年增加知识密集型服务业岗位（爬坡期内逐步达到全额），提高岗位比，吸引20-44岁人口",
        effect_en: "adds knowledge-sector jobs each year (ramping up), which raises the job ratio and draws people aged 20-44",
        paper: None,
    },
    LeverDef {
        key: LeverKey::SupplyChainPlatform,
        key_str: "supply_chain_platform",
        family: Family::Industry,
        name_zh: "配套企业信息共享平台（产业链协同）",
        name_en: "Supplier information platform (supply-chain coordination)",
        unit_zh: "消除的物流成本上升幅度，%",
        unit_en: "% of the logistics-cost penalty removed",
        min: 0.0,
        max: 100.0,
        step: 10.0,
        on_value: 50.0,
        on_value_basis_en: "modelling choice: half of the penalty",
        larger_is_stronger: true,
        effect_zh: "本地配套恢复后物流成本回落，按成本敏感度恢复部分制造业岗位",
        effect_en: "restores local suppliers, so logistics costs fall back and part of manufacturing employment returns (via the cost sensitivity)",
        paper: Some(PaperFigure {
            quote_zh: "不得不跨省采购，物流成本增加 15%以上",
            gloss_en: "had to buy from other provinces, logistics costs rose by more than 15 %",
            section: "2.1",
            role: FigureRole::Problem,
        }),
    },
    LeverDef {
        key: LeverKey::SkilledPostSubsidy,
        key_str: "skilled_post_subsidy",
        family: Family::Population,
        name_zh: "技能型紧缺岗位补贴",
        name_en: "Skilled-post subsidy",
        unit_zh: "元/人/月",
        unit_en: "yuan per recipient per month",
        min: 0.0,
        max: 3_000.0,
        step: 100.0,
        on_value: 1_750.0,
        on_value_basis_en: "midpoint of the paper's 1,500-2,000 yuan a month",
        larger_is_stronger: true,
        effect_zh: "降低技能岗位人员（20-44岁）的净流出；成本 = 受补贴人数 × 金额 × 12",
        effect_en: "cuts the net outflow of skilled-post workers aged 20-44; cost = recipients x amount x 12",
        paper: Some(PaperFigure {
            quote_zh: "提供每月 1500-2000元的岗位补贴",
            gloss_en: "a post subsidy of 1,500-2,000 yuan a month",
            section: "3.2",
            role: FigureRole::Target,
        }),
    },
    LeverDef {
        key: LeverKey::TalentLossCap,
        key_str: "talent_loss_cap",
        family: Family::Population,
        name_zh: "制造业关键岗位人才年流失率上限",
        name_en: "Cap on the yearly loss of key-post talent",
        unit_zh: "%/年（越低越严）",
        unit_en: "% a year (lower is stronger)",
        min: 3.0,
        max: 15.0,
        step: 1.0,
        on_value: 8.0,
        on_value_basis_en: "the paper's 8 % a year",
        larger_is_stronger: false,
        effect_zh: "关键岗位人员的年流失（毛流出）不超过上限，超出部分转为留存（配套子女入学、保障房）",
        effect_en: "holds the gross yearly loss of key-post workers to the cap; what exceeds it stays (schooling and housing package)",
        paper: Some(PaperFigure {
            quote_zh: "将制造业关键岗位人才年流失率控制在 8%以内",
            gloss_en: "keep the yearly loss rate of key manufacturing talent within 8 %",
            section: "3.2",
            role: FigureRole::Target,
        }),
    },
    LeverDef {
        key: LeverKey::TalentParks,
        key_str: "talent_parks",
        family: Family::Population,
        name_zh: "“产才融合”示范园区",
        name_en: "Industry-talent demonstration parks",
        unit_zh: "千个岗位/年（全区合计，按2020年制造业与知识密集型就业分配到目标单元）",
        unit_en: "thousand jobs a year (region total, shared among targeted units by 2020 manufacturing and knowledge jobs)",
        min: 0.0,
        max: 120.0,
        step: 5.0,
        on_value: 65.0,
        on_value_basis_en: "midpoint of the paper's 50-80 thousand jobs a year",
        larger_is_stronger: true,
        effect_zh: "在园区所在单元新增制造业与知识密集型岗位（各半），部分由20-44岁迁入者填补",
        effect_en: "adds jobs in the host units (half manufacturing, half knowledge services), partly filled by in-migrants aged 20-44",
        paper: Some(PaperFigure {
            quote_zh: "预计每年可新增 5-8 万个与电子信息、新能源汽车等产业匹配的就业岗位",
            gloss_en: "expected to add 50-80 thousand jobs a year matched to electronics, new-energy vehicles and similar industries",
            section: "3.2",
            role: FigureRole::Target,
        }),
    },
    LeverDef {
        key: LeverKey::VocationalMatch,
        key_str: "vocational_match",
        family: Family::Population,
        name_zh: "职业教育产业学院（首次就业专业对口率）",
        name_en: "Vocational industry colleges (first-job match rate)",
        unit_zh: "毕业生首次就业专业对口率，%",
        unit_en: "graduates' first-job match rate, %",
        min: 50.0,
        max: 95.0,
        step: 5.0,
        on_value: 75.0,
        on_value_basis_en: "the paper's 75 %",
        larger_is_stronger: true,
        effect_zh: "对口率高于现状时，减少20-29岁青年的净流出；成本按15-19岁人数计",
        effect_en: "above the current match rate, cuts the net outflow of young people aged 20-29; cost per person aged 15-19",
        paper: Some(PaperFigure {
            quote_zh: "使毕业生首次就业专业对口率达到 75%以上",
            gloss_en: "raise graduates' first-job match rate to 75 % or more",
            section: "3.2",
            role: FigureRole::Target,
        }),
    },
    LeverDef {
        key: LeverKey::RetireeRehire,
        key_str: "retiree_rehire",
        family: Family::Population,
        name_zh: "退休专业技术人员弹性返聘",
        name_en: "Flexible re-hiring of retired professionals",
        unit_zh: "返聘的退休专业人员比例，%",
        unit_en: "% of retired professionals re-hired",
        min: 0.0,
        max: 50.0,
        step: 5.0,
        on_value: 25.0,
        on_value_basis_en: "midpoint of the paper's 20-30 %",
        larger_is_stronger: true,
        effect_zh: "60-64岁退休专业人员回到卫生、教育等公共服务岗位",
        effect_en: "brings retired professionals aged 60-64 back into health, education and other public-service jobs",
        paper: Some(PaperFigure {
            quote_zh: "预计可释放 20%-30%的老年专业人才资源",
            gloss_en: "expected to free 20-30 % of older professional talent",
            section: "3.2",
            role: FigureRole::Target,
        }),
    },
    LeverDef {
        key: LeverKey::LandConversion,
        key_str: "land_conversion",
        family: Family::Space,
        name_zh: "低效用地“退二进三”改造",
        name_en: "Conversion of low-efficiency land to services (tui er jin san)",
        unit_zh: "每年改造的过剩建筑面积比例，%",
        unit_en: "% of surplus floor space converted per year",
        min: 0.0,
        max: 10.0,
        step: 0.5,
        on_value: 2.0,
        on_value_basis_en: "modelling choice: the paper gives no rate",
        larger_is_stronger: true,
        effect_zh: "把过剩建筑面积改作生产性服务业与科创载体：空置指数下降，知识密集型岗位增加",
        effect_en: "turns surplus floor space into producer services and innovation space: the vacancy index falls, knowledge-sector jobs rise",
        paper: Some(PaperFigure {
            quote_zh: "出现住宅空置率超 30%、商业配套闲置的“空城化”现象",
            gloss_en: "housing vacancy over 30 % and idle commercial space in new districts",
            section: "2.3",
            role: FigureRole::Problem,
        }),
    },
    LeverDef {
        key: LeverKey::InfrastructureRepurpose,
        key_str: "infrastructure_repurpose",
        family: Family::Space,
        name_zh: "低负荷交通线路功能调整（如改为旅游专线）",
        name_en: "Re-purposing under-used transport lines (e.g. as tourist lines)",
        unit_zh: "改作他用的闲置运力比例，%",
        unit_en: "% of idle capacity re-purposed",
        min: 0.0,
        max: 100.0,
        step: 10.0,
        on_value: 50.0,
        on_value_basis_en: "modelling choice: half of the idle capacity",
        larger_is_stronger: true,
        effect_zh: "闲置运力按游客上座率转为使用，提高基础设施利用指数",
        effect_en: "idle capacity carries tourists at the assumed load factor, which raises the utilisation index",
        paper: Some(PaperFigure {
            quote_zh: "建成后客流量仅达设计标准的 40%",
            gloss_en: "once built, passenger flows reach only 40 % of the design standard",
            section: "2.3",
            role: FigureRole::Problem,
        }),
    },
    LeverDef {
        key: LeverKey::ServiceAlliances,
        key_str: "service_alliances",
        family: Family::Space,
        name_zh: "核心城市与中小城市医联体、教育集团",
        name_en: "Hospital and school alliances with core cities",
        unit_zh: "覆盖的常住人口比例，%",
        unit_en: "% of residents covered",
        min: 0.0,
        max: 100.0,
        step: 10.0,
        on_value: 80.0,
        on_value_basis_en: "modelling choice",
        larger_is_stronger: true,
        effect_zh: "提升中小城市公共服务，减少10-49岁家庭人口的净流出",
        effect_en: "better services in small cities damp the net outflow of families (ages 10-49)",
        paper: Some(PaperFigure {
            quote_zh: "周边收缩城市的医院床位利用率不足 60%",
            gloss_en: "hospital bed use in surrounding shrinking cities is below 60 %",
            section: "2.3",
            role: FigureRole::Problem,
        }),
    },
    LeverDef {
        key: LeverKey::RoleDivision,
        key_str: "role_division",
        family: Family::Space,
        name_zh: "核心—节点—小城镇梯度分工",
        name_en: "Core / node / town division of roles",
        unit_zh: "核心城市2020年制造业岗位转移到节点城市的比例，%",
        unit_en: "% of the core cities' 2020 manufacturing jobs moved to node cities",
        min: 0.0,
        max: 30.0,
        step: 1.0,
        on_value: 10.0,
        on_value_basis_en: "modelling choice",
        larger_is_stronger: true,
        effect_zh: "核心城市（成都、重庆）的配套制造业转移到节点城市（绵阳、遵义）；本杠杆只按层级作用，不看目标设置",
        effect_en: "moves supporting manufacturing from the core (Chengdu, Chongqing) to the nodes (Mianyang, Zunyi); acts by tier, whatever the target",
        paper: Some(PaperFigure {
            quote_zh: "成都、重庆聚焦科技创新与总部经济，发展前沿产业；绵阳、遵义等节点城市依托制造业基础承接核心城市配套产业",
            gloss_en: "Chengdu and Chongqing focus on innovation and headquarters; node cities such as Mianyang and Zunyi take over supporting industries from the core",
            section: "3.3",
            role: FigureRole::Target,
        }),
    },
];

/// Which units a setting covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "code")]
pub enum Target {
    All,
    /// A province by code (`510000`).
    Province(u32),
    Tier(RoleTier),
    /// One unit by code; a prefecture code also covers its counties.
    Unit(u32),
}

impl Target {
    /// Whether the target covers a unit with this code, province, parent
    /// prefecture and tier.
    pub fn covers(&self, code: u32, province: u32, parent: Option<u32>, tier: RoleTier) -> bool {
        match *self {
            Target::All => true,
            Target::Province(p) => p == province,
            Target::Tier(t) => t == tier,
            Target::Unit(u) => u == code || parent == Some(u),
        }
    }
}

/// One lever switched on at a value for a target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeverSetting {
    pub lever: LeverKey,
    pub value: f64,
    pub target: Target,
}

impl LeverSetting {
    /// Parses `key=value[@target]` (the command line's `--lever`): target
    /// `all` (the default), `core`, `node` or `rest`, a province code
    /// (`510000`) or a unit code. A value outside the lever's range is
    /// refused with the range, never clamped silently.
    pub fn parse(spec: &str) -> Result<LeverSetting, String> {
        let (setting, target) = match spec.split_once('@') {
            Some((s, t)) => (s, Some(t)),
            None => (spec, None),
        };
        let (key, value) = setting
            .split_once('=')
            .ok_or_else(|| format!("lever '{spec}' must look like KEY=VALUE[@TARGET]"))?;
        let lever = LeverKey::from_key(key.trim()).ok_or_else(|| {
            let keys: Vec<&str> = LEVERS.iter().map(|d| d.key_str).collect();
            format!("unknown lever '{key}'; expected one of {}", keys.join(", "))
        })?;
        let def = lever.def();
        let value: f64 = value
            .trim()
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| format!("lever {key}: '{value}' is not a number"))?;
        if !(def.min..=def.max).contains(&value) {
            return Err(format!(
                "lever {key}: {value} is outside its range {} to {} {}",
                def.min, def.max, def.unit_en
            ));
        }
        let target = match target.map(str::trim) {
            None | Some("all") => Target::All,
            Some(t) => match RoleTier::from_key(t) {
                Some(tier) => Target::Tier(tier),
                None => {
                    let code: u32 = t
                        .parse()
                        .ok()
                        .filter(|c| (100_000..=999_999).contains(c))
                        .ok_or_else(|| format!("lever {key}: unknown target '{t}'; expected all, core, node, rest, a province code or a unit code"))?;
                    if code % 10_000 == 0 && code != 500_000 {
                        Target::Province(code)
                    } else {
                        Target::Unit(code)
                    }
                }
            },
        };
        Ok(LeverSetting::new(lever, value, target))
    }

    pub fn new(lever: LeverKey, value: f64, target: Target) -> LeverSetting {
        LeverSetting {
            lever,
            value,
            target,
        }
    }

    /// The lever at its default "on" value for all units.
    pub fn on(lever: LeverKey) -> LeverSetting {
        LeverSetting::new(lever, lever.def().on_value, Target::All)
    }
}

/// The lever values in force in one unit: `None` = off.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UnitLevers(pub [Option<f64>; LEVER_COUNT]);

impl UnitLevers {
    /// No lever in force.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    pub fn get(&self, lever: LeverKey) -> Option<f64> {
        self.0[lever.index()]
    }

    pub fn any_on(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }
}

/// The levers in force in a unit: for each lever, the last setting that
/// covers the unit wins; values are clamped to the lever's range and a
/// non-finite value switches the lever off. The role-division lever ignores
/// the target (it acts on the tiers themselves): its last setting applies
/// everywhere.
pub fn resolve(
    settings: &[LeverSetting],
    code: u32,
    province: u32,
    parent: Option<u32>,
    tier: RoleTier,
) -> UnitLevers {
    let mut out = UnitLevers::default();
    for s in settings {
        if s.lever == LeverKey::RoleDivision || s.target.covers(code, province, parent, tier) {
            out.0[s.lever.index()] = s.lever.def().clamp(s.value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn settings_parse_from_the_command_line() {
        let s = LeverSetting::parse("skilled_post_subsidy=1500@510000").unwrap();
        assert_eq!(
            (s.lever, s.value, s.target),
            (
                LeverKey::SkilledPostSubsidy,
                1500.0,
                Target::Province(510000)
            )
        );
        assert_eq!(
            LeverSetting::parse("talent_parks=65").unwrap().target,
            Target::All
        );
        assert_eq!(
            LeverSetting::parse("talent_parks=65@core").unwrap().target,
            Target::Tier(RoleTier::Core)
        );
        assert_eq!(
            LeverSetting::parse("talent_parks=65@511900")
                .unwrap()
                .target,
            Target::Unit(511900)
        );
        for bad in [
            "talent_parks",
            "nothing=1",
            "talent_parks=abc",
            "talent_parks=1e9",
            "talent_parks=65@mars",
            "talent_parks=NaN",
        ] {
            let e = LeverSetting::parse(bad).unwrap_err();
            assert!(!e.is_empty() && !e.contains('\n'), "{bad}: {e}");
        }
    }

    use super::*;

    #[test]
    fn definitions_are_consistent() {
        for (i, (key, def)) in LeverKey::ALL.iter().zip(LEVERS.iter()).enumerate() {
            assert_eq!(key.index(), i);
            assert_eq!(def.key, *key);
            assert_eq!(LeverKey::from_key(def.key_str), Some(*key));
            assert!(def.min < def.max && def.step > 0.0);
            assert!(
                (def.min..=def.max).contains(&def.on_value),
                "{}",
                def.key_str
            );
            let steps: Vec<f64> = def.steps().collect();
            assert!(
                (steps.last().unwrap() - def.max).abs() < 1e-9,
                "{}: range is not a whole number of steps",
                def.key_str
            );
            assert!(!def.effect_zh.is_empty() && !def.effect_en.is_empty());
        }
        // Three industry, five population and four space levers (MODEL.md).
        let per_family: Vec<usize> = Family::ALL
            .iter()
            .map(|f| LEVERS.iter().filter(|d| d.family == *f).count())
            .collect();
        assert_eq!(per_family, vec![3, 5, 4]);
    }

    /// The quotes are checked against the paper's text where it is at hand
    /// (see `build.rs`: without it this test is reported as ignored, with
    /// the reason, not as passed).
    #[test]
    #[cfg_attr(
        not(paper_text),
        ignore = "paper text not found (../shared/seed or ATLAS_PAPER_DIR)"
    )]
    fn the_paper_figures_are_quoted_from_the_text() {
        let dir = std::path::Path::new(option_env!("ATLAS_PAPER_TEXT_DIR").unwrap_or("."));
        let entries = std::fs::read_dir(dir).expect("the paper's folder is readable");
        let mut paper = String::new();
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                paper.push_str(&std::fs::read_to_string(e.path()).expect("paper text reads"));
            }
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let paper = squeeze(&paper);
        assert!(!paper.is_empty(), "the paper's text is empty");
        for def in LEVERS.iter() {
            if let Some(fig) = def.paper {
                assert!(
                    paper.contains(&squeeze(fig.quote_zh)),
                    "{}: not in the paper: {}",
                    def.key_str,
                    fig.quote_zh
                );
            }
        }
    }

    #[test]
    fn later_settings_override_and_targets_select() {
        let settings = [
            LeverSetting::new(LeverKey::SkilledPostSubsidy, 1000.0, Target::All),
            LeverSetting::new(
                LeverKey::SkilledPostSubsidy,
                2000.0,
                Target::Province(510000),
            ),
            LeverSetting::new(LeverKey::TalentParks, 65.0, Target::Tier(RoleTier::Core)),
            LeverSetting::new(LeverKey::VocationalMatch, 1e9, Target::Unit(511900)),
            LeverSetting::new(LeverKey::LandConversion, f64::NAN, Target::All),
            LeverSetting::new(LeverKey::RoleDivision, 10.0, Target::Unit(1)),
        ];
        let bazhong = resolve(&settings, 511900, 510000, None, RoleTier::Rest);
        assert_eq!(bazhong.get(LeverKey::SkilledPostSubsidy), Some(2000.0));
        assert_eq!(bazhong.get(LeverKey::TalentParks), None);
        assert_eq!(
            bazhong.get(LeverKey::VocationalMatch),
            Some(95.0),
            "clamped to the range"
        );
        assert_eq!(bazhong.get(LeverKey::LandConversion), None, "NaN is off");
        assert_eq!(
            bazhong.get(LeverKey::RoleDivision),
            Some(10.0),
            "role division ignores the target"
        );
        let county = resolve(&settings, 511921, 510000, Some(511900), RoleTier::Rest);
        assert_eq!(
            county.get(LeverKey::VocationalMatch),
            Some(95.0),
            "a prefecture target covers its counties"
        );
        let kunming = resolve(&settings, 530100, 530000, None, RoleTier::Rest);
        assert_eq!(kunming.get(LeverKey::SkilledPostSubsidy), Some(1000.0));
        let chengdu = resolve(&settings, 510100, 510000, None, RoleTier::Core);
        assert_eq!(chengdu.get(LeverKey::TalentParks), Some(65.0));
    }
}
