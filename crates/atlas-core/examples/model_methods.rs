//! Prints the model's methods text (Markdown) in one language:
//! `cargo run -p atlas-core --example model_methods -- en|zh`.

use atlas_core::model::methods::methods_markdown;
use atlas_core::Lang;

fn main() {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    };
    print!("{}", methods_markdown(lang));
}
