//! The reported points of a unit for the trend charts: every distinct
//! year-end population published after the 2020 census (see
//! [`ReportedFigure`]), placed on the charts' time axis, with every page
//! that gives it. Provinces and prefecture-level units alike, by code; a
//! whole region as the sum of its provinces where each of them has one
//! figure for the year. Also how such a figure is written on screen.

use super::backtest::Page;
use super::baseline::years_after_census;
use crate::bundle::ReportedFigure;
use crate::format::population_short;
use crate::url_state::Lang;

/// One distinct reported value of a unit (or region) and year.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportedPoint {
    /// The year whose 31 December the figure gives.
    pub year: u32,
    /// Position on the charts' axis, where 2020 is the census (1 November
    /// 2020) and every unit is a year: 2020 + years after the census.
    pub x: f64,
    /// As printed, in 万 (10,000 persons); for a sum, the sum of the printed.
    pub population_10k: f64,
    /// Residents (persons).
    pub persons: f64,
    /// Every page is a weak source ([`ReportedFigure::is_weak`]); a sum is
    /// weak when one of its parts is.
    pub weak: bool,
    /// Every page that gives the figure (for a sum, those of its parts), in
    /// the bundle's order, each address once.
    pub pages: Vec<Source>,
}

/// A page a figure was read on.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub page: Page,
    /// The page alone is a weak source.
    pub weak: bool,
}

impl ReportedPoint {
    /// The figure as printed, in the reader's units ([`reported_text`]).
    pub fn text(&self, lang: Lang) -> String {
        reported_text(self.persons, lang)
    }
}

/// Whether a page of this kind is a weak source (the rule of
/// [`ReportedFigure::is_weak`]).
pub fn is_weak_kind(kind: &str) -> bool {
    crate::bundle::is_weak_source_kind(kind)
}

/// The reported points of one code (a province or a prefecture-level unit),
/// sorted by year, then value: figures of the same year and value are one
/// point with all their pages; different values of a year stay apart.
pub fn reported_points(reported: &[ReportedFigure], code: u32) -> Vec<ReportedPoint> {
    let mut points: Vec<ReportedPoint> = Vec::new();
    for r in reported.iter().filter(|r| r.code == code) {
        let source = Source {
            page: Page {
                title: r.title.clone(),
                url: r.url.clone(),
                kind: r.source_kind.clone(),
            },
            weak: r.is_weak(),
        };
        match points
            .iter_mut()
            .find(|p| p.year == r.year && p.population_10k == r.population_10k)
        {
            Some(p) => {
                if !p.pages.iter().any(|s| s.page.url == r.url) {
                    p.weak &= source.weak;
                    p.pages.push(source);
                }
            }
            None => {
                // Kept in order by inserting (no sort: less WebAssembly).
                let at = points
                    .iter()
                    .position(|p| (p.year, p.population_10k) > (r.year, r.population_10k))
                    .unwrap_or(points.len());
                points.insert(
                    at,
                    ReportedPoint {
                        year: r.year,
                        x: 2020.0 + years_after_census(r.year),
                        population_10k: r.population_10k,
                        persons: r.persons(),
                        weak: source.weak,
                        pages: vec![source],
                    },
                );
            }
        }
    }
    points
}

/// The reported points of a set of units taken together (the whole region
/// as its provinces): for every year in which each code has a figure, the
/// sum of their figures. A code with several values in a year gives the
/// one strong value among them; with none or several, the year is left out
/// (there is no single sum to show).
pub fn summed_points(reported: &[ReportedFigure], codes: &[u32]) -> Vec<ReportedPoint> {
    if codes.is_empty() {
        return Vec::new();
    }
    let per_code: Vec<Vec<ReportedPoint>> = codes
        .iter()
        .map(|c| reported_points(reported, *c))
        .collect();
    let years = per_code.iter().flatten().map(|p| p.year);
    let (first, last) = (years.clone().min(), years.max());
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    (first..=last)
        .filter_map(|year| {
            let parts: Option<Vec<&ReportedPoint>> = per_code
                .iter()
                .map(|points| {
                    let of_year: Vec<&ReportedPoint> =
                        points.iter().filter(|p| p.year == year).collect();
                    match of_year.as_slice() {
                        [one] => Some(*one),
                        several => {
                            let strong: Vec<&ReportedPoint> =
                                several.iter().copied().filter(|p| !p.weak).collect();
                            (strong.len() == 1).then(|| strong[0])
                        }
                    }
                })
                .collect();
            let parts = parts?;
            Some(ReportedPoint {
                year,
                x: 2020.0 + years_after_census(year),
                population_10k: parts.iter().map(|p| p.population_10k).sum(),
                persons: parts.iter().map(|p| p.persons).sum(),
                weak: parts.iter().any(|p| p.weak),
                pages: parts.iter().flat_map(|p| p.pages.iter().cloned()).collect(),
            })
        })
        .collect()
}

/// Trailing zeros (and a bare point) off a fixed-point number.
fn trimmed(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A reported figure as printed (they are given in 万 to at most two
/// decimals): zh `261.3万`, `3212.43万`; en `2.613 million`, `876.4 thousand`,
/// so that no printed digit is lost or added.
pub fn reported_text(persons: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}万", trimmed(format!("{:.2}", persons / 1e4))),
        Lang::En if persons >= 1e6 => {
            format!("{} million", trimmed(format!("{:.4}", persons / 1e6)))
        }
        Lang::En => format!("{} thousand", trimmed(format!("{:.1}", persons / 1e3))),
    }
}

/// A projected or census figure beside reported ones, at about their
/// precision: zh as [`population_short`] (`259.8万`), en millions with three
/// decimals (`2.598 million`), below a million as [`population_short`].
pub fn compared_text(persons: f64, lang: Lang) -> String {
    let n = persons.max(0.0).round();
    match lang {
        Lang::En if n >= 1e6 => format!("{:.3} million", n / 1e6),
        _ => population_short(n as u64, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(code: u32, year: u32, value: f64, url: &str, kind: &str) -> ReportedFigure {
        ReportedFigure {
            code,
            year,
            population_10k: value,
            quote: format!("{value}万人"),
            url: url.into(),
            title: format!("page {url}"),
            source_kind: kind.into(),
        }
    }

    #[test]
    fn duplicates_merge_different_values_stay_apart_sorted_by_year() {
        let figures = vec![
            figure(100, 2023, 262.9, "a", "aggregator"),
            figure(100, 2021, 267.6, "b", "aggregator"),
            figure(100, 2021, 267.6, "c", "newspaper"),
            figure(100, 2021, 267.6, "c", "newspaper"),
            figure(100, 2023, 263.5, "d", "encyclopedia (Wikipedia)"),
            figure(200, 2022, 10.0, "e", "aggregator"),
        ];
        let points = reported_points(&figures, 100);
        let summary: Vec<(u32, f64, usize)> = points
            .iter()
            .map(|p| (p.year, p.population_10k, p.pages.len()))
            .collect();
        assert_eq!(
            summary,
            vec![(2021, 267.6, 2), (2023, 262.9, 1), (2023, 263.5, 1)]
        );
        let urls: Vec<&str> = points[0]
            .pages
            .iter()
            .map(|s| s.page.url.as_str())
            .collect();
        assert_eq!(urls, ["b", "c"]);
        assert_eq!(points[0].pages[1].page.kind, "newspaper");
        assert_eq!(points[0].persons, 2_676_000.0);
        // The year end lies 1 year and 2 months after the census.
        assert!((points[0].x - (2021.0 + 2.0 / 12.0)).abs() < 1e-9);
        assert!(!points[1].weak && points[2].weak && points[2].pages[0].weak);
        assert!(reported_points(&figures, 300).is_empty());
        assert_eq!(reported_points(&figures, 200).len(), 1);
    }

    #[test]
    fn a_point_is_weak_only_when_all_its_pages_are() {
        let figures = vec![
            figure(100, 2022, 50.0, "a", "Q&A page, LOW reliability"),
            figure(100, 2022, 50.0, "b", "official bulletin"),
            figure(100, 2023, 51.0, "c", "encyclopedia"),
        ];
        let points = reported_points(&figures, 100);
        assert!(!points[0].weak);
        assert_eq!(
            points[0].pages.iter().map(|s| s.weak).collect::<Vec<_>>(),
            [true, false]
        );
        assert!(points[1].weak);
        assert!(is_weak_kind("measure not stated") && !is_weak_kind("newspaper"));
    }

    #[test]
    fn a_region_sums_its_provinces_where_each_has_one_figure() {
        let figures = vec![
            figure(1, 2021, 100.0, "a", "bulletin"),
            figure(2, 2021, 20.0, "b", "bulletin"),
            figure(1, 2022, 101.0, "c", "bulletin"),
            // Province 2 has no 2022 figure: no sum for 2022.
            figure(1, 2023, 102.0, "d", "bulletin"),
            figure(2, 2023, 21.0, "e", "bulletin"),
            figure(2, 2023, 21.5, "f", "measure not stated"),
            // Two strong values in 2024: no single sum.
            figure(1, 2024, 103.0, "g", "bulletin"),
            figure(2, 2024, 22.0, "h", "bulletin"),
            figure(2, 2024, 22.5, "i", "bulletin"),
        ];
        let sums = summed_points(&figures, &[1, 2]);
        let summary: Vec<(u32, f64, usize, bool)> = sums
            .iter()
            .map(|p| (p.year, p.population_10k, p.pages.len(), p.weak))
            .collect();
        assert_eq!(
            summary,
            vec![(2021, 120.0, 2, false), (2023, 123.0, 2, false)]
        );
        assert_eq!(sums[0].persons, 1_200_000.0);
        assert!(summed_points(&figures, &[]).is_empty());
        let weak = vec![
            figure(1, 2021, 100.0, "a", "bulletin"),
            figure(2, 2021, 20.0, "b", "wikipedia"),
        ];
        assert!(summed_points(&weak, &[1, 2])[0].weak);
    }

    #[test]
    fn figures_read_as_printed() {
        assert_eq!(reported_text(261.3 * 1e4, Lang::Zh), "261.3万");
        assert_eq!(reported_text(3212.43 * 1e4, Lang::Zh), "3212.43万");
        assert_eq!(reported_text(868.0 * 1e4, Lang::Zh), "868万");
        assert_eq!(reported_text(261.3 * 1e4, Lang::En), "2.613 million");
        assert_eq!(reported_text(3212.43 * 1e4, Lang::En), "32.1243 million");
        assert_eq!(reported_text(87.64 * 1e4, Lang::En), "876.4 thousand");
        assert_eq!(reported_text(53.2 * 1e4, Lang::En), "532 thousand");
        assert_eq!(compared_text(2_597_968.4, Lang::Zh), "259.8万");
        assert_eq!(compared_text(2_597_968.4, Lang::En), "2.598 million");
        assert_eq!(compared_text(876_400.0, Lang::En), "876.4 thousand");
    }
}
