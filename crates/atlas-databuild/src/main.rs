//! `atlas-databuild [--check]`: writes the app's data files and the county
//! matching report from `data/sources`, or with `--check` exits 1 if a
//! committed file differs from a rebuild.

use atlas_databuild::{build, repo_root};
use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = repo_root();
    let output = match build(&root.join("data/sources")) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("atlas-databuild: {e}");
            return ExitCode::from(2);
        }
    };
    let mut stale = false;
    for (path, content) in output.files() {
        let target = root.join(path);
        if check {
            if std::fs::read_to_string(&target).ok().as_deref() != Some(content.as_str()) {
                eprintln!("atlas-databuild: {path} is stale; run `cargo run -p atlas-databuild`");
                stale = true;
            }
            continue;
        }
        if let Some(dir) = target.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Err(e) = std::fs::write(&target, &content) {
            eprintln!("atlas-databuild: writing {path}: {e}");
            return ExitCode::from(2);
        }
        println!("wrote {path}: {} bytes", content.len());
    }
    if stale {
        return ExitCode::from(1);
    }
    if check {
        println!("all generated files are up to date");
    }
    ExitCode::SUCCESS
}
