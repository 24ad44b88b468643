//! Placeholder: the compare view is being built (issue 12).

use leptos::prelude::*;

#[component]
pub fn CompareView() -> impl IntoView {
    view! { <section class="view" data-view="compare"></section> }
}
