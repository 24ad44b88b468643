//! One-line messages for import errors and warnings, in Chinese and English.

use super::{CellRef, ImportError, ImportWarning, MAX_LISTED};
use crate::dataset::Level;
use crate::url_state::Lang;
use std::fmt;

impl ImportError {
    /// The reader-facing message, one line.
    // Long because: one arm per error, each with its two wordings side by
    // side; the compiler checks that every error has them.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        let zh = lang == Lang::Zh;
        match self {
            Empty => pick(zh, "文件是空的。", "The file is empty."),
            Binary { line } => {
                if zh {
                    format!("第 {line} 行含有空字符：这不是文本（CSV）文件。")
                } else {
                    format!("Line {line} contains a NUL character: this is not a text (CSV) file.")
                }
            }
            TooLarge { bytes, limit } => {
                let (kib, limit_kib) = (bytes.div_ceil(1024), limit / 1024);
                if zh {
                    format!("文件大小为 {kib} KiB，超过上限 {limit_kib} KiB。")
                } else {
                    format!("The file is {kib} KiB; the limit is {limit_kib} KiB.")
                }
            }
            TooManyRows { limit } => {
                if zh {
                    format!("数据超过 {limit} 行。")
                } else {
                    format!("The file has more than {limit} rows of data.")
                }
            }
            UnclosedQuote { line } => {
                if zh {
                    format!("第 {line} 行：引号没有闭合。")
                } else {
                    format!("Line {line}: a quotation mark is opened and never closed.")
                }
            }
            NoHeader { cell } => {
                let CellRef { line, text } = cell;
                if zh {
                    format!("第 {line} 行是数据（“{text}”）而不是列名：请在首行加上表头，如“adcode,value”。")
                } else {
                    format!("Line {line} holds data (“{text}”), not column names: add a header row such as “adcode,value”.")
                }
            }
            NoUnitColumn => pick(
                zh,
                "没有一列是图集中地区的代码或名称（如 510100、成都市）。",
                "No column holds codes or names of places in the atlas (such as 510100 or Chengdu).",
            ),
            NoValueColumn { unit_column } => {
                if zh {
                    format!("地区列“{unit_column}”之后没有数值列。")
                } else {
                    format!("There is no column of numbers after the place column “{unit_column}”.")
                }
            }
            NoData => pick(zh, "没有任何一行有数值。", "No row has a value."),
            UnknownUnits { count, examples } => {
                let more = if *count > examples.len() { pick(zh, "等", ", …") } else { String::new() };
                if zh {
                    format!("{count} 个地区不在图集中：{}{more}。", list(examples, zh))
                } else {
                    let what = if *count == 1 { "place is" } else { "places are" };
                    format!("{count} {what} not in the atlas: {}{more}.", list(examples, zh))
                }
            }
            DuplicateUnit { cell: CellRef { line, text }, first_line } => {
                if zh {
                    format!("第 {line} 行：“{text}”已在第 {first_line} 行出现过。")
                } else {
                    format!("Line {line}: “{text}” already appears on line {first_line}.")
                }
            }
            MixedLevels { cell, level, first, first_level } => {
                if zh {
                    format!(
                        "所有行须为同一级别：第 {} 行“{}”是{}，第 {} 行“{}”是{}。",
                        cell.line,
                        cell.text,
                        level_name(*level, zh),
                        first.line,
                        first.text,
                        level_name(*first_level, zh)
                    )
                } else {
                    format!(
                        "All rows must be of one level: line {} “{}” is a {}, line {} “{}” a {}.",
                        cell.line,
                        cell.text,
                        level_name(*level, zh),
                        first.line,
                        first.text,
                        level_name(*first_level, zh)
                    )
                }
            }
            NotANumber { cell: CellRef { line, text } } => {
                if zh {
                    format!("第 {line} 行：“{text}”不是数字（小数请用小数点；无数据请留空或写 NA）。")
                } else {
                    format!("Line {line}: “{text}” is not a number (use a decimal point; leave the cell empty or write NA for no data).")
                }
            }
            NonFinite { cell: CellRef { line, text } } => {
                if zh {
                    format!("第 {line} 行：“{text}”不是有限的数值。")
                } else {
                    format!("Line {line}: “{text}” is not a finite number.")
                }
            }
        }
    }
}

impl ImportWarning {
    /// The reader-facing message, one line.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            ImportWarning::MissingValues { count, first_line } => {
                if zh {
                    format!("{count} 行没有数值（首见于第 {first_line} 行），按无数据显示。")
                } else {
                    let rows = if *count == 1 { "row has" } else { "rows have" };
                    format!("{count} {rows} no value (the first on line {first_line}) and show as no data.")
                }
            }
            ImportWarning::ExtraValueColumns {
                used,
                ignored,
                ignored_count,
            } => {
                let names: Vec<String> = ignored.iter().map(|n| format!("“{n}”")).collect();
                let more = if *ignored_count > ignored.len() {
                    pick(zh, "等", ", …")
                } else {
                    String::new()
                };
                if zh {
                    format!("有多列数值：显示“{used}”，未用{}{more}。", names.join("、"))
                } else {
                    format!(
                        "Several columns hold numbers: “{used}” is shown, {}{more} not.",
                        names.join(", ")
                    )
                }
            }
        }
    }
}

/// English, for logs and `?` in tools; the app shows [`ImportError::message`].
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

fn pick(zh: bool, zh_text: &str, en_text: &str) -> String {
    if zh { zh_text } else { en_text }.to_string()
}

fn level_name(level: Level, zh: bool) -> &'static str {
    match (level, zh) {
        (Level::Prefecture, true) => "地级单位",
        (Level::County, true) => "县级单位",
        (Level::Prefecture, false) => "prefecture",
        (Level::County, false) => "county",
    }
}

/// `line 3 “a”, line 5 “b”` / `第 3 行“a”、第 5 行“b”`, at most
/// [`MAX_LISTED`] cells.
fn list(cells: &[CellRef], zh: bool) -> String {
    let items = cells.iter().take(MAX_LISTED).map(|CellRef { line, text }| {
        let text = if text.is_empty() {
            pick(zh, "（空）", "(empty)")
        } else {
            format!("“{text}”")
        };
        if zh {
            format!("第 {line} 行{text}")
        } else {
            format!("line {line} {text}")
        }
    });
    items.collect::<Vec<_>>().join(if zh { "、" } else { ", " })
}
