#!/usr/bin/env bash
# Runs the benchmarks against a Release build with -DSIGNIN_BUILD_BENCH=ON. Needs a
# session bus with an unlocked keyring and a display: scripts/bench.sh provides them.
#   tests/bench/run.sh [BUILD_DIR] [bench.py options, e.g. --only startup,token]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build_dir=${1:-"$here/../../build-bench"}
shift || true
if [ ! -d "$here/../node_modules" ] && [ -f "$here/../package-lock.json" ]; then
    (cd "$here/.." && npm ci --no-audit --no-fund >/dev/null)
fi
exec python3 "$here/bench.py" --build-dir "$build_dir" "$@"
