//! What each lever and preset does in Bazhong by 2035: residents kept and
//! cost per resident kept, central and 10-90 % band (400 draws).
//! `cargo run --release -p atlas-core --example bazhong_levers`

use atlas_core::model::compare::kept_band;
use atlas_core::model::{LeverSetting, PreparedData, Preset, UnitSet, LEVERS};
use atlas_core::{Bundle, Cohorts};

fn main() {
    let b = Bundle::from_files(
        include_str!("../../../public/data/atlas.json"),
        include_str!("../../../public/data/details.json"),
    )
    .unwrap();
    let c = Cohorts::from_json(include_str!("../../../public/data/cohorts.json")).unwrap();
    let p = PreparedData::new(&b, &c);
    let units = UnitSet::Codes {
        codes: vec![511900],
    };
    let show = |name: &str, levers: Vec<LeverSetting>| {
        let k = kept_band(&p, &units, &levers, 15, 400, 2026);
        let per = |x: Option<f64>| x.map_or("-".to_string(), |v| format!("{:.0}", v / 1e3));
        println!(
            "{name:<28} kept {:>7.0} [{:>7.0}, {:>7.0}]  cost/kept (thousand yuan) {:>6} [{}, {}]",
            k.kept,
            k.kept_p10,
            k.kept_p90,
            per(k.cost_per_kept),
            per(k.cost_per_kept_p10),
            per(k.cost_per_kept_p90)
        );
    };
    for preset in Preset::ALL.into_iter().skip(1) {
        show(preset.key(), preset.settings());
    }
    for def in LEVERS.iter() {
        show(def.key_str, vec![LeverSetting::on(def.key)]);
    }
}
