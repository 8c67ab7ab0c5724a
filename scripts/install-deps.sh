#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build and test Connector Sign-In:
# Debian's Qt 6.4 (Widgets, Network, WebEngine), QtKeychain, the Secret Service and
# Xvfb for headless runs, and the npm packages of the test server (tests/package.json).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-webengine-dev-tools qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    nodejs npm curl unzip file
    lintian wixl msitools nsis appstream desktop-file-utils
    libquazip1-qt6-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere than Debian (as on the CI image): keep those.
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
fi

# The test server and the browser driver, pinned by tests/package-lock.json.
if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
    (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
