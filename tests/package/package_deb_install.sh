#!/usr/bin/env bash
# Installs the package on THIS machine, as IT would, and removes it again:
# debconf preseed -> managed profile; a refused value -> postinst fails;
# deploy.conf wins over debconf; purge removes the managed file and the answers.
# It changes the system, so it runs only when asked: SIGNIN_PACKAGE_INSTALL_TEST=1, as
# root, on a throwaway machine (CI container). Otherwise it is skipped.
# usage: package_deb_install.sh BUILD_DIR
set -euo pipefail
. "$(dirname "$0")/lib.sh"
[ "${SIGNIN_PACKAGE_INSTALL_TEST:-}" = 1 ] || skip "set SIGNIN_PACKAGE_INSTALL_TEST=1 to install the package on this machine"
[ "$(id -u)" -eq 0 ] || skip "needs root"
need_tool cpack; need_tool debconf-set-selections
! dpkg -s connector-signin >/dev/null 2>&1 || skip "connector-signin is already installed here"
ini=/etc/xdg/ConnectorSignIn/profiles.ini
[ ! -e "$ini" ] || skip "$ini exists already: not ours to overwrite"
work=$(mktemp -d)
cleanup() { dpkg --purge connector-signin >/dev/null 2>&1 || true; rm -rf "$work" /etc/connector-signin; }
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive

cpack -G DEB --config "$1/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)

debconf-set-selections <<'EOF2'
connector-signin connector-signin/issuer string tenant.eu.auth0.com
connector-signin connector-signin/client_id string AbC123
EOF2
dpkg -i "$deb" || fail "dpkg -i with a preseeded tenant"
grep -qxF 'default\issuer=https://tenant.eu.auth0.com/' "$ini" || fail "issuer not in $ini"
grep -qxF 'default\client_id=AbC123' "$ini" || fail "client id not in $ini"
pass "debconf preseed wrote the managed profile"

echo 'connector-signin connector-signin/issuer string http://evil.example/' | debconf-set-selections
if dpkg-reconfigure connector-signin; then fail "a refused issuer did not fail postinst"; fi
grep -qxF 'default\issuer=https://tenant.eu.auth0.com/' "$ini" || fail "a refused value changed $ini"
pass "a refused value fails postinst and leaves the managed profile alone"

mkdir -p /etc/connector-signin
printf '# test\nDOMAIN=other.us.auth0.com\nCLIENT_ID="Zz9"\n' > /etc/connector-signin/deploy.conf
dpkg-reconfigure connector-signin || fail "dpkg-reconfigure with deploy.conf"
grep -qxF 'default\issuer=https://other.us.auth0.com/' "$ini" || fail "deploy.conf not applied"
grep -qxF 'default\client_id=Zz9' "$ini" || fail "deploy.conf client id not applied"
pass "deploy.conf wins over debconf"

dpkg -r connector-signin 2>"$work/remove.log" || fail "dpkg -r"
grep -q 'connector-signin purge' "$work/remove.log" || fail "removal does not mention connector-signin purge"
[ -f "$ini" ] || fail "remove (not purge) deleted the managed profile"
dpkg --purge connector-signin || fail "dpkg --purge"
[ ! -e "$ini" ] || fail "purge left $ini"
[ -z "$(debconf-show connector-signin 2>/dev/null)" ] || fail "purge left debconf answers"
[ -f /etc/connector-signin/deploy.conf ] || fail "purge deleted the administrator's deploy.conf"
pass "remove keeps, purge deletes the managed profile and the answers; deploy.conf stays"
