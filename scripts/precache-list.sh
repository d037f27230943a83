#!/bin/sh
# Trunk post-build hook: write precache.json, the list of the built app's files that sw.js
# caches for offline use, with a version (a hash of every file's hash) that changes with any
# file; stamp that version into the staged sw.js so the browser installs the new worker.
# Runs after scripts/copy-fonts.sh (see Trunk.toml), so the fonts are listed.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk}"
cd "$dir"
# Every file except the worker, this listing and the fonts fetched on demand (the large CJK
# font: cached by sw.js when a report first needs it), as relative URLs; index.html is "./".
files=$(find . -type f ! -name sw.js ! -name precache.json ! -path './fonts/on-demand/*' | sed 's|^\./||' | LC_ALL=C sort)
if printf '%s\n' "$files" | grep -q '["\\]'; then
    echo "precache-list.sh: a file name contains a quote or backslash" >&2
    exit 1
fi
version=$(printf '%s\n' "$files" | while IFS= read -r f; do sha256sum "$f"; done | sha256sum | cut -c1-16)
{
    printf '{\n  "version": "%s",\n  "files": [\n' "$version"
    printf '%s\n' "$files" | sed 's|^index\.html$|./|; s|.*|    "&"|; $!s|$|,|'
    printf '  ]\n}\n'
} > precache.json
if [ -f sw.js ]; then
    sed -i "s|^const BUILD = \"unstamped\";|const BUILD = \"$version\";|" sw.js
    grep -q "^const BUILD = \"$version\";" sw.js || { echo "precache-list.sh: could not stamp sw.js" >&2; exit 1; }
fi
echo "precache.json: $(printf '%s\n' "$files" | wc -l) files, version $version"
