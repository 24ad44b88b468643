//! Placeholder: the relate view is being built (issue 12).

use leptos::prelude::*;

#[component]
pub fn RelateView() -> impl IntoView {
    view! { <section class="view" data-view="relate"></section> }
}
