//! A source table (CSV or the first sheet of an xlsx workbook) with lookup of
//! columns by header. Headers are compared without whitespace, because the
//! yearbook workbooks break long headers over lines.

use calamine::{open_workbook, Data, Reader, Xlsx};
use std::path::Path;

/// One cell: a number, a text, or nothing ("NA" and blanks are nothing).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Num(f64),
    Text(String),
}

pub struct Table {
    pub name: String,
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

/// A row with access to its table's headers.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    table: &'a Table,
    index: usize,
}

fn normalise_header(h: &str) -> String {
    h.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .collect()
}

fn cell_from_text(s: &str) -> Cell {
    let t = s.trim();
    if t.is_empty() || t == "NA" {
        Cell::Empty
    } else if let Ok(v) = t.parse::<f64>() {
        Cell::Num(v)
    } else {
        Cell::Text(t.to_string())
    }
}

impl Table {
    pub fn from_csv(name: &str, text: &str) -> Result<Table, String> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| format!("{name}: {e}"))?
            .iter()
            .map(normalise_header)
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| format!("{name}: {e}"))?;
            rows.push(record.iter().map(cell_from_text).collect());
        }
        Ok(Table {
            name: name.to_string(),
            headers,
            rows,
        })
    }

    /// The first worksheet of an xlsx workbook; its first row is the header.
    pub fn from_xlsx(path: &Path) -> Result<Table, String> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut book: Xlsx<_> = open_workbook(path).map_err(|e| format!("{name}: {e}"))?;
        let sheet = book
            .sheet_names()
            .first()
            .cloned()
            .ok_or(format!("{name}: no sheet"))?;
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| format!("{name}: {e}"))?;
        let mut iter = range.rows();
        let headers = iter
            .next()
            .ok_or(format!("{name}: empty sheet"))?
            .iter()
            .map(|c| normalise_header(&c.to_string()))
            .collect();
        let rows = iter
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Data::Float(v) => Cell::Num(*v),
                        Data::Int(v) => Cell::Num(*v as f64),
                        Data::String(s) => cell_from_text(s),
                        Data::Empty => Cell::Empty,
                        other => cell_from_text(&other.to_string()),
                    })
                    .collect()
            })
            .collect();
        Ok(Table {
            name,
            headers,
            rows,
        })
    }

    /// Index of the column with this header (whitespace ignored).
    pub fn column(&self, header: &str) -> Result<usize, String> {
        let wanted = normalise_header(header);
        self.headers
            .iter()
            .position(|h| *h == wanted)
            .ok_or(format!("{}: no column {header:?}", self.name))
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.rows.len()).map(move |index| Row { table: self, index })
    }
}

impl<'a> Row<'a> {
    pub fn cell(&self, header: &str) -> Result<&'a Cell, String> {
        let col = self.table.column(header)?;
        Ok(self.table.rows[self.index].get(col).unwrap_or(&Cell::Empty))
    }

    /// A number, `None` for an empty cell; text in a number column is an error.
    pub fn num(&self, header: &str) -> Result<Option<f64>, String> {
        match self.cell(header)? {
            Cell::Empty => Ok(None),
            Cell::Num(v) => Ok(Some(*v)),
            Cell::Text(t) => Err(format!(
                "{} row {}: {header:?} is {t:?}, not a number",
                self.table.name,
                self.index + 2
            )),
        }
    }

    /// Text of a cell (numbers printed without a fraction when whole).
    pub fn text(&self, header: &str) -> Result<String, String> {
        Ok(match self.cell(header)? {
            Cell::Empty => String::new(),
            Cell::Num(v) if v.fract() == 0.0 => format!("{}", *v as i64),
            Cell::Num(v) => v.to_string(),
            Cell::Text(t) => t.clone(),
        })
    }

    /// A six-digit code, `None` when the cell holds no number ("NA", "全国").
    pub fn code(&self, header: &str) -> Result<Option<u32>, String> {
        let t = self.text(header)?;
        Ok(t.parse::<u32>()
            .ok()
            .filter(|c| (100_000..=999_999).contains(c)))
    }
}
