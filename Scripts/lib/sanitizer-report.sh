# Shared by Scripts/swift-test-asan and Scripts/test.d/66-thread-sanitizer.sh (sourced).

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
