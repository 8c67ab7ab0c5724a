#!/bin/sh
# Builds connector-signin.msi with Debian's wixl (msitools) from
#   SOURCE_DIR     connector-signin.exe, connector-signin-window.exe, connector-signin-login.exe
#   QT_DEPLOY_DIR  what "windeployqt --dir QT_DEPLOY_DIR" laid out (Qt DLLs, plugins)
# The Qt runtime is harvested into a fragment (component group QtRuntime) each time,
# so a new Qt or a new plugin needs no edit to the .wxs. With WiX 3 on Windows the
# same two .wxs files go through heat/candle/light.
#
# usage: build-msi.sh SOURCE_DIR QT_DEPLOY_DIR VERSION OUTPUT.msi
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 4 ] || { echo "usage: $0 SOURCE_DIR QT_DEPLOY_DIR VERSION OUTPUT.msi" >&2; exit 2; }
source_dir=$(cd "$1" && pwd); qt_dir=$(cd "$2" && pwd); version=$3
output=$(cd "$(dirname "$4")" && pwd)/$(basename "$4")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# wixl resolves File/@Source relative to the .wxs and trips over absolute paths:
# build in a scratch folder that links to the inputs.
ln -s "$source_dir" "$work/bin"
ln -s "$qt_dir" "$work/qt"
cp "$here/connector-signin.wxs" "$work/"
cd "$work"
# No pipefail in sh: list first, so a failing find stops the build.
find -L qt/ -type f | sort > qt-files
wixl-heat -p qt/ --var var.QtDeployDir --directory-ref INSTALLDIR \
          --component-group QtRuntime --win64 < qt-files > qt-runtime.wxs
wixl -a x64 -D Win64=yes -D SourceDir=bin -D QtDeployDir=qt -D Version="$version" \
     -o "$output" connector-signin.wxs qt-runtime.wxs
