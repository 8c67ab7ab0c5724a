#!/usr/bin/env bash
# The command line is a Qt Core program: `readelf -d` of connector-signin lists no
# Qt Gui, Widgets or WebEngine library. The window program is read the same way and
# must list Widgets, so a readelf that printed nothing could not pass for a clean one.
#   core_only.sh <connector-signin> <connector-signin-window>
set -euo pipefail
command -v readelf >/dev/null || { echo "readelf missing"; exit 77; }
cli=$1 window=$2
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

cli_libs=$(needed "$cli")
window_libs=$(needed "$window")
echo "connector-signin needs:"; echo "$cli_libs" | sed 's/^/  /'
echo "connector-signin-window needs:"; echo "$window_libs" | sed 's/^/  /'

grep -q '^libQt6Core\.so' <<<"$cli_libs" || { echo "FAIL: connector-signin does not link Qt Core?"; exit 1; }
if grep -E '^libQt6(Gui|Widgets|WebEngine[A-Za-z]*|OpenGL)\.so' <<<"$cli_libs"; then
    echo "FAIL: the command line links a GUI library (above)"; exit 1
fi
grep -q '^libQt6Widgets\.so' <<<"$window_libs" || { echo "FAIL: the window program lists no Qt Widgets"; exit 1; }
if grep -E '^libQt6WebEngine' <<<"$window_libs"; then
    echo "FAIL: the window program links Qt WebEngine (only the login window may)"; exit 1
fi
echo "ok: the command line is Core-only"
