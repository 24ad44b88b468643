//! Tells the tests whether the paper's text is at hand: the project's
//! shared folder beside the repository (`../shared/seed`, as on the
//! developers' machines), or the folder `ATLAS_PAPER_DIR` names. The paper
//! itself is not committed (its licence is not known). Without it, the test
//! that checks the quotes against it is reported as *ignored* (with the
//! reason), never as passed; `ATLAS_REQUIRE_PAPER=1` makes its absence a
//! build error instead.
use std::path::PathBuf;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(paper_text)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=ATLAS_PAPER_DIR");
    println!("cargo::rerun-if-env-changed=ATLAS_REQUIRE_PAPER");
    let dir = std::env::var_os("ATLAS_PAPER_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default())
                .join("../../../shared/seed")
        });
    let found = std::fs::read_dir(&dir).is_ok_and(|mut entries| {
        entries.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt")))
    });
    if found {
        println!("cargo::rustc-cfg=paper_text");
        println!("cargo::rustc-env=ATLAS_PAPER_TEXT_DIR={}", dir.display());
    } else if std::env::var_os("ATLAS_REQUIRE_PAPER").is_some_and(|v| v == "1") {
        panic!(
            "ATLAS_REQUIRE_PAPER=1 but no paper text (*.txt) in {}",
            dir.display()
        );
    }
}
