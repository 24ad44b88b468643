//! The parts of the link of the two "pair" views: the relationships view's
//! axes and colouring (`x=`, `y=`, `colour=`) and the compare view's second
//! place (`with=`). Checked here, once, like the rest of the link.

use super::{clip, Notice, ViewState};
use crate::catalogue::{self, Indicator};

/// What colours the points of the relationships view (`colour=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PointColour {
    /// By province (the default).
    #[default]
    Province,
    /// By shrinkage class of the population change.
    Class,
}

impl PointColour {
    pub const ALL: [PointColour; 2] = [PointColour::Province, PointColour::Class];

    pub fn key(self) -> &'static str {
        match self {
            PointColour::Province => "province",
            PointColour::Class => "class",
        }
    }

    pub(super) fn parse(s: &str) -> Option<PointColour> {
        PointColour::ALL.into_iter().find(|c| c.key() == s)
    }
}

/// The default horizontal axis: population change 2010-2020.
pub const DEFAULT_X: &str = "pop_change";
/// The default vertical axis: GDP per resident 2015 (the paper's thesis in
/// one picture: do the places that lost people produce less per head?).
pub const DEFAULT_Y: &str = "gdp_per_resident_2015";

/// The indicator of an axis key, the default when absent.
pub fn axis(chosen: Option<&'static Indicator>, default_key: &str) -> Option<&'static Indicator> {
    chosen.or_else(|| catalogue::find(default_key))
}

/// `x=` / `y=`: a catalogue key (an alias accepted); the default is kept as
/// `None` so both links are the same view; an unknown key is dropped with a
/// notice.
pub(super) fn parse_axis(
    name: &str,
    key: &str,
    default_key: &str,
    slot: &mut Option<&'static Indicator>,
    notices: &mut Vec<Notice>,
) -> bool {
    if !super::is_key(key) {
        return false;
    }
    match catalogue::find(key) {
        Some(ind) => *slot = (ind.key != default_key).then_some(ind),
        None => notices.push(Notice::UnknownKey {
            name: name.into(),
            value: clip(key),
        }),
    }
    true
}

pub(super) fn write(state: &ViewState, parts: &mut Vec<String>) {
    if let Some(code) = state.with {
        parts.push(format!("with={code}"));
    }
    if let Some(x) = state.x {
        parts.push(format!("x={}", x.key));
    }
    if let Some(y) = state.y {
        parts.push(format!("y={}", y.key));
    }
    if state.colour != PointColour::default() {
        parts.push(format!("colour={}", state.colour.key()));
    }
}
