//! The `atlas` binary as a user runs it: arguments in, text and exit code
//! out. Run from a temporary directory to show that the embedded bundle
//! makes the binary independent of the working directory.

use serde_json::Value;
use std::process::{Command, Output};

fn atlas(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the atlas binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn unit_json(query: &str) -> Value {
    serde_json::from_str(&stdout(&atlas(&["unit", query, "--json"]))).expect("unit --json is JSON")
}

/// Exit code 2 and exactly one line on stderr, which must mention `needle`.
fn assert_usage_error(args: &[&str], needle: &str) {
    let output = atlas(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(
        stderr.starts_with("atlas: ") && stderr.contains(needle),
        "{args:?}: {stderr}"
    );
    assert!(output.stdout.is_empty(), "{args:?}");
}

#[test]
fn unit_by_code_has_the_documented_fields() {
    let bazhong = unit_json("511900");
    for key in [
        "code",
        "name_zh",
        "name_en",
        "level",
        "province",
        "pop_2010",
        "pop_2020",
        "change_pct",
        "class",
        "age60_2020",
        "index",
        "ccd",
        "similar",
    ] {
        assert!(bazhong.get(key).is_some(), "missing {key}");
    }
    assert_eq!(bazhong["code"], 511900);
    assert_eq!(bazhong["name_zh"], "巴中市");
    assert_eq!(bazhong["name_en"], "Bazhong");
    assert_eq!(bazhong["level"], "prefecture");
    assert_eq!(bazhong["province"], 510000);
    assert_eq!(bazhong["class"], "severe");
    assert_eq!(
        format!("{:.1}", bazhong["change_pct"].as_f64().unwrap()),
        "-17.4"
    );
    for dim in ["population", "industry", "space", "composite"] {
        let v = bazhong["index"][dim]
            .as_f64()
            .unwrap_or_else(|| panic!("index.{dim}"));
        assert!((0.0..=1.0).contains(&v));
    }
    assert!((0.0..=1.0).contains(&bazhong["ccd"].as_f64().unwrap()));
    let similar = bazhong["similar"].as_array().unwrap();
    assert_eq!(similar.len(), 5);
    assert!(
        similar
            .iter()
            .all(|c| c.as_u64().is_some_and(|c| c % 100 == 0)),
        "prefectures"
    );
    assert_eq!(bazhong["counties"]["comparable"], 4);
}

#[test]
fn unit_by_name_with_and_without_suffix() {
    assert_eq!(unit_json("巴中市")["code"], 511900);
    assert_eq!(unit_json("巴中")["code"], 511900);
    assert_eq!(unit_json("内江")["code"], 511000);
    assert_eq!(unit_json("neijiang")["code"], 511000);
    assert_eq!(unit_json("叙州区")["code"], 511504);
}

#[test]
fn county_without_comparable_2010_has_null_pop_2010() {
    let xuzhou = unit_json("511504");
    assert_eq!(xuzhou["level"], "county");
    assert_eq!(xuzhou["pop_2010"], Value::Null);
    assert_eq!(xuzhou["change_pct"], Value::Null);
    assert_eq!(xuzhou["class"], Value::Null);
    assert!(xuzhou["pop_2020"].as_u64().unwrap() > 0);
    assert!(xuzhou["age60_2020"].as_f64().is_some());
    assert_eq!(xuzhou["index"]["composite"], Value::Null);
    assert_eq!(xuzhou["parent"], 511500);
}

#[test]
fn unit_plain_text_names_the_unit_and_its_indices() {
    let text = stdout(&atlas(&["unit", "巴中"]));
    assert!(text.starts_with("巴中市 Bazhong (511900)"), "{text}");
    for needle in [
        "-17.4%",
        "severe shrinkage",
        "composite",
        "similar places",
        "mining_2020",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
}

#[test]
fn list_csv_has_one_row_per_unit_sorted_by_code() {
    for (level, units) in [("prefecture", 54), ("county", 518)] {
        let csv = stdout(&atlas(&["list", "--level", level, "--csv"]));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), units + 1, "{level}: header + one row per unit");
        let header: Vec<&str> = lines[0].split(',').collect();
        // The web table's columns: one key per quantity, as in links.
        for column in [
            "code",
            "name_zh",
            "class",
            "pop_2010",
            "pop_change",
            "outflow_2010",
            "age60_2020",
            "composite",
            "ccd",
        ] {
            assert!(header.contains(&column), "{level}: no column {column}");
        }
        let codes: Vec<u32> = lines[1..]
            .iter()
            .map(|l| l.split(',').next().unwrap().parse().unwrap())
            .collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "{level}: sorted by code"
        );
        assert!(
            lines.iter().all(|l| l.split(',').count() == header.len()),
            "{level}: rectangular"
        );
    }
}

#[test]
fn list_json_lines_are_flat_objects() {
    let text = stdout(&atlas(&["list", "--level", "prefecture"]));
    let rows: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 54);
    let bazhong = rows.iter().find(|r| r["code"] == 511900).unwrap();
    assert!(bazhong["index_composite"].as_f64().is_some());
    assert!(rows
        .iter()
        .all(|r| r.as_object().unwrap().values().all(|v| !v.is_object())));
}

#[test]
fn methods_lists_every_indicator_and_its_weights() {
    let text = stdout(&atlas(&["methods"]));
    for needle in [
        "pop_change",
        "mining_2020",
        "urban_cluster_share",
        "TOPSIS",
        "熵值法",
        "entropy",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    let en = stdout(&atlas(&["methods", "--lang", "en"]));
    assert!(!en.contains("熵值法") && en.contains("weight (counties)"));
}

#[test]
fn user_weights_reach_the_output_and_bad_ones_exit_2() {
    let default = unit_json("511900");
    let output = atlas(&[
        "unit",
        "511900",
        "--json",
        "--weights",
        "industry=0,0,0,1,0,0,0",
    ]);
    let weighted: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_ne!(weighted["index"]["industry"], default["index"]["industry"]);
    assert_eq!(
        weighted["index"]["population"],
        default["index"]["population"]
    );
    let methods = stdout(&atlas(&[
        "methods",
        "--lang",
        "en",
        "--weights",
        "industry=0,0,0,1,0,0,0",
    ]));
    assert!(
        methods.contains("1.000 (0.118)"),
        "user weight with the entropy weight in brackets"
    );
    assert_usage_error(
        &["unit", "511900", "--weights", "industry=1,1"],
        "industry weights: 2 weights given for 7",
    );
    assert_usage_error(
        &["list", "--level", "county", "--weights", "space=0,0,0,0,0"],
        "all weights are zero",
    );
}

#[test]
fn unknown_units_and_bad_arguments_exit_2_with_one_line() {
    assert_usage_error(&["unit", "巴黎"], "巴黎");
    assert_usage_error(&["unit", "999999"], "999999");
    assert_usage_error(&["unit", "市中区"], "511002 市中区");
    assert_usage_error(&["unit", "市中区"], "511102 市中区");
    assert_usage_error(&["unit"], "adcode");
    assert_usage_error(&["list"], "--level");
    assert_usage_error(&["list", "--level", "town"], "town");
    assert_usage_error(&["list", "--level", "county", "--tsv"], "--tsv");
    assert_usage_error(
        &["backtest", "--level", "county"],
        "unknown option '--level'",
    );
    assert_usage_error(
        &["project", "511900", "--scenario"],
        "--scenario needs a value",
    );
    assert_usage_error(&["list", "--level", "--csv"], "--level needs a value");
    assert_usage_error(&["scenarios", "--json=no"], "--json takes no value");
    assert_usage_error(&["unit", "-h"], "unknown option '-h'");
    assert_usage_error(&["frobnicate"], "frobnicate");
    assert_usage_error(&[], "no command");
}

#[test]
fn help_prints_usage() {
    assert!(stdout(&atlas(&["help"])).contains("atlas unit <adcode|Chinese name>"));
}

#[test]
fn project_prints_the_yearly_series_of_a_preset() {
    let report: Value = serde_json::from_str(&stdout(&atlas(&[
        "project",
        "巴中市",
        "--scenario",
        "people",
        "--json",
    ])))
    .unwrap();
    assert_eq!(report["code"], 511900);
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 21, "2020..=2040");
    assert_eq!(rows[0]["year"], 2020);
    assert_eq!(rows[20]["year"], 2040);
    for key in [
        "year",
        "population",
        "working_age",
        "age60_share",
        "jobs_index",
        "cost_yuan",
    ] {
        assert!(rows[10].get(key).is_some(), "row lacks {key}");
    }
    // 2020 is the census; the policy only costs from 2021.
    assert_eq!(rows[0]["cost_yuan"], 0.0);
    assert!(rows[20]["cost_yuan"].as_f64().unwrap() > 0.0);
    let text = stdout(&atlas(&["project", "511900"]));
    assert!(text.contains("2040"), "{text}");
}

#[test]
fn scenarios_lists_the_presets_with_their_levers() {
    let list: Value = serde_json::from_str(&stdout(&atlas(&["scenarios", "--json"]))).unwrap();
    let keys: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["baseline", "industry", "people", "space", "combined"]
    );
    assert!(list[0]["levers"].as_array().unwrap().is_empty());
    // The combined package switches on all 12 levers (some for several targets).
    let mut levers: Vec<String> = list[4]["levers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["key"].to_string())
        .collect();
    levers.sort();
    levers.dedup();
    assert_eq!(levers.len(), 12, "{levers:?}");
}

#[test]
fn project_rejects_unknown_units_and_scenarios() {
    assert_usage_error(&["project", "999999"], "999999");
    assert_usage_error(&["project", "511900", "--scenario", "magic"], "magic");
    assert_usage_error(&["project", "540173"], "not projected");
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(&atlas(args))).expect("JSON output")
}

#[test]
fn backtest_reports_every_figure_and_beats_the_naive_forecasts() {
    let bt = json(&["backtest", "--json"]);
    let rows = bt["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 57);
    let bazhong_2024 = rows
        .iter()
        .find(|r| r["code"] == 511900 && r["year"] == 2024)
        .expect("Bazhong 2024 is held out");
    assert_eq!(bazhong_2024["role"], "held_out");
    assert_eq!(bazhong_2024["reported"], 2_613_000.0);
    assert!(bazhong_2024["error_pct"].as_f64().unwrap().abs() <= 3.0);
    assert!(bazhong_2024["pages"][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("http"));
    let held = &bt["held_out"];
    let median = |k: &str| held[k]["median_abs"].as_f64().unwrap();
    assert!(median("baseline") < median("no_change") && median("baseline") < median("trend"));
    // The fitted levels are listed with how they were found.
    assert_eq!(bt["calibration"]["fits"].as_array().unwrap().len(), 54);
    let text = stdout(&atlas(&["backtest"]));
    assert!(
        text.contains("held out (2024)") && text.contains("Bazhong"),
        "{text}"
    );
}

#[test]
fn project_takes_levers_with_targets_and_bands() {
    let alone = json(&[
        "project",
        "511900",
        "--lever",
        "skilled_post_subsidy=1750@511900",
        "--bands",
        "--json",
    ]);
    assert_eq!(alone["scenario"], "custom");
    assert_eq!(alone["levers"].as_array().unwrap().len(), 1);
    let rows = alone["rows"].as_array().unwrap();
    let r2035 = &rows[15];
    let (p10, p90, pop) = (
        r2035["p10"].as_f64().unwrap(),
        r2035["p90"].as_f64().unwrap(),
        r2035["population"].as_f64().unwrap(),
    );
    assert!(p10 < pop && pop < p90, "{p10} {pop} {p90}");
    // The subsidy keeps residents and costs money.
    assert!(pop > r2035["baseline_population"].as_f64().unwrap());
    assert!(r2035["cost_yuan"].as_f64().unwrap() > 0.0);
    // A lever aimed elsewhere does nothing here; without --bands no p10.
    let elsewhere = json(&[
        "project",
        "511900",
        "--lever",
        "skilled_post_subsidy=1750@530000",
        "--json",
    ]);
    let e = &elsewhere["rows"][15];
    assert_eq!(e["population"], e["baseline_population"]);
    assert!(e.get("p10").is_none());
    // Added to a preset, later settings win.
    let people = json(&[
        "project",
        "511900",
        "--scenario",
        "people",
        "--lever",
        "talent_loss_cap=8",
        "--json",
    ]);
    assert_eq!(people["scenario"], "custom");
    assert_usage_error(
        &["project", "511900", "--lever", "talent_parks=999"],
        "outside its range",
    );
    assert_usage_error(
        &["project", "511900", "--lever", "nothing=1"],
        "unknown lever",
    );
    assert_usage_error(
        &["project", "511900", "--lever", "talent_parks=65@mars"],
        "unknown target",
    );
}

#[test]
fn sensitivity_ranks_assumptions_with_their_status() {
    let s = json(&["sensitivity", "511900", "--scenario", "people", "--json"]);
    let swings = s["swings"].as_array().unwrap();
    assert_eq!(swings.len(), 28);
    let values: Vec<f64> = swings
        .iter()
        .map(|w| w["swing"].as_f64().unwrap())
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "ranked by swing");
    assert!(swings
        .iter()
        .all(|w| ["judgement", "sourced", "calibrated"].contains(&w["basis"].as_str().unwrap())));
    assert_eq!(s["year"], 2035);
    let text = stdout(&atlas(&[
        "sensitivity",
        "巴中市",
        "--year",
        "2040",
        "--output",
        "working_age",
    ]));
    assert!(
        text.contains("calibrated here") && text.contains("working_age in 2040"),
        "{text}"
    );
    assert_usage_error(&["sensitivity", "511900", "--year", "2050"], "2021 to 2040");
    assert_usage_error(
        &["sensitivity", "511900", "--output", "happiness"],
        "unknown output",
    );
}

#[test]
fn relate_states_n_r_and_missing_and_its_csv_has_n_rows() {
    let json: Value = serde_json::from_str(&stdout(&atlas(&[
        "relate", "--x", "density", "--y", "college", "--level", "county", "--json",
    ])))
    .expect("relate --json is JSON");
    let n = json["n"].as_u64().unwrap();
    // 518 counties; one without 2010 figures still has both 2020 values.
    assert_eq!(n + json["missing"].as_u64().unwrap(), 518);
    assert_eq!(json["log_x"], true, "density spans orders of magnitude");
    let r = json["r"].as_f64().unwrap();
    assert!(r > 0.0 && r < 1.0, "{r}");
    let csv = stdout(&atlas(&[
        "relate", "--x", "density", "--y", "college", "--level", "county", "--csv",
    ]));
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("code,name_zh,name_en,province,class,density,college_2020"));
    assert_eq!(lines.count() as u64, n);
    // The default pair at prefecture level: every unit either a point or missing.
    let text = stdout(&atlas(&["relate"]));
    assert!(
        text.contains("\nn: ") && text.contains("\nmissing: "),
        "{text}"
    );
    assert_usage_error(&["relate", "--x", "nope"], "unknown indicator 'nope'");
    assert_usage_error(&["relate", "--year", "2015"], "2010 or 2020");
}
