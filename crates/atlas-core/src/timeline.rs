//! The map through time: each unit's change in residents since the 2010
//! census, for the census years, the years with reported figures and the
//! projected years, each value from the one source that has it.
//!
//! Census years (2010, 2020) give census counts; 2021-2024 give the
//! year-end figures reported after the census (`data/sources/reported/`)
//! where they exist and nothing elsewhere: never an interpolation shown as a
//! figure; 2025-2040 give the model's baseline projection (or a reader's
//! scenario), always labelled a projection. The years between the censuses have no figure at all and
//! are not offered.

use crate::bundle::ReportedFigure;
use crate::dataset::Unit;
use crate::model::{Output, RunOutputs, LAST_YEAR};
use crate::url_state::Year;

/// The first and last year the map can show.
pub const FIRST: u32 = 2010;
pub const LAST: u32 = LAST_YEAR;
/// The years the transcribed reported figures cover (SOURCES.md, J).
pub const REPORTED: std::ops::RangeInclusive<u32> = 2021..=2024;

/// Where a year's figures come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Census,
    Reported,
    Projection,
}

/// The basis of `year`, `None` for a year the map cannot show (2011-2019,
/// outside 2010-2040).
pub fn basis(year: u32) -> Option<Basis> {
    match year {
        2010 | 2020 => Some(Basis::Census),
        y if REPORTED.contains(&y) => Some(Basis::Reported),
        y if y > *REPORTED.end() && y <= LAST => Some(Basis::Projection),
        _ => None,
    }
}

/// The second census, the last year before the reported figures.
pub const CENSUS_2020: u32 = 2020;

/// Every year the time control stops at: the 2010 census (the base of the
/// measure, where every change is zero), the 2020 census, then each year to
/// 2040.
pub fn years() -> impl Iterator<Item = u32> + Clone {
    std::iter::once(FIRST).chain(CENSUS_2020..=LAST)
}

/// The year the control shows: `time` (a year after the 2020 census), else
/// the census year of the link (`year=2010` is the control's first step).
pub fn shown(time: Option<u32>, census: Year) -> u32 {
    time.unwrap_or(match census {
        Year::Y2010 => FIRST,
        Year::Y2020 => CENSUS_2020,
    })
}

/// The position of `year` among the control's stops ([`years`]), `None`
/// for a year it does not stop at. The control moves by stop, so the ten
/// years between the censuses (no figures) are one step.
pub fn stop_of(year: u32) -> Option<usize> {
    years().position(|y| y == year)
}

/// The figure reported for `code` in `year`: a strong source before a weak
/// one (the order of the bundle otherwise).
pub fn reported(figures: &[ReportedFigure], code: u32, year: u32) -> Option<&ReportedFigure> {
    let of = || figures.iter().filter(|f| f.code == code && f.year == year);
    of().find(|f| !f.is_weak()).or_else(|| of().next())
}

fn change(p2010: Option<u64>, later: f64) -> Option<f64> {
    let p2010 = p2010.filter(|p| *p > 0)? as f64;
    Some((later / p2010 - 1.0) * 100.0)
}

/// Each unit's change in residents from the 2010 census to `year`, in
/// percent (`None` for a unit without a figure that year). `None` as a
/// whole when the year's source is not loaded (`reported` for 2021-2024,
/// `run` for projected years) or the year cannot be shown. A projected year
/// shows `run`'s scenario: the baseline itself for a run with no lever on.
pub fn change_since_2010<'a>(
    year: u32,
    units: impl Iterator<Item = &'a Unit>,
    reported_figures: Option<&[ReportedFigure]>,
    run: Option<&RunOutputs>,
) -> Option<Vec<(u32, Option<f64>)>> {
    let basis = basis(year)?;
    let value = |u: &Unit| -> Option<Option<f64>> {
        let p2010 = u.y2010.as_ref().and_then(|c| c.pop);
        Some(match basis {
            Basis::Census if year == FIRST => change(p2010, p2010? as f64),
            Basis::Census => change(p2010, u.y2020.pop? as f64),
            Basis::Reported => {
                reported(reported_figures?, u.code, year).and_then(|f| change(p2010, f.persons()))
            }
            Basis::Projection => run?
                .units
                .iter()
                .find(|r| r.code == u.code && r.level == u.level)
                .and_then(|r| change(p2010, r.scenario.get(Output::Population, year))),
        })
    };
    let mut out = Vec::new();
    for u in units {
        // A missing source is `None` for all; a missing figure for one.
        let v = match value(u) {
            Some(v) => v,
            None if matches!(basis, Basis::Census) => None,
            None => return None,
        };
        out.push((u.code, v));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::unit_with_pops;

    fn figure(code: u32, year: u32, population_10k: f64, source_kind: &str) -> ReportedFigure {
        ReportedFigure {
            code,
            year,
            population_10k,
            quote: String::new(),
            url: String::new(),
            title: String::new(),
            source_kind: source_kind.into(),
        }
    }

    #[test]
    fn every_year_has_one_basis_and_the_intercensal_years_none() {
        assert_eq!(years().count(), 22);
        assert_eq!(years().next(), Some(2010));
        assert_eq!(years().nth(1), Some(2020));
        assert!(years().all(|y| basis(y).is_some()));
        for y in 2011..=2019 {
            assert_eq!(basis(y), None, "{y}");
        }
        assert_eq!(basis(2009), None);
        assert_eq!(basis(2041), None);
        assert_eq!(basis(2024), Some(Basis::Reported));
        assert_eq!(basis(2025), Some(Basis::Projection));
    }

    #[test]
    fn the_stops_run_from_2010_to_2040_in_steps_of_one_stop() {
        assert_eq!(stop_of(2010), Some(0));
        assert_eq!(stop_of(2020), Some(1));
        assert_eq!(stop_of(2040), Some(21));
        assert_eq!(stop_of(2015), None);
        for (i, y) in years().enumerate() {
            assert_eq!(stop_of(y), Some(i));
        }
    }

    #[test]
    fn the_census_year_of_a_link_is_the_first_or_second_stop() {
        assert_eq!(shown(None, Year::Y2010), 2010);
        assert_eq!(shown(None, Year::Y2020), 2020);
        assert_eq!(shown(Some(2031), Year::Y2010), 2031);
    }

    #[test]
    fn census_reported_and_missing_figures() {
        let u = unit_with_pops(1_000_000, 900_000);
        let census = change_since_2010(2020, [&u].into_iter(), None, None).unwrap();
        assert!((census[0].1.unwrap() + 10.0).abs() < 1e-9);
        assert_eq!(
            change_since_2010(2010, [&u].into_iter(), None, None).unwrap()[0].1,
            Some(0.0)
        );
        // Reported years wait for the figures, then use them.
        assert_eq!(change_since_2010(2022, [&u].into_iter(), None, None), None);
        let figures = [figure(u.code, 2022, 85.0, "statistical bulletin")];
        let r = change_since_2010(2022, [&u].into_iter(), Some(&figures), None).unwrap();
        assert!((r[0].1.unwrap() + 15.0).abs() < 1e-9);
        // A year without a figure for the unit: no data, never an estimate.
        let r = change_since_2010(2023, [&u].into_iter(), Some(&figures), None).unwrap();
        assert_eq!(r[0].1, None);
        // Projected years wait for the model.
        assert_eq!(
            change_since_2010(2030, [&u].into_iter(), Some(&figures), None),
            None
        );
        assert_eq!(
            change_since_2010(2015, [&u].into_iter(), Some(&figures), None),
            None
        );
    }

    #[test]
    fn a_strong_source_is_chosen_before_a_weak_one() {
        let figures = [
            figure(1, 2021, 10.0, "encyclopedia"),
            figure(1, 2021, 11.0, "statistical bulletin"),
        ];
        assert_eq!(reported(&figures, 1, 2021).unwrap().population_10k, 11.0);
        assert_eq!(
            reported(&figures[..1], 1, 2021).unwrap().population_10k,
            10.0
        );
        assert!(reported(&figures, 2, 2021).is_none());
    }
}
