//! Lower case for matching place names typed or uploaded in Latin letters.
//!
//! The names are pinyin and the official English names: ASCII letters and a
//! few Latin-1 ones (Xigazê, Lhünzhub). `char::to_lowercase` covers all of
//! Unicode and brings its case tables into the WebAssembly (about 4 kB
//! brotli of the first load); these letters need none of them.

/// `c` in lower case if it is an upper-case ASCII or Latin-1 letter
/// (`A`-`Z`, `À`-`Þ` but for the multiplication sign), otherwise `c`.
pub fn latin_lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

/// A string with [`latin_lower`] applied to each character.
pub fn latin_lowercase(s: &str) -> String {
    s.chars().map(latin_lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_lower_as_unicode_does() {
        for c in ('\0'..='ÿ').chain(['Ā', '中', 'Ʒ']) {
            let expected = if c.is_ascii_uppercase() || ('À'..='Þ').contains(&c) && c != '×' {
                c.to_lowercase().next().unwrap()
            } else {
                c
            };
            assert_eq!(latin_lower(c), expected, "{c:?}");
        }
        assert_eq!(
            latin_lowercase("XIGAZÊ 日喀则 Pu'er"),
            "xigazê 日喀则 pu'er"
        );
    }
}
