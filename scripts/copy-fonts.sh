#!/bin/sh
# Trunk post-build hook: copy the PDF fonts from the system font package into the app.
set -eu
src="${CERTREADY_FONTS:-/usr/share/fonts/truetype/noto}"
dest="${TRUNK_STAGING_DIR:?run by trunk}/fonts"
mkdir -p "$dest"
for font in NotoSans-Regular.ttf NotoSans-Bold.ttf; do
    if [ ! -f "$src/$font" ]; then
        echo "missing $src/$font: run scripts/setup (installs fonts-noto-core)" >&2
        exit 1
    fi
    cp "$src/$font" "$dest/$font"
done
cp /usr/share/doc/fonts-noto-core/copyright "$dest/NOTO-LICENSE.txt" 2>/dev/null || true
