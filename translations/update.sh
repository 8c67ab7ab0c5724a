#!/bin/sh
# Refreshes the .ts files from the sources: new strings appear as unfinished, strings
# no longer in the code are dropped, and no line numbers are written (so a change
# elsewhere in a file does not touch the translations). Then translate the unfinished
# entries; tests/unit/i18n/tst_translations fails until every entry is translated.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)}
cd "$root"
for lang in de fr es ja; do
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
        app ui -ts "translations/connector-signin_$lang.ts"
done
