//! Speed of the model, natively: the browser re-runs the whole region on
//! every slider move, so a region run must stay well under a frame (16 ms);
//! 1,000 Monte Carlo draws for one unit should take under 50 ms.
//!
//! `cargo bench -p atlas-bench` (the bench profile: optimised).

use atlas_core::model::{run, run_into, Preset, RunInputs, RunOutputs, UnitSet};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn prepared() -> &'static atlas_core::model::PreparedData {
    static P: OnceLock<atlas_core::model::PreparedData> = OnceLock::new();
    P.get_or_init(atlas_bench::prepared)
}

/// Bazhong (511900), the paper's combined package.
#[divan::bench]
fn one_unit_one_scenario(bencher: divan::Bencher) {
    let inputs = RunInputs::new(
        UnitSet::Codes {
            codes: vec![511900],
        },
        Preset::Combined.settings(),
    );
    let mut out = RunOutputs::default();
    bencher.bench_local(|| run_into(prepared(), divan::black_box(&inputs), &mut out));
}

/// All 54 prefectures and 517 projected counties (571 units; 540173 has no
/// age table), the combined package,
/// reusing the output buffers as the browser does.
#[divan::bench]
fn whole_region_one_scenario(bencher: divan::Bencher) {
    let inputs = RunInputs::new(UnitSet::All, Preset::Combined.settings());
    let mut out = RunOutputs::default();
    bencher.bench_local(|| run_into(prepared(), divan::black_box(&inputs), &mut out));
}

/// The same from a fresh output each time (allocating).
#[divan::bench]
fn whole_region_one_scenario_fresh(bencher: divan::Bencher) {
    let inputs = RunInputs::new(UnitSet::All, Preset::Combined.settings());
    bencher.bench_local(|| run(prepared(), divan::black_box(&inputs)));
}

/// 1,000 Monte Carlo draws for Bazhong, the combined package, with bands.
#[divan::bench(sample_count = 20)]
fn one_unit_1000_draws(bencher: divan::Bencher) {
    let mut inputs = RunInputs::new(
        UnitSet::Codes {
            codes: vec![511900],
        },
        Preset::Combined.settings(),
    );
    inputs.draws = 1000;
    inputs.seed = 42;
    let mut out = RunOutputs::default();
    bencher.bench_local(|| run_into(prepared(), divan::black_box(&inputs), &mut out));
}
