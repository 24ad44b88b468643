//! Measures how long [`atlas_core::measures::compute`] takes per level on the
//! committed bundle, with entropy and with user weights, and how long
//! re-scoring with new weights takes (`LevelMeasures::reweighted`, what a
//! weight slider calls); prints the
//! default weights, the units left without sub-indices and the most and least
//! shrinking units. Run optimised, as the app and the CLI are:
//!
//! ```sh
//! cargo run --release -p atlas-core --example measures_timing
//! ```

use atlas_core::measures::{compute, Dimension, WeightChoice};
use atlas_core::{Bundle, Level};
use std::time::Instant;

fn main() {
    let bundle =
        Bundle::from_json(include_str!("../../../public/data/atlas.json")).expect("bundle decodes");
    let name = |code: u32| bundle.unit(code).map_or("?", |u| u.name_zh.as_str());
    for level in [Level::Prefecture, Level::County] {
        let user = Dimension::ALL
            .into_iter()
            .fold(WeightChoice::entropy(), |choice, d| {
                choice.with_user(d, vec![1.0; d.indicators().count()])
            });
        let runs = 50;
        let mean_time = |run: &dyn Fn()| {
            let started = Instant::now();
            for _ in 0..runs {
                run();
            }
            started.elapsed() / runs
        };
        let entropy = WeightChoice::entropy();
        let full = mean_time(&|| {
            std::hint::black_box(compute(&bundle, level, &entropy).unwrap());
        });
        let full_user = mean_time(&|| {
            std::hint::black_box(compute(&bundle, level, &user).unwrap());
        });
        let base = compute(&bundle, level, &entropy).unwrap();
        let reweight = mean_time(&|| {
            std::hint::black_box(base.reweighted(&user).unwrap());
        });
        println!("{} (mean of {runs} runs)", level.key());
        println!("  compute, entropy weights     {full:>10.2?}");
        println!("  compute, user weights        {full_user:>10.2?}");
        println!("  reweighted, user weights     {reweight:>10.2?}");
        let m = compute(&bundle, level, &WeightChoice::entropy()).unwrap();
        for d in Dimension::ALL {
            let w = m.weights(d);
            let pairs: Vec<String> = w
                .keys
                .iter()
                .zip(&w.weights)
                .map(|(k, w)| format!("{k} {w:.3}"))
                .collect();
            let missing = m.missing(d);
            println!("  {:<10} {}", d.key(), pairs.join(", "));
            println!(
                "  {:<10} None for {} units: {:?}",
                "",
                missing.len(),
                missing
            );
        }
        println!("  composite None for {} units", m.missing_composite().len());
        let ranked = m.by_composite();
        let show = |u: &&atlas_core::measures::UnitMeasures| {
            format!(
                "{} {} {:.3}",
                u.code,
                name(u.code),
                u.index.composite.unwrap()
            )
        };
        println!(
            "  most shrinking:  {:?}",
            ranked.iter().take(5).map(show).collect::<Vec<_>>()
        );
        println!(
            "  least shrinking: {:?}",
            ranked.iter().rev().take(5).map(show).collect::<Vec<_>>()
        );
    }
}
