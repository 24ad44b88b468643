//! Place search: finds a unit by Chinese name, pinyin or English name, as a
//! keyboard-operable combobox (ARIA 1.2 pattern).

use crate::data::use_data;
use crate::i18n::{search_label, texts};
use crate::state::use_lang;
use crate::units::context_line;
use atlas_core::{Bundle, Unit};
use leptos::prelude::*;

/// Most suggestions shown at once.
const MAX_RESULTS: usize = 8;

/// Folds a string for matching: lower case, no spaces, ü as u, ê as e
/// (Garzê), no apostrophes (Pu'er), so "Bazhong", "ba zhong" and
/// "bazhong" all match.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '-')
        .map(|c| match atlas_core::fold::latin_lower(c) {
            'ü' => 'u',
            'ê' => 'e',
            c => c,
        })
        .collect()
}

/// The first [`MAX_RESULTS`] units matching `query` (see [`search_all`]).
pub fn search<'a>(bundle: &'a Bundle, query: &str) -> Vec<&'a Unit> {
    let mut hits = search_all(bundle, query);
    hits.truncate(MAX_RESULTS);
    hits
}

/// Every unit matching `query`, best first: exact name, then name prefix,
/// then anywhere in the name; prefectures before counties; bigger places
/// first.
pub fn search_all<'a>(bundle: &'a Bundle, query: &str) -> Vec<&'a Unit> {
    let q = fold(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, &Unit)> = bundle
        .units
        .iter()
        .filter_map(|u| {
            // The official names and the variants readers also use
            // (Ngawa and Aba, Lhasa and Lasa).
            let names: Vec<String> = [&u.name_zh, &u.name_en]
                .into_iter()
                .chain(&u.also_known_as)
                .map(|n| fold(n))
                .collect();
            let rank = if names.contains(&q) {
                0
            } else if names.iter().any(|n| n.starts_with(&q)) {
                1
            } else if names.iter().any(|n| n.contains(&q)) {
                2
            } else {
                return None;
            };
            Some((rank, u))
        })
        .collect();
    let key = |(rank, u): &(u8, &'a Unit)| {
        (
            *rank,
            u.level,
            std::cmp::Reverse(u.y2020.pop.unwrap_or(0)),
            u.code,
        )
    };
    atlas_core::order::sort_by(&mut hits, |a, b| key(a).cmp(&key(b)));
    hits.into_iter().map(|(_, u)| u).collect()
}

/// The combobox's state: the query, the highlighted option, whether the
/// list is open, and the matching units.
#[derive(Clone, Copy)]
struct SearchState {
    query: RwSignal<String>,
    active: RwSignal<usize>,
    open: RwSignal<bool>,
    results: Memo<Vec<(u32, atlas_core::Level)>>,
    on_pick: Callback<u32>,
}

impl SearchState {
    fn new(on_pick: Callback<u32>) -> SearchState {
        let query = RwSignal::new(String::new());
        let bundle = use_data().bundle.clone();
        let results = Memo::new(move |_| {
            search(&bundle, &query.get())
                .into_iter()
                .map(|u| (u.code, u.level))
                .collect::<Vec<_>>()
        });
        SearchState {
            query,
            active: RwSignal::new(0),
            open: RwSignal::new(false),
            results,
            on_pick,
        }
    }

    fn pick(&self, code: u32) {
        self.open.set(false);
        self.query.set(String::new());
        self.on_pick.run(code);
    }

    fn expanded(&self) -> bool {
        self.open.get() && !self.query.get().trim().is_empty()
    }

    /// Arrow keys move the highlight, Enter picks, Escape closes.
    fn on_key(&self, ev: web_sys::KeyboardEvent) {
        let n = self.results.with(|r| r.len());
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                self.open.set(true);
                self.active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                self.active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                let hit = self
                    .results
                    .with(|r| r.get(self.active.get_untracked()).copied());
                if let Some((code, _)) = hit {
                    ev.prevent_default();
                    self.pick(code);
                }
            }
            "Escape" => self.open.set(false),
            _ => {}
        }
    }
}

/// The place search. `id` names the input (and prefixes its list and
/// options), so that two can share a page; `label` replaces the default
/// label.
#[component]
pub fn PlaceSearch(
    on_pick: Callback<u32>,
    #[prop(default = "place-search")] id: &'static str,
    #[prop(optional, into)] label: Option<Signal<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let s = SearchState::new(on_pick);
    let label = move || {
        label
            .map(|l| l.get())
            .unwrap_or_else(|| texts(lang.get()).search_label.to_string())
    };
    let list_id = format!("{id}-list");
    let list = move || s.expanded().then(|| view! { <SearchOptions s=s id=id /> });
    view! {
        <div class="search">
            <label for=id class="control-label">{label}</label>
            <input
                id=id
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls=list_id
                aria-expanded=move || s.expanded().to_string()
                aria-activedescendant=move || s.expanded().then(|| format!("{id}-option-{}", s.active.get()))
                placeholder=move || texts(lang.get()).search_placeholder
                prop:value=move || s.query.get()
                on:input=move |ev| {
                    s.query.set(event_target_value(&ev));
                    s.active.set(0);
                    s.open.set(true);
                }
                on:keydown=move |ev| s.on_key(ev)
                on:blur=move |_| s.open.set(false)
                on:focus=move |_| s.open.set(true)
            />
            {list}
        </div>
    }
}

/// The open list of matches (or "no match").
#[component]
fn SearchOptions(s: SearchState, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let bundle = use_data().bundle.clone();
    let options = move || {
        let lang = lang.get();
        s.results
            .get()
            .into_iter()
            .enumerate()
            .filter_map(|(i, (code, level))| {
                let unit = bundle.unit_at(level, code)?;
                let name = search_label(unit, lang);
                let context = format!(
                    "{} · {}",
                    unit.level.kind(lang),
                    context_line(unit, &bundle, lang)
                );
                Some(view! {
                    <li
                        id=format!("{id}-option-{i}")
                        role="option"
                        aria-selected=move || (s.active.get() == i).to_string()
                        class:active=move || s.active.get() == i
                        on:mousedown=move |ev| {
                            ev.prevent_default();
                            s.pick(code);
                        }
                    >
                        <span class="option-name">{name}</span>
                        <span class="option-context">{context}</span>
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <ul id=format!("{id}-list") role="listbox" class="search-results">
            {options}
            <Show when=move || s.results.with(|r| r.is_empty())>
                <li class="no-match" role="status">{move || texts(lang.get()).search_no_match}</li>
            </Show>
        </ul>
    }
}
