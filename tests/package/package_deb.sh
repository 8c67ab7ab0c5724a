#!/usr/bin/env bash
# Builds the Debian package with CPack from a built tree, then checks it the way
# Debian would: control fields, maintainer scripts, file list, lintian; and runs the
# unpacked program: --version, "configure --system" into the unpacked /etc/xdg,
# "status --json" reading it back.
# usage: package_deb.sh BUILD_DIR          (SIGNIN_VERSION: the project version)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
build_dir=$1
need_tool cpack; need_tool dpkg-deb
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# -B keeps CPack's staging tree in the scratch folder: parallel runs do not collide.
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/out/*.deb)
pass "built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = connector-signin ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$SIGNIN_VERSION-1" ] || fail "Version: $(field Version)"
[ "$(field Section)" = net ] || fail "Section: $(field Section)"
depends=$(field Depends)
contains "$depends" "libqt6core6" "Depends (dpkg-shlibdeps): Qt Core"
contains "$depends" "libqt6keychain1" "Depends (dpkg-shlibdeps): QtKeychain"
contains "$depends" "libqt6widgets6" "Depends (dpkg-shlibdeps): Qt Widgets (the window program)"
contains "$depends" "debconf" "Depends: debconf for the maintainer scripts"
contains "$(field Recommends)" "gnome-keyring" "Recommends: a Secret Service provider"
contains "$(field Description)" "PKCE" "Description has a long part"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/connector-signin \
            ./usr/share/applications/connector-signin.desktop \
            ./usr/share/metainfo/io.github.connectorsignin.ConnectorSignIn.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/connector-signin.svg \
            ./usr/share/icons/hicolor/48x48/apps/connector-signin.png \
            ./usr/share/doc/connector-signin/copyright \
            ./usr/share/doc/connector-signin/changelog.Debian.gz \
            ./usr/share/man/man1/connector-signin.1.gz; do
    grep -qxF "$path" <<<"$files" || fail "missing from the package: $path"
done
pass "file list: program, desktop entry, metainfo, icons, copyright, changelog, man page"
# The window program: a helper in libexec, started by connector-signin without a command.
grep -qxF ./usr/libexec/connector-signin/connector-signin-window <<<"$files" \
    || fail "window program not in /usr/libexec/connector-signin/"
! grep -qxF ./usr/bin/connector-signin-window <<<"$files" \
    || fail "connector-signin-window is also installed to /usr/bin"
pass "window program in /usr/libexec/connector-signin/"
if [ -f "$build_dir/ui/login/connector-signin-login" ]; then
    grep -qxF ./usr/libexec/connector-signin/connector-signin-login <<<"$files" \
        || fail "login window not in /usr/libexec/connector-signin/"
    # A helper, not a command: only in libexec (the main program looks there).
    ! grep -qxF ./usr/bin/connector-signin-login <<<"$files" \
        || fail "connector-signin-login is also installed to /usr/bin (an install() rule besides installer/Packaging.cmake's)"
    contains "$depends" "libqt6webenginewidgets6" "Depends (dpkg-shlibdeps): Qt WebEngine"
    pass "login window in /usr/libexec/connector-signin/"
else
    echo "note: the login window is not built in $build_dir: not checked"
fi

dpkg-deb -e "$deb" "$work/control"
for script in config postinst prerm postrm; do
    [ "$(stat -c %a "$work/control/$script")" = 755 ] || fail "$script is not 0755"
done
[ -f "$work/control/templates" ] || fail "no debconf templates"
grep -q '^Template: connector-signin/issuer$' "$work/control/templates" || fail "issuer template"
pass "maintainer scripts and debconf templates"

root=$work/root
dpkg-deb -x "$deb" "$root"
file -L "$root/usr/bin/connector-signin" | grep -q ', stripped' || fail "binary not stripped"
version=$("$root/usr/bin/connector-signin" --version)
contains "$version" "$SIGNIN_VERSION" "unpacked program runs: $version"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/connector-signin.desktop" \
        || fail "desktop-file-validate"
    pass "desktop entry valid"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net \
        "$root/usr/share/metainfo/io.github.connectorsignin.ConnectorSignIn.metainfo.xml" \
        >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log"; fail "appstreamcli validate"; }
    pass "AppStream metainfo valid"
fi

if command -v lintian >/dev/null; then
    # Errors and warnings fail; remaining tags are justified in
    # installer/debian/lintian-overrides and docs/INSTALL.md.
    lintian --fail-on error,warning --tag-display-limit 0 "$deb" | tee "$work/lintian.log" \
        || fail "lintian: $(cat "$work/lintian.log")"
    pass "lintian: no error or warning"
else
    echo "note: lintian not installed: not run"
fi

if ! "$root/usr/bin/connector-signin" --help 2>&1 | grep -qw configure; then
    skip "the program has no configure command yet: system configuration not checked"
fi
# The system scope is $XDG_CONFIG_DIRS[0]: here the unpacked tree's etc/xdg, as
# /etc/xdg is for postinst. A private user scope and no session bus keep the run
# away from this machine's settings and keychain.
export XDG_CONFIG_DIRS=$root/etc/xdg XDG_CONFIG_HOME=$work/home/config \
       XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache \
       XDG_RUNTIME_DIR=$work/home/runtime DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
timeout 60 "$root/usr/bin/connector-signin" configure --system --profile default \
    --domain tenant.example.auth0.com --client-id abc \
    || fail "configure --system exited with $?"
[ -f "$root/etc/xdg/ConnectorSignIn/profiles.ini" ] \
    || fail "configure --system did not write etc/xdg/ConnectorSignIn/profiles.ini"
pass "configure --system wrote $(cd "$root" && ls etc/xdg/ConnectorSignIn/profiles.ini)"
status=$(timeout 60 "$root/usr/bin/connector-signin" status --profile default --json || true)
contains "$status" '"issuer": "https://tenant.example.auth0.com/"' "status --json reads the managed issuer"
contains "$status" '"client_id": "abc"' "status --json reads the managed client id"
