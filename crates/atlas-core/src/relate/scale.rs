//! Where the relationships view puts things: each axis's ends and ticks, a
//! value's place along an axis, a point's size and the tick labels. Plain
//! numbers, so that the app only multiplies shares by pixels and the tests
//! here check the same layout the reader sees.

use super::{scaled, ticks, Relation};
use crate::catalogue::ValueKind;
use crate::format::{axis_persons, axis_yuan, grouped_decimal};
use crate::url_state::Lang;

/// Share of the values' spread left free beyond the outermost ones on each
/// side, so that no point sits on the frame.
pub const PAD: f64 = 0.05;

/// The smallest point's radius as a share of the largest: a village-sized
/// unit must still be visible and clickable.
pub const MIN_SIZE: f64 = 0.25;

/// One axis: its ends in the indicator's own units, linear or log, and its
/// ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisScale {
    pub lo: f64,
    pub hi: f64,
    pub log: bool,
    pub ticks: Vec<f64>,
}

impl AxisScale {
    /// The axis over `values` (padded by [`PAD`]); `None` without a value.
    /// A single value gets a spread of its own size (or 1), so that it is
    /// drawn in the middle.
    pub fn over(values: impl IntoIterator<Item = f64>, log: bool) -> Option<AxisScale> {
        let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.into_iter().map(|v| scaled(v, log)) {
            min = min.min(v);
            max = max.max(v);
        }
        if !(min.is_finite() && max.is_finite()) {
            return None;
        }
        let spread = if max > min {
            max - min
        } else {
            min.abs().max(1.0)
        };
        let unscaled = |s: f64| if log { 10f64.powf(s) } else { s };
        let (lo, hi) = (unscaled(min - PAD * spread), unscaled(max + PAD * spread));
        Some(AxisScale {
            ticks: ticks(lo, hi, log),
            lo,
            hi,
            log,
        })
    }

    /// Where `v` lies along the axis: 0 at `lo`, 1 at `hi`.
    pub fn share(&self, v: f64) -> f64 {
        let (lo, hi) = (scaled(self.lo, self.log), scaled(self.hi, self.log));
        (scaled(v, self.log) - lo) / (hi - lo)
    }
}

impl Relation {
    /// The most residents of a point (for [`size_share`]).
    pub fn largest_residents(&self) -> f64 {
        self.points
            .iter()
            .filter_map(|p| p.residents)
            .fold(0.0, f64::max)
    }

    /// The fitted line's ends at the ends of the x axis, in the indicators'
    /// own units (a straight line on the chart, log axes included).
    pub fn line_ends(&self, x: &AxisScale) -> Option<[(f64, f64); 2]> {
        Some([(x.lo, self.line_at(x.lo)?), (x.hi, self.line_at(x.hi)?)])
    }
}

/// A point's radius as a share of the largest: its area is proportional to
/// its residents, down to [`MIN_SIZE`] (also for a unit without a figure).
pub fn size_share(residents: Option<f64>, largest: f64) -> f64 {
    match residents {
        Some(r) if r > 0.0 && largest > 0.0 => (r / largest).sqrt().clamp(MIN_SIZE, 1.0),
        _ => MIN_SIZE,
    }
}

/// A tick's label: short, without the unit (the axis title states it),
/// except the per cent sign and the 万 / k of persons and the 亿 / bn of
/// yuan, which say the order of magnitude.
pub fn tick_label(kind: ValueKind, v: f64, lang: Lang) -> String {
    let plain = plain_number(v);
    match kind {
        ValueKind::Persons => axis_persons(v, lang),
        ValueKind::Yuan => axis_yuan(v, lang),
        ValueKind::Percent => format!("{plain}%"),
        ValueKind::ChangePercent if v > 0.0 => format!("+{plain}%"),
        ValueKind::ChangePercent => format!("{plain}%"),
        ValueKind::ChangePoints | ValueKind::ChangeSquareMetres if v > 0.0 => format!("+{plain}"),
        _ => plain,
    }
}

/// The shortest decimal of a tick (ticks are built to print exactly: 0.6,
/// not 0.6000000000000001), grouped by thousands from 10,000.
fn plain_number(v: f64) -> String {
    let text = format!("{}", v + 0.0);
    if v.abs() >= 1e4 && v.fract() == 0.0 {
        grouped_decimal(v, 0)
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::{Fit, Point};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn linear_axis_is_padded_and_ticked() {
        let a = AxisScale::over([0.0, 10.0, 20.0], false).unwrap();
        assert!(close(a.lo, -1.0) && close(a.hi, 21.0), "{a:?}");
        assert_eq!(a.ticks, [0.0, 5.0, 10.0, 15.0, 20.0]);
        assert!(
            close(a.share(-1.0), 0.0) && close(a.share(10.0), 0.5) && close(a.share(21.0), 1.0)
        );
    }

    #[test]
    fn log_axis_shares_are_even_per_decade() {
        let a = AxisScale::over([10.0, 1000.0], true).unwrap();
        // Two decades, padded by a tenth of a decade each side.
        assert!(
            close(a.lo, 10f64.powf(0.9)) && close(a.hi, 10f64.powf(3.1)),
            "{a:?}"
        );
        assert!(close(a.share(100.0), 0.5));
        assert_eq!(a.ticks, [10.0, 100.0, 1000.0]);
    }

    #[test]
    fn degenerate_axes() {
        assert_eq!(AxisScale::over(std::iter::empty(), false), None);
        let one = AxisScale::over([50.0], false).unwrap();
        assert!(close(one.share(50.0), 0.5));
        let zero = AxisScale::over([0.0, 0.0], false).unwrap();
        assert!(close(zero.share(0.0), 0.5) && zero.hi > zero.lo);
    }

    #[test]
    fn sizes_by_area() {
        assert!(close(size_share(Some(100.0), 100.0), 1.0));
        assert!(close(size_share(Some(25.0), 100.0), 0.5));
        assert!(close(size_share(Some(1.0), 100.0), MIN_SIZE));
        assert!(close(size_share(None, 100.0), MIN_SIZE));
        assert!(close(size_share(Some(5.0), 0.0), MIN_SIZE));
    }

    #[test]
    fn line_runs_across_the_x_axis() {
        let point = |x: f64, y: f64| Point {
            code: 1,
            x,
            y,
            residents: Some(x * 10.0),
        };
        let relation = Relation {
            points: vec![point(1.0, 3.0), point(3.0, 7.0)],
            missing: 0,
            log_x: false,
            log_y: false,
            fit: Some(Fit {
                slope: 2.0,
                intercept: 1.0,
                r: 1.0,
                n: 2,
            }),
        };
        let x = AxisScale::over([1.0, 3.0], false).unwrap();
        let [(x0, y0), (x1, y1)] = relation.line_ends(&x).unwrap();
        assert!(close(x0, 0.9) && close(y0, 2.8) && close(x1, 3.1) && close(y1, 7.2));
        assert!(close(relation.largest_residents(), 30.0));
        let no_fit = Relation {
            fit: None,
            ..relation
        };
        assert_eq!(no_fit.line_ends(&x), None);
    }

    #[test]
    fn tick_labels() {
        assert_eq!(tick_label(ValueKind::ChangePercent, 10.0, Lang::En), "+10%");
        assert_eq!(
            tick_label(ValueKind::ChangePercent, -10.0, Lang::En),
            "-10%"
        );
        assert_eq!(tick_label(ValueKind::ChangePercent, 0.0, Lang::En), "0%");
        assert_eq!(tick_label(ValueKind::Percent, 0.6, Lang::Zh), "0.6%");
        assert_eq!(
            tick_label(ValueKind::YuanPerPerson, 100000.0, Lang::En),
            "100,000"
        );
        assert_eq!(
            tick_label(ValueKind::YuanPerPerson, 5000.0, Lang::En),
            "5000"
        );
        assert_eq!(tick_label(ValueKind::Index, 0.2, Lang::En), "0.2");
        assert_eq!(tick_label(ValueKind::Persons, 5e6, Lang::Zh), "500万");
        assert_eq!(tick_label(ValueKind::Yuan, 1e11, Lang::En), "100.0bn");
        assert_eq!(tick_label(ValueKind::Light, 0.001, Lang::En), "0.001");
    }
}
