//! Colours of the map's scales, all from ColorBrewer (Cynthia Brewer,
//! colorbrewer2.org), both rated colour-blind safe there.
//!
//! - Diverging "PuOr" (6 classes) for changes: orange for losses, purple for
//!   gains, so the sign survives red-green colour blindness and greyscale.
//! - Sequential "YlGnBu" (5 classes) for levels and shares.

use atlas_core::catalogue::{Indicator, Scale};
use atlas_core::classify::{class_of, quantile_breaks};
use atlas_core::Lang;

pub const DIVERGING: [&str; 6] = [
    "#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788",
];
pub const SEQUENTIAL: [&str; 5] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

/// Fill for units without a value: a hatch pattern defined in the map's
/// `<defs>`, so "no data" never looks like a value.
pub const NO_DATA_FILL: &str = "url(#no-data-hatch)";

/// Breaks and colours of one indicator over the values shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Classes {
    pub breaks: Vec<f64>,
    pub colours: Vec<&'static str>,
    pub quantiles: bool,
}

impl Classes {
    pub fn for_indicator(indicator: &Indicator, values: &[f64]) -> Classes {
        match indicator.scale {
            Scale::Diverging(breaks) => Classes {
                breaks: breaks.to_vec(),
                colours: DIVERGING.to_vec(),
                quantiles: false,
            },
            Scale::Sequential => {
                let breaks =
                    quantile_breaks(values, SEQUENTIAL.len(), indicator.kind.break_decimals());
                // Ties can merge quintiles; use the lightest colours for the
                // classes that remain so the ramp still starts at "low".
                let colours = SEQUENTIAL[SEQUENTIAL.len() - (breaks.len() + 1)..].to_vec();
                Classes {
                    breaks,
                    colours,
                    quantiles: true,
                }
            }
        }
    }

    pub fn fill(&self, value: Option<f64>) -> &'static str {
        match value {
            Some(v) => self.colours[class_of(v, &self.breaks).min(self.colours.len() - 1)],
            None => NO_DATA_FILL,
        }
    }

    /// Legend labels, one per class.
    pub fn labels(&self, indicator: &Indicator, lang: Lang) -> Vec<String> {
        let f = |v: f64| indicator.format(v, lang);
        let b = &self.breaks;
        if b.is_empty() {
            return vec![String::new(); self.colours.len()];
        }
        let mut labels = vec![format!("< {}", f(b[0]))];
        for w in b.windows(2) {
            labels.push(format!("{} – {}", f(w[0]), f(w[1])));
        }
        labels.push(format!("≥ {}", f(b[b.len() - 1])));
        labels
    }
}
