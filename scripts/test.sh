#!/usr/bin/env bash
# Installs, builds and runs every test (Catch2 through CTest). UI tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DINTEGRITEIT_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600
