//! The sources the bundle is built from: where each came from, its licence
//! and the citation its authors ask for. Mirrors `data/sources/PROVENANCE.md`.

use atlas_core::bundle::SourceRef;

pub const LEIII_CITY_CSV: &str = "leiii_census/sw_census_city_2010_2020.csv";
pub const LEIII_CITY_GEOJSON: &str = "leiii_census/sw_census_city_boundaries_from_wkt.geojson";
pub const TUDIGONG_TOPOJSON: &str = "tudigong/counties-geo.topojson";

pub fn all() -> Vec<SourceRef> {
    vec![
        SourceRef {
            id: "leiii_census".into(),
            title: "China Census 2010-2020 (prefecture level, 2010 re-based to 2020 boundaries)".into(),
            repository: "https://github.com/leiii/census".into(),
            commit: "0ba0f1efae092f4aa6569ef38e53b3bb4d2f0087".into(),
            paths: vec!["data/census/census_city_2010-2020_v1.csv".into()],
            licence: "MIT (© 2022 Lei Dong)".into(),
            citation: "Lei Dong, Rui Du, Yu Liu. Mapping Evolving Population Geography in China. Working paper, 2022. SSRN 4049338.".into(),
        },
        SourceRef {
            id: "tudigong".into(),
            title: "Tudigong: China county-level map with 2020 census data (province outlines)".into(),
            repository: "https://github.com/thebamboogrove/tudigong".into(),
            commit: "4db2f145527695bab2b72d1cce02d30924b6ac95".into(),
            paths: vec!["src/boundaries/counties-geo.topojson".into()],
            licence: "MIT (© 2025, repository thebamboogrove/tudigong)".into(),
            citation: "National Bureau of Statistics of China. Tabulation on the 2020 China Population Census by County. China Statistics Press, 2022. ISBN 978-7-5037-9772-9; boundaries after Rui C. et al., CTAmap (2025).".into(),
        },
    ]
}
