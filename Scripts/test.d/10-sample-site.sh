#!/usr/bin/env bash
# The sample site checks clean, its tables are formatted, and it builds, with a page for every content file.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
"$bin" check
# The sample's and the docs' tables are kept lined up (sitegen fmt).
"$bin" fmt --check
"$bin" fmt --check --root docs
out="$(mktemp -d)/public"
"$bin" build --quiet --output "$out"
for page in $(cd Content && find . -name '*.md' -not -path './_*' | sed 's|^\./||'); do
  case "$page" in
    _index.md|index.md) html="index.html" ;;
    */_index.md|*/index.md) html="$(dirname "$page")/index.html" ;;
    *) html="${page%.md}/index.html" ;;
  esac
  [ -f "$out/$html" ] || { echo "missing $html for Content/$page"; exit 1; }
done
echo "sample site: $(find "$out" -name '*.html' | wc -l) HTML files"
