#!/usr/bin/env bash
# The vendored, patched swift-mustache passes its own test suite
# (see Vendor/swift-mustache/SITEGEN.md).
set -euo pipefail
cd "$(dirname "$0")/../../Vendor/swift-mustache"
log="$(mktemp)"
if ! swift test >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
grep -E "Executed [0-9]+ tests" "$log" | tail -n 1
