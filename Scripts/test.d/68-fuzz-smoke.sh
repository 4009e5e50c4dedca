#!/usr/bin/env bash
# A short, bounded fuzzing run in CI (libFuzzer + AddressSanitizer over the whole build in memory):
# 60 s by default (SITEGEN_FUZZ_SECONDS), from a fixed seed (SITEGEN_FUZZ_SEED, default 1), a fresh
# corpus and Swift's hashing made deterministic, so that runs differ less from one machine and
# commit to the next. They are not identical (timings in the build log and thread scheduling still
# steer coverage), so a red run is a real finding to reproduce from its artifact, not noise.
# Exploration is for longer, unseeded runs: Scripts/fuzz 3600 -jobs=2 -workers=2.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="$(mktemp -d)"  # fresh, and the local exploration corpus is left alone
trap 'rm -rf "$corpus"' EXIT
SITEGEN_FUZZ_CORPUS="$corpus" SWIFT_DETERMINISTIC_HASHING=1 Scripts/fuzz "${SITEGEN_FUZZ_SECONDS:-60}" -seed="${SITEGEN_FUZZ_SEED:-1}"
