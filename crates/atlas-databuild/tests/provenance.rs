//! Every committed source file is byte-for-byte the file PROVENANCE.md
//! describes: its sha256 is the one recorded there (and in the shared data
//! folder's MANIFEST.sha256, from which the copies were made).

use atlas_databuild::repo_root;
use sha2::{Digest, Sha256};

#[test]
fn source_files_match_their_recorded_sha256() {
    let dir = repo_root().join("data/sources");
    let provenance = std::fs::read_to_string(dir.join("PROVENANCE.md")).unwrap();
    let mut checked = 0;
    for line in provenance.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let file = cells[1].trim_matches('`');
        let recorded = cells[cells.len() - 2].trim_matches('`');
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let actual = format!("{:x}", Sha256::digest(&bytes));
        assert_eq!(actual, recorded, "{file} is not the recorded copy");
        checked += 1;
    }
    assert_eq!(checked, 29);
}
