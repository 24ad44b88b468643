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

/// The lab's case on a slider move: the 54 prefectures, the lever's value
/// changing on every call, the buffers (and so the baselines) of the
/// previous call reused.
#[divan::bench]
fn prefectures_after_a_slider_move(bencher: divan::Bencher) {
    let level = UnitSet::Level {
        level: atlas_core::Level::Prefecture,
    };
    let scenario = |value| {
        let lever = atlas_core::model::LeverKey::TalentParks;
        vec![atlas_core::model::LeverSetting::new(
            lever,
            value,
            atlas_core::model::Target::All,
        )]
    };
    let inputs = [
        RunInputs::new(level.clone(), scenario(60.0)),
        RunInputs::new(level, scenario(65.0)),
    ];
    let mut out = RunOutputs::default();
    let mut i = 0;
    bencher.bench_local(|| {
        i += 1;
        run_into(prepared(), divan::black_box(&inputs[i % 2]), &mut out)
    });
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
