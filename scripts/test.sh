#!/usr/bin/env bash
# Installs, builds and runs every test (Catch2 through CTest; UI tests offscreen), then fuzzes the
# CSV reader for a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DINTEGRITEIT_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600 --parallel "$(nproc)"
# A minute of fuzzing the CSV reader and row parser (clang-14, ASan, UBSan); a crash fails the run.
bash scripts/fuzz.sh 60
