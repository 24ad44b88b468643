//! Colours of the map's diverging change scale.
//!
//! ColorBrewer "PuOr" with 6 classes (Cynthia Brewer, colorbrewer2.org,
//! rated colour-blind safe there): orange for losses, purple for gains, so
//! that the sign survives red-green colour blindness and greyscale printing.

use atlas_core::change::{change_map_class, CHANGE_MAP_BREAKS};

pub const CHANGE_PALETTE: [&str; 6] = ["#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"];

/// Fill for units without a comparable figure: a hatch pattern defined in
/// the map's `<defs>`, so "no data" never looks like a value.
pub const NO_DATA_FILL: &str = "url(#no-data-hatch)";

/// Fill colour for a change in percent, or the no-data pattern.
pub fn change_fill(pct: Option<f64>) -> &'static str {
    pct.map(|p| CHANGE_PALETTE[change_map_class(p)]).unwrap_or(NO_DATA_FILL)
}

/// Legend labels of the six classes, from the breaks.
pub fn class_labels() -> Vec<String> {
    let b = CHANGE_MAP_BREAKS;
    let n = |x: f64| format!("{x:+.0}%").replace("+0%", "0%");
    let mut labels = vec![format!("< {}", n(b[0]))];
    for w in b.windows(2) {
        labels.push(format!("{} … {}", n(w[0]), n(w[1])));
    }
    labels.push(format!("≥ {}", n(b[b.len() - 1])));
    labels
}
