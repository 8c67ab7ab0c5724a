#!/usr/bin/env bash
# Installs what is missing, builds, and starts Connector Sign-In. With no tenant
# configured, it also starts the bundled local Auth0-like server (tests/server) and
# points a "local-demo" profile at it, so you can click "Sign in" and log in as
# test@example.com / Passw0rd! to see the whole flow.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exe=${BUILD_DIR:-build}/app/connector-signin

# No desktop session (a container, SSH): give the program a keyring and a screen.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ "${SIGNIN_HEADLESS_INNER:-}" != 1 ]; then
    echo "No desktop session bus: starting a private D-Bus session with a keyring."
    [ -n "${DISPLAY:-}" ] || echo "No display: the window runs on a virtual screen (Xvfb)."
    exec scripts/headless.sh "$0" "$@"
fi
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1 # Chromium refuses to run as root otherwise
fi

configured=$("$exe" status --json 2>/dev/null | grep -c '"profile"' || true)
demo_only=$("$exe" status --json 2>/dev/null | grep -c '"profile": "local-demo"' || true)
if [ "$configured" -eq 0 ] || [ "$configured" -eq "$demo_only" ]; then
    coproc SERVER { exec node tests/server/server.js --port 0; }
    read -r ready issuer <&"${SERVER[0]}"
    [ "$ready" = READY ] || { echo "The local server did not start." >&2; exit 1; }
    trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
    "$exe" configure --profile local-demo --issuer "$issuer" --client-id connector-test-client >/dev/null
    echo "Local Auth0-like server at $issuer - sign in as test@example.com / Passw0rd!"
fi
"$exe" "$@"
