//! Reading one value cell.
//!
//! Accepted: an optional sign, digits with a decimal point (`12.5`, `.5`,
//! `-3`), an exponent (`1.2e6`), thousands separated by commas in the strict
//! form `1,234,567.8`, and one trailing `%` (or full-width `％`), which is
//! dropped: `12.5%` reads as 12.5, like the atlas's own shares (0-100).
//! Refused: a decimal comma (`1,5` is not 1.5: the atlas is read with the
//! Chinese and English convention of a decimal point, and a comma that is not
//! a strict thousands separator is an error rather than a silent guess),
//! spaces inside the number, `inf` and `NaN`.

/// Cells that mean "no data" (compared without ASCII case): never read as 0.
pub const MISSING_MARKERS: [&str; 9] = ["", "NA", "N/A", "#N/A", "-", "–", "—", "..", "NULL"];

/// What a value cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Value {
    Missing,
    Number(f64),
    /// Written as a number but not finite: `inf`, `NaN`, `1e999`.
    NonFinite,
    NotANumber,
}

impl Value {
    /// Written as a number, finite or not (what makes a column numeric).
    pub fn is_numeric(self) -> bool {
        matches!(self, Value::Number(_) | Value::NonFinite)
    }
}

pub(super) fn read_value(cell: &str) -> Value {
    let cell = cell.trim();
    if MISSING_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(cell)) {
        return Value::Missing;
    }
    let body = cell.strip_suffix(['%', '％']).unwrap_or(cell).trim_end();
    let unsigned = body.strip_prefix(['+', '-']).unwrap_or(body);
    if ["inf", "infinity", "nan"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(unsigned))
    {
        return Value::NonFinite;
    }
    let Some(plain) = without_thousands_separators(body) else {
        return Value::NotANumber;
    };
    // Only digits, sign, point and exponent may reach `f64::from_str`, which
    // would otherwise also take the words refused above.
    if !plain
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
    {
        return Value::NotANumber;
    }
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => Value::Number(v),
        Ok(_) => Value::NonFinite,
        Err(_) => Value::NotANumber,
    }
}

/// `1,234.5` -> `1234.5`. Commas are allowed only in the integer part, in
/// groups of three after a first group of one to three digits.
fn without_thousands_separators(number: &str) -> Option<String> {
    if !number.contains(',') {
        return Some(number.to_string());
    }
    let int_end = number.find(['.', 'e', 'E']).unwrap_or(number.len());
    let (int_part, rest) = number.split_at(int_end);
    if rest.contains(',') {
        return None;
    }
    let digits = int_part.strip_prefix(['+', '-']).unwrap_or(int_part);
    let mut groups = digits.split(',');
    let first = groups.next()?;
    let is_digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if !(1..=3).contains(&first.len()) || !is_digits(first) {
        return None;
    }
    if !groups.all(|g| g.len() == 3 && is_digits(g)) {
        return None;
    }
    Some(format!("{}{rest}", int_part.replace(',', "")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Value::*;

    #[test]
    fn numbers_percentages_and_thousands() {
        for (cell, v) in [
            ("12.5", 12.5),
            (" -3 ", -3.0),
            ("+.5", 0.5),
            ("7.", 7.0),
            ("1.2e3", 1200.0),
            ("12.5%", 12.5),
            ("12.5 ％", 12.5),
            ("1,234", 1234.0),
            ("-1,234,567.25", -1234567.25),
            ("1e-400", 0.0),
        ] {
            assert_eq!(read_value(cell), Number(v), "{cell:?}");
        }
    }

    #[test]
    fn missing_markers_are_not_zero() {
        for cell in ["", "  ", "NA", "na", "n/a", "#N/A", "-", "—", "..", "null"] {
            assert_eq!(read_value(cell), Missing, "{cell:?}");
        }
    }

    #[test]
    fn refusals() {
        for cell in [
            "1,5", "12,34", "1,2345", ",123", "1,234,5", "1.5,000", "1 234", "abc", "12%%", "1e",
            "0x10", "١٢",
        ] {
            assert_eq!(read_value(cell), NotANumber, "{cell:?}");
        }
        for cell in ["inf", "-Infinity", "NaN", "1e999", "-1e400%"] {
            assert_eq!(read_value(cell), NonFinite, "{cell:?}");
        }
    }
}
