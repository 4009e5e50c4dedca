#!/usr/bin/env bash
# The vendored swift-mustache renders exactly as the release it patches:
# rebuilds swift-mustache 2.1.1 by reverse-applying sitegen.patch (which must
# apply cleanly and reproduce the vendored sources, so the patch file is
# checked too), links both into one harness and renders thousands of random
# templates with each (Scripts/mustache-differential/cases.py).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
vendored="$root/Vendor/swift-mustache"
here="$root/Scripts/mustache-differential"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. The release, from the vendored copy and the patch; then the patch again.
mkdir -p "$work/release" "$work/repatched"
cp -R "$vendored/Sources" "$vendored/Tests" "$work/release/"
(cd "$work/release" && git apply --reverse -p1 "$vendored/sitegen.patch")
cp -R "$work/release/Sources" "$work/release/Tests" "$work/repatched/"
(cd "$work/repatched" && git apply -p1 "$vendored/sitegen.patch")
if ! diff -r "$work/repatched/Sources" "$vendored/Sources" >/dev/null \
  || ! diff -r "$work/repatched/Tests" "$vendored/Tests" >/dev/null; then
  echo "Vendor/swift-mustache/sitegen.patch does not reproduce the vendored sources; regenerate it:"
  diff -r "$work/repatched/Sources" "$vendored/Sources" | head -n 40 || true
  exit 1
fi

# 2. One harness with both libraries (builds cached in .build-mustache-differential/).
harness="$work/harness"
mkdir -p "$harness/Sources/Pristine" "$harness/Sources/Patched" "$harness/Sources/mustache-differential"
cp "$here/Package.swift.in" "$harness/Package.swift"
cp "$work/release/Sources/Mustache/"*.swift "$harness/Sources/Pristine/"
cp "$vendored/Sources/Mustache/"*.swift "$harness/Sources/Patched/"
cp "$here/harness.swift" "$harness/Sources/mustache-differential/main.swift"
log="$work/build.log"
if ! swift build -c release --package-path "$harness" --scratch-path "$root/.build-mustache-differential" >"$log" 2>&1; then
  cat "$log"
  exit 1
fi

# 3. Random templates, rendered by both.
python3 "$here/cases.py" "$root/.build-mustache-differential/release/mustache-differential" --seeds 1,2,3,4,5 --cases 4000
