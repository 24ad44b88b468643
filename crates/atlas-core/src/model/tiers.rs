//! The paper's division of roles among cities (section 3.3): core cities
//! lead innovation, node cities take supporting manufacturing, the small
//! towns develop their own specialities. Levers can target a tier.

use serde::{Deserialize, Serialize};

/// A unit's role in the paper's gradient of cities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleTier {
    /// 核心城市: Chengdu and Chongqing ("成都、重庆聚焦科技创新与总部经济").
    Core,
    /// 节点城市: Mianyang and Zunyi ("绵阳、遵义等节点城市").
    Node,
    /// Every other unit (the paper's "small towns" and the rest).
    Rest,
}

/// Core cities named in section 3.3: Chengdu, Chongqing.
pub const CORE_PREFECTURES: [u32; 2] = [510100, 500000];
/// Node cities named in section 3.3: Mianyang, Zunyi. The paper says "绵阳、
/// 遵义等" ("such as"); no other node is added, because the text names no
/// other and any further choice would be this project's, not the paper's.
pub const NODE_PREFECTURES: [u32; 2] = [510700, 520300];

impl RoleTier {
    pub const ALL: [RoleTier; 3] = [RoleTier::Core, RoleTier::Node, RoleTier::Rest];

    /// The tier of a prefecture-level unit. A county takes the tier of its
    /// prefecture: so all 38 districts and counties of Chongqing count as
    /// core, which overstates the core at county level there (target single
    /// units to refine).
    pub fn of_prefecture(code: u32) -> RoleTier {
        if CORE_PREFECTURES.contains(&code) {
            RoleTier::Core
        } else if NODE_PREFECTURES.contains(&code) {
            RoleTier::Node
        } else {
            RoleTier::Rest
        }
    }

    pub fn from_key(key: &str) -> Option<RoleTier> {
        [RoleTier::Core, RoleTier::Node, RoleTier::Rest]
            .into_iter()
            .find(|t| t.key() == key)
    }

    pub fn key(self) -> &'static str {
        match self {
            RoleTier::Core => "core",
            RoleTier::Node => "node",
            RoleTier::Rest => "rest",
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            RoleTier::Core => "核心城市",
            RoleTier::Node => "节点城市",
            RoleTier::Rest => "其他城市与小城镇",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            RoleTier::Core => "core cities",
            RoleTier::Node => "node cities",
            RoleTier::Rest => "other cities and towns",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_of_the_named_cities() {
        assert_eq!(RoleTier::of_prefecture(510100), RoleTier::Core);
        assert_eq!(RoleTier::of_prefecture(500000), RoleTier::Core);
        assert_eq!(RoleTier::of_prefecture(510700), RoleTier::Node);
        assert_eq!(RoleTier::of_prefecture(520300), RoleTier::Node);
        assert_eq!(RoleTier::of_prefecture(511900), RoleTier::Rest);
    }
}
