#!/usr/bin/env bash
# The reader's experience in real headless Chromium (Tests/Browser, pytest +
# selenium + chromedriver): the matrix with the script on, blocked and off,
# search, print, 360 px, axe-core on every page, the Nu HTML Checker on every
# page; plus the size budget of the theme's script and matrix CSS.
#
# Sites: the matrix fixture (Tests/Fixtures/sites/matrix: hostile cells,
# English and Chinese, every value kind) and, when the repository has them,
# the sample site (sitegen.yml + Content/) and the documentation site (docs/). The matrix and search behaviour
# tests run twice: against the shipped, minified sitegen.js and search.js and
# against their readable sources (Scripts/js/, laid over the theme), so the two
# are proven to behave the same.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"

echo "--- size budget"
python3 Scripts/check-budget
if command -v esbuild >/dev/null; then
  fresh="$(mktemp)"
  for name in sitegen search; do
    esbuild --minify --target=es2020 --log-level=warning "Scripts/js/$name.js" > "$fresh"
    if ! cmp -s "$fresh" "Sources/SitegenCore/Theme/$name.js"; then
      echo "Sources/SitegenCore/Theme/$name.js is not Scripts/js/$name.js minified: run Scripts/minify-js"
      exit 1
    fi
  done
  rm -f "$fresh"
fi

swift build -c release --product sitegen
bin="$(swift build -c release --show-bin-path)/sitegen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin" build --quiet --root Tests/Fixtures/sites/matrix --output "$work/fixture"
mkdir -p "$work/readable/assets"
cp Scripts/js/sitegen.js Scripts/js/search.js "$work/readable/assets/"
"$bin" build --quiet --root Tests/Fixtures/sites/matrix --templates "$work/readable" --output "$work/fixture-readable"
export SITEGEN_BIN="$bin"
# The fixture site's many short tests on two pytest workers (pytest-xdist): each has its own
# browsers and server, every test its own copies of what it changes; 116 → 70 s here. The sample and
# documentation sites' few tests are long (the Nu checker and axe over every page) and run on one.
workers=(-n "${SITEGEN_BROWSER_WORKERS:-2}")

status=0
echo "--- browser tests: fixture site, shipped script"
SITEGEN_SITE="$work/fixture" python3 -m pytest -q -p no:cacheprovider "${workers[@]}" Tests/Browser || status=1
echo "--- browser tests: fixture site, readable source of the script"
SITEGEN_SITE="$work/fixture-readable" python3 -m pytest -q -p no:cacheprovider "${workers[@]}" \
  Tests/Browser/test_matrix_sort.py Tests/Browser/test_matrix_compare.py Tests/Browser/test_matrix_state.py \
  Tests/Browser/test_search.py || status=1
if [ -f sitegen.yml ] && [ -d Content ]; then
  echo "--- browser tests: the sample site"
  "$bin" build --quiet --root "$repo" --output "$work/sample"
  SITEGEN_SITE="$work/sample" python3 -m pytest -q -p no:cacheprovider -m sample Tests/Browser || status=1
fi
if [ -f docs/sitegen.yml ]; then
  echo "--- browser tests: the documentation site (axe, Nu checker)"
  "$bin" build --quiet --root "$repo/docs" --output "$work/docs"
  SITEGEN_SITE="$work/docs" python3 -m pytest -q -p no:cacheprovider -m sample Tests/Browser || status=1
fi
exit "$status"
