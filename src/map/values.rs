//! What the map shows: each unit's value of the chosen indicator, the
//! hover text of a unit, and the place names drawn on the map.

use super::{MapLabel, TooltipContent};
use crate::data::{use_data, Shared};
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::{display_name, province_name};
use atlas_core::catalogue::{self, Indicator};
use atlas_core::change::{change_pct, shrink_class};
use atlas_core::format::signed_pct;
use atlas_core::model::{self, RunInputs, RunOutputs, UnitSet};
use atlas_core::{timeline, Bundle, Level};
use leptos::prelude::*;
use std::sync::Arc;

/// Each unit's value at the level shown (`None` for a unit without a
/// figure); `None` as a whole while the details or measures it needs are
/// loading.
pub(super) type Values = Option<Vec<(u32, Option<f64>)>>;

pub(super) fn use_values(
    indicator: Signal<&'static Indicator>,
    level: Signal<Level>,
) -> Memo<Values> {
    let state = use_app();
    let scenario = use_scenario();
    Memo::new(move |_| {
        let (ind, year, level) = (indicator.get(), state.year.get(), level.get());
        // Detail indicators wait for the details file, indices for the
        // measures (no values meanwhile, a notice).
        let data = use_data();
        if let Some(later) = Some(ind.key)
            .filter(|k| *k == catalogue::DEFAULT_KEY)
            .and_then(|_| super::time::timed_year(state))
        {
            // The 2010 census, or after the 2020 census: reported figures,
            // then the baseline.
            let b = data.bundle_for(level == Level::County)?;
            let cohorts = data.cohorts.get();
            let baseline = match timeline::basis(later) {
                Some(timeline::Basis::Projection) if super::time::scenario_on(state) => {
                    Some(scenario.get()?.0)
                }
                Some(timeline::Basis::Projection) => Some(data.baseline()?),
                _ => None,
            };
            return timeline::change_since_2010(
                later,
                b.units_at(level),
                cohorts.as_ref().map(|c| c.reported.as_slice()),
                baseline.as_deref(),
            );
        }
        if ind.key == catalogue::USER_KEY {
            // The reader's own layer: its values for the units of its level.
            let layer = data.user_layer.get()?;
            let value = |code: u32| {
                layer
                    .values
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map(|(_, v)| *v)
            };
            return Some(
                data.bundle
                    .units_at(level)
                    .map(|u| (u.code, value(u.code)))
                    .collect(),
            );
        }
        // County figures travel with the details too.
        let b = data.bundle_for(ind.details() || level == Level::County)?;
        let m = if ind.needs_measures() {
            Some(data.measures()?)
        } else {
            None
        };
        let m = m.as_ref().map(|m| m.at(level));
        Some(
            b.units_at(level)
                .map(|u| (u.code, ind.value_in(u, year, m)))
                .collect::<Vec<_>>(),
        )
    })
}

/// Every unit's run of the reader's scenario (the link's levers and
/// assumptions, on every unit), computed when a projected year first asks
/// for it and again when the scenario changes.
fn use_scenario() -> Memo<Option<Shared<RunOutputs>>> {
    let state = use_app();
    Memo::new(move |_| {
        let p = use_data().prepared()?;
        let inputs = RunInputs {
            units: UnitSet::All,
            levers: crate::lab::user_settings(&state.levers.get()),
            assumptions: state.assume.get(),
            seed: 0,
            draws: 0,
        };
        Some(Shared(Arc::new(model::run(&p, &inputs))))
    })
}

/// The hover text of a unit: its value, and its change and class.
pub(super) fn use_tooltip(
    indicator: Signal<&'static Indicator>,
    caption: Signal<String>,
    core: Arc<Bundle>,
    values: Memo<Values>,
    timed: Signal<Option<u32>>,
) -> Callback<u32, Option<TooltipContent>> {
    let state = use_app();
    let lang = use_lang();
    Callback::new(move |code: u32| {
        let ind = indicator.get_untracked();
        let level = state.level.get_untracked();
        let needs_full = ind.details() || level == Level::County;
        let b = use_data()
            .full
            .get_untracked()
            .filter(|_| needs_full)
            .unwrap_or(core.clone());
        let unit = b.unit_at(level, code)?;
        let lang = lang.get_untracked();
        let t = texts(lang);
        let m = use_data().measures_untracked();
        let user = use_data().user_layer.get_untracked();
        let from_user = user
            .as_ref()
            .filter(|_| ind.key == catalogue::USER_KEY)
            .and_then(|l| l.values.iter().find(|(c, _)| *c == code).map(|(_, v)| *v));
        // After 2020 the value is the one the map shows (reported or
        // projected change since 2010).
        let from_timeline = timed.get_untracked().and_then(|_| {
            values.with_untracked(|v| {
                v.iter()
                    .flatten()
                    .find(|(c, _)| *c == code)
                    .map(|(_, v)| *v)
            })
        });
        let value = match from_timeline {
            Some(v) => v.map(|v| signed_pct(v, 1)),
            None => from_user
                .or_else(|| {
                    ind.value_in(
                        unit,
                        state.year.get_untracked(),
                        m.as_ref().map(|m| m.at(level)),
                    )
                })
                .map(|v| ind.format(v, lang)),
        }
        .unwrap_or(t.no_data.into());
        let mut lines = vec![format!("{}: {value}", caption.get_untracked())];
        if ind.key != catalogue::DEFAULT_KEY {
            lines.push(match (change_pct(unit), shrink_class(unit)) {
                (Some(p), Some(c)) => {
                    format!("{} {} · {}", t.change, signed_pct(p, 1), c.name(lang))
                }
                _ => t.no_comparable_2010.to_string(),
            });
        }
        Some(TooltipContent {
            title: display_name(unit, lang),
            lines,
        })
    })
}

/// Province names, or the county names of a drilled-down prefecture.
pub(super) fn use_labels(level: Signal<Level>, b: Arc<Bundle>) -> Signal<Vec<MapLabel>> {
    let state = use_app();
    let lang = use_lang();
    Signal::derive(move || {
        let lang = lang.get();
        let mut out: Vec<MapLabel> = b
            .map
            .provinces
            .iter()
            .filter_map(|s| {
                let p = b.province(s.code)?;
                Some(MapLabel {
                    at: s.label,
                    text: province_name(p, lang),
                    major: true,
                })
            })
            .collect();
        if let (Some(within), Level::County) = (state.within.get(), level.get()) {
            if let Some(shapes) = use_data().county_shapes.get() {
                out = b
                    .counties_of(within)
                    .filter_map(|u| {
                        let s = shapes.counties.iter().find(|s| s.code == u.code)?;
                        let text = display_name(u, lang);
                        Some(MapLabel {
                            at: s.label,
                            text,
                            major: false,
                        })
                    })
                    .collect();
            }
        }
        out
    })
}
