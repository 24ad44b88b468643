//! The map view: level and indicator controls, the choropleth with zoom and
//! drill-down, its legend, and the selected unit's panel.

mod gestures;
mod legend;
mod panel;
mod png;
pub mod scale;
mod svg;
mod time;
pub use time::{backtest_line, year_caption};
mod use_zoom;
mod values;
pub mod zoom;

pub use legend::Legend;
pub use png::MapPngButton;
pub use svg::{MapLabel, RegionMap, TooltipContent};

use crate::components::embed_code::EmbedCode;
use crate::components::loading::{LoadFailed, Loading};
use crate::components::upload::UploadLayer;
use crate::data::use_data;
use crate::i18n::timeline::time_texts;
use crate::i18n::{level_name, texts};
use crate::state::{use_app, use_lang};
use crate::units::{display_name, names_at};
use atlas_core::bundle::Shape;
use atlas_core::catalogue::{self, Indicator, INDICATORS};
use atlas_core::geometry::path_bbox;
use atlas_core::url_state::{EmbedChart, Year};
use atlas_core::Level;
use leptos::prelude::*;
use scale::Classes;
use std::collections::HashMap;
use std::sync::Arc;
use use_zoom::use_zoom;
use zoom::{fit, ViewBox};

#[component]
pub fn MapView(
    /// Map and legend only (embeds): no controls, panel or hints.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    let bundle = data.bundle.clone();
    let home: ViewBox = bundle.map.view_box;

    let indicator: Signal<&'static Indicator> =
        Signal::derive(move || state.indicator.get().unwrap_or(&catalogue::POP_CHANGE));
    let level = Signal::derive(move || state.level.get());
    Effect::new(move |_| {
        if level.get() == Level::County {
            use_data().county_shapes.want();
        }
    });

    let home_signal = drill_down_home(bundle.clone(), home);
    let zoom = use_zoom(home, home_signal, state.zoom);
    let view_box = zoom.view_box;

    // The time control belongs to the change in residents; another
    // indicator is shown at its census year.
    let timed = Signal::derive(move || {
        Some(indicator.get().key)
            .filter(|k| *k == catalogue::DEFAULT_KEY)
            .and_then(|_| time::timed_year(state))
    });
    Effect::new(move |_| {
        if indicator.get().key != catalogue::DEFAULT_KEY && state.time.get_untracked().is_some() {
            state.time.set(None);
        }
    });
    let values = values::use_values(indicator, level);
    let waiting_for_details = Signal::derive(move || values.with(|v| v.is_none()));
    let (classes, fills) = use_classes_and_fills(indicator, values);
    let caption = Signal::derive(move || {
        let ind = indicator.get();
        if let Some(year) = timed.get() {
            let lang = lang.get();
            format!(
                "{} {}",
                time_texts(lang).measure,
                time::year_caption(year, time::scenario_on(state), lang)
            )
        } else if ind.yearly {
            format!("{} {}", ind.name(lang.get()), state.year.get().key())
        } else {
            ind.name(lang.get()).to_string()
        }
    });

    let tooltip = values::use_tooltip(indicator, caption, bundle.clone(), values, timed);

    let labels = values::use_labels(level, bundle.clone());

    let map = view! {
        <Choropleth fills=fills labels=labels tooltip=tooltip caption=caption view_box=view_box home=home_signal />
    };

    let on_key = move |ev: web_sys::KeyboardEvent| zoom.on_key(&ev);

    view! {
        <section class="map-view" aria-labelledby="map-heading">
            <h2 id="map-heading" class="visually-hidden">{move || crate::i18n::view_name(atlas_core::url_state::View::Map, lang.get())}</h2>
            {(!compact).then(|| view! { <MapControls indicator=indicator /> })}
            <div class="explorer" class:compact=compact>
                <div class="map-column" on:keydown=on_key>
                    <Show when=move || waiting_for_details.get()>
                        <p class="loading inline" role="status"><span class="spinner" aria-hidden="true"></span>{move || texts(lang.get()).loading}</p>
                    </Show>
                    <figure class="map">
                        {map}
                        <ZoomButtons zoom=zoom />
                    </figure>
                    {move || (indicator.get().key == catalogue::DEFAULT_KEY).then(|| view! { <time::TimeControl /> })}
                    <Legend indicator=indicator classes=classes caption=caption />
                    {(!compact).then(|| view! {
                        <p class="hint">{move || texts(lang.get()).map_hint}</p>
                        <MapPngButton />
                        <EmbedCode charts=&[EmbedChart::Map] />
                    })}
                </div>
                {(!compact).then(|| view! {
                    <aside class="panel-column">
                        <panel::UnitPanel indicator=indicator />
                    </aside>
                })}
            </div>
        </section>
    }
}

/// Each unit's fill colour, shared (not cloned) with the map's paths.
type Fills = Arc<HashMap<u32, &'static str>>;

/// Drill-down: the view fitted to the chosen prefecture, or back home.
fn drill_down_home(bundle: Arc<atlas_core::Bundle>, home: ViewBox) -> Signal<ViewBox> {
    let state = use_app();
    Signal::derive(move || {
        state
            .within
            .get()
            .and_then(|code| bundle.map.prefectures.iter().find(|s| s.code == code))
            .and_then(|s| path_bbox(&s.d))
            .map(|bbox| fit(bbox, home, 0.08))
            .unwrap_or(home)
    })
}

/// The legend's classes of the values shown and each unit's fill colour.
fn use_classes_and_fills(
    indicator: Signal<&'static Indicator>,
    values: Memo<values::Values>,
) -> (Memo<Classes>, Memo<Fills>) {
    let classes = Memo::new(move |_| {
        let shown: Vec<f64> = values.with(|v| v.iter().flatten().filter_map(|(_, x)| *x).collect());
        Classes::for_indicator(indicator.get(), &shown)
    });
    let fills = Memo::new(move |_| {
        let c = classes.get();
        Arc::new(values.with(|v| {
            v.iter()
                .flatten()
                .map(|(code, x)| (*code, c.fill(*x)))
                .collect::<HashMap<_, _>>()
        }))
    });
    (classes, fills)
}

/// Zoom in, out and back home (the keys `+`, `-`, `0` do the same).
#[component]
fn ZoomButtons(zoom: use_zoom::Zoom) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="zoom-buttons">
            <button on:click=move |_| zoom.zoom_in() aria-label=move || texts(lang.get()).zoom_in>"+"</button>
            <button on:click=move |_| zoom.zoom_out() aria-label=move || texts(lang.get()).zoom_out>"−"</button>
            <button on:click=move |_| zoom.reset() aria-label=move || texts(lang.get()).zoom_reset>"⟲"</button>
        </div>
    }
}

/// Level switch, indicator and year pickers, drill-down breadcrumb.
#[component]
fn MapControls(indicator: Signal<&'static Indicator>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="controls">
            <div class="control" role="group" aria-label=move || texts(lang.get()).level_label>
                <span class="control-label">{move || texts(lang.get()).level_label}</span>
                <LevelButton level=Level::Prefecture />
                <LevelButton level=Level::County />
            </div>
            <IndicatorPicker indicator=indicator />
            <Show when=move || indicator.get().yearly>
                <YearPicker />
            </Show>
            <Breadcrumb />
        </div>
        <UploadLayer />
    }
}

/// One segment of the level switch; back to prefectures leaves a drill-down.
#[component]
fn LevelButton(level: Level) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    view! {
        <button
            class="segment"
            aria-pressed=move || (state.level.get() == level).to_string()
            on:click=move |_| {
                state.level.set(level);
                if level == Level::Prefecture {
                    state.within.set(None);
                }
            }
        >
            {move || level_name(level, lang.get())}
        </button>
    }
}

/// Every catalogue indicator, and the reader's uploaded layer when there is one.
#[component]
fn IndicatorPicker(indicator: Signal<&'static Indicator>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let options = move || {
        let lang = lang.get();
        let current = indicator.get().key;
        let user = use_data().user_layer.get().map(|l| {
            let label = format!("{}: {}", catalogue::USER.name(lang), l.name);
            view! { <option value=catalogue::USER_KEY selected=current == catalogue::USER_KEY>{label}</option> }
        });
        let list = INDICATORS
            .iter()
            .map(
                |i| view! { <option value=i.key selected=i.key == current>{i.name(lang)}</option> },
            )
            .collect_view();
        view! { {list} {user} }
    };
    let on_indicator = move |ev| {
        let ind = catalogue::current(Some(&event_target_value(&ev)));
        let default = ind.key == catalogue::DEFAULT_KEY;
        // The change in residents opens at the 2020 census, not at the
        // 2010 stop of its time control (where every change is zero).
        if default {
            state.year.set(Year::Y2020);
        }
        state.indicator.set((!default).then_some(ind));
    };
    view! {
        <label class="control">
            <span class="control-label">{move || texts(lang.get()).indicator_label}</span>
            <select on:change=on_indicator>{options}</select>
        </label>
    }
}

/// The census year of a yearly indicator.
#[component]
fn YearPicker() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let on_year = move |ev| {
        state.year.set(if event_target_value(&ev) == "2010" {
            Year::Y2010
        } else {
            Year::Y2020
        });
    };
    view! {
        <label class="control">
            <span class="control-label">{move || texts(lang.get()).year_label}</span>
            <select on:change=on_year>
                <option value="2020" selected=move || state.year.get() == Year::Y2020>"2020"</option>
                <option value="2010" selected=move || state.year.get() == Year::Y2010>"2010"</option>
            </select>
        </label>
    }
}

/// The prefecture drilled into, with the way back to the whole region.
#[component]
fn Breadcrumb() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let bundle = use_data().bundle;
    move || {
        let code = state.within.get()?;
        let unit = bundle.unit_at(Level::Prefecture, code)?;
        let lang = lang.get();
        Some(view! {
            <p class="breadcrumb">
                <strong>{display_name(unit, lang)}</strong>
                " "
                <button class="link-button" on:click=move |_| state.within.set(None)>{texts(lang).whole_region}</button>
            </p>
        })
    }
}

/// Shapes shared between renders.
pub type Shapes = Arc<Vec<Shape>>;

/// The shapes of a level and the outlines drawn over them: the
/// prefectures alone, or the counties (kept in `counties` once loaded, so
/// they are not cloned on each render) under the prefectures' outlines;
/// while the county shapes load or if they fail, the view to show instead.
pub fn level_shapes(
    level: Level,
    prefectures: &Arc<Vec<Shape>>,
    counties: StoredValue<Option<Shapes>>,
) -> Result<(Shapes, Shapes), AnyView> {
    match level {
        Level::Prefecture => Ok((prefectures.clone(), Arc::new(Vec::new()))),
        Level::County => match use_data().county_shapes.state() {
            Some(Ok(c)) => {
                if counties.with_value(Option::is_none) {
                    counties.set_value(Some(Arc::new(c.counties.clone())));
                }
                Ok((
                    counties.get_value().unwrap_or_default(),
                    prefectures.clone(),
                ))
            }
            Some(Err(message)) => {
                let file = use_data().county_shapes;
                Err(view! { <LoadFailed file=file.untyped() message=message /> }.into_any())
            }
            None => Err(view! { <Loading text=|t| t.loading_counties /> }.into_any()),
        },
    }
}

/// The choropleth at the level shown: prefectures, or counties (with the
/// prefecture outlines over them) once their shapes are here.
#[component]
fn Choropleth(
    fills: Memo<Fills>,
    labels: Signal<Vec<MapLabel>>,
    tooltip: Callback<u32, Option<TooltipContent>>,
    caption: Signal<String>,
    view_box: RwSignal<ViewBox>,
    home: Signal<ViewBox>,
) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let b = use_data().bundle;
    // The shapes are shared, not cloned on each render (language or level
    // switch): the prefectures' once here, the counties' once loaded.
    let prefectures = Arc::new(b.map.prefectures.clone());
    let provinces = Arc::new(b.map.provinces.clone());
    let counties = StoredValue::new(None::<Arc<Vec<Shape>>>);
    move || {
        let (lang, level) = (lang.get(), state.level.get());
        let t = texts(lang);
        let (shapes, inner) = match level_shapes(level, &prefectures, counties) {
            Ok(shapes) => shapes,
            Err(waiting) => return waiting,
        };
        let names = names_at(&b, level, lang);
        view! {
            <RegionMap
                shapes=shapes
                inner_outlines=inner
                provinces=provinces.clone()
                labels=labels
                fills=fills
                names=Arc::new(names)
                selected=state.unit
                view_box=view_box
                home=home
                tooltip=tooltip
                aria_label=Signal::derive(move || format!("{} · {}", t.map_label, caption.get()))
            />
        }
        .into_any()
    }
}
