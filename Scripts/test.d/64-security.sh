#!/usr/bin/env bash
# Content safety on the release binary: a hostile site's HTML parsed with html5lib (no executable
# markup, payloads kept as text, script URLs dropped, JSON parses), and the Content-Security-Policy
# in a real Chromium from file:// and from a loopback server (no violations; a control page with
# inline script and styles is blocked).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
python3 -c "import html5lib" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check html5lib
pattern='test_*.py'
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! python3 -c "import selenium" 2>/dev/null; then
  echo "chromium, chromedriver or selenium missing (Scripts/setup installs them): running only the HTML tests"
  pattern='test_escaping.py'
fi
SITEGEN_BIN="$bin" python3 -m unittest discover -s Tests/Security -p "$pattern"
