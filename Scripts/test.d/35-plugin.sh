#!/usr/bin/env bash
# The SwiftPM command plugin: `swift package sitegen-check` checks the package's site,
# passes options through, and fails when the site has errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift package sitegen-check
broken="$(mktemp -d)"
trap 'rm -rf "$broken"' EXIT
mkdir -p "$broken/Content"
printf -- '---\ntitle: Broken\nweight: first\n---\n' > "$broken/Content/_index.md"
if swift package sitegen-check --root "$broken" 2>/dev/null; then
  echo "plugin: a site with errors passed"; exit 1
fi
echo "plugin: clean site passes, broken site fails"
