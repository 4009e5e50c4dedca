#!/usr/bin/env bash
# The dev server under load and attack, on loopback only and bounded: wrk with 200 connections for
# 30 s (after a 5 s warm-up) must see 0 socket errors and 0 non-2xx answers, with flat memory (the
# server's RSS sampled every 5 s); then Tests/Security/test_server.py (traversal, NUL, oversized
# request lines and headers, slow and half-open clients). Skipped while `sitegen serve` is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/sitegen"
[ -x "$bin" ] || swift build -c release --product sitegen
if ! "$bin" --help | grep -qE "^  serve "; then
  echo "sitegen serve is not in this build: server load and attack tests pending"
  exit 0
fi
if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null; }
fi
seconds="${SITEGEN_LOAD_SECONDS:-30}"
work="$(mktemp -d)"
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp -r Content sitegen.yml "$work/"
[ -d Templates ] && cp -r Templates "$work/"
"$bin" serve --root "$work" --host 127.0.0.1 --port 0 --no-watch >"$work/serve.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 600); do
  port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve.log" | head -1 | grep -oE '[0-9]+/$' | tr -d / || true)"
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; echo "FAILED: the server did not start"; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { echo "FAILED: no port in the server's output"; exit 1; }
url="http://127.0.0.1:${port}/"
rss() { awk '/VmRSS/ { print $2 }' "/proc/$server/status"; }

wrk -t2 -c200 -d5s "$url" >/dev/null  # warm-up
before="$(rss)"
( while sleep 5; do rss >>"$work/rss"; done ) &
sampler=$!
wrk -t2 -c200 -d"${seconds}s" --timeout 10s --latency "$url" >"$work/wrk.txt"
kill "$sampler" 2>/dev/null || true; sampler=""
after="$(rss)"
cat "$work/wrk.txt"
status=0
grep -q "Socket errors" "$work/wrk.txt" && { echo "FAILED: socket errors under load"; status=1; }
grep -q "Non-2xx or 3xx" "$work/wrk.txt" && { echo "FAILED: error answers under load"; status=1; }
requests="$(grep -oE '^ *[0-9]+ requests in' "$work/wrk.txt" | grep -oE '[0-9]+' || echo 0)"
[ "$requests" -gt 0 ] || { echo "FAILED: no requests completed"; status=1; }
peak="$(sort -n "$work/rss" | tail -1)"
echo "server memory: ${before} kB after warm-up, peak ${peak} kB under load, ${after} kB after (samples: $(tr '\n' ' ' <"$work/rss"))"
# flat: under load the server may grow by buffers for 200 connections, not without bound
if [ "$peak" -gt $((before + before / 2 + 65536)) ]; then echo "FAILED: memory grew under load"; status=1; fi
kill "$server"; wait "$server" 2>/dev/null || true; server=""

SITEGEN_BIN="$bin" python3 -m unittest discover -s Tests/Security -p 'test_server.py' || status=1
exit "$status"
