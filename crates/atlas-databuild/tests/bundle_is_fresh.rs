//! The committed bundle must be exactly what the data build makes from the
//! committed sources: it is generated, never hand-edited.

use atlas_databuild::{build, repo_root, BUNDLE_PATH};

#[test]
fn committed_bundle_matches_a_rebuild_from_sources() {
    let root = repo_root();
    let rebuilt = build(&root.join("data/sources")).expect("sources build").to_json();
    let committed = std::fs::read_to_string(root.join(BUNDLE_PATH)).expect("bundle is committed");
    assert!(
        committed == rebuilt,
        "{BUNDLE_PATH} differs from a rebuild of data/sources ({} vs {} bytes); run `cargo run -p atlas-databuild`",
        committed.len(),
        rebuilt.len()
    );
}

#[test]
fn province_outlines_line_up_with_projected_prefectures() {
    // The leiii polygons are projected here, the topology outlines were
    // projected upstream: if the projection parameters disagreed, the
    // region's bounding boxes would drift apart by tens of kilometres.
    let bundle = build(&repo_root().join("data/sources")).unwrap();
    let extent = |shapes: &[atlas_core::bundle::Shape]| {
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for s in shapes {
            for ring in s.d.split('M').filter(|r| !r.is_empty()) {
                let body = ring.trim_end_matches('z');
                let (start, rel) = body.split_once('l').unwrap();
                let nums = |t: &str| -> Vec<i64> {
                    t.replace('-', " -").split_whitespace().map(|n| n.parse().unwrap()).collect()
                };
                let s0 = nums(start);
                let (mut x, mut y) = (s0[0], s0[1]);
                xs.push(x);
                ys.push(y);
                for pair in nums(rel).chunks(2) {
                    x += pair[0];
                    y += pair[1];
                    xs.push(x);
                    ys.push(y);
                }
            }
        }
        (*xs.iter().min().unwrap(), *xs.iter().max().unwrap(), *ys.iter().min().unwrap(), *ys.iter().max().unwrap())
    };
    let a = extent(&bundle.map.regions);
    let b = extent(&bundle.map.provinces);
    let tolerance = (5.0 * bundle.map.units_per_km) as i64; // 5 km
    for (pa, pb) in [(a.0, b.0), (a.1, b.1), (a.2, b.2), (a.3, b.3)] {
        assert!((pa - pb).abs() <= tolerance, "extents {a:?} vs {b:?}");
    }
}
