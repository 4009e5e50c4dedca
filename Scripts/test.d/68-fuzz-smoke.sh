#!/usr/bin/env bash
# A short, bounded fuzzing run in CI (libFuzzer + AddressSanitizer over the whole build in memory):
# 60 s by default, SITEGEN_FUZZ_SECONDS to change it. Longer runs: Scripts/fuzz 3600.
set -euo pipefail
cd "$(dirname "$0")/../.."
Scripts/fuzz "${SITEGEN_FUZZ_SECONDS:-60}"
