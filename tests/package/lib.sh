# Helpers shared by the package tests (sourced).
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
skip() { echo "SKIP: $*" >&2; exit 77; }
need_tool() { command -v "$1" >/dev/null || skip "$1 not installed (scripts/install-deps.sh installs it)"; }
# contains HAYSTACK NEEDLE WHAT
contains() { case "$1" in *"$2"*) pass "$3" ;; *) fail "$3: \"$2\" not found in: $1" ;; esac; }
