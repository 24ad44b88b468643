//! Browser tests (wasm-bindgen-test in headless Chromium): mount the atlas
//! with the real bundle and check what a reader would see and do.
#![cfg(target_arch = "wasm32")]

use atlas_core::{Bundle, Notice, ViewState};
use leptos::{mount::mount_to, prelude::*, task::tick};
use shrinkage_atlas::app::Atlas;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLE: &str = include_str!("../public/data/atlas.json");

/// Mounts the atlas in a fresh container and returns the container.
fn mount(initial: ViewState, notices: Vec<Notice>) -> web_sys::HtmlElement {
    let document = document();
    let container = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let bundle = Arc::new(Bundle::from_json(BUNDLE).expect("bundle decodes"));
    let handle = mount_to(container.clone().unchecked_into(), move || {
        let bundle = bundle.clone();
        // Resolves at the first poll, as a fetch from the cache would.
        let load = LocalResource::new(move || {
            let bundle = bundle.clone();
            async move { Ok(bundle) }
        });
        view! { <Atlas bundle=load initial=initial.clone() notices=notices.clone() /> }
    });
    handle.forget();
    container.unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn map_has_54_regions_and_clicking_one_fills_the_panel() {
    let root = mount(ViewState::default(), vec![]);
    tick().await;
    assert_eq!(
        root.query_selector_all("path.region[data-code]")
            .unwrap()
            .length(),
        54
    );
    let bazhong: web_sys::Element = root
        .query_selector("path[data-code='511900']")
        .unwrap()
        .expect("Bazhong is drawn");
    bazhong
        .dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(text_of(&root, ".unit-details h2"), "巴中市");
    assert!(text_of(&root, "[data-field='change']").starts_with("-17.4%"));
    assert_eq!(text_of(&root, "[data-field='class']"), "重度收缩");
    assert!(root.query_selector("canvas.chart").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn unit_from_the_url_is_selected_and_unknown_unit_gives_a_notice() {
    let root = mount(
        ViewState {
            unit: Some(510100),
            ..Default::default()
        },
        vec![],
    );
    tick().await;
    assert_eq!(text_of(&root, "[data-field='pop2020']"), "20,937,757");

    let (state, notices) = ViewState::from_query("unit=999999&lang=xx");
    let root = mount(state, notices);
    tick().await;
    tick().await;
    let alert = text_of(&root, ".notice");
    assert!(alert.contains("999999"), "{alert}");
    assert!(alert.contains("lang=xx"), "{alert}");
    assert!(root.query_selector(".unit-details").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn language_switch_translates_the_interface() {
    let root = mount(ViewState::default(), vec![]);
    tick().await;
    assert_eq!(text_of(&root, "h1"), "西南城市收缩图集");
    let button: web_sys::HtmlElement = root
        .query_selector(".lang-switch")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    tick().await;
    assert_eq!(text_of(&root, "h1"), "Shrinkage Atlas of Southwest China");
}

#[wasm_bindgen_test]
async fn scheduler_runs_only_the_latest_of_a_burst() {
    use shrinkage_atlas::lab::scheduler::Coalescer;
    let owner = leptos::prelude::Owner::new();
    owner.set();
    let c: Coalescer<u32, u32> = Coalescer::new(|x: &u32| x * 2);
    for i in 0..10 {
        c.schedule(i);
    }
    // One zero-delay task later: one run, on the last input.
    gloo_timers::future::TimeoutFuture::new(20).await;
    assert_eq!(c.runs.get_untracked(), 1);
    assert_eq!(c.output.get_untracked().map(|o| *o), Some(18));
    c.schedule(21);
    gloo_timers::future::TimeoutFuture::new(20).await;
    assert_eq!(
        (c.runs.get_untracked(), c.output.get_untracked().map(|o| *o)),
        (2, Some(42))
    );
}

#[wasm_bindgen_test]
async fn search_finds_places_by_chinese_pinyin_and_english() {
    let bundle = Bundle::from_json(BUNDLE).unwrap();
    for query in ["巴中", "bazhong", "Ba Zhong", "BAZHONG"] {
        let hits = shrinkage_atlas::components::search::search(&bundle, query);
        assert_eq!(hits.first().map(|u| u.code), Some(511900), "{query}");
    }
    assert!(shrinkage_atlas::components::search::search(&bundle, "zzzz").is_empty());
    // Official names, the variants readers also use, pinyin with or
    // without its apostrophe.
    for (query, code) in [
        ("Lasa", 540100),
        ("Lhasa", 540100),
        ("Ngawa", 513200),
        ("Aba Tibetan", 513200),
        ("Garze", 513300),
        ("Ganzi", 513300),
        ("Puer", 530800),
        ("Pu'er", 530800),
        ("Shigatse", 540200),
    ] {
        let hits = shrinkage_atlas::components::search::search(&bundle, query);
        assert_eq!(hits.first().map(|u| u.code), Some(code), "{query}");
    }
}

#[wasm_bindgen_test]
fn a_panic_shows_a_readable_panel_with_a_reload_link() {
    // What the panic hook shows (after a panic the app itself is gone, so the
    // panel is plain DOM and its reload is a link, not a Rust handler).
    shrinkage_atlas::errors::show_error_panel("index out of bounds: the len is 0");
    shrinkage_atlas::errors::show_error_panel("a second panic adds no second panel");
    let panels = document().query_selector_all("#fatal-error").unwrap();
    assert_eq!(panels.length(), 1);
    let panel = document().get_element_by_id("fatal-error").unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let text = panel.text_content().unwrap();
    assert!(
        text.contains("Reload")
            && text.contains("重新加载")
            && text.contains("index out of bounds"),
        "{text}"
    );
    let link = panel.query_selector("a").unwrap().unwrap();
    assert!(link.get_attribute("href").is_some_and(|h| !h.is_empty()));
    panel.remove();
}

#[wasm_bindgen_test]
fn reported_figures_carry_their_sources_and_tables_escape_their_text() {
    use atlas_core::bundle::Cohorts;
    use atlas_core::model::track_record::reported_points;
    use atlas_core::Lang;
    use shrinkage_atlas::components::simple_table::{table_html, Cell, Row, SourceRef};
    use shrinkage_atlas::components::track_record::{reported_table, tip};

    let cohorts = Cohorts::from_json(include_str!("../public/data/cohorts.json")).unwrap();
    let bazhong = reported_points(&cohorts.reported, 511900);
    assert_eq!(bazhong.len(), 4);
    let last = tip(&bazhong[3], Lang::Zh);
    assert!(last.starts_with("2024年末常住人口：261.3万"), "{last}");
    assert!(last.contains(&bazhong[3].pages[0].page.title), "{last}");
    assert!(last.contains(&bazhong[3].pages[0].page.url), "{last}");
    assert!(reported_points(&cohorts.reported, 513400).is_empty());

    // The table as the page shows it: one link per page, in a new tab.
    let holder = document().create_element("div").unwrap();
    holder.set_inner_html(&reported_table(&bazhong, Lang::En, false));
    assert_eq!(holder.query_selector_all("tbody tr").unwrap().length(), 4);
    let link = holder.query_selector("tbody tr a").unwrap().unwrap();
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
    assert_eq!(link.text_content().unwrap(), bazhong[0].pages[0].page.title);

    // Text is escaped, and only web addresses become links.
    let rows = vec![Row {
        head: "<b>x</b>".into(),
        cells: vec![Cell::sources(vec![
            SourceRef {
                title: "a & <i>b</i>".into(),
                url: "javascript:alert(1)".into(),
                weak: true,
            },
            SourceRef {
                title: "ok".into(),
                url: "https://example.org/p?a=1&b=\"2\"".into(),
                weak: false,
            },
        ])],
        ..Row::default()
    }];
    holder.set_inner_html(&table_html("t", None, &["h".into()], &rows, Lang::En));
    assert_eq!(holder.query_selector_all("b, i").unwrap().length(), 0);
    assert_eq!(
        text_of(&holder.clone().unchecked_into(), "th[scope='row']"),
        "<b>x</b>"
    );
    let links = holder.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1);
    let only: web_sys::Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(
        only.get_attribute("href").as_deref(),
        Some("https://example.org/p?a=1&b=\"2\"")
    );
    assert!(holder.text_content().unwrap().contains("a & <i>b</i>"));
    assert!(holder.text_content().unwrap().contains("weak source"));
}

#[wasm_bindgen_test]
fn gb18030_bytes_are_decoded_by_the_browser_and_undecodable_ones_refused() {
    use atlas_core::user_layer::{detect_encoding, DetectedEncoding};
    use shrinkage_atlas::components::upload::decode_gb18030;

    // python3: '成都市'.encode('gb18030'), as Excel on Chinese Windows saves it.
    let chengdu = b"\xb3\xc9\xb6\xbc\xca\xd0";
    assert_eq!(detect_encoding(chengdu), DetectedEncoding::LegacyChinese);
    assert_eq!(decode_gb18030(chengdu).as_deref(), Some("成都市"));
    // A header and a row: '城市,人口\n成都市,1\n'.encode('gb18030').
    let csv = b"\xb3\xc7\xca\xd0,\xc8\xcb\xbf\xda\n\xb3\xc9\xb6\xbc\xca\xd0,1\n";
    assert_eq!(
        decode_gb18030(csv).as_deref(),
        Some("城市,人口\n成都市,1\n")
    );
    // A four-byte sequence, which GBK lacks: '𠀀'.encode('gb18030').
    assert_eq!(decode_gb18030(b"\x95\x32\x82\x36").as_deref(), Some("𠀀"));
    // 0xFF is no GB18030 byte: with `fatal` it is refused, not replaced.
    assert_eq!(decode_gb18030(b"a,b\n\xff\xff\n"), None);
}

#[wasm_bindgen_test]
fn the_lab_worker_runs_every_county_as_the_core_does() {
    use atlas_core::model::{run, PreparedData, RunInputs, UnitSet};
    let details = include_str!("../public/data/details.json");
    let cohorts = include_str!("../public/data/cohorts.json");
    shrinkage_atlas::worker::worker_prepare(BUNDLE, details, cohorts).unwrap();
    let flat = shrinkage_atlas::worker::worker_run("view=lab&levers=talent_parks:65").unwrap();
    let bundle = Bundle::from_files(BUNDLE, details).unwrap();
    let prepared = PreparedData::new(&bundle, &atlas_core::Cohorts::from_json(cohorts).unwrap());
    let inputs = RunInputs::new(
        UnitSet::Level {
            level: atlas_core::Level::County,
        },
        shrinkage_atlas::lab::user_settings(&[(atlas_core::model::LeverKey::TalentParks, 65.0)]),
    );
    let core = run(&prepared, &inputs);
    assert_eq!(flat.len(), 2 * core.units.len());
    assert_eq!(core.units.len(), 517);
    for (pair, unit) in flat.chunks_exact(2).zip(&core.units) {
        assert_eq!(pair[0] as u32, unit.code);
        assert_eq!(pair[1], unit.population_change_pct());
    }
    // A second run at the same assumptions (baselines kept) equals it too.
    let again = shrinkage_atlas::worker::worker_run("levers=talent_parks:65").unwrap();
    assert_eq!(again, flat);

    // The slow pass in the worker, through its numbers, equals the page's
    // own: Bazhong's wedges and its 400-draw bands.
    use shrinkage_atlas::lab::results::{compute_deferred, Deferred, LabInputs, Scope};
    let flat = shrinkage_atlas::worker::worker_deferred("levers=talent_parks:65", 511900).unwrap();
    let from_worker = Deferred::from_flat(&flat).unwrap();
    let on_page = compute_deferred(
        &prepared,
        &LabInputs {
            scope: Scope::Unit(511900),
            user: inputs.levers.clone(),
            presets: Vec::new(),
            assumptions: inputs.assumptions,
        },
    );
    assert!(on_page.bands.is_some());
    assert_eq!(on_page.wedges.len(), 1);
    assert_eq!(from_worker, on_page);
    assert_eq!(Deferred::from_flat(&flat[..flat.len() - 1]), None);
}
