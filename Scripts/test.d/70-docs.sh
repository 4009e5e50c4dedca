#!/usr/bin/env bash
# The project's documentation site (docs/) builds with zero diagnostics — warnings included —
# and has a generated page for every rule of the library.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
out="$(mktemp -d)/docs"
trap 'rm -rf "$(dirname "$out")"' EXIT
report="$("$bin" check --root docs --format json)"
python3 - "$report" <<'PY'
import json, sys
report = json.loads(sys.argv[1])
diagnostics = report["diagnostics"]
for d in diagnostics:
    print(f'{d["file"]}:{d["line"]}:{d["column"]}: {d["severity"]}: {d["message"]} [{d["name"]}]')
sys.exit(1 if diagnostics else 0)
PY
"$bin" build --root docs --output "$out" --strict --quiet
rules="$("$bin" rules | grep -cE '^  [A-Z]+[0-9]+ ')"
pages="$(find "$out/rules" -mindepth 2 -name index.html | wc -l)"
[ "$rules" -eq "$pages" ] || { echo "docs: $rules rules but $pages rule pages"; exit 1; }
echo "docs: zero diagnostics, $pages rule pages"
