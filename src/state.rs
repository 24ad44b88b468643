//! The app's view state as reactive signals, provided as context. It is the
//! URL's state ([`ViewState`]) made live: every change is written back to the
//! address bar, so whatever the reader sees is a link.

use atlas_core::catalogue::Indicator;
use atlas_core::measures::Dimension;
use atlas_core::model::{Assumptions, LeverKey, Output, Preset};
use atlas_core::url_state::{EmbedChart, LabScope, MapZoom, PointColour, View, Year};
use atlas_core::{Lang, Level, Notice, ViewState};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub view: RwSignal<View>,
    pub unit: RwSignal<Option<u32>>,
    pub level: RwSignal<Level>,
    pub within: RwSignal<Option<u32>>,
    pub indicator: RwSignal<Option<&'static Indicator>>,
    pub year: RwSignal<Year>,
    pub levers: RwSignal<Vec<(LeverKey, f64)>>,
    pub compare: RwSignal<Vec<Preset>>,
    pub lang: RwSignal<Lang>,
    pub embed: RwSignal<bool>,
    pub chart: RwSignal<EmbedChart>,
    /// An embed without its pickers (`controls=0`; fixed for the page).
    pub bare: bool,
    /// The lab's scope when the reader changed it from the default.
    pub scope: RwSignal<Option<LabScope>>,
    pub output: RwSignal<Output>,
    pub assume: RwSignal<Assumptions>,
    /// The reader's own weights (the data context applies them).
    pub weights: RwSignal<Vec<(Dimension, Vec<f64>)>>,
    /// The map's zoom and centre, when not the home view.
    pub zoom: RwSignal<Option<MapZoom>>,
    /// The map's year after the 2020 census (the time control).
    pub time: RwSignal<Option<u32>>,
    /// The compare view's second place.
    pub with: RwSignal<Option<u32>>,
    /// The relationships view's axes (`None` = the default) and colouring.
    pub x: RwSignal<Option<&'static Indicator>>,
    pub y: RwSignal<Option<&'static Indicator>>,
    pub colour: RwSignal<PointColour>,
    /// What in the link was ignored, for the notice banner.
    pub notices: RwSignal<Vec<Notice>>,
}

impl AppState {
    pub fn new(initial: ViewState, notices: Vec<Notice>) -> AppState {
        AppState {
            view: RwSignal::new(initial.view),
            unit: RwSignal::new(initial.unit),
            level: RwSignal::new(initial.level),
            within: RwSignal::new(initial.within),
            indicator: RwSignal::new(initial.indicator),
            year: RwSignal::new(initial.year),
            levers: RwSignal::new(initial.levers),
            compare: RwSignal::new(initial.compare),
            lang: RwSignal::new(initial.lang),
            embed: RwSignal::new(initial.embed),
            chart: RwSignal::new(initial.chart),
            bare: initial.bare,
            scope: RwSignal::new(initial.scope),
            output: RwSignal::new(initial.output.unwrap_or(Output::Population)),
            assume: RwSignal::new(initial.assume),
            weights: RwSignal::new(initial.weights),
            zoom: RwSignal::new(initial.zoom),
            time: RwSignal::new(initial.time),
            with: RwSignal::new(initial.with),
            x: RwSignal::new(initial.x),
            y: RwSignal::new(initial.y),
            colour: RwSignal::new(initial.colour),
            notices: RwSignal::new(notices),
        }
    }

    /// The current state as a [`ViewState`] (tracks every signal).
    pub fn snapshot(&self) -> ViewState {
        ViewState {
            view: self.view.get(),
            unit: self.unit.get(),
            level: self.level.get(),
            within: self.within.get(),
            indicator: self.indicator.get(),
            year: self.year.get(),
            levers: self.levers.get(),
            compare: self.compare.get(),
            lang: self.lang.get(),
            embed: self.embed.get(),
            chart: self.chart.get(),
            bare: self.bare,
            scope: self.scope.get(),
            output: Some(self.output.get()).filter(|o| *o != Output::Population),
            assume: self.assume.get(),
            weights: self.weights.get(),
            zoom: self.zoom.get(),
            time: self.time.get(),
            with: self.with.get(),
            x: self.x.get(),
            y: self.y.get(),
            colour: self.colour.get(),
        }
    }

    /// A link to `state` relative to this page (for embeds and "open in
    /// the atlas").
    pub fn link(state: &ViewState) -> String {
        let q = state.to_query();
        if q.is_empty() {
            "./".into()
        } else {
            format!("./?{q}")
        }
    }

    pub fn add_notices(&self, more: Vec<Notice>) {
        if !more.is_empty() {
            self.notices.update(|n| n.extend(more));
        }
    }

    /// Opens a unit's profile.
    pub fn open_place(&self, code: u32) {
        self.unit.set(Some(code));
        self.view.set(View::Place);
    }
}

/// The state provided by [`crate::app`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The interface language as a signal.
pub fn use_lang() -> Signal<Lang> {
    let state = use_app();
    Signal::derive(move || state.lang.get())
}
