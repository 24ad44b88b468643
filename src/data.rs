//! Loading the data files that Trunk copies next to the app (`data/`): the
//! main bundle at start, the details, cohorts and county shapes when a view
//! first needs them. Relative URLs, so the site works from any folder of a
//! host.
//!
//! Each file is a [`LocalResource`]; a view shows it inside a `<Suspense>`
//! (see [`crate::components::loading::WithFile`]), which shows the loading
//! line while it is on its way. What is derived from the files (the
//! measures, the model's prepared data) is a memo: computed when first read,
//! again only when an input changes.

use atlas_core::bundle::{
    Cohorts, CountyShapes, Details, BUNDLE_FILE, COHORTS_FILE, COUNTY_SHAPES_FILE, DETAILS_FILE,
};
use atlas_core::measures::{compute, Dimension, LevelMeasures, WeightChoice};
use atlas_core::model::backtest::Backtest;
use atlas_core::model::{PreparedData, RunInputs, RunOutputs, UnitSet};
use atlas_core::user_layer::UserLayer;
use atlas_core::{Bundle, BundleError, Level};
use leptos::prelude::*;
use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

/// A file as a view reads it: the decoded file, or a message for the
/// reader (network failure, bad file).
pub type FileResult<T> = Result<Arc<T>, String>;

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

async fn fetch<T>(file: &str, decode: fn(&str) -> Result<T, BundleError>) -> FileResult<T> {
    let text = fetch_text(file).await?;
    decode(&text).map(Arc::new).map_err(|e| e.to_string())
}

/// Fetches and decodes the main bundle.
pub async fn fetch_bundle() -> FileResult<Bundle> {
    fetch(BUNDLE_FILE, Bundle::from_json).await
}

/// A decoded file of any type (see [`LazyFile`] for why).
type AnyFile = Arc<dyn Any + Send + Sync>;
type AnyLoad = Pin<Box<dyn Future<Output = Result<AnyFile, String>>>>;

/// A data file fetched when a view first asks for it ([`LazyFile::want`]):
/// its [`LocalResource`] is made then (in the data context's owner, so it
/// lives as long as the page). Until then, and while it loads, reads give
/// `None`, and a `<Suspense>` around the reader shows its fallback.
///
/// The resource holds the file type-erased and reads downcast it: the four
/// files then share one copy of the resource machinery instead of one each
/// (the wasm is 2.2 kB smaller, brotli).
pub struct LazyFile<T: 'static> {
    owner: StoredValue<Owner>,
    load: StoredValue<Box<dyn Fn() -> AnyLoad>, LocalStorage>,
    file: RwSignal<Option<LocalResource<Result<AnyFile, String>>>, LocalStorage>,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for LazyFile<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for LazyFile<T> {}

impl<T: Send + Sync + 'static> LazyFile<T> {
    /// Call in the owner the file should live in.
    fn new<F, Fut>(load: F) -> LazyFile<T>
    where
        F: Fn() -> Fut + 'static,
        Fut: Future<Output = FileResult<T>> + 'static,
    {
        let erased = move || -> AnyLoad {
            let fut = load();
            Box::pin(async move { fut.await.map(|v| v as AnyFile) })
        };
        LazyFile {
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            load: StoredValue::new_local(Box::new(erased)),
            file: RwSignal::new_local(None),
            _type: PhantomData,
        }
    }

    /// The same file with its type forgotten, for the code around every
    /// file (the loading line, the failure message): one copy of it in the
    /// wasm instead of one per file type.
    pub fn untyped(self) -> UntypedFile {
        LazyFile {
            owner: self.owner,
            load: self.load,
            file: self.file,
            _type: PhantomData,
        }
    }

    /// Why the file could not be loaded, if it could not (tracked; `None`
    /// while loading or loaded). Asking starts the load.
    pub fn failure(&self) -> Option<String> {
        self.want();
        self.file.get()?.get()?.err()
    }

    fn typed(loaded: Result<AnyFile, String>) -> FileResult<T> {
        loaded.and_then(|v| v.downcast::<T>().map_err(|_| "wrong file type".to_string()))
    }

    /// Starts the load unless it is loading or loaded; after a failure,
    /// tries again.
    pub fn want(&self) {
        // One copy for every file type (the body does not depend on it).
        self.untyped().start();
    }

    /// The file or its failure (tracked; `None` while loading). Asking
    /// starts the load.
    pub fn state(&self) -> Option<FileResult<T>> {
        self.want();
        self.loaded_state()
    }

    /// The file (tracked; `None` while loading or failed). Asking starts
    /// the load.
    pub fn get(&self) -> Option<Arc<T>> {
        self.state()?.ok()
    }

    /// The file if it is here (untracked, does not ask: for event handlers).
    pub fn get_untracked(&self) -> Option<Arc<T>> {
        Self::typed(self.file.get_untracked()?.get_untracked()?).ok()
    }

    /// The file if someone asked for it and it is here (tracked, but does
    /// not ask: for memos, which must not write signals).
    fn loaded(&self) -> Option<Arc<T>> {
        self.loaded_state()?.ok()
    }

    fn loaded_state(&self) -> Option<FileResult<T>> {
        self.file.get()?.get().map(Self::typed)
    }
}

/// The type of a [`LazyFile::untyped`] file.
pub struct Untyped;
/// A data file whose type the code reading it does not need.
pub type UntypedFile = LazyFile<Untyped>;

impl UntypedFile {
    /// The body of [`LazyFile::want`].
    fn start(&self) {
        match self.file.get_untracked() {
            None => {
                let load = self.load;
                let resource = self.owner.with_value(|owner| {
                    owner.with(|| LocalResource::new(move || load.with_value(|l| l())))
                });
                self.file.set(Some(resource));
            }
            Some(resource) => {
                if matches!(resource.get_untracked(), Some(Err(_))) {
                    resource.refetch();
                }
            }
        }
    }
}

/// Everything the views read, provided as context once the bundle is here.
#[derive(Clone)]
pub struct Data {
    /// The first-loaded bundle: headline figures only.
    pub bundle: Arc<Bundle>,
    /// The bundle with the details merged in.
    pub full: LazyFile<Bundle>,
    pub cohorts: LazyFile<Cohorts>,
    pub county_shapes: LazyFile<CountyShapes>,
    pub weights: RwSignal<WeightChoice>,
    /// Shrinkage measures of both levels at the reader's weights.
    measures: Memo<Option<Shared<Measures>>>,
    /// The model's prepared data (details and cohorts).
    prepared: Memo<Option<Shared<PreparedData>>>,
    /// The baseline of every unit (the map's projected years).
    baseline: Memo<Option<Shared<RunOutputs>>>,
    /// The model's back-test against the reported figures (the methods
    /// page, and next to the map's projected years).
    backtest: Memo<Option<Shared<Backtest>>>,
    /// A layer the reader loaded from their own file (never sent anywhere).
    pub user_layer: RwSignal<Option<Arc<UserLayer>>>,
}

/// An `Arc` compared by identity, so that a memo of it notifies its readers
/// only when it was rebuilt (the values themselves have no `PartialEq`).
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}
impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
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

    fn compute(bundle: &Bundle, w: &WeightChoice) -> Option<Measures> {
        let computed = compute(bundle, Level::Prefecture, w).and_then(|p| {
            Ok(Measures {
                prefecture: p,
                county: compute(bundle, Level::County, w)?,
            })
        });
        computed
            .map_err(|e| leptos::logging::warn!("measures: {e}"))
            .ok()
    }

    /// Only the weights changed: redo the weight-dependent part.
    fn reweighted(&self, w: &WeightChoice) -> Option<Measures> {
        let reweighted = self.prefecture.reweighted(w).and_then(|p| {
            Ok(Measures {
                prefecture: p,
                county: self.county.reweighted(w)?,
            })
        });
        reweighted
            .map_err(|e| leptos::logging::warn!("measures: {e}"))
            .ok()
    }
}

impl Data {
    /// The data context. Call inside the owner that keeps it (the loaded
    /// atlas), so that its files and memos live as long as the page.
    pub fn new(bundle: Arc<Bundle>) -> Data {
        let core = bundle.clone();
        let full = LazyFile::new(move || {
            let core = core.clone();
            async move {
                let details = fetch(DETAILS_FILE, Details::from_json).await?;
                core.with_details(&details)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            }
        });
        let cohorts = LazyFile::new(|| fetch(COHORTS_FILE, Cohorts::from_json));
        let county_shapes = LazyFile::new(|| fetch(COUNTY_SHAPES_FILE, CountyShapes::from_json));
        let weights = RwSignal::new(WeightChoice::entropy());
        let measures = Memo::new(move |previous: Option<&Option<Shared<Measures>>>| {
            let w = weights.get();
            let measures = match previous.cloned().flatten() {
                Some(Shared(m)) => m.reweighted(&w),
                None => Measures::compute(&*full.loaded()?, &w),
            };
            measures.map(|m| Shared(Arc::new(m)))
        });
        let prepared = Memo::new(move |_| {
            let (full, cohorts) = (full.loaded()?, cohorts.loaded()?);
            let p = Arc::new(PreparedData::new(&full, &cohorts));
            crate::bench::set_prepared(p.clone());
            Some(Shared(p))
        });
        let baseline = Memo::new(move |_| {
            let p = prepared.get()?.0;
            let all = RunInputs::new(UnitSet::All, Vec::new());
            Some(Shared(Arc::new(atlas_core::model::run(&p, &all))))
        });
        // 400 draws of the fitted units: computed once, when first read.
        let backtest = Memo::new(move |_| {
            let (p, full) = (prepared.get()?.0, full.loaded()?);
            Some(Shared(Arc::new(atlas_core::model::backtest::backtest(
                &p, &full,
            ))))
        });
        Data {
            bundle,
            full,
            cohorts,
            county_shapes,
            weights,
            measures,
            prepared,
            baseline,
            backtest,
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

    /// The model's prepared data (tracked; `None` until the details and
    /// cohorts are here; asking starts their loads).
    pub fn prepared(&self) -> Option<Arc<PreparedData>> {
        self.full.want();
        self.cohorts.want();
        Some(self.prepared.get()?.0)
    }

    /// Every unit's baseline run (tracked; `None` until the model's data
    /// are here; asking starts their loads).
    pub fn baseline(&self) -> Option<Arc<RunOutputs>> {
        self.full.want();
        self.cohorts.want();
        Some(self.baseline.get()?.0)
    }

    /// The back-test (tracked; `None` until the model's data are here;
    /// asking starts their loads).
    pub fn backtest(&self) -> Option<Arc<Backtest>> {
        self.full.want();
        self.cohorts.want();
        Some(self.backtest.get()?.0)
    }

    /// The measures of both levels (tracked; `None` until the details are
    /// here; asking starts their load).
    pub fn measures(&self) -> Option<Arc<Measures>> {
        self.full.want();
        Some(self.measures.get()?.0)
    }

    /// The measures if they are computed (untracked, does not ask: for
    /// event handlers).
    pub fn measures_untracked(&self) -> Option<Arc<Measures>> {
        Some(self.measures.get_untracked()?.0)
    }

    /// The bundle a view should read: the full one if `details` are needed
    /// (`None` until loaded; asking starts the load), else the first one.
    pub fn bundle_for(&self, details: bool) -> Option<Arc<Bundle>> {
        if details {
            self.full.get()
        } else {
            Some(self.bundle.clone())
        }
    }
}

pub fn use_data() -> Data {
    expect_context::<Data>()
}
