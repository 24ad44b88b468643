use super::*;

#[test]
fn parses_every_parameter() {
    let q = "?view=lab&unit=511900&level=county&within=511900&indicator=age60&year=2010\
             &levers=skilled_post_subsidy:1800,talent_loss_cap:8&compare=baseline,people&lang=en\
             &embed=1&chart=trend";
    let (s, n) = ViewState::from_query(q);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.view, View::Lab);
    assert_eq!(s.unit, Some(511900));
    assert_eq!(s.level, Level::County);
    assert_eq!(s.within, Some(511900));
    assert_eq!(s.indicator.map(|i| i.key), Some("age60"));
    assert_eq!(s.year, Year::Y2010);
    assert_eq!(
        s.levers,
        vec![
            (LeverKey::SkilledPostSubsidy, 1800.0),
            (LeverKey::TalentLossCap, 8.0)
        ]
    );
    assert_eq!(s.compare, vec![Preset::Baseline, Preset::PeopleLed]);
    assert_eq!(s.lang, Lang::En);
    assert!(s.embed);
    // An older lab link: `chart=trend` outside a place is the lab's chart.
    assert_eq!(s.chart, EmbedChart::Lab);
}

#[test]
fn later_years_are_the_map_timeline_and_intercensal_years_are_refused() {
    let (s, n) = ViewState::from_query("year=2030");
    assert!(n.is_empty());
    assert_eq!((s.time, s.year), (Some(2030), Year::Y2020));
    assert_eq!(s.to_query(), "year=2030");
    assert_eq!(ViewState::from_query("year=2024").0.time, Some(2024));
    assert_eq!(ViewState::from_query("year=2020").0.time, None);
    for bad in ["year=2015", "year=2041", "year=2011", "year=1990"] {
        let (s, n) = ViewState::from_query(bad);
        assert_eq!(s.time, None, "{bad}");
        assert_eq!(n.len(), 1, "{bad}");
    }
}

#[test]
fn embeds_of_a_place_and_bare_embeds_round_trip() {
    for q in [
        "view=place&unit=511900&embed=1&chart=trend",
        "view=place&unit=511900&embed=1&chart=cards&controls=0",
        "view=lab&unit=511900&embed=1&chart=lab&lang=en",
        "embed=1&chart=pyramid&unit=511900",
    ] {
        let (s, n) = ViewState::from_query(q);
        assert!(n.is_empty(), "{q}: {n:?}");
        let (again, _) = ViewState::from_query(&s.to_query());
        assert_eq!(again, s, "{q}");
    }
    let (s, _) = ViewState::from_query("view=place&unit=511900&embed=1&chart=trend");
    assert_eq!(s.chart, EmbedChart::Trend);
    assert!(!s.bare);
    let (s, _) = ViewState::from_query("embed=1&chart=cards&unit=511900&controls=0");
    assert_eq!((s.chart, s.bare), (EmbedChart::Cards, true));
    assert!(s.to_query().ends_with("controls=0"), "{}", s.to_query());
    // Old trend links (no view, or the lab's) keep opening the lab's chart.
    for q in [
        "embed=1&chart=trend&unit=511900",
        "embed=1&chart=trend&levers=talent_parks:65",
    ] {
        assert_eq!(ViewState::from_query(q).0.chart, EmbedChart::Lab, "{q}");
    }
    let (_, n) = ViewState::from_query("controls=maybe");
    assert_eq!(n.len(), 1);
}

#[test]
fn bad_values_fall_back_with_notices() {
    let (s, n) = ViewState::from_query(
        "unit=51190&lang=fr&unit=abc&view=x&levers=a:1,a:2&compare=A&chart=x",
    );
    assert_eq!(s, ViewState::default());
    assert_eq!(n.len(), 7);
    assert_eq!(
        n[1],
        Notice::InvalidValue {
            name: "lang".into(),
            value: "fr".into()
        }
    );
}

#[test]
fn unknown_params_and_junk_are_harmless() {
    for q in [
        "",
        "?",
        "&&&",
        "=",
        "%",
        "%zz=%",
        "utm_source=x",
        "unit",
        "unit=%E5%B7%B4",
        "levers=",
        "compare=",
    ] {
        let (s, _) = ViewState::from_query(q);
        assert_eq!(s.unit, None, "{q}");
        assert!(s.levers.is_empty() && s.compare.is_empty());
    }
}

#[test]
fn round_trips_through_the_canonical_query() {
    let state = ViewState {
        view: View::Place,
        unit: Some(500000),
        level: Level::County,
        within: None,
        indicator: catalogue::find("age60"),
        year: Year::Y2010,
        levers: vec![(LeverKey::SkilledPostSubsidy, 1500.5)],
        compare: vec![Preset::PeopleLed],
        lang: Lang::En,
        embed: true,
        chart: EmbedChart::Pyramid,
        ..ViewState::default()
    };
    assert_eq!(ViewState::from_query(&state.to_query()).0, state);
    assert_eq!(ViewState::default().to_query(), "");
    assert_eq!(
        ViewState {
            unit: Some(511900),
            ..Default::default()
        }
        .to_query(),
        "unit=511900"
    );
}

#[test]
fn unknown_units_are_dropped_with_notices() {
    let (mut s, _) = ViewState::from_query("unit=999999&within=888888");
    let n = s.resolve_units(|c| c == 511900);
    assert_eq!(
        n,
        vec![Notice::UnknownUnit(999999), Notice::UnknownUnit(888888)]
    );
    assert_eq!((s.unit, s.within), (None, None));
}

#[test]
fn long_values_are_clipped_in_notices() {
    let long = "x".repeat(500);
    let (_, n) = ViewState::from_query(&format!("lang={long}"));
    match &n[0] {
        Notice::InvalidValue { value, .. } => assert!(value.chars().count() <= 41),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn lists_are_bounded_and_numbers_finite() {
    let many: Vec<String> = (0..30).map(|i| format!("k{i}:1")).collect();
    let (s, n) = ViewState::from_query(&format!("levers={}", many.join(",")));
    assert!(s.levers.is_empty() && n.len() == 1);
    for bad in [
        "levers=a:NaN",
        "levers=a:inf",
        "levers=a",
        "levers=A:1",
        "levers=a:1,",
    ] {
        let (s, n) = ViewState::from_query(bad);
        assert!(s.levers.is_empty() && n.len() == 1, "{bad}");
    }
}

#[test]
fn percent_decoding_is_total() {
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("%4"), "%4");
    assert_eq!(percent_decode("%41"), "A");
    assert_eq!(percent_decode("%ff"), "\u{fffd}");
    assert_eq!(percent_decode("%E5%B7%B4"), "巴");
}

/// SplitMix64: a tiny deterministic generator for the property test.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn ten_thousand_random_queries_never_panic_and_give_valid_states() {
    let names = [
        "view",
        "unit",
        "level",
        "within",
        "indicator",
        "year",
        "levers",
        "compare",
        "lang",
        "embed",
        "chart",
        "x",
        "",
    ];
    let values = [
        "map",
        "lab",
        "511900",
        "5119000",
        "county",
        "2010",
        "subsidy:1800",
        "skilled_post_subsidy:1800",
        "talent_parks:99999,upgrade_fund:-1",
        "a:1,b:2",
        "age60",
        "change",
        "trend",
        "pyramid",
        "baseline,people",
        "en",
        "1",
        "%",
        "%E5",
        "+",
        "=",
        "&",
        "-1",
        "1e309",
        "ÿ",
        "巴中",
        "a:b:c",
        ",",
        "",
        "NaN",
    ];
    let mut rng = Rng(7);
    for _ in 0..10_000 {
        let parts = (rng.next() % 6) as usize;
        let mut query = String::new();
        for i in 0..parts {
            if i > 0 {
                query.push('&');
            }
            query.push_str(rng.pick(&names));
            if rng.next() % 4 != 0 {
                query.push('=');
            }
            query.push_str(rng.pick(&values));
            if rng.next() % 5 == 0 {
                query.push(char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('?'));
            }
        }
        let (state, _) = ViewState::from_query(&query);
        assert!(state.levers.len() <= MAX_LIST_ITEMS && state.compare.len() <= MAX_LIST_ITEMS);
        assert!(state.levers.iter().all(|(k, v)| {
            let def = k.def();
            (def.min..=def.max).contains(v)
        }));
        assert!(state
            .indicator
            .is_none_or(|i| i.key != catalogue::DEFAULT_KEY));
        // The canonical form of any parsed state reads back to itself.
        assert_eq!(ViewState::from_query(&state.to_query()).0, state, "{query}");
    }
}

#[test]
fn lab_and_map_state_round_trips() {
    use crate::measures::Dimension;
    use crate::model::{AssumptionKey, Output};
    let q = "view=lab&unit=511900&scope=region&output=jobs_index\
             &assume=ramp_up_years:3,fund_half_effect:8000\
             &weights_industry=1,1,1,1,1,1,1&zoom=4&at=120.5,-30";
    let (s, n) = ViewState::from_query(q);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.scope, Some(LabScope::Region));
    assert_eq!(s.output, Some(Output::JobsIndex));
    assert_eq!(s.assume.get(AssumptionKey::RampUpYears), 3.0);
    assert_eq!(s.assume.get(AssumptionKey::FundHalfEffect), 8000.0);
    assert_eq!(s.weights, vec![(Dimension::Industry, vec![1.0; 7])]);
    assert_eq!(
        s.zoom,
        Some(MapZoom {
            zoom: 4.0,
            centre: Some([120.5, -30.0])
        })
    );
    assert_eq!(s.to_query(), q);
    assert_eq!(ViewState::from_query(&s.to_query()).0, s);
}

#[test]
fn lab_and_map_state_is_clamped_or_dropped_with_notices() {
    use crate::model::AssumptionKey;
    let (s, n) = ViewState::from_query("assume=ramp_up_years:99,gone:1&zoom=1000");
    assert_eq!(s.assume.get(AssumptionKey::RampUpYears), 8.0);
    assert_eq!(s.zoom.unwrap().zoom, 40.0);
    assert_eq!(n.len(), 3, "{n:?}");
    assert!(
        matches!(&n[1], Notice::UnknownKey { name, value } if name == "assume" && value == "gone")
    );
    // Wrong count of weights, negative or all-zero weights, unknown output
    // or scope, a malformed centre: each one notice, the default kept.
    for bad in [
        "weights_industry=1,2",
        "weights_space=-1,1,1,1",
        "weights_space=0,0,0,0",
        "weights_nothing=1",
        "output=gdp",
        "scope=world",
        "at=1",
        "at=x,2",
        "zoom=-2",
    ] {
        let (s, n) = ViewState::from_query(bad);
        assert_eq!(n.len(), 1, "{bad}");
        assert!(
            s.weights.is_empty() && s.output.is_none() && s.scope.is_none() && s.zoom.is_none(),
            "{bad}"
        );
    }
}

#[test]
fn lever_preset_and_indicator_keys_are_checked_and_clamped_once() {
    let (s, n) = ViewState::from_query(
        "levers=skilled_post_subsidy:99999,gone:1,talent_loss_cap:8&compare=people,old\
         &indicator=no_such_layer",
    );
    assert_eq!(n.len(), 4, "{n:?}");
    assert!(matches!(&n[0], Notice::Clamped { name, .. } if name == "skilled_post_subsidy"));
    assert!(
        matches!(&n[1], Notice::UnknownKey { name, value } if name == "levers" && value == "gone")
    );
    assert!(
        matches!(&n[2], Notice::UnknownKey { name, value } if name == "compare" && value == "old")
    );
    assert!(matches!(&n[3], Notice::UnknownKey { name, .. } if name == "indicator"));
    assert_eq!(s.levers.len(), 2);
    assert_eq!(s.levers[1], (LeverKey::TalentLossCap, 8.0));
    assert_eq!(s.levers[0].1, LeverKey::SkilledPostSubsidy.def().max);
    assert_eq!(s.compare, vec![Preset::PeopleLed]);
    assert_eq!(s.indicator, None);
    // The checked state reads back with no notice.
    assert!(ViewState::from_query(&s.to_query()).1.is_empty());
}

#[test]
fn renamed_indicator_keys_open_todays_indicator() {
    let (s, n) = ViewState::from_query("indicator=outflow");
    assert!(n.is_empty());
    assert_eq!(s.indicator.map(|i| i.key), Some("outflow_2010"));
    assert_eq!(s.to_query(), "indicator=outflow_2010");
    // The default indicator is the same view as no indicator.
    assert_eq!(
        ViewState::from_query("indicator=change").0,
        ViewState::default()
    );
}

#[test]
fn compare_and_relate_state_reads_back() {
    let q = "view=compare&unit=510100&with=511900";
    let (s, n) = ViewState::from_query(q);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(
        (s.view, s.unit, s.with),
        (View::Compare, Some(510100), Some(511900))
    );
    assert_eq!(s.to_query(), q);

    let (s, n) = ViewState::from_query("view=relate&x=age60&y=outflow&colour=class");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.x.map(|i| i.key), Some("age60"));
    // An alias is read as today's key and written back as it.
    assert_eq!(s.y.map(|i| i.key), Some("outflow_2010"));
    assert_eq!(s.colour, PointColour::Class);
    assert_eq!(
        s.to_query(),
        "view=relate&x=age60&y=outflow_2010&colour=class"
    );

    // The default axis is kept as None, so both links are one view.
    let (s, _) = ViewState::from_query("view=relate&x=pop_change");
    assert_eq!((s.x, s.to_query().as_str()), (None, "view=relate"));

    // The scatter embeds.
    let q = "view=relate&embed=1&chart=relate&y=density";
    let (s, n) = ViewState::from_query(q);
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.embed, s.chart), (true, EmbedChart::Relate));
    assert_eq!(s.to_query(), q);
}

#[test]
fn bad_pair_state_is_dropped_with_notices() {
    let (mut s, n) = ViewState::from_query("x=no_such&colour=pink&with=12");
    assert_eq!(s.x, None);
    assert_eq!(s.colour, PointColour::Province);
    assert_eq!(n.len(), 3, "{n:?}");
    let (mut t, _) = ViewState::from_query("with=999999");
    assert_eq!(
        t.resolve_units(|_| false),
        vec![Notice::UnknownUnit(999999)]
    );
    assert_eq!(t.with, None);
    s.with = Some(510100);
    assert!(s.resolve_units(|c| c == 510100).is_empty());
}

#[test]
fn a_link_carries_a_scenario_with_a_lever_or_a_moved_assumption() {
    let (plain, _) = ViewState::from_query("?year=2030");
    assert!(!plain.carries_scenario());
    let (levers, _) = ViewState::from_query("?levers=talent_parks:65");
    assert!(levers.carries_scenario());
    let mut moved = plain.clone();
    moved.assume = Assumptions::low();
    assert!(moved.carries_scenario());
}
