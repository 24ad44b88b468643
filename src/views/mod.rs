//! The views of the atlas.
//!
//! The map is in the first download. With the `split` feature (the release
//! build, docs/size.md) every other view is its own chunk of the WebAssembly,
//! fetched the first time it is shown; code that several chunks share goes
//! into a shared chunk. Without the feature (the browser tests) every view is
//! here and a chunk is a plain call.

pub mod compare;
pub mod methods;
pub mod place;
pub mod relate;
pub mod table;

use crate::components::loading::Loading;
#[cfg(feature = "split")]
use crate::i18n::texts;
use crate::map::MapView;
#[cfg(feature = "split")]
use crate::state::use_lang;
use atlas_core::url_state::View;
use leptos::prelude::*;

/// The view for a navigation target.
pub fn render(view: View) -> AnyView {
    match view {
        View::Map => view! { <MapView /> }.into_any(),
        View::Place => chunk(chunks::place),
        View::Compare => chunk(chunks::compare),
        View::Relate => chunk(chunks::relate),
        View::Lab => chunk(chunks::lab),
        View::Table => chunk(chunks::table),
        View::Methods => chunk(chunks::methods),
    }
}

/// A chunk's code could not be fetched (offline on a first visit, say).
#[derive(Debug, Clone, Copy)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// What a split point gives: the view, or why it could not.
pub type Loaded = Result<AnyView, ChunkFailed>;

/// A split point: an async function with the `split` feature, plain code
/// without it.
#[cfg(feature = "split")]
pub trait Load: Fn() -> Self::Future + Copy + Send + Sync + 'static {
    type Future: std::future::Future<Output = Loaded> + 'static;
}
#[cfg(feature = "split")]
impl<F, Fut> Load for F
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Loaded> + 'static,
{
    type Future = Fut;
}
#[cfg(not(feature = "split"))]
pub trait Load: Fn() -> Loaded + Copy + Send + Sync + 'static {}
#[cfg(not(feature = "split"))]
impl<F: Fn() -> Loaded + Copy + Send + Sync + 'static> Load for F {}

/// A view in a chunk: the loading line until its code is here.
pub fn chunk(load: impl Load) -> AnyView {
    in_chunk(load, || view! { <Loading /> }.into_any())
}

/// A chunk made the first time `used` is true and kept from then on (a
/// panel closed again keeps its contents; a button's maker follows later
/// clicks): the upload panel, the embed-code panel and the map's PNG maker.
pub fn chunk_once(
    used: impl Fn() -> bool + Send + Sync + 'static,
    load: impl Load,
) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    let latched = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || used());
    move || latched.get().then(|| chunk(load))
}

#[cfg(feature = "split")]
fn in_chunk(load: impl Load, fallback: fn() -> AnyView) -> AnyView {
    // Bumped by "try again": a failed load is not remembered, so the next
    // attempt fetches afresh.
    let attempt = RwSignal::new(0u32);
    let body = move || {
        attempt.track();
        // The page has one thread: the wrapper only satisfies Suspend's bound.
        let future = send_wrapper::SendWrapper::new(load());
        Suspend::new(async move {
            future
                .await
                .unwrap_or_else(|_| view! { <ChunkError attempt=attempt /> }.into_any())
        })
    };
    view! { <Suspense fallback=fallback>{body}</Suspense> }.into_any()
}

#[cfg(not(feature = "split"))]
fn in_chunk(load: impl Load, _fallback: fn() -> AnyView) -> AnyView {
    load().unwrap_or_else(|_| ().into_any())
}

/// A chunk that could not be fetched: the reader's message and a retry; the
/// rest of the page keeps working.
#[cfg(feature = "split")]
#[component]
fn ChunkError(attempt: RwSignal<u32>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="load-error" role="alert">
            <p>{move || texts(lang.get()).chunk_failed}</p>
            <button class="link-button" on:click=move |_| attempt.update(|n| *n += 1)>
                {move || texts(lang.get()).retry}
            </button>
        </div>
    }
}

/// One function per chunk: the split points. `fallible`: a failed fetch is
/// an error to show, not a panic (which would stop the whole app).
pub mod chunks {
    use super::Loaded;
    use leptos::prelude::*;

    macro_rules! split_point {
        ($(#[$doc:meta])* $name:ident => $body:expr) => {
            $(#[$doc])*
            #[cfg_attr(
                feature = "split",
                leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)
            )]
            pub fn $name() -> Loaded {
                Ok($body.into_any())
            }
        };
    }

    split_point!(place => view! { <super::place::PlaceView /> });
    split_point!(compare => view! { <super::compare::CompareView /> });
    split_point!(relate => view! { <super::relate::RelateView /> });
    split_point!(lab => view! { <crate::lab::LabView /> });
    split_point!(table => view! { <super::table::TableView /> });
    split_point!(methods => view! { <super::methods::MethodsView /> });
    split_point!(
        /// An embedded chart's frame (`embed=1`).
        embed => view! { <crate::embed::EmbedFrame /> }
    );
}
