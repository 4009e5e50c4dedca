#!/usr/bin/env bash
# The test suite under AddressSanitizer (with LeakSanitizer: the cmark-gfm wrapper must free
# every node, iterator, parser and rendered buffer) and under ThreadSanitizer (the parallel parse,
# check and render; cmark-gfm's global tables behind the parse lock). Own scratch folders, so the
# normal build is not rebuilt. Also proves LeakSanitizer is live: a deliberately leaked cmark
# parser must be reported.
set -euo pipefail
cd "$(dirname "$0")/../.."
export SWIFT_BACKTRACE=enable=no
status=0

# What made a run fail: the sanitizer's report if there is one, else the failed tests and their
# recorded issues (a test slowed down by the sanitizer fails like any other and must be named).
show_failure() {
  local log="$1" report="$2"
  if grep -q -E "$report" "$log"; then
    grep -E -A30 "$report" "$log" | head -80
  elif grep -q -E '✘' "$log"; then
    grep -E -B2 -A12 '✘ Test [^r]' "$log" | head -120
    grep -E '✘ Test run' "$log" | tail -1
  else
    tail -40 "$log"
  fi
}

echo "--> swift test --sanitize=address (LeakSanitizer on)"
export LSAN_OPTIONS="suppressions=$PWD/Tests/Security/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1"
# The CLI tests run the instrumented `sitegen` as a child process and keep its stderr; a sanitizer
# report from a child would only show as an exit status. Every report also goes to a file here.
reports="$(mktemp -d)"
if ! ASAN_OPTIONS="$ASAN_OPTIONS:log_exe_name=1:log_path=$reports/asan" \
     swift test --sanitize=address --scratch-path .build-asan >/tmp/sitegen-asan.log 2>&1; then
  show_failure /tmp/sitegen-asan.log 'ERROR: (Address|Leak)Sanitizer'
  echo "FAILED: AddressSanitizer/LeakSanitizer (log: /tmp/sitegen-asan.log)"; status=1
else
  grep -E 'Test run with' /tmp/sitegen-asan.log | tail -1
fi
for report in "$reports"/asan*; do
  [ -e "$report" ] || continue
  echo "--- sanitizer report $(basename "$report"):"; head -60 "$report"
  status=1
done
rm -rf "$reports"

echo "--> LeakSanitizer control: a cmark parser that is never freed must be reported"
# (full stacks through cmark-gfm, which has no frame pointers, to see the leak's origin)
if SITEGEN_LSAN_CONTROL=1 ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" swift test --sanitize=address --scratch-path .build-asan --skip-build \
     --filter "leakControl" >/tmp/sitegen-lsan-control.log 2>&1; then
  echo "FAILED: the deliberate leak was not reported"; status=1
elif grep -A3 'Direct leak' /tmp/sitegen-lsan-control.log | grep -q 'cmark_parser_new'; then
  echo "leak reported, as it should be: $(grep -m1 -E 'SUMMARY: AddressSanitizer' /tmp/sitegen-lsan-control.log)"
else
  tail -20 /tmp/sitegen-lsan-control.log; echo "FAILED: control run failed without a cmark leak report"; status=1
fi
unset LSAN_OPTIONS ASAN_OPTIONS

echo "--> swift test --sanitize=thread"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
if ! swift test --sanitize=thread --scratch-path .build-tsan >/tmp/sitegen-tsan.log 2>&1; then
  show_failure /tmp/sitegen-tsan.log 'WARNING: ThreadSanitizer'
  echo "FAILED: ThreadSanitizer (log: /tmp/sitegen-tsan.log)"; status=1
else
  grep -E 'Test run with' /tmp/sitegen-tsan.log | tail -1
fi
exit "$status"
