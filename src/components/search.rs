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
        .map(|c| match c {
            'ü' => 'u',
            'ê' => 'e',
            _ => c,
        })
        .flat_map(char::to_lowercase)
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
    hits.sort_by_key(|(rank, u)| {
        (
            *rank,
            u.level,
            std::cmp::Reverse(u.y2020.pop.unwrap_or(0)),
            u.code,
        )
    });
    hits.into_iter().map(|(_, u)| u).collect()
}

#[component]
pub fn PlaceSearch(on_pick: Callback<u32>) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let open = RwSignal::new(false);
    let bundle = data.bundle.clone();
    let results = Memo::new(move |_| {
        search(&bundle, &query.get())
            .into_iter()
            .map(|u| (u.code, u.level))
            .collect::<Vec<_>>()
    });
    let pick = move |code: u32| {
        open.set(false);
        query.set(String::new());
        on_pick.run(code);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = results.with(|r| r.len());
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                if let Some((code, _)) = results.with(|r| r.get(active.get_untracked()).copied()) {
                    ev.prevent_default();
                    pick(code);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };
    let bundle = data.bundle.clone();
    let options = move || {
        let lang = lang.get();
        results
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
                        id=format!("search-option-{i}")
                        role="option"
                        aria-selected=move || (active.get() == i).to_string()
                        class:active=move || active.get() == i
                        on:mousedown=move |ev| {
                            ev.prevent_default();
                            pick(code);
                        }
                    >
                        <span class="option-name">{name}</span>
                        <span class="option-context">{context}</span>
                    </li>
                })
            })
            .collect_view()
    };
    let expanded = move || open.get() && !query.get().trim().is_empty();
    let list = move || {
        expanded().then(|| {
            let options = options.clone();
            view! {
                <ul id="place-search-list" role="listbox" class="search-results">
                    {options}
                    <Show when=move || results.with(|r| r.is_empty())>
                        <li class="no-match" role="status">{move || texts(lang.get()).search_no_match}</li>
                    </Show>
                </ul>
            }
        })
    };
    view! {
        <div class="search">
            <label for="place-search" class="control-label">{move || texts(lang.get()).search_label}</label>
            <input
                id="place-search"
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="place-search-list"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || expanded().then(|| format!("search-option-{}", active.get()))
                placeholder=move || texts(lang.get()).search_placeholder
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:blur=move |_| open.set(false)
                on:focus=move |_| open.set(true)
            />
            {list}
        </div>
    }
}
