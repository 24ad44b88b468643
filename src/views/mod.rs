//! The views of the atlas.

pub mod compare;
pub mod methods;
pub mod place;
pub mod relate;
pub mod table;

use crate::map::MapView;
use atlas_core::url_state::View;
use leptos::prelude::*;

/// The view for a navigation target.
pub fn render(view: View) -> AnyView {
    match view {
        View::Map => view! { <MapView /> }.into_any(),
        View::Place => view! { <place::PlaceView /> }.into_any(),
        View::Compare => view! { <compare::CompareView /> }.into_any(),
        View::Relate => view! { <relate::RelateView /> }.into_any(),
        View::Lab => view! { <crate::lab::LabView /> }.into_any(),
        View::Table => view! { <table::TableView /> }.into_any(),
        View::Methods => view! { <methods::MethodsView /> }.into_any(),
    }
}
