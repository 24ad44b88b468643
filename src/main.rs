//! Browser entry point: install the panic hook, mount the app on <body>.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(shrinkage_atlas::App);
}
