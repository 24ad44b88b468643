//! The release build's split of the WebAssembly (the `split` feature,
//! scripts/split-wasm.mjs) needs the linker's relocations in the module:
//! wasm-split-cli reads them to find which code each split point reaches.
fn main() {
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_SPLIT");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
