//! What colours a point (`colour=province|class`) and the legend of those
//! colours. Provinces take the Okabe-Ito palette (distinct under the common
//! colour blindnesses); the shrinkage classes the map's orange-purple
//! ramp, darker for more loss. Colour is never the only carrier: the hover
//! name and the table give the province and the class in words.

use crate::i18n::relate::relate_texts;
use crate::units::province_name;
use atlas_core::change::{shrink_class, ShrinkClass};
use atlas_core::url_state::PointColour;
use atlas_core::{Bundle, Lang, Unit};

const PROVINCES: [&str; 7] = [
    "#e69f00", "#56b4e9", "#009e73", "#0072b2", "#cc79a7", "#d55e00", "#f0e442",
];

/// Growing, mild, moderate, severe (as [`ShrinkClass::ALL`]).
const CLASSES: [&str; 4] = ["#8073ac", "#fdb863", "#e66101", "#7f3b08"];

/// A point without a class (no comparable 2010 figure).
const NO_CLASS: &str = "#bdbdbd";

fn class_colour(class: Option<ShrinkClass>) -> &'static str {
    class
        .and_then(|c| ShrinkClass::ALL.iter().position(|k| *k == c))
        .map_or(NO_CLASS, |i| CLASSES[i])
}

fn province_colour(bundle: &Bundle, province: u32) -> &'static str {
    let i = bundle.provinces.iter().position(|p| p.code == province);
    i.map_or(NO_CLASS, |i| PROVINCES[i % PROVINCES.len()])
}

/// The fill of a unit's point.
pub fn fill(unit: &Unit, by: PointColour, bundle: &Bundle) -> &'static str {
    match by {
        PointColour::Province => province_colour(bundle, unit.province),
        PointColour::Class => class_colour(shrink_class(unit)),
    }
}

/// The legend's entries (colour, words) for the units drawn: every
/// province, or every class (and "no class" if a unit drawn lacks one).
pub fn legend<'a>(
    by: PointColour,
    bundle: &Bundle,
    drawn: impl Iterator<Item = &'a Unit>,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    match by {
        PointColour::Province => bundle
            .provinces
            .iter()
            .map(|p| (province_colour(bundle, p.code), province_name(p, lang)))
            .collect(),
        PointColour::Class => {
            let mut entries: Vec<_> = ShrinkClass::ALL
                .iter()
                .map(|c| (class_colour(Some(*c)), c.name(lang).to_string()))
                .collect();
            let mut drawn = drawn;
            if drawn.any(|u| shrink_class(u).is_none()) {
                entries.push((NO_CLASS, relate_texts(lang).no_class.to_string()));
            }
            entries
        }
    }
}
