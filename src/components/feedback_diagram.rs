//! The model's feedback loop (paper section 1.1) as a diagram, drawn from
//! the same node and edge definitions the model uses, with the edges also
//! listed as text.

use crate::i18n::methods::methods_texts;
use crate::state::use_lang;
use atlas_core::model::feedback::{Sign, EDGES, NODES};
use leptos::prelude::*;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 380.0;
const BOX_W: f64 = 150.0;
const BOX_H: f64 = 40.0;

/// Node centres on an ellipse, in definition order.
fn position(i: usize) -> (f64, f64) {
    let angle =
        -std::f64::consts::FRAC_PI_2 + i as f64 / NODES.len() as f64 * std::f64::consts::TAU;
    (
        WIDTH / 2.0 + (WIDTH / 2.0 - BOX_W / 2.0 - 10.0) * angle.cos(),
        HEIGHT / 2.0 + (HEIGHT / 2.0 - BOX_H / 2.0 - 10.0) * angle.sin(),
    )
}

/// Where the segment from the centre `a` towards `b` leaves a's box.
fn box_exit(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (BOX_W / 2.0 / dx.abs().max(1e-9))
        .min(BOX_H / 2.0 / dy.abs().max(1e-9))
        .min(1.0);
    (a.0 + dx * t, a.1 + dy * t)
}

#[component]
pub fn FeedbackDiagram() -> impl IntoView {
    let lang = use_lang();
    let index = |key: &str| NODES.iter().position(|n| n.key == key).unwrap_or(0);
    let edges = move || {
        EDGES
            .iter()
            .map(|e| {
                let (a, b) = (position(index(e.from)), position(index(e.to)));
                let (start, end) = (box_exit(a, b), box_exit(b, a));
                let (mx, my) = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0);
                let minus = e.sign == Sign::Minus;
                view! {
                    <line class="loop-edge" class:minus=minus x1=start.0 y1=start.1 x2=end.0 y2=end.1 marker-end="url(#arrow)" />
                    <circle class="loop-sign-bg" cx=mx cy=my r="9" />
                    <text class="loop-sign" x=mx y=my + 4.0 text-anchor="middle">{if minus { "−" } else { "+" }}</text>
                }
            })
            .collect_view()
    };
    let nodes = move || {
        let lang = lang.get();
        NODES
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let (x, y) = position(i);
                view! {
                    <rect class="loop-node" x=x - BOX_W / 2.0 y=y - BOX_H / 2.0 width=BOX_W height=BOX_H rx="6" />
                    <text class="loop-label" x=x y=y + 5.0 text-anchor="middle">{n.name(lang)}</text>
                }
            })
            .collect_view()
    };
    let list = move || {
        let lang = lang.get();
        let name = |key: &'static str| {
            NODES
                .iter()
                .find(|n| n.key == key)
                .map(|n| n.name(lang))
                .unwrap_or(key)
        };
        EDGES
            .iter()
            .map(|e| {
                let sign = if e.sign == Sign::Minus { "−" } else { "+" };
                view! { <li>{format!("{} → {} ({sign}): {}", name(e.from), name(e.to), e.how(lang))}</li> }
            })
            .collect_view()
    };
    view! {
        <figure class="feedback">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=move || methods_texts(lang.get()).feedback_diagram_label>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" fill="#4a5058" />
                    </marker>
                </defs>
                {edges}
                {nodes}
            </svg>
            <details>
                <summary>{move || methods_texts(lang.get()).feedback_as_text}</summary>
                <ul>{list}</ul>
            </details>
        </figure>
    }
}
