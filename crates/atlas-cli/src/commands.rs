//! The commands: each returns the text to print or a one-line error.

use crate::args::{Command, USAGE};
use crate::{lookup, output, record};
use atlas_core::measures::{compute, methods, LevelMeasures, WeightChoice};
use atlas_core::{Bundle, Level};

/// Runs `command` on the bundle text.
pub fn run(command: &Command, bundle_json: &str) -> Result<String, String> {
    if *command == Command::Help {
        return Ok(USAGE.to_string());
    }
    let bundle = Bundle::from_json(bundle_json).map_err(|e| e.to_string())?;
    match command {
        Command::Unit { query, json, weights } => unit(&bundle, query, *json, weights),
        Command::List { level, csv, weights } => list(&bundle, *level, *csv, weights),
        Command::Methods { langs, weights } => {
            let prefectures = measures(&bundle, Level::Prefecture, weights)?;
            let counties = measures(&bundle, Level::County, weights)?;
            let texts: Vec<String> =
                langs.iter().map(|lang| methods::text(*lang, &[&prefectures, &counties])).collect();
            Ok(texts.join("\n"))
        }
        Command::Help => unreachable!("handled above"),
    }
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
    let m = level_measures.unit(unit.code).expect("every unit of the level is measured");
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
    Ok(if csv { output::csv(&records) } else { output::json_lines(&records) })
}
