//! The points as a plain table (behind "show as a table"): the chart's
//! alternative for screen readers and keyboards. A place's name is a
//! button that selects it, as a click on its point does (the view's one
//! click handler reads the `data-code`). Written as escaped text, like the
//! chart, for the first-load budget.

use super::Scene;
use crate::components::simple_table::esc;
use crate::i18n::relate::relate_texts;
use crate::i18n::texts;
use crate::units::{display_name, province_name};
use atlas_core::catalogue::POP;
use atlas_core::change::shrink_class;
use atlas_core::url_state::Year;
use atlas_core::Lang;
use std::fmt::Write;

/// The table of `scene`'s points, the `selected` place's row marked.
pub fn table_html(scene: &Scene, selected: Option<u32>, lang: Lang) -> String {
    let t = texts(lang);
    let heads = [
        t.unit_column.to_string(),
        t.province.to_string(),
        t.class.to_string(),
        scene.x.column(scene.year).name(lang),
        scene.y.column(scene.year).name(lang),
        POP.column(Year::Y2020).name(lang),
    ];
    let mut out = format!(
        "<table class=\"simple-table\"><caption>{}</caption><thead><tr>",
        esc(relate_texts(lang).table_caption)
    );
    for h in heads {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(&h));
    }
    out.push_str("</tr></thead><tbody>");
    for p in &scene.relation.points {
        let Some(unit) = scene.unit(p.code) else {
            continue;
        };
        let province = scene.bundle.province(unit.province);
        let cells = [
            province
                .map(|pr| province_name(pr, lang))
                .unwrap_or_default(),
            shrink_class(unit)
                .map_or(t.no_data, |c| c.name(lang))
                .to_string(),
            scene.x.format(p.x, lang),
            scene.y.format(p.y, lang),
            p.residents
                .map_or(t.no_data.to_string(), |v| POP.format(v, lang)),
        ];
        let class = if selected == Some(p.code) {
            " class=\"selected\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr data-code=\"{0}\"{class}><th scope=\"row\"><button class=\"link-button\" data-code=\"{0}\">{1}</button></th>",
            p.code,
            esc(&display_name(unit, lang))
        );
        for c in cells {
            let _ = write!(out, "<td>{}</td>", esc(&c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}
