//! Loading the data files that Trunk copies next to the app (`data/`): the
//! main bundle at start, the cohorts and county shapes when a view first
//! needs them. Relative URLs, so the site works from any folder of a host.

use atlas_core::bundle::{
    Cohorts, CountyShapes, Details, BUNDLE_FILE, COHORTS_FILE, COUNTY_SHAPES_FILE, DETAILS_FILE,
};
use atlas_core::measures::{compute, Dimension, LevelMeasures, WeightChoice};
use atlas_core::model::PreparedData;
use atlas_core::user_layer::UserLayer;
use atlas_core::{Bundle, BundleError, Level};
use leptos::prelude::*;
use std::sync::Arc;

/// The state of one file's load.
#[derive(Clone)]
pub enum Load<T> {
    /// Not asked for yet (lazy files).
    Idle,
    Loading,
    Ready(Arc<T>),
    /// A message for the reader (network failure, bad file).
    Failed(String),
}

impl<T> Load<T> {
    pub fn ready(&self) -> Option<Arc<T>> {
        match self {
            Load::Ready(v) => Some(v.clone()),
            _ => None,
        }
    }
}

async fn fetch_text(file: &str) -> Result<String, String> {
    let url = format!("data/{file}");
    let response = gloo::net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

async fn fetch<T>(file: &str, decode: fn(&str) -> Result<T, BundleError>) -> Load<T> {
    match fetch_text(file).await {
        Ok(text) => match decode(&text) {
            Ok(v) => Load::Ready(Arc::new(v)),
            Err(e) => Load::Failed(e.to_string()),
        },
        Err(e) => Load::Failed(e),
    }
}

/// Fetches and decodes the main bundle.
pub async fn fetch_bundle() -> Load<Bundle> {
    fetch(BUNDLE_FILE, Bundle::from_json).await
}

/// Everything the views read, provided as context once the bundle is here.
#[derive(Clone)]
pub struct Data {
    /// The first-loaded bundle: headline figures only.
    pub bundle: Arc<Bundle>,
    /// The bundle with the details merged in, once loaded.
    pub full: RwSignal<Load<Bundle>>,
    pub cohorts: RwSignal<Load<Cohorts>>,
    pub county_shapes: RwSignal<Load<CountyShapes>>,
    /// Shrinkage measures of both levels at the reader's weights, once the
    /// details are here and a view asked for them.
    pub measures: RwSignal<Option<Arc<Measures>>>,
    pub weights: RwSignal<WeightChoice>,
    wants_measures: RwSignal<bool>,
    /// A layer the reader loaded from their own file (never sent anywhere).
    pub user_layer: RwSignal<Option<Arc<UserLayer>>>,
    /// The model's prepared data (details and cohorts), once asked for.
    pub prepared: RwSignal<Option<Arc<PreparedData>>>,
    wants_prepared: RwSignal<bool>,
}

/// The measures of both levels, computed with one weight choice.
pub struct Measures {
    pub prefecture: LevelMeasures,
    pub county: LevelMeasures,
}

impl Measures {
    pub fn at(&self, level: Level) -> &LevelMeasures {
        match level {
            Level::Prefecture => &self.prefecture,
            Level::County => &self.county,
        }
    }
}

impl Data {
    pub fn new(bundle: Arc<Bundle>) -> Data {
        Data {
            bundle,
            full: RwSignal::new(Load::Idle),
            cohorts: RwSignal::new(Load::Idle),
            county_shapes: RwSignal::new(Load::Idle),
            measures: RwSignal::new(None),
            weights: RwSignal::new(WeightChoice::entropy()),
            wants_measures: RwSignal::new(false),
            prepared: RwSignal::new(None),
            wants_prepared: RwSignal::new(false),
            user_layer: RwSignal::new(None),
        }
    }

    /// Starts from the weights a link carries and keeps the link's weights
    /// in step with the reader's changes (methods page).
    pub fn follow_link_weights(&self, link: RwSignal<Vec<(Dimension, Vec<f64>)>>) {
        let start = link
            .get_untracked()
            .into_iter()
            .fold(WeightChoice::entropy(), |w, (dim, values)| {
                w.with_user(dim, values)
            });
        self.weights.set(start);
        let weights = self.weights;
        Effect::new(move |_| {
            let w = weights.get();
            let user: Vec<(Dimension, Vec<f64>)> = Dimension::ALL
                .into_iter()
                .filter_map(|d| Some((d, w.user(d)?.to_vec())))
                .collect();
            if link.with_untracked(|l| *l != user) {
                link.set(user);
            }
        });
    }

    /// Prepares the model's data once the details and cohorts are here
    /// (after a view asked for it). Call once, inside the data context's owner.
    pub fn keep_prepared_current(&self) {
        let (full, cohorts, wants, prepared) =
            (self.full, self.cohorts, self.wants_prepared, self.prepared);
        Effect::new(move |_| {
            if !wants.get() || prepared.with_untracked(Option::is_some) {
                return;
            }
            if let (Some(full), Some(cohorts)) = (full.get().ready(), cohorts.get().ready()) {
                let p = Arc::new(PreparedData::new(&full, &cohorts));
                crate::bench::set_prepared(p.clone());
                prepared.set(Some(p));
            }
        });
    }

    /// The model's prepared data (`None` until ready; asking starts it).
    pub fn prepared(&self) -> Option<Arc<PreparedData>> {
        self.want_details();
        self.want_cohorts();
        if !self.wants_prepared.get_untracked() {
            self.wants_prepared.set(true);
        }
        self.prepared.get()
    }

    /// Computes the measures (once the details are here) and recomputes them
    /// when the weights change. Call once, inside the data context's owner.
    pub fn keep_measures_current(&self) {
        let (full, weights, wants, measures) =
            (self.full, self.weights, self.wants_measures, self.measures);
        Effect::new(move |previous: Option<Option<WeightChoice>>| {
            if !wants.get() {
                return None;
            }
            let bundle = full.get().ready()?;
            let w = weights.get();
            let current = measures.get_untracked();
            let result = match (current, previous.flatten()) {
                // Only the weights changed: redo the weight-dependent part.
                (Some(m), Some(_)) => m.prefecture.reweighted(&w).and_then(|p| {
                    Ok(Measures {
                        prefecture: p,
                        county: m.county.reweighted(&w)?,
                    })
                }),
                _ => compute(&bundle, Level::Prefecture, &w).and_then(|p| {
                    Ok(Measures {
                        prefecture: p,
                        county: compute(&bundle, Level::County, &w)?,
                    })
                }),
            };
            match result {
                Ok(m) => measures.set(Some(Arc::new(m))),
                Err(e) => leptos::logging::warn!("measures: {e}"),
            }
            Some(w)
        });
    }

    /// The measures of both levels (`None` until computed; asking starts it).
    pub fn measures(&self) -> Option<Arc<Measures>> {
        self.want_details();
        if !self.wants_measures.get_untracked() {
            self.wants_measures.set(true);
        }
        self.measures.get()
    }

    /// Starts loading the details unless already loading or loaded.
    pub fn want_details(&self) {
        let slot = self.full;
        if slot.with_untracked(|l| matches!(l, Load::Idle | Load::Failed(_))) {
            slot.set(Load::Loading);
            let core = self.bundle.clone();
            leptos::task::spawn_local(async move {
                let merged = match fetch(DETAILS_FILE, Details::from_json).await {
                    Load::Ready(details) => match core.with_details(&details) {
                        Ok(full) => Load::Ready(Arc::new(full)),
                        Err(e) => Load::Failed(e.to_string()),
                    },
                    Load::Failed(e) => Load::Failed(e),
                    Load::Idle | Load::Loading => Load::Failed("details did not load".into()),
                };
                slot.set(merged);
            });
        }
    }

    /// The bundle a view should read: the full one if `details` are needed
    /// (`None` until loaded; asking starts the load), else the first one.
    pub fn bundle_for(&self, details: bool) -> Option<Arc<Bundle>> {
        if !details {
            return Some(self.bundle.clone());
        }
        self.want_details();
        self.full.get().ready()
    }

    /// Starts loading the cohorts unless already loading or loaded.
    pub fn want_cohorts(&self) {
        start(self.cohorts, COHORTS_FILE, Cohorts::from_json);
    }

    /// Starts loading the county shapes unless already loading or loaded.
    pub fn want_county_shapes(&self) {
        start(
            self.county_shapes,
            COUNTY_SHAPES_FILE,
            CountyShapes::from_json,
        );
    }
}

fn start<T: Send + Sync + 'static>(
    slot: RwSignal<Load<T>>,
    file: &'static str,
    decode: fn(&str) -> Result<T, BundleError>,
) {
    let idle = slot.with_untracked(|l| matches!(l, Load::Idle | Load::Failed(_)));
    if idle {
        slot.set(Load::Loading);
        leptos::task::spawn_local(async move { slot.set(fetch(file, decode).await) });
    }
}

pub fn use_data() -> Data {
    expect_context::<Data>()
}
