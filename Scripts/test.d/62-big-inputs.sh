#!/usr/bin/env bash
# Inputs hostile by size and depth, on the release binary, each with a time and a peak-memory
# limit: a 50 MB page, a 5,000-column and a 200,000-row table, 10,000 nested quotes and lists,
# a 5,000-column header over 200,000 one-word lines (cmark-gfm would pad 10^9 cells: refused),
# 20,000 suppressions and 20,000 findings on one page,
# and the 50 MB page with a NUL byte at its very end (must fail with the right line and leave
# the previous public/ byte for byte). Generated at run time; nothing big is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
if [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq time >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null; }
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'EOF'
import os, sys
work = sys.argv[1]
def site(name, page):
    os.makedirs(f"{work}/{name}/Content", exist_ok=True)
    open(f"{work}/{name}/Content/_index.md", "w").write("# Home\n")
    open(f"{work}/{name}/Content/big.md", "w").write(page)
para = "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit, [link](_index.md) sed do `eiusmod` tempor.\n\n"
chunk = "## Section\n\n" + para * 20 + "| a | b | c |\n|---|---|---|\n" + "| 5分钟 | 是 | text |\n" * 20 + "\n"
page50 = "---\ntitle: Big\n---\n\n" + chunk * (50 * 1024 * 1024 // len(chunk.encode()) + 1)
site("page-50mb", page50)
site("columns-5000", "# Wide\n\n|" + "|".join(f"c{i}" for i in range(5000)) + "|\n|" + "---|" * 5000 + "\n"
     + ("|" + "|".join(f"{i}分钟" for i in range(5000)) + "|\n") * 10)
site("rows-200000", "# Long\n\n| id | time | ok |\n|---|---|---|\n"
     + "".join(f"| {i} | {i % 60}分钟 | 是 |\n" for i in range(200000)))
site("quotes-10000", "# Deep\n\n" + "> " * 10000 + "deep\n")
site("lists-10000", "# Deep\n\n" + "- " * 10000 + "deep\n")
site("mixed-10000", "# Deep\n\n" + "> 1. - " * 3334 + "deep\n")
site("indented-lists-2000", "# Deep\n\n" + "".join("  " * i + "- item\n" for i in range(2000)))
site("page-50mb-nul-at-end", page50 + "tail\0\n")
# 20,000 suppression regions, 20,000 enables that end none of them, a table of 20,000 blank rows
# they silence, and a warning a line to print: each step was quadratic in these counts
site("suppressions-20000", "# Many\n\n" + "<!-- sitegen-disable TBL006 -->\n" * 20000 + "\n"
     + "<!-- sitegen-enable TBL007 -->\n" * 20000 + "\n| a | b |\n|---|---|\n" + "|  |  |\n" * 20000)
# 20,000 broken links silenced for the file: found by a site rule, noted by one page's silencer
site("silenced-links-20000", "<!-- sitegen-disable-file link-broken -->\n# Links\n\n"
     + "".join(f"[x{i}](missing-{i}.md)\n\n" for i in range(20000)))
# what a failing case must print
open(f"{work}/page-50mb-nul-at-end.expect", "w").write(
    f"Content/big.md:{page50.count(chr(10)) + 1}:5: error: the file holds a NUL byte [file-encoding]")
# cmark-gfm pads every short row to the header: 5,000 columns over 200,000 lines would be 10^9 cells
site("padding-5000x200000", "# Pad\n\n|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n" + "x\n" * 200000)
open(f"{work}/padding-5000x200000.expect", "w").write("Content/big.md:3:1: error: this table has up to 5000 columns")
EOF

# name, limit in seconds, limit in MB, expected exit code[, "loud": every warning printed, not --quiet]
cases=(
  "page-50mb-nul-at-end 60 2048 1"
  "padding-5000x200000 5 256 1"
  "page-50mb 150 5120 0"
  "columns-5000 20 1024 0"
  "rows-200000 60 2048 0"
  "quotes-10000 10 512 0"
  "lists-10000 10 512 0"
  "mixed-10000 10 512 0"
  "indented-lists-2000 10 512 0"
  "suppressions-20000 10 512 0 loud"
  "silenced-links-20000 10 512 0"
)
status=0
printf '%-22s %9s %9s %5s\n' case seconds "peak MB" exit
for entry in "${cases[@]}"; do
  read -r name max_seconds max_mb want loudness <<<"$entry"
  quiet="--quiet"; [ "${loudness:-}" = loud ] && quiet=""
  root="$work/$name"
  if [ "$want" -ne 0 ]; then
    # a previous good build, which the failing build must leave byte for byte
    mv "$root/Content/big.md" "$work/held.md"; "$bin" build --root "$root" --quiet 2>/dev/null; mv "$work/held.md" "$root/Content/big.md"
    before="$(cd "$root/public" && find . -type f -exec sha256sum {} + | sort | sha256sum)"
  fi
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$((max_seconds * 2))" "$bin" build --root "$root" $quiet >"$work/out" 2>&1
  code=$?
  set -e
  read -r seconds kb < <(tail -1 "$work/time") || { seconds=?; kb=0; }
  mb=$((kb / 1024))
  printf '%-22s %9s %9s %5s\n' "$name" "$seconds" "$mb" "$code"
  if [ "$code" -ne "$want" ]; then echo "  FAIL: exit $code, expected $want"; tail -5 "$work/out"; status=1; fi
  if awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s > m) }'; then echo "  FAIL: over ${max_seconds} s"; status=1; fi
  if [ "$mb" -gt "$max_mb" ]; then echo "  FAIL: peak memory over ${max_mb} MB"; status=1; fi
  if [ "$want" -ne 0 ]; then
    grep -qF "$(cat "$work/$name.expect")" "$work/out" \
      || { echo "  FAIL: expected: $(cat "$work/$name.expect")"; head -3 "$work/out"; status=1; }
    after="$(cd "$root/public" && find . -type f -exec sha256sum {} + | sort | sha256sum)"
    [ "$before" = "$after" ] || { echo "  FAIL: the previous public/ changed"; status=1; }
  fi
done
exit "$status"
