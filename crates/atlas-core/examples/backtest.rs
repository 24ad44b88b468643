//! Prints the calibration and the back-test of the baseline on the real
//! bundle: `cargo run -p atlas-core --example backtest`.

use atlas_core::model::backtest::backtest;
use atlas_core::model::calibration::FitSource;
use atlas_core::model::PreparedData;
use atlas_core::{Bundle, Cohorts};

fn main() {
    let b = Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .unwrap();
    let c = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).unwrap();
    let started = std::time::Instant::now();
    let p = PreparedData::new(&b, &c);
    println!("prepared + calibrated in {:?}", started.elapsed());
    for sex in 0..2 {
        let r: Vec<String> = p.national_rates[sex]
            .iter()
            .map(|x| format!("{:+.4}", x))
            .collect();
        println!("national rates sex {sex}: {}", r.join(" "));
    }
    for code in [510600u32, 510500, 511900] {
        let u = p.unit(code).unwrap();
        let b = u.base.as_ref().unwrap();
        let m: Vec<String> = b.migration[1]
            .iter()
            .map(|x| format!("{:+.4}", x))
            .collect();
        println!(
            "{code} migration f: {}  births/woman {:.4}",
            m.join(" "),
            b.births_per_woman
        );
        for level in [0.0, 1.0] {
            let mut path = [0.0; 6];
            atlas_core::model::baseline::baseline_totals(&p.survival, b, level, 0.63, &mut path);
            println!("  level {level}: {:?}", path.map(|x| (x / 1e4).round()));
        }
    }
    let cal = &p.calibration;
    println!(
        "residual sd {:.5}, pooled {:.3} spread sd {:.3}",
        cal.residual_sd, cal.pooled_level, cal.spread_sd
    );
    for f in &cal.fits {
        let u = p.unit(f.code).unwrap();
        let how = match &f.source {
            FitSource::Own { years } => format!("own {years:?}"),
            FitSource::Province { province, .. } => format!("province {province}"),
            FitSource::None => "none".into(),
        };
        println!(
            "{} {:<8} level {:+.3} se {:.3} shift {:+.4} {}",
            f.code, u.name_zh, f.level, f.se, f.shift, how
        );
    }
    let started = std::time::Instant::now();
    let bt = backtest(&p, &b);
    println!("backtest in {:?}", started.elapsed());
    for r in &bt.rows {
        println!(
            "{} {:<10} {} {:?} rep {:>10.0} proj {:>10.0} err {:+6.2} band [{:.0}, {:.0}] {} | same {:+6.2} trend {:+6.2}",
            r.code,
            r.name_zh,
            r.year,
            r.role,
            r.reported,
            r.projected,
            r.error_pct(),
            r.p10,
            r.p90,
            if r.in_band() { "in" } else { "OUT" },
            r.no_change_error_pct(),
            r.trend_error_pct()
        );
    }
    println!("fitted:   {:?}", bt.fitted);
    println!("held out: {:?}", bt.held_out);
}

#[allow(dead_code)]
fn unused() {}
