//! Measures the region geometry at several arc tolerances, to choose
//! `geo::region::ARC_TOLERANCE`:
//!
//! `cargo run -p atlas-databuild --example region_geometry_sizes -- OUT_DIR [TOLERANCE ...]`
//!
//! Writes `counties-T.json` and `outlines-T.json` (prefectures and
//! provinces) per tolerance T, as the compact JSON the bundle would carry,
//! plus `preview-T.svg` (all three levels stacked, label points as dots) to
//! look at, and prints points kept, raw sizes, refined counties and the IoU
//! against leiii. Brotli sizes: compress the files with any brotli tool.

use atlas_databuild::geo::iou::prefecture_iou_against;
use atlas_databuild::geo::region::{
    build_region_geometry_from, region_counties, GeoShape, RegionGeometry,
};
use atlas_databuild::geo::topojson::Topology;
use atlas_databuild::{repo_root, sources, REGION_PROVINCES};
use serde_json::json;

fn paths(shapes: &[GeoShape]) -> serde_json::Value {
    shapes
        .iter()
        .map(|s| json!({"code": s.code, "d": s.d}))
        .collect()
}

/// Counties filled per prefecture, prefecture borders thin, province
/// borders thick: any sliver or gap between levels shows as a stray line.
fn preview(g: &RegionGeometry) -> String {
    let [x, y, w, h] = g.view_box;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}" width="{}" height="{}">"#,
        w * 0.6,
        h * 0.6
    );
    svg.push_str(r#"<rect x="-1e5" y="-1e5" width="2e5" height="2e5" fill="white"/>"#);
    for s in &g.counties {
        let hue = (s.code / 100 * 47) % 360;
        svg.push_str(&format!(
            r#"<path d="{}" fill="hsl({hue},45%,80%)" fill-rule="evenodd" stroke="gray" stroke-width="0.8"/>"#,
            s.d
        ));
    }
    for (shapes, width, colour) in [(&g.prefectures, 2.0, "#333"), (&g.provinces, 4.0, "#000")] {
        for s in shapes {
            svg.push_str(&format!(
                r#"<path d="{}" fill="none" fill-rule="evenodd" stroke="{colour}" stroke-width="{width}"/>"#,
                s.d
            ));
        }
    }
    for s in g.counties.iter().chain(&g.prefectures) {
        svg.push_str(&format!(
            r#"<circle cx="{}" cy="{}" r="3" fill="crimson"/>"#,
            s.label.0, s.label.1
        ));
    }
    svg.push_str("</svg>");
    svg
}

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().ok_or("usage: OUT_DIR [TOLERANCE ...]")?);
    let mut tolerances: Vec<f64> = args
        .map(|a| a.parse().map_err(|e| format!("{a}: {e}")))
        .collect::<Result<_, _>>()?;
    if tolerances.is_empty() {
        tolerances = vec![0.0, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0];
    }
    let root = repo_root().join("data/sources");
    let read =
        |rel: &str| std::fs::read_to_string(root.join(rel)).map_err(|e| format!("{rel}: {e}"));
    let topology = Topology::parse(&read(sources::TUDIGONG_TOPOJSON)?)?;
    let leiii = read(sources::LEIII_CITY_GEOJSON)?;
    let counties = region_counties(&topology, &REGION_PROVINCES)?;
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for t in tolerances {
        let g = build_region_geometry_from(&topology, &counties, t)?;
        let county_json = paths(&g.counties).to_string();
        let outline_json =
            json!({"prefectures": paths(&g.prefectures), "provinces": paths(&g.provinces)})
                .to_string();
        std::fs::write(out.join(format!("counties-{t}.json")), &county_json)
            .map_err(|e| e.to_string())?;
        std::fs::write(out.join(format!("outlines-{t}.json")), &outline_json)
            .map_err(|e| e.to_string())?;
        std::fs::write(out.join(format!("preview-{t}.svg")), preview(&g))
            .map_err(|e| e.to_string())?;
        let mut iou: Vec<(u32, f64)> = prefecture_iou_against(&leiii, &g)?;
        iou.sort_by(|a, b| a.1.total_cmp(&b.1));
        let s = &g.simplification;
        println!(
            "tolerance {t}: points {} -> {}, counties {} B, outlines {} B, finer {:?}, IoU lowest {:.4?} median {:.4}",
            s.raw_points,
            s.drawn_points,
            county_json.len(),
            outline_json.len(),
            s.finer,
            &iou[..5],
            iou[iou.len() / 2].1
        );
    }
    Ok(())
}
