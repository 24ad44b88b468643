//! "Bring your own indicator": a reader's CSV file read into a map layer.
//!
//! The file is UTF-8 text (a byte order mark is allowed; the caller decodes
//! the upload, deciding with [`detect_encoding`] whether it is UTF-8 or a
//! legacy Chinese encoding to decode first) with a header row, one column
//! that names the places and, after it, at least one column of numbers:
//!
//! ```text
//! adcode,空置率 (%)
//! 510100,12.5%
//! 510300,NA
//! ```
//!
//! - Separator: comma, semicolon or tab, whichever the header line uses most
//!   (see `csv::detect_separator`); fields may be quoted; LF or CRLF.
//! - Unit column: the column whose cells `resolve` recognises most often
//!   (codes or names; the app resolves with [`UnitNames`]). All rows must be
//!   of one level, prefecture or county.
//! - Value column: the first mostly numeric column after the unit column;
//!   further numeric columns are ignored with a warning. Its header is the
//!   layer's name. Number format: see [`MISSING_MARKERS`] and `number`:
//!   decimal point, strict comma thousands separators, optional trailing `%`
//!   (dropped: `12.5%` is 12.5).
//! - "No data" cells (empty, `NA`, `-`, ...) are skipped and counted in a
//!   warning, never read as 0.
//!
//! Parsing is bounded ([`MAX_BYTES`], [`MAX_ROWS`]) and never panics; every
//! refusal is an [`ImportError`] with the line and the offending cell,
//! clipped, for a one-line message in Chinese or English.

mod csv;
mod encoding;
mod messages;
mod names;
mod number;

pub use encoding::{detect_encoding, DetectedEncoding};
pub use names::UnitNames;
pub use number::MISSING_MARKERS;

use crate::dataset::Level;
use csv::{CsvError, Record};
use number::{read_value, Value};
use std::collections::HashMap;

/// Largest file accepted, in bytes of text (1 MiB: about 20 times the
/// ~570 units of the atlas at generous row lengths).
pub const MAX_BYTES: usize = 1 << 20;
/// Most data rows accepted (the header not counted).
pub const MAX_ROWS: usize = 10_000;
/// Longest cell text quoted in an error or warning; longer ones end in `…`.
pub const MAX_CELL_CHARS: usize = 40;
/// Most unknown units (and ignored columns) listed by name.
pub const MAX_LISTED: usize = 5;

/// A reader's indicator, ready to colour the map.
#[derive(Clone, Debug, PartialEq)]
pub struct UserLayer {
    /// The value column's header (clipped; `value` if the header is blank).
    pub name: String,
    /// (adcode, value) in file order; codes are unique, values finite. Units
    /// absent from the file or with a "no data" cell have no entry.
    pub values: Vec<(u32, f64)>,
    /// The one level of every row.
    pub level: Level,
    pub warnings: Vec<ImportWarning>,
}

/// A cell quoted in a message: its line and its text, trimmed and clipped to
/// [`MAX_CELL_CHARS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellRef {
    pub line: usize,
    pub text: String,
}

/// Why a file was refused. [`ImportError::message`] words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but blanks.
    Empty,
    /// A NUL character (on this line): a binary file, not CSV.
    Binary { line: usize },
    /// More than [`MAX_BYTES`] of text.
    TooLarge { bytes: usize, limit: usize },
    /// More than [`MAX_ROWS`] data rows.
    TooManyRows { limit: usize },
    /// A quoted field opened on this line is never closed.
    UnclosedQuote { line: usize },
    /// The first row is data (its unit cell is a known place), not a header.
    NoHeader { cell: CellRef },
    /// No column holds codes or names of known places, and no header names one.
    NoUnitColumn,
    /// No mostly numeric column after the unit column (named by its header).
    NoValueColumn { unit_column: String },
    /// A header but no row with a value.
    NoData,
    /// Rows whose unit cell names no known place: how many, and the first
    /// [`MAX_LISTED`].
    UnknownUnits {
        count: usize,
        examples: Vec<CellRef>,
    },
    /// A place listed twice (possibly as a code and a name).
    DuplicateUnit { cell: CellRef, first_line: usize },
    /// A row of another level than the first row.
    MixedLevels {
        cell: CellRef,
        level: Level,
        first: CellRef,
        first_level: Level,
    },
    /// A value cell that is neither a number nor a "no data" marker.
    NotANumber { cell: CellRef },
    /// A value written as a number that is not finite (`inf`, `NaN`, `1e999`).
    NonFinite { cell: CellRef },
}

/// Something the import got past, for the reader to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// Rows with a "no data" value cell, left without a value.
    MissingValues { count: usize, first_line: usize },
    /// More than one numeric column: `used` is shown, the first
    /// [`MAX_LISTED`] of the `ignored_count` others are named.
    ExtraValueColumns {
        used: String,
        ignored: Vec<String>,
        ignored_count: usize,
    },
}

/// The caller's unit lookup (see [`parse_user_csv`]).
type Resolve<'a> = &'a dyn Fn(&str) -> Option<(u32, Level)>;

/// Header cells that name a unit column even when none of its cells is a
/// known place (so the reader hears which places are unknown rather than
/// that there is no unit column). Compared without ASCII case.
const UNIT_HEADERS: [&str; 22] = [
    "adcode",
    "code",
    "name",
    "name_zh",
    "name_en",
    "unit",
    "place",
    "region",
    "city",
    "county",
    "prefecture",
    "district",
    "area",
    "代码",
    "区划代码",
    "行政区划代码",
    "名称",
    "地区",
    "地名",
    "城市",
    "区县",
    "单位",
];

/// Reads a CSV upload into a layer. `resolve` maps a (trimmed) unit cell to
/// the unit's code and level, or `None` if it names no known place.
pub fn parse_user_csv(
    text: &str,
    resolve: &dyn Fn(&str) -> Option<(u32, Level)>,
) -> Result<UserLayer, ImportError> {
    if let Some(at) = text.find('\0') {
        return Err(ImportError::Binary {
            line: line_of(text, at),
        });
    }
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = csv::read_records(text, csv::detect_separator(text), MAX_ROWS + 1).map_err(
        |e| match e {
            CsvError::UnclosedQuote { line } => ImportError::UnclosedQuote { line },
            CsvError::TooManyRecords => ImportError::TooManyRows { limit: MAX_ROWS },
        },
    )?;
    let Some((header, rows)) = records.split_first() else {
        return Err(ImportError::Empty);
    };
    let unit_col = unit_column(header, rows, resolve)?;
    let stats = column_stats(rows, resolve);
    let value_cols = value_columns(unit_col, &stats);
    // A column of nothing but "no data" is no column of numbers, but if
    // there is no other, the reader is told that no row has a value.
    let value_col = match value_cols.first() {
        Some(&col) => col,
        None => {
            blank_column(header, unit_col, &stats).ok_or_else(|| ImportError::NoValueColumn {
                unit_column: header_name(header, unit_col),
            })?
        }
    };
    let mut layer = read_rows(rows, unit_col, value_col, resolve)?;
    layer.name = header_name(header, value_col);
    if value_cols.len() > 1 {
        let ignored = &value_cols[1..];
        layer.warnings.push(ImportWarning::ExtraValueColumns {
            used: layer.name.clone(),
            ignored: ignored
                .iter()
                .take(MAX_LISTED)
                .map(|&c| header_name(header, c))
                .collect(),
            ignored_count: ignored.len(),
        });
    }
    Ok(layer)
}

/// The column whose cells resolve most often (the leftmost of equals). If
/// none resolves, a column whose header is in [`UNIT_HEADERS`], so that the
/// rows are then reported as unknown places.
fn unit_column(header: &Record, rows: &[Record], resolve: Resolve) -> Result<usize, ImportError> {
    let hits = column_counts(rows, |text| [usize::from(resolve(text).is_some())]);
    // `max_by_key` keeps the last maximum; reverse so the leftmost wins.
    let best = hits
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|&(_, &[n])| n)
        .filter(|&(_, &[n])| n > 0);
    let header_hit = header
        .cells
        .iter()
        .position(|c| resolve(c.trim()).is_some());
    let col = match (best, header_hit) {
        (Some((col, _)), _) => col,
        // Nothing below the first row names a place but the first row
        // does: a file of data without a header (or of one row).
        (None, Some(col)) => col,
        (None, None) => {
            if rows.is_empty() {
                return Err(ImportError::NoData);
            }
            let named = header.cells.iter().position(|c| {
                UNIT_HEADERS
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(c.trim()))
            });
            return named.ok_or(ImportError::NoUnitColumn);
        }
    };
    if resolve(cell(header, col)).is_some() {
        return Err(ImportError::NoHeader {
            cell: cell_ref(header, col),
        });
    }
    Ok(col)
}

/// What the cells of one column hold, counted over all rows.
#[derive(Clone, Copy, Default)]
struct ColumnStats {
    /// Cells that are not "no data".
    filled: usize,
    /// Cells written as numbers.
    numeric: usize,
    /// Cells that name a place.
    places: usize,
}

fn column_stats(rows: &[Record], resolve: Resolve) -> Vec<ColumnStats> {
    let counts = column_counts(rows, |text| {
        let value = read_value(text);
        if value == Value::Missing {
            return [0, 0, 0];
        }
        [
            1,
            usize::from(value.is_numeric()),
            usize::from(resolve(text).is_some()),
        ]
    });
    counts
        .into_iter()
        .map(|[filled, numeric, places]| ColumnStats {
            filled,
            numeric,
            places,
        })
        .collect()
}

/// Columns after the unit column whose non-blank cells are mostly numbers,
/// excluding columns that mostly name places (a second code column).
fn value_columns(unit_col: usize, stats: &[ColumnStats]) -> Vec<usize> {
    let is_values =
        |s: &ColumnStats| s.numeric > 0 && 2 * s.numeric >= s.filled && 2 * s.places < s.filled;
    (unit_col + 1..stats.len())
        .filter(|&col| is_values(&stats[col]))
        .collect()
}

/// The first column after the unit column with a header and no value.
fn blank_column(header: &Record, unit_col: usize, stats: &[ColumnStats]) -> Option<usize> {
    (unit_col + 1..header.cells.len())
        .find(|&col| !cell(header, col).is_empty() && stats.get(col).is_none_or(|s| s.filled == 0))
}

/// Per column, the sums of the `N` counts of `count` over the (trimmed)
/// cells of every row. Walks each row's own cells, so the work is bounded by
/// the file's size even when one row is far wider than the others.
fn column_counts<const N: usize>(
    rows: &[Record],
    count: impl Fn(&str) -> [usize; N],
) -> Vec<[usize; N]> {
    let mut totals = Vec::new();
    for row in rows {
        if totals.len() < row.cells.len() {
            totals.resize(row.cells.len(), [0; N]);
        }
        for (total, text) in totals.iter_mut().zip(&row.cells) {
            for (t, n) in total.iter_mut().zip(count(text.trim())) {
                *t += n;
            }
        }
    }
    totals
}

/// Reads every row. Unknown places are gathered over the whole file and
/// reported first (they are the likeliest problem, and the list helps the
/// reader fix them all at once); otherwise the first row error in file order.
fn read_rows(
    rows: &[Record],
    unit_col: usize,
    value_col: usize,
    resolve: Resolve,
) -> Result<UserLayer, ImportError> {
    let mut read = RowsRead::default();
    for row in rows {
        let Some((code, level)) = resolve(cell(row, unit_col)) else {
            read.unknown_count += 1;
            if read.unknown.len() < MAX_LISTED {
                read.unknown.push(cell_ref(row, unit_col));
            }
            continue;
        };
        if read.first_error.is_some() {
            continue; // only unknown places are still gathered
        }
        if let Err(error) = read.add(row, (unit_col, value_col), code, level) {
            read.first_error = Some(error);
        }
    }
    read.into_layer()
}

/// What [`read_rows`] has read so far.
#[derive(Default)]
struct RowsRead {
    values: Vec<(u32, f64)>,
    /// The first [`MAX_LISTED`] unknown places, and how many there are.
    unknown: Vec<CellRef>,
    unknown_count: usize,
    first_error: Option<ImportError>,
    /// Each code read, with its line.
    seen: HashMap<u32, usize>,
    /// The first known place, whose level every row must share.
    first_unit: Option<(CellRef, Level)>,
    /// Rows with a "no data" value, and the first one's line.
    missing: usize,
    first_missing: usize,
}

impl RowsRead {
    /// Adds a row whose unit cell names a place (`code`, of `level`), or
    /// says what is wrong with it.
    fn add(
        &mut self,
        row: &Record,
        (unit_col, value_col): (usize, usize),
        code: u32,
        level: Level,
    ) -> Result<(), ImportError> {
        let (first, first_level) = self
            .first_unit
            .get_or_insert_with(|| (cell_ref(row, unit_col), level));
        if level != *first_level {
            return Err(ImportError::MixedLevels {
                cell: cell_ref(row, unit_col),
                level,
                first: first.clone(),
                first_level: *first_level,
            });
        }
        if let Some(&first_line) = self.seen.get(&code) {
            return Err(ImportError::DuplicateUnit {
                cell: cell_ref(row, unit_col),
                first_line,
            });
        }
        self.seen.insert(code, row.line);
        match read_value(cell(row, value_col)) {
            Value::Number(v) => self.values.push((code, v)),
            Value::Missing => {
                if self.missing == 0 {
                    self.first_missing = row.line;
                }
                self.missing += 1;
            }
            Value::NonFinite => {
                return Err(ImportError::NonFinite {
                    cell: cell_ref(row, value_col),
                })
            }
            Value::NotANumber => {
                return Err(ImportError::NotANumber {
                    cell: cell_ref(row, value_col),
                })
            }
        }
        Ok(())
    }

    /// The layer (named by the caller), or the error to report: unknown
    /// places first, then the first row error, then no value at all.
    fn into_layer(self) -> Result<UserLayer, ImportError> {
        if self.unknown_count > 0 {
            return Err(ImportError::UnknownUnits {
                count: self.unknown_count,
                examples: self.unknown,
            });
        }
        if let Some(error) = self.first_error {
            return Err(error);
        }
        let (Some((_, level)), false) = (self.first_unit, self.values.is_empty()) else {
            return Err(ImportError::NoData);
        };
        let mut warnings = Vec::new();
        if self.missing > 0 {
            warnings.push(ImportWarning::MissingValues {
                count: self.missing,
                first_line: self.first_missing,
            });
        }
        Ok(UserLayer {
            name: String::new(),
            values: self.values,
            level,
            warnings,
        })
    }
}

/// The trimmed cell of a column; a short row's missing cells are blank.
fn cell(row: &Record, col: usize) -> &str {
    row.cells.get(col).map_or("", |c| c.trim())
}

fn cell_ref(row: &Record, col: usize) -> CellRef {
    CellRef {
        line: row.line,
        text: clip(cell(row, col)),
    }
}

fn header_name(header: &Record, col: usize) -> String {
    match cell(header, col) {
        "" => "value".to_string(),
        name => clip(name),
    }
}

/// The first [`MAX_CELL_CHARS`] characters, and `…` if there were more.
/// Control characters (a line break inside quotes, a tab) become spaces, so
/// that a message quoting the cell stays on one line.
fn clip(s: &str) -> String {
    let mut chars = s.chars().map(|c| if c.is_control() { ' ' } else { c });
    let mut out: String = chars.by_ref().take(MAX_CELL_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

/// 1-based line of a byte offset, counting line ends as the CSV reader
/// does (LF, CRLF or a lone CR).
fn line_of(text: &str, at: usize) -> usize {
    let before = &text.as_bytes()[..at];
    let lone_crs = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' && before.get(i + 1) != Some(&b'\n'))
        .count();
    before.iter().filter(|&&b| b == b'\n').count() + lone_crs + 1
}

#[cfg(test)]
mod tests;
