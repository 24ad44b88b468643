//! The sources the bundle is built from: where each came from, its licence
//! and the citation its authors ask for. Mirrors `data/sources/PROVENANCE.md`.

use atlas_core::bundle::SourceRef;

pub const LEIII_CITY_CSV: &str = "leiii_census/sw_census_city_2010_2020.csv";
pub const LEIII_CITY_GEOJSON: &str = "leiii_census/sw_census_city_boundaries_from_wkt.geojson";
pub const LEIII_COUNTY_2010: &str = "leiii_census/census_county_2010_v1.xlsx";
pub const LEIII_COUNTY_2020: &str = "leiii_census/census_county_2020_v1.xlsx";
pub const TUDIGONG_TOPOJSON: &str = "tudigong/counties-geo.topojson";
pub const TUDIGONG_POPULATION: &str = "tudigong/sw_population.csv";
pub const TUDIGONG_GHSL: &str = "tudigong/ghsl.csv";
pub const FIERSITY_ENTITIES: &str = "fiersity_crosswalk/sw_entities.csv";
pub const FIERSITY_NAMES: &str = "fiersity_crosswalk/sw_entity_names.csv";
pub const FIERSITY_EVENTS: &str = "fiersity_crosswalk/sw_events_2000_2026.csv";
pub const REPORTED_POPULATION: &str = "reported/reported_population.csv";
pub const REPORTED_ENGLISH_NAMES: &str = "reported/english_names.csv";
pub const FIRM_2015: &str = "quanturban_firm/firm_yearbook__commit24c77dc.csv";
pub const FIRM_2015_HEAD: &str = "quanturban_firm/yearbook_light.csv";
pub const CITY_SERIES: &str = "jcdasheng_city_sustainability/sw_cities_2004_2012.csv";

pub fn all() -> Vec<SourceRef> {
    vec![
        SourceRef {
            id: "leiii_census".into(),
            title: "China Census 2010-2020: prefecture file (2010 re-based to 2020 boundaries) and the 6th and 7th census county yearbooks".into(),
            repository: "https://github.com/leiii/census".into(),
            commit: "0ba0f1efae092f4aa6569ef38e53b3bb4d2f0087".into(),
            paths: vec![
                "data/census/census_city_2010-2020_v1.csv".into(),
                "data/census/census_county_2010_v1.xlsx".into(),
                "data/census/census_county_2020_v1.xlsx".into(),
            ],
            licence: "MIT (© 2022 Lei Dong)".into(),
            citation: "Lei Dong, Rui Du, Yu Liu. Mapping Evolving Population Geography in China. Working paper, 2022. SSRN 4049338.".into(),
        },
        SourceRef {
            id: "tudigong".into(),
            title: "Tudigong: China county-level map with 2020 census and GHSL data (county list, boundaries, English county names, degree of urbanisation)".into(),
            repository: "https://github.com/thebamboogrove/tudigong".into(),
            commit: "4db2f145527695bab2b72d1cce02d30924b6ac95".into(),
            paths: vec![
                "src/boundaries/counties-geo.topojson".into(),
                "input/population.csv".into(),
                "input/ghsl.csv".into(),
            ],
            licence: "MIT (© 2025, repository thebamboogrove/tudigong)".into(),
            citation: "National Bureau of Statistics of China. Tabulation on the 2020 China Population Census by County. China Statistics Press, 2022. ISBN 978-7-5037-9772-9; GHSL: Schiavina et al., GHS-SMOD and GHS-POP R2023A, European Commission JRC, 2023; boundaries after Rui C. et al., CTAmap (2025).".into(),
        },
        SourceRef {
            id: "fiersity_crosswalk".into(),
            title: "China Prefecture Crosswalk: prefecture names, codes and change events 2000-2026".into(),
            repository: "https://github.com/FIERsity/china-prefecture-crosswalk".into(),
            commit: "753a015800c66a5dc586369722f05ddf17ae943c".into(),
            paths: vec![
                "data/processed/entities.csv".into(),
                "data/processed/entity_names.csv".into(),
                "data/processed/events_2000_2026.csv".into(),
            ],
            licence: "CC BY 4.0 (data/processed); rows filtered to Southwest China".into(),
            citation: "FIERsity, China Prefecture Crosswalk (china-prefecture-crosswalk), GitHub, 2026.".into(),
        },
        SourceRef {
            id: "reported".into(),
            title: "Year-end resident population 2021-2024 reported in statistical bulletins, and official English names, transcribed from public pages with their quotes".into(),
            repository: "data/sources/reported (transcribed 2026-12-01)".into(),
            commit: "-".into(),
            paths: vec!["reported_population.csv".into(), "english_names.csv".into()],
            licence: "facts quoted with their source; every row names its page".into(),
            citation: "Statistical bulletins (统计公报) of the provinces and prefectures, as quoted by the page named in each row.".into(),
        },
        SourceRef {
            id: "quanturban_firm".into(),
            title: "Economic cross-section 2015 of 279 Chinese cities: GDP, local general public budget revenue, night-time light sum, establishments by sector".into(),
            repository: "https://github.com/quanturban/firm".into(),
            commit: "67218beaadc916cb26ca968481c91ebd55e6cbd6".into(),
            paths: vec!["yearbook_light.csv (and its version at commit 24c77dc4 with the sector counts)".into()],
            licence: "MIT (© 2020 QuantUrban)".into(),
            citation: "Dong L., Yuan X., Li M., Ratti C., Liu Y. A gridded establishment dataset as a proxy for economic activity in China. Scientific Data 8, 5 (2021). doi:10.1038/s41597-020-00792-9".into(),
        },
        SourceRef {
            id: "jcdasheng_city_sustainability".into(),
            title: "City statistics 2004-2012 (GDP, tertiary share, fiscal revenue as a share of GDP) for 31 cities of the region".into(),
            repository: "https://github.com/jcdasheng/China_City_sustainability".into(),
            commit: "137b9d2666859e800ba75f9a6513230e7686202c".into(),
            paths: vec!["1999-2018 Cities data.xlsx".into()],
            licence: "MIT (© 2022 JC zhang)".into(),
            citation: "JC zhang, China_City_sustainability, GitHub, 2022 (data from the China city statistical yearbooks).".into(),
        },
    ]
}
