#!/usr/bin/env bash
# Compiles the NSIS installer against placeholder executables and a placeholder
# windeployqt tree: makensis checks the script (syntax, includes, every File present).
# A missing VERSION define must be refused, so an unversioned installer cannot ship.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need_tool makensis
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
script=$SIGNIN_SOURCE_DIR/installer/windows/connector-signin.nsi

mkdir -p "$work/bin" "$work/qt/platforms"
for f in bin/connector-signin.exe bin/connector-signin-window.exe bin/connector-signin-login.exe qt/Qt6Core.dll qt/platforms/qwindows.dll; do
    echo "placeholder for $f" > "$work/$f"
done
out=$work/connector-signin-setup.exe
makensis -V2 -DVERSION="$SIGNIN_VERSION" -DSOURCE_DIR="$work/bin" -DQT_DEPLOY_DIR="$work/qt" \
         -DOUTFILE="$out" "$script" >"$work/makensis.log" 2>&1 \
    || { cat "$work/makensis.log"; fail "makensis"; }
file "$out" | grep -q 'PE32.*Nullsoft' || fail "not an NSIS installer: $(file "$out")"
pass "makensis built $(basename "$out")"

if makensis -V1 -DSOURCE_DIR="$work/bin" -DQT_DEPLOY_DIR="$work/qt" -DOUTFILE="$work/x.exe" \
        "$script" >/dev/null 2>&1; then
    fail "makensis accepted a build without VERSION"
fi
pass "a build without VERSION is refused"

for option in ISSUER DOMAIN CLIENT_ID AUDIENCE SCOPE REDIRECT_URI; do
    grep -qF "\${GetOptions} \$R0 \"/$option=\"" "$script" || fail "/$option= is not parsed"
done
pass "silent parameters /ISSUER= /DOMAIN= /CLIENT_ID= /AUDIENCE= /SCOPE= /REDIRECT_URI= parsed"
