#!/usr/bin/env bash
# Coverage-guided fuzzing of the pure core (issue 7): the targets in fuzz/
# (url_state, bundle, user_layer), built by cargo-fuzz (libFuzzer with
# AddressSanitizer, overflow checks and debug assertions on) and run one
# after the other for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    # default: 60 s, every target
#   FUZZ_ARGS="-max_len=65536" scripts/fuzz.sh 300 user_layer
#                                            # extra libFuzzer flags
#
# Works on the stable toolchain: RUSTC_BOOTSTRAP=1 lets stable rustc accept
# the -Z flags cargo-fuzz passes (-Zsanitizer=address). Installs cargo-fuzz
# if missing. Each target's growing corpus is fuzz/work/<target>/ (not
# committed), seeded from the committed fuzz/corpus/<target>/; crashes are
# written to fuzz/artifacts/<target>/ and make the script exit 1.
# Reproduce one with: RUSTC_BOOTSTRAP=1 cargo fuzz run <target> <file>
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(url_state bundle user_layer)

CARGO_FUZZ_VERSION=0.13.2
export RUSTC_BOOTSTRAP=1
# The fuzz crate is its own workspace with its own target dir: its
# sanitizer builds never mix with the main workspace's.
export CARGO_TARGET_DIR="$root/fuzz/target"

if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
  echo "== installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

echo "== building the fuzz targets"
cargo fuzz build

marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT
crashed=0
summary=()
for target in "${targets[@]}"; do
  work="fuzz/work/$target"
  log="fuzz/work/$target.log"
  mkdir -p "$work" "fuzz/artifacts/$target"
  echo "== $target: ${seconds}s"
  status=0
  # -timeout: an input slower than 10 s is reported as a hang;
  # -rss_limit_mb: more than 2 GiB as an out-of-memory bug.
  cargo fuzz run "$target" "$work" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="fuzz/dict/$target.dict" -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
  execs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')"
  corpus="$(find "$work" -type f | wc -l)"
  new_artifacts="$(find "fuzz/artifacts/$target" -type f -newer "$marker" | sort)"
  line="$target: $execs execs in ${seconds}s, corpus $corpus files, exit $status"
  if [ -n "$new_artifacts" ]; then
    crashed=1
    line="$line, CRASH"
    grep -E 'panicked at|ERROR: libFuzzer|SUMMARY' "$log" | head -5 || true
    printf '  artifact: %s\n' $new_artifacts
  elif [ "$status" -ne 0 ]; then
    crashed=1
    line="$line, FAILED to run (see $log)"
    tail -5 "$log"
  fi
  echo "$line"
  summary+=("$line")
done

echo "== summary (logs in fuzz/work/<target>.log)"
printf '%s\n' "${summary[@]}"
exit "$crashed"
