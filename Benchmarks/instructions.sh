#!/usr/bin/env bash
# Counts the instructions a build executes (valgrind's callgrind, one worker)
# for one or more sitegen binaries on the same generated corpus, and prints
# each count with its ratio to the first binary's. Unlike wall time on a
# shared machine, the count moves by well under 0.1% between runs, so a 1%
# change shows. Also checks that every binary writes the same public/.
#
#   Benchmarks/instructions.sh OLD_BINARY NEW_BINARY [--pages N]
#
# Needs valgrind (installed with apt-get when missing). valgrind 3.19 cannot
# read the DWARF of Swift 6 binaries, so each binary is copied without debug
# information first (symbols stay, for callgrind_annotate).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pages=300
binaries=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages="$2"; shift 2 ;;
    *) binaries+=("$(realpath "$1")"); shift ;;
  esac
done
[ ${#binaries[@]} -ge 1 ] || { echo "usage: $0 BINARY [BINARY…] [--pages N]" >&2; exit 2; }
command -v valgrind >/dev/null || sudo apt-get install -y valgrind >/dev/null
work="$(mktemp -d /dev/shm/sitegen-instructions.XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 "$here/corpus.py" --pages "$pages" --out "$work/corpus" >/dev/null
first=""
for index in "${!binaries[@]}"; do
  binary="${binaries[$index]}"
  strip -g -o "$work/sitegen-$index" "$binary"
  (cd "$work/corpus" && valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$index" \
    "$work/sitegen-$index" build --quiet --jobs 1 --output "$work/public-$index" >/dev/null 2>"$work/log.$index") \
    || { cat "$work/log.$index"; exit 1; }
  count=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$work/log.$index")
  if [ -z "$first" ]; then
    first=$count
    printf '%s: %s instructions\n' "$binary" "$count"
  else
    same=$(diff -r "$work/public-0" "$work/public-$index" >/dev/null && echo "same output" || echo "OUTPUT DIFFERS")
    printf '%s: %s instructions, %s of the first (%s)\n' "$binary" "$count" \
      "$(python3 -c "print(f'{$count / $first:.3f}')")" "$same"
  fi
done
