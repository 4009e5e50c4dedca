#!/usr/bin/env bash
# Benchmark smoke run (correctness only, no timing): a generated 1,000-page
# corpus builds with no errors and every page is written.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
# The release build allocates through jemalloc with sitegen's options (Package.swift,
# Sources/SitegenMallocConf); BENCHMARKS.md's figures assume both.
if [ "$(uname)" = Linux ] && [ -z "${SITEGEN_SYSTEM_MALLOC:-}" ]; then
  # (outputs read whole first: `grep -q` in a pipe would end it early, and pipefail would see that)
  libraries="$(ldd "$bin")"
  grep -q 'libjemalloc' <<<"$libraries" || { echo "bench smoke: release sitegen is not linked with jemalloc"; exit 1; }
  stats="$(MALLOC_CONF=stats_print:true "$bin" --version 2>&1)"
  if ! grep -q 'opt.dirty_decay_ms: 1000' <<<"$stats" || ! grep -q 'opt.percpu_arena: "percpu"' <<<"$stats"; then
    echo "bench smoke: jemalloc did not read sitegen's malloc_conf"; exit 1
  fi
  echo "bench smoke: jemalloc linked, sitegen's malloc_conf read"
fi
base=/dev/shm; [ -d "$base" ] && [ -w "$base" ] || base="${TMPDIR:-/tmp}"
work="$(mktemp -d "$base/sitegen-bench-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/corpus.py --pages 1000 --out "$work/corpus" >/dev/null
"$bin" build --quiet --root "$work/corpus" --output "$work/out"
pages=$(cd "$work/corpus/Content" && find . -name '*.md' | wc -l)
missing=0
while IFS= read -r page; do
  case "$page" in
    _index.md) html="index.html" ;;
    */_index.md) html="$(dirname "$page")/index.html" ;;
    *) html="${page%.md}/index.html" ;;
  esac
  [ -f "$work/out/$html" ] || { echo "missing $html for $page"; missing=$((missing + 1)); }
done < <(cd "$work/corpus/Content" && find . -name '*.md' | sed 's|^\./||')
written=$(find "$work/out" -name '*.html' | wc -l)
echo "bench smoke: $pages pages, $written HTML files, $missing missing"
[ "$pages" -eq 1000 ] && [ "$missing" -eq 0 ]
