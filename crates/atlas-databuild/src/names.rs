//! English names. Counties take the tudigong topology's `ENG_NAME`. Units
//! without one (prefectures, development zones) are romanised with the
//! `pinyin-converter` crate (word-level dictionary, so 重庆 is Chongqing and
//! not Zhongqing) after splitting off the administrative type, which is
//! translated by rule. Nothing here is a hand-typed name.

/// Ethnic designations that occur in the names of the region's autonomous
/// prefectures, longest first so that 布依族 wins over a shorter match.
/// A name that still contains 族 after stripping them fails the build, so an
/// unknown designation cannot slip into a romanised name.
const ETHNIC_DESIGNATIONS: [&str; 12] = [
    "布依族",
    "哈尼族",
    "景颇族",
    "傈僳族",
    "藏族",
    "羌族",
    "彝族",
    "苗族",
    "侗族",
    "壮族",
    "傣族",
    "白族",
];

/// Administrative type suffixes and their English renderings, longest first.
const TYPE_SUFFIXES: [(&str, &str); 8] = [
    (
        "经济技术开发区",
        "Economic and Technological Development Zone",
    ),
    ("经济开发区", "Economic Development Zone"),
    ("文化旅游创意园区", "Cultural Tourism Creative Park"),
    ("工业园区", "Industrial Park"),
    ("自治州", "Autonomous Prefecture"),
    ("地区", "Prefecture"),
    ("市", ""),
    ("区", ""),
];

/// Romanises Chinese text without tone marks as one capitalised word, the
/// way Chinese place names are written in English: 西双版纳 -> "Xishuangbanna".
/// A syllable that starts with a, e or o after another takes an apostrophe,
/// as pinyin's syllable-dividing mark requires: 普洱 -> "Pu'er", 雅安 -> "Ya'an".
pub fn romanise(text: &str) -> String {
    let words = pinyin::Converter::new(text)
        .with_tone_style(pinyin::ToneStyle::None)
        .convert()
        .to_vec();
    let mut joined = String::new();
    for syllable in words.iter().flat_map(|w| w.split_whitespace()) {
        let syllable = syllable.to_lowercase();
        if !joined.is_empty() && syllable.starts_with(['a', 'e', 'o']) {
            joined.push('\'');
        }
        joined.push_str(&syllable);
    }
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// English name of a unit from its Chinese name: the place-name stem
/// romanised, plus the translated type.
pub fn english_name(name_zh: &str) -> Result<String, String> {
    let (stem, kind) = TYPE_SUFFIXES
        .iter()
        .find_map(|(suffix, english)| {
            name_zh
                .strip_suffix(suffix)
                .filter(|s| !s.is_empty())
                .map(|s| (s, *english))
        })
        .unwrap_or((name_zh, ""));
    let mut stem = stem.to_string();
    while let Some(ethnic) = ETHNIC_DESIGNATIONS.iter().find(|e| stem.ends_with(*e)) {
        stem.truncate(stem.len() - ethnic.len());
    }
    if stem.is_empty() || stem.contains('族') {
        return Err(format!("cannot find the place name in {name_zh:?}"));
    }
    let roman = romanise(&stem);
    Ok(if kind.is_empty() {
        roman
    } else {
        format!("{roman} {kind}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefecture_names() {
        assert_eq!(english_name("重庆市").unwrap(), "Chongqing");
        assert_eq!(english_name("成都市").unwrap(), "Chengdu");
        assert_eq!(
            english_name("黔西南布依族苗族自治州").unwrap(),
            "Qianxinan Autonomous Prefecture"
        );
        assert_eq!(english_name("阿里地区").unwrap(), "Ali Prefecture");
        assert_eq!(english_name("普洱市").unwrap(), "Pu'er");
        assert_eq!(english_name("雅安市").unwrap(), "Ya'an");
        assert_eq!(english_name("广安市").unwrap(), "Guang'an");
        assert_eq!(
            english_name("西双版纳傣族自治州").unwrap(),
            "Xishuangbanna Autonomous Prefecture"
        );
    }

    #[test]
    fn development_zones() {
        assert_eq!(
            english_name("巴中经济开发区").unwrap(),
            "Bazhong Economic Development Zone"
        );
        assert_eq!(
            english_name("达孜工业园区").unwrap(),
            "Dazi Industrial Park"
        );
    }

    #[test]
    fn unknown_ethnic_designation_fails_loudly() {
        assert!(english_name("某某土家族自治州").is_err());
    }
}
