//! Reads polygons from the tudigong topology (quantised, delta-encoded arcs,
//! already projected to Albers metres).
//!
//! Two views of the same geometries: [`Topology::polygons`] stitches each
//! ring into coordinates, [`Topology::geometries`] keeps rings as lists of
//! arc references so that code can simplify each shared border once and
//! merge neighbouring polygons by cancelling the arcs they share.

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

/// One use of an arc in a ring: TopoJSON writes arc `i` traversed backwards
/// as `!i` (that is `-i - 1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArcRef {
    pub index: usize,
    pub reversed: bool,
}

impl ArcRef {
    /// Decodes TopoJSON's signed arc index.
    pub fn from_topojson(i: i64) -> ArcRef {
        if i >= 0 {
            ArcRef {
                index: i as usize,
                reversed: false,
            }
        } else {
            ArcRef {
                index: !i as usize,
                reversed: true,
            }
        }
    }

    /// The same arc traversed the other way.
    pub fn flipped(self) -> ArcRef {
        ArcRef {
            reversed: !self.reversed,
            ..self
        }
    }
}

/// A ring as the sequence of arcs that bound it.
pub type ArcRing = Vec<ArcRef>;

/// One geometry of a topology object with its rings kept as arc references.
/// Outer rings and holes are listed together: the map draws them with the
/// even-odd fill rule, and TopoJSON's winding (outer rings clockwise with y
/// north) still tells them apart where needed.
pub struct TopoGeometry<'a> {
    pub properties: &'a Value,
    pub rings: Vec<ArcRing>,
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
            if points.len() < 2 {
                return Err(format!(
                    "topojson: arc {} has fewer than two points",
                    arcs.len()
                ));
            }
            arcs.push(points);
        }
        Ok(Topology { root, arcs })
    }

    /// The points of arc `index` in metres, in stored order. Every point of
    /// an arc is decoded from the same integer grid with the same transform,
    /// so the end points of arcs meeting at a node are bit-identical.
    pub fn arc(&self, index: usize) -> Option<&[(f64, f64)]> {
        self.arcs.get(index).map(Vec::as_slice)
    }

    /// Every polygon geometry of the named object, with rings as arc lists.
    /// Geometries of other types (points, lines, null) are skipped.
    pub fn geometries(&self, object: &str) -> Result<Vec<TopoGeometry<'_>>, String> {
        let geometries = self.root["objects"][object]["geometries"]
            .as_array()
            .ok_or_else(|| format!("topojson: no object {object}"))?;
        let mut out = Vec::new();
        for g in geometries {
            let polygons: Vec<&Value> = match g["type"].as_str() {
                Some("Polygon") => vec![&g["arcs"]],
                Some("MultiPolygon") => g["arcs"]
                    .as_array()
                    .ok_or("bad multipolygon")?
                    .iter()
                    .collect(),
                _ => continue,
            };
            let mut rings = Vec::new();
            for polygon in polygons {
                for ring in polygon.as_array().ok_or("bad polygon")? {
                    let refs = ring
                        .as_array()
                        .ok_or("bad ring")?
                        .iter()
                        .map(|i| {
                            let r = ArcRef::from_topojson(i.as_i64().ok_or("bad arc index")?);
                            if r.index < self.arcs.len() {
                                Ok(r)
                            } else {
                                Err(format!("topojson: arc {} out of range", r.index))
                            }
                        })
                        .collect::<Result<ArcRing, String>>()?;
                    rings.push(refs);
                }
            }
            out.push(TopoGeometry {
                properties: &g["properties"],
                rings,
            });
        }
        Ok(out)
    }

    /// Every polygon geometry of the named object, with its rings stitched.
    pub fn polygons(&self, object: &str) -> Result<Vec<TopoPolygon<'_>>, String> {
        Ok(self
            .geometries(object)?
            .into_iter()
            .map(|g| TopoPolygon {
                properties: g.properties,
                rings: g.rings.iter().map(|r| self.stitch(r)).collect(),
            })
            .collect())
    }

    /// Joins a ring's arcs into coordinates (closed: the last point repeats
    /// the first).
    pub fn stitch(&self, ring: &[ArcRef]) -> MetricRing {
        let mut points: MetricRing = Vec::new();
        for r in ring {
            let arc = &self.arcs[r.index];
            // Consecutive arcs share their joining point.
            let skip = usize::from(!points.is_empty());
            if r.reversed {
                points.extend(arc.iter().rev().skip(skip));
            } else {
                points.extend(arc.iter().skip(skip));
            }
        }
        points
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_indices_are_reversed_arcs() {
        assert_eq!(
            ArcRef::from_topojson(3),
            ArcRef {
                index: 3,
                reversed: false
            }
        );
        assert_eq!(
            ArcRef::from_topojson(-1),
            ArcRef {
                index: 0,
                reversed: true
            }
        );
        assert_eq!(
            ArcRef::from_topojson(-4),
            ArcRef {
                index: 3,
                reversed: true
            }
        );
    }

    #[test]
    fn stitches_arcs_sharing_their_joins() {
        let text = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
            "arcs":[[[0,0],[2,0],[0,2]],[[0,0],[0,2],[2,0]]],
            "objects":{"o":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,-2]],"properties":{"CODE":1}}]}}}"#;
        let t = Topology::parse(text).unwrap();
        let g = t.geometries("o").unwrap();
        assert_eq!(
            g[0].rings,
            vec![vec![ArcRef::from_topojson(0), ArcRef::from_topojson(-2)]]
        );
        let p = t.polygons("o").unwrap();
        assert_eq!(
            p[0].rings[0],
            vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
        );
    }
}
