//! The commands: each returns the text to print or a one-line error.

use crate::args::{Command, USAGE};
use crate::{lookup, output, record};
use atlas_core::catalogue::{table, Indicator};
use atlas_core::measures::{compute, methods, LevelMeasures, WeightChoice};
use atlas_core::model::backtest::{backtest, Backtest, BacktestRow, Scores};
use atlas_core::model::calibration::Calibration;
use atlas_core::model::report::{
    backtest_text, find_unit, project_report, scenario_list, sensitivity_text,
};
use atlas_core::model::sensitivity::sensitivity;
use atlas_core::model::{Assumptions, LeverSetting, Output, PreparedData, Preset};
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Cohorts, Lang, Level, Unit};
use serde::Serialize;

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
            levers,
            bands,
            json,
        } => project(
            &prepare(&bundle, files)?,
            query,
            *preset,
            levers,
            *bands,
            *json,
        ),
        Command::Backtest { json } => backtest_output(&bundle, &prepare(&bundle, files)?, *json),
        Command::Sensitivity {
            query,
            levers,
            output,
            year,
            json,
        } => sensitivity_output(
            &prepare(&bundle, files)?,
            query,
            levers,
            *output,
            *year,
            *json,
        ),
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
        Command::Relate {
            x,
            y,
            level,
            year,
            json,
            csv,
        } => relate(&bundle, *x, *y, *level, *year, *json, *csv),
        Command::Methods { langs, weights } => methods_text(&bundle, langs, weights),
        Command::Help | Command::Scenarios { .. } => unreachable!("handled above"),
    }
}

/// `atlas project`: one unit's projection under a preset and levers.
fn project(
    prepared: &PreparedData,
    query: &str,
    preset: Preset,
    levers: &[LeverSetting],
    bands: bool,
    json: bool,
) -> Result<String, String> {
    let scenario = if *levers == preset.settings() {
        preset.key()
    } else {
        "custom"
    };
    let report =
        project_report(prepared, query, scenario, levers, bands).map_err(|e| e.to_string())?;
    if json {
        to_json(&report)
    } else {
        Ok(report.to_text())
    }
}

/// `atlas backtest`: the baseline against the reported figures.
fn backtest_output(bundle: &Bundle, prepared: &PreparedData, json: bool) -> Result<String, String> {
    let bt = backtest(prepared, bundle);
    if json {
        to_json(&backtest_json(&bt, prepared).map_err(|e| e.to_string())?)
    } else {
        Ok(backtest_text(&bt))
    }
}

/// `atlas sensitivity`: each assumption's swing of one output of one unit.
fn sensitivity_output(
    prepared: &PreparedData,
    query: &str,
    levers: &[LeverSetting],
    output: Output,
    year: u32,
    json: bool,
) -> Result<String, String> {
    let unit = find_unit(prepared, query).map_err(|e| e.to_string())?;
    let name = format!("{} ({})", unit.name_zh, unit.name_en);
    let s = sensitivity(
        prepared,
        unit.code,
        levers,
        &Assumptions::central(),
        output,
        year,
    )
    .ok_or_else(|| format!("unit {} is not projected", unit.code))?;
    if json {
        to_json(&s)
    } else {
        Ok(sensitivity_text(&s, &name))
    }
}

/// `atlas methods`: the methods text in each language asked for.
fn methods_text(bundle: &Bundle, langs: &[Lang], weights: &WeightChoice) -> Result<String, String> {
    let prefectures = measures(bundle, Level::Prefecture, weights)?;
    let counties = measures(bundle, Level::County, weights)?;
    let texts: Vec<String> = langs
        .iter()
        .map(|lang| methods::text(*lang, &[&prefectures, &counties]))
        .collect();
    Ok(texts.join("\n"))
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
        to_json(&record::unit_record(bundle, unit, m))?
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
    let measured = measures(bundle, level, weights)?;
    if csv {
        let mut units: Vec<&Unit> = bundle.units_at(level).collect();
        units.sort_by_key(|u| u.code);
        let (head, rows) = table::rows(&units, &[Year::Y2010, Year::Y2020], &|_| Some(&measured));
        return Ok(table::to_csv(&head, &rows));
    }
    output::json_lines(&record::level_records(bundle, &measured)).map_err(|e| e.to_string())
}

/// `atlas relate`: n, r and the line of two indicators, or the points.
fn relate(
    bundle: &Bundle,
    x: Option<&'static Indicator>,
    y: Option<&'static Indicator>,
    level: Level,
    year: Year,
    json: bool,
    csv: bool,
) -> Result<String, String> {
    let (x, y) = atlas_core::relate::axes(x, y);
    let measured = measures(bundle, level, &WeightChoice::entropy())?;
    let mut units: Vec<&Unit> = bundle.units_at(level).collect();
    units.sort_by_key(|u| u.code);
    let r = atlas_core::relate::relate(&units, x, y, year, Some(&measured));
    if csv {
        let (head, rows) = atlas_core::relate::csv_rows(&r, &units, x, y, year);
        return Ok(table::to_csv(&head, &rows));
    }
    let fit = r.fit;
    if json {
        return to_json(&serde_json::json!({
            "x": x.key, "y": y.key, "level": level.key(), "year": year.key(),
            "n": r.points.len(), "missing": r.missing,
            "log_x": r.log_x, "log_y": r.log_y,
            "r": fit.map(|f| f.r), "slope": fit.map(|f| f.slope),
            "intercept": fit.map(|f| f.intercept),
        }));
    }
    let log = |l: bool| if l { "log10" } else { "linear" };
    let mut out = format!(
        "x: {} ({}, {})\ny: {} ({}, {})\nn: {}\nmissing: {}\n",
        x.key,
        x.name_en,
        log(r.log_x),
        y.key,
        y.name_en,
        log(r.log_y),
        r.points.len(),
        r.missing
    );
    match fit {
        Some(f) => out.push_str(&format!(
            "r: {:.4}\nline: y = {:.6} + {:.6} x\n",
            f.r, f.intercept, f.slope
        )),
        None => out.push_str("r: none (fewer than 3 points or no spread)\n"),
    }
    Ok(out)
}

fn prepare(bundle: &Bundle, files: &Files) -> Result<PreparedData, String> {
    let cohorts = Cohorts::from_json(files.cohorts).map_err(|e| e.to_string())?;
    Ok(PreparedData::new(bundle, &cohorts))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|t| t + "\n")
        .map_err(|e| e.to_string())
}

/// The back-test with each row's errors and band verdict spelled out, and
/// the fitted levels, for scripts.
#[derive(Serialize)]
struct BacktestJson<'a> {
    rows: Vec<BacktestRowJson<'a>>,
    fitted: &'a Scores,
    held_out: &'a Scores,
    calibration: &'a Calibration,
}

#[derive(Serialize)]
struct BacktestRowJson<'a> {
    #[serde(flatten)]
    row: &'a BacktestRow,
    error_pct: f64,
    no_change_error_pct: f64,
    trend_error_pct: f64,
    in_band: bool,
}

/// The JSON of `atlas backtest --json`. Through a [`serde_json::Value`], whose
/// keys are sorted at every level, as this output has always had them.
fn backtest_json(bt: &Backtest, prepared: &PreparedData) -> serde_json::Result<serde_json::Value> {
    let rows = bt
        .rows
        .iter()
        .map(|row| BacktestRowJson {
            row,
            error_pct: row.error_pct(),
            no_change_error_pct: row.no_change_error_pct(),
            trend_error_pct: row.trend_error_pct(),
            in_band: row.in_band(),
        })
        .collect();
    serde_json::to_value(BacktestJson {
        rows,
        fitted: &bt.fitted,
        held_out: &bt.held_out,
        calibration: &prepared.calibration,
    })
}
