//! `atlas-databuild [--check]`: writes `public/data/atlas.json` from
//! `data/sources`, or with `--check` exits 1 if the committed file differs.

use atlas_databuild::{build, repo_root, BUNDLE_PATH};
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = repo_root();
    let bundle = match build(&root.join("data/sources")) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("atlas-databuild: {e}");
            return ExitCode::from(2);
        }
    };
    let json = bundle.to_json();
    let target = root.join(BUNDLE_PATH);
    if check {
        let committed = std::fs::read_to_string(&target).unwrap_or_default();
        if committed != json {
            eprintln!("atlas-databuild: {BUNDLE_PATH} is stale; run `cargo run -p atlas-databuild`");
            return ExitCode::from(1);
        }
        println!("{BUNDLE_PATH} is up to date ({} bytes)", json.len());
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&target, &json) {
        eprintln!("atlas-databuild: writing {BUNDLE_PATH}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "wrote {BUNDLE_PATH}: {} bytes, {} units, {} region shapes",
        json.len(),
        bundle.units.len(),
        bundle.map.regions.len()
    );
    ExitCode::SUCCESS
}
