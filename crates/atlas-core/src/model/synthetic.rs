//! A tiny synthetic region for tests: three prefectures (a growing core, a
//! node, a shrinking rest) and five counties, one without a 2010 table and
//! one without a 2020 table. The numbers are made up and easy to follow.

use crate::bundle::{Bundle, Cohorts, MapGeometry, UnitCohorts, BUNDLE_VERSION};
use crate::dataset::{
    AgeSex, Census, Level, OccupationShares, Province, SectorShares, Unit, AGE_GROUPS,
};

/// 2010 table: `size` persons in group 0, four per cent fewer each group up.
pub(crate) fn table_2010(size: f64) -> AgeSex {
    let g = |i: usize| (size * (1.0 - 0.04 * i as f64)).round() as u64;
    AgeSex {
        male: std::array::from_fn(g),
        female: std::array::from_fn(g),
    }
}

/// 2020 table from 2010: each cohort moves up two groups at survival x
/// `migration` for ages 20-44 in 2020; children 0-9 from a fixed ratio to
/// women 15-49.
pub(crate) fn table_2020(earlier: &AgeSex, migration: f64) -> AgeSex {
    let step = |p: &[u64; AGE_GROUPS]| -> [u64; AGE_GROUPS] {
        let mut out = [0u64; AGE_GROUPS];
        for g in 2..AGE_GROUPS {
            let survival = if g >= 12 {
                0.99 - 0.03 * (g - 11) as f64
            } else {
                0.99
            };
            let fed = if g == AGE_GROUPS - 1 {
                p[15] + p[16] + p[17]
            } else {
                p[g - 2]
            } as f64;
            let mig = if (4..9).contains(&g) { migration } else { 1.0 };
            out[g] = (fed * survival * mig).round() as u64;
        }
        out
    };
    let (mut male, mut female) = (step(&earlier.male), step(&earlier.female));
    let women: u64 = female[3..10].iter().sum();
    for g in 0..2 {
        let kids = women as f64 * if g == 0 { 0.12 } else { 0.14 };
        male[g] = (kids * 0.52).round() as u64;
        female[g] = (kids * 0.48).round() as u64;
    }
    AgeSex { male, female }
}

fn census(pop: Option<&AgeSex>, employment_rate: f64, manufacturing: f64) -> Census {
    Census {
        pop: pop.map(|p| p.total()),
        employment_rate: Some(employment_rate),
        sectors: Some(SectorShares {
            agriculture: 30.0,
            mining: 2.0,
            manufacturing,
            construction_utilities: 10.0,
            trade_transport_hospitality: 20.0,
            knowledge_services: 5.0,
            public_other_services: 33.0 - manufacturing,
        }),
        occupations: Some(OccupationShares {
            heads_of_organisations: 2.0,
            professionals: 9.0,
            clerical: 5.0,
            services: 30.0,
            agriculture: 30.0,
            production: 23.0,
            other: 1.0,
        }),
        floor_area_per_person: Some(40.0),
        ..Default::default()
    }
}

/// (code, parent, size, migration 20-44, has 2010, has 2020)
const UNITS: [(u32, Option<u32>, f64, f64, bool, bool); 8] = [
    (510100, None, 90_000.0, 1.3, true, true),
    (510700, None, 40_000.0, 1.0, true, true),
    (511900, None, 30_000.0, 0.6, true, true),
    (510104, Some(510100), 50_000.0, 1.4, true, true),
    (510703, Some(510700), 20_000.0, 1.0, true, true),
    (511902, Some(511900), 12_000.0, 0.55, true, true),
    (511903, Some(511900), 10_000.0, 0.6, false, true),
    (511971, Some(511900), 300.0, 1.0, false, false),
];

/// The synthetic bundle and cohorts.
pub(crate) fn region() -> (Bundle, Cohorts) {
    let mut units = Vec::new();
    let mut cohorts = Vec::new();
    for (code, parent, size, migration, has_2010, has_2020) in UNITS {
        let t2010 = table_2010(size);
        let t2020 = table_2020(&t2010, migration);
        let level = if parent.is_some() {
            Level::County
        } else {
            Level::Prefecture
        };
        let manufacturing = if code == 510700 || code == 510703 {
            18.0
        } else {
            10.0
        };
        units.push(Unit {
            code,
            name_zh: format!("单元{code}"),
            name_en: format!("Unit {code}"),
            also_known_as: Vec::new(),
            level,
            province: 510000,
            parent,
            area_km2: Some(100.0),
            ghsl: None,
            y2010: has_2010.then(|| census(Some(&t2010), 70.0, manufacturing)),
            y2020: if has_2020 {
                census(Some(&t2020), 60.0, manufacturing)
            } else {
                Census {
                    pop: Some(300),
                    ..Default::default()
                }
            },
            comparability: None,
            boundary_caveat: false,
            economy: None,
        });
        cohorts.push(UnitCohorts {
            code,
            level,
            y2010: has_2010.then(|| t2010.clone()),
            y2020: has_2020.then(|| t2020.clone()),
        });
    }
    units.sort_by_key(|u| (u.level, u.code));
    cohorts.sort_by_key(|u| (u.level, u.code));
    let national_2010 = table_2010(10_000_000.0);
    let national_2020 = table_2020(&national_2010, 1.0);
    let bundle = Bundle {
        version: BUNDLE_VERSION,
        sources: Vec::new(),
        provinces: vec![Province {
            code: 510000,
            name_zh: "四川省".into(),
            name_en: "Sichuan".into(),
        }],
        units,
        map: MapGeometry {
            view_box: [0.0, 0.0, 1.0, 1.0],
            units_per_km: 1.0,
            prefectures: Vec::new(),
            provinces: Vec::new(),
        },
    };
    (
        bundle,
        Cohorts {
            version: BUNDLE_VERSION,
            national_2010,
            national_2020,
            units: cohorts,
            reported: Vec::new(),
        },
    )
}
