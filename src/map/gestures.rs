//! Pan and zoom of the SVG map by mouse wheel, drag and two-finger pinch,
//! and telling a click from the end of a drag.

use super::zoom::{pan, screen_to_map, zoom_about, ViewBox};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Pointer movement (CSS px) below which a press counts as a click.
const CLICK_SLOP_PX: f64 = 4.0;

#[derive(Default)]
struct Gesture {
    /// Active pointers: id -> last client position.
    pointers: Vec<(i32, f64, f64)>,
    moved: f64,
    /// A drag just ended: swallow the click that follows it.
    suppress_click: bool,
}

/// The gesture state of one map and what it moves.
#[derive(Clone, Copy)]
pub(super) struct PanZoom {
    gesture: StoredValue<Gesture>,
    svg: NodeRef<leptos::svg::Svg>,
    view_box: RwSignal<ViewBox>,
    home: Signal<ViewBox>,
}

impl PanZoom {
    pub fn new(
        svg: NodeRef<leptos::svg::Svg>,
        view_box: RwSignal<ViewBox>,
        home: Signal<ViewBox>,
    ) -> PanZoom {
        PanZoom {
            gesture: StoredValue::new(Gesture::default()),
            svg,
            view_box,
            home,
        }
    }

    /// Whether a click should be ignored (it ends a drag); asking clears it.
    pub fn take_drag_end(&self) -> bool {
        self.gesture
            .try_update_value(|g| std::mem::take(&mut g.suppress_click))
            .unwrap_or(false)
    }

    fn rect(&self) -> Option<[f64; 4]> {
        let svg: web_sys::Element = self.svg.get()?.unchecked_into();
        let r = svg.get_bounding_client_rect();
        Some([r.left(), r.top(), r.width(), r.height()])
    }

    pub fn wheel(&self, ev: web_sys::WheelEvent) {
        let Some(r) = self.rect() else { return };
        ev.prevent_default();
        let vb = self.view_box.get_untracked();
        let (px, py, _) = screen_to_map(vb, r, ev.client_x() as f64, ev.client_y() as f64);
        let factor = (ev.delta_y() * 0.0015).clamp(-0.5, 0.5).exp();
        self.view_box
            .set(zoom_about(vb, factor, px, py, self.home.get_untracked()));
    }

    pub fn pointer_down(&self, ev: web_sys::PointerEvent) {
        self.gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            g.pointers
                .push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64));
            if g.pointers.len() == 1 {
                g.moved = 0.0;
            }
        });
    }

    /// One pointer drags the map; two pinch it about their midpoint.
    pub fn pointer_move(&self, ev: web_sys::PointerEvent) {
        let Some(r) = self.rect() else { return };
        let (id, x, y) = (ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64);
        let vb = self.view_box.get_untracked();
        let home = self.home.get_untracked();
        let (_, _, scale) = screen_to_map(vb, r, x, y);
        let mut next = None;
        self.gesture.update_value(|g| {
            let Some(i) = g.pointers.iter().position(|p| p.0 == id) else {
                return;
            };
            let (_, ox, oy) = g.pointers[i];
            if g.pointers.len() == 1 {
                g.moved += (x - ox).hypot(y - oy);
                if g.moved > CLICK_SLOP_PX {
                    next = Some(pan(vb, -(x - ox) * scale, -(y - oy) * scale));
                }
            } else if g.pointers.len() == 2 {
                let (_, qx, qy) = g.pointers[1 - i];
                let before = (ox - qx).hypot(oy - qy);
                let after = (x - qx).hypot(y - qy);
                if before > 0.0 && after > 0.0 {
                    let (mx, my, _) = screen_to_map(vb, r, (x + qx) / 2.0, (y + qy) / 2.0);
                    next = Some(zoom_about(vb, before / after, mx, my, home));
                }
                g.moved += CLICK_SLOP_PX + 1.0;
            }
            g.pointers[i] = (id, x, y);
        });
        if let Some(vb) = next {
            self.view_box.set(vb);
        }
    }

    pub fn pointer_up(&self, ev: web_sys::PointerEvent) {
        self.gesture.update_value(|g| {
            g.pointers.retain(|p| p.0 != ev.pointer_id());
            if g.pointers.is_empty() && g.moved > CLICK_SLOP_PX {
                g.suppress_click = true;
            }
        });
    }
}
