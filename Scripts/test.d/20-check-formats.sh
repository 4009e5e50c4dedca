#!/usr/bin/env bash
# `sitegen check` as CI runs it: every output format on the sample site, a broken copy
# (exit 1, findings at their lines), --fix on it, and a site that cannot be checked (exit 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin" check --format json | python3 -c '
import json, sys
report = json.load(sys.stdin)
assert set(report) == {"version", "diagnostics", "summary"}, report.keys()
assert report["summary"]["errors"] == 0, report
'
"$bin" check --format sarif --output "$work/sample.sarif"
python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0" and log["runs"][0]["columnKind"] == "unicodeCodePoints"
rules = log["runs"][0]["tool"]["driver"]["rules"]
assert all({"id", "name", "shortDescription", "fullDescription", "defaultConfiguration"} <= set(r) for r in rules)
' "$work/sample.sarif"
[ -z "$("$bin" check --format github | grep '^::error' || true)" ]

# A broken copy: a row with an extra cell and a paragraph glued into a table.
cp -R Content sitegen.yml "$work/"
printf '\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 | 5 |\nglued prose\n' >> "$work/Content/methods/cancel-account.md"
set +e
"$bin" check --root "$work" --format github > "$work/github.txt"; status=$?
set -e
[ "$status" -eq 1 ] || { echo "broken site: exit $status, expected 1"; exit 1; }
grep -q '^::error file=Content/methods/cancel-account.md,line=.*title=table-column-count (TBL001)::' "$work/github.txt"
grep -q 'title=table-swallowed-paragraph (TBL002)' "$work/github.txt"
set +e
"$bin" check --root "$work" --format gitlab --output "$work/gl-code-quality.json"; status=$?
set -e
[ "$status" -eq 1 ] || { echo "broken site, gitlab: exit $status, expected 1"; exit 1; }
python3 -c '
import json, sys
issues = json.load(open(sys.argv[1]))
assert {i["check_name"] for i in issues} >= {"table-column-count", "table-swallowed-paragraph"}, issues
assert all(set(i) == {"check_name", "description", "fingerprint", "severity", "location"} for i in issues)
assert len({i["fingerprint"] for i in issues}) == len(issues)
assert all(i["location"]["path"] == "Content/methods/cancel-account.md" and i["location"]["lines"]["begin"] > 1 for i in issues)
' "$work/gl-code-quality.json"
# fmt leaves the broken table as it is, with a note, and finds the sample's tables formatted.
"$bin" fmt --root "$work" --check 2> "$work/fmt.txt"
grep -q 'cancel-account.md:[0-9]*:1: note: table left as it is: line [0-9]* is prose glued into the table' "$work/fmt.txt"
set +e
"$bin" check --root "$work" --fix > /dev/null 2>&1; status=$?
set -e
[ "$status" -eq 1 ] || { echo "after --fix: exit $status, expected 1 (the extra cell remains)"; exit 1; }
"$bin" check --root "$work" --format json --output "$work/after.json" || true
python3 -c '
import json, sys
names = [d["name"] for d in json.load(open(sys.argv[1]))["diagnostics"]]
assert names == ["table-column-count"], names
' "$work/after.json"

# Cannot run: a configuration that is not YAML.
printf 'rules: [unclosed\n' > "$work/sitegen.yml"
set +e
"$bin" check --root "$work" > /dev/null 2>&1; status=$?
set -e
[ "$status" -eq 2 ] || { echo "bad config: exit $status, expected 2"; exit 1; }
echo "check formats: json, sarif, github, gitlab; exit codes 0, 1, 2; --fix leaves only what it cannot fix"
