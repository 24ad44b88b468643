#!/usr/bin/env bash
# Idempotent set-up for building (and, with --browser, testing) the Atlas on a
# fresh Debian machine of this kind. Installs only what is missing, and only
# from the package registries: rustup's wasm target, Trunk, a
# wasm-bindgen-cli matching Cargo.lock and wasm-split-cli (crates.io, cached
# in ~/.cargo/bin),
# wasm-opt and Playwright from npm (package-lock.json), and with --browser
# Chromium, ChromeDriver and a CJK font from Debian.
#
# Source it (`. scripts/setup.sh`) so the PATH it sets stays in effect.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"   # newer Trunk needs a newer rustc than this machine's
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# Trunk (about 11 minutes to build the first time)
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (cargo install, ~11 min once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli: exactly the wasm-bindgen version in Cargo.lock.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")"
if [ -z "$WB_VERSION" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if ! grep -q "^wasm_bindgen = \"$WB_VERSION\"" "$ROOT/Trunk.toml"; then
    echo "setup: Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WB_VERSION" >&2; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $WB_VERSION (cargo install, ~3 min once)"
    # Without --locked: its lock file names a webpki-roots the registry lacks.
    cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-split-cli: splits the WebAssembly into a first download and chunks
# (scripts/split-wasm.mjs). It must read the split points of the
# wasm_split_helpers in Cargo.lock (0.2.x, through leptos).
SPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -q "^wasm_split_cli_support v$SPLIT_VERSION:" \
    || ! command -v wasm-split-cli >/dev/null; then
    say "installing wasm-split-cli $SPLIT_VERSION (cargo install, ~2 min once)"
    cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked
fi

# npm packages (wasm-opt from binaryen, Playwright), exactly as locked.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Browsers for the tests, from Debian (never a test tool's own download).
if [ "${1:-}" = "--browser" ]; then
    missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing from Debian: ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
