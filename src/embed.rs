//! Embed mode (`embed=1`): the chosen map or chart with what a newsroom
//! needs to publish it (Datawrapper's and Our World in Data's embeds are the
//! model): a title naming the place and the measure, a one-line subtitle,
//! the source line and a link that opens the same view in the full atlas.
//! `controls=0` hides the pickers. The page reports its height to the
//! parent window so an iframe can size itself.

use crate::data::use_data;
use crate::i18n::embed::{
    embed_texts, list_after, map_subtitle, of_place, scenario_with_levers, whole_region,
};
use crate::i18n::lab::{lab_texts, output_name};
use crate::i18n::texts;
use crate::i18n::timeline::time_texts;
use crate::map::{year_caption, MapView};
use crate::state::{use_app, use_lang, AppState};
use crate::units::display_name;
use crate::views::place::{PlaceCards, PyramidSection, TrendSection};
use crate::views::relate::RelateView;
use atlas_core::catalogue::{self, Indicator, Source};
use atlas_core::model::Output;
use atlas_core::timeline;
use atlas_core::url_state::{EmbedChart, LabScope, View};
use atlas_core::{Bundle, Lang, Level, Unit, ViewState};
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Message type posted to the parent: `{type: "shrinkage-atlas:height", height}`.
pub const HEIGHT_MESSAGE: &str = "shrinkage-atlas:height";

/// What an embed (and a chart's downloaded image) says it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub title: String,
    pub subtitle: String,
    pub source: &'static str,
}

/// The full atlas's view of an embedded chart.
fn full_view(chart: EmbedChart, view: View) -> View {
    match chart {
        EmbedChart::Map => View::Map,
        EmbedChart::Relate => View::Relate,
        EmbedChart::Lab => View::Lab,
        EmbedChart::Trend | EmbedChart::Pyramid | EmbedChart::Cards => match view {
            View::Compare => View::Compare,
            _ => View::Place,
        },
    }
}

/// The link from an embed to the same view in the full atlas.
fn link_back(state: &ViewState) -> String {
    AppState::link(&ViewState {
        view: full_view(state.chart, state.view),
        embed: false,
        chart: EmbedChart::default(),
        bare: false,
        ..state.clone()
    })
}

#[component]
pub fn EmbedFrame() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let bundle = use_data().bundle;
    let root = NodeRef::<leptos::html::Div>::new();
    // Report the height whenever the content's size changes (data arriving,
    // a chart drawn, the frame resized).
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let target: web_sys::Element = el.clone().into();
        let callback = Closure::<dyn FnMut()>::new(move || post_height(el.scroll_height()));
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&target);
        }
        // The observer lives as long as the page (an embed never unmounts).
        callback.forget();
    });
    let heading = Memo::new(move |_| heading(&state.snapshot(), &bundle, lang.get()));
    view! {
        <div class="embed" class:bare=state.bare node_ref=root>
            <header class="embed-head">
                <h1 class="embed-title">{move || heading.get().title}</h1>
                <p class="embed-subtitle">{move || heading.get().subtitle}</p>
            </header>
            {move || chart_view(state)}
            <p class="embed-caption">
                <span class="embed-source">{move || heading.get().source}</span>
                " · "
                <a href=move || link_back(&state.snapshot()) target="_blank" rel="noopener">
                    {move || texts(lang.get()).open_in_atlas} " ↗"
                    <span class="visually-hidden">{move || embed_texts(lang.get()).open_new_tab}</span>
                </a>
            </p>
        </div>
    }
}

fn post_height(height: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}

fn source_of(indicators: &[&Indicator], lang: Lang) -> &'static str {
    let e = embed_texts(lang);
    match indicators.iter().any(|i| i.source == Source::Economy2015) {
        true => e.source_economy,
        false => e.source_census,
    }
}

/// The place an embed is about: the unit at the link's level, or at the
/// other level when only that one has the code.
fn place_of(bundle: &Bundle, code: Option<u32>, level: Level) -> Option<&Unit> {
    let code = code?;
    bundle.unit_at(level, code).or(bundle.unit(code))
}

/// The title, subtitle and source line of `state`'s chart.
pub fn heading(state: &ViewState, bundle: &Bundle, lang: Lang) -> Heading {
    let e = embed_texts(lang);
    let place = place_of(bundle, state.unit, state.level).map(|u| display_name(u, lang));
    let of_this = |what: &str| match &place {
        Some(p) => of_place(p, what, lang),
        None => what.to_string(),
    };
    let year = |ind: &Indicator| ind.yearly.then(|| state.year.key());
    // How many units the region has at the link's level, and prefectures.
    let units = bundle.units_at(state.level).count();
    let prefectures = bundle.units_at(Level::Prefecture).count();
    match state.chart {
        EmbedChart::Map => {
            let ind = state
                .indicator
                .or(catalogue::find(catalogue::DEFAULT_KEY))
                .expect("the default indicator is in the catalogue");
            let step = timeline::shown(state.time, state.year);
            let scenario = state.carries_scenario();
            if let Some(later) = Some(step)
                .filter(|y| *y != timeline::CENSUS_2020 && ind.key == catalogue::DEFAULT_KEY)
            {
                // The time control's year: census, reported or projected.
                return Heading {
                    title: time_texts(lang).measure.to_string(),
                    subtitle: map_subtitle(
                        state.level,
                        units,
                        Some(&year_caption(later, scenario, lang)),
                        lang,
                    ),
                    source: match timeline::basis(later) {
                        Some(timeline::Basis::Projection) if scenario => e.source_lab,
                        _ => e.source_trend,
                    },
                };
            }
            Heading {
                title: ind.name(lang).to_string(),
                subtitle: map_subtitle(state.level, units, year(ind), lang),
                source: source_of(&[ind], lang),
            }
        }
        EmbedChart::Relate => {
            let pick = |chosen: Option<&'static Indicator>, default: &str| {
                chosen
                    .or(catalogue::find(default))
                    .expect("default axes are in the catalogue")
            };
            let x = pick(state.x, atlas_core::url_state::DEFAULT_X);
            let y = pick(state.y, atlas_core::url_state::DEFAULT_Y);
            let year = year(x).or(year(y));
            Heading {
                title: format!("{} · {}", y.name(lang), x.name(lang)),
                subtitle: map_subtitle(state.level, units, year, lang),
                source: source_of(&[x, y], lang),
            }
        }
        EmbedChart::Lab => {
            let output = output_name(state.output.unwrap_or(Output::Population), lang);
            let region = state.scope == Some(LabScope::Region) || place.is_none();
            Heading {
                title: match region {
                    true => of_place(&whole_region(prefectures, lang), output, lang),
                    false => of_this(output),
                },
                subtitle: lab_subtitle(state, lang),
                source: e.source_lab,
            }
        }
        EmbedChart::Trend => Heading {
            title: of_this(e.trend_title),
            subtitle: e.trend_subtitle.to_string(),
            source: e.source_trend,
        },
        EmbedChart::Pyramid => Heading {
            title: of_this(e.pyramid_title),
            subtitle: e.pyramid_subtitle.to_string(),
            source: e.source_census,
        },
        EmbedChart::Cards => Heading {
            title: of_this(e.cards_title),
            subtitle: e.cards_subtitle.to_string(),
            source: e.source_census,
        },
    }
}

/// The heading of the strategy lab's scenario map: the reader's scenario
/// (with its levers) on every unit of the level shown.
pub fn lab_map_heading(state: &ViewState, bundle: &Bundle, lang: Lang) -> Heading {
    let t = lab_texts(lang);
    let units = bundle.units_at(state.level).count();
    let levers: Vec<&str> = state
        .levers
        .iter()
        .map(|(k, _)| k.def().name(lang))
        .collect();
    let scenario = match levers.is_empty() {
        true => t.cost_baseline.to_string(),
        false => scenario_with_levers(t.my_scenario, &levers, lang),
    };
    Heading {
        title: t.map_heading.to_string(),
        subtitle: format!(
            "{} · {scenario}",
            map_subtitle(state.level, units, None, lang)
        ),
        source: embed_texts(lang).source_lab,
    }
}

/// "To 2040: baseline and strategy scenarios (projections): my scenario
/// (talent parks), the people-led package".
fn lab_subtitle(state: &ViewState, lang: Lang) -> String {
    let mut scenarios: Vec<String> = state
        .compare
        .iter()
        .map(|p| p.name(lang).to_string())
        .collect();
    if !state.levers.is_empty() {
        let levers: Vec<&str> = state
            .levers
            .iter()
            .map(|(k, _)| k.def().name(lang))
            .collect();
        scenarios.insert(
            0,
            scenario_with_levers(lab_texts(lang).my_scenario, &levers, lang),
        );
    }
    list_after(embed_texts(lang).lab_subtitle, &scenarios, lang)
}

/// The heading of `chart` for the current state (of `unit` when given):
/// what the chart's PNG carries. Computed when read.
pub fn chart_heading(chart: EmbedChart, unit: Option<u32>) -> Signal<Heading> {
    let state = use_app();
    let lang = use_lang();
    let bundle = use_data().bundle;
    Signal::derive(move || {
        let at = ViewState {
            chart,
            unit: unit.or(state.unit.get()),
            ..state.snapshot()
        };
        heading(&at, &bundle, lang.get())
    })
}

/// The chart an embed shows (`chart=`): the map by default; a place's
/// trend, pyramid or cards with `unit=<code>`; the strategy lab's scenario
/// chart and cost table with `chart=lab` (and the lab's `levers=`,
/// `compare=` and `unit=`); the relationships view's scatter with
/// `chart=relate` (and its `x=`, `y=`, `colour=`, `level=`, `year=`).
/// A place chart without a known place shows the map.
fn chart_view(state: AppState) -> AnyView {
    let data = use_data();
    let chart = state.chart.get();
    let unit = place_of(&data.bundle, state.unit.get(), state.level.get()).cloned();
    match (chart, unit) {
        (EmbedChart::Lab, _) => view! { <crate::lab::LabView compact=true /> }.into_any(),
        (EmbedChart::Relate, _) => view! { <RelateView compact=true /> }.into_any(),
        (EmbedChart::Pyramid, Some(unit)) => {
            view! { <PyramidSection code=unit.code level=unit.level /> }.into_any()
        }
        (EmbedChart::Trend, Some(unit)) => view! { <TrendSection unit=unit /> }.into_any(),
        (EmbedChart::Cards, Some(unit)) => view! { <PlaceCards unit=unit /> }.into_any(),
        _ => view! { <MapView compact=true /> }.into_any(),
    }
}
