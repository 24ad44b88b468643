//! Shrinkage inside a prefecture: how many of its counties lost residents.
//! A prefecture that grows as a whole (its core district absorbing the
//! rest) can hide a majority of shrinking counties; this shows them.

use crate::change::shrink_class;
use crate::dataset::Unit;
use serde::{Deserialize, Serialize};

/// The counties of one prefecture by whether they shrank 2010 -> 2020.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountySpread {
    /// County-level units of the prefecture (2020).
    pub counties: u32,
    /// Those with a comparable 2010 figure (the others were created, merged
    /// or split between the censuses, see `data/reports/county_matching.md`).
    pub comparable: u32,
    /// Comparable counties that lost residents.
    pub shrinking: u32,
}

impl CountySpread {
    /// Counts the counties among `units` whose parent is `prefecture`.
    /// Order and other units in `units` do not matter.
    pub fn of<'a>(prefecture: u32, units: impl IntoIterator<Item = &'a Unit>) -> CountySpread {
        let mut spread = CountySpread {
            counties: 0,
            comparable: 0,
            shrinking: 0,
        };
        for county in units.into_iter().filter(|u| u.parent == Some(prefecture)) {
            spread.counties += 1;
            if let Some(class) = shrink_class(county) {
                spread.comparable += 1;
                spread.shrinking += u32::from(class.is_shrinking());
            }
        }
        spread
    }

    /// Counties without a comparable 2010 figure.
    pub fn without_2010(&self) -> u32 {
        self.counties - self.comparable
    }

    /// Share (%) of the comparable counties that shrank; `None` if none is
    /// comparable.
    pub fn shrinking_share(&self) -> Option<f64> {
        (self.comparable > 0)
            .then(|| f64::from(self.shrinking) / f64::from(self.comparable) * 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Level;
    use crate::test_support::unit_with_pops;

    fn county(code: u32, parent: u32, pops: Option<(u64, u64)>) -> Unit {
        let (a, b) = pops.unwrap_or((1, 1));
        let mut u = unit_with_pops(a, b);
        u.code = code;
        u.level = Level::County;
        u.parent = Some(parent);
        if pops.is_none() {
            u.y2010 = None;
        }
        u
    }

    #[test]
    fn counts_shrinking_comparable_and_missing() {
        let units = vec![
            county(510101, 510100, Some((100, 90))),  // shrank
            county(510102, 510100, Some((100, 100))), // unchanged: growing class
            county(510103, 510100, None),             // no comparable 2010
            county(510104, 510100, Some((100, 99))),  // shrank
            county(510301, 510300, Some((100, 50))),  // other prefecture
        ];
        let s = CountySpread::of(510100, &units);
        assert_eq!(
            s,
            CountySpread {
                counties: 4,
                comparable: 3,
                shrinking: 2
            }
        );
        assert_eq!(s.without_2010(), 1);
        assert!((s.shrinking_share().unwrap() - 200.0 / 3.0).abs() < 1e-12);
        let none = CountySpread::of(520100, &units);
        assert_eq!(none.shrinking_share(), None);
    }
}
