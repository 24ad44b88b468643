//! What a reader sees when the app itself fails: a readable panel with a
//! way to reload, not a frozen page. After a panic the WebAssembly instance
//! is gone, so the panel is plain DOM and the reload is a plain link.

use wasm_bindgen::JsCast;

/// Shows [`show_error_panel`] on any panic, after logging it to the console.
pub fn install_panic_handler() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_error_panel(&info.to_string());
    }));
}

/// Adds the error panel to the page (idempotent).
pub fn show_error_panel(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_id("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "fatal-error");
    let heading = document.create_element("h2").ok();
    let text = document.create_element("p").ok();
    let detail_el = document.create_element("pre").ok();
    let link = document.create_element("a").ok();
    if let (Some(h), Some(p), Some(pre), Some(a)) = (heading, text, detail_el, link) {
        h.set_text_content(Some("出错了 · Something went wrong"));
        p.set_text_content(Some(
            "图集遇到了一个内部错误。重新加载页面通常可以解决；链接中的视图会被保留。 \
             The atlas hit an internal error. Reloading usually fixes it; the view in the link is kept.",
        ));
        pre.set_text_content(Some(detail));
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        let here = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_else(|| "./".into());
        a.set_href(&here);
        a.set_class_name("button");
        a.set_text_content(Some("重新加载 · Reload"));
        for child in [&h, &p, &pre, a.as_ref()] {
            let _ = panel.append_child(child);
        }
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&panel);
    }
}
