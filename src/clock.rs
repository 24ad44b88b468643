//! The page's clock: milliseconds since its time origin
//! (`performance.now()`), 0 where there is none. One definition for the
//! scheduler, the address-bar writer and the lab's worker.

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}
