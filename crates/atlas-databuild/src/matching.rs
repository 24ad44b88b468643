//! Linking the 2010 county yearbook's units (2010 codes and names) to the
//! 2020 county units, through code changes, renamings, mergers and splits.
//!
//! Links come from four rules: the same code; the same name stem within the
//! (crosswalked) prefecture; a unique exact stem within the province (for
//! units that moved between prefectures, such as 简阳); and the county
//! renamings recorded in the FIERsity crosswalk's event notes. Linked units
//! form connected groups; only a group of exactly one 2010 and one 2020 unit
//! is a match. Every other group (merger, split), every 2010 unit without a
//! link and every 2020 unit without one is reported and has "no comparable
//! 2010 figure" in the app: nothing is apportioned or guessed.

use crate::crosswalk::CountyEvent;
use atlas_core::dataset::MatchRule;
use std::collections::BTreeMap;

/// A county-level unit of the 2010 yearbook.
#[derive(Clone, Debug)]
pub struct Unit2010 {
    pub code: u32,
    pub name: String,
    /// Today's code of the prefecture it belonged to in 2010.
    pub prefecture: u32,
}

/// A county-level unit of 2020.
#[derive(Clone, Debug)]
pub struct Unit2020 {
    pub code: u32,
    pub name: String,
    pub prefecture: u32,
}

/// A connected group of linked units that is not one-to-one.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub units_2010: Vec<usize>,
    pub units_2020: Vec<u32>,
}

/// The outcome: one-to-one matches keyed by 2020 code, and the rest.
#[derive(Debug, Default)]
pub struct Matching {
    pub matches: BTreeMap<u32, (usize, MatchRule)>,
    pub groups: Vec<Group>,
    pub unmatched_2010: Vec<usize>,
    pub new_2020: Vec<u32>,
}

/// The leiii 2010 workbook sometimes writes 巿 (U+5DFF) for 市 (U+5E02).
pub fn normalise_name(name: &str) -> String {
    name.trim().replace('巿', "市")
}

/// A name without its administrative type: 达县 -> 达, 盘州市 -> 盘州.
pub fn stem(name: &str) -> &str {
    for suffix in ["自治县", "特区", "县", "市", "区"] {
        if let Some(s) = name.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            return s;
        }
    }
    name
}

/// Same stem, or one stem extends the other (开县 -> 开州区, 郫县 -> 郫都区).
fn stems_compatible(a: &str, b: &str) -> bool {
    let (a, b) = (stem(a), stem(b));
    a == b || a.starts_with(b) || b.starts_with(a)
}

/// Development zones (unofficial codes XXYY7Z) were carved out of existing
/// units and have no 2010 counterpart of their own.
pub fn is_development_zone(code: u32) -> bool {
    (code / 10) % 10 == 7
}

enum Node {
    Old(usize),
    New(usize),
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, i: usize) -> usize {
        let mut root = i;
        while self.0[root] != root {
            root = self.0[root];
        }
        self.0[i] = root;
        root
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Links 2010 units to 2020 units.
pub fn match_units(old: &[Unit2010], new: &[Unit2020], events: &[CountyEvent]) -> Matching {
    let mut links = code_and_name_links(old, new);
    add_crosswalk_links(&mut links, old, new, events);
    let components = linked_components(&links, old.len(), new.len());
    let mut result = Matching::default();
    for nodes in components.values() {
        let olds: Vec<usize> = nodes
            .iter()
            .filter_map(|x| if let Node::Old(o) = x { Some(*o) } else { None })
            .collect();
        let news: Vec<usize> = nodes
            .iter()
            .filter_map(|x| if let Node::New(n) = x { Some(*n) } else { None })
            .collect();
        match (&olds[..], &news[..]) {
            ([o], [n]) => {
                result.matches.insert(new[*n].code, (*o, links[&(*o, *n)]));
            }
            ([o], []) => result.unmatched_2010.push(*o),
            ([], [n]) => result.new_2020.push(new[*n].code),
            _ => result.groups.push(Group {
                units_2010: olds,
                units_2020: news.iter().map(|n| new[*n].code).collect(),
            }),
        }
    }
    result
}

/// Links by code, and by name stem (in the same prefecture, else with the
/// same stem in the same province) where the code is missing or renamed:
/// `links[(old, new)] = rule`, by index.
fn code_and_name_links(old: &[Unit2010], new: &[Unit2020]) -> BTreeMap<(usize, usize), MatchRule> {
    let new_index: BTreeMap<u32, usize> =
        new.iter().enumerate().map(|(i, u)| (u.code, i)).collect();
    let candidates = |pred: &dyn Fn(&Unit2020) -> bool| -> Vec<usize> {
        new.iter()
            .enumerate()
            .filter(|(_, u)| !is_development_zone(u.code) && pred(u))
            .map(|(i, _)| i)
            .collect()
    };
    let mut links: BTreeMap<(usize, usize), MatchRule> = BTreeMap::new();
    for (o, unit) in old.iter().enumerate() {
        let by_code = new_index.get(&unit.code).copied();
        if let Some(n) = by_code {
            let rule = if stems_compatible(&unit.name, &new[n].name) {
                MatchRule::Code
            } else {
                MatchRule::CodeRenamed
            };
            links.insert((o, n), rule);
            if rule == MatchRule::Code {
                continue;
            }
        }
        let mut found = candidates(&|u: &Unit2020| {
            u.prefecture == unit.prefecture && stems_compatible(&unit.name, &u.name)
        });
        if found.is_empty() {
            let province = unit.code / 10_000;
            found = candidates(&|u: &Unit2020| {
                u.code / 10_000 == province && stem(&u.name) == stem(&unit.name)
            });
        }
        if let [n] = found[..] {
            links.entry((o, n)).or_insert(MatchRule::Name);
        }
    }
    links
}

/// Adds the renamings the crosswalk's event notes record (they override a
/// link by code or name between the same units).
fn add_crosswalk_links(
    links: &mut BTreeMap<(usize, usize), MatchRule>,
    old: &[Unit2010],
    new: &[Unit2020],
    events: &[CountyEvent],
) {
    for event in events {
        let sources = old
            .iter()
            .enumerate()
            .filter(|(_, u)| u.prefecture == event.prefecture && u.name == event.from);
        for (o, _) in sources {
            for target in &event.to {
                for (n, _) in new
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| u.prefecture == event.prefecture && &u.name == target)
                {
                    links.insert((o, n), MatchRule::CrosswalkEvent);
                }
            }
        }
    }
}

/// The connected groups of the links, over 2010 nodes 0..old_count and
/// 2020 nodes after them, keyed by their root.
fn linked_components(
    links: &BTreeMap<(usize, usize), MatchRule>,
    old_count: usize,
    new_count: usize,
) -> BTreeMap<usize, Vec<Node>> {
    let mut uf = UnionFind((0..old_count + new_count).collect());
    for &(o, n) in links.keys() {
        uf.union(o, old_count + n);
    }
    let mut components: BTreeMap<usize, Vec<Node>> = BTreeMap::new();
    for o in 0..old_count {
        components.entry(uf.find(o)).or_default().push(Node::Old(o));
    }
    for n in 0..new_count {
        components
            .entry(uf.find(old_count + n))
            .or_default()
            .push(Node::New(n));
    }
    components
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old(code: u32, name: &str, prefecture: u32) -> Unit2010 {
        Unit2010 {
            code,
            name: name.into(),
            prefecture,
        }
    }
    fn new(code: u32, name: &str, prefecture: u32) -> Unit2020 {
        Unit2020 {
            code,
            name: name.into(),
            prefecture,
        }
    }

    #[test]
    fn code_name_event_merger_and_split() {
        let olds = [
            old(500101, "万州区", 500000),
            old(500222, "綦江县", 500000),
            old(500110, "万盛区", 500000),
            old(510124, "郫县", 510100),
            old(522401, "毕节市", 520500),
            old(522201, "铜仁市", 520600),
            old(522230, "万山特区", 520600),
            old(512081, "简阳市", 512000),
        ];
        let news = [
            new(500101, "万州区", 500000),
            new(500110, "綦江区", 500000),
            new(510117, "郫都区", 510100),
            new(520502, "七星关区", 520500),
            new(520602, "碧江区", 520600),
            new(520603, "万山区", 520600),
            new(510185, "简阳市", 510100),
            new(511971, "巴中经济开发区", 511900),
        ];
        let events = [
            CountyEvent {
                prefecture: 520500,
                from: "毕节市".into(),
                to: vec!["七星关区".into()],
            },
            CountyEvent {
                prefecture: 520600,
                from: "铜仁市".into(),
                to: vec!["碧江区".into(), "万山区".into()],
            },
        ];
        let m = match_units(&olds, &news, &events);
        assert_eq!(m.matches[&500101], (0, MatchRule::Code));
        assert_eq!(m.matches[&510117], (3, MatchRule::Name));
        assert_eq!(m.matches[&520502], (4, MatchRule::CrosswalkEvent));
        assert_eq!(
            m.matches[&510185],
            (7, MatchRule::Name),
            "moved between prefectures"
        );
        assert_eq!(m.groups.len(), 2);
        assert!(
            m.groups.contains(&Group {
                units_2010: vec![1, 2],
                units_2020: vec![500110]
            }),
            "merger"
        );
        assert!(
            m.groups.contains(&Group {
                units_2010: vec![5, 6],
                units_2020: vec![520602, 520603]
            }),
            "split"
        );
        assert_eq!(m.new_2020, vec![511971]);
        assert!(m.unmatched_2010.is_empty());
    }

    #[test]
    fn stems_and_names() {
        assert_eq!(stem("达县"), "达");
        assert_eq!(stem("峨边彝族自治县"), "峨边彝族");
        assert_eq!(normalise_name("  安宁巿"), "安宁市");
        assert!(stems_compatible("开县", "开州区"));
        assert!(!stems_compatible("宜宾县", "叙州区"));
        assert!(is_development_zone(540171) && !is_development_zone(540102));
    }
}
