//! The relationships view's numbers: two indicators of the same units as
//! points, which axes read better on a log scale, the ordinary least
//! squares line of y on x with Pearson's r, and the points as CSV. The app
//! draws them, `atlas relate` prints them; both call [`relate`].
//!
//! **No data is never zero.** A unit that lacks either value is left out
//! of the points, the fit and the CSV, and counted in
//! [`Relation::missing`], which the caption states.
//!
//! **Log axes.** An axis is drawn on a log scale when all its values are
//! positive and the largest is at least [`LOG_SPAN`] (30) times the
//! smallest: then a linear axis would squeeze most points into a corner
//! (residents, density, GDP of counties). A change, which can be negative,
//! is never log. When an axis is log, the fit uses log10 of its values,
//! and r is the correlation of what the reader sees.

use crate::catalogue::table::ID_COLUMNS;
use crate::catalogue::{Column, Indicator, INDICATORS, POP, POP_CHANGE};
use crate::change::shrink_class;
use crate::dataset::Unit;
use crate::measures::LevelMeasures;
use crate::url_state::{axis, Year, DEFAULT_X, DEFAULT_Y};

mod scale;
pub use scale::{size_share, tick_label, AxisScale, MIN_SIZE, PAD};

/// An axis is log when max / min of its (all positive) values reaches this.
pub const LOG_SPAN: f64 = 30.0;

/// One unit with both values.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub code: u32,
    pub x: f64,
    pub y: f64,
    /// Residents 2020, for the point's size (`None`: drawn at the smallest).
    pub residents: Option<f64>,
}

/// The least squares line `y = intercept + slope * x` (on log10 values of
/// a log axis), Pearson's r and the number of points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub slope: f64,
    pub intercept: f64,
    pub r: f64,
    pub n: usize,
}

/// The points of two indicators and what is said about them.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    pub points: Vec<Point>,
    /// Units lacking x or y (or both).
    pub missing: usize,
    pub log_x: bool,
    pub log_y: bool,
    /// `None` with fewer than 3 points or no spread on an axis.
    pub fit: Option<Fit>,
}

/// The axes to show for the link's `x=` and `y=` (`None`: the default).
/// A default the catalogue lacks falls back: x to population change, y to
/// the first catalogue indicator of another kind of value than x (so not a
/// restatement of it, like the annual rate of the decade's change).
pub fn axes(
    x: Option<&'static Indicator>,
    y: Option<&'static Indicator>,
) -> (&'static Indicator, &'static Indicator) {
    let x = axis(x, DEFAULT_X).unwrap_or(&POP_CHANGE);
    let y = axis(y, DEFAULT_Y)
        .or_else(|| INDICATORS.iter().copied().find(|i| i.kind != x.kind))
        .unwrap_or(&POP);
    (x, y)
}

/// Whether values read better on a log axis (see the module's rule).
pub fn wants_log(values: impl IntoIterator<Item = f64>) -> bool {
    let (mut min, mut max, mut any) = (f64::INFINITY, f64::NEG_INFINITY, false);
    for v in values {
        if v.is_nan() || v <= 0.0 || !v.is_finite() {
            return false;
        }
        min = min.min(v);
        max = max.max(v);
        any = true;
    }
    any && max / min >= LOG_SPAN
}

/// Ordinary least squares of y on x and Pearson's r; `None` with fewer
/// than 3 pairs or when x or y do not vary.
pub fn fit(pairs: &[(f64, f64)]) -> Option<Fit> {
    let n = pairs.len();
    if n < 3 {
        return None;
    }
    let nf = n as f64;
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / nf;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / nf;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        let (dx, dy) = (x - mx, y - my);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if sxx <= 0.0 || syy <= 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    Some(Fit {
        slope,
        intercept: my - slope * mx,
        r: (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0),
        n,
    })
}

/// A value as the fit sees it: log10 on a log axis.
fn scaled(v: f64, log: bool) -> f64 {
    if log {
        v.log10()
    } else {
        v
    }
}

impl Relation {
    /// The fitted line's y (in the indicator's own units) at `x`.
    pub fn line_at(&self, x: f64) -> Option<f64> {
        let f = self.fit?;
        let y = f.intercept + f.slope * scaled(x, self.log_x);
        Some(if self.log_y { 10f64.powf(y) } else { y })
    }
}

/// The points of `units` with `x` and `y` in `year` (`measures`: the
/// level's, for the indices).
pub fn relate(
    units: &[&Unit],
    x: &Indicator,
    y: &Indicator,
    year: Year,
    measures: Option<&LevelMeasures>,
) -> Relation {
    let mut points = Vec::with_capacity(units.len());
    let mut missing = 0;
    for u in units {
        match (x.value_in(u, year, measures), y.value_in(u, year, measures)) {
            (Some(vx), Some(vy)) => points.push(Point {
                code: u.code,
                x: vx,
                y: vy,
                residents: POP.of(u, Year::Y2020),
            }),
            _ => missing += 1,
        }
    }
    let log_x = wants_log(points.iter().map(|p| p.x));
    let log_y = wants_log(points.iter().map(|p| p.y));
    let pairs: Vec<(f64, f64)> = points
        .iter()
        .map(|p| (scaled(p.x, log_x), scaled(p.y, log_y)))
        .collect();
    Relation {
        fit: fit(&pairs),
        points,
        missing,
        log_x,
        log_y,
    }
}

/// Tick values for an axis from `min` to `max`: about five at 1, 2 or 5
/// times a power of ten on a linear axis; powers of ten on a log axis (with
/// their 2 and 5 multiples when the range spans less than two decades).
pub fn ticks(min: f64, max: f64, log: bool) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || max < min {
        return Vec::new();
    }
    if log && min > 0.0 {
        let (lo, hi) = (min.log10().floor() as i32, max.log10().ceil() as i32);
        let steps: &[f64] = if hi - lo <= 2 {
            &[1.0, 2.0, 5.0]
        } else {
            &[1.0]
        };
        return (lo..=hi)
            .flat_map(|e| steps.iter().map(move |m| m * 10f64.powi(e)))
            .filter(|v| *v >= min * 0.999 && *v <= max * 1.001)
            .collect();
    }
    let span = if max > min { max - min } else { 1.0 };
    // The step is m * 10^e; a value k * m * 10^e is computed as an integer
    // divided by a power of ten, so that 0.6 prints as 0.6.
    let e = (span / 5.0).log10().floor() as i32;
    let m = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .find(|m| span / (m * 10f64.powi(e)) <= 6.0)
        .unwrap_or(10.0);
    let value = |k: i64| {
        let units = k as f64 * m;
        let v = if e < 0 {
            units / 10f64.powi(-e)
        } else {
            units * 10f64.powi(e)
        };
        v + 0.0 // no -0
    };
    let step = m * 10f64.powi(e);
    ((min / step).ceil() as i64..=(max / step).floor() as i64)
        .map(value)
        .collect()
}

/// The points as CSV rows: `code`, the names, `province`, `class`, then the
/// x and y columns and `pop_2020` under the catalogue's table keys (so the
/// file joins the table's CSV on `code`). Raw numbers; only units with
/// both values.
pub fn csv_rows(
    relation: &Relation,
    units: &[&Unit],
    x: &'static Indicator,
    y: &'static Indicator,
    year: Year,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut columns: Vec<Column> = vec![x.column(year), y.column(year), POP.column(Year::Y2020)];
    let mut seen = Vec::new();
    columns.retain(|c| {
        let k = c.key();
        let fresh = !seen.contains(&k);
        seen.push(k);
        fresh
    });
    let head = [
        ID_COLUMNS[0],
        ID_COLUMNS[1],
        ID_COLUMNS[2],
        ID_COLUMNS[4],
        ID_COLUMNS[6],
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(columns.iter().map(Column::key))
    .collect();
    let rows = relation
        .points
        .iter()
        .filter_map(|p| {
            let u = units.iter().find(|u| u.code == p.code)?;
            let mut row = vec![
                u.code.to_string(),
                u.name_zh.clone(),
                u.name_en.clone(),
                u.province.to_string(),
                shrink_class(u).map_or(String::new(), |c| c.key().to_string()),
            ];
            row.extend(columns.iter().map(|c| {
                let v = if c.indicator == x {
                    Some(p.x)
                } else if c.indicator == y {
                    Some(p.y)
                } else {
                    p.residents
                };
                v.map_or(String::new(), |v| c.indicator.kind.csv(v))
            }));
            Some(row)
        })
        .collect();
    (head, rows)
}

/// CSV text of [`csv_rows`] (lines end in `\n`; quoted as the table's).
pub use crate::catalogue::table::to_csv;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{DENSITY, POP_CHANGE};
    use crate::dataset::Census;
    use crate::test_support::unit_with_pops;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn perfect_line() {
        let f = fit(&[(1.0, 2.0), (2.0, 4.0), (3.0, 6.0)]).unwrap();
        assert!(close(f.slope, 2.0) && close(f.intercept, 0.0) && close(f.r, 1.0));
        assert_eq!(f.n, 3);
    }

    #[test]
    fn hand_checked_fit() {
        // mean x = 2, mean y = 2; Sxy = 1, Sxx = 2, Syy = 2:
        // slope 0.5, intercept 1, r = 1 / sqrt(2 * 2) = 0.5.
        let f = fit(&[(1.0, 1.0), (2.0, 3.0), (3.0, 2.0)]).unwrap();
        assert!(close(f.slope, 0.5), "{f:?}");
        assert!(close(f.intercept, 1.0));
        assert!(close(f.r, 0.5));
        // Falling: r = -1.
        let f = fit(&[(0.0, 3.0), (1.0, 2.0), (2.0, 1.0), (3.0, 0.0)]).unwrap();
        assert!(close(f.r, -1.0) && close(f.slope, -1.0) && close(f.intercept, 3.0));
    }

    #[test]
    fn no_fit_without_spread_or_points() {
        assert_eq!(fit(&[(1.0, 1.0), (2.0, 2.0)]), None);
        assert_eq!(fit(&[(1.0, 1.0), (1.0, 2.0), (1.0, 3.0)]), None);
        assert_eq!(fit(&[(1.0, 5.0), (2.0, 5.0), (3.0, 5.0)]), None);
    }

    #[test]
    fn log_rule() {
        assert!(wants_log([1.0, 30.0]));
        assert!(!wants_log([1.0, 29.0]));
        assert!(!wants_log([0.0, 100.0]), "zero cannot be logged");
        assert!(!wants_log([-1.0, 100.0]));
        assert!(!wants_log(std::iter::empty()));
    }

    fn county(code: u32, p2010: Option<u64>, p2020: u64, area: f64) -> Unit {
        let mut u = unit_with_pops(p2010.unwrap_or(1), p2020);
        u.code = code;
        u.area_km2 = Some(area);
        u.y2010 = p2010.map(|p| Census {
            pop: Some(p),
            ..Default::default()
        });
        u
    }

    #[test]
    fn missing_values_are_left_out_not_zero() {
        // Four units; one lacks a 2010 figure (no population change).
        let units = [
            county(1, Some(100), 90, 10.0),
            county(2, Some(100), 100, 1.0),
            county(3, None, 50, 5.0),
            county(4, Some(100), 120, 1000.0),
        ];
        let refs: Vec<&Unit> = units.iter().collect();
        let r = relate(&refs, &POP_CHANGE, &DENSITY, Year::Y2020, None);
        assert_eq!(r.missing, 1);
        assert_eq!(
            r.points.iter().map(|p| p.code).collect::<Vec<_>>(),
            [1, 2, 4]
        );
        assert!(!r.log_x, "a change is never log");
        // Density 9, 100, 0.12 per km2: spans > 30x, so log.
        assert!(r.log_y);
        // The fit is on log10 density: x = -10, 0, 20; y = log10(9), 2, log10(0.12).
        let pairs = [(-10.0, 9f64.log10()), (0.0, 2.0), (20.0, 0.12f64.log10())];
        let (got, want) = (r.fit.unwrap(), fit(&pairs).unwrap());
        assert!(
            close(got.r, want.r) && close(got.slope, want.slope),
            "{got:?}"
        );
        assert_eq!(got.n, 3);
        // The line, back on the density scale.
        let f = r.fit.unwrap();
        assert!(close(r.line_at(0.0).unwrap(), 10f64.powf(f.intercept)));

        let (head, rows) = csv_rows(&r, &refs, &POP_CHANGE, &DENSITY, Year::Y2020);
        assert_eq!(
            head,
            [
                "code",
                "name_zh",
                "name_en",
                "province",
                "class",
                "pop_change",
                "density",
                "pop_2020"
            ]
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][5], "-10.00");
        assert_eq!(rows[0][7], "90");
        assert!(rows.iter().all(|row| row[0] != "3"));
    }

    #[test]
    fn log_values_fit_on_logs() {
        // x = 1, 10, 100 (log), y = 1, 2, 3: on log10 x a perfect line.
        let units: Vec<Unit> = [(1.0, 1u64), (10.0, 2), (100.0, 3)]
            .iter()
            .enumerate()
            // Area pop / density, so that the density is 1, 10, 100.
            .map(|(i, (density, p))| county(i as u32, Some(1), *p, *p as f64 / density))
            .collect();
        let refs: Vec<&Unit> = units.iter().collect();
        let r = relate(&refs, &DENSITY, &POP, Year::Y2020, None);
        assert!(r.log_x && !r.log_y);
        let f = r.fit.unwrap();
        assert!(
            close(f.r, 1.0) && close(f.slope, 1.0) && close(f.intercept, 1.0),
            "{f:?}"
        );
    }

    #[test]
    fn default_axes() {
        let (x, y) = axes(None, None);
        assert_eq!(x.key, DEFAULT_X);
        assert_ne!(y, x);
        if let Some(default_y) = crate::catalogue::find(DEFAULT_Y) {
            assert_eq!(y, default_y);
        }
        assert_eq!(axes(Some(&DENSITY), Some(&POP)).0.key, "density");
    }

    #[test]
    fn nice_ticks() {
        assert_eq!(ticks(-17.4, 31.0, false), [-10.0, 0.0, 10.0, 20.0, 30.0]);
        assert_eq!(ticks(0.0, 1.0, false), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(ticks(3.0, 20000.0, true), [10.0, 100.0, 1000.0, 10000.0]);
        assert_eq!(ticks(15.0, 900.0, true), [20.0, 50.0, 100.0, 200.0, 500.0]);
        assert!(ticks(f64::NAN, 1.0, false).is_empty());
    }
}
