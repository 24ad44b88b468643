//! A small, lenient CSV reader for user uploads: comma, semicolon or tab
//! separated, RFC 4180 quoting (`"a,b"`, `""` for a quote, line breaks
//! inside quotes), LF, CRLF or lone CR line ends. Blank records are dropped.
//! It reads text that is already bounded in size by the caller.

/// One non-blank record and the (1-based) line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum CsvError {
    /// A quoted field opened on this line runs to the end of the file.
    UnclosedQuote { line: usize },
    /// More than the allowed number of records.
    TooManyRecords,
}

const CANDIDATES: [char; 3] = ['\t', ';', ','];

/// The separator of the first line that holds anything but whitespace,
/// separators and quotes (the header): the candidate that occurs most often
/// outside quotes. Ties go to tab, then semicolon, then comma: a tab or a
/// semicolon in a header is there on purpose, while commas also occur in
/// column names. A line with none of them is a one-column file: comma.
pub(super) fn detect_separator(text: &str) -> char {
    let is_filler = |c: char| c.is_whitespace() || c == '"' || CANDIDATES.contains(&c);
    let Some(header) = text.lines().find(|l| !l.chars().all(is_filler)) else {
        return ',';
    };
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for c in header.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            if let Some(i) = CANDIDATES.iter().position(|&s| s == c) {
                counts[i] += 1;
            }
        }
    }
    // `max_by_key` keeps the last maximum; iterate in reverse so that ties
    // go to the earliest candidate.
    (0..3)
        .rev()
        .max_by_key(|&i| counts[i])
        .filter(|&i| counts[i] > 0)
        .map_or(',', |i| CANDIDATES[i])
}

/// Splits `text` into records of cells (untrimmed), dropping records whose
/// cells are all blank. Fails on an unclosed quote or when there are more
/// than `max_records` records.
pub(super) fn read_records(
    text: &str,
    sep: char,
    max_records: usize,
) -> Result<Vec<Record>, CsvError> {
    let mut reader = Reader {
        records: Vec::new(),
        cells: Vec::new(),
        cell: String::new(),
        cell_is_blank: true,
        max_records,
    };
    let mut line = 1;
    let mut record_line = 1;
    let mut quote_line = 0;
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    reader.push('"');
                }
                '"' => in_quotes = false,
                _ => {
                    // A CRLF inside quotes counts as one line, like outside.
                    if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                        line += 1;
                    }
                    reader.push(c);
                }
            }
            continue;
        }
        match c {
            // A quote opens a quoted field only at its start (after optional
            // blanks, as in `a, "b"`); elsewhere it is an ordinary character.
            '"' if reader.cell_is_blank => {
                reader.cell.clear();
                in_quotes = true;
                quote_line = line;
            }
            '\r' if chars.peek() == Some(&'\n') => {} // the '\n' ends the record
            '\n' | '\r' => {
                reader.end_record(record_line)?;
                line += 1;
                record_line = line;
            }
            c if c == sep => reader.end_cell(),
            c => reader.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote { line: quote_line });
    }
    reader.end_record(record_line)?;
    Ok(reader.records)
}

struct Reader {
    records: Vec<Record>,
    cells: Vec<String>,
    cell: String,
    /// Whether `cell` holds only whitespace so far. Kept as a flag because
    /// asking `cell.trim().is_empty()` at every quote rescans the cell's
    /// leading blanks: a cell of blanks, one letter and many quotes then
    /// took quadratic time (minutes for a 1 MiB file; found by review of
    /// what the fuzzer's short inputs cannot reach).
    cell_is_blank: bool,
    max_records: usize,
}

impl Reader {
    fn push(&mut self, c: char) {
        self.cell_is_blank &= c.is_whitespace();
        self.cell.push(c);
    }

    fn end_cell(&mut self) {
        self.cells.push(std::mem::take(&mut self.cell));
        self.cell_is_blank = true;
    }

    fn end_record(&mut self, line: usize) -> Result<(), CsvError> {
        self.end_cell();
        let cells = std::mem::take(&mut self.cells);
        if cells.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        if self.records.len() == self.max_records {
            return Err(CsvError::TooManyRecords);
        }
        self.records.push(Record { line, cells });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str, sep: char) -> Vec<(usize, Vec<String>)> {
        read_records(text, sep, 100)
            .unwrap()
            .into_iter()
            .map(|r| (r.line, r.cells))
            .collect()
    }

    fn row(line: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (line, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn detects_the_header_separator() {
        assert_eq!(detect_separator("a,b\n1;2;3"), ',');
        assert_eq!(detect_separator("a;b;c\n1,5;2"), ';');
        assert_eq!(detect_separator("a\tb\n"), '\t');
        assert_eq!(
            detect_separator("\"x,y\";b\n"),
            ';',
            "separators inside quotes do not count"
        );
        assert_eq!(detect_separator("a,b;c\n"), ';', "ties go to the semicolon");
        assert_eq!(
            detect_separator("\n ,,\nname\tvalue"),
            '\t',
            "blank-ish lines are skipped"
        );
        assert_eq!(detect_separator("value"), ',');
        assert_eq!(detect_separator(""), ',');
    }

    #[test]
    fn quotes_crlf_and_blank_records() {
        let text = "a,\"b,c\"\r\n\r\n,, \n\"say \"\"hi\"\"\", \"x\r\ny\"\r\nlast,1";
        assert_eq!(
            cells(text, ','),
            vec![
                row(1, &["a", "b,c"]),
                row(4, &["say \"hi\"", "x\r\ny"]),
                row(6, &["last", "1"])
            ]
        );
    }

    #[test]
    fn lone_cr_ends_lines_and_stray_quotes_are_text() {
        assert_eq!(
            cells("a;b\r1;x\"y\"", ';'),
            vec![row(1, &["a", "b"]), row(2, &["1", "x\"y\""])]
        );
    }

    #[test]
    fn unclosed_quotes_and_too_many_records_fail() {
        assert_eq!(
            read_records("a,b\n1,\"2\n3,4", ',', 10),
            Err(CsvError::UnclosedQuote { line: 2 })
        );
        assert_eq!(
            read_records("a\nb\nc", ',', 2),
            Err(CsvError::TooManyRecords)
        );
        assert!(
            read_records("a\n\n\nb\n", ',', 2).is_ok(),
            "blank lines do not count"
        );
    }
}
