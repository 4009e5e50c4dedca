#!/usr/bin/env bash
# A short, bounded fuzzing run in CI (libFuzzer + AddressSanitizer over the whole build in memory):
# 60 s by default (SITEGEN_FUZZ_SECONDS), from a fixed seed (SITEGEN_FUZZ_SEED, default 1) so that
# a run explores the same way from one commit to the next and a red CI points at the change, not
# at luck. Exploration is for longer, unseeded runs: Scripts/fuzz 3600 -jobs=2 -workers=2.
set -euo pipefail
cd "$(dirname "$0")/../.."
Scripts/fuzz "${SITEGEN_FUZZ_SECONDS:-60}" -seed="${SITEGEN_FUZZ_SEED:-1}"
