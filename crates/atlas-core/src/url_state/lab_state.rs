//! The parts of the link beyond the page and the place: the lab's scope,
//! output and assumptions, the reader's weights and the map's zoom. Each is
//! typed, validated and clamped here, once; the app only reads the result.

use super::{format_number, Notice, ViewState, MAX_LIST_ITEMS};
use crate::measures::Dimension;
use crate::model::{AssumptionKey, Assumptions, LeverKey, Preset};

/// `levers=key:value,...`: each known lever, its value clamped to the
/// lever's range (with a notice); unknown keys are dropped with a notice
/// (a lever renamed or removed since the link was made). Malformed: rejected.
pub(super) fn parse_lever_settings(
    value: &str,
    out: &mut Vec<(LeverKey, f64)>,
    notices: &mut Vec<Notice>,
) -> bool {
    let Some(items) = super::parse_levers(value) else {
        return false;
    };
    out.clear();
    for (key, v) in items {
        let Some(lever) = LeverKey::from_key(&key) else {
            notices.push(Notice::UnknownKey {
                name: "levers".into(),
                value: key,
            });
            continue;
        };
        let def = lever.def();
        let used = v.clamp(def.min, def.max);
        if used != v {
            notices.push(Notice::Clamped {
                name: key,
                value: format_number(v),
                used: format_number(used),
            });
        }
        out.push((lever, used));
    }
    true
}

/// `compare=a,b`: the known presets; unknown keys dropped with a notice.
pub(super) fn parse_presets(value: &str, out: &mut Vec<Preset>, notices: &mut Vec<Notice>) -> bool {
    let Some(keys) = super::parse_keys(value) else {
        return false;
    };
    out.clear();
    for key in keys {
        match Preset::from_key(&key) {
            Some(preset) => out.push(preset),
            None => notices.push(Notice::UnknownKey {
                name: "compare".into(),
                value: key,
            }),
        }
    }
    true
}

/// What the lab looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabScope {
    /// The whole region.
    Region,
    /// The selected place.
    Unit,
}

impl LabScope {
    pub fn key(self) -> &'static str {
        match self {
            LabScope::Region => "region",
            LabScope::Unit => "unit",
        }
    }

    pub fn parse(s: &str) -> Option<LabScope> {
        [LabScope::Region, LabScope::Unit]
            .into_iter()
            .find(|v| v.key() == s)
    }
}

/// The map's zoom (1 = the whole region) and the map point at its centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapZoom {
    pub zoom: f64,
    pub centre: Option<[f64; 2]>,
}

/// Least and most zoom a link may ask for (the map's own limits).
pub const ZOOM_RANGE: (f64, f64) = (0.8, 40.0);

/// `key:value,...`: each known assumption set (clamped to its range, with a
/// notice); unknown keys are dropped with a notice. Malformed: rejected.
pub(super) fn parse_assumptions(
    value: &str,
    out: &mut Assumptions,
    notices: &mut Vec<Notice>,
) -> bool {
    let Some(items) = super::parse_levers(value) else {
        return false;
    };
    for (key, v) in items {
        let Some(k) = AssumptionKey::from_key(&key) else {
            notices.push(Notice::UnknownKey {
                name: "assume".into(),
                value: key,
            });
            continue;
        };
        out.set(k, v);
        let used = out.get(k);
        if used != v {
            notices.push(Notice::Clamped {
                name: key,
                value: format_number(v),
                used: format_number(used),
            });
        }
    }
    true
}

/// `weights_<dimension>=w,w,...`: one non-negative weight per indicator of
/// the dimension, not all zero.
pub(super) fn parse_weights(
    dimension: &str,
    value: &str,
    out: &mut Vec<(Dimension, Vec<f64>)>,
) -> bool {
    let Some(dim) = Dimension::from_key(dimension) else {
        return false;
    };
    let weights: Option<Vec<f64>> = value
        .split(',')
        .take(MAX_LIST_ITEMS + 1)
        .map(|w| w.parse::<f64>().ok().filter(|w| w.is_finite() && *w >= 0.0))
        .collect();
    match weights {
        Some(w) if w.len() == dim.indicators().count() && w.iter().any(|x| *x > 0.0) => {
            out.retain(|(d, _)| *d != dim);
            out.push((dim, w));
            crate::order::sort_by(out, |a, b| a.0.cmp(&b.0));
            true
        }
        _ => false,
    }
}

pub(super) fn parse_zoom(
    value: &str,
    out: &mut Option<MapZoom>,
    notices: &mut Vec<Notice>,
) -> bool {
    let Some(z) = value
        .parse::<f64>()
        .ok()
        .filter(|z| z.is_finite() && *z > 0.0)
    else {
        return false;
    };
    let used = z.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
    if used != z {
        notices.push(Notice::Clamped {
            name: "zoom".into(),
            value: format_number(z),
            used: format_number(used),
        });
    }
    let centre = out.and_then(|m| m.centre);
    *out = Some(MapZoom { zoom: used, centre });
    true
}

pub(super) fn parse_at(value: &str, out: &mut Option<MapZoom>) -> bool {
    let Some((x, y)) = value.split_once(',') else {
        return false;
    };
    let (Ok(x), Ok(y)) = (x.parse::<f64>(), y.parse::<f64>()) else {
        return false;
    };
    if !(x.is_finite() && y.is_finite()) {
        return false;
    }
    let zoom = out.map_or(1.0, |m| m.zoom);
    *out = Some(MapZoom {
        zoom,
        centre: Some([x, y]),
    });
    true
}

/// Appends the lab and map parameters that differ from their defaults.
pub(super) fn write(state: &ViewState, parts: &mut Vec<String>) {
    if let Some(scope) = state.scope {
        parts.push(format!("scope={}", scope.key()));
    }
    if let Some(output) = state.output {
        parts.push(format!("output={}", output.key()));
    }
    let central = Assumptions::central();
    let moved: Vec<String> = crate::model::ASSUMPTIONS
        .iter()
        .filter(|d| state.assume.get(d.key) != central.get(d.key))
        .map(|d| format!("{}:{}", d.key_str, format_number(state.assume.get(d.key))))
        .collect();
    if !moved.is_empty() {
        parts.push(format!("assume={}", moved.join(",")));
    }
    for (dim, w) in &state.weights {
        let w: Vec<String> = w.iter().map(|x| format_number(*x)).collect();
        parts.push(format!("weights_{}={}", dim.key(), w.join(",")));
    }
    if let Some(z) = state.zoom {
        parts.push(format!("zoom={}", format_number(z.zoom)));
        if let Some([x, y]) = z.centre {
            parts.push(format!("at={},{}", format_number(x), format_number(y)));
        }
    }
}
