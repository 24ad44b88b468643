//! Rough timing of whole-region runs natively (for profiling, not a
//! benchmark: `cargo bench -p atlas-bench` is). `cargo run --release -p
//! atlas-core --example region_timing`
use atlas_core::model::{run_into, PreparedData, Preset, RunInputs, RunOutputs, UnitSet};
use atlas_core::{Bundle, Cohorts};

fn main() {
    let b = Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .unwrap();
    let c = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).unwrap();
    let p = PreparedData::new(&b, &c);
    for preset in [Preset::Baseline, Preset::PeopleLed, Preset::Combined] {
        let inputs = RunInputs::new(UnitSet::All, preset.settings());
        let mut out = RunOutputs::default();
        run_into(&p, &inputs, &mut out);
        let n = 50;
        let t = std::time::Instant::now();
        for _ in 0..n {
            run_into(&p, &inputs, &mut out);
        }
        println!(
            "{:?}: {:.2} ms per whole-region run",
            preset,
            t.elapsed().as_secs_f64() * 1e3 / n as f64
        );
    }
}
