//! The relationships view (`view=relate&x=<key>&y=<key>`, with `level=`,
//! `year=`, `colour=` and `unit=`): a scatter of two catalogue indicators
//! over the units of a level, each point a unit sized by its residents,
//! the fitted line with r and n and how many units lack data, axis pickers,
//! the points as a table, CSV, SVG and PNG downloads and an embed
//! (`embed=1&chart=relate`). Every number (points, fit, log axes, ticks,
//! where a value lies on an axis) is the core's (`atlas_core::relate`);
//! this module draws them.

mod caption;
mod chart;
mod colours;
mod downloads;
mod pickers;
mod table;

use crate::components::embed_code::EmbedCode;
use crate::components::loading::{with_file, Loading};
use crate::data::{use_data, Data, Measures};
use crate::i18n::relate::relate_texts;
use crate::i18n::{texts, view_name};
use crate::state::{use_app, use_lang, AppState};
use atlas_core::catalogue::Indicator;
use atlas_core::relate::{axes, relate, Relation};
use atlas_core::url_state::{EmbedChart, View, Year};
use atlas_core::{Bundle, Lang, Level, Unit};
use leptos::prelude::*;
use std::sync::Arc;

/// What the chart, its caption, the table and the downloads show: two
/// indicators over the units of a level in a year.
#[derive(Clone)]
pub struct Scene {
    pub x: &'static Indicator,
    pub y: &'static Indicator,
    pub level: Level,
    pub year: Year,
    pub relation: Relation,
    pub bundle: Arc<Bundle>,
    /// The measures, when an axis is an index.
    measures: Option<Arc<Measures>>,
}

impl PartialEq for Scene {
    fn eq(&self, other: &Self) -> bool {
        // The bundle never changes once loaded.
        (self.x, self.y, self.level, self.year) == (other.x, other.y, other.level, other.year)
            && self.relation == other.relation
            && match (&self.measures, &other.measures) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

impl Scene {
    /// The units of the level, by code (the order of the points, the CSV
    /// and `atlas relate`).
    pub fn units(&self) -> Vec<&Unit> {
        // The bundle holds its units in code order (no sort: each costs
        // WebAssembly).
        self.bundle.units_at(self.level).collect()
    }

    pub fn unit(&self, code: u32) -> Option<&Unit> {
        self.bundle.unit_at(self.level, code)
    }

    /// A unit's value of one of the axes (`None`: it lacks it).
    pub fn value(&self, ind: &Indicator, unit: &Unit) -> Option<f64> {
        let measures = self.measures.as_deref().map(|m| m.at(self.level));
        ind.value_in(unit, self.year, measures)
    }

    /// The scene of the link's state; `None` while an index axis waits for
    /// the measures.
    fn of(bundle: &Arc<Bundle>, state: AppState, data: &Data) -> Option<Scene> {
        let (x, y) = axes(state.x.get(), state.y.get());
        let (level, year) = (state.level.get(), state.year.get());
        let measures = match x.needs_measures() || y.needs_measures() {
            true => Some(data.measures()?),
            false => None,
        };
        let mut scene = Scene {
            x,
            y,
            level,
            year,
            relation: Relation {
                points: Vec::new(),
                missing: 0,
                log_x: false,
                log_y: false,
                fit: None,
            },
            bundle: bundle.clone(),
            measures,
        };
        let at_level = scene.measures.as_deref().map(|m| m.at(level));
        scene.relation = relate(&scene.units(), x, y, year, at_level);
        Some(scene)
    }
}

/// The view; `compact` (an embed) shows the chart and its caption only.
/// Clicks are handled once, here, for the whole view (see
/// [`clicked`]).
#[component]
pub fn RelateView(#[prop(default = false)] compact: bool) -> impl IntoView {
    let lang = use_lang();
    let body = with_file(
        use_data().full,
        |t| t.loading,
        false,
        move |full| view! { <Relationship bundle=full compact=compact /> },
    );
    view! {
        <section class="view relate-view" data-view="relate" on:click=clicked>
            <h2 class="visually-hidden">{move || view_name(View::Relate, lang.get())}</h2>
            {(!compact).then(|| view! {
                <p class="intro">{move || relate_texts(lang.get()).intro}</p>
                <pickers::Pickers />
            })}
            {body}
        </section>
    }
}

/// The chart of the current scene and its caption, then (unless compact)
/// the selected place, the downloads, the table and the embed code. All
/// but the buttons is escaped text set in one go (see [`chart`]).
#[component]
fn Relationship(bundle: Arc<Bundle>, compact: bool) -> impl IntoView {
    let (state, data, lang) = (use_app(), use_data(), use_lang());
    let scene = Memo::new(move |_| Scene::of(&bundle, state, &data));
    let host = NodeRef::<leptos::html::Div>::new();
    let width = chart::measured_width(host);
    let drawing = Memo::new(move |_| {
        let style = chart::Style {
            width: width.get(),
            colour: state.colour.get(),
            selected: state.unit.get(),
            lang: lang.get(),
        };
        chart::svg(scene.get().as_ref()?, &style)
    });
    let drawing_text = move || drawing.with(|d| d.as_ref().map(|d| d.text.clone()));
    let text = move |part: fn(&Scene, Option<u32>, bool, Lang) -> String| {
        let (selected, drawn) = (state.unit.get(), drawing.with(Option::is_some));
        scene.with(|s| s.as_ref().map(|s| part(s, selected, drawn, lang.get())))
    };
    let extras = (!compact).then(|| {
        view! {
            <div class="relate-selected-host" inner_html=move || text(|s, sel, _, l| caption::selected_html(s, sel, l))></div>
            <downloads::Downloads scene=scene drawing=drawing />
            <details class="chart-table relate-table">
                <summary>{move || texts(lang.get()).chart_as_table}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || relate_texts(lang.get()).table_caption
                    inner_html=move || text(|s, sel, _, l| table::table_html(s, sel, l))></div>
            </details>
            <EmbedCode charts=&[EmbedChart::Relate] />
        }
    });
    view! {
        {move || scene.with(Option::is_none).then(|| view! { <Loading inline=true /> })}
        <figure class="relate-figure">
            <div class="relate-chart" node_ref=host inner_html=drawing_text></div>
            <figcaption class="relate-caption" inner_html=move || text(|s, _, drawn, l| caption::caption_html(s, drawn, l))></figcaption>
        </figure>
        {extras}
    }
}

/// A click on a point or on a name in the table selects that place (both
/// carry its `data-code`); "open profile" (`data-open`) opens it.
fn clicked(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(target) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let code_in = |attribute: &str| -> Option<u32> {
        let el = target.closest(&format!("[{attribute}]")).ok()??;
        el.get_attribute(attribute)?.parse().ok()
    };
    let state = use_app();
    if let Some(code) = code_in("data-open") {
        state.open_place(code);
    } else if let Some(code) = code_in("data-code") {
        state.unit.set(Some(code));
    }
}
