//! Command-line arguments: a command, then its flags and at most one unit.
//!
//! Split into options and values by `lexopt`: a small crate without
//! dependencies or procedural macros, which leaves the help text and the
//! error messages to us, so that [`USAGE`] stays the hand-written page it is.

use atlas_core::catalogue::{self, Indicator};
use atlas_core::measures::{Dimension, WeightChoice};
use atlas_core::model::{LeverSetting, Output, Preset};
use atlas_core::url_state::Year;
use atlas_core::{Lang, Level};
use lexopt::{Arg, Parser};
use std::ffi::OsString;

/// Printed by `atlas help`.
pub const USAGE: &str = "\
atlas - shrinkage measures and scenario projections of Southwest China's prefectures and counties

usage:
  atlas unit <adcode|Chinese name> [--json] [--weights DIM=w,w,...]...
      every measure of one unit: plain text, or one JSON object with --json.
      A Chinese name matches exactly, or uniquely without its 市/县/区 suffix;
      an English name matches exactly, ignoring case.
  atlas list --level prefecture|county [--csv] [--weights DIM=w,w,...]...
      one row per unit, sorted by code: JSON lines with the fields of
      `unit --json` flattened (nested keys joined by '_'), or with --csv the
      atlas table, the same columns as the web table's CSV download
      (identification, then every indicator of the catalogue; both census
      years for yearly ones, `<key>_<year>`).
  atlas methods [--lang zh|en] [--weights DIM=w,w,...]...
      definitions, directions, weights and formulas (both languages by default).
  atlas project <adcode|name> [--scenario baseline|industry|people|space|combined]
                [--lever KEY=VALUE[@TARGET]]... [--bands] [--json]
      the yearly projection 2020-2040 of one unit under a preset scenario
      (baseline by default) and any levers added to it: population, working
      age, share aged 60+, jobs index, policy cost and more. TARGET is all
      (default), core, node, rest, a province code or a unit code. --bands
      adds the 10 % and 90 % points of the population (p10, p90; 400 draws).
  atlas backtest [--json]
      the baseline against every year-end population reported since the
      census (fitted 2021-2023, held-out 2024), with two naive forecasts.
  atlas sensitivity <adcode|name> [--scenario P] [--lever ...]... [--output KEY] [--year Y] [--json]
      each assumption at its low and high value (the others central), with
      its status (sourced, calibrated here, judgement), ranked by the swing
      it makes in the output (population by default) in the year (2035).
  atlas relate [--x KEY] [--y KEY] [--level prefecture|county] [--year 2010|2020] [--json|--csv]
      two indicators of the catalogue (keys as in `list --csv`, without the
      year; default population change against GDP per resident 2015): the
      number of units with both values (n), Pearson's r and the least squares
      line of y on x (on log10 of an axis spanning >= 30x), the units lacking
      data; --csv the points, as the relationships view downloads them.
  atlas scenarios [--json]
      the preset scenarios and the levers each switches on.
  atlas help

--weights replaces the entropy weights of one dimension (population, industry
or space) with your own, one per indicator in the order `atlas methods` lists
them; they are rescaled to sum 1. Errors exit with code 2.
";

/// What to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Unit {
        query: String,
        json: bool,
        weights: WeightChoice,
    },
    List {
        level: Level,
        csv: bool,
        weights: WeightChoice,
    },
    Methods {
        langs: Vec<Lang>,
        weights: WeightChoice,
    },
    Project {
        query: String,
        preset: Preset,
        levers: Vec<LeverSetting>,
        bands: bool,
        json: bool,
    },
    Backtest {
        json: bool,
    },
    Sensitivity {
        query: String,
        /// The preset's settings followed by the `--lever` ones.
        levers: Vec<LeverSetting>,
        output: Output,
        year: u32,
        json: bool,
    },
    Relate {
        x: Option<&'static Indicator>,
        y: Option<&'static Indicator>,
        level: Level,
        year: Year,
        json: bool,
        csv: bool,
    },
    Scenarios {
        json: bool,
    },
    Help,
}

/// The error when the command is missing or unknown.
const EXPECTED_COMMANDS: &str =
    "expected unit, list, methods, project, backtest, sensitivity, relate, scenarios or help";

/// Parses the arguments after the program name; the error is one line.
pub fn parse<I>(argv: I) -> Result<Command, String>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let mut argv = argv.into_iter().map(Into::into);
    let Some(command) = argv.next() else {
        return Err(format!("no command given; {EXPECTED_COMMANDS}"));
    };
    let rest = Parser::from_args(argv);
    match command.to_string_lossy().as_ref() {
        "unit" => parse_unit(rest),
        "relate" => parse_relate(rest),
        "list" => parse_list(rest),
        "methods" => parse_methods(rest),
        "project" => parse_project(rest),
        "backtest" => Ok(Command::Backtest {
            json: Given::parse(rest, &["json"], false)?.switch("json"),
        }),
        "sensitivity" => parse_sensitivity(rest),
        "scenarios" => Ok(Command::Scenarios {
            json: Given::parse(rest, &["json"], false)?.switch("json"),
        }),
        "help" | "--help" | "-h" => {
            Given::parse(rest, &[], false)?;
            Ok(Command::Help)
        }
        other => Err(format!("unknown command '{other}'; {EXPECTED_COMMANDS}")),
    }
}

fn parse_unit(rest: Parser) -> Result<Command, String> {
    let given = Given::parse(rest, &["json", "weights"], true)?;
    let weights = weights(given.values("weights"))?;
    Ok(Command::Unit {
        query: given.query("unit needs an adcode or a Chinese name")?,
        json: given.switch("json"),
        weights,
    })
}

fn parse_relate(rest: Parser) -> Result<Command, String> {
    let flags = ["x", "y", "level", "year", "json", "csv"];
    let given = Given::parse(rest, &flags, false)?;
    Ok(Command::Relate {
        x: axis_indicator(&given, "x")?,
        y: axis_indicator(&given, "y")?,
        level: level(given.value("level"))?.unwrap_or_default(),
        year: census_year(given.value("year"))?,
        json: given.switch("json"),
        csv: given.switch("csv"),
    })
}

/// The indicator of `--x` or `--y`, when given.
fn axis_indicator(given: &Given, flag: &str) -> Result<Option<&'static Indicator>, String> {
    given
        .value(flag)
        .map(|k| catalogue::find(k).ok_or_else(|| format!("unknown indicator '{k}' for --{flag}")))
        .transpose()
}

/// `relate --year`: a census year, 2020 by default.
fn census_year(value: Option<&str>) -> Result<Year, String> {
    match value {
        None | Some("2020") => Ok(Year::Y2020),
        Some("2010") => Ok(Year::Y2010),
        Some(other) => Err(format!("--year '{other}' must be 2010 or 2020")),
    }
}

fn parse_list(rest: Parser) -> Result<Command, String> {
    let given = Given::parse(rest, &["level", "csv", "weights"], false)?;
    let Some(level) = level(given.value("level"))? else {
        return Err("list needs --level prefecture or --level county".into());
    };
    Ok(Command::List {
        level,
        csv: given.switch("csv"),
        weights: weights(given.values("weights"))?,
    })
}

fn parse_methods(rest: Parser) -> Result<Command, String> {
    let given = Given::parse(rest, &["lang", "weights"], false)?;
    let langs = match given.value("lang") {
        None => vec![Lang::Zh, Lang::En],
        Some("zh") => vec![Lang::Zh],
        Some("en") => vec![Lang::En],
        Some(other) => return Err(format!("unknown language '{other}'; expected zh or en")),
    };
    Ok(Command::Methods {
        langs,
        weights: weights(given.values("weights"))?,
    })
}

fn parse_project(rest: Parser) -> Result<Command, String> {
    let given = Given::parse(rest, &["json", "bands", "scenario", "lever"], true)?;
    let preset = preset(given.value("scenario"))?;
    let levers = levers(preset, given.values("lever"))?;
    Ok(Command::Project {
        query: given.query("project needs an adcode or a name")?,
        preset,
        levers,
        bands: given.switch("bands"),
        json: given.switch("json"),
    })
}

fn parse_sensitivity(rest: Parser) -> Result<Command, String> {
    let flags = ["json", "scenario", "lever", "output", "year"];
    let given = Given::parse(rest, &flags, true)?;
    let levers = levers(preset(given.value("scenario"))?, given.values("lever"))?;
    Ok(Command::Sensitivity {
        levers,
        output: output(given.value("output"))?,
        year: projection_year(given.value("year"))?,
        query: given.query("sensitivity needs an adcode or a name")?,
        json: given.switch("json"),
    })
}

/// `--output`: a model output by its key, population by default.
fn output(value: Option<&str>) -> Result<Output, String> {
    let Some(key) = value else {
        return Ok(Output::Population);
    };
    Output::ALL
        .into_iter()
        .find(|o| o.key() == key)
        .ok_or_else(|| {
            let keys: Vec<&str> = Output::ALL.iter().map(|o| o.key()).collect();
            format!(
                "unknown output '{key}'; expected one of {}",
                keys.join(", ")
            )
        })
}

/// `sensitivity --year`: a projected year, 2035 by default.
fn projection_year(value: Option<&str>) -> Result<u32, String> {
    let Some(y) = value else {
        return Ok(2035);
    };
    y.parse::<u32>()
        .ok()
        .filter(|y| (2021..=2040).contains(y))
        .ok_or_else(|| format!("--year '{y}' must be a year from 2021 to 2040"))
}

/// `--level`, when given.
fn level(value: Option<&str>) -> Result<Option<Level>, String> {
    match value {
        Some("prefecture") => Ok(Some(Level::Prefecture)),
        Some("county") => Ok(Some(Level::County)),
        Some(other) => Err(format!(
            "unknown level '{other}'; expected prefecture or county"
        )),
        None => Ok(None),
    }
}

/// Flags that take no value; every other flag takes one.
const SWITCHES: [&str; 3] = ["json", "csv", "bands"];

/// Flags that may be given more than once; every other may be given once.
const REPEATABLE: [&str; 2] = ["weights", "lever"];

/// What followed the command: the flags in the order given (without their
/// dashes, with their values) and the unit, if the command takes one.
struct Given {
    flags: Vec<(String, Option<String>)>,
    query: Option<String>,
}

impl Given {
    /// Reads every argument, failing on a flag that `flags` does not list,
    /// a missing value, a repeated single-valued flag, or a second unit.
    fn parse(mut parser: Parser, flags: &[&str], takes_unit: bool) -> Result<Given, String> {
        let mut given = Given {
            flags: Vec::new(),
            query: None,
        };
        while let Some(arg) = parser.next().map_err(|e| match e {
            lexopt::Error::UnexpectedValue { option, .. } => format!("{option} takes no value"),
            other => other.to_string(),
        })? {
            match arg {
                Arg::Long(name) if flags.contains(&name) => {
                    let name = name.to_string();
                    let value = if SWITCHES.contains(&name.as_str()) {
                        None
                    } else {
                        Some(flag_value(&mut parser, &name)?)
                    };
                    let once = !REPEATABLE.contains(&name.as_str());
                    if value.is_some() && once && given.value(&name).is_some() {
                        return Err(format!("--{name} given more than once"));
                    }
                    given.flags.push((name, value));
                }
                Arg::Long(name) => return Err(format!("unknown option '--{name}'")),
                Arg::Short(c) => return Err(format!("unknown option '-{c}'")),
                Arg::Value(v) if takes_unit && given.query.is_none() => {
                    given.query = Some(utf8(v)?);
                }
                Arg::Value(v) => {
                    return Err(format!("unexpected argument '{}'", v.to_string_lossy()))
                }
            }
        }
        Ok(given)
    }

    fn query(&self, missing: &str) -> Result<String, String> {
        self.query.clone().ok_or_else(|| missing.to_string())
    }

    /// Whether a switch was given.
    fn switch(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }

    /// The value of a flag given at most once.
    fn value(&self, name: &str) -> Option<&str> {
        let (_, value) = self.flags.iter().find(|(n, _)| n == name)?;
        value.as_deref()
    }

    /// Every value of a repeatable flag, in order.
    fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.flags
            .iter()
            .filter(move |(n, _)| n == name)
            .filter_map(|(_, v)| v.as_deref())
    }
}

/// The value of `--name value` or `--name=value`. One that looks like a
/// flag is taken for a forgotten value (`--level --csv`).
fn flag_value(parser: &mut Parser, name: &str) -> Result<String, String> {
    let missing = || format!("--{name} needs a value");
    let value = utf8(parser.value().map_err(|_| missing())?)?;
    if value.starts_with("--") {
        return Err(missing());
    }
    Ok(value)
}

fn utf8(arg: OsString) -> Result<String, String> {
    arg.into_string()
        .map_err(|a| format!("argument '{}' is not valid UTF-8", a.to_string_lossy()))
}

/// Every `--weights DIM=w,w,...`, as a weight choice (checked against the
/// indicator count when the measures are computed).
fn weights<'a>(specs: impl Iterator<Item = &'a str>) -> Result<WeightChoice, String> {
    let mut choice = WeightChoice::entropy();
    let mut seen = Vec::new();
    for spec in specs {
        let (key, list) = spec
            .split_once('=')
            .ok_or_else(|| format!("--weights '{spec}' must look like DIMENSION=w,w,..."))?;
        let dimension = Dimension::from_key(key).ok_or_else(|| {
            format!(
                "unknown dimension '{key}' in --weights; expected population, industry or space"
            )
        })?;
        if seen.contains(&dimension) {
            return Err(format!("--weights given twice for {key}"));
        }
        seen.push(dimension);
        let weights = list
            .split(',')
            .map(|w| {
                w.trim()
                    .parse::<f64>()
                    .map_err(|_| format!("'{w}' in --weights {key} is not a number"))
            })
            .collect::<Result<Vec<f64>, String>>()?;
        choice = choice.with_user(dimension, weights);
    }
    Ok(choice)
}

/// The preset of `--scenario KEY` (baseline when absent).
fn preset(key: Option<&str>) -> Result<Preset, String> {
    match key {
        None => Ok(Preset::Baseline),
        Some(key) => Preset::from_key(key).ok_or_else(|| {
            let keys: Vec<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
            format!(
                "unknown scenario '{key}'; expected one of {}",
                keys.join(", ")
            )
        }),
    }
}

/// The preset's settings followed by every `--lever` (later ones win).
fn levers<'a>(
    preset: Preset,
    specs: impl Iterator<Item = &'a str>,
) -> Result<Vec<LeverSetting>, String> {
    let mut levers = preset.settings();
    for spec in specs {
        levers.push(LeverSetting::parse(spec)?);
    }
    Ok(levers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, String> {
        let argv: Vec<String> = line.split_whitespace().map(String::from).collect();
        parse(&argv)
    }

    #[test]
    fn commands_and_flags() {
        assert_eq!(
            parse_str("unit 511900 --json").unwrap(),
            Command::Unit {
                query: "511900".into(),
                json: true,
                weights: WeightChoice::entropy()
            }
        );
        assert_eq!(
            parse_str("list --csv --level=county").unwrap(),
            Command::List {
                level: Level::County,
                csv: true,
                weights: WeightChoice::entropy()
            }
        );
        let Command::Methods { langs, weights } =
            parse_str("methods --lang en --weights space=1,2,3,4,5").unwrap()
        else {
            panic!("methods")
        };
        assert_eq!(langs, [Lang::En]);
        assert_eq!(
            weights.user(Dimension::Space),
            Some(&[1.0, 2.0, 3.0, 4.0, 5.0][..])
        );
        assert_eq!(parse_str("--help").unwrap(), Command::Help);
        let Command::Unit { query, .. } = parse_str("unit --weights space=1,1,1,1,1 巴中").unwrap()
        else {
            panic!("unit")
        };
        assert_eq!(query, "巴中");
    }

    #[test]
    fn repeated_flags_keep_their_order() {
        let Command::Project { levers, bands, .. } = parse_str(
            "project --bands 511900 --lever talent_parks=65 --bands --lever=talent_parks=30",
        )
        .unwrap() else {
            panic!("project")
        };
        assert!(bands);
        let expected =
            ["talent_parks=65", "talent_parks=30"].map(|l| LeverSetting::parse(l).unwrap());
        assert_eq!(levers, expected);
        // After `--` everything is the unit, even what looks like a flag.
        let Command::Unit { query, .. } = parse_str("unit -- --json").unwrap() else {
            panic!("unit")
        };
        assert_eq!(query, "--json");
    }

    #[cfg(unix)]
    #[test]
    fn arguments_need_not_be_utf8() {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![b'x', 0xff]);
        let err = parse([OsString::from("unit"), bad]).unwrap_err();
        assert_eq!(err, "argument 'x\u{FFFD}' is not valid UTF-8");
    }

    #[test]
    fn errors_name_what_was_wrong() {
        let err = |line: &str| parse_str(line).unwrap_err();
        assert!(err("").contains("no command"));
        assert!(err("frobnicate").contains("'frobnicate'"));
        assert!(err("unit").contains("adcode"));
        assert!(err("unit 511900 --jsn").contains("'--jsn'"));
        assert!(err("unit 511900 extra").contains("'extra'"));
        assert!(err("list").contains("--level"));
        assert!(err("list --level town").contains("'town'"));
        assert!(err("list --level").contains("needs a value"));
        assert!(err("list --level county --level county").contains("more than once"));
        assert!(err("methods --lang fr").contains("'fr'"));
        assert!(err("methods --weights jobs=1").contains("'jobs'"));
        assert!(err("methods --weights space").contains("DIMENSION="));
        assert!(err("methods --weights space=1,x").contains("'x'"));
        assert!(err("methods --weights space=1 --weights space=2").contains("twice"));
        // Flags another command takes, and values where there are none.
        assert_eq!(err("backtest --csv"), "unknown option '--csv'");
        assert_eq!(err("scenarios --json=yes"), "--json takes no value");
        assert_eq!(err("unit -x"), "unknown option '-x'");
        // A missing value: at the end, or a flag in its place.
        assert_eq!(err("project 511900 --scenario"), "--scenario needs a value");
        assert_eq!(err("list --level --csv"), "--level needs a value");
        assert_eq!(
            err("sensitivity 511900 --year=2035 --year 2040"),
            "--year given more than once"
        );
        // One unit at most, none for the commands without one.
        assert_eq!(err("project 511900 511000"), "unexpected argument '511000'");
        assert_eq!(err("help extra"), "unexpected argument 'extra'");
        for line in [
            "",
            "frobnicate",
            "list --level town",
            "methods --weights space=1,x",
        ] {
            assert!(!err(line).contains('\n'), "{line}");
        }
    }
}
