#!/usr/bin/env bash
# Benchmarks (docs/PERFORMANCE.md): installs what is missing, builds Release with the
# benchmark helpers into ./build-bench, and runs tests/bench/run.sh headless (private
# D-Bus session, unlocked gnome-keyring, Xvfb). Prints a table; writes
# build-bench/bench-results.json. Exit 1 when a target is missed.
#   scripts/bench.sh [bench.py options, e.g. --only startup --runs 11]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BENCH_BUILD_DIR:-build-bench}
scripts/install-deps.sh
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIGNIN_BUILD_BENCH=ON >/dev/null
cmake --build "$build_dir" -j"${JOBS:-2}" --target connector-signin connector-signin-window connector-signin-login \
    http-login-window bench-minimal-window bench-minimal-webview bench-token-floor bench-signin-memory
exec scripts/headless.sh tests/bench/run.sh "$build_dir" "$@"
