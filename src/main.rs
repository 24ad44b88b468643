//! Browser entry point: install the panic handler, register the service
//! worker (offline use), mount the app on <body>.

fn main() {
    shrinkage_atlas::errors::install_panic_handler();
    shrinkage_atlas::offline::register_service_worker();
    leptos::mount::mount_to_body(shrinkage_atlas::App);
}
