//! The strategy presets: the baseline, one per strategy family of the
//! paper's section 3, and the paper's combined package. A user scenario is
//! any list of lever settings; a preset is just a named one.

use super::levers::{LeverKey as L, LeverSetting, Target};
use super::tiers::RoleTier;
use serde::{Deserialize, Serialize};

/// Provinces for which section 3.1 names an emerging industry: Sichuan and
/// Chongqing (electronics), Yunnan and Guizhou (bio-medicine). Tibet is
/// not named.
pub const EMERGING_INDUSTRY_PROVINCES: [u32; 4] = [510000, 500000, 530000, 520000];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    Baseline,
    IndustryLed,
    PeopleLed,
    SpaceLed,
    Combined,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::Baseline,
        Preset::IndustryLed,
        Preset::PeopleLed,
        Preset::SpaceLed,
        Preset::Combined,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Preset::Baseline => "baseline",
            Preset::IndustryLed => "industry",
            Preset::PeopleLed => "people",
            Preset::SpaceLed => "space",
            Preset::Combined => "combined",
        }
    }

    /// Accepts the key or a few spellings (`industry-led`, `people_led`).
    pub fn from_key(key: &str) -> Option<Preset> {
        let k = key.trim().to_ascii_lowercase().replace('_', "-");
        let k = k.strip_suffix("-led").unwrap_or(&k);
        Preset::ALL.into_iter().find(|p| p.key() == k)
    }

    /// The name in the reader's language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }

    pub fn description(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::Zh => self.description_zh(),
            crate::Lang::En => self.description_en(),
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            Preset::Baseline => "基线（不采取政策）",
            Preset::IndustryLed => "产业主导（3.1）",
            Preset::PeopleLed => "人口主导（3.2）",
            Preset::SpaceLed => "空间主导（3.3）",
            Preset::Combined => "论文组合方案（3.1-3.3）",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Preset::Baseline => "Baseline (no policy)",
            Preset::IndustryLed => "Industry-led (3.1)",
            Preset::PeopleLed => "People-led (3.2)",
            Preset::SpaceLed => "Space-led (3.3)",
            Preset::Combined => "The paper's combined package (3.1-3.3)",
        }
    }

    /// Section of the paper the preset follows.
    pub fn section(self) -> &'static str {
        match self {
            Preset::Baseline => "-",
            Preset::IndustryLed => "3.1",
            Preset::PeopleLed => "3.2",
            Preset::SpaceLed => "3.3",
            Preset::Combined => "3.1-3.3, 4",
        }
    }

    pub fn description_en(self) -> &'static str {
        match self {
            Preset::Baseline => "All levers off: 2010-2020 cohort change continues.",
            Preset::IndustryLed => "Upgrading fund and supplier platform everywhere; emerging industries in the four provinces the paper names.",
            Preset::PeopleLed => "Skilled-post subsidy, loss cap, vocational match and re-hiring everywhere; talent parks in the core cities, where the paper places them (Liangjiang, Chengdu High-tech Zone).",
            Preset::SpaceLed => "Land conversion and line re-purposing everywhere; service alliances outside the core; role division core -> nodes.",
            Preset::Combined => "The three families together, as the paper's conclusion asks (policies in concert).",
        }
    }

    pub fn description_zh(self) -> &'static str {
        match self {
            Preset::Baseline => "所有杠杆关闭：延续2010-2020年的队列变化。",
            Preset::IndustryLed => "全域设立升级资金与配套平台；在论文点名的四省市培育新兴产业。",
            Preset::PeopleLed => "全域实施岗位补贴、流失率上限、职教对口与返聘；在核心城市（两江新区、成都高新区）建设产才融合园区。",
            Preset::SpaceLed => "全域推进退二进三与线路功能调整；核心城市以外建立医联体与教育集团；核心向节点转移配套制造业。",
            Preset::Combined => "三类策略协同实施，即论文结语所说的政策协同。",
        }
    }

    /// The lever settings, each lever at its "on" value (the paper's
    /// figure where it gives one).
    pub fn settings(self) -> Vec<LeverSetting> {
        let on = |lever: L, target: Target| LeverSetting::new(lever, lever.def().on_value, target);
        let industry = || {
            let mut s = vec![
                on(L::UpgradeFund, Target::All),
                on(L::SupplyChainPlatform, Target::All),
            ];
            s.extend(
                EMERGING_INDUSTRY_PROVINCES
                    .iter()
                    .map(|p| on(L::EmergingIndustry, Target::Province(*p))),
            );
            s
        };
        let people = || {
            vec![
                on(L::SkilledPostSubsidy, Target::All),
                on(L::TalentLossCap, Target::All),
                on(L::TalentParks, Target::Tier(RoleTier::Core)),
                on(L::VocationalMatch, Target::All),
                on(L::RetireeRehire, Target::All),
            ]
        };
        let space = || {
            vec![
                on(L::LandConversion, Target::All),
                on(L::InfrastructureRepurpose, Target::All),
                on(L::ServiceAlliances, Target::Tier(RoleTier::Node)),
                on(L::ServiceAlliances, Target::Tier(RoleTier::Rest)),
                on(L::RoleDivision, Target::All),
            ]
        };
        match self {
            Preset::Baseline => Vec::new(),
            Preset::IndustryLed => industry(),
            Preset::PeopleLed => people(),
            Preset::SpaceLed => space(),
            Preset::Combined => [industry(), people(), space()].concat(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::levers::Family;

    #[test]
    fn presets_use_their_family_and_the_combination_uses_all_twelve() {
        for (preset, family) in [
            (Preset::IndustryLed, Family::Industry),
            (Preset::PeopleLed, Family::Population),
            (Preset::SpaceLed, Family::Space),
        ] {
            let settings = preset.settings();
            assert!(
                settings.iter().all(|s| s.lever.def().family == family),
                "{preset:?}"
            );
        }
        let mut levers: Vec<_> = Preset::Combined
            .settings()
            .iter()
            .map(|s| s.lever)
            .collect();
        levers.sort();
        levers.dedup();
        assert_eq!(levers.len(), 12);
        assert!(Preset::Baseline.settings().is_empty());
    }

    #[test]
    fn keys_parse() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_key(p.key()), Some(p));
        }
        assert_eq!(Preset::from_key("industry-led"), Some(Preset::IndustryLed));
        assert_eq!(Preset::from_key("People_Led"), Some(Preset::PeopleLed));
        assert_eq!(Preset::from_key("nothing"), None);
    }
}
