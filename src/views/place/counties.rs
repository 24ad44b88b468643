//! A prefecture's counties, each with its change and class.

use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::change::{change_pct, shrink_class};
use atlas_core::format::{grouped, signed_pct};
use leptos::prelude::*;

#[component]
pub(super) fn CountyList(prefecture: u32) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let rows = move || {
        let lang = lang.get();
        let t = texts(lang);
        // County figures come with the details file.
        let Some(bundle) = use_data().bundle_for(true) else {
            return view! { <tr><td colspan="4" class="loading inline">{t.loading}</td></tr> }
                .into_any();
        };
        bundle
            .counties_of(prefecture)
            .map(|u| {
                let code = u.code;
                let name = display_name(u, lang);
                let change = change_pct(u).map(|c| signed_pct(c, 1)).unwrap_or_else(|| t.no_comparable_2010.into());
                let class = shrink_class(u).map(|c| c.name(lang)).unwrap_or("–");
                let pop = u.y2020.pop.map(grouped).unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">
                            <button class="link-button" on:click=move |_| state.unit.set(Some(code))>{name}</button>
                        </th>
                        <td>{pop}</td>
                        <td>{change}</td>
                        <td>{class}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="county-list">
            <h3>{move || texts(lang.get()).counties_heading}</h3>
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{move || texts(lang.get()).unit_column}</th>
                        <th scope="col">{move || texts(lang.get()).pop_2020}</th>
                        <th scope="col">{move || texts(lang.get()).change}</th>
                        <th scope="col">{move || texts(lang.get()).class}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
