#!/usr/bin/env bash
# The benchmark harness: builds the release site, measures it in headless
# Chromium (first-load transfer, first map paint unthrottled and at 4x CPU
# throttle, slider-to-repaint over 100 moves, Monte Carlo in the browser,
# memory over a scripted session), runs the native model benchmarks, and
# writes everything to artifacts/bench.json.
#   ./scripts/bench.sh              # full run (5-minute memory session)
#   BENCH_SOAK_SECONDS=60 ./scripts/bench.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
trunk build --release --locked
node scripts/report-sizes.mjs dist > /dev/null
cargo bench --locked -p atlas-bench 2>/dev/null | tee artifacts/native-bench.txt
node scripts/bench.mjs
