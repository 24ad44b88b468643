//! Reads polygons from the tudigong topology (quantised, delta-encoded arcs,
//! already projected to Albers metres).

use super::MetricRing;
use serde_json::Value;

/// A decoded topology: absolute arc coordinates in metres.
pub struct Topology {
    root: Value,
    arcs: Vec<Vec<(f64, f64)>>,
}

/// One geometry of a topology object with its properties.
pub struct TopoPolygon<'a> {
    pub properties: &'a Value,
    pub rings: Vec<MetricRing>,
}

impl Topology {
    pub fn parse(text: &str) -> Result<Topology, String> {
        let root: Value = serde_json::from_str(text).map_err(|e| format!("topojson: {e}"))?;
        let num = |v: &Value| v.as_f64().ok_or_else(|| "topojson: bad number".to_string());
        let t = &root["transform"];
        let (sx, sy) = (num(&t["scale"][0])?, num(&t["scale"][1])?);
        let (tx, ty) = (num(&t["translate"][0])?, num(&t["translate"][1])?);
        let mut arcs = Vec::new();
        for arc in root["arcs"].as_array().ok_or("topojson: no arcs")? {
            let (mut x, mut y) = (0i64, 0i64);
            let mut points = Vec::new();
            for delta in arc.as_array().ok_or("topojson: bad arc")? {
                x += delta[0].as_i64().ok_or("topojson: bad delta")?;
                y += delta[1].as_i64().ok_or("topojson: bad delta")?;
                points.push((x as f64 * sx + tx, y as f64 * sy + ty));
            }
            arcs.push(points);
        }
        Ok(Topology { root, arcs })
    }

    /// Every polygon geometry of the named object, with its rings stitched.
    pub fn polygons(&self, object: &str) -> Result<Vec<TopoPolygon<'_>>, String> {
        let geometries = self.root["objects"][object]["geometries"]
            .as_array()
            .ok_or_else(|| format!("topojson: no object {object}"))?;
        let mut out = Vec::new();
        for g in geometries {
            let polygons: Vec<&Value> = match g["type"].as_str() {
                Some("Polygon") => vec![&g["arcs"]],
                Some("MultiPolygon") => g["arcs"].as_array().ok_or("bad multipolygon")?.iter().collect(),
                _ => continue,
            };
            let mut rings = Vec::new();
            for polygon in polygons {
                for ring in polygon.as_array().ok_or("bad polygon")? {
                    rings.push(self.stitch(ring)?);
                }
            }
            out.push(TopoPolygon { properties: &g["properties"], rings });
        }
        Ok(out)
    }

    /// Joins a ring's arcs; a negative index `!i` means arc `i` reversed.
    fn stitch(&self, ring: &Value) -> Result<MetricRing, String> {
        let mut points: MetricRing = Vec::new();
        for index in ring.as_array().ok_or("bad ring")? {
            let i = index.as_i64().ok_or("bad arc index")?;
            let arc = self.arcs.get(if i >= 0 { i as usize } else { !i as usize }).ok_or("arc out of range")?;
            let mut part: Vec<(f64, f64)> = arc.clone();
            if i < 0 {
                part.reverse();
            }
            // Consecutive arcs share their joining point.
            let skip = usize::from(!points.is_empty());
            points.extend(part.into_iter().skip(skip));
        }
        Ok(points)
    }
}
