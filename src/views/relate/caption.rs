//! What is said under the chart, as escaped text (like the chart): n, r and
//! how many units lack data, how the points are sized and the line fitted,
//! the sources of both axes; and the selected place with its two values
//! (or that it lacks one, which is why it is not drawn).

use super::Scene;
use crate::components::simple_table::esc;
use crate::i18n::relate::{fit_line, named_value, relate_texts};
use crate::i18n::texts;
use crate::units::display_name;
use atlas_core::catalogue::Indicator;
use atlas_core::Lang;
use std::fmt::Write;

/// The caption: the fit line (with its numbers as data attributes, for
/// tests and scripts), the notes and each source once.
pub fn caption_html(scene: &Scene, drawn: bool, lang: Lang) -> String {
    let (r, rt) = (&scene.relation, relate_texts(lang));
    let (n, missing) = (r.points.len(), r.missing);
    let exact_r = r.fit.map(|f| format!("{:.4}", f.r)).unwrap_or_default();
    let mut out = String::new();
    if !drawn {
        let _ = write!(
            out,
            "<p class=\"note relate-empty\">{}</p>",
            esc(rt.no_points)
        );
    }
    let _ = write!(
        out,
        "<p class=\"relate-fit\" data-n=\"{n}\" data-r=\"{exact_r}\" data-missing=\"{missing}\">{}</p>\
         <p class=\"note\">{} {}</p>",
        esc(&fit_line(n, r.fit.map(|f| f.r), missing, lang)),
        esc(rt.size_note),
        esc(if r.fit.is_some() { rt.fit_note } else { rt.no_fit })
    );
    let mut sources = vec![scene.x.source];
    if scene.y.source != scene.x.source {
        sources.push(scene.y.source);
    }
    for s in sources {
        let _ = write!(
            out,
            "<p class=\"note source-note\">{}</p>",
            esc(s.note(lang))
        );
    }
    out
}

/// The place selected (`unit=`) if it is a unit of the level: its two
/// values and a button to its profile (`data-open`).
pub fn selected_html(scene: &Scene, selected: Option<u32>, lang: Lang) -> String {
    let Some(unit) = selected.and_then(|code| scene.unit(code)) else {
        return String::new();
    };
    let shown = |ind: &'static Indicator| {
        let v = scene.value(ind, unit);
        let v = v.map_or_else(
            || ind.source.missing(lang).to_string(),
            |v| ind.format(v, lang),
        );
        esc(&named_value(&ind.column(scene.year).name(lang), &v, lang))
    };
    format!(
        "<p class=\"relate-selected\" data-selected=\"{0}\">{1}<strong>{2}</strong> · {3} · {4} \
         <button class=\"link-button\" data-open=\"{0}\">{5}</button></p>",
        unit.code,
        esc(relate_texts(lang).selected),
        esc(&display_name(unit, lang)),
        shown(scene.x),
        shown(scene.y),
        esc(texts(lang).open_profile)
    )
}
