//! Browser entry point: install the panic handler, register the service
//! worker (offline use), mount the app on <body> (not in the lab's Web
//! Worker, which loads the same module).

fn main() {
    shrinkage_atlas::errors::install_panic_handler();
    // The lab's Web Worker loads this same module: there is no page to
    // mount there (src/worker.rs).
    if web_sys::window().is_none() {
        return;
    }
    shrinkage_atlas::offline::register_service_worker();
    leptos::mount::mount_to_body(shrinkage_atlas::App);
}
