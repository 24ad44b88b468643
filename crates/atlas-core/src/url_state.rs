//! The view state that lives in the URL query string, so that every view is
//! a link. Parsing never fails: a bad or outdated parameter falls back to its
//! default and leaves a [`Notice`] the app shows to the reader.

use serde::{Deserialize, Serialize};

/// Interface language. Chinese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// What the URL says the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Selected unit (`unit=<6-digit adcode>`).
    pub unit: Option<u32>,
    /// `lang=zh|en`.
    pub lang: Lang,
}

/// Something in the URL that was ignored, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `name=value` is not a valid value for that parameter.
    InvalidValue { name: String, value: String },
    /// A well-formed unit code that the dataset does not have.
    UnknownUnit(u32),
}

/// Longest value kept verbatim in a notice (longer ones are cut), so a hostile
/// link cannot flood the page.
const NOTICE_VALUE_MAX_CHARS: usize = 40;

impl ViewState {
    /// Parses a query string (with or without the leading `?`).
    pub fn from_query(query: &str) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode(raw_name);
            let value = percent_decode(raw_value);
            let ok = match name.as_str() {
                "unit" => parse_adcode(&value).map(|c| state.unit = Some(c)).is_some(),
                "lang" => match value.as_str() {
                    "zh" => {
                        state.lang = Lang::Zh;
                        true
                    }
                    "en" => {
                        state.lang = Lang::En;
                        true
                    }
                    _ => false,
                },
                // Unknown parameters (from other tools, trackers, future
                // versions) are ignored silently: they do not change the view.
                _ => true,
            };
            if !ok {
                notices.push(Notice::InvalidValue { name: clip(&name), value: clip(&value) });
            }
        }
        (state, notices)
    }

    /// Drops a unit the dataset does not know, with a notice.
    pub fn resolve_unit(&mut self, exists: impl Fn(u32) -> bool) -> Option<Notice> {
        match self.unit {
            Some(code) if !exists(code) => {
                self.unit = None;
                Some(Notice::UnknownUnit(code))
            }
            _ => None,
        }
    }

    /// The canonical query string (without `?`): defaults are omitted, keys
    /// in a fixed order, so equal states give equal links.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(code) = self.unit {
            parts.push(format!("unit={code}"));
        }
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.key()));
        }
        parts.join("&")
    }
}

fn parse_adcode(value: &str) -> Option<u32> {
    if value.len() == 6 && value.bytes().all(|b| b.is_ascii_digit()) && !value.starts_with('0') {
        value.parse().ok()
    } else {
        None
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() <= NOTICE_VALUE_MAX_CHARS {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(NOTICE_VALUE_MAX_CHARS).collect();
        out.push('…');
        out
    }
}

/// Decodes `%XX` escapes and `+` as space; invalid escapes are kept as they
/// are and invalid UTF-8 becomes U+FFFD, so decoding cannot fail.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_unit_and_lang() {
        let (s, n) = ViewState::from_query("?unit=511900&lang=en");
        assert_eq!(s.unit, Some(511900));
        assert_eq!(s.lang, Lang::En);
        assert!(n.is_empty());
    }

    #[test]
    fn bad_values_fall_back_with_notices() {
        let (s, n) = ViewState::from_query("unit=51190&lang=fr&unit=abc");
        assert_eq!(s, ViewState::default());
        assert_eq!(n.len(), 3);
        assert_eq!(n[1], Notice::InvalidValue { name: "lang".into(), value: "fr".into() });
    }

    #[test]
    fn unknown_params_and_junk_are_harmless() {
        for q in ["", "?", "&&&", "=", "%", "%zz=%", "utm_source=x", "unit", "unit=%E5%B7%B4"] {
            let (s, _) = ViewState::from_query(q);
            assert_eq!(s.unit, None, "{q}");
        }
    }

    #[test]
    fn round_trips_through_the_canonical_query() {
        let state = ViewState { unit: Some(500000), lang: Lang::En };
        assert_eq!(state.to_query(), "unit=500000&lang=en");
        assert_eq!(ViewState::from_query(&state.to_query()).0, state);
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn unknown_unit_is_dropped_with_notice() {
        let (mut s, _) = ViewState::from_query("unit=999999");
        assert_eq!(s.resolve_unit(|c| c == 511900), Some(Notice::UnknownUnit(999999)));
        assert_eq!(s.unit, None);
    }

    #[test]
    fn long_values_are_clipped_in_notices() {
        let long = "x".repeat(500);
        let (_, n) = ViewState::from_query(&format!("lang={long}"));
        match &n[0] {
            Notice::InvalidValue { value, .. } => assert!(value.chars().count() <= 41),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
        assert_eq!(percent_decode("%E5%B7%B4"), "巴");
    }
}
