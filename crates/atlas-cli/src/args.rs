//! Command-line arguments: a few commands with flags, parsed by hand.

use atlas_core::measures::{Dimension, WeightChoice};
use atlas_core::model::{LeverSetting, Output, Preset};
use atlas_core::{Lang, Level};

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
    Scenarios {
        json: bool,
    },
    Help,
}

/// Parses the arguments after the program name; the error is one line.
pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = argv.split_first() else {
        return Err(
            "no command given; expected unit, list, methods, project, backtest, sensitivity, scenarios or help".into(),
        );
    };
    let mut flags = Flags::new(rest);
    let parsed = match command.as_str() {
        "unit" => {
            // Flags with values first, so that a value is never taken for the unit.
            let json = flags.switch("--json");
            let weights = flags.weights()?;
            let query = flags.positional("unit needs an adcode or a Chinese name")?;
            Command::Unit {
                query,
                json,
                weights,
            }
        }
        "list" => {
            let level = match flags.value("--level")?.as_deref() {
                Some("prefecture") => Level::Prefecture,
                Some("county") => Level::County,
                Some(other) => {
                    return Err(format!(
                        "unknown level '{other}'; expected prefecture or county"
                    ))
                }
                None => return Err("list needs --level prefecture or --level county".into()),
            };
            Command::List {
                level,
                csv: flags.switch("--csv"),
                weights: flags.weights()?,
            }
        }
        "methods" => {
            let langs = match flags.value("--lang")?.as_deref() {
                None => vec![Lang::Zh, Lang::En],
                Some("zh") => vec![Lang::Zh],
                Some("en") => vec![Lang::En],
                Some(other) => {
                    return Err(format!("unknown language '{other}'; expected zh or en"))
                }
            };
            Command::Methods {
                langs,
                weights: flags.weights()?,
            }
        }
        "project" => {
            let json = flags.switch("--json");
            let bands = flags.switch("--bands");
            let preset = flags.preset()?;
            let levers = flags.levers(preset)?;
            let query = flags.positional("project needs an adcode or a name")?;
            Command::Project {
                query,
                preset,
                levers,
                bands,
                json,
            }
        }
        "backtest" => Command::Backtest {
            json: flags.switch("--json"),
        },
        "sensitivity" => {
            let json = flags.switch("--json");
            let preset = flags.preset()?;
            let levers = flags.levers(preset)?;
            let output = match flags.value("--output")?.as_deref() {
                None => Output::Population,
                Some(key) => Output::ALL.into_iter().find(|o| o.key() == key).ok_or_else(|| {
                    let keys: Vec<&str> = Output::ALL.iter().map(|o| o.key()).collect();
                    format!("unknown output '{key}'; expected one of {}", keys.join(", "))
                })?,
            };
            let year = match flags.value("--year")? {
                None => 2035,
                Some(y) => y
                    .parse::<u32>()
                    .ok()
                    .filter(|y| (2021..=2040).contains(y))
                    .ok_or_else(|| format!("--year '{y}' must be a year from 2021 to 2040"))?,
            };
            let query = flags.positional("sensitivity needs an adcode or a name")?;
            Command::Sensitivity {
                query,
                levers,
                output,
                year,
                json,
            }
        }
        "scenarios" => Command::Scenarios {
            json: flags.switch("--json"),
        },
        "help" | "--help" | "-h" => Command::Help,
        other => return Err(format!(
            "unknown command '{other}'; expected unit, list, methods, project, backtest, sensitivity, scenarios or help"
        )),
    };
    flags.finish()?;
    Ok(parsed)
}

/// The arguments after the command, consumed as they are recognised so
/// that anything left over is reported.
struct Flags {
    left: Vec<String>,
}

impl Flags {
    fn new(args: &[String]) -> Flags {
        Flags {
            left: args.to_vec(),
        }
    }

    /// The first argument that is not a flag.
    fn positional(&mut self, missing: &str) -> Result<String, String> {
        let i = self
            .left
            .iter()
            .position(|a| !a.starts_with("--"))
            .ok_or(missing)?;
        Ok(self.left.remove(i))
    }

    /// Whether a switch is present (removing it).
    fn switch(&mut self, name: &str) -> bool {
        let before = self.left.len();
        self.left.retain(|a| a != name);
        self.left.len() != before
    }

    /// The value of `--name value` or `--name=value`, if given once.
    fn value(&mut self, name: &str) -> Result<Option<String>, String> {
        let mut values = self.values(name)?;
        if values.len() > 1 {
            return Err(format!("{name} given more than once"));
        }
        Ok(values.pop())
    }

    /// Every value of a repeatable `--name value`.
    fn values(&mut self, name: &str) -> Result<Vec<String>, String> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.left.len() {
            if self.left[i] == name {
                if i + 1 >= self.left.len() || self.left[i + 1].starts_with("--") {
                    return Err(format!("{name} needs a value"));
                }
                found.push(self.left.remove(i + 1));
                self.left.remove(i);
            } else if let Some(v) = self.left[i].strip_prefix(&format!("{name}=")) {
                found.push(v.to_string());
                self.left.remove(i);
            } else {
                i += 1;
            }
        }
        Ok(found)
    }

    /// Every `--weights DIM=w,w,...`, as a weight choice (checked against
    /// the indicator count when the measures are computed).
    fn weights(&mut self) -> Result<WeightChoice, String> {
        let mut choice = WeightChoice::entropy();
        let mut seen = Vec::new();
        for spec in self.values("--weights")? {
            let (key, list) = spec
                .split_once('=')
                .ok_or_else(|| format!("--weights '{spec}' must look like DIMENSION=w,w,..."))?;
            let dimension = Dimension::from_key(key).ok_or_else(|| {
                format!("unknown dimension '{key}' in --weights; expected population, industry or space")
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

    /// `--scenario KEY` (baseline when absent).
    fn preset(&mut self) -> Result<Preset, String> {
        match self.value("--scenario")?.as_deref() {
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
    fn levers(&mut self, preset: Preset) -> Result<Vec<LeverSetting>, String> {
        let mut levers = preset.settings();
        for spec in self.values("--lever")? {
            levers.push(LeverSetting::parse(&spec)?);
        }
        Ok(levers)
    }

    /// Fails on anything not consumed.
    fn finish(self) -> Result<(), String> {
        match self.left.first() {
            None => Ok(()),
            Some(a) if a.starts_with("--") => Err(format!("unknown option '{a}'")),
            Some(a) => Err(format!("unexpected argument '{a}'")),
        }
    }
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
