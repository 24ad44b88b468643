//! The model's assumptions: every number that is neither census data nor a
//! lever, each with a low / central / high value and a written reason.
//! Where no source fixes a value, the definition says it is a modelling
//! judgement. The Monte Carlo draws each assumption independently from a
//! triangle on each side of its central value, each side holding half the
//! draws (so the central value is the median).

use super::rng::SplitMix64;
use serde::{Deserialize, Serialize};

/// The assumptions, in the order of [`ASSUMPTIONS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionKey {
    MigrationCalibration,
    FertilityAfter2020,
    JobsMigrationResponse,
    BasicJobsLabourElasticity,
    LocalJobsDemandElasticity,
    SectorTrendPersistence,
    RampUpYears,
    FiscalSqueeze,
    FundHalfEffect,
    CostPerNewJob,
    LogisticsJobSensitivity,
    PlatformCostPerJob,
    SkilledPostShare,
    SubsidyResponse,
    GrossToNetLoss,
    RetentionPackageCost,
    ParkMigrantShare,
    BaselineJobMatch,
    MatchRetentionEffect,
    TrainingCostPerStudent,
    RehireSubsidy,
    FloorPerServiceJob,
    ConversionCostPerM2,
    TouristLoadFactor,
    RepurposeCostPerResident,
    AllianceOutflowDamping,
    AllianceCostPerResident,
    HospitalUse60Plus,
}

pub const ASSUMPTION_COUNT: usize = 28;

/// Whether a value rests on a source or on the modeller's judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// No source fixes the value: the modeller's judgement, said so.
    Judgement,
    /// Taken from a named source (the paper, an official statistic, a study).
    Sourced,
    /// Fitted here to the reported figures ([`calibration`](super::calibration)).
    Calibrated,
}

impl Basis {
    /// The status as readers see it, in the app and the command line.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match (self, lang) {
            (Basis::Judgement, crate::Lang::Zh) => "建模判断",
            (Basis::Judgement, crate::Lang::En) => "judgement",
            (Basis::Sourced, crate::Lang::Zh) => "有出处",
            (Basis::Sourced, crate::Lang::En) => "sourced",
            (Basis::Calibrated, crate::Lang::Zh) => "本图集拟合",
            (Basis::Calibrated, crate::Lang::En) => "calibrated here",
        }
    }
}

/// The static definition of an assumption.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AssumptionDef {
    pub key: AssumptionKey,
    #[serde(rename = "key_name")]
    pub key_str: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub unit_zh: &'static str,
    pub unit_en: &'static str,
    pub low: f64,
    pub central: f64,
    pub high: f64,
    pub basis: Basis,
    pub why_zh: &'static str,
    pub why_en: &'static str,
}

impl AssumptionDef {
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

    /// Why the range is what it is.
    pub fn why(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.why_zh,
            crate::Lang::En => self.why_en,
        }
    }
}

impl AssumptionKey {
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn def(self) -> &'static AssumptionDef {
        &ASSUMPTIONS[self.index()]
    }

    pub fn key(self) -> &'static str {
        self.def().key_str
    }

    pub fn from_key(key: &str) -> Option<AssumptionKey> {
        ASSUMPTIONS.iter().find(|d| d.key_str == key).map(|d| d.key)
    }
}

macro_rules! assumption {
    ($key:ident, $name:literal, $zh:literal, $en:literal, $uzh:literal, $uen:literal,
     $low:expr, $central:expr, $high:expr, $basis:ident, $why_zh:literal, $why_en:literal) => {
        AssumptionDef {
            key: AssumptionKey::$key,
            key_str: $name,
            name_zh: $zh,
            name_en: $en,
            unit_zh: $uzh,
            unit_en: $uen,
            low: $low,
            central: $central,
            high: $high,
            basis: Basis::$basis,
            why_zh: $why_zh,
            why_en: $why_en,
        }
    };
}

/// The assumption definitions, indexed by [`AssumptionKey::index`].
pub static ASSUMPTIONS: [AssumptionDef; ASSUMPTION_COUNT] = [
    assumption!(MigrationCalibration, "migration_calibration",
        "拟合的迁移水平（以拟合标准误计的偏离）", "Fitted migration level (departure in standard errors of the fit)",
        "标准误", "standard errors", -2.5, 0.0, 2.5, Calibrated,
        "每个地级单位2020年后延续的2010-2020年净迁移率的比例（迁移水平）由2021-2023年公布的年末常住人口拟合（本单位有数据时用本单位数据，否则用所在省的数据）；2024年数据留作检验。0即拟合值；蒙特卡洛在±2.5个标准误之间按三角分布抽取（标准差约为1个标准误，中位数为拟合值），把拟合的不确定性计入区间。",
        "The share of the 2010-2020 net migration rates that continues after 2020 (the migration level) is fitted for every prefecture-level unit to the year-end populations reported for 2021-2023 (its own figures where it has them, its province's otherwise); the 2024 figures are held out for the back-test. 0 is the fitted value; the Monte Carlo draws from a triangle over plus or minus 2.5 standard errors (a standard deviation of about one), which carries the fit's uncertainty into the bands."),
    assumption!(FertilityAfter2020, "fertility_after_2020",
        "2020年后出生人数相对2016-2020年的比例", "Births after 2020 relative to 2016-2020",
        "倍", "times", 0.59, 0.63, 0.69, Sourced,
        "国家统计局公布的全国出生人口：2016-2020年依次为1786、1723、1523、1465、1202万（年均1540万），2021-2024年依次为1062、956、902、954万（年均969万）。中值0.63为两段年均之比，低值0.59为2023年、高值0.69为2021年与2016-2020年均之比。用于2015-2020年（由2020年0-4岁儿童推算）的每名15-49岁妇女年出生数。全国出生数的下降也包含育龄妇女的减少，而模型本身已计入后者，因此该倍数略低估每名妇女的生育；迁移水平的拟合吸收了这一差异对总人口的影响。来源：国家统计局数据，转引自 wwwpo15.cn/minsu/61015.html（2016-2022年）与 fsnews.com.cn/jinrong/202501/20144.html（2023-2024年）。",
        "National births published by the National Bureau of Statistics: 17.86, 17.23, 15.23, 14.65 and 12.02 million in 2016-2020 (15.40 million a year), 10.62, 9.56, 9.02 and 9.54 million in 2021-2024 (9.69 million a year). The central 0.63 is the ratio of the two means, the low 0.59 that of 2023 and the high 0.69 that of 2021 to the 2016-2020 mean. It scales the yearly births per woman aged 15-49 of 2015-2020 (from the children 0-4 of 2020). The national fall in births also reflects fewer women of childbearing age, which the model counts itself, so the factor slightly understates births per woman; the fitted migration level absorbs the effect on totals. Source: NBS figures as quoted by wwwpo15.cn/minsu/61015.html (2016-2022) and fsnews.com.cn/jinrong/202501/20144.html (2023-2024)."),
    assumption!(JobsMigrationResponse, "jobs_migration_response",
        "20-44岁净迁移对岗位比的反应", "Response of net migration aged 20-44 to the job ratio",
        "年净迁移率变化 / 岗位比对数变化", "change in yearly net migration rate per unit change in log job ratio", 0.01, 0.02, 0.04, Judgement,
        "岗位比比基线高10%时，20-44岁年净迁移率提高0.1-0.4个百分点（中值0.2）。这是论文1.1节“产业-人口”循环的强度，属建模判断。",
        "A job ratio 10 % above the baseline raises the yearly net migration rate of ages 20-44 by 0.1-0.4 percentage points (central 0.2). This is the strength of the jobs-people loop of paper section 1.1, a modelling judgement."),
    assumption!(BasicJobsLabourElasticity, "basic_jobs_labour_elasticity",
        "基础部门岗位对劳动年龄人口的弹性", "Elasticity of basic-sector jobs to the working-age population",
        "弹性", "elasticity", 0.7, 1.0, 1.3, Judgement,
        "农业、采矿、制造、知识密集型服务的岗位能否被填补取决于劳动年龄人口。1 = 按比例；低于1时劳动力外流使留下者更易就业（平衡回路）；高于1即论文所说的恶性循环（人才流失拖累升级）。",
        "Whether jobs in agriculture, mining, manufacturing and knowledge services can be filled depends on the working-age population. 1 = proportional; below 1 an outflow leaves more jobs per remaining worker (a balancing loop); above 1 is the paper's vicious circle (talent loss holds back upgrading)."),
    assumption!(LocalJobsDemandElasticity, "local_jobs_demand_elasticity",
        "本地服务岗位对常住人口的弹性", "Elasticity of local-service jobs to the resident population",
        "弹性", "elasticity", 0.8, 1.0, 1.2, Judgement,
        "建筑与公用事业、商贸交通住宿、公共及其他服务主要服务本地居民，随常住人口增减；论文1.1节：人口减少使消费市场萎缩。",
        "Construction and utilities, trade-transport-hospitality and public and other services mostly serve residents and move with their number; paper section 1.1: fewer people shrink the consumer market."),
    assumption!(SectorTrendPersistence, "sector_trend_persistence",
        "2010-2020年部门结构变化的延续程度", "Persistence of the 2010-2020 shift between sectors",
        "比例", "share", 0.25, 0.5, 0.75, Judgement,
        "全区七个部门就业占比在2010-2020年的年均变化（由普查数据计算）乘以此比例后延续。农业占比十年内由六成降到三成，不可能同速持续，故取一半并给出宽区间。",
        "The yearly change of each of the seven sectors' employment share across the region in 2010-2020 (computed from the censuses) continues at this fraction. Agriculture fell from about six to three in ten jobs in a decade; it cannot go on at that pace, hence half, with a wide range."),
    assumption!(RampUpYears, "ramp_up_years",
        "政策爬坡年数", "Ramp-up years of a policy",
        "年", "years", 3.0, 5.0, 8.0, Judgement,
        "政策从2021年起线性爬坡，到此年数时达到全额效果；园区建设、专业设置与招生一般需数年。",
        "A policy ramps up linearly from 2021 and reaches full effect after this many years; building parks, opening courses and enrolling students take several years."),
    assumption!(FiscalSqueeze, "fiscal_squeeze",
        "财政压力对升级资金能力的弹性", "Squeeze of fiscal pressure on the upgrading fund",
        "弹性", "elasticity", 0.5, 1.0, 1.5, Judgement,
        "论文2.2节：养老支出挤压发展性投入。资金能力 = min(1, (100/财政压力指数)^弹性)，用上一年的指数。",
        "Paper section 2.2: pension spending crowds out development spending. Fund capacity = min(1, (100 / fiscal pressure index)^elasticity), using the previous year's index."),
    assumption!(FundHalfEffect, "fund_half_effect",
        "升级资金的半效强度", "Fund intensity that avoids half of the job loss",
        "元/人/年", "yuan per worker per year", 2_000.0, 4_000.0, 8_000.0, Judgement,
        "资金强度为此值时避免一半的传统产业岗位流失（饱和曲线 v/(v+H)）；属建模判断。",
        "At this intensity the fund avoids half of the traditional-industry job loss (saturating curve v / (v + H)); a modelling judgement."),
    assumption!(CostPerNewJob, "cost_per_new_job",
        "每个新增或转移岗位的公共成本", "Public cost per job created or relocated",
        "元（一次性）", "yuan, once", 50_000.0, 100_000.0, 200_000.0, Judgement,
        "园区建设、招商补贴与人才公寓等一次性公共投入，按岗位折算；区间宽，属建模判断。",
        "One-off public spending on parks, investment incentives and talent housing, per job; a wide range, a modelling judgement."),
    assumption!(LogisticsJobSensitivity, "logistics_job_sensitivity",
        "物流成本上升1%导致的制造业岗位损失", "Manufacturing jobs lost per 1 % rise in logistics cost",
        "%", "%", 0.05, 0.12, 0.25, Judgement,
        "论文2.1节：本地供应商停产后跨省采购使物流成本上升15%以上。此参数把物流成本的变化换算为制造业岗位的变化；属建模判断，区间宽。",
        "Paper section 2.1: buying from other provinces after local suppliers close raises logistics cost by over 15 %. This parameter turns a change in logistics cost into a change in manufacturing jobs; a modelling judgement with a wide range."),
    assumption!(PlatformCostPerJob, "platform_cost_per_job",
        "供应链平台的运营成本", "Running cost of the supplier platform",
        "元/制造业岗位/年", "yuan per manufacturing job per year", 50.0, 100.0, 200.0, Judgement,
        "行业协会运营的信息平台成本低，按所覆盖的制造业岗位计；属建模判断。",
        "An information platform run by an industry association is cheap; charged per manufacturing job covered; a modelling judgement."),
    assumption!(SkilledPostShare, "skilled_post_share",
        "技能型关键岗位占采矿、制造与知识密集型就业的比例", "Share of skilled key posts in mining, manufacturing and knowledge jobs",
        "比例", "share", 0.10, 0.20, 0.30, Judgement,
        "论文点名的工业机器人操作、数控编程等紧缺岗位只是这些部门就业的一部分；属建模判断。",
        "The scarce posts the paper names (industrial robot operators, CNC programmers) are a part of employment in these sectors; a modelling judgement."),
    assumption!(SubsidyResponse, "subsidy_response",
        "每千元月补贴避免的净流出比例", "Share of net outflow avoided per 1,000 yuan a month",
        "比例/千元", "share per 1,000 yuan", 0.15, 0.25, 0.40, Judgement,
        "1,750元约为西南制造业月工资的三成；设其避免受补贴者净流出的三成到七成（封顶100%）。属建模判断。",
        "1,750 yuan is about three tenths of a monthly manufacturing wage in the Southwest; taken to avoid three to seven tenths of the recipients' net outflow (at most all of it). A modelling judgement."),
    assumption!(GrossToNetLoss, "gross_to_net_loss",
        "关键岗位人才毛流失与净流出之比", "Ratio of gross loss to net outflow of key-post talent",
        "倍", "times", 2.0, 3.0, 4.0, Judgement,
        "普查只给出净迁移；毛流动通常是净流动的数倍。流失率上限作用于毛流失。属建模判断。",
        "The censuses give only net migration; gross flows are usually several times net flows. The loss cap acts on the gross loss. A modelling judgement."),
    assumption!(RetentionPackageCost, "retention_package_cost",
        "每留住一名关键岗位人员的年成本", "Yearly cost per key-post worker kept",
        "元/人/年", "yuan per person per year", 10_000.0, 20_000.0, 40_000.0, Judgement,
        "子女就近入学、保障房优先配售等配套措施（论文3.2节）的折算成本；属建模判断。",
        "The schooling and housing package of paper section 3.2, costed per person kept; a modelling judgement."),
    assumption!(ParkMigrantShare, "park_migrant_share",
        "园区新岗位由迁入者填补的比例", "Share of new park jobs filled by in-migrants",
        "比例", "share", 0.5, 0.7, 0.9, Judgement,
        "论文3.2节的园区面向“创新人才集聚”，多数岗位由外来人才填补；属建模判断。",
        "The parks of paper section 3.2 aim at gathering talent from elsewhere, so most jobs go to in-migrants; a modelling judgement."),
    assumption!(BaselineJobMatch, "baseline_job_match",
        "现状首次就业专业对口率", "Current first-job match rate",
        "%", "%", 50.0, 60.0, 70.0, Judgement,
        "论文要求达到75%以上，说明现状低于此；无区域统计，属建模判断。",
        "The paper's target of 75 % or more implies a lower current rate; no regional statistic is at hand, a modelling judgement."),
    assumption!(MatchRetentionEffect, "match_retention_effect",
        "对口率升至100%时避免的青年净流出比例", "Share of young net outflow avoided at a 100 % match",
        "比例", "share", 0.2, 0.35, 0.5, Judgement,
        "论文2.2节：毕业生因本地岗位不足而外流。对口率提高的比例按线性折算；属建模判断。",
        "Paper section 2.2: graduates leave for lack of matching local jobs. Scaled linearly with the rise in the match rate; a modelling judgement."),
    assumption!(TrainingCostPerStudent, "training_cost_per_student",
        "产业学院每生每年增加的成本", "Extra yearly cost per student of the industry colleges",
        "元/人/年", "yuan per person per year", 3_000.0, 6_000.0, 10_000.0, Judgement,
        "按15-19岁人口计的定向培养、实训设备与企业导师成本；属建模判断。",
        "Targeted courses, training equipment and company mentors, charged per person aged 15-19; a modelling judgement."),
    assumption!(RehireSubsidy, "rehire_subsidy",
        "返聘补贴", "Re-hiring subsidy",
        "元/人/月", "yuan per person per month", 500.0, 1_000.0, 2_000.0, Judgement,
        "论文3.2节提到设立专项补贴基金，未给金额；属建模判断。",
        "Paper section 3.2 mentions a dedicated subsidy fund without an amount; a modelling judgement."),
    assumption!(FloorPerServiceJob, "floor_per_service_job",
        "每个服务业岗位占用的改造面积", "Converted floor space per service job",
        "平方米", "m²", 30.0, 50.0, 80.0, Judgement,
        "改造的旧厂房与空置楼宇不如专门建造的办公楼紧凑，每个岗位占用较多面积；属建模判断。",
        "Converted plants and empty buildings are used less densely than purpose-built offices, so each job takes more space; a modelling judgement."),
    assumption!(ConversionCostPerM2, "conversion_cost_per_m2",
        "改造成本", "Conversion cost",
        "元/平方米", "yuan per m²", 300.0, 600.0, 1_200.0, Judgement,
        "旧厂房与空置楼宇的改造装修与补偿；属建模判断。",
        "Refitting and compensation for old plants and empty buildings; a modelling judgement."),
    assumption!(TouristLoadFactor, "tourist_load_factor",
        "改作旅游专线后的上座率", "Load factor of lines re-purposed for tourism",
        "比例", "share", 0.3, 0.5, 0.7, Judgement,
        "旅游线路季节性强；属建模判断。",
        "Tourist lines are strongly seasonal; a modelling judgement."),
    assumption!(RepurposeCostPerResident, "repurpose_cost_per_resident",
        "线路功能调整的年成本（全额调整时）", "Yearly cost of re-purposing lines (at full re-purposing)",
        "元/常住人口/年", "yuan per resident per year", 10.0, 20.0, 40.0, Judgement,
        "站点改造、营销与运营补贴，按常住人口折算；属建模判断。",
        "Station works, marketing and operating subsidies, per resident; a modelling judgement."),
    assumption!(AllianceOutflowDamping, "alliance_outflow_damping",
        "医联体、教育集团全覆盖时避免的家庭净流出比例", "Share of family net outflow avoided at full alliance coverage",
        "比例", "share", 0.05, 0.10, 0.20, Judgement,
        "论文2.3节：优质教育医疗集中于核心城市，削弱中小城市吸引力；服务改善只能留住因服务而迁出的一部分。属建模判断。",
        "Paper section 2.3: good schools and hospitals concentrate in the core, which weakens small cities; better services keep only those who would leave for services. A modelling judgement."),
    assumption!(AllianceCostPerResident, "alliance_cost_per_resident",
        "医联体、教育集团的年成本", "Yearly cost of the alliances",
        "元/覆盖人口/年", "yuan per covered resident per year", 50.0, 100.0, 200.0, Judgement,
        "专家下沉、远程诊疗与教师交流的运营成本；属建模判断。",
        "Visiting specialists, tele-medicine and teacher exchanges; a modelling judgement."),
    assumption!(HospitalUse60Plus, "hospital_use_60_plus",
        "60岁以上人均医院服务需求（相对60岁以下）", "Hospital use per person aged 60+ relative to under 60",
        "倍", "times", 2.0, 3.0, 4.0, Judgement,
        "国家卫生服务调查显示老年人住院率是全人群的数倍；此处未取具体数值，作建模判断。",
        "National health services surveys show hospitalisation rates of older people several times the all-age rate; no exact figure is used here, a modelling judgement."),
];

/// One value for every assumption.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumptions(pub [f64; ASSUMPTION_COUNT]);

impl Default for Assumptions {
    fn default() -> Assumptions {
        Assumptions::central()
    }
}

impl Assumptions {
    pub fn central() -> Assumptions {
        Assumptions(std::array::from_fn(|i| ASSUMPTIONS[i].central))
    }

    pub fn low() -> Assumptions {
        Assumptions(std::array::from_fn(|i| ASSUMPTIONS[i].low))
    }

    pub fn high() -> Assumptions {
        Assumptions(std::array::from_fn(|i| ASSUMPTIONS[i].high))
    }

    pub fn get(&self, key: AssumptionKey) -> f64 {
        self.0[key.index()]
    }

    /// Sets a value, clamped to the assumption's low..high range.
    pub fn set(&mut self, key: AssumptionKey, value: f64) {
        let d = key.def();
        if value.is_finite() {
            self.0[key.index()] = value.clamp(d.low, d.high);
        }
    }

    /// One Monte Carlo draw: every assumption from its split triangle
    /// (median at the central value, see [`SplitMix64::split_triangular`]).
    pub fn sample(rng: &mut SplitMix64) -> Assumptions {
        Assumptions(std::array::from_fn(|i| {
            let d = &ASSUMPTIONS[i];
            rng.split_triangular(d.low, d.central, d.high)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_are_consistent() {
        for (i, d) in ASSUMPTIONS.iter().enumerate() {
            assert_eq!(d.key.index(), i, "{}", d.key_str);
            assert_eq!(AssumptionKey::from_key(d.key_str), Some(d.key));
            assert!(
                d.low <= d.central && d.central <= d.high && d.low < d.high,
                "{}",
                d.key_str
            );
            assert!(
                d.low >= 0.0 || d.basis == Basis::Calibrated,
                "{}",
                d.key_str
            );
            assert!(!d.why_zh.is_empty() && !d.why_en.is_empty());
        }
    }

    #[test]
    fn samples_stay_in_range_and_set_clamps() {
        let mut rng = SplitMix64::new(3);
        for _ in 0..200 {
            let a = Assumptions::sample(&mut rng);
            for (i, d) in ASSUMPTIONS.iter().enumerate() {
                assert!((d.low..=d.high).contains(&a.0[i]));
            }
        }
        let mut a = Assumptions::central();
        a.set(AssumptionKey::RampUpYears, 100.0);
        assert_eq!(a.get(AssumptionKey::RampUpYears), 8.0);
    }
}
