#!/usr/bin/env bash
# Builds the explorer (release) and serves it on http://127.0.0.1:8080,
# rebuilding on change. Does its own set-up first (scripts/setup.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve --release --address 127.0.0.1 --port 8080 "$@"
