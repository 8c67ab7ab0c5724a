#!/bin/sh
# Renders resources/icons/connector-signin.svg into the hicolor PNG sizes that are
# committed next to it, so that building the package needs no SVG converter.
# Run after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin).
set -eu
icons=$(dirname "$0")/../resources/icons
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/connector-signin.svg" \
        -o "$icons/hicolor/${size}x${size}/apps/connector-signin.png"
done
