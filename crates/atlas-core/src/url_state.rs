//! The view state that lives in the URL query string, so that every view is
//! a link. Parsing never fails: a bad or outdated parameter falls back to its
//! default and leaves a [`Notice`] the app shows to the reader. Every value
//! is typed, checked against the core's lists (indicators, levers, presets,
//! outputs, assumptions) and clamped here, once.

use crate::catalogue::{self, Indicator};
use crate::dataset::Level;
use crate::measures::Dimension;
use crate::model::{Assumptions, LeverKey, Output, Preset};
use serde::{Deserialize, Serialize};

mod lab_state;
mod pair_state;
pub use lab_state::{LabScope, MapZoom};
pub use pair_state::{axis, PointColour, DEFAULT_X, DEFAULT_Y};

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

    /// The page's `lang` attribute (BCP 47).
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// The page's main view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    #[default]
    Map,
    Place,
    /// Two places side by side (`unit=` and `with=`).
    Compare,
    /// A scatter of two indicators (`x=`, `y=`).
    Relate,
    Lab,
    Table,
    Methods,
}

impl View {
    /// In the order of the navigation tabs.
    pub const ALL: [View; 7] = [
        View::Map,
        View::Place,
        View::Compare,
        View::Relate,
        View::Lab,
        View::Table,
        View::Methods,
    ];

    pub fn key(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Place => "place",
            View::Compare => "compare",
            View::Relate => "relate",
            View::Lab => "lab",
            View::Table => "table",
            View::Methods => "methods",
        }
    }

    fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// Census year shown by year-specific indicators.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Year {
    Y2010,
    #[default]
    Y2020,
}

impl Year {
    pub fn key(self) -> &'static str {
        match self {
            Year::Y2010 => "2010",
            Year::Y2020 => "2020",
        }
    }
}

/// The chart an embed shows (`chart=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmbedChart {
    /// The map (the default).
    #[default]
    Map,
    /// A place's residents 2000-2040 (with `view=place&unit=`): censuses,
    /// reported figures and the baseline projection. Without `view=place`,
    /// `chart=trend` is an older link to the lab's chart and parses as
    /// [`EmbedChart::Lab`].
    Trend,
    /// A place's population pyramid (with `unit=`).
    Pyramid,
    /// The relationships view's scatter (with `x=`, `y=`, `colour=`).
    Relate,
    /// The lab's scenario chart and its cost table (with the lab's
    /// `levers=`, `compare=`, `unit=`).
    Lab,
    /// A place's headline and indicator cards (with `unit=`).
    Cards,
}

impl EmbedChart {
    pub const ALL: [EmbedChart; 6] = [
        EmbedChart::Map,
        EmbedChart::Trend,
        EmbedChart::Pyramid,
        EmbedChart::Relate,
        EmbedChart::Lab,
        EmbedChart::Cards,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EmbedChart::Map => "map",
            EmbedChart::Trend => "trend",
            EmbedChart::Pyramid => "pyramid",
            EmbedChart::Relate => "relate",
            EmbedChart::Lab => "lab",
            EmbedChart::Cards => "cards",
        }
    }

    /// Whether the chart belongs to one place (and needs `unit=`).
    pub fn of_a_place(self) -> bool {
        matches!(
            self,
            EmbedChart::Trend | EmbedChart::Pyramid | EmbedChart::Cards
        )
    }

    fn parse(s: &str) -> Option<EmbedChart> {
        EmbedChart::ALL.into_iter().find(|c| c.key() == s)
    }
}

/// What the URL says the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub view: View,
    /// Selected unit (`unit=<6-digit adcode>`).
    pub unit: Option<u32>,
    /// Map level (`level=prefecture|county`).
    pub level: Level,
    /// Counties of one prefecture only (`within=<prefecture adcode>`).
    pub within: Option<u32>,
    /// Map indicator (`indicator=<catalogue key>`, an older alias
    /// accepted); `None` = the default, population change.
    pub indicator: Option<&'static Indicator>,
    pub year: Year,
    /// Lever settings (`levers=key:value,key:value`), in URL order.
    pub levers: Vec<(LeverKey, f64)>,
    /// Scenario presets compared in the lab (`compare=a,b`).
    pub compare: Vec<Preset>,
    /// `lang=zh|en`.
    pub lang: Lang,
    /// `embed=1`: only the chosen chart or map, with a caption.
    pub embed: bool,
    /// Which chart an embed shows (`chart=<key>`).
    pub chart: EmbedChart,
    /// `controls=0`: an embed without its pickers (the chart alone, for a
    /// page that states what it shows).
    pub bare: bool,
    /// The lab's scope when it differs from its default (a place when one
    /// is selected): `scope=region|unit`.
    pub scope: Option<LabScope>,
    /// The lab's chart output (`output=<key>`); `None` = population.
    pub output: Option<Output>,
    /// Model assumptions moved from their central values
    /// (`assume=key:value,...`), clamped to their ranges.
    pub assume: Assumptions,
    /// The reader's own weights of a dimension's indicators
    /// (`weights_population=0.2,0.3,...`), in the dimension's order.
    pub weights: Vec<(Dimension, Vec<f64>)>,
    /// The map's zoom and centre (`zoom=4&at=x,y`, map units).
    pub zoom: Option<MapZoom>,
    /// The map's year after the 2020 census (`year=2021` ... `year=2040`):
    /// the change in residents since 2010 from the reported figures or the
    /// baseline projection ([`crate::timeline`]); `None` = a census year
    /// (`year`, which for the change in residents is the time control's
    /// 2010 or 2020 stop: [`crate::timeline::shown`]).
    pub time: Option<u32>,
    /// The compare view's second place (`with=<adcode>`).
    pub with: Option<u32>,
    /// The relationships view's axes (`x=`, `y=`, catalogue keys); `None` =
    /// the defaults ([`DEFAULT_X`], [`DEFAULT_Y`]).
    pub x: Option<&'static Indicator>,
    pub y: Option<&'static Indicator>,
    /// What colours its points (`colour=province|class`).
    pub colour: PointColour,
}

/// Something in the URL that was ignored, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `name=value` is not a valid value for that parameter.
    InvalidValue { name: String, value: String },
    /// A well-formed unit code that the dataset does not have.
    UnknownUnit(u32),
    /// A key the app does not know (an indicator, lever or preset that was
    /// renamed or removed since the link was made).
    UnknownKey { name: String, value: String },
    /// A number outside its range, replaced by the nearest allowed value.
    Clamped {
        name: String,
        value: String,
        used: String,
    },
}

/// Longest value kept verbatim in a notice (longer ones are cut), so a hostile
/// link cannot flood the page.
const NOTICE_VALUE_MAX_CHARS: usize = 40;

/// Most list items (levers, compared scenarios) read from one link.
pub const MAX_LIST_ITEMS: usize = 24;

/// A key: lower-case ASCII letters, digits and `_`, 1 to 40 characters.
pub fn is_key(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether a link's levers and assumptions make a scenario of their own:
/// any lever set, or any assumption off its central value. Then the map's
/// projected years and their captions show that scenario, not the
/// baseline.
pub fn carries_scenario(levers: &[(LeverKey, f64)], assume: &Assumptions) -> bool {
    !levers.is_empty() || *assume != Assumptions::central()
}

impl ViewState {
    /// See [`carries_scenario`].
    pub fn carries_scenario(&self) -> bool {
        carries_scenario(&self.levers, &self.assume)
    }

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
                "view" => View::parse(&value).map(|v| state.view = v).is_some(),
                "unit" => parse_adcode(&value).map(|c| state.unit = Some(c)).is_some(),
                "within" => parse_adcode(&value)
                    .map(|c| state.within = Some(c))
                    .is_some(),
                "level" => match value.as_str() {
                    "prefecture" => set(&mut state.level, Level::Prefecture),
                    "county" => set(&mut state.level, Level::County),
                    _ => false,
                },
                "indicator" => is_key(&value) && parse_indicator(&value, &mut state, &mut notices),
                "chart" => EmbedChart::parse(&value).map(|c| state.chart = c).is_some(),
                "year" => match value.as_str() {
                    "2010" => set(&mut state.year, Year::Y2010),
                    "2020" => set(&mut state.year, Year::Y2020),
                    later => later
                        .parse::<u32>()
                        .ok()
                        .filter(|y| *y > 2020 && crate::timeline::basis(*y).is_some())
                        .map(|y| state.time = Some(y))
                        .is_some(),
                },
                "levers" => {
                    lab_state::parse_lever_settings(&value, &mut state.levers, &mut notices)
                }
                "compare" => lab_state::parse_presets(&value, &mut state.compare, &mut notices),
                "lang" => match value.as_str() {
                    "zh" => set(&mut state.lang, Lang::Zh),
                    "en" => set(&mut state.lang, Lang::En),
                    _ => false,
                },
                "scope" => LabScope::parse(&value)
                    .map(|s| state.scope = Some(s))
                    .is_some(),
                "output" => Output::ALL
                    .into_iter()
                    .find(|o| o.key() == value)
                    .map(|o| state.output = Some(o))
                    .is_some(),
                "assume" => lab_state::parse_assumptions(&value, &mut state.assume, &mut notices),
                "zoom" => lab_state::parse_zoom(&value, &mut state.zoom, &mut notices),
                "at" => lab_state::parse_at(&value, &mut state.zoom),
                "with" => parse_adcode(&value).map(|c| state.with = Some(c)).is_some(),
                "x" => pair_state::parse_axis("x", &value, DEFAULT_X, &mut state.x, &mut notices),
                "y" => pair_state::parse_axis("y", &value, DEFAULT_Y, &mut state.y, &mut notices),
                "colour" => PointColour::parse(&value)
                    .map(|c| state.colour = c)
                    .is_some(),
                weights if weights.starts_with("weights_") => lab_state::parse_weights(
                    &weights["weights_".len()..],
                    &value,
                    &mut state.weights,
                ),
                "embed" => match value.as_str() {
                    "1" | "true" => set(&mut state.embed, true),
                    "0" | "false" => set(&mut state.embed, false),
                    _ => false,
                },
                "controls" => match value.as_str() {
                    "1" | "true" => set(&mut state.bare, false),
                    "0" | "false" => set(&mut state.bare, true),
                    _ => false,
                },
                // Unknown parameters (from other tools, trackers, future
                // versions) are ignored silently: they do not change the view.
                _ => true,
            };
            if !ok {
                notices.push(Notice::InvalidValue {
                    name: clip(&name),
                    value: clip(&value),
                });
            }
        }
        // Before the place trend had its own embed, `chart=trend` was the
        // lab's chart; links made then (any view but a place) still open it.
        if state.chart == EmbedChart::Trend && state.view != View::Place {
            state.chart = EmbedChart::Lab;
        }
        (state, notices)
    }

    /// Drops a unit (or drill-down prefecture) the dataset does not know,
    /// with a notice.
    pub fn resolve_units(&mut self, exists: impl Fn(u32) -> bool) -> Vec<Notice> {
        let mut notices = Vec::new();
        for slot in [&mut self.unit, &mut self.within, &mut self.with] {
            if let Some(code) = *slot {
                if !exists(code) {
                    *slot = None;
                    notices.push(Notice::UnknownUnit(code));
                }
            }
        }
        notices
    }

    /// The canonical query string (without `?`): defaults are omitted, keys
    /// in a fixed order, so equal states give equal links.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.view != View::default() {
            parts.push(format!("view={}", self.view.key()));
        }
        if let Some(code) = self.unit {
            parts.push(format!("unit={code}"));
        }
        if self.level != Level::default() {
            parts.push(format!("level={}", self.level.key()));
        }
        if let Some(code) = self.within {
            parts.push(format!("within={code}"));
        }
        if let Some(ind) = self.indicator {
            parts.push(format!("indicator={}", ind.key));
        }
        match self.time {
            Some(y) => parts.push(format!("year={y}")),
            None if self.year != Year::default() => parts.push(format!("year={}", self.year.key())),
            None => {}
        }
        if !self.levers.is_empty() {
            let items: Vec<String> = self
                .levers
                .iter()
                .map(|(k, v)| format!("{}:{}", k.key(), format_number(*v)))
                .collect();
            parts.push(format!("levers={}", items.join(",")));
        }
        if !self.compare.is_empty() {
            let keys: Vec<&str> = self.compare.iter().map(|p| p.key()).collect();
            parts.push(format!("compare={}", keys.join(",")));
        }
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.key()));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if self.chart != EmbedChart::default() {
            parts.push(format!("chart={}", self.chart.key()));
        }
        if self.bare {
            parts.push("controls=0".into());
        }
        lab_state::write(self, &mut parts);
        pair_state::write(self, &mut parts);
        parts.join("&")
    }
}

/// A catalogue key (an older alias gives today's indicator, so the link is
/// rewritten); the default indicator is kept as `None`, so that both links
/// are the same view. A key the catalogue lacks is dropped with a notice.
/// (The reader's own layer cannot travel in a link.)
fn parse_indicator(key: &str, state: &mut ViewState, notices: &mut Vec<Notice>) -> bool {
    match catalogue::find(key) {
        Some(ind) => state.indicator = (ind.key != catalogue::DEFAULT_KEY).then_some(ind),
        None => notices.push(Notice::UnknownKey {
            name: "indicator".into(),
            value: clip(key),
        }),
    }
    true
}

fn set<T>(slot: &mut T, value: T) -> bool {
    *slot = value;
    true
}

/// Shortest decimal that reads back as the same number (`1800`, `0.25`).
fn format_number(v: f64) -> String {
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn parse_adcode(value: &str) -> Option<u32> {
    if value.len() == 6 && value.bytes().all(|b| b.is_ascii_digit()) && !value.starts_with('0') {
        value.parse().ok()
    } else {
        None
    }
}

/// `a:1,b:2.5` -> [(a, 1), (b, 2.5)]; any malformed item rejects the list.
fn parse_levers(value: &str) -> Option<Vec<(String, f64)>> {
    if value.is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&str> = value.split(',').collect();
    if items.len() > MAX_LIST_ITEMS {
        return None;
    }
    let mut out: Vec<(String, f64)> = Vec::new();
    for item in items {
        let (key, number) = item.split_once(':')?;
        let v: f64 = number.parse().ok().filter(|v: &f64| v.is_finite())?;
        if !is_key(key) || out.iter().any(|(k, _)| k == key) {
            return None;
        }
        out.push((key.to_string(), v));
    }
    Some(out)
}

/// `a,b` -> [a, b]; any malformed or repeated key rejects the list.
fn parse_keys(value: &str) -> Option<Vec<String>> {
    if value.is_empty() {
        return Some(Vec::new());
    }
    let items: Vec<&str> = value.split(',').collect();
    if items.len() > MAX_LIST_ITEMS {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for key in items {
        if !is_key(key) || out.iter().any(|k| k == key) {
            return None;
        }
        out.push(key.to_string());
    }
    Some(out)
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
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
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
mod tests;
