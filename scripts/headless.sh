#!/usr/bin/env bash
# Runs a command the way CI must: a private D-Bus session with an unlocked
# gnome-keyring (a real Secret Service for QtKeychain) and, when there is no display,
# an Xvfb server for Qt WebEngine windows and screenshots.
#   scripts/headless.sh ctest --test-dir build
set -euo pipefail

if [ "${SIGNIN_HEADLESS_INNER:-}" != 1 ]; then
    export SIGNIN_HEADLESS_INNER=1
    if [ -z "${DISPLAY:-}" ]; then
        exec dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$@"
    fi
    exec dbus-run-session -- "$0" "$@"
fi

# Inside the session: start the keyring daemon unlocked with a throw-away password.
eval "$(echo -n test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

# Chromium refuses to run as root without this; tests only, never set by the program.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
exec "$@"
