#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless (Xvfb, a private
# D-Bus session with an unlocked gnome-keyring, the local authorization server).
# Extra arguments go to ctest, e.g. scripts/test.sh -R tst_pkce
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p "${BUILD_DIR:-build}/test-artifacts"
scripts/headless.sh ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2 "$@"
