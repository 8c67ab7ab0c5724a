#!/usr/bin/env bash
# Builds the MSI with wixl against placeholder executables and a placeholder
# windeployqt tree, then reads its tables back with msiinfo: what Windows Installer
# will do with ISSUER/CLIENT_ID/... is decided by these rows.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need_tool wixl; need_tool wixl-heat; need_tool msiinfo
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

mkdir -p "$work/bin" "$work/qt/platforms"
for f in bin/connector-signin.exe bin/connector-signin-window.exe bin/connector-signin-login.exe \
         qt/Qt6Core.dll qt/Qt6Network.dll qt/platforms/qwindows.dll; do
    echo "placeholder for $f" > "$work/$f"
done
msi=$work/connector-signin.msi
"$SIGNIN_SOURCE_DIR/installer/windows/build-msi.sh" "$work/bin" "$work/qt" "$SIGNIN_VERSION" "$msi" \
    2>"$work/wixl.log" || { cat "$work/wixl.log"; fail "wixl"; }
pass "wixl built $(basename "$msi")"

table() { msiinfo export "$msi" "$1" | tail -n +4 | tr -d '\r'; }   # rows only, tab-separated (idt: CRLF)
has_row() { # TABLE REGEX WHAT
    grep -qE "$2" <<<"$(table "$1")" || { table "$1" >&2; fail "$3"; }
    pass "$3"
}
seq_of() { table InstallExecuteSequence | awk -F'\t' -v a="$1" '$1 == a {print $3}'; }

has_row Property $'^ProductVersion\t'"$SIGNIN_VERSION"'$' "ProductVersion is the project version"
has_row Property $'^ALLUSERS\t1$' "per-machine installation"
has_row Directory $'^INSTALLDIR\tProgramFiles64Folder\tConnector Sign-In$' "installs to Program Files (64-bit)"
has_row File $'\tconnector-signin.exe\t' "command line"
has_row File $'\tconnector-signin-window.exe\t' "window program"
has_row File $'\tconnector-signin-login.exe\t' "login window"
has_row File $'\tQt6Core.dll\t' "Qt runtime harvested"
has_row File $'\tqwindows.dll\t' "Qt plugin harvested"
has_row Shortcut $'^[^\t]+\tProgramMenuFolder\tConnector Sign-In\t' "Start-menu shortcut"
has_row Shortcut $'\t\\[INSTALLDIR\\]connector-signin-window\\.exe\t' "the shortcut starts the window program (no console)"

key='SOFTWARE\\Policies\\ConnectorSignIn\\profiles\\default'
for pair in issuer:ISSUER client_id:CLIENT_ID audience:AUDIENCE scopes:SCOPE redirect_uri:REDIRECT_URI; do
    has_row Registry $'\t2\t'"$key"$'\t'"${pair%%:*}"$'\t\\['"${pair#*:}"$'\\]\tManagedProfile$' \
        "HKLM policy value ${pair%%:*} = [${pair#*:}]"
    has_row RegLocator $'\t2\t'"$key"$'\t'"${pair%%:*}"$'\t18$' "upgrade keeps ${pair%%:*} (64-bit registry search)"
done
has_row Feature $'^ManagedProfile\t.*\t100\t' "managed profile feature off by default (level 100)"
has_row Feature $'^Complete\t.*\t1\t' "program feature on by default"
has_row CustomAction $'^EnableManagedProfile\t51\tINSTALLLEVEL\t100' "a tenant turns the managed profile on"
has_row CustomAction $'^IssuerFromDomain\t51\tISSUER\thttps://\\[DOMAIN\\]/' "DOMAIN becomes https://DOMAIN/"
has_row InstallExecuteSequence $'^EnableManagedProfile\tISSUER AND CLIENT_ID\t' "only when ISSUER and CLIENT_ID are set"
has_row LaunchCondition 'ISSUER AND CLIENT_ID\) OR \(NOT ISSUER AND NOT CLIENT_ID' "half a tenant is refused"

# Order matters: every property must be final before LaunchConditions and before
# CostFinalize reads INSTALLLEVEL.
launch=$(seq_of LaunchConditions); appsearch=$(seq_of AppSearch)
for action in IssuerFromDomain RestoreIssuer RestoreClientId RestoreScope DefaultScope DefaultRedirectUri EnableManagedProfile; do
    n=$(seq_of "$action")
    [ -n "$n" ] && [ "$n" -gt "$appsearch" ] && [ "$n" -lt "$launch" ] \
        || fail "$action runs at ${n:-never}, not between AppSearch ($appsearch) and LaunchConditions ($launch)"
done
[ "$(seq_of IssuerFromDomain)" -lt "$(seq_of EnableManagedProfile)" ] || fail "DOMAIN handled too late"
[ "$(seq_of RestoreScope)" -lt "$(seq_of DefaultScope)" ] || fail "default scope would hide the kept one"
pass "custom actions run after AppSearch, before LaunchConditions, in order"
