//! The map's zoom and pan state as a hook: the view box, the fitted view
//! it returns to (the region, or a drill-down's prefecture), the buttons'
//! and keys' steps, and the link's `zoom=`/`at=` kept in step with it. A
//! map view calls [`use_zoom`] once and hands the view box to its SVG.

use super::zoom::{self, zoom_about, ViewBox};
use atlas_core::url_state::MapZoom;
use leptos::prelude::*;

/// How much one press of `+`/`-` (button or key) zooms.
const BUTTON_ZOOM: f64 = 1.5;

#[derive(Clone, Copy)]
pub struct Zoom {
    pub view_box: RwSignal<ViewBox>,
    /// The view "reset" returns to.
    pub fitted: Signal<ViewBox>,
    home: ViewBox,
}

/// Zoom state starting from the link's zoom (if any), following `fitted`
/// when it changes (a drill-down) and writing itself back to `link`.
pub fn use_zoom(home: ViewBox, fitted: Signal<ViewBox>, link: RwSignal<Option<MapZoom>>) -> Zoom {
    let from_link = link.get_untracked();
    let view_box = RwSignal::new(from_link.map_or(home, |z| zoom::from_link(z, home)));
    Effect::new(move |first: Option<()>| {
        let f = fitted.get();
        // The first run keeps a zoom that came with the link.
        if first.is_some() || from_link.is_none() {
            view_box.set(f);
        }
    });
    // Back into the link (rounded, so a drag writes short numbers); the
    // fitted view is no zoom.
    Effect::new(move |_| {
        let vb = view_box.get();
        let z = (vb != fitted.get_untracked()).then(|| zoom::to_link(vb, home));
        if link.get_untracked() != z {
            link.set(z);
        }
    });
    Zoom {
        view_box,
        fitted,
        home,
    }
}

impl Zoom {
    /// Zooms about the centre of the view (< 1 zooms in).
    pub fn by(&self, factor: f64) {
        let vb = self.view_box.get_untracked();
        let (cx, cy) = (vb[0] + vb[2] / 2.0, vb[1] + vb[3] / 2.0);
        self.view_box.set(zoom_about(vb, factor, cx, cy, self.home));
    }

    pub fn zoom_in(&self) {
        self.by(1.0 / BUTTON_ZOOM);
    }

    pub fn zoom_out(&self) {
        self.by(BUTTON_ZOOM);
    }

    pub fn reset(&self) {
        self.view_box.set(self.fitted.get_untracked());
    }

    /// `+`, `-` and `0` on the map.
    pub fn on_key(&self, ev: &web_sys::KeyboardEvent) {
        match ev.key().as_str() {
            "+" | "=" => self.zoom_in(),
            "-" | "_" => self.zoom_out(),
            "0" => self.reset(),
            _ => {}
        }
    }
}
