//! Both places' 2020 population pyramids in one chart: the first as filled
//! bars, the second as an outline, each as shares of its own residents.

use crate::charts::pyramid::{Pyramid, Series};
use crate::charts::{ChartCanvas, ChartSpec};
use crate::components::loading::with_file;
use crate::data::use_data;
use crate::i18n::compare::{compare_texts, pyramid_label};
use crate::i18n::texts;
use crate::state::use_lang;
use crate::units::display_name;
use atlas_core::Unit;
use leptos::prelude::*;

#[component]
pub(super) fn PyramidsOverlaid(a: Unit, b: Unit) -> impl IntoView {
    let lang = use_lang();
    let (code_a, level_a, code_b, level_b) = (a.code, a.level, b.code, b.level);
    let names = move || {
        let lang = lang.get();
        (display_name(&a, lang), display_name(&b, lang))
    };
    let names_for_label = names.clone();
    let chart = with_file(
        use_data().cohorts,
        |t| t.loading_cohorts,
        true,
        move |cohorts| {
            let names = names.clone();
            let spec = Signal::derive(move || {
                let (na, nb) = names();
                let series: Vec<Series> = [(code_a, level_a, na), (code_b, level_b, nb)]
                    .into_iter()
                    .filter_map(|(code, level, name)| {
                        let counts = cohorts.unit(level, code)?.y2020.as_ref()?;
                        Series::from_counts(format!("{name} 2020"), counts, false)
                    })
                    .collect();
                let t = texts(lang.get());
                (!series.is_empty()).then(|| {
                    ChartSpec::Pyramid(Pyramid {
                        series,
                        male_label: t.male.into(),
                        female_label: t.female.into(),
                    })
                })
            });
            let names = names_for_label.clone();
            let label = Signal::derive(move || {
                let (na, nb) = names();
                pyramid_label(&na, &nb, lang.get())
            });
            let file_name = Signal::derive(move || format!("pyramids-{code_a}-{code_b}"));
            view! { <ChartCanvas spec=spec height=300 file_name=file_name label=label /> }
        },
    );
    view! {
        <section class="pyramid-section compare-pyramid">
            <h3>{move || compare_texts(lang.get()).pyramid_heading}</h3>
            <p class="note">{move || compare_texts(lang.get()).pyramid_note}</p>
            {chart}
        </section>
    }
}
