#!/usr/bin/env bash
# The full benchmark (a human runs it; it is not part of CI): installs Hugo
# and cmark-gfm when missing, builds sitegen (release) and the cmark-gfm
# floor harness, then runs Benchmarks/bench.py. Takes several minutes.
#   Benchmarks/run.sh [bench.py options, e.g. --runs 5 --out Benchmarks/results.md]
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
swift build -c release --product sitegen
mkdir -p .build/bench
cc -O2 -o .build/bench/cmark_floor Benchmarks/floor/cmark_floor.c -lcmark-gfm-extensions -lcmark-gfm -lpthread
exec python3 Benchmarks/bench.py "$@"
