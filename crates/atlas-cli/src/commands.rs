//! The commands: each returns the text to print or a one-line error.

use crate::args::{Command, USAGE};
use crate::{lookup, output, record};
use atlas_core::measures::{compute, methods, LevelMeasures, WeightChoice};
use atlas_core::model::report::{project_rows, scenario_list};
use atlas_core::model::PreparedData;
use atlas_core::{Bundle, Cohorts, Level};

/// The texts of the app's data files.
pub struct Files {
    pub atlas: &'static str,
    pub details: &'static str,
    pub cohorts: &'static str,
}

/// Runs `command` on the data files.
pub fn run(command: &Command, files: &Files) -> Result<String, String> {
    match command {
        Command::Help => return Ok(USAGE.to_string()),
        Command::Scenarios { json } => return scenarios(*json),
        _ => {}
    }
    let bundle = Bundle::from_files(files.atlas, files.details).map_err(|e| e.to_string())?;
    match command {
        Command::Project {
            query,
            preset,
            json,
        } => {
            let cohorts = Cohorts::from_json(files.cohorts).map_err(|e| e.to_string())?;
            let prepared = PreparedData::new(&bundle, &cohorts);
            let report = project_rows(&prepared, query, *preset).map_err(|e| e.to_string())?;
            if *json {
                serde_json::to_string_pretty(&report)
                    .map(|t| t + "\n")
                    .map_err(|e| e.to_string())
            } else {
                Ok(report.to_text())
            }
        }
        Command::Unit {
            query,
            json,
            weights,
        } => unit(&bundle, query, *json, weights),
        Command::List {
            level,
            csv,
            weights,
        } => list(&bundle, *level, *csv, weights),
        Command::Methods { langs, weights } => {
            let prefectures = measures(&bundle, Level::Prefecture, weights)?;
            let counties = measures(&bundle, Level::County, weights)?;
            let texts: Vec<String> = langs
                .iter()
                .map(|lang| methods::text(*lang, &[&prefectures, &counties]))
                .collect();
            Ok(texts.join("\n"))
        }
        Command::Help | Command::Scenarios { .. } => unreachable!("handled above"),
    }
}

/// `atlas scenarios`: the presets and their levers.
fn scenarios(json: bool) -> Result<String, String> {
    let list = scenario_list();
    if json {
        return serde_json::to_string_pretty(&list)
            .map(|t| t + "\n")
            .map_err(|e| e.to_string());
    }
    let mut out = String::new();
    for s in &list {
        out.push_str(&format!(
            "{} - {} / {} (paper {})\n  {}\n",
            s.key, s.name_zh, s.name_en, s.section, s.description_en
        ));
        for l in &s.levers {
            out.push_str(&format!(
                "  {}\n",
                serde_json::to_string(l).map_err(|e| e.to_string())?
            ));
        }
    }
    Ok(out)
}

fn measures(
    bundle: &Bundle,
    level: Level,
    weights: &WeightChoice,
) -> Result<LevelMeasures, String> {
    compute(bundle, level, weights).map_err(|e| e.to_string())
}

fn unit(
    bundle: &Bundle,
    query: &str,
    json: bool,
    weights: &WeightChoice,
) -> Result<String, String> {
    let unit = lookup::find(bundle, query)?;
    let level_measures = measures(bundle, unit.level, weights)?;
    let m = level_measures
        .unit(unit.code)
        .expect("every unit of the level is measured");
    Ok(if json {
        record::unit_record(bundle, unit, m).to_json_pretty(0) + "\n"
    } else {
        output::unit_text(bundle, unit, m)
    })
}

fn list(
    bundle: &Bundle,
    level: Level,
    csv: bool,
    weights: &WeightChoice,
) -> Result<String, String> {
    let records = record::level_records(bundle, &measures(bundle, level, weights)?);
    Ok(if csv {
        output::csv(&records)
    } else {
        output::json_lines(&records)
    })
}
