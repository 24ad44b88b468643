//! Reads the leiii prefecture polygons (GeoJSON, WGS-84 lon/lat) and projects
//! them with [`super::albers`].

use super::{albers, MetricRing};
use serde_json::Value;
use std::collections::BTreeMap;

/// Polygon rings per `city_code`, projected to metres.
pub fn read_prefectures(text: &str) -> Result<BTreeMap<u32, Vec<MetricRing>>, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("geojson: {e}"))?;
    let features = root["features"].as_array().ok_or("geojson: no features")?;
    let mut out = BTreeMap::new();
    for feature in features {
        let code: u32 = feature["properties"]["city_code"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .ok_or("geojson: feature without a numeric city_code")?;
        let geometry = &feature["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            Some("MultiPolygon") => geometry["coordinates"]
                .as_array()
                .ok_or("bad multipolygon")?
                .iter()
                .collect(),
            other => {
                return Err(format!(
                    "geojson: unsupported geometry {other:?} for {code}"
                ))
            }
        };
        let mut rings = Vec::new();
        for polygon in polygons {
            for ring in polygon.as_array().ok_or("bad polygon")? {
                let points = ring
                    .as_array()
                    .ok_or("bad ring")?
                    .iter()
                    .map(|pt| match (pt[0].as_f64(), pt[1].as_f64()) {
                        (Some(lon), Some(lat)) => Ok(albers::project(lon, lat)),
                        _ => Err(format!("geojson: bad coordinate in {code}")),
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                rings.push(points);
            }
        }
        out.insert(code, rings);
    }
    Ok(out)
}
