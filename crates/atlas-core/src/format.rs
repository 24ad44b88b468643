//! Number formatting per language: Chinese counts in 万 / 亿, English in
//! thousand / million. Missing values are the caller's business (they show
//! "no data", never a formatted zero).

use crate::url_state::Lang;

/// `20937757` -> `"20,937,757"`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A non-negative number grouped by thousands with fixed decimals:
/// `(10801.16, 2)` -> `"10,801.16"`.
pub fn grouped_decimal(v: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = if v < 0.0 {
        "-".to_string()
    } else {
        String::new()
    };
    out.push_str(&grouped(whole.parse().unwrap_or(0)));
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A population in words a reader takes in at a glance:
/// zh `2093.8万`, `3.21亿`; en `20.94 million`, `912.3 thousand`.
pub fn population_short(n: u64, lang: Lang) -> String {
    let x = n as f64;
    match lang {
        Lang::Zh => {
            if x >= 1e8 {
                format!("{:.2}亿", x / 1e8)
            } else if x >= 1e4 {
                format!("{:.1}万", x / 1e4)
            } else {
                grouped(n)
            }
        }
        Lang::En => {
            if x >= 1e6 {
                format!("{:.2} million", x / 1e6)
            } else if x >= 1e3 {
                format!("{:.1} thousand", x / 1e3)
            } else {
                grouped(n)
            }
        }
    }
}

/// A persons value as a chart axis tick, short: zh `35万`, `3.5万`; en
/// `1.2M`, `35k`, `3.5k`; below that the plain number.
pub fn axis_persons(v: f64, lang: Lang) -> String {
    let a = v.abs();
    match lang {
        Lang::Zh if a >= 1e5 => format!("{:.0}万", v / 1e4),
        Lang::Zh if a >= 1e4 => format!("{:.1}万", v / 1e4),
        Lang::En if a >= 1e6 => format!("{:.1}M", v / 1e6),
        Lang::En if a >= 1e4 => format!("{:.0}k", v / 1e3),
        Lang::En if a >= 1e3 => format!("{:.1}k", v / 1e3),
        _ => format!("{v:.0}"),
    }
}

/// A yuan value as a chart axis tick: zh in 亿, en in billions.
pub fn axis_yuan(v: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{:.0}亿", v / 1e8),
        Lang::En => format!("{:.1}bn", v / 1e9),
    }
}

/// A signed change in percent, `+38.5%` / `-17.4%`, with `decimals` places.
/// A value that rounds to zero shows as `0.0%` without a sign.
pub fn signed_pct(pct: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, pct);
    if s.trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        return format!("{}%", s.trim_start_matches('-'));
    }
    if pct > 0.0 {
        format!("+{s}%")
    } else {
        format!("{s}%")
    }
}

/// A share in percent, `17.98%`.
pub fn pct(value: f64, decimals: usize) -> String {
    format!("{:.*}%", decimals, value)
}

/// Columns a string takes in a monospaced terminal: 2 for East Asian wide
/// characters (CJK ideographs, full-width forms, kana, hangul), 1 otherwise,
/// so that tables mixing Chinese and Latin text line up.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// `text` padded with spaces to `width` display columns ([`display_width`]).
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{text}{}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_ticks_per_language() {
        assert_eq!(axis_persons(350_000.0, Lang::Zh), "35万");
        assert_eq!(axis_persons(35_000.0, Lang::Zh), "3.5万");
        assert_eq!(axis_persons(1_234_567.0, Lang::En), "1.2M");
        assert_eq!(axis_persons(3_500.0, Lang::En), "3.5k");
        assert_eq!(axis_persons(350.0, Lang::En), "350");
        assert_eq!(axis_yuan(2.5e9, Lang::Zh), "25亿");
        assert_eq!(axis_yuan(2.5e9, Lang::En), "2.5bn");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(20_937_757), "20,937,757");
    }

    #[test]
    fn short_populations_per_language() {
        assert_eq!(grouped_decimal(10_801.163_3, 2), "10,801.16");
        assert_eq!(grouped_decimal(1.08, 1), "1.1");
        assert_eq!(population_short(20_937_757, Lang::Zh), "2093.8万");
        assert_eq!(population_short(320_541_590, Lang::Zh), "3.21亿");
        assert_eq!(population_short(20_937_757, Lang::En), "20.94 million");
        assert_eq!(population_short(912_345, Lang::En), "912.3 thousand");
        assert_eq!(population_short(512, Lang::En), "512");
    }

    #[test]
    fn signed_percentages() {
        assert_eq!(signed_pct(-17.44, 1), "-17.4%");
        assert_eq!(signed_pct(38.47, 1), "+38.5%");
        assert_eq!(signed_pct(-0.01, 1), "0.0%");
        assert_eq!(signed_pct(0.0, 1), "0.0%");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("巴中市"), 6);
        assert_eq!(display_width("m² 60岁"), 7);
        assert_eq!(display_width("（）"), 4);
        assert_eq!(pad("巴中", 6), "巴中  ");
        assert_eq!(pad("toolong", 3), "toolong");
    }
}
