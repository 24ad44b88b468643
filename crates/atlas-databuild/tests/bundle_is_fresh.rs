//! The committed data files and report must be exactly what the data build
//! makes from the committed sources: they are generated, never hand-edited.

use atlas_databuild::{build, repo_root};

#[test]
fn committed_outputs_match_a_rebuild_from_sources() {
    let root = repo_root();
    let output = build(&root.join("data/sources")).expect("sources build");
    for (path, rebuilt) in output.files() {
        let committed = std::fs::read_to_string(root.join(path)).unwrap_or_default();
        assert!(
            committed == rebuilt,
            "{path} differs from a rebuild of data/sources ({} vs {} bytes); run `cargo run -p atlas-databuild`",
            committed.len(),
            rebuilt.len()
        );
    }
}
