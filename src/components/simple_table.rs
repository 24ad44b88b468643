//! The many small static tables of the track record (the reported figures,
//! a profile's projection, the back-test) written as escaped HTML text
//! that the page sets in one go. They never change after they are drawn
//! but with the language, and text is far less WebAssembly than one view
//! type per table shape (the first-load budget).

use crate::i18n::texts;
use atlas_core::Lang;
use std::fmt::Write;

/// `s` safe inside HTML text and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page a figure was read on.
#[derive(Clone)]
pub struct SourceRef {
    pub title: String,
    pub url: String,
    pub weak: bool,
}

pub enum Body {
    Text(String),
    /// Links to the pages, each with its host and "weak source" where so.
    Sources(Vec<SourceRef>),
}

pub struct Cell {
    pub class: &'static str,
    pub body: Body,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            class: "",
            body: Body::Text(s.into()),
        }
    }
    pub fn sources(s: Vec<SourceRef>) -> Cell {
        Cell {
            class: "wrap sources-cell",
            body: Body::Sources(s),
        }
    }
    pub fn with_class(self, class: &'static str) -> Cell {
        Cell { class, ..self }
    }
}

#[derive(Default)]
pub struct Row {
    /// The row's header cell, and a second line under it (small).
    pub head: String,
    pub sub: Option<String>,
    pub cells: Vec<Cell>,
    pub class: &'static str,
    /// For tests and styles: `data-code`, `data-year`, `data-role`.
    pub code: Option<u32>,
    pub year: Option<u32>,
    pub role: Option<&'static str>,
}

/// The host of an address, for a short mention beside a page title.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or(rest)
}

/// Only web addresses become links (a bundle could hold anything).
fn safe_href(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| esc(url))
}

/// Links to the pages a figure was read on, opening in a new tab.
pub fn sources_html(sources: &[SourceRef], lang: Lang) -> String {
    let weak_label = esc(texts(lang).weak_source);
    let mut out = String::new();
    for s in sources {
        let title = esc(&s.title);
        out.push_str("<span class=\"source-link\">");
        match safe_href(&s.url) {
            Some(href) => {
                let _ = write!(
                    out,
                    "<a href=\"{href}\" target=\"_blank\" rel=\"noopener\">{title}</a> <small>({})</small>",
                    esc(host(&s.url))
                );
            }
            None => out.push_str(&title),
        }
        if s.weak {
            let _ = write!(out, " <span class=\"weak-tag\">{weak_label}</span>");
        }
        out.push_str("</span>");
    }
    out
}

/// A table: `head` are the column heads (the first over the row heads).
pub fn table_html(
    class: &str,
    caption: Option<&str>,
    head: &[String],
    rows: &[Row],
    lang: Lang,
) -> String {
    let mut out = format!("<table class=\"data-table {}\">", esc(class));
    if let Some(c) = caption {
        let _ = write!(out, "<caption>{}</caption>", esc(c));
    }
    out.push_str("<thead><tr>");
    for h in head {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr");
        if !r.class.is_empty() {
            let _ = write!(out, " class=\"{}\"", esc(r.class));
        }
        if let Some(c) = r.code {
            let _ = write!(out, " data-code=\"{c}\"");
        }
        if let Some(y) = r.year {
            let _ = write!(out, " data-year=\"{y}\"");
        }
        if let Some(role) = r.role {
            let _ = write!(out, " data-role=\"{}\"", esc(role));
        }
        let _ = write!(out, "><th scope=\"row\">{}", esc(&r.head));
        if let Some(sub) = &r.sub {
            let _ = write!(out, "<br><small>{}</small>", esc(sub));
        }
        out.push_str("</th>");
        for c in &r.cells {
            if c.class.is_empty() {
                out.push_str("<td>");
            } else {
                let _ = write!(out, "<td class=\"{}\">", esc(c.class));
            }
            match &c.body {
                Body::Text(s) => out.push_str(&esc(s)),
                Body::Sources(s) => out.push_str(&sources_html(s, lang)),
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}
