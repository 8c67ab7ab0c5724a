#!/usr/bin/env bash
# Self-test of the test authorization server (no browser). The checks live in
# selftest.mjs (Node's fetch with redirect:'manual' and a small cookie jar);
# this wrapper only makes sure the dependencies are installed.
# Prints "N passed, M failed"; exit status is non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tests="$(dirname "$here")"
if [ ! -d "$tests/node_modules/oidc-provider" ]; then
  (cd "$tests" && npm ci --no-audit --no-fund >&2)
fi
exec node "$here/selftest.mjs" "$@"
