//! Every unit and indicator in one table: sortable by any column, filtered
//! by level, province and name, readable by a screen reader (caption, column
//! and row headers, `aria-sort`), downloadable as CSV.

use crate::components::loading::with_file;
use crate::components::search::search_all;
use crate::data::{use_data, Measures};
use crate::download::download_csv;
use crate::i18n::{level_name, texts};
use crate::state::{use_app, use_lang};
use crate::units::{display_name, province_name};
use atlas_core::catalogue::{Indicator, INDICATORS};
use atlas_core::url_state::Year;
use atlas_core::{Bundle, Lang, Level, Unit};
use leptos::prelude::*;
use std::cmp::Ordering;
use std::sync::Arc;

/// Sort state: column index (0 = name) and direction.
#[derive(Clone, Copy, PartialEq)]
struct Sort {
    column: usize,
    descending: bool,
}

#[component]
pub fn TableView() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let body = with_file(
        data.full,
        |t| t.loading,
        false,
        |full| {
            view! { <UnitTable bundle=full /> }
        },
    );
    view! {
        <section class="table-view">
            <h2 class="visually-hidden">{move || crate::i18n::view_name(atlas_core::url_state::View::Table, lang.get())}</h2>
            {body}
        </section>
    }
}

fn cell_value(
    ind: &Indicator,
    unit: &Unit,
    year: Year,
    measures: Option<&Measures>,
) -> Option<f64> {
    ind.value_in(unit, year, measures.map(|m| m.at(unit.level)))
}

fn header(ind: &Indicator, year: Year, lang: Lang) -> String {
    if ind.yearly {
        format!("{} {}", ind.name(lang), year.key())
    } else {
        ind.name(lang).to_string()
    }
}

#[component]
fn UnitTable(bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let filter = RwSignal::new(String::new());
    let province = RwSignal::new(0u32);
    let sort = RwSignal::new(Sort {
        column: 1,
        descending: false,
    });

    let b = bundle.clone();
    let rows = Memo::new(move |_| {
        let query = filter.get();
        let measures = use_data().measures();
        sorted_codes(&b, &query, province.get(), sort.get(), measures.as_deref())
    });
    let header_cell = move |column: usize| view! { <SortHeader column=column sort=sort /> };
    let b = bundle.clone();
    let body = move || {
        let measures = use_data().measures();
        table_rows(&b, rows.get(), lang.get(), measures.as_deref())
    };
    let count = move || rows.with(|r| r.len());

    view! {
        <div class="controls">
            <LevelPicker />
            <ProvincePicker bundle=bundle.clone() province=province />
            <YearPicker />
            <label class="control">
                <span class="control-label">{move || texts(lang.get()).filter_label}</span>
                <input type="search" prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
            </label>
            <span class="row-count" role="status">{move || format!("{} {}", count(), texts(lang.get()).rows_shown)}</span>
        </div>
        <Downloads bundle=bundle rows=rows />
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || texts(lang.get()).table_caption>
            <table class="data-table unit-table">
                <caption>{move || texts(lang.get()).table_caption}</caption>
                <thead>
                    <tr>{(0..=INDICATORS.len()).map(header_cell).collect_view()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Prefectures or counties (the link's `level=`).
#[component]
fn LevelPicker() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let level_options = move || {
        let lang = lang.get();
        [Level::Prefecture, Level::County]
            .into_iter()
            .map(|l| view! { <option value=l.key() selected=move || state.level.get() == l>{level_name(l, lang)}</option> })
            .collect_view()
    };
    view! {
        <label class="control">
            <span class="control-label">{move || texts(lang.get()).level_label}</span>
            <select on:change=move |ev| state.level.set(if event_target_value(&ev) == "county" { Level::County } else { Level::Prefecture })>
                {level_options}
            </select>
        </label>
    }
}

/// One province or all (0).
#[component]
fn ProvincePicker(bundle: Arc<Bundle>, province: RwSignal<u32>) -> impl IntoView {
    let lang = use_lang();
    let province_options = move || {
        let lang = lang.get();
        bundle
            .provinces
            .iter()
            .map(|p| {
                let code = p.code;
                view! { <option value=code.to_string() selected=move || province.get() == code>{province_name(p, lang)}</option> }
            })
            .collect_view()
    };
    view! {
        <label class="control">
            <span class="control-label">{move || texts(lang.get()).province}</span>
            <select on:change=move |ev| province.set(event_target_value(&ev).parse().unwrap_or(0))>
                <option value="0">{move || texts(lang.get()).all_provinces}</option>
                {province_options}
            </select>
        </label>
    }
}

/// The census year of the yearly columns.
#[component]
fn YearPicker() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    view! {
        <label class="control">
            <span class="control-label">{move || texts(lang.get()).year_label}</span>
            <select on:change=move |ev| state.year.set(if event_target_value(&ev) == "2010" { Year::Y2010 } else { Year::Y2020 })>
                <option value="2020" selected=move || state.year.get() == Year::Y2020>"2020"</option>
                <option value="2010" selected=move || state.year.get() == Year::Y2010>"2010"</option>
            </select>
        </label>
    }
}

/// CSV of the rows shown (their year), or of every unit and both years;
/// the same columns and keys as `atlas list --csv`.
#[component]
fn Downloads(bundle: Arc<Bundle>, rows: Memo<Vec<u32>>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let b = bundle.clone();
    let download_shown = move |_| {
        let (level, year) = (state.level.get_untracked(), state.year.get_untracked());
        let units: Vec<&Unit> = rows
            .get_untracked()
            .iter()
            .filter_map(|c| b.unit_at(level, *c))
            .collect();
        let m = use_data().measures_untracked();
        let (head, body) = csv_table(&units, &[year], m.as_deref());
        download_csv(
            &head,
            &body,
            &format!("shrinkage-atlas-{}-{}.csv", level.key(), year.key()),
        );
    };
    let download_all = move |_| {
        let units: Vec<&Unit> = bundle.units.iter().collect();
        let m = use_data().measures_untracked();
        let (head, body) = csv_table(&units, &[Year::Y2010, Year::Y2020], m.as_deref());
        download_csv(&head, &body, "shrinkage-atlas-all-units.csv");
    };
    view! {
        <div class="downloads">
            <button on:click=download_shown>{move || texts(lang.get()).download_csv}</button>
            <button on:click=download_all>{move || texts(lang.get()).download_all_csv}</button>
        </div>
    }
}

/// The codes of the units shown (the level and province chosen, matching
/// the filter), in the order of the sort column. No data always sorts
/// last, whichever the direction.
fn sorted_codes(
    b: &Bundle,
    query: &str,
    province: u32,
    sort: Sort,
    m: Option<&Measures>,
) -> Vec<u32> {
    let state = use_app();
    let (level, year) = (state.level.get(), state.year.get());
    let matching: Option<Vec<u32>> = (!query.trim().is_empty())
        .then(|| search_all(b, query).into_iter().map(|u| u.code).collect());
    let mut units: Vec<&Unit> = b
        .units_at(level)
        .filter(|u| province == 0 || u.province == province)
        .filter(|u| matching.as_ref().is_none_or(|m| m.contains(&u.code)))
        .collect();
    let Sort { column, descending } = sort;
    atlas_core::order::sort_by(&mut units, |a, c| {
        let ord = if column == 0 {
            a.name_zh.cmp(&c.name_zh)
        } else {
            let ind = &INDICATORS[column - 1];
            match (cell_value(ind, a, year, m), cell_value(ind, c, year, m)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        };
        if descending {
            ord.reverse()
        } else {
            ord
        }
    });
    units.iter().map(|u| u.code).collect()
}

/// A column head that sorts by its column (again: the other way).
#[component]
fn SortHeader(column: usize, sort: RwSignal<Sort>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let label = move || {
        let lang = lang.get();
        if column == 0 {
            texts(lang).unit_column.to_string()
        } else {
            header(INDICATORS[column - 1], state.year.get(), lang)
        }
    };
    // (aria-sort value, arrow) of this column.
    let marks = move || {
        let s = sort.get();
        if s.column != column {
            ("none", "↕")
        } else if s.descending {
            ("descending", "↓")
        } else {
            ("ascending", "↑")
        }
    };
    view! {
        <th scope="col" aria-sort=move || marks().0>
            <button
                class="sort-button"
                on:click=move |_| sort.update(|s| {
                    if s.column == column {
                        s.descending = !s.descending;
                    } else {
                        *s = Sort { column, descending: column != 0 };
                    }
                })
            >
                {label}
                <span aria-hidden="true">{move || marks().1}</span>
            </button>
        </th>
    }
}

/// One row per unit: its name (a link to its profile) and every indicator.
fn table_rows(b: &Bundle, codes: Vec<u32>, lang: Lang, m: Option<&Measures>) -> impl IntoView {
    let state = use_app();
    let (level, year) = (state.level.get(), state.year.get());
    let t = texts(lang);
    codes
        .into_iter()
        .filter_map(|code| b.unit_at(level, code))
        .map(|u| {
            let code = u.code;
            let cells = INDICATORS
                .iter()
                .map(|ind| view! { <td>{cell_value(ind, u, year, m).map(|v| ind.format(v, lang)).unwrap_or_else(|| t.no_data.to_string())}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <button class="link-button" on:click=move |_| state.open_place(code)>{display_name(u, lang)}</button>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}

/// Header and rows of a CSV of `units`: the core's atlas table, the same
/// columns as `atlas list --csv` (see `atlas_core::catalogue::table`).
fn csv_table(
    units: &[&Unit],
    years: &[Year],
    measures: Option<&Measures>,
) -> (Vec<String>, Vec<Vec<String>>) {
    atlas_core::catalogue::table::rows(units, years, &|level| measures.map(|m| m.at(level)))
}
