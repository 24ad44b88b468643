//! Zoom and pan as changes of the SVG view box (no transforms on the
//! shapes, so strokes stay crisp and hit-testing stays exact).

use atlas_core::url_state::MapZoom;

/// A view box `[x, y, width, height]` in map units.
pub type ViewBox = [f64; 4];

/// The view box a link's zoom and centre describe (the centre defaults to
/// the region's).
pub fn from_link(z: MapZoom, home: ViewBox) -> ViewBox {
    let (w, h) = (home[2] / z.zoom, home[3] / z.zoom);
    let [cx, cy] = z
        .centre
        .unwrap_or([home[0] + home[2] / 2.0, home[1] + home[3] / 2.0]);
    [cx - w / 2.0, cy - h / 2.0, w, h]
}

/// A view box as a link's zoom (2 decimals) and centre (1 decimal).
pub fn to_link(vb: ViewBox, home: ViewBox) -> MapZoom {
    let round = |v: f64, d: f64| (v * d).round() / d;
    MapZoom {
        zoom: round(home[2] / vb[2], 100.0),
        centre: Some([
            round(vb[0] + vb[2] / 2.0, 10.0),
            round(vb[1] + vb[3] / 2.0, 10.0),
        ]),
    }
}

/// Most zoom: the view is at least this fraction of the whole region's width.
const MIN_FRACTION: f64 = 1.0 / 40.0;
/// Least zoom: a little wider than the whole region.
const MAX_FRACTION: f64 = 1.25;

/// Scales `vb` by `factor` (< 1 zooms in) around the map point `(px, py)`,
/// keeping the width within the limits relative to `home`.
pub fn zoom_about(vb: ViewBox, factor: f64, px: f64, py: f64, home: ViewBox) -> ViewBox {
    let width = (vb[2] * factor).clamp(home[2] * MIN_FRACTION, home[2] * MAX_FRACTION);
    let f = width / vb[2];
    [
        px - (px - vb[0]) * f,
        py - (py - vb[1]) * f,
        vb[2] * f,
        vb[3] * f,
    ]
}

/// Moves `vb` by `(dx, dy)` map units.
pub fn pan(vb: ViewBox, dx: f64, dy: f64) -> ViewBox {
    [vb[0] + dx, vb[1] + dy, vb[2], vb[3]]
}

/// A view box around `bbox` with a margin, at the aspect ratio of `home`
/// so the map does not jump in size.
pub fn fit(bbox: ViewBox, home: ViewBox, margin: f64) -> ViewBox {
    let aspect = home[3] / home[2];
    let (mut w, mut h) = (
        bbox[2] * (1.0 + 2.0 * margin),
        bbox[3] * (1.0 + 2.0 * margin),
    );
    if h / w > aspect {
        w = h / aspect;
    } else {
        h = w * aspect;
    }
    let (cx, cy) = (bbox[0] + bbox[2] / 2.0, bbox[1] + bbox[3] / 2.0);
    [cx - w / 2.0, cy - h / 2.0, w, h]
}

/// Converts a point on screen to map units, for an SVG drawn with
/// `preserveAspectRatio="xMidYMid meet"` in a box at `(left, top)` of size
/// `(width, height)` CSS pixels. Also returns map units per CSS pixel.
pub fn screen_to_map(vb: ViewBox, rect: [f64; 4], client_x: f64, client_y: f64) -> (f64, f64, f64) {
    let [left, top, width, height] = rect;
    let scale = (vb[2] / width.max(1.0)).max(vb[3] / height.max(1.0));
    let ox = vb[0] - (width * scale - vb[2]) / 2.0;
    let oy = vb[1] - (height * scale - vb[3]) / 2.0;
    (
        ox + (client_x - left) * scale,
        oy + (client_y - top) * scale,
        scale,
    )
}
