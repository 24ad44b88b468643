//! # atlas-databuild
//!
//! Turns the committed source files (`data/sources/`) into the files the app
//! ships (`public/data/`) and the county-matching report
//! (`data/reports/county_matching.md`). Deterministic: the same sources give
//! the same bytes, and a test rebuilds everything and compares it with the
//! committed files.

pub mod census_city;
pub mod counties;
pub mod crosswalk;
pub mod economy;
pub mod economy_2015;
pub mod geo;
pub mod indicators;
pub mod matching;
pub mod names;
pub mod official_names;
pub mod report;
pub mod reported;
pub mod sources;
pub mod table;
pub mod tudigong;
pub mod yearbook;

use crate::sources as src;
use atlas_core::bundle::{
    Bundle, Cohorts, CountyShapes, MapGeometry, Shape, UnitCohorts, BUNDLE_VERSION,
};
use atlas_core::dataset::{AgeSex, Census, Comparability, Level, Province, Unit};
use atlas_core::economy::Economy;
use census_city::CityRow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use table::Table;
use yearbook::Year;

/// Where each output goes, relative to the repository root.
pub const BUNDLE_PATH: &str = "public/data/atlas.json";
pub const DETAILS_PATH: &str = "public/data/details.json";
pub const COHORTS_PATH: &str = "public/data/cohorts.json";
pub const COUNTY_SHAPES_PATH: &str = "public/data/counties-map.json";
pub const REPORT_PATH: &str = "data/reports/county_matching.md";

/// Province codes of the region (Chongqing, Sichuan, Guizhou, Yunnan, Tibet).
pub const REGION_PROVINCES: [u32; 5] = [500000, 510000, 520000, 530000, 540000];

/// Everything the build writes.
pub struct Output {
    /// The complete bundle (written split into `atlas.json` and `details.json`).
    pub bundle: Bundle,
    pub cohorts: Cohorts,
    pub county_shapes: CountyShapes,
    pub report: String,
}

impl Output {
    /// (path relative to the repository root, file content) of every output.
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let (core, details) = self.bundle.split_details();
        vec![
            (BUNDLE_PATH, core.to_json()),
            (DETAILS_PATH, details.to_json()),
            (COHORTS_PATH, self.cohorts.to_json()),
            (COUNTY_SHAPES_PATH, self.county_shapes.to_json()),
            (REPORT_PATH, self.report.clone()),
        ]
    }
}

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root exists")
}

fn read(sources: &Path, rel: &str) -> Result<String, String> {
    std::fs::read_to_string(sources.join(rel)).map_err(|e| format!("{rel}: {e}"))
}

fn csv_table(sources: &Path, rel: &str) -> Result<Table, String> {
    Table::from_csv(rel, &read(sources, rel)?)
}

/// The prefecture rows of a yearbook summed into national totals by age and sex.
fn national(book: &counties::Yearbook) -> Result<AgeSex, String> {
    if book.provinces.len() != 31 {
        return Err(format!(
            "expected 31 province rows, found {}",
            book.provinces.len()
        ));
    }
    let mut total = AgeSex::zero();
    for p in &book.provinces {
        total.add(
            p.counts
                .age_sex
                .as_ref()
                .ok_or(format!("province {} without age-sex counts", p.code))?,
        );
    }
    Ok(total)
}

/// The source files, read.
struct Inputs {
    city: Vec<CityRow>,
    book_2010: counties::Yearbook,
    book_2020: counties::Yearbook,
    crosswalk: crosswalk::Crosswalk,
    county_rows: Vec<tudigong::CountyRow>,
    ghsl: BTreeMap<u32, atlas_core::dataset::Ghsl>,
    topology: geo::topojson::Topology,
}

impl Inputs {
    fn read(sources: &Path) -> Result<Inputs, String> {
        let book =
            |rel: &str, year| counties::read_yearbook(&Table::from_xlsx(&sources.join(rel))?, year);
        Ok(Inputs {
            city: census_city::read(&csv_table(sources, src::LEIII_CITY_CSV)?)?,
            book_2010: book(src::LEIII_COUNTY_2010, Year::Y2010)?,
            book_2020: book(src::LEIII_COUNTY_2020, Year::Y2020)?,
            crosswalk: crosswalk::Crosswalk::read(
                &csv_table(sources, src::FIERSITY_ENTITIES)?,
                &csv_table(sources, src::FIERSITY_NAMES)?,
                &csv_table(sources, src::FIERSITY_EVENTS)?,
            )?,
            county_rows: tudigong::counties(&csv_table(sources, src::TUDIGONG_POPULATION)?)?,
            ghsl: tudigong::ghsl(&csv_table(sources, src::TUDIGONG_GHSL)?)?,
            topology: geo::topojson::Topology::parse(&read(sources, src::TUDIGONG_TOPOJSON)?)?,
        })
    }
}

/// The 2010 county units linked to the 2020 ones.
struct Linked<'a> {
    old: Vec<matching::Unit2010>,
    new: Vec<matching::Unit2020>,
    matching: matching::Matching,
    rows_2020: BTreeMap<u32, &'a counties::YearbookRow>,
    changed_prefectures: Vec<u32>,
}

impl<'a> Linked<'a> {
    fn new(input: &'a Inputs) -> Result<Linked<'a>, String> {
        let old = counties::units_2010(&input.book_2010, &input.crosswalk)?;
        let new = counties::units_2020(&input.county_rows);
        let matching = counties::link(&old, &new, &input.crosswalk);
        let rows_2020 = counties::join_2020(&new, &input.book_2020);
        let changed_prefectures = counties::prefectures_with_changes(&old, &matching);
        Ok(Linked {
            old,
            new,
            matching,
            rows_2020,
            changed_prefectures,
        })
    }
}

/// Builds every output from the source folder (`data/sources`).
pub fn build(sources: &Path) -> Result<Output, String> {
    let input = Inputs::read(sources)?;
    let geometry = region_geometry(&input)?;
    let linked = Linked::new(&input)?;
    let (mut units, mut cohorts) = county_units(&input, &linked, &geometry)?;
    let (prefectures, prefecture_cohorts, closure) = prefecture_units(&input, &linked, &geometry)?;
    units.extend(prefectures);
    cohorts.extend(prefecture_cohorts);
    units.sort_by_key(|u| (u.level, u.code));
    cohorts.sort_by_key(|u| (u.level, u.code));
    let official = official_names::read(&csv_table(sources, src::REPORTED_ENGLISH_NAMES)?)?;
    apply_official_names(&mut units, &official)?;
    attach_economy(sources, &input.crosswalk, &mut units)?;

    let provinces = provinces(&input.city)?;
    let known: std::collections::BTreeSet<u32> = provinces
        .iter()
        .map(|p| p.code)
        .chain(input.city.iter().map(|c| c.code))
        .collect();
    let reported = reported::read(&csv_table(sources, src::REPORTED_POPULATION)?, &known)?;
    let report = matching_report(&input, &linked, &closure);
    Ok(Output {
        bundle: Bundle {
            version: BUNDLE_VERSION,
            sources: src::all(),
            provinces,
            units,
            map: MapGeometry {
                view_box: geometry.view_box,
                units_per_km: geo::UNITS_PER_KM,
                prefectures: shapes(&geometry.prefectures),
                provinces: shapes(&geometry.provinces),
            },
        },
        cohorts: Cohorts {
            version: BUNDLE_VERSION,
            national_2010: national(&input.book_2010)?,
            national_2020: national(&input.book_2020)?,
            units: cohorts,
            reported,
        },
        county_shapes: CountyShapes {
            version: BUNDLE_VERSION,
            counties: shapes(&geometry.counties),
        },
        report,
    })
}

fn region_geometry(input: &Inputs) -> Result<geo::region::RegionGeometry, String> {
    let county_to_prefecture: BTreeMap<u32, u32> = input
        .county_rows
        .iter()
        .map(|r| (r.code, counties::prefecture_of(r.code)))
        .collect();
    let geometry = geo::region::build_region_geometry_from(
        &input.topology,
        &county_to_prefecture,
        geo::region::ARC_TOLERANCE,
    )?;
    if !geometry.missing.is_empty() {
        return Err(format!(
            "counties without a polygon: {:?}",
            geometry.missing
        ));
    }
    Ok(geometry)
}

/// The counties: 2020 from tudigong and the yearbook, 2010 from the linked
/// 2010 county.
fn county_units(
    input: &Inputs,
    linked: &Linked,
    geometry: &geo::region::RegionGeometry,
) -> Result<(Vec<Unit>, Vec<UnitCohorts>), String> {
    let english = county_english_names(&input.topology)?;
    let mut units = Vec::new();
    let mut cohorts = Vec::new();
    for (row, unit_2020) in input.county_rows.iter().zip(&linked.new) {
        let code = row.code;
        let counts_2020 = linked.rows_2020.get(&code).map(|r| &r.counts);
        let mut y2020 = counts_2020
            .map(|c| indicators::census(c, Year::Y2020))
            .unwrap_or_default();
        // tudigong is complete (518 units); the yearbook lacks one Lhasa zone.
        y2020.pop = Some(row.pop);
        y2020.sex_ratio = y2020.sex_ratio.or(row.sex_ratio);
        let matched = linked.matching.matches.get(&code);
        let counts_2010 = matched.map(|(o, _)| &input.book_2010.counties[*o].counts);
        let comparability = match matched {
            Some((o, rule)) => Comparability::Matched {
                code_2010: linked.old[*o].code,
                name_2010: linked.old[*o].name.clone(),
                how: *rule,
            },
            None => Comparability::NoComparable2010 {
                reason: counties::no_match_reason(code, &linked.matching, &linked.old),
            },
        };
        let name_en = match english.get(&code).filter(|n| !n.is_empty()) {
            Some(n) => n.clone(),
            None => names::english_name(&unit_2020.name)?,
        };
        units.push(Unit {
            code,
            name_zh: unit_2020.name.clone(),
            name_en,
            also_known_as: Vec::new(),
            level: Level::County,
            province: code / 10_000 * 10_000,
            parent: Some(unit_2020.prefecture),
            area_km2: geometry
                .county_area_km2
                .get(&code)
                .map(|a| indicators::round2(*a)),
            ghsl: input.ghsl.get(&code).cloned(),
            y2010: counts_2010.map(|c| indicators::census(c, Year::Y2010)),
            y2020,
            comparability: Some(comparability),
            boundary_caveat: matched.is_some()
                && linked.changed_prefectures.contains(&unit_2020.prefecture),
            economy: None,
        });
        cohorts.push(UnitCohorts {
            code,
            level: Level::County,
            y2010: counts_2010.and_then(|c| c.age_sex.clone()),
            y2020: counts_2020.and_then(|c| c.age_sex.clone()),
        });
    }
    Ok((units, cohorts))
}

/// 2010 prefecture population from the city file and from the counties
/// summed, for the closure check of the report.
type Closure = BTreeMap<u32, (u64, f64)>;

/// Prefectures: 2020 from the yearbook's prefecture rows, 2010 from the
/// 2010 counties summed by today's prefecture, population totals from the
/// city file (re-based by its authors).
fn prefecture_units(
    input: &Inputs,
    linked: &Linked,
    geometry: &geo::region::RegionGeometry,
) -> Result<(Vec<Unit>, Vec<UnitCohorts>, Closure), String> {
    let assigned = counties::prefecture_2020_of_2010(&linked.old, &linked.matching);
    let prefecture_2010 = counties::prefecture_counts_2010(
        &input.book_2010,
        &linked.old,
        &assigned,
        &input.crosswalk,
    )?;
    let mut county_sum_2010: BTreeMap<u32, f64> = BTreeMap::new();
    for (o, p) in assigned.iter().enumerate() {
        *county_sum_2010.entry(*p).or_default() +=
            input.book_2010.counties[o].counts.pop.unwrap_or(0.0);
    }
    let (mut units, mut cohorts, mut closure) = (Vec::new(), Vec::new(), Closure::new());
    for c in &input.city {
        let counts_2010 = prefecture_2010
            .get(&c.code)
            .map(|(counts, _)| counts.clone());
        let row_2020 = input
            .book_2020
            .prefectures
            .get(&c.code)
            .ok_or(format!("2020 yearbook has no row {}", c.code))?;
        if let (Some(c10), Some(sum)) = (&c.y2010, county_sum_2010.get(&c.code)) {
            closure.insert(c.code, (c10.pop, *sum));
        }
        let mut y2010 = counts_2010
            .as_ref()
            .map(|x| indicators::census(x, Year::Y2010));
        if let (Some(y), Some(c10)) = (y2010.as_mut(), &c.y2010) {
            override_totals(y, c10);
        }
        let mut y2020 = indicators::census(&row_2020.counts, Year::Y2020);
        override_totals(&mut y2020, &c.y2020);
        let county_ghsl: Vec<_> = linked
            .new
            .iter()
            .filter(|u| u.prefecture == c.code)
            .filter_map(|u| input.ghsl.get(&u.code))
            .collect();
        units.push(Unit {
            code: c.code,
            name_zh: c.name.clone(),
            name_en: names::english_name(&c.name)?,
            also_known_as: Vec::new(),
            level: Level::Prefecture,
            province: c.province,
            parent: None,
            area_km2: geometry
                .prefecture_area_km2
                .get(&c.code)
                .map(|a| indicators::round2(*a)),
            ghsl: tudigong::aggregate_ghsl(county_ghsl),
            y2010: if c.y2010.is_some() { y2010 } else { None },
            y2020,
            comparability: None,
            boundary_caveat: false,
            economy: None,
        });
        cohorts.push(UnitCohorts {
            code: c.code,
            level: Level::Prefecture,
            y2010: counts_2010.and_then(|x| x.age_sex),
            y2020: row_2020.counts.age_sex.clone(),
        });
    }
    Ok((units, cohorts, closure))
}

/// The official English names replace the romanised ones, which stay
/// findable as variants ("Aba Autonomous Prefecture", "Lasa").
fn apply_official_names(
    units: &mut [Unit],
    official: &BTreeMap<u32, official_names::OfficialName>,
) -> Result<(), String> {
    for (code, name) in official {
        let unit = units
            .iter_mut()
            .find(|u| u.level == Level::Prefecture && u.code == *code)
            .ok_or(format!("english names: no prefecture {code}"))?;
        let romanised = std::mem::replace(&mut unit.name_en, name.name.clone());
        unit.also_known_as = name.variants.clone();
        if !unit.also_known_as.contains(&romanised) && romanised != unit.name_en {
            unit.also_known_as.push(romanised);
        }
    }
    Ok(())
}

/// The economic figures of the prefectures the two sources cover.
fn attach_economy(
    sources: &Path,
    crosswalk: &crosswalk::Crosswalk,
    units: &mut [Unit],
) -> Result<(), String> {
    let names = crosswalk.names();
    let rows_2015 = economy::read_2015(&csv_table(sources, src::FIRM_2015)?, crosswalk, &names)?;
    economy::check_against_head(
        &rows_2015,
        &csv_table(sources, src::FIRM_2015_HEAD)?,
        crosswalk,
        &names,
    )?;
    let series = economy::read_series(&csv_table(sources, src::CITY_SERIES)?, crosswalk, &names)?;
    let y2015 = economy_2015::figures(&rows_2015, units)?;
    for unit in units.iter_mut().filter(|u| u.level == Level::Prefecture) {
        let figures = Economy {
            y2015: y2015.get(&unit.code).cloned(),
            series: series.get(&unit.code).cloned().unwrap_or_default(),
        };
        if figures.y2015.is_some() || !figures.series.is_empty() {
            unit.economy = Some(figures);
        }
    }
    if let Some(code) = series.keys().chain(rows_2015.keys()).find(|c| {
        !units
            .iter()
            .any(|u| u.code == **c && u.level == Level::Prefecture)
    }) {
        return Err(format!(
            "economy: matched {code}, not a prefecture of the bundle"
        ));
    }
    Ok(())
}

fn matching_report(input: &Inputs, linked: &Linked, closure: &Closure) -> String {
    let prefecture_names: BTreeMap<u32, String> = input
        .city
        .iter()
        .map(|c| (c.code, c.name.clone()))
        .collect();
    let pop_2010: Vec<Option<f64>> = input
        .book_2010
        .counties
        .iter()
        .map(|r| r.counts.pop)
        .collect();
    let pop_2020: BTreeMap<u32, u64> = input.county_rows.iter().map(|r| (r.code, r.pop)).collect();
    report::render(&report::ReportInput {
        old: &linked.old,
        new: &linked.new,
        matching: &linked.matching,
        pop_2010: &pop_2010,
        pop_2020: &pop_2020,
        closure,
        prefecture_names: &prefecture_names,
    })
}

/// The city file's population totals (and, where the counts give none, its
/// other figures) take precedence for prefectures: its authors re-based
/// 2010 to 2020 boundaries with information the yearbooks do not carry.
fn override_totals(y: &mut Census, c: &census_city::CityFigures) {
    y.pop = Some(c.pop);
    y.pop_urban = c.pop_urban.or(y.pop_urban);
    y.pop_rural = c.pop_rural.or(y.pop_rural);
    y.household_size = y.household_size.or(c.household_size);
    y.sex_ratio = y.sex_ratio.or(c.sex_ratio);
}

fn provinces(city: &[CityRow]) -> Result<Vec<Province>, String> {
    let mut by_code: BTreeMap<u32, String> = BTreeMap::new();
    for c in city {
        by_code.insert(c.province, c.province_name.clone());
    }
    by_code
        .into_iter()
        .map(|(code, name_zh)| {
            let stem = province_stem(&name_zh);
            let name_en = match CONVENTIONAL_PROVINCE_NAMES
                .iter()
                .find(|(zh, _)| *zh == stem)
            {
                Some((_, en)) => en.to_string(),
                None => names::english_name(&stem)?,
            };
            Ok(Province {
                code,
                name_en,
                name_zh,
            })
        })
        .collect()
}

/// Provinces whose English name is not their romanised one. The site calls
/// the region "Tibet" everywhere (its texts, the paper's English title of
/// the region list, the English names of its units' "Tibetan" prefectures),
/// so the romanised "Xizang" would be a second name for the same place.
const CONVENTIONAL_PROVINCE_NAMES: [(&str, &str); 1] = [("西藏", "Tibet")];

/// 西藏自治区 -> 西藏, 四川省 -> 四川 (then romanised).
fn province_stem(name: &str) -> String {
    ["自治区", "省", "市"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name)
        .to_string()
}

/// English county names from the topology (`ENG_NAME`, empty for
/// development zones).
fn county_english_names(
    topology: &geo::topojson::Topology,
) -> Result<BTreeMap<u32, String>, String> {
    let mut out = BTreeMap::new();
    for polygon in topology.polygons("county")? {
        let Some(code) = polygon.properties["CODE"].as_u64() else {
            continue;
        };
        if tudigong::in_region(code as u32) {
            out.insert(
                code as u32,
                polygon.properties["ENG_NAME"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
        }
    }
    Ok(out)
}

fn shapes(list: &[geo::region::GeoShape]) -> Vec<Shape> {
    list.iter()
        .map(|g| Shape {
            code: g.code,
            d: g.d.clone(),
            label: [g.label.0, g.label.1],
        })
        .collect()
}
