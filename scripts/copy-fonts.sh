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

# The fallback font for CJK text (4 MB): fetched by the app only for a report whose text needs
# it, so precache-list.sh leaves fonts/on-demand/ out of the offline cache's install.
fallback="${CERTREADY_FALLBACK_FONT:-/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}"
if [ ! -f "$fallback" ]; then
    echo "missing $fallback: run scripts/setup (installs fonts-droid-fallback)" >&2
    exit 1
fi
mkdir -p "$dest/on-demand"
cp "$fallback" "$dest/on-demand/DroidSansFallbackFull.ttf"
cp /usr/share/doc/fonts-droid-fallback/copyright "$dest/on-demand/DROID-LICENSE.txt" 2>/dev/null || true
